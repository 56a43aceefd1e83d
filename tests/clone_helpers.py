"""A scratch clone of this working tree for end-to-end runs of ``make update-specs`` and ``make generate``.

The runs mutate specs/ and generated/, so they happen in a clone whose HEAD is the current working tree; the
project's virtual environment is shared through a symlink.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from _findings import Finding
from spec_helpers import ROOT_DIR

COPIED_DIRS = ("scripts", "specs", "generated", "overlays")
COPIED_FILES = ("Makefile", "pyproject.toml")
MAKE_TIMEOUT = 900
"""Seconds one make run may take on a loaded machine before the test fails instead of hanging."""


@dataclass(frozen=True)
class Run:
    """One ``make update-specs`` in the clone and what it left behind."""

    result: subprocess.CompletedProcess[str]
    findings: list[Finding]
    markdown: str
    status: list[str]


def git(repo: Path, *args: str) -> str:
    """Run git in a repository and return its output.

    Args:
        repo: The repository.
        *args: The git arguments.

    Returns:
        Standard output.
    """
    completed = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True)  # noqa: S607
    return completed.stdout


def clone(destination: Path) -> Path:
    """Clone the repository and commit the working tree on top, so the clone's HEAD is what is on disk.

    Args:
        destination: Where the clone goes.

    Returns:
        ``destination``.
    """
    subprocess.run(["git", "clone", "-q", str(ROOT_DIR), str(destination)], check=True)  # noqa: S607
    for name in COPIED_DIRS:
        shutil.rmtree(destination / name, ignore_errors=True)
        shutil.copytree(ROOT_DIR / name, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in COPIED_FILES:
        shutil.copy2(ROOT_DIR / name, destination / name)
    git(destination, "add", "-A")
    identity = ("-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false")
    git(destination, *identity, "commit", "-q", "--allow-empty", "-m", "working tree")
    # The project's environment, shared: generation runs the scripts by path, so it writes into the clone.
    (destination / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    return destination


def make(clone_root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run a make target in the clone, never remaking the shared environment.

    Args:
        clone_root: The clone.
        *arguments: The target and its variables.

    Returns:
        The finished process.
    """
    env = {key: value for key, value in os.environ.items() if key not in {"MAKEFLAGS", "MAKELEVEL", "MFLAGS"}}
    env["PATH"] = f"{Path(sys.prefix) / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(
        # -o: never remake .venv/bin/.installed, which would reinstall into the shared environment.
        ["make", "--no-print-directory", "-o", ".venv/bin/.installed", *arguments],  # noqa: S607
        cwd=clone_root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=MAKE_TIMEOUT,
    )


def update_specs(clone_root: Path, spec: Path, reports: Path, *variables: str) -> Run:
    """Run ``make update-specs SPEC=... REPORT=... REPORT_JSON=...`` in the clone.

    Args:
        clone_root: The clone.
        spec: The upstream document.
        reports: The reports' path without suffix (``.md`` and ``.json`` are added).
        *variables: More make variables (``FAIL_ON=breaking``).

    Returns:
        The run.
    """
    result = make(
        clone_root, "update-specs", f"SPEC={spec}", f"REPORT={reports}.md", f"REPORT_JSON={reports}.json", *variables
    )
    report = Path(f"{reports}.json")
    findings = [Finding(**item) for item in json.loads(report.read_text())["findings"]] if report.exists() else []
    markdown = Path(f"{reports}.md").read_text() if Path(f"{reports}.md").exists() else ""
    status = git(clone_root, "status", "--porcelain", "--", "specs", "generated").splitlines()
    return Run(result, findings, markdown, status)


def tree_digest(root: Path) -> dict[str, str]:
    """Hash every file under specs/ and generated/ (bytes only, caches aside).

    Args:
        root: The repository.

    Returns:
        ``{relative path: sha256}``.
    """
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in ("specs", "generated")
        for path in sorted((root / folder).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }
