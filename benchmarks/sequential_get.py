"""What one small GET costs through each client: 2,000 sequential reads of a dub and of a Dubformer project.

The simulator creates a finished dub and a finished Dubformer project; their GET bodies are captured once and
served, byte for byte, by a replay server that does nothing else, so the simulator's own time per request
(routing, validation) does not dilute the clients' differences. Each variant then makes ``--calls`` sequential
GETs on one keep-alive connection, in chunks of 50 interleaved with the other variants' chunks; the medians
of the totals are compared.

    raw       httpx2.Client().get() + json.loads(r.content)
    typed     the same + the generated model's from_dict: what dubkit returns, without auth, retries or errors
    dubkit    dubkit.ElevenLabs().dubbing.get()  /  dubkit.Dubformer().projects.get()
    official  the official ``elevenlabs`` SDK's dubbing.get()  (skipped unless installed: ``.[bench]``)

Usage:
    python benchmarks/sequential_get.py [--calls 2000] [--runs 7] [--json PATH]
    python benchmarks/sequential_get.py --smoke
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
from _harness import KEY, Row, median, print_table, server, write_json
from dubkit_dubformer.models import Project
from dubkit_elevenlabs.models import DubbingMetadataResponse

SMOKE = {"calls": 20, "runs": 2}
CHUNK = 50
"""GETs per variant per turn when interleaving (see ``interleaved``)."""
FULL = {"calls": 2000, "runs": 7}
TARGET = 1.05


@dataclass
class Captured:
    """The two bodies the clients will read, and where."""

    dubbing_id: str
    dub_body: bytes
    project_id: str
    project_body: bytes

    @property
    def dub_path(self) -> str:
        """The ElevenLabs GET path."""
        return f"/v1/dubbing/{self.dubbing_id}"

    @property
    def project_path(self) -> str:
        """The Dubformer GET path."""
        return f"/api/v1/projects/{self.project_id}"


def capture(sim_url: str) -> Captured:
    """Create a dub and a Dubformer project in the simulator, let them finish, and capture their GET bodies.

    Args:
        sim_url: The simulator's base URL.

    Returns:
        The captured bodies.
    """
    import dubkit  # noqa: PLC0415 - measured code is imported where it is measured

    eleven, df = dubkit.ElevenLabs(api_key=KEY, base_url=sim_url), dubkit.Dubformer(api_key=KEY, base_url=sim_url)
    with eleven, df:
        dub = eleven.dubbing.create(source_url="https://example.com/talk.mp4", source_lang="en", target_lang="es")
        project = df.projects.create(
            source_lang="en", target_lang="es-ES", source_video_url="https://example.com/talk.mp4"
        )
    headers = {"xi-api-key": KEY, "authorization": f"Bearer {KEY}"}
    with httpx2.Client(base_url=sim_url, headers=headers) as http:
        http.post("/_sim/clock/advance", json={"seconds": 86_400}).raise_for_status()
        dub_body = http.get(f"/v1/dubbing/{dub.dubbing_id}").raise_for_status().content
        project_body = http.get(f"/api/v1/projects/{project.project_id}").raise_for_status().content
    return Captured(dub.dubbing_id, dub_body, project.project_id, project_body)


def blocks(url: str, captured: Captured, calls: int) -> tuple[dict[str, Callable[[], Any]], dict[str, str], list[Any]]:
    """Return one chunk of ``calls`` GETs per variant, why any is skipped, and what to close.

    Args:
        url: The replay server's base URL.
        captured: What it serves.
        calls: GETs per chunk.

    Returns:
        ``(chunks by name, skip reasons by name, closers)``; a name ends with the object it reads.
    """
    import dubkit  # noqa: PLC0415

    headers = {"xi-api-key": KEY, "authorization": f"Bearer {KEY}"}
    raw = httpx2.Client(base_url=url, headers=headers)
    # A second, identical raw client: raw against raw shows how much two equal clients differ on this machine.
    control = httpx2.Client(base_url=url, headers=headers)
    eleven = dubkit.ElevenLabs(api_key=KEY, base_url=url)
    dubformer = dubkit.Dubformer(api_key=KEY, base_url=url)
    dub_id, project_id, dub_path, project_path = (
        captured.dubbing_id, captured.project_id, captured.dub_path, captured.project_path
    )  # fmt: skip

    def repeat(call: Callable[[], Any]) -> Callable[[], Any]:
        def block() -> Any:
            for _ in range(calls):
                result = call()
            return result

        return block

    get_dub, get_project = eleven.dubbing.get, dubformer.projects.get
    runs: dict[str, Callable[[], Any]] = {
        "raw dub": repeat(lambda: json.loads(raw.get(dub_path).content)),
        "control dub": repeat(lambda: json.loads(control.get(dub_path).content)),
        "typed dub": repeat(lambda: DubbingMetadataResponse.from_dict(json.loads(raw.get(dub_path).content))),
        "dubkit dub": repeat(lambda: get_dub(dub_id)),
        "raw project": repeat(lambda: json.loads(raw.get(project_path).content)),
        "typed project": repeat(lambda: Project.from_dict(json.loads(raw.get(project_path).content))),
        "dubkit project": repeat(lambda: get_project(project_id)),
    }
    closers: list[Any] = [raw.close, control.close, eleven.close, dubformer.close]
    skipped: dict[str, str] = {}
    try:
        from elevenlabs.client import (  # type: ignore[import-not-found]  # noqa: PLC0415 - the bench extra
            ElevenLabs as Official,
        )

        official = Official(api_key=KEY, base_url=url)
        get_official = official.dubbing.get
        runs["official dub"] = repeat(lambda: get_official(dub_id))
    except ImportError as exc:
        skipped["official dub"] = f"the official SDK is not installed (pip install -e '.[bench]'): {exc}"
    return runs, skipped, closers


def check(runs: dict[str, Callable[[], Any]], captured: Captured) -> None:
    """Fail loudly unless every variant really reads the object it is timed on (a fast error is no result).

    Args:
        runs: The chunks, named "<variant> dub" or "<variant> project".
        captured: What the server serves.

    Raises:
        RuntimeError: If a variant returns something else.
    """
    for name, chunk in runs.items():
        result = chunk()
        field, expected = ("project_id", captured.project_id) if name.endswith("project") else (
            "dubbing_id", captured.dubbing_id
        )  # fmt: skip
        found = result.get(field) if isinstance(result, dict) else getattr(result, field, None)
        if found != expected:
            raise RuntimeError(f"{name} returned {type(result).__name__} without {field} {expected!r}")


def interleaved(
    variants: dict[str, Callable[[], Any]], calls: int, runs: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Time ``calls`` GETs per variant, ``runs`` times, in small interleaved chunks; wall and CPU time.

    A variant's ``calls`` are made in chunks of ``CHUNK`` (each variant's chunk in turn, the order rotating),
    so every variant is measured over the same stretch of time and a slow spell of a shared machine lands on
    all of them alike; whole blocks of 2,000 back to back drifted by more than the 5 % being judged. The
    client's CPU time is kept too: it leaves out the server and the scheduler, so it shows the client's own
    cost even when the wall clock is noisy.

    Args:
        variants: A chunk of ``CHUNK`` calls, by variant.
        calls: GETs per variant per run (a multiple of ``CHUNK`` is used, at least one chunk).
        runs: How many totals to take per variant.

    Returns:
        ``(wall seconds, CPU seconds)`` per ``calls`` GETs, by variant, one figure per run.
    """
    rounds = max(1, calls // CHUNK)
    names = list(variants)
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for name in names:
        variants[name]()
    for _ in range(runs):
        spent = dict.fromkeys(names, 0.0)
        used = dict.fromkeys(names, 0.0)
        for turn in range(rounds):
            for name in names[turn % len(names) :] + names[: turn % len(names)]:
                started, cpu_started = time.perf_counter(), time.process_time()
                variants[name]()
                spent[name] += time.perf_counter() - started
                used[name] += time.process_time() - cpu_started
        for name in names:
            wall[name].append(spent[name])
            cpu[name].append(used[name])
    return wall, cpu


def measure(calls: int, runs: int) -> tuple[dict[str, list[float]], dict[str, list[float]], dict[str, str]]:
    """Capture the bodies from the simulator, replay them, and time every variant (see ``interleaved``).

    Args:
        calls: GETs per variant per run.
        runs: Totals taken per variant.

    Returns:
        ``(wall seconds by variant, CPU seconds by variant, skip reasons)``.
    """
    with server("sim", "--segments", "2", "--providers", "elevenlabs,dubformer") as sim_url:
        captured = capture(sim_url)
    with tempfile.TemporaryDirectory() as scratch:
        dub_file, project_file = Path(scratch) / "dub.json", Path(scratch) / "project.json"
        dub_file.write_bytes(captured.dub_body)
        project_file.write_bytes(captured.project_body)
        replay = ("replay", "--body", str(dub_file), "--path", captured.dub_path)
        with server(*replay, "--body", str(project_file), "--path", captured.project_path) as url:
            variants, skipped, closers = blocks(url, captured, min(calls, CHUNK))
            try:
                check(variants, captured)
                wall, cpu = interleaved(variants, calls, runs)
            finally:
                for close in closers:
                    close()
    return wall, cpu, skipped


def rows_from(
    wall: dict[str, list[float]], cpu: dict[str, list[float]], skipped: dict[str, str], calls: int
) -> list[Row]:
    """Turn the totals into table rows.

    Args:
        wall: Wall seconds per ``calls`` GETs, by variant.
        cpu: Client CPU seconds per ``calls`` GETs, by variant.
        skipped: Skip reasons, by variant.
        calls: GETs per variant per run.

    Returns:
        The rows: both providers against raw, ElevenLabs against the official SDK, and against typed parsing alone.
    """
    at = {name: median(times) for name, times in wall.items()}
    on_cpu = {name: median(times) for name, times in cpu.items()}
    noise = at["control dub"] / at["raw dub"]

    def note(ours: str, theirs: str) -> str:
        return (
            f"client CPU {on_cpu[ours] / on_cpu[theirs]:.2f}x; two identical raw clients differ by "
            f"{abs(noise - 1):.0%} on this machine"
        )

    details = {"calls": calls, "chunk": CHUNK, "wall_s": wall, "cpu_s": cpu}
    dub, project = f"{calls:,} sequential dubbing.get", f"{calls:,} sequential Dubformer projects.get"
    official = at.get("official dub")
    return [
        Row(dub, "time", "s", at["dubkit dub"], "raw httpx+json", at["raw dub"], f"<= {TARGET}x raw",
            at["dubkit dub"] <= TARGET * at["raw dub"], note=note("dubkit dub", "raw dub"), details=details),
        Row(dub, "time", "s", at["dubkit dub"], "official SDK", official, "faster than the SDK",
            None if official is None else at["dubkit dub"] < official,
            note=skipped.get("official dub") or note("dubkit dub", "official dub")),
        Row(project, "time", "s", at["dubkit project"], "raw httpx+json", at["raw project"], f"<= {TARGET}x raw",
            at["dubkit project"] <= TARGET * at["raw project"], note=note("dubkit project", "raw project")),
        # The same answers parsed into the same typed models without dubkit: what remains is dubkit's own cost
        # per call (auth, retry bookkeeping, typed errors), apart from the models' cost of building objects.
        Row(dub, "time", "s", at["dubkit dub"], "raw+from_dict", at["typed dub"], "info", None,
            note=note("dubkit dub", "typed dub")),
        Row(project, "time", "s", at["dubkit project"], "raw+from_dict", at["typed project"], "info", None,
            note=note("dubkit project", "typed project")),
    ]  # fmt: skip


def run(*, smoke: bool) -> list[Row]:
    """Measure at full size (or tiny sizes) and return the ``make bench`` rows.

    Args:
        smoke: Use tiny sizes, to check that everything runs.

    Returns:
        The rows.
    """
    sizes = SMOKE if smoke else FULL
    wall, cpu, skipped = measure(sizes["calls"], sizes["runs"])
    return rows_from(wall, cpu, skipped, sizes["calls"])


def main(argv: list[str] | None = None) -> int:
    """Measure, print the rows, and optionally save them as JSON.

    Args:
        argv: The arguments (``sys.argv[1:]`` by default).

    Returns:
        The exit code.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=FULL["calls"], help="GETs per timed block (default 2000)")
    parser.add_argument("--runs", type=int, default=FULL["runs"], help="timed blocks per variant (default 7)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--smoke", action="store_true", help=f"tiny sizes {SMOKE}: checks that everything runs")
    args = parser.parse_args(argv)
    if args.smoke:
        args.calls, args.runs = SMOKE["calls"], SMOKE["runs"]
    if args.calls < 1 or args.runs < 1:
        parser.error("--calls and --runs must be >= 1")
    wall, cpu, skipped = measure(args.calls, args.runs)
    rows = rows_from(wall, cpu, skipped, args.calls)
    print_table(rows)
    if args.json:
        write_json(args.json, rows, smoke=args.smoke)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
