"""Bad arguments to ``client.studio`` are refused with an error naming them, before any request is sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from dubkit.sim import Simulator
from test_el_studio_support import CONTENT, MODES, PAGE, studio_for

P = "project1"
C = "chapter1"
S = "snapshot1"
MODE = {"type": "bulletin", "bulletin": {"host_voice_id": "hostvoice"}}
SOURCE = {"type": "text", "text": "About the sea."}


def _content(**node: Any) -> list[dict[str, Any]]:
    return [{"name": "A", "blocks": [{"nodes": [{"type": "tts_node", "text": "x", "voice_id": "v", **node}]}]}]


def _podcast(studio: Any, **changes: Any) -> Any:
    return studio.create_podcast(**{"model_id": "eleven_multilingual_v2", "mode": MODE, "source": SOURCE, **changes})


CASES = [
    pytest.param(lambda s, d: s.projects.get(""), ValueError, "project_id", id="empty id"),
    pytest.param(lambda s, d: s.projects.delete("a/b"), ValueError, "project_id", id="id with a slash"),
    pytest.param(lambda s, d: s.projects.convert(5), TypeError, "project_id", id="id not a str"),
    pytest.param(lambda s, d: s.projects.create(name=" "), ValueError, "name", id="blank name"),
    pytest.param(lambda s, d: s.projects.create(name=None), ValueError, "name", id="missing name"),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_url=PAGE, from_content_json=CONTENT),
        ValueError,
        "at most one of from_url",
        id="two sources",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_document=d / "missing.txt"),
        ValueError,
        "from_document: no such file",
        id="missing document",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_document=d),
        ValueError,
        "from_document must be a regular file",
        id="directory as document",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_document=42), TypeError, "from_document", id="document not a file"
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_url="ftp://example.com/book"),
        ValueError,
        "from_url",
        id="ftp url",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", quality_preset="ultra lossless"),
        ValueError,
        "quality_preset",
        id="unknown quality preset",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", target_audience="teens"),
        ValueError,
        "target_audience",
        id="unknown target audience",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", language="eng"), ValueError, "language", id="three-letter language"
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", original_publication_date="1597/01/01"),
        ValueError,
        "original_publication_date",
        id="bad publication date",
    ),
    pytest.param(lambda s, d: s.projects.create(name="x", genres="Drama"), TypeError, "genres", id="genres as one str"),
    pytest.param(
        lambda s, d: s.projects.create(name="x", genres=["Drama", 3]), TypeError, r"genres\[1\]", id="genre not a str"
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", mature_content="yes"),
        TypeError,
        "mature_content",
        id="flag not a bool",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", fiction="maybe"), ValueError, "fiction", id="unknown fiction"
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", apply_text_normalization="sometimes"),
        ValueError,
        "apply_text_normalization",
        id="unknown normalization",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", source_type="podcast"),
        ValueError,
        "source_type",
        id="unknown source type",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", callback_url="hooks"),
        ValueError,
        "callback_url",
        id="callback not a url",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", pronunciation_dictionary_locators=[{"version_id": "v"}]),
        ValueError,
        r"pronunciation_dictionary_locators\[0\] is missing the field 'pronunciation_dictionary_id'",
        id="locator without dictionary",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", pronunciation_dictionary_locators=["{nope"]),
        ValueError,
        r"pronunciation_dictionary_locators\[0\] is not valid JSON",
        id="locator not json",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_content_json=[]),
        ValueError,
        "from_content_json must list at least one chapter",
        id="empty content",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_content_json="[{"),
        ValueError,
        "from_content_json is not valid JSON",
        id="content not json",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_content_json={"name": "A"}),
        TypeError,
        "from_content_json",
        id="content a mapping",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_content_json=[{"blocks": []}]),
        ValueError,
        r"from_content_json\[0\]\['name'\]",
        id="content chapter without name",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_content_json=[{"name": "A"}]),
        ValueError,
        r"from_content_json\[0\] is missing the field 'blocks'",
        id="content chapter without blocks",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_content_json=_content(type="ssml")),
        ValueError,
        r"from_content_json\[0\]",
        id="content node of another type",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_content_json=_content(text=5)),
        TypeError,
        r"from_content_json\[0\] does not match .*\.text: expected a string, got int",
        id="content text not a str",
    ),
    pytest.param(
        lambda s, d: s.projects.create(name="x", from_content_json=_content(voice_id="")),
        ValueError,
        r"nodes\[0\]\.voice_id",
        id="content without voice",
    ),
    pytest.param(
        lambda s, d: s.projects.update(P, name="x", default_title_voice_id="", default_paragraph_voice_id="v"),
        ValueError,
        "default_title_voice_id",
        id="update without title voice",
    ),
    pytest.param(
        lambda s, d: s.projects.update(
            P, name="x", default_title_voice_id="v", default_paragraph_voice_id="v", author=1
        ),
        TypeError,
        "author",
        id="update metadata not a str",
    ),
    pytest.param(
        lambda s, d: s.projects.content.update(P, from_url=PAGE, from_content_json=CONTENT),
        ValueError,
        "at most one",
        id="content update with two sources",
    ),
    pytest.param(
        lambda s, d: s.projects.content.update(P, auto_convert="yes"),
        TypeError,
        "auto_convert",
        id="content update flag",
    ),
    pytest.param(
        lambda s, d: s.projects.pronunciation_dictionaries.create(
            P, pronunciation_dictionary_locators={"pronunciation_dictionary_id": "d", "version_id": None}
        ),
        TypeError,
        "pronunciation_dictionary_locators",
        id="locators as one mapping",
    ),
    pytest.param(
        lambda s, d: s.projects.pronunciation_dictionaries.create(
            P, pronunciation_dictionary_locators=[{"pronunciation_dictionary_id": " ", "version_id": None}]
        ),
        ValueError,
        "pronunciation_dictionary_id",
        id="locator id blank",
    ),
    pytest.param(
        lambda s, d: s.projects.pronunciation_dictionaries.create(
            P, pronunciation_dictionary_locators=[], invalidate_affected_text=1
        ),
        TypeError,
        "invalidate_affected_text",
        id="invalidate not a bool",
    ),
    pytest.param(
        lambda s, d: s.projects.wait_for_conversion(P, timeout=0), ValueError, "timeout", id="wait timeout zero"
    ),
    pytest.param(
        lambda s, d: s.projects.chapters.wait_for_conversion(P, C, poll_interval=-1),
        ValueError,
        "poll_interval",
        id="wait interval negative",
    ),
    pytest.param(lambda s, d: s.projects.snapshots.download(P, S, d), ValueError, "path", id="download to a directory"),
    pytest.param(lambda s, d: s.projects.snapshots.download(P, S, 7), TypeError, "path", id="download path not a path"),
    pytest.param(
        lambda s, d: s.projects.snapshots.download(P, S, d / "a.mp3", convert_to_mpeg="yes"),
        TypeError,
        "convert_to_mpeg",
        id="mpeg flag not a bool",
    ),
    pytest.param(
        lambda s, d: s.projects.snapshots.download_archive(P, "..", d / "a.zip"),
        ValueError,
        "project_snapshot_id",
        id="archive snapshot id",
    ),
    pytest.param(
        lambda s, d: s.projects.snapshots.get(P, ""), ValueError, "project_snapshot_id", id="snapshot id empty"
    ),
    pytest.param(lambda s, d: s.projects.chapters.get(P, ""), ValueError, "chapter_id", id="chapter id empty"),
    pytest.param(
        lambda s, d: s.projects.chapters.snapshots.get(P, C, "a\nb"),
        ValueError,
        "chapter_snapshot_id",
        id="chapter snapshot id",
    ),
    pytest.param(
        lambda s, d: s.projects.chapters.snapshots.download(P, C, S, d / "c.mp3", convert_to_mpeg=0),
        TypeError,
        "convert_to_mpeg",
        id="chapter download flag",
    ),
    pytest.param(
        lambda s, d: s.projects.chapters.snapshots.list(P, None), TypeError, "chapter_id", id="chapter list id"
    ),
    pytest.param(lambda s, d: s.projects.chapters.create(P, name=""), ValueError, "name", id="chapter blank name"),
    pytest.param(
        lambda s, d: s.projects.chapters.create(P, name="x", from_url="example.com/page"),
        ValueError,
        "from_url",
        id="chapter url without scheme",
    ),
    pytest.param(
        lambda s, d: s.projects.chapters.update(P, C, name=" "), ValueError, "name", id="chapter rename blank"
    ),
    pytest.param(
        lambda s, d: s.projects.chapters.update(P, C, content={"blocks": "text"}),
        TypeError,
        r"content\['blocks'\]",
        id="chapter content blocks as text",
    ),
    pytest.param(
        lambda s, d: s.projects.chapters.update(P, C, content={}),
        ValueError,
        "content is missing the field 'blocks'",
        id="chapter content without blocks",
    ),
    pytest.param(
        lambda s, d: s.projects.chapters.update(P, C, content=[]), TypeError, "content", id="chapter content a list"
    ),
    pytest.param(
        lambda s, d: s.projects.chapters.update(P, C, content={"blocks": [{"sub_type": "h9", "nodes": []}]}),
        ValueError,
        "content",
        id="chapter content bad sub_type",
    ),
    pytest.param(
        lambda s, d: s.projects.chapters.delete("", C), ValueError, "project_id", id="chapter ids checked for delete"
    ),
    pytest.param(lambda s, d: s.projects.chapters.convert(P, ".."), ValueError, "chapter_id", id="chapter convert id"),
    pytest.param(lambda s, d: _podcast(s, model_id=""), ValueError, "model_id", id="podcast model id"),
    pytest.param(
        lambda s, d: _podcast(s, mode={"type": "duet"}), ValueError, r"mode\['type'\]", id="podcast mode type"
    ),
    pytest.param(
        lambda s, d: _podcast(s, mode={"type": "conversation", "conversation": {"host_voice_id": "h"}}),
        ValueError,
        "mode is missing the field 'guest_voice_id'",
        id="podcast mode without guest",
    ),
    pytest.param(lambda s, d: _podcast(s, mode="bulletin"), TypeError, "mode", id="podcast mode not a mapping"),
    pytest.param(
        lambda s, d: _podcast(s, source=[]), ValueError, "source must not be an empty list", id="podcast empty sources"
    ),
    pytest.param(
        lambda s, d: _podcast(s, source=[SOURCE, {"type": "url", "url": "notaurl"}]),
        ValueError,
        r"source\[1\]\.url",
        id="podcast source url",
    ),
    pytest.param(
        lambda s, d: _podcast(s, source={"type": "text", "text": " "}),
        ValueError,
        "source.text",
        id="podcast source text blank",
    ),
    pytest.param(
        lambda s, d: _podcast(s, source={"type": "pdf"}), ValueError, r"source\['type'\]", id="podcast source type"
    ),
    pytest.param(lambda s, d: _podcast(s, source="About the sea."), TypeError, "source", id="podcast source a str"),
    pytest.param(
        lambda s, d: _podcast(s, intro="x" * 1501), ValueError, "intro must be at most 1500", id="podcast long intro"
    ),
    pytest.param(
        lambda s, d: _podcast(s, instructions_prompt="x" * 3001),
        ValueError,
        "instructions_prompt",
        id="podcast long prompt",
    ),
    pytest.param(
        lambda s, d: _podcast(s, highlights=["Too short"]), ValueError, r"highlights\[0\]", id="podcast short highlight"
    ),
    pytest.param(
        lambda s, d: _podcast(s, duration_scale="medium"), ValueError, "duration_scale", id="podcast duration scale"
    ),
    pytest.param(
        lambda s, d: _podcast(s, quality_preset="best"), ValueError, "quality_preset", id="podcast quality preset"
    ),
    pytest.param(lambda s, d: _podcast(s, language="english"), ValueError, "language", id="podcast language"),
    pytest.param(
        lambda s, d: _podcast(s, callback_url="ftp://example.com"), ValueError, "callback_url", id="podcast callback"
    ),
]


@pytest.fixture(params=MODES)
def studio(request: pytest.FixtureRequest) -> Any:
    return studio_for(request)


@pytest.mark.parametrize("case", [pytest.param(case.values, id=case.id) for case in CASES])
def test_bad_input_is_refused_before_any_request(studio: Any, dubkit_sim: Simulator, tmp_path: Path, case) -> None:
    """The error names the argument, and the simulator saw no request at all."""
    call, error, match = case
    with pytest.raises(error, match=match):
        call(studio, tmp_path)
    assert dubkit_sim.requests() == []
    assert list(tmp_path.iterdir()) == []


def test_an_opened_document_is_closed_when_a_later_check_fails(studio: Any, dubkit_sim: Simulator, tmp_path) -> None:
    """A document given as a file object is the caller's: it stays open; nothing was sent."""
    document = tmp_path / "book.txt"
    document.write_bytes(b"text")
    with document.open("rb") as handle:
        with pytest.raises(ValueError, match="at most one"):
            studio.projects.create(name="x", from_document=handle, from_url=PAGE)
        assert not handle.closed
    assert dubkit_sim.requests() == []
