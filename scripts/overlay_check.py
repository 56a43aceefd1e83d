"""Type-check dubkit's hand-written overlay and the regenerated clients: the breaks griffe cannot see.

griffe compares public signatures, so it reports that ``dubkit_elevenlabs.api.dubbing.delete_dubbing`` is
gone, but not that ``client.dubbing.delete()`` in ``overlays/`` calls it and will now fail. mypy does:
every error it reports in ``overlays/`` after a regeneration is dubkit code the new spec broke (CI keeps
``overlays/`` mypy-clean, so before an update there are none). The generated packages are checked in the
same run (the project's ``files``): an error there is a spec or generator-config problem to fix.

Usage:
    python scripts/overlay_check.py
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from _findings import Finding
from _specio import ROOT
from spec_diff import render_markdown

OVERLAY = "overlays/dubkit"
RULE = "overlay-type-error"
GENERATED_RULE = "generated-type-error"
_ERROR = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+): error: (?P<message>.*?)(?:\s+\[(?P<code>[a-z0-9-]+)\])?$")


class CheckError(RuntimeError):
    """mypy could not run (it crashed, or is not installed); the message says how."""


def overlay_findings(root: Path = ROOT) -> list[Finding]:
    """Run mypy (the project's configuration) on the overlay and the generated packages; each error is a finding.

    Args:
        root: The repository to check (its ``pyproject.toml`` configures mypy).

    Returns:
        One breaking finding per error in ``overlays/`` or ``generated/``, in mypy's order.

    Raises:
        CheckError: If mypy did not finish (exit status other than 0 or 1).
    """
    # A cache of its own: this runs on a tree that may be undone next (git checkout), and mypy's incremental
    # cache in .mypy_cache then reported a restored generated module as missing on the next make typecheck.
    with tempfile.TemporaryDirectory(prefix="overlay-check-mypy-") as cache:
        command = [sys.executable, "-m", "mypy", "--cache-dir", cache, "--no-error-summary", "--show-error-codes"]
        targets = [OVERLAY, *(["generated"] if (root / "generated").is_dir() else [])]
        done = subprocess.run(
            [*command, "--no-pretty", *targets], cwd=root, capture_output=True, text=True, check=False
        )
    if done.returncode not in (0, 1):
        raise CheckError(f"mypy exited with {done.returncode}: {(done.stderr or done.stdout).strip()[-500:]}")
    findings = []
    for line in done.stdout.splitlines():
        match = _ERROR.match(line)
        if match is None or not match["path"].startswith(("overlays/", "generated/")):
            continue
        generated = match["path"].startswith("generated/")
        findings.append(
            Finding(
                source="python",
                severity="breaking",
                rule=GENERATED_RULE if generated else RULE,
                operation=f"{match['path']}:{match['line']}",
                location=match["code"] or "",
                message=(
                    "the generated client does not type-check: fix the spec's overlay or the generator config: "
                    if generated
                    else "dubkit's own code no longer type-checks against the regenerated client, so it will fail "
                    "when it runs: "
                )
                + match["message"],
            )
        )
    return findings


def main(argv: list[str] | None = None) -> int:
    """Print the overlay's type errors as a report.

    Args:
        argv: Command-line arguments (defaults to ``sys.argv[1:]``).

    Returns:
        0 if the overlay type-checks, 1 if not, 2 if mypy could not run.
    """
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    try:
        findings = overlay_findings()
    except CheckError as error:
        sys.stderr.write(f"overlay_check: {error}\n")
        return 2
    sys.stdout.write(render_markdown(findings, title="dubkit overlay against the generated clients"))
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
