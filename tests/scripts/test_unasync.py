"""scripts/unasync.py: the sync twins are what their async source gives, and an edited twin fails the check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import unasync
from spec_helpers import ROOT_DIR

DUBFORMER = ROOT_DIR / "overlays" / "dubkit" / "dubformer"


def test_the_committed_twins_match_their_sources(capsys: pytest.CaptureFixture[str]) -> None:
    """--check on the tree passes: every _sync/ module is what its _async/ source gives, and no entry is unused."""
    assert unasync.run(check=True) == 0, capsys.readouterr().err


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("async def get(self) -> X:", "def get(self) -> X:"),
        (
            "        return await aexpect(lambda: m.asyncio_detailed(client=c), T)",
            "        return expect(lambda: m.sync_detailed(client=c), T)",
        ),
        ("    dub, headers = await aexpect_with_headers(f, T)", "    dub, headers = expect_with_headers(f, T)"),
        ("return await await_until_done(poll, c)", "return wait_until_done(poll, c)"),
        ("def list(self) -> AsyncPager[T]:", "def list(self) -> SyncPager[T]:"),
        ("class AsyncDubbing:  # the AsyncElevenLabs twin", "class Dubbing:  # the ElevenLabs twin"),
        ("http_client: httpx2.AsyncClient | None", "http_client: httpx2.Client | None"),
        ("return (*await detailed, 1)", "return (*detailed, 1)"),
        # Whole words only: names that merely contain a substituted word are kept.
        ("awaited = expectation.asyncio_detailed_x", "awaited = expectation.asyncio_detailed_x"),
        ("Asyncio and Async alone stay", "Asyncio and Async alone stay"),
    ],
)
def test_unasync_text_substitutes_whole_words(source: str, expected: str) -> None:
    """Each line is rewritten word by word; a word inside a longer name is left alone."""
    assert unasync.unasync_text(source + "\n", set()) == expected + "\n"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the Dubformer package's async source, its twins written by the script."""
    copy = tmp_path / "dubformer"
    shutil.copytree(DUBFORMER / "_async", copy / "_async")
    assert unasync.run(check=False, packages=[copy], root=tmp_path) == 0
    assert unasync.run(check=True, packages=[copy], root=tmp_path) == 0
    return copy


def test_each_twin_says_it_is_generated_and_from_what(package: Path) -> None:
    """The first lines of a twin name its source and the script, and say not to edit it."""
    first = (package / "_sync" / "_projects.py").read_text().splitlines()[0]
    assert first == "# Generated from dubformer/_async/_projects.py by scripts/unasync.py; do not edit."


def test_an_edited_twin_fails_the_check_and_make_generate_restores_it(
    package: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hand edit of a sync twin is reported with a diff naming the file; writing the twins undoes it."""
    twin = package / "_sync" / "_projects.py"
    generated = twin.read_text()
    twin.write_text(generated.replace("Return a project's details", "Return the project's details"))
    assert unasync.run(check=True, packages=[package], root=package.parent) == 1
    err = capsys.readouterr().err
    assert "dubformer/_sync/_projects.py differs from its async source" in err
    assert '+        """Return the project\'s details' in err
    assert unasync.run(check=False, packages=[package], root=package.parent) == 0
    assert twin.read_text() == generated


def test_a_twin_without_a_source_fails_the_check_and_is_removed(
    package: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A sync module whose async source is gone is stale: reported by --check, deleted by a normal run."""
    (package / "_async" / "_client.py").unlink()
    assert unasync.run(check=True, packages=[package], root=package.parent) == 1
    assert "dubformer/_sync/_client.py has no async source" in capsys.readouterr().err
    unasync.run(check=False, packages=[package], root=package.parent)
    assert not (package / "_sync" / "_client.py").exists()
