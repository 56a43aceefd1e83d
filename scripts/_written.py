"""Formatting and writing the Python modules the pipeline generates (wrappers, sync twins): one way for both.

A generated module is formatted with the pinned ruff, then either written or, under ``--check``,
compared with the committed file; a difference is reported as a unified diff naming the file, so CI
shows what a hand edit changed.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
from pathlib import Path

from _specio import ROOT

RUFF = Path(sys.executable).parent / "ruff"


def ruff(args: list[str], text: str, path: Path) -> str:
    """Return ``text`` run through ``ruff <args>`` as if it were the file at ``path``.

    Args:
        args: The ruff subcommand and its options (``["format", "--quiet"]``).
        text: The module's source.
        path: Where ruff reads its settings, and which imports are first-party, from (it need not exist).

    Returns:
        What ruff printed.

    Raises:
        SystemExit: ruff failed (the message has its error output).
    """
    command = [str(RUFF), *args, "--stdin-filename", str(path), "-"]
    result = subprocess.run(command, input=text, capture_output=True, text=True, check=False, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"ruff {' '.join(args)} failed on the module generated for {path}:\n{result.stderr}")
    return result.stdout


def write_or_compare(target: Path, text: str, *, check: bool, root: Path, source: str) -> str | None:
    """Write a generated module, or with ``check`` compare it with the file there.

    Args:
        target: The module's path.
        text: What it must contain.
        check: Change nothing; report a difference instead.
        root: What the reported path is relative to.
        source: What the module is generated from, for the report ("its declaration").

    Returns:
        None when the file is (or now is) ``text``; under ``check``, the report of how it differs.
    """
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if current == text:
        return None
    name = target.relative_to(root).as_posix()
    if not check:
        target.parent.mkdir(exist_ok=True)
        target.write_text(text, encoding="utf-8")
        return None
    diff = difflib.unified_diff(text.splitlines(True), current.splitlines(True), f"{name} (generated)", name)
    return f"{name} differs from {source}:\n{''.join(diff)}"


def report(problems: list[str], remedy: str) -> int:
    """Print what is wrong and how to mend it (on stderr); return the exit status.

    Args:
        problems: One report per module that differs (empty when all is well).
        remedy: The sentence that says where the change belongs instead.

    Returns:
        1 when there are problems, else 0.
    """
    if not problems:
        return 0
    print("\n".join(problems), file=sys.stderr)
    print(remedy, file=sys.stderr)
    return 1


def check_flag(description: str, drifted: str) -> bool:
    """Parse a generator's command line: ``--check`` or nothing.

    Args:
        description: The script's one-line description, for ``--help``.
        drifted: What ``--check`` fails on, for ``--help``.

    Returns:
        Whether ``--check`` was given.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help=f"change nothing; fail if {drifted}")
    return bool(parser.parse_args().check)
