"""overlay_check reports dubkit code that no longer type-checks against the generated clients, and only that."""

from __future__ import annotations

from pathlib import Path

import overlay_check
import pytest


def _tree(tmp_path: Path, overlay_source: str) -> Path:
    (tmp_path / "pyproject.toml").write_text("[tool.mypy]\nstrict = true\n", encoding="utf-8")
    package = tmp_path / "overlays" / "dubkit"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(overlay_source, encoding="utf-8")
    return tmp_path


def test_a_clean_overlay_has_no_findings(tmp_path: Path) -> None:
    root = _tree(tmp_path, "def twice(value: int) -> int:\n    return value * 2\n")
    assert overlay_check.overlay_findings(root) == []


def test_an_import_of_a_removed_generated_module_is_breaking(tmp_path: Path) -> None:
    root = _tree(tmp_path, "from dubkit_gone.api import delete_dubbing\n\n__all__ = ['delete_dubbing']\n")
    (finding,) = overlay_check.overlay_findings(root)
    assert (finding.source, finding.severity, finding.rule) == ("python", "breaking", "overlay-type-error")
    assert finding.operation == "overlays/dubkit/__init__.py:1"
    assert finding.location == "import-not-found"
    assert "dubkit_gone" in finding.message


def test_a_changed_signature_is_breaking(tmp_path: Path) -> None:
    source = "def make(name: str) -> str:\n    return name\n\n\ndef use() -> str:\n    return make(name=3)\n"
    (finding,) = overlay_check.overlay_findings(_tree(tmp_path, source))
    assert finding.operation == "overlays/dubkit/__init__.py:6"
    assert finding.location == "arg-type"


def test_a_check_mypy_could_not_finish_is_an_error_not_a_clean_report(tmp_path: Path) -> None:
    root = _tree(tmp_path, "def broken(:\n")  # a blocking error: mypy stops (exit 2) and checks nothing else
    with pytest.raises(overlay_check.CheckError, match="mypy exited with 2"):
        overlay_check.overlay_findings(root)


def test_the_check_leaves_the_projects_mypy_cache_alone(tmp_path: Path) -> None:
    root = _tree(tmp_path, "X = 1\n")
    overlay_check.overlay_findings(root)
    assert not (root / ".mypy_cache").exists()


def test_errors_in_the_generated_packages_are_reported_apart(tmp_path: Path) -> None:
    """mypy checks generated/ in the same run; an error there is a generator or spec problem, not dubkit's."""
    root = _tree(tmp_path, "X = 1\n")
    generated = root / "generated" / "dubkit_fake"
    generated.mkdir(parents=True)
    (generated / "__init__.py").write_text("value: int = 'text'\n", encoding="utf-8")
    (finding,) = overlay_check.overlay_findings(root)
    assert (finding.rule, finding.severity) == ("generated-type-error", "breaking")
    assert finding.operation == "generated/dubkit_fake/__init__.py:1"
    assert "does not type-check" in finding.message
