"""make generate is deterministic, up to date, and refuses bad inputs."""

from __future__ import annotations

import filecmp
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from generate import GenerationError, check_provenance, pinned_model_names
from spec_helpers import ROOT_DIR

COPIED = ("pyproject.toml", "specs", "scripts", "generated")


def _copy_project(destination: Path) -> Path:
    for name in COPIED:
        source = ROOT_DIR / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / name)
    return destination


def _generate(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "generate.py")],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
    )


def _tree_differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [f"{left.name}/{n}" for n in comparison.left_only + comparison.right_only + comparison.funny_files]
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    found += [f"{left.name}/{n}" for n in mismatch + errors]
    for sub in comparison.common_dirs:
        found += _tree_differences(left / sub, right / sub)
    return found


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = _copy_project(tmp_path_factory.mktemp("regen"))
    result = _generate(project)
    assert result.returncode == 0, result.stderr
    return project


def test_regeneration_reproduces_the_committed_output(regenerated: Path) -> None:
    """A fresh run writes byte-identical packages, effective specs and provenance."""
    assert _tree_differences(ROOT_DIR / "generated", regenerated / "generated") == []
    assert (ROOT_DIR / "specs" / "provenance.yaml").read_bytes() == (
        regenerated / "specs" / "provenance.yaml"
    ).read_bytes()


def test_regeneration_deletes_stale_files(regenerated: Path) -> None:
    """Each generated package is deleted whole: a leftover module does not survive a run."""
    stale = regenerated / "generated" / "dubkit_dubformer" / "api" / "projects" / "stale_endpoint.py"
    stale.write_text("x = 1\n")
    result = _generate(regenerated)
    assert result.returncode == 0, result.stderr
    assert not stale.exists()


def test_generator_warnings_fail_the_run(tmp_path: Path) -> None:
    """A response the generator cannot express fails generation instead of being silently dropped."""
    project = _copy_project(tmp_path)
    spec = project / "specs" / "dubformer.yaml"
    text = spec.read_text()
    broken = text.replace(
        "application/json:\n              schema:\n                $ref: '#/components/schemas/Balance'",
        "audio/wav:\n              schema:\n                type: string\n                format: binary",
    )
    assert broken != text
    spec.write_text(broken)
    result = _generate(project)
    assert result.returncode == 1
    assert "Unsupported content_type audio/wav" in result.stderr
    assert _tree_differences(ROOT_DIR / "generated", project / "generated") == []  # built aside, never swapped in
    assert not list(project.glob(".generate-*"))  # the scratch tree is gone


def test_invalid_specs_are_all_reported_before_generation(tmp_path: Path) -> None:
    """Every invalid document is reported in one run, and generated/ is left exactly as it was."""
    project = _copy_project(tmp_path)
    spec = project / "specs" / "dubformer.yaml"
    spec.write_text(spec.read_text().replace("openapi: 3.1.0", "openapi: 3.1.0\nwebhooks: 7"))
    overlay = project / "specs" / "elevenlabs.overlay.yaml"
    overlay.write_text(
        overlay.read_text()
        + "  - target: $.components.schemas.RenderType\n    update: {type: 7}\n"
        + "  - target: $.components.schemas.Render\n    update: {minProperties: -1}\n"
    )
    result = _generate(project)
    assert result.returncode == 1
    assert "dubformer.yaml is not a valid OpenAPI document" in result.stderr
    assert result.stderr.count("elevenlabs.yaml + elevenlabs.overlay.yaml is not a valid OpenAPI document") == 2
    assert _tree_differences(ROOT_DIR / "generated", project / "generated") == []


def test_pinned_model_names_apply_to_the_schemas_the_document_has(tmp_path: Path) -> None:
    """A pin names an inline enum or the shared schema it became; only the one present is passed on."""
    pins = tmp_path / "pins.json"
    inline = "#/components/schemas/Render/status#-datamodel-code-generator-#-enum-#-special-#"
    pins.write_text(json.dumps({inline: "RenderStatus", "#/components/schemas/RENDER_STATUS": "RenderStatus"}))
    before = {"components": {"schemas": {"Render": {"properties": {"status": {"enum": ["a"]}}}}}}
    after = {
        "components": {
            "schemas": {
                "Render": {"properties": {"status": {"$ref": "#/components/schemas/RENDER_STATUS"}}},
                "RENDER_STATUS": {"enum": ["a"]},
            }
        }
    }
    assert pinned_model_names(pins, before) == {inline: "RenderStatus"}
    assert pinned_model_names(pins, after) == {"#/components/schemas/RENDER_STATUS": "RenderStatus"}


def test_the_names_dubkit_imports_are_pinned() -> None:
    """The enums the simulator and the client import have names of their own, not a generator's numbering."""
    models = (ROOT_DIR / "generated" / "dubkit_models" / "elevenlabs.py").read_text()
    assert "class RenderStatus(StrEnum):" in models
    assert "class SimilarVoiceCategory(StrEnum):" in models
    assert (ROOT_DIR / "generated" / "dubkit_elevenlabs" / "models" / "quality_preset.py").exists()


def test_hand_edited_subset_is_refused() -> None:
    """The verbatim subset must match its recorded hash: edits belong in the overlay."""
    with pytest.raises(GenerationError, match="never edited by hand"):
        check_provenance({"elevenlabs": {"subset": {"sha256": "0" * 64}}})


def test_generator_version_drift_is_refused() -> None:
    """generated/ made by another generator version is refused until the pins agree."""
    subset = hashlib.sha256((ROOT_DIR / "specs" / "elevenlabs.yaml").read_bytes()).hexdigest()
    with pytest.raises(GenerationError, match=r"openapi-python-client .* was made with 0\.0\.1"):
        check_provenance(
            {"elevenlabs": {"subset": {"sha256": subset}}, "generators": {"openapi-python-client": "0.0.1"}}
        )
