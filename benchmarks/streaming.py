"""What streaming a big file costs through dubkit, next to raw httpx: a download and an upload of 1 GiB.

    download  raw     httpx2.Client().stream("GET", ...) + iter_bytes() written to a file
              dubkit  ElevenLabs().dubbing.audio.download(dubbing_id, "es", path)
    upload    raw     httpx2.Client().post(url, data=form, files={"file": (name, open(path, "rb"), "video/mp4")})
              dubkit  ElevenLabs().dubbing.create(file=path, target_lang="es", source_lang="en")

The server is ``_stream_server.py`` (its docstring says why not the simulator): it sends and takes bytes at
loopback speed in constant memory, and checks every upload. Each run of each variant is a fresh Python
process, so its peak RSS (``VmHWM``) is that variant's alone; it times only the transfer (client built,
modules imported) and prints one JSON line. The parent checks the result (the download's length and a few
of its chunks; the upload's size as the server counted it) and deletes the download. Variants alternate,
the order rotating each run; throughput is the median over runs, peak RSS the largest.

Targets (from the issue): download peak RSS <= 80 MB and throughput >= 0.8x raw; upload peak RSS <= 80 MB
(its throughput is shown for information). RSS counts the whole process, interpreter and imports included.

Usage:
    python benchmarks/streaming.py [--size-mib 1024] [--runs 5] [--json PATH]
    python benchmarks/streaming.py --smoke        # 8 MiB, one run: checks that everything runs
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from _harness import Row, peak_rss_mb, print_table, server, write_json
from _stream_server import (
    CHUNK,
    DUBBING_ID,
    KEY,
    UPLOAD_FIELDS,
    UPLOAD_HEAD,
    UPLOAD_NAME,
    UPLOAD_TAIL,
    UPLOAD_TYPE,
    chunk_bytes,
)

HERE = Path(__file__).resolve().parent
MIB = 1 << 20
DEFAULT_SIZE_MIB = 1024
DEFAULT_RUNS = 5  # medians of 5: writing to tmpfs has kernel-time spikes of ~1.5 s per GiB that hit either variant
SMOKE_SIZE_MIB = 8
RSS_TARGET_MB = 80.0
THROUGHPUT_TARGET = 0.8
LANGUAGE = "es"
VARIANTS = ("raw", "dubkit")
# Generous: a slow disk may take a while to take 1 GiB; the benchmark measures speed, not timeouts.
TIMEOUT_S = 600.0


# --- the child: one transfer in a fresh process -------------------------------------------------------------


class _Clock:
    """Wall time and this process's CPU time (user + system) since ``start()``."""

    def start(self) -> None:
        """Start (or restart) the clock."""
        self._wall, self._cpu = time.perf_counter(), _cpu_seconds()

    def stop(self) -> tuple[float, float]:
        """Return the wall and CPU seconds since ``start()``."""
        return time.perf_counter() - self._wall, _cpu_seconds() - self._cpu


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _download_raw(url: str, path: Path, clock: _Clock) -> dict[str, Any]:
    import httpx2  # noqa: PLC0415 - imported in the child only, so each variant's RSS counts only its own modules

    with httpx2.Client(timeout=TIMEOUT_S) as http:
        clock.start()
        audio = f"{url}/v1/dubbing/{DUBBING_ID}/audio/{LANGUAGE}"
        with http.stream("GET", audio, headers={"xi-api-key": KEY}) as response, path.open("wb") as file:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                file.write(chunk)
    return {}


def _download_dubkit(url: str, path: Path, clock: _Clock) -> dict[str, Any]:
    import dubkit  # noqa: PLC0415 - see _download_raw

    with dubkit.ElevenLabs(api_key=KEY, base_url=url, timeout=TIMEOUT_S) as client:
        audio = client.dubbing.audio  # loads the dubbing modules before the clock starts
        clock.start()
        audio.download(DUBBING_ID, LANGUAGE, path)
    return {}


def _upload_raw(url: str, path: Path, clock: _Clock) -> dict[str, Any]:
    import httpx2  # noqa: PLC0415 - see _download_raw

    with httpx2.Client(timeout=TIMEOUT_S) as http, path.open("rb") as file:
        clock.start()
        response = http.post(
            f"{url}/v1/dubbing",
            headers={"xi-api-key": KEY},
            data=UPLOAD_FIELDS,
            files={"file": (UPLOAD_NAME, file, UPLOAD_TYPE)},
        )
        answer: dict[str, Any] = response.raise_for_status().json()
    return answer


def _upload_dubkit(url: str, path: Path, clock: _Clock) -> dict[str, Any]:
    import dubkit  # noqa: PLC0415 - see _download_raw

    with dubkit.ElevenLabs(api_key=KEY, base_url=url, timeout=TIMEOUT_S) as client:
        dubbing = client.dubbing  # loads the dubbing modules before the clock starts
        clock.start()
        created = dubbing.create(
            file=path, target_lang=UPLOAD_FIELDS["target_lang"], source_lang=UPLOAD_FIELDS["source_lang"]
        )
        return created.to_dict()


_TRANSFERS = {
    ("download", "raw"): _download_raw,
    ("download", "dubkit"): _download_dubkit,
    ("upload", "raw"): _upload_raw,
    ("upload", "dubkit"): _upload_dubkit,
}


def child(kind: str, variant: str, url: str, path: Path) -> dict[str, Any]:
    """Make one transfer in this process and return what it cost.

    Args:
        kind: ``"download"`` or ``"upload"``.
        variant: ``"raw"`` or ``"dubkit"``.
        url: The stream server's base URL.
        path: The file to download to, or to upload.

    Returns:
        ``seconds`` and ``cpu_seconds`` of the transfer (the client is built and its modules imported before
        the clock starts; closing it and the file is timed), ``peak_rss_mb`` of the process,
        ``startup_rss_mb`` (its peak before the client module was imported) and, for an upload, the
        server's ``answer``.

    Raises:
        ValueError: For an unknown kind or variant.
    """
    transfer = _TRANSFERS.get((kind, variant))
    if transfer is None:
        raise ValueError(f"unknown transfer {kind} {variant}")
    startup = peak_rss_mb()
    clock = _Clock()
    answer = transfer(url, path, clock)
    seconds, cpu_seconds = clock.stop()
    return {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "peak_rss_mb": peak_rss_mb(),
        "startup_rss_mb": startup,
        "answer": answer,
    }


# --- the parent: server, files, runs, checks ----------------------------------------------------------------


def stream_server(size: int) -> AbstractContextManager[str]:
    """Run ``_stream_server.py`` in a subprocess for files of ``size`` bytes; the context yields its base URL.

    Args:
        size: Bytes per download, and per uploaded file.

    Returns:
        The context manager (``harness.server``).
    """
    return server("--size", str(size), script="_stream_server.py")


def make_upload_file(path: Path, size: int) -> None:
    """Write the file to upload: the server's head and tail markers around a hole (a sparse file reads fine).

    Args:
        path: Where to write it.
        size: Its length in bytes.

    Raises:
        ValueError: If ``size`` cannot hold both markers.
    """
    if size < len(UPLOAD_HEAD) + len(UPLOAD_TAIL):
        raise ValueError(f"an upload needs at least {len(UPLOAD_HEAD) + len(UPLOAD_TAIL)} bytes, got {size}")
    with path.open("wb") as file:
        file.write(UPLOAD_HEAD)
        file.seek(size - len(UPLOAD_TAIL))
        file.write(UPLOAD_TAIL)


def check_download(path: Path, size: int) -> None:
    """Check a downloaded file's length and its first, middle and last chunks, then delete it.

    Args:
        path: The downloaded file.
        size: The length it must have.

    Raises:
        RuntimeError: If it is missing, the wrong length, or a checked chunk differs from what was sent.
    """
    try:
        actual = path.stat().st_size
        if actual != size:
            raise RuntimeError(f"{path} has {actual} bytes, not {size}")
        last = (size - 1) // CHUNK
        with path.open("rb") as file:
            for index in sorted({0, last // 2, last}):
                file.seek(index * CHUNK)
                if file.read(CHUNK) != chunk_bytes(index, size):
                    raise RuntimeError(f"chunk {index} of {path} is not what the server sent")
    finally:
        path.unlink(missing_ok=True)


def _run_child(kind: str, variant: str, url: str, path: Path) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "_child", kind, variant, url, str(path)]
    completed = subprocess.run(command, capture_output=True, text=True, check=False, timeout=TIMEOUT_S)
    if completed.returncode != 0:
        raise RuntimeError(f"{kind} {variant} failed ({completed.returncode}):\n{completed.stderr}")
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def transfer(kind: str, variant: str, url: str, directory: Path, size: int) -> dict[str, Any]:
    """Run one transfer in a fresh process, check what arrived, and return its figures.

    Args:
        kind: ``"download"`` or ``"upload"``.
        variant: ``"raw"`` or ``"dubkit"``.
        url: The stream server's base URL.
        directory: Holds the upload file (already written) and receives downloads.
        size: The transfer's size in bytes.

    Returns:
        The child's figures plus ``bytes`` (verified) and ``mb_per_s``.

    Raises:
        RuntimeError: If the child failed or the bytes are not right.
    """
    if kind == "download":
        path = directory / f"download-{variant}.mp3"
        result = _run_child(kind, variant, url, path)
        check_download(path, size)
    else:
        result = _run_child(kind, variant, url, directory / UPLOAD_NAME)
        received = result["answer"].get("received_file_bytes")
        if received != size:
            raise RuntimeError(f"the server received {received} bytes of the {size}-byte upload")
    return {**result, "bytes": size, "mb_per_s": size / result["seconds"] / 1e6}


def _size_label(size: int) -> str:
    return f"{size / 1024 / MIB:g} GiB" if size >= 1024 * MIB else f"{size / MIB:g} MiB"


def _rows(kind: str, label: str, runs: dict[str, list[dict[str, Any]]], size: int) -> list[Row]:
    """Turn the runs of one transfer into its throughput and peak-RSS rows."""
    throughput = {name: statistics.median(run["mb_per_s"] for run in runs[name]) for name in VARIANTS}
    rss = {name: max(run["peak_rss_mb"] for run in runs[name]) for name in VARIANTS}
    details = {
        "size_bytes": size,
        "runs": {name: [{k: v for k, v in run.items() if k != "answer"} for run in runs[name]] for name in VARIANTS},
    }
    if kind == "upload":
        details["chunked"] = {name: runs[name][0]["answer"].get("chunked") for name in VARIANTS}
    ratio = throughput["dubkit"] / throughput["raw"]
    # CPU time moves much less than wall time when other processes share the machine: shown next to it.
    cpu = {name: statistics.median(run["cpu_seconds"] for run in runs[name]) for name in VARIANTS}
    details["cpu_seconds_median"] = cpu
    cpu_note = f"CPU time {cpu['dubkit'] / cpu['raw']:.2f}x raw"
    startup = max(run["startup_rss_mb"] for run in runs["dubkit"])
    rss_note = f"whole process; {startup:.0f} MB before importing the client"
    throughput_row = Row(
        benchmark=label,
        metric="throughput",
        unit="MB/s",
        value=throughput["dubkit"],
        baseline_name="raw httpx",
        baseline=throughput["raw"],
        target=f">= {THROUGHPUT_TARGET}x raw" if kind == "download" else "info",
        met=ratio >= THROUGHPUT_TARGET if kind == "download" else None,
        note=cpu_note if kind == "download" else f"no target for upload throughput; {cpu_note}",
        details=details,
    )
    rss_row = Row(
        benchmark=label,
        metric="peak RSS",
        unit="MB",
        value=rss["dubkit"],
        baseline_name="raw httpx",
        baseline=rss["raw"],
        target=f"<= {RSS_TARGET_MB:g} MB",
        met=rss["dubkit"] <= RSS_TARGET_MB,
        note=rss_note,
        details=details,
    )
    return [throughput_row, rss_row]


def default_directory(size: int) -> Path | None:
    """Return a RAM-backed directory with room for the benchmark's files, or None to use the system's temp dir.

    On a disk, the writeback of one run's gigabyte overlaps the next run and swings its time by 2x, which
    hides what the client costs; dubkit's download also fsyncs its file (durability), which raw does not.
    In RAM both write at memory speed and fsync is free, so the figures compare the clients themselves.

    Args:
        size: Bytes per transfer (the upload file and one download exist at once).

    Returns:
        ``/dev/shm`` if it exists and has room, else None.
    """
    shm = Path("/dev/shm")  # noqa: S108 - a directory the benchmark makes its own temporary directory in
    try:
        usage = os.statvfs(shm)
    except OSError:
        return None
    return shm if usage.f_bavail * usage.f_frsize > 2 * size + 256 * MIB else None


def measure(size: int, runs: int, directory: Path | None = None) -> list[Row]:
    """Run every variant of both transfers ``runs`` times and return the rows.

    Args:
        size: Bytes per transfer.
        runs: Runs per variant.
        directory: Where to make the temporary directory for the files (``default_directory`` if None).

    Returns:
        Throughput and peak-RSS rows for the download, then for the upload.
    """
    label = _size_label(size)
    results: dict[str, dict[str, list[dict[str, Any]]]] = {
        kind: {name: [] for name in VARIANTS} for kind in ("download", "upload")
    }
    parent = directory or default_directory(size)
    files_in = f"files in {parent or tempfile.gettempdir()}"
    temporary = tempfile.TemporaryDirectory(prefix="dubkit-bench-streaming-", dir=parent)
    with temporary as temp, stream_server(size) as url:
        directory = Path(temp)
        make_upload_file(directory / UPLOAD_NAME, size)
        for kind in ("download", "upload"):
            for run in range(runs):
                # Rotate the order so no variant always runs first (page cache, CPU frequency).
                for name in VARIANTS[run % 2 :] + VARIANTS[: run % 2]:
                    results[kind][name].append(transfer(kind, name, url, directory, size))
    rows = [
        *_rows("download", f"streamed download of {label} (dubbing.audio.download)", results["download"], size),
        *_rows("upload", f"streamed upload of {label} (dubbing.create)", results["upload"], size),
    ]
    for row in rows:
        if row.metric == "throughput":
            row.note = "; ".join(part for part in (row.note, files_in) if part)
        row.details["directory"] = str(parent or tempfile.gettempdir())
    return rows


def run(*, smoke: bool) -> list[Row]:
    """Run the benchmark at its default sizes.

    Args:
        smoke: Use 8 MiB and one run (checks that everything works; the figures mean little).

    Returns:
        The rows.
    """
    if smoke:
        return measure(SMOKE_SIZE_MIB * MIB, 1)
    return measure(DEFAULT_SIZE_MIB * MIB, DEFAULT_RUNS)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark (or, as ``_child ...``, one transfer) and print the table.

    Args:
        argv: The arguments (``sys.argv[1:]`` by default).

    Returns:
        The exit status: 0 once the benchmark ran (missed targets show in the table).
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["_child"]:
        kind, variant, url, path = args[1:5]
        print(json.dumps(child(kind, variant, url, Path(path))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help=f"{SMOKE_SIZE_MIB} MiB, one run")
    parser.add_argument("--size-mib", type=int, default=None, help=f"MiB per transfer (default {DEFAULT_SIZE_MIB})")
    parser.add_argument("--runs", type=int, default=None, help=f"runs per variant (default {DEFAULT_RUNS})")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    parser.add_argument("--dir", type=Path, help="where to put the files (default: /dev/shm if it has room)")
    options = parser.parse_args(args)
    size_mib = options.size_mib or (SMOKE_SIZE_MIB if options.smoke else DEFAULT_SIZE_MIB)
    runs = options.runs or (1 if options.smoke else DEFAULT_RUNS)
    if size_mib < 1 or runs < 1:
        parser.error("--size-mib and --runs must be at least 1")
    rows = measure(size_mib * MIB, runs, options.dir)
    print_table(rows)
    if options.json:
        write_json(options.json, rows, smoke=options.smoke, size_bytes=size_mib * MIB, runs=runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
