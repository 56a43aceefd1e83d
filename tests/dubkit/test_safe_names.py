"""_safe_names: one safe path component from any text, extensions from an allow-list, paths kept inside."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from dubkit._safe_names import MAX_COMPONENT, MEDIA_EXTENSIONS, path_in, safe_component, safe_extension
from hypothesis import given
from hypothesis import strategies as st


@given(st.text(max_size=600))
def test_any_text_becomes_one_safe_component(text: str) -> None:
    """Whatever the text: one short component of safe characters, never '.', '..', hidden or a device name."""
    name = safe_component(text, fallback="job")
    assert name
    assert len(name) <= MAX_COMPONENT
    assert os.sep not in name
    assert "/" not in name
    assert name not in {".", ".."}
    assert not name.startswith((".", "-"))
    assert ".." not in name
    assert all(c.isascii() and (c.isalnum() or c in "._-") for c in name)


@given(st.text(max_size=200))
def test_a_safe_component_stays_inside_its_folder(text: str) -> None:
    """path_in accepts what safe_component makes, and the result lies directly in the folder."""
    folder = Path("/srv/out")
    assert path_in(folder, safe_component(text, fallback="job") + ".mp4").parent == folder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/../../site-packages/x.pth", "site-packages_x.pth"),
        ("..", "job"),
        ("", "job"),
        ("con", "job"),
        ("LPT1.txt", "job"),
        ("\uff0e\uff0e\uff0fetc", "etc"),
        ("es-ES", "es-ES"),
        ("a\x1b[2Jb", "a_2Jb"),
        (None, "job"),
        (42, "job"),
    ],
)
def test_examples(text: object, expected: str) -> None:
    """Separators, dots, controls and device names are folded away; plain codes stay as they are."""
    assert safe_component(text, fallback="job") == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://cdn.example/v.MP4?sig=1", ".mp4"),
        ("https://cdn.example/x.pth", ".mp4"),
        ("https://cdn.example/x.mp4%2f..%2fevil.pth", ".mp4"),
        ("https://cdn.example/a.wav", ".wav"),
        ("https://cdn.example/noext", ".mp4"),
        ("https://[broken", ".mp4"),
        (None, ".mp4"),
    ],
)
def test_extensions_come_from_the_allow_list_only(url: object, expected: str) -> None:
    """Only media extensions are taken from a URL; anything else gives the default."""
    assert safe_extension(url, ".mp4") == expected
    assert expected in MEDIA_EXTENSIONS


@pytest.mark.parametrize("name", ["../x.mp4", "a/b.mp4", "..", ".", "", "/etc/passwd"])
def test_path_in_refuses_names_that_leave_the_folder(tmp_path: Path, name: str) -> None:
    """A name with a separator or a dot segment is refused, not resolved."""
    with pytest.raises(ValueError, match="not a file name inside"):
        path_in(tmp_path, name)


def test_path_in_refuses_a_link(tmp_path: Path) -> None:
    """A symbolic link (even dangling) is refused by name."""
    (tmp_path / "x.mp4").symlink_to(tmp_path / "nowhere")
    with pytest.raises(ValueError, match="symbolic link"):
        path_in(tmp_path, "x.mp4")
