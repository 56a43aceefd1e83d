"""The README's and the user guide's Python examples pass ``mypy --strict``: what we show is what a typed user writes.

Each ```python block of README.md and docs/ becomes a module of its own, and one mypy run checks them all
against the installed dubkit and generated packages (with a cache of its own, so ``make typecheck``'s stays
untouched). A failure names the document and line of the block.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from spec_helpers import ROOT_DIR
from test_readme import _python_blocks

CACHE = ROOT_DIR / ".mypy_cache" / "examples"


def test_every_python_example_passes_mypy_strict(tmp_path: Path) -> None:
    """mypy --strict finds nothing in any example (a typo such as provider="elevenlab" would fail here)."""
    blocks = _python_blocks()
    assert len(blocks) > 20, "the documents' examples were not found"
    origin = {}
    for index, block in enumerate(blocks):
        name = f"example_{index:03d}.py"
        (tmp_path / name).write_text(block.code, encoding="utf-8")
        origin[name] = block
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(CACHE),
         "--config-file", "", *sorted(origin)],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    errors = [
        re.sub(r"^(example_\d{3}\.py):(\d+)", lambda m: f"{origin[m[1]].path}:{origin[m[1]].line + int(m[2])}", line)
        for line in result.stdout.splitlines()
        if line.startswith("example_")
    ]
    assert not errors, "\n".join(errors)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_provider_fails_the_check(tmp_path: Path) -> None:
    """The check can fail: a misspelt provider is a type error (it is a Literal, with overloads per provider)."""
    (tmp_path / "typo.py").write_text(
        'import dubkit\n\ndubkit.dub_file("talk.mp4", provider="elevenlab", target_lang="es")\n', encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(CACHE), "--config-file", "", "typo.py"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert 'No overload variant of "dub_file"' in result.stdout
