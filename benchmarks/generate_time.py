"""How long ``make generate`` takes: validate, overlay, and regenerate both clients and the pydantic models.

It runs ``scripts/generate.py`` (what ``make generate`` runs) in a scratch copy of the pipeline's inputs, so
the checkout's ``generated/`` is never rewritten while something may be importing it, and then checks that the
copy's output is byte-identical to this checkout's ``generated/`` (generation must be deterministic).

Usage:
    python benchmarks/generate_time.py [--runs 3] [--json PATH]
    python benchmarks/generate_time.py --smoke
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import ROOT, Row, median, simple_main

# What scripts/generate.py reads and writes; nothing else of the checkout is needed.
INPUTS = ("scripts", "specs", "generated", "pyproject.toml")
TARGET_SECONDS = 15.0
FULL_RUNS = 3


def differences(left: Path, right: Path) -> list[str]:
    """Return the files that differ between two trees (ignoring ``__pycache__``).

    Args:
        left: One tree.
        right: The other.

    Returns:
        Relative paths that differ or exist on one side only.
    """
    found: list[str] = []

    def walk(compared: filecmp.dircmp[str], prefix: str) -> None:
        for name in compared.left_only + compared.right_only + compared.diff_files + compared.funny_files:
            found.append(f"{prefix}{name}")
        for name, sub in compared.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(found)


def generate_once(scratch: Path) -> float:
    """Copy the pipeline's inputs into ``scratch`` and time one regeneration there.

    Args:
        scratch: An empty directory.

    Returns:
        Seconds the run took.

    Raises:
        RuntimeError: If generation fails.
    """
    for name in INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, scratch / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, scratch / name)
    started = time.perf_counter()
    command = [sys.executable, str(scratch / "scripts" / "generate.py")]
    done = subprocess.run(command, cwd=scratch, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode:
        raise RuntimeError(f"scripts/generate.py failed:\n{done.stdout}{done.stderr}")
    return elapsed


def run(*, smoke: bool) -> list[Row]:
    """Time regeneration and return the ``make bench`` row.

    Args:
        smoke: One run instead of three.

    Returns:
        One row.
    """
    runs = 1 if smoke else FULL_RUNS
    samples: list[float] = []
    changed: list[str] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="dubkit-generate-") as scratch:
            samples.append(generate_once(Path(scratch)))
            changed = differences(ROOT / "generated", Path(scratch) / "generated")
    seconds = median(samples)
    note = "" if not changed else f"output differs from this checkout's generated/: {', '.join(changed[:5])}"
    return [
        Row("make generate (both specs)", "time", "s", seconds, None, None, f"<= {TARGET_SECONDS:g} s",
            seconds <= TARGET_SECONDS, note=note, details={"runs_s": samples, "differs": changed})
    ]  # fmt: skip


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
