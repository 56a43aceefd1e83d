"""One distribution, dubkit, ships the hand-written and the generated packages, typed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from spec_helpers import ROOT_DIR


def test_wheel_contains_every_package_typed(tmp_path: Path) -> None:
    """The wheel holds dubkit and the generated packages, each with py.typed, plus the effective specs."""
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
        cwd=ROOT_DIR,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("dubkit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ("dubkit", "dubkit_elevenlabs", "dubkit_dubformer", "dubkit_models"):
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
    assert {"dubkit_specs/elevenlabs.yaml", "dubkit_specs/dubformer.yaml"} <= names
    assert "dubkit_elevenlabs/api/dubbing/get_dubbing.py" in names
    assert not any(name.startswith(("tests/", "scripts/", "overlays/", "generated/")) for name in names)
    metadata = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Name: dubkit" in text
    assert "Requires-Python: >=3.11" in text
    assert "License-Expression: MIT" in text
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    for version in ("3.11", "3.12", "3.13"):
        assert f"Classifier: Programming Language :: Python :: {version}" in text
    assert "Project-URL: " in text
    requires = [line.removeprefix("Requires-Dist: ") for line in text.splitlines() if line.startswith("Requires-Dist:")]
    unconditional = sorted(
        line.split(">")[0].split("<")[0].split("=")[0] for line in requires if "extra ==" not in line
    )
    assert unconditional == ["attrs", "httpx2", "orjson", "sniffio"]
    # The official SDK is what the benchmarks compare against: an extra, never something dubkit needs.
    official = [line for line in requires if line.startswith("elevenlabs")]
    assert official == ["elevenlabs==2.78.0; extra == 'bench'"]
