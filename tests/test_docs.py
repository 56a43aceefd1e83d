"""The documentation site builds strictly, documents the whole public surface, and the release files are in place.

The examples of the user guide are run by test_readme.py; this module checks the site as a whole.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import dubkit
import dubkit.sim
import pytest
from docs_reference import CLIENT_PAGES, reference_page, resource_tree
from spec_helpers import ROOT_DIR


def _make_docs(site: Path, config: Path | None = None) -> subprocess.CompletedProcess[str]:
    args = ["make", "--no-print-directory", "docs", f"SITE_DIR={site}"]
    if config is not None:
        args.append(f"DOCS_CONFIG={config}")
    return subprocess.run(args, cwd=ROOT_DIR, capture_output=True, text=True, check=False, timeout=600)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site as `make docs` builds it."""
    out = tmp_path_factory.mktemp("site")
    built = _make_docs(out)
    assert built.returncode == 0, built.stdout + built.stderr
    return out


def _anchors(site: Path) -> set[str]:
    found: set[str] = set()
    for page in site.rglob("*.html"):
        found |= set(re.findall(r'id="([\w.]+)"', page.read_text(encoding="utf-8")))
    return found


def test_every_public_name_is_in_the_api_reference(site: Path) -> None:
    anchors = _anchors(site)
    documented = {anchor.rsplit(".", 1)[-1] for anchor in anchors if anchor.startswith("dubkit")}
    public = {name for name in dubkit.__all__ if not name.startswith("_")}
    assert public - documented == set()
    assert set(dubkit.sim.__all__) - {"FAULT_HEADER", "FAULT_KINDS", "TRANSIENT_KINDS"} - documented == set()
    for fixture in ("dubkit_sim", "dubkit_sim_sleep", "dubkit_sim_server", "elevenlabs_client"):
        assert f"dubkit.pytest_plugin.{fixture}" in anchors


def test_every_resource_method_is_in_the_client_pages(site: Path) -> None:
    anchors = _anchors(site)
    for client_class in CLIENT_PAGES.values():
        for path, cls in resource_tree(client_class(api_key="k")):
            methods = [name for name in vars(cls) if not name.startswith("_") and callable(vars(cls)[name])]
            assert methods, path
            for method in methods:
                assert f"{cls.__module__}.{cls.__qualname__}.{method}" in anchors, f"{path}.{method}"


def test_the_resource_tree_is_what_users_type() -> None:
    tree = dict(resource_tree(dubkit.ElevenLabs(api_key="k")))
    assert {"client.dubbing", "client.dubbing.audio", "client.dubbing.resource.speaker.segment"} <= set(tree)
    assert {"client.studio.projects.chapters.snapshots", "client.studio.projects.content"} <= set(tree)
    assert tree["client.dubbing"] is type(dubkit.ElevenLabs(api_key="k").dubbing)
    assert not any(path.endswith((".raw", "_http")) for path in tree)  # the HTTP plumbing is not a resource
    assert [path for path, _ in resource_tree(dubkit.Dubformer(api_key="k"))] == ["client.projects"]
    page = reference_page(dubkit.AsyncDubformer)
    assert "## `client.projects`" in page
    projects = type(dubkit.AsyncDubformer(api_key="k").projects)
    assert f"::: {projects.__module__}.AsyncProjects" in page


def test_a_warning_fails_the_build(tmp_path: Path) -> None:
    """`make docs` is strict: a page with a broken link fails it."""
    shutil.copytree(ROOT_DIR / "docs", tmp_path / "docs")
    (tmp_path / "docs" / "index.md").write_text("# dubkit\n\nSee [nowhere](missing.md).\n", encoding="utf-8")
    shutil.copy(ROOT_DIR / "mkdocs.yml", tmp_path)
    for name in ("scripts", "overlays", "generated", "CHANGELOG.md", "SECURITY.md"):  # what mkdocs.yml names, beside it
        (tmp_path / name).symlink_to(ROOT_DIR / name)
    built = _make_docs(tmp_path / "site", tmp_path / "mkdocs.yml")
    assert built.returncode != 0
    assert "missing.md" in built.stdout + built.stderr


def test_the_changelog_starts_with_the_upcoming_release() -> None:
    text = (ROOT_DIR / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "keepachangelog.com" in text
    releases = re.findall(r"^## \[(.+?)\]", text, re.MULTILINE)
    assert releases[0] == "Unreleased"
    unreleased = text.split("## [Unreleased]", 1)[1]
    assert "upcoming release" in unreleased.split("###", 1)[0]
    assert set(re.findall(r"^### (\w+)", unreleased, re.MULTILINE)) <= {
        "Added",
        "Changed",
        "Deprecated",
        "Removed",
        "Fixed",
        "Security",
    }


def test_the_package_metadata_matches_the_license_and_the_tested_pythons() -> None:
    project = tomllib.loads((ROOT_DIR / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert (ROOT_DIR / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    tested = re.findall(r"^PYTHONS=\(([^)]*)\)", (ROOT_DIR / ".ci" / "run").read_text(encoding="utf-8"), re.M)
    versions = {"3.11", *tested[0].split()}
    classifiers = {c.rsplit(" :: ", 1)[-1] for c in project["classifiers"] if c.startswith("Programming Language")}
    assert versions == {"3.11", "3.12", "3.13"}
    assert versions <= classifiers
    assert all(url.startswith("https://") for url in project["urls"].values())
