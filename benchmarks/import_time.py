"""How long a fresh process takes to import a client and build it: dubkit against the official SDK.

Each variant runs ``python -c "<import>; <construct>"`` as a whole new process, alternating, and the medians
are compared. It runs in two environments:

* **clean**: a throwaway venv per library holding only that library's runtime dependencies, at the versions
  locked for this project: what ``pip install dubkit`` (or ``pip install elevenlabs``) gives a user;
* **dev**: the project's ``.venv``, which holds every extra (CLI, simulator, docs, the SDK itself). httpx
  imports click and rich for its own command line when they are installed, which costs the SDK ~40 ms;
  dubkit runs on httpx2, which loads its command line only when it is run, and imports no extra of its own
  (``tests/dubkit/test_import_footprint.py`` lists what ``import dubkit`` must not load).

Each program imports the library and builds both its ElevenLabs clients, the sync one and the async one.

Usage:
    python benchmarks/import_time.py [--runs 15] [--json PATH]
    python benchmarks/import_time.py --smoke
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from _harness import ROOT, Row, median, simple_main
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

CODE = {
    "dubkit": "import dubkit; dubkit.ElevenLabs(api_key='k'); dubkit.AsyncElevenLabs(api_key='k')",
    "official": (
        "from elevenlabs.client import AsyncElevenLabs, ElevenLabs;"
        " ElevenLabs(api_key='k'); AsyncElevenLabs(api_key='k')"
    ),
}
DISTRIBUTIONS = {"dubkit": "dubkit", "official": "elevenlabs"}
SECONDS_TARGET = 0.35
RATIO_TARGET = 0.3
SMOKE_RUNS = 2
FULL_RUNS = 15


def runtime_closure(distribution: str) -> dict[str, str]:
    """Return every distribution ``distribution`` needs at run time, with the version installed here.

    Extras are not followed: a user who installs the plain package gets exactly these.

    Args:
        distribution: The distribution's name, e.g. ``"elevenlabs"``.

    Returns:
        ``{name: version}``, ``distribution`` included.
    """
    found: dict[str, str] = {}
    pending = [canonicalize_name(distribution)]
    while pending:
        name = pending.pop()
        if name in found:
            continue
        meta = importlib.metadata.distribution(name)
        found[name] = meta.version
        for line in meta.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(canonicalize_name(requirement.name))
    return found


@contextmanager
def clean_venv(variant: str) -> Iterator[Path]:
    """Build a throwaway venv with only ``variant``'s runtime dependencies; yield its python.

    dubkit is put on the path the way an editable install does (a ``.pth`` file), so the code measured is
    this checkout's.

    Args:
        variant: ``"dubkit"`` or ``"official"``.

    Yields:
        The venv's python executable.

    Raises:
        RuntimeError: If uv is missing or cannot install the packages (no network and no cache).
    """
    uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if uv is None:
        raise RuntimeError("uv is not installed (make install puts it in .venv)")
    with tempfile.TemporaryDirectory(prefix=f"dubkit-bench-{variant}-") as scratch:
        venv = Path(scratch) / "venv"
        python = venv / "bin" / "python"
        pins = runtime_closure(DISTRIBUTIONS[variant])
        if variant == "dubkit":
            del pins["dubkit"]
        install = [uv, "pip", "install", "--quiet", "--no-deps", "--python", str(python)]
        commands = [
            [uv, "venv", "--quiet", "--python", sys.executable, str(venv)],
            [*install, *(f"{name}=={version}" for name, version in pins.items())],
        ]
        for command in commands:
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode:
                raise RuntimeError(f"{' '.join(command[:3])} failed: {done.stderr.strip()[-300:]}")
        if variant == "dubkit":
            site = subprocess.run(
                [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                capture_output=True, text=True, check=True,
            ).stdout.strip()  # fmt: skip
            (Path(site) / "dubkit.pth").write_text(f"{ROOT / 'overlays'}\n{ROOT / 'generated'}\n", encoding="utf-8")
        yield python


def time_process(python: Path | str, code: str, cwd: str) -> float:
    """Run ``python -c code`` as a new process and return its wall time.

    Args:
        python: The interpreter.
        code: The program.
        cwd: A directory with nothing importable in it.

    Returns:
        Seconds from start to exit.

    Raises:
        RuntimeError: If the program fails.
    """
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    started = time.perf_counter()
    done = subprocess.run([str(python), "-c", code], cwd=cwd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode:
        raise RuntimeError(f"{code!r} failed in {python}: {done.stderr.strip()[-500:]}")
    return elapsed


def measure(pythons: dict[str, Path | str], runs: int) -> dict[str, list[float]]:
    """Time each variant ``runs`` times, alternating, after one untimed run each (it compiles bytecode).

    Args:
        pythons: The interpreter for each variant.
        runs: Timed runs per variant.

    Returns:
        Seconds per run, by variant.
    """
    samples: dict[str, list[float]] = {name: [] for name in pythons}
    with tempfile.TemporaryDirectory() as cwd:
        for name, python in pythons.items():
            time_process(python, CODE[name], cwd)
        for run in range(runs):
            names = list(pythons)[run % 2 :] + list(pythons)[: run % 2]
            for name in names:
                samples[name].append(time_process(pythons[name], CODE[name], cwd))
    return samples


def row(environment: str, samples: dict[str, list[float]], note: str = "") -> Row:
    """Turn one environment's samples into a table row.

    Args:
        environment: ``"clean"`` or ``"dev"``.
        samples: Seconds per run, by variant (``official`` may be missing).
        note: Why the SDK is missing, if it is.

    Returns:
        The row.
    """
    ours = median(samples["dubkit"])
    theirs = median(samples["official"]) if samples.get("official") else None
    met = ours <= SECONDS_TARGET and (theirs is None or ours <= RATIO_TARGET * theirs)
    return Row(
        f"import + ElevenLabs() + AsyncElevenLabs() ({environment} venv)", "time", "s", ours, "official SDK", theirs,
        f"<= {SECONDS_TARGET} s and <= {RATIO_TARGET}x SDK", met if theirs is not None else None, note=note,
        details={"runs_s": samples, "code": CODE},
    )  # fmt: skip


def run(*, smoke: bool) -> list[Row]:
    """Measure in both environments and return the ``make bench`` rows.

    Args:
        smoke: Two runs each instead of fifteen.

    Returns:
        One row per environment.
    """
    runs = SMOKE_RUNS if smoke else FULL_RUNS
    rows = []
    clean_failed = ""
    try:
        with clean_venv("dubkit") as ours, clean_venv("official") as theirs:
            rows.append(row("clean", measure({"dubkit": ours, "official": theirs}, runs)))
    except (RuntimeError, importlib.metadata.PackageNotFoundError) as exc:
        # Offline with an empty uv cache, or without the bench extra: the dev venv row still runs.
        clean_failed = f"the clean venvs could not be built ({exc}); "
    pythons: dict[str, Path | str] = {"dubkit": sys.executable}
    note = clean_failed
    try:
        importlib.metadata.distribution("elevenlabs")
        pythons["official"] = sys.executable
    except importlib.metadata.PackageNotFoundError:
        note += "the official SDK is not installed (pip install -e '.[bench]')"
    rows.append(row("dev", measure(pythons, runs), note=note.rstrip("; ")))
    return rows


def main(argv: list[str] | None = None) -> int:
    """Measure, print the rows, and optionally save them as JSON.

    Args:
        argv: The arguments (``sys.argv[1:]`` by default).

    Returns:
        The exit code.
    """
    return simple_main(run, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
