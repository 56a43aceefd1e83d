"""What every benchmark shares: its servers in subprocesses, alternating timed runs, peak RSS, and result rows.

Each benchmark module exposes ``run(*, smoke: bool) -> list[Row]`` (plus a ``main()`` for running it alone);
``benchmarks/run.py`` (``make bench``) calls them all and prints their rows as one table.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KEY = "benchmark-key"


@dataclass
class Row:
    """One measured figure next to its baseline and target: a line of the ``make bench`` table.

    Attributes:
        benchmark: What was done, e.g. ``"2,000 sequential dubbing.get"``.
        metric: What was measured, e.g. ``"time"``, ``"peak RSS"``, ``"polls"``, ``"throughput"``.
        unit: The unit of ``value`` and ``baseline``, e.g. ``"s"``, ``"MB"``, ``"MB/s"``.
        value: dubkit's figure (median where timed).
        baseline_name: What it is compared with, e.g. ``"raw httpx"``, ``"official SDK"``; None for an absolute target.
        baseline: The baseline's figure, measured in the same run; None when it could not run (see ``note``).
        target: The target in words, e.g. ``"<= 1.05x raw"``, ``"<= 80 MB"``.
        met: Whether the target is met; None when it could not be judged (a baseline missing).
        note: Why a baseline is missing, or anything a reader needs to read the figure right.
        details: Everything else worth keeping in the JSON (runs, sizes); never printed.
    """

    benchmark: str
    metric: str
    unit: str
    value: float
    baseline_name: str | None
    baseline: float | None
    target: str
    met: bool | None
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """``value / baseline``, or None without a baseline."""
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline

    def to_json(self) -> dict[str, Any]:
        """Return the row as a JSON-ready dict, ratio included.

        Returns:
            The row.
        """
        return {**asdict(self), "ratio": self.ratio}


def print_table(rows: Sequence[Row]) -> None:
    """Print rows as one aligned table.

    Args:
        rows: The rows, in the order to print them.
    """
    header = ("benchmark", "metric", "dubkit", "baseline", "ratio", "target", "met")
    lines = [header]
    for row in rows:
        baseline = "-" if row.baseline is None else f"{row.baseline_name} {_figure(row.baseline, row.unit)}"
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}x"
        met = {True: "yes", False: "NO", None: "n/a"}[row.met]
        lines.append((row.benchmark, row.metric, _figure(row.value, row.unit), baseline, ratio, row.target, met))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
    for row in rows:
        if row.note:
            print(f"  note ({row.benchmark}, {row.metric}): {row.note}")


_SHORT_SECONDS = 10.0


def _figure(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.4f} s" if value < _SHORT_SECONDS else f"{value:.1f} s"
    if value == int(value):
        return f"{int(value):,} {unit}"
    return f"{value:,.1f} {unit}"


def simple_main(run: Callable[..., list[Row]], description: str, argv: list[str] | None) -> int:
    """Be the command line of a benchmark that has only ``--smoke`` and ``--json``: measure, print, save.

    Args:
        run: The benchmark's ``run(*, smoke)``.
        description: The ``--help`` description.
        argv: The arguments (``sys.argv[1:]`` by default).

    Returns:
        The exit code.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--smoke", action="store_true", help="as few runs as possible: checks that everything runs")
    args = parser.parse_args(argv)
    rows = run(smoke=args.smoke)
    print_table(rows)
    if args.json:
        write_json(args.json, rows, smoke=args.smoke)
    return 0


def write_json(path: Path, rows: Sequence[Row], **extra: Any) -> None:
    """Write rows (and run facts) as a JSON document.

    Args:
        path: Where to write it.
        rows: The rows.
        **extra: Further top-level keys (e.g. ``smoke=True``).
    """
    document = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        **extra,
        "rows": [row.to_json() for row in rows],
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


@contextmanager
def server(*args: str, script: str = "_servers.py") -> Iterator[str]:
    """Run a server script of ``benchmarks/`` with ``args`` in a subprocess and yield its base URL.

    Args:
        *args: The server's command line (``sim ...`` or ``replay ...`` for ``_servers.py``).
        script: The script; it prints its URL as the first line and serves until its stdin closes.

    Yields:
        The base URL it serves on.

    Raises:
        RuntimeError: If it exits before printing its URL.
    """
    command = [sys.executable, str(HERE / script), *args]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    stdin, stdout = process.stdin, process.stdout
    if stdin is None or stdout is None:  # pragma: no cover - both are PIPE above
        raise RuntimeError("the server's stdin and stdout must be pipes")
    try:
        url = stdout.readline().strip()
        if not url:
            raise RuntimeError(f"{script} {' '.join(args)} exited with {process.wait()} before serving")
        yield url
    finally:
        stdin.close()  # the server stops when its stdin closes
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def alternate(calls: dict[str, Callable[[], Any]], runs: int) -> dict[str, list[float]]:
    """Time every call ``runs`` times, rotating the order each run, after one untimed warm-up call each.

    A timed call starts from a collected heap and ends with a young-generation collection, so deferred
    garbage-collector work is counted; freeing the result is not.

    Args:
        calls: The variants, by name.
        runs: Timed calls per variant.

    Returns:
        Seconds per call, by variant.
    """
    names = list(calls)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for name in names:
        calls[name]()
    for run in range(runs):
        # Rotate the order so no variant always runs right after the same neighbour.
        for name in names[run % len(names) :] + names[: run % len(names)]:
            gc.collect()
            started = time.perf_counter()
            result = calls[name]()
            gc.collect(1)
            samples[name].append(time.perf_counter() - started)
            del result
    return samples


def median(values: Sequence[float]) -> float:
    """Return the median of ``values``.

    Args:
        values: At least one figure.

    Returns:
        The median.
    """
    return statistics.median(values)


def peak_rss_mb() -> float:
    """Return this process's peak resident set size so far, in MB (10^6 bytes).

    Linux's ``VmHWM`` is used: it belongs to the process's own memory and starts afresh at ``exec``.
    ``getrusage``'s ``ru_maxrss`` does not: Linux carries it across ``fork`` and ``exec``, so a client run in
    a fresh subprocess of ``make bench`` would report the peak of the benchmark that started it (219 MB
    after the resource benchmark, where the client itself used 45). ``ru_maxrss`` is the fallback elsewhere.

    Returns:
        The peak RSS.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1e6  # reported in kB (KiB)
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6
