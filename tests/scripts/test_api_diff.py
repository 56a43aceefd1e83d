"""scripts/api_diff.py finds breaking changes of the Python import surface with griffe, between git refs."""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path

import api_diff
import griffe
import pytest
from _findings import Finding
from spec_helpers import ROOT_DIR

PACKAGES = (("pkg", "src"), ("newpkg", "src"))

_OLD_SOURCES = {
    "pkg/__init__.py": '''
        """A tiny package: a public function, a class re-exported from a private module, a public submodule."""

        from pkg._impl import Widget

        __all__ = ["Widget", "make"]


        def make(name: str, *, size: int = 1) -> Widget:
            return Widget()
    ''',
    "pkg/_impl.py": """
        class Widget:
            colour: str = "red"
            weight: int = 1

            def paint(self, colour: str) -> None:
                self.colour = colour


        def _internal(a: int) -> int:
            return a
    """,
    "pkg/extra.py": """
        def helper(a: int, b: int) -> int:
            return a + b


        def kept(a: int) -> int:
            return a
    """,
}
OLD_SOURCES = {name: textwrap.dedent(text).lstrip() for name, text in _OLD_SOURCES.items()}

# Each change users would notice, plus one they would not (a private module's internals).
NEW_SOURCES = {
    **OLD_SOURCES,
    "pkg/__init__.py": OLD_SOURCES["pkg/__init__.py"].replace("*, size: int = 1", ""),
    "pkg/_impl.py": OLD_SOURCES["pkg/_impl.py"]
    .replace('    colour: str = "red"\n', "")
    .replace("def _internal(a: int)", "def _internal(a: int, b: int)"),
    "pkg/extra.py": OLD_SOURCES["pkg/extra.py"].split("\n\n\n")[1],
    "newpkg/__init__.py": '"""Only in the new version."""\n',
}


def _git(repo: Path, *args: str) -> str:
    completed = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True)  # noqa: S607
    return completed.stdout.strip()


def _write(repo: Path, sources: dict[str, str]) -> None:
    for relative, text in sources.items():
        path = repo / "src" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _commit(repo: Path, message: str) -> str:
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", message)
    return _git(repo, "rev-parse", "HEAD")


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A throwaway repository: commit ``old`` has the old package, commit ``new`` the changed one."""
    root = tmp_path_factory.mktemp("api-diff-repo")
    _git(root, "init", "-q")
    _write(root, OLD_SOURCES)
    old = _commit(root, "old")
    _write(root, NEW_SOURCES)
    new = _commit(root, "new")
    return root, old, new


def _by_rule(findings: list[Finding]) -> dict[tuple[str, str], Finding]:
    return {(finding.rule, finding.operation): finding for finding in findings}


def test_removed_function_parameter_and_attribute_are_found(repo: tuple[Path, str, str]) -> None:
    """Each public removal is one finding, named by the path users import, with file:line."""
    root, old, new = repo
    findings = _by_rule(api_diff.diff_against(old, repo=root, new_ref=new, packages=PACKAGES))

    removed_function = findings[("object-removed", "pkg.extra.helper")]
    assert removed_function.severity == "breaking"
    assert removed_function.source == "python"
    assert removed_function.location == "src/pkg/extra.py:1"
    assert "helper" in removed_function.message

    removed_parameter = findings[("parameter-removed", "pkg.make")]
    assert removed_parameter.severity == "breaking"
    assert removed_parameter.location.startswith("src/pkg/__init__.py:")
    assert "'size'" in removed_parameter.message

    # Defined in the private pkg._impl, reported under the public re-export pkg.Widget.
    removed_attribute = findings[("object-removed", "pkg.Widget.colour")]
    assert removed_attribute.severity == "breaking"
    assert removed_attribute.location == "src/pkg/_impl.py:2"

    added = findings[("package-added", "newpkg")]
    assert added.severity == "info"
    assert "new package" in added.message

    # pkg._impl._internal changed its signature, but private code is nobody's API.
    assert not [f for f in findings.values() if "_internal" in f.operation]
    assert len(findings) == 4


def test_unchanged_tree_has_no_findings(repo: tuple[Path, str, str]) -> None:
    """A ref compared with itself, and with an identical working tree, yields nothing."""
    root, _, new = repo
    assert api_diff.diff_against(new, repo=root, new_ref=new, packages=PACKAGES) == []
    assert api_diff.diff_against(new, repo=root, packages=PACKAGES) == []


def test_working_tree_is_the_default_new_side(repo: tuple[Path, str, str]) -> None:
    """Without new_ref, the files on disk are compared, uncommitted edits included."""
    root, old, _ = repo
    worktree = root.parent / "api-diff-worktree"
    _git(root, "worktree", "add", "-q", "--detach", str(worktree), old)
    try:
        (worktree / "src" / "pkg" / "extra.py").write_text("def kept(a: int) -> int:\n    return a\n")
        findings = api_diff.diff_against(old, repo=worktree, packages=PACKAGES)
    finally:
        _git(root, "worktree", "remove", "--force", str(worktree))
    assert [(f.rule, f.operation) for f in findings] == [("object-removed", "pkg.extra.helper")]


def test_removed_package_is_breaking(repo: tuple[Path, str, str]) -> None:
    """A package present before and gone after is one breaking finding."""
    root, old, new = repo
    findings = api_diff.diff_against(new, repo=root, new_ref=old, packages=PACKAGES)
    assert ("object-removed", "newpkg", "breaking") in [(f.rule, f.operation, f.severity) for f in findings]


def test_unparsable_module_stops_the_run(tmp_path: Path) -> None:
    """griffe skips a submodule it cannot parse; api_diff refuses instead of reporting it removed."""
    _write(tmp_path, OLD_SOURCES)
    broken = {**OLD_SOURCES, "pkg/extra.py": "def helper(:\n"}
    _write(tmp_path / "new", broken)
    with pytest.raises(ValueError, match=r"could not load .*extra\.py"):
        api_diff.diff_trees(tmp_path, tmp_path / "new", packages=PACKAGES)


def test_unknown_ref_is_a_clear_error(repo: tuple[Path, str, str]) -> None:
    """A ref that names no commit says so instead of failing inside git or griffe."""
    root, _, _ = repo
    with pytest.raises(ValueError, match="no-such-ref"):
        api_diff.diff_against("no-such-ref", repo=root, packages=PACKAGES)


def test_severity_mapping() -> None:
    """Breakages after which code still runs are possibly-breaking; the rest, and unknown kinds, breaking."""
    kinds = griffe.BreakageKind
    assert api_diff.severity_of(kinds.PARAMETER_CHANGED_DEFAULT) == "possibly-breaking"
    assert api_diff.severity_of(kinds.ATTRIBUTE_CHANGED_VALUE) == "possibly-breaking"
    assert api_diff.severity_of(kinds.OBJECT_REMOVED) == "breaking"
    assert api_diff.severity_of(kinds.PARAMETER_ADDED_REQUIRED) == "breaking"
    assert api_diff.rule_of(kinds.PARAMETER_REMOVED) == "parameter-removed"


def test_public_path_names_the_re_export() -> None:
    """Private defining paths map to the shortest public re-export; public paths stay as they are."""
    aliases = {"dubkit._errors.APIStatusError": "dubkit.APIStatusError"}
    assert api_diff.public_path("dubkit._errors.APIStatusError.__init__", aliases) == "dubkit.APIStatusError.__init__"
    assert api_diff.public_path("dubkit_models.elevenlabs.Render", aliases) == "dubkit_models.elevenlabs.Render"
    assert api_diff.public_path("dubkit._http.thing", aliases) == "dubkit._http.thing"


def test_real_packages_compared_with_themselves_have_no_findings() -> None:
    """All four packages of this repository load, and HEAD against HEAD finds nothing."""
    loaded = api_diff.load_api(ROOT_DIR)
    assert set(loaded) == {"dubkit_elevenlabs", "dubkit_dubformer", "dubkit_models", "dubkit"}
    assert api_diff.diff_against("HEAD", new_ref="HEAD") == []


def test_cli_prints_json(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The command line renders the same report as spec_diff, and --fail-on sets the exit status."""
    finding = Finding("python", "breaking", "object-removed", "pkg.f", "src/pkg/__init__.py:1", "f was removed.")
    monkeypatch.setattr(api_diff, "diff_against", lambda ref: [finding] if ref == "v1" else [])
    assert api_diff.main(["--against", "v1", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["breaking"] == 1
    assert report["findings"] == [finding.to_json()]
    assert api_diff.main(["--against", "v1", "--fail-on", "breaking"]) == 1
    assert "pkg.f" in capsys.readouterr().out
    assert api_diff.main(["--against", "v2", "--fail-on", "info"]) == 0


def test_cli_rejects_an_unknown_ref(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown ref is a one-line error and exit status 2."""
    assert api_diff.main(["--against", "no-such-ref"]) == 2
    assert "no-such-ref" in capsys.readouterr().err
