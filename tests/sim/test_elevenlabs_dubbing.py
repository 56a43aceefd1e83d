"""The simulated ElevenLabs dubbing and dubbing-resource operations, driven through their handlers."""

from __future__ import annotations

import functools
import io
import re
import zipfile
from typing import Any

import pydantic
import pytest
from dubkit.sim._clock import SimClock
from dubkit.sim._ids import IdFactory
from dubkit.sim._media import MediaStore
from dubkit.sim._media_types import guess_content_type
from dubkit.sim._protocol import (
    MediaReply,
    SimConfig,
    SimContext,
    SimHTTPError,
    SimInvalidError,
    SimRequest,
    TextReply,
    UploadedFile,
)
from dubkit.sim._spec import load_spec
from dubkit.sim.elevenlabs._dubbing import DubbingSection
from dubkit.sim.elevenlabs._dubbing_langs import DUBBING_LANGUAGES
from media_samples import probe, speech_sample

SPEC = load_spec("elevenlabs")
BASE = "http://sim.test"
MEDIA = f"{BASE}/_sim/media/"
KEY = "key-a"
VIDEO_URL = "https://cdn.example.com/talks/keynote.mp4"
SRT_CUE = re.compile(r"^(\d+)\n(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})\n(.+(?:\n.+)?)$")
VTT_CUE = re.compile(r"^(\d+)\n\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}\n.+(?:\n.+)?$")


@functools.cache
def _sample(content_type: str) -> bytes:
    kind = content_type if content_type.startswith(("audio/", "video/")) else "audio/mpeg"
    return speech_sample(12.0, content_type=kind)


def upload(filename: str = "interview.mp3", content_type: str = "audio/mpeg", sha: str = "ab" * 32) -> UploadedFile:
    data = _sample(guess_content_type(filename, content_type))
    return UploadedFile(field="file", filename=filename, content_type=content_type, size=len(data), sha256=sha,
                        data=data)  # fmt: skip


class Harness:
    """A dubbing section on a manual clock, called the way the dispatcher calls it."""

    def __init__(self, seed: int = 0, **config: Any) -> None:
        self.context = SimContext(
            config=SimConfig(seed=seed, manual_clock=True, **config),
            clock=SimClock(manual=True),
            ids=IdFactory(seed),
            media=MediaStore(),
        )
        self.section = DubbingSection(self.context)
        self.handlers = self.section.handlers()

    def request(self, op_id: str, *, path=None, query=None, body=None, files=None, key: str = KEY) -> SimRequest:
        return SimRequest(
            operation=SPEC.by_id[op_id],
            path=path or {},
            query=query or {},
            headers={},
            body=body,
            files=files or {},
            base_url=BASE,
            api_key=key,
        )

    def raw(self, op_id: str, **kwargs: Any) -> Any:
        return self.handlers[op_id](self.request(op_id, **kwargs))

    def call(self, op_id: str, **kwargs: Any) -> Any:
        """Call an operation and return its JSON, checked against the spec's success schema."""
        reply = self.raw(op_id, **kwargs)
        assert isinstance(reply, pydantic.BaseModel), reply
        data = reply.model_dump(mode="json", by_alias=True, exclude_unset=True)
        op = SPEC.by_id[op_id]
        SPEC.validator(op.response_pointer(op.success_status)).validate(data)
        return data

    def error(self, op_id: str, status: int, code: str, **kwargs: Any) -> SimHTTPError:
        """Call an operation that must fail with a status the spec documents for it."""
        with pytest.raises(SimHTTPError) as caught:
            self.raw(op_id, **kwargs)
        assert (caught.value.status, caught.value.code) == (status, code)
        pointer = SPEC.by_id[op_id].response_pointer(status)
        assert pointer is not None, f"{op_id} does not document {status}"
        SPEC.validator(pointer).validate({"detail": {"status": code, "message": caught.value.message}})
        return caught.value

    def invalid(self, op_id: str, **kwargs: Any) -> list[tuple[Any, ...]]:
        """Call an operation that must be rejected as a 422, and return the rejected locations."""
        with pytest.raises(SimInvalidError) as caught:
            self.raw(op_id, **kwargs)
        body = {"detail": [{"loc": list(i.loc), "msg": i.msg, "type": i.type} for i in caught.value.issues]}
        SPEC.validator(SPEC.by_id[op_id].response_pointer(422)).validate(body)
        return [issue.loc for issue in caught.value.issues]

    def create(self, key: str = KEY, files=None, **body: Any) -> str:
        body.setdefault("target_lang", "es")
        if files is None and "source_url" not in body:
            body["source_url"] = VIDEO_URL
        return self.call("create_dubbing", body=body, files=files, key=key)["dubbing_id"]

    def finish(self) -> None:
        self.context.clock.advance(self.context.config.job_seconds * 2)

    def dub(self, dub_id: str) -> dict[str, Any]:
        return self.call("get_dubbing", path={"dubbing_id": dub_id})

    def resource(self, dub_id: str) -> dict[str, Any]:
        return self.call("get_dubbing_resource", path={"dubbing_id": dub_id})


@pytest.fixture
def sim() -> Harness:
    return Harness()


@pytest.fixture
def studio(sim: Harness) -> tuple[Harness, str]:
    """A finished dub created for editing, with its harness."""
    dub_id = sim.create(dubbing_studio=True)
    sim.finish()
    return sim, dub_id


def media_key(url: str) -> str:
    assert url.startswith(MEDIA), url
    return url.removeprefix(MEDIA)


# --- create / get ---------------------------------------------------------------------------------


def test_create_starts_dubbing_with_expected_duration(sim: Harness):
    """A new dub is 'dubbing', with the simulated processing time as expected_duration_sec."""
    reply = sim.call("create_dubbing", body={"target_lang": "es", "source_url": VIDEO_URL})
    assert len(reply["dubbing_id"]) == 20
    assert 30 * 0.75 <= reply["expected_duration_sec"] <= 30 * 1.25
    dub = sim.dub(reply["dubbing_id"])
    assert dub["status"] == "dubbing"
    assert dub["target_languages"] == ["es"]
    assert dub["source_language"] is None
    assert dub["error"] is None
    assert dub["editable"] is False
    assert dub["name"] == "keynote"
    assert dub["created_at"] == "2026-01-01T00:00:00Z"
    assert dub["media_metadata"]["content_type"] == "video/mp4"
    assert 20 <= dub["media_metadata"]["duration"] <= 180


def test_dub_becomes_dubbed_once_its_time_has_passed(sim: Harness):
    """Status follows the clock: still dubbing just before the deadline, dubbed just after."""
    reply = sim.call("create_dubbing", body={"target_lang": "de", "source_url": VIDEO_URL})
    sim.context.clock.advance(reply["expected_duration_sec"] - 0.01)
    assert sim.dub(reply["dubbing_id"])["status"] == "dubbing"
    sim.context.clock.advance(0.02)
    dub = sim.dub(reply["dubbing_id"])
    assert dub["status"] == "dubbed"
    assert dub["source_language"] == "en"  # 'auto' resolves to English


def test_explicit_source_language_is_reported_once_dubbed(sim: Harness):
    """An explicit source_lang is the source language the finished dub reports."""
    dub_id = sim.create(source_lang="fr", target_lang="en")
    sim.finish()
    assert sim.dub(dub_id)["source_language"] == "fr"


def test_upload_name_and_content_type_come_from_the_file(sim: Harness):
    """An uploaded file names the dub and sets its content type; a given name wins."""
    first = sim.create(files={"file": [upload("podcast episode.wav", "application/octet-stream")]})
    second = sim.create(files={"file": [upload("clip.mov", "video/quicktime")]}, name="My clip")
    assert sim.dub(first)["name"] == "podcast episode"
    assert sim.dub(first)["media_metadata"]["content_type"] == "audio/wav"
    assert sim.dub(second)["name"] == "My clip"
    assert sim.dub(second)["media_metadata"]["content_type"] == "video/quicktime"


def test_start_and_end_time_trim_the_media(sim: Harness):
    """start_time/end_time make the dubbed media that long."""
    dub_id = sim.create(start_time=5, end_time=17)
    assert sim.dub(dub_id)["media_metadata"]["duration"] == 12.0


@pytest.mark.parametrize(
    ("body", "files", "loc"),
    [
        ({"target_lang": "es"}, None, ("body",)),
        ({"target_lang": "es", "source_url": VIDEO_URL}, {"file": [upload()]}, ("body",)),
        ({"target_lang": "es"}, {"file": [upload(), upload("b.mp3")]}, ("body", "file")),
        ({"target_lang": "xx", "source_url": VIDEO_URL}, None, ("body", "target_lang")),
        ({"target_lang": "es-ES", "source_url": VIDEO_URL}, None, ("body", "target_lang")),
        ({"source_url": VIDEO_URL}, None, ("body", "target_lang")),
        ({"target_lang": "es", "source_lang": "klingon", "source_url": VIDEO_URL}, None, ("body", "source_lang")),
        ({"target_lang": "es", "source_lang": "es", "source_url": VIDEO_URL}, None, ("body", "target_lang")),
        ({"target_lang": "es", "source_url": "ftp://example.com/a.mp4"}, None, ("body", "source_url")),
        ({"target_lang": "es", "source_url": "not a url"}, None, ("body", "source_url")),
        ({"target_lang": "es", "source_url": VIDEO_URL, "mode": "manual"}, None, ("body", "mode")),
        ({"target_lang": "es", "source_url": VIDEO_URL, "mode": "turbo"}, None, ("body", "mode")),
        ({"target_lang": "es", "source_url": VIDEO_URL, "start_time": 10, "end_time": 10}, None, ("body", "end_time")),
        ({"target_lang": "es", "source_url": VIDEO_URL, "num_speakers": -1}, None, ("body", "num_speakers")),
    ],
)
def test_create_rejects_requests_that_break_the_rules(sim: Harness, body, files, loc):
    """Schema-valid requests that break the API's rules are 422s naming the field; nothing is created."""
    assert loc in sim.invalid("create_dubbing", body=body, files=files)
    assert sim.section.counts()["dubs_created"] == 0


def test_create_reports_every_broken_rule_at_once(sim: Harness):
    """Several problems give several issues in one 422."""
    locs = sim.invalid("create_dubbing", body={"target_lang": "zz", "source_lang": "qq"})
    assert set(locs) == {("body",), ("body", "target_lang"), ("body", "source_lang")}


def test_language_list_is_the_29_dubbing_languages():
    """The simulator accepts ElevenLabs' 29 dubbing languages, each once."""
    assert len(DUBBING_LANGUAGES) == len(set(DUBBING_LANGUAGES)) == 29
    assert {"en", "es", "fil", "zh", "ta"} <= set(DUBBING_LANGUAGES)


def test_manual_mode_is_accepted_for_studio_dubs(sim: Harness):
    """mode=manual is allowed together with dubbing_studio=true."""
    dub_id = sim.create(mode="manual", dubbing_studio=True)
    assert sim.dub(dub_id)["editable"] is True


# --- failures -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "files", "fragment"),
    [
        ({"source_url": "https://media.invalid/a.mp4"}, None, "could not resolve host"),
        ({"source_url": "https://example.com/sim-fail.mp4"}, None, "simulated failure"),
        ({}, {"file": [upload("sim-fail-take2.mp3")]}, "simulated failure"),
    ],
)
def test_unusable_sources_fail_when_processing_ends(sim: Harness, body, files, fragment):
    """A .invalid host or a sim-fail name makes the dub fail, with an error message, after its processing time."""
    dub_id = sim.create(files=files, **body)
    assert sim.dub(dub_id)["status"] == "dubbing"
    sim.finish()
    dub = sim.dub(dub_id)
    assert dub["status"] == "failed"
    assert fragment in dub["error"]
    assert dub["source_language"] is None


def test_failure_rate_fails_dubs_and_their_files_are_404():
    """With failure_rate=1 every dub fails; its file and transcript are a 404 dubbing_failed, not a 425."""
    sim = Harness(failure_rate=1.0)
    dub_id = sim.create()
    sim.finish()
    assert sim.dub(dub_id)["status"] == "failed"
    error = sim.error("get_dubbed_file", 404, "dubbing_failed", path={"dubbing_id": dub_id, "language_code": "es"})
    assert "failed" in error.message
    sim.error("get_dubbed_transcript", 404, "dubbing_failed", path={"dubbing_id": dub_id, "language_code": "es"})


# --- list -----------------------------------------------------------------------------------------


def test_list_is_newest_first_and_pages_with_cursors(sim: Harness):
    """Pages follow each other through next_cursor without repeats or gaps, newest first."""
    created = [sim.create(name=f"dub {i}") for i in range(5)]
    seen: list[str] = []
    query: dict[str, Any] = {"page_size": 2}
    pages = 0
    while True:
        page = sim.call("list_dubs", query=query)
        pages += 1
        seen += [dub["dubbing_id"] for dub in page["dubs"]]
        if not page["has_more"]:
            assert page["next_cursor"] is None
            break
        query = {"page_size": 2, "cursor": page["next_cursor"]}
    assert pages == 3
    assert seen == created[::-1]


def test_list_default_page_holds_everything(sim: Harness):
    """Without page_size, up to 100 dubs come in one page."""
    for _ in range(3):
        sim.create()
    page = sim.call("list_dubs")
    assert (len(page["dubs"]), page["has_more"], page["next_cursor"]) == (3, False, None)


def test_list_cursor_survives_deletions_between_pages(sim: Harness):
    """A cursor is a position: deleting a listed dub between pages neither repeats nor skips the others."""
    a, b, c, d = (sim.create() for _ in range(4))
    first = sim.call("list_dubs", query={"page_size": 2})
    assert [dub["dubbing_id"] for dub in first["dubs"]] == [d, c]
    sim.call("delete_dubbing", path={"dubbing_id": c})
    second = sim.call("list_dubs", query={"page_size": 2, "cursor": first["next_cursor"]})
    assert [dub["dubbing_id"] for dub in second["dubs"]] == [b, a]


@pytest.mark.parametrize("cursor", ["garbage!", "bm90LWEtY3Vyc29y", "ZHViczp4"])
def test_list_rejects_a_cursor_it_did_not_issue(sim: Harness, cursor: str):
    """An invalid cursor is a 422 on query.cursor."""
    assert sim.invalid("list_dubs", query={"cursor": cursor}) == [("query", "cursor")]


def test_list_filters_by_status(sim: Harness):
    """dubbing_status keeps only dubs in that state at the current simulated time."""
    early = sim.create()
    sim.finish()
    late = sim.create()
    broken = sim.create(source_url="https://x.invalid/a.mp4")
    sim.context.clock.advance(sim.context.config.job_seconds * 2)
    fresh = sim.create()

    def ids(status: str) -> list[str]:
        return [dub["dubbing_id"] for dub in sim.call("list_dubs", query={"dubbing_status": status})["dubs"]]

    assert ids("dubbed") == [late, early]
    assert ids("failed") == [broken]
    assert ids("dubbing") == [fresh]


def test_list_filters_by_creator(sim: Harness):
    """personal lists the caller's own dubs, others everyone else's; all lists both."""
    mine = sim.create(key="key-a")
    theirs = sim.create(key="key-b")

    def ids(creator: str) -> list[str]:
        page = sim.call("list_dubs", query={"filter_by_creator": creator}, key="key-a")
        return [dub["dubbing_id"] for dub in page["dubs"]]

    assert ids("personal") == [mine]
    assert ids("others") == [theirs]
    assert ids("all") == [theirs, mine]


# --- delete ---------------------------------------------------------------------------------------


def test_delete_removes_the_dub_and_its_media(studio):
    """A deleted dub is a 404 everywhere, leaves the list, and its files are gone."""
    sim, dub_id = studio
    input_key = media_key(sim.resource(dub_id)["input"]["url"])
    assert sim.context.media.get(input_key) is not None
    assert sim.call("delete_dubbing", path={"dubbing_id": dub_id}) == {"status": "ok"}
    assert sim.context.media.get(input_key) is None
    sim.error("get_dubbing", 404, "dubbing_not_found", path={"dubbing_id": dub_id})
    sim.error("delete_dubbing", 404, "dubbing_not_found", path={"dubbing_id": dub_id})
    sim.error("get_dubbing_resource", 404, "dubbing_not_found", path={"dubbing_id": dub_id})
    assert sim.call("list_dubs")["dubs"] == []
    assert sim.section.counts() == {"dubs_created": 1, "dubs_deleted": 1, "renders": 0}


def test_unknown_dub_is_404(sim: Harness):
    """Every dubbing operation answers 404 dubbing_not_found for an unknown ID."""
    path = {"dubbing_id": "nope"}
    sim.error("get_dubbing", 404, "dubbing_not_found", path=path)
    sim.error("get_dubbed_file", 404, "dubbing_not_found", path={**path, "language_code": "es"})
    sim.error("get_dubbed_transcript", 404, "dubbing_not_found", path={**path, "language_code": "es"})


# --- dubbed file ----------------------------------------------------------------------------------


def test_dubbed_file_is_425_until_dubbed_then_served(sim: Harness):
    """The dubbed video is 425 dubbing_not_dubbed while dubbing, then a registered video/mp4 file."""
    dub_id = sim.create()
    path = {"dubbing_id": dub_id, "language_code": "es"}
    sim.error("get_dubbed_file", 425, "dubbing_not_dubbed", path=path)
    sim.finish()
    reply = sim.raw("get_dubbed_file", path=path)
    assert isinstance(reply, MediaReply)
    assert reply.item.content_type == "video/mp4"
    assert probe(reply.item.read()).kinds == ("video", "audio")
    assert reply.item.key == f"el/dubs/{dub_id}/es.mp4"
    assert sim.context.media.get(reply.item.key) == reply.item


def test_dubbed_file_of_audio_source_is_mp3(sim: Harness):
    """An audio source gives an audio/mpeg dub."""
    dub_id = sim.create(files={"file": [upload("talk.mp3")]})
    sim.finish()
    reply = sim.raw("get_dubbed_file", path={"dubbing_id": dub_id, "language_code": "es"})
    assert reply.item.content_type == "audio/mpeg"


def test_dubbed_file_of_another_language_is_404(sim: Harness):
    """A language the dub is not in is a 404, even once dubbed."""
    dub_id = sim.create()
    sim.finish()
    sim.error("get_dubbed_file", 404, "language_not_found", path={"dubbing_id": dub_id, "language_code": "fr"})


# --- transcript -----------------------------------------------------------------------------------


def test_transcript_is_425_until_dubbed(sim: Harness):
    """Subtitles are not ready while dubbing."""
    dub_id = sim.create()
    sim.error("get_dubbed_transcript", 425, "dubbing_not_dubbed", path={"dubbing_id": dub_id, "language_code": "es"})


def test_srt_transcript_matches_the_resource_segments(studio):
    """The SRT transcript is valid SubRip: numbered cues in time order, one per subtitle frame of the language."""
    sim, dub_id = studio
    reply = sim.raw("get_dubbed_transcript", path={"dubbing_id": dub_id, "language_code": "es"})
    assert isinstance(reply, TextReply)
    assert reply.content_type.startswith("text/plain")
    cues = reply.text.rstrip("\n").split("\n\n")
    frames = sorted(
        (
            frame
            for seg in sim.resource(dub_id)["speaker_segments"].values()
            for frame in seg["dubs"]["es"]["subtitles"]
        ),
        key=lambda frame: frame["start_time"],
    )
    assert len(cues) == len(frames) > 0
    previous_start = -1.0
    for number, (cue, frame) in enumerate(zip(cues, frames, strict=True), start=1):
        match = SRT_CUE.match(cue)
        assert match, cue
        h1, m1, s1, ms1, h2, m2, s2, ms2 = (int(part) for part in match.groups()[1:9])
        start, end = h1 * 3600 + m1 * 60 + s1 + ms1 / 1000, h2 * 3600 + m2 * 60 + s2 + ms2 / 1000
        assert int(match.group(1)) == number
        assert start == pytest.approx(frame["start_time"], abs=0.001)
        assert end == pytest.approx(frame["end_time"], abs=0.001)
        assert start >= previous_start
        assert end > start
        assert match.group(10).split("\n") == frame["lines"]
        assert match.group(10).startswith("[es] ")
        previous_start = start


def test_webvtt_transcript_has_header_and_dotted_times(studio):
    """format_type=webvtt gives a WEBVTT file with HH:MM:SS.mmm cue times."""
    sim, dub_id = studio
    path = {"dubbing_id": dub_id, "language_code": "es"}
    text = sim.raw("get_dubbed_transcript", path=path, query={"format_type": "webvtt"}).text
    assert text.startswith("WEBVTT\n\n")
    cues = text.removeprefix("WEBVTT\n\n").rstrip("\n").split("\n\n")
    assert all(VTT_CUE.match(cue) for cue in cues), cues
    srt = sim.raw("get_dubbed_transcript", path=path, query={"format_type": "srt"}).text
    assert len(cues) == len(srt.rstrip("\n").split("\n\n"))


def test_source_language_transcript_has_the_original_text(studio):
    """The source language's transcript carries the untranslated lines; other languages are 404."""
    sim, dub_id = studio
    text = sim.raw("get_dubbed_transcript", path={"dubbing_id": dub_id, "language_code": "en"}).text
    assert "Line 1 from Speaker" in text
    assert "[es]" not in text
    sim.error("get_dubbed_transcript", 404, "language_not_found", path={"dubbing_id": dub_id, "language_code": "ja"})


# --- resource: reading ----------------------------------------------------------------------------


def test_resource_needs_a_studio_dub(sim: Harness):
    """A dub created without dubbing_studio=true has no resource (404)."""
    dub_id = sim.create()
    sim.error("get_dubbing_resource", 404, "dubbing_resource_not_found", path={"dubbing_id": dub_id})


def test_resource_is_coherent(studio):
    """Speakers own exactly the segments, segments are timed within the media, and every file is served."""
    sim, dub_id = studio
    res = sim.resource(dub_id)
    assert (res["id"], res["version"], res["source_language"], res["target_languages"]) == (dub_id, 0, "en", ["es"])
    duration = res["input"]["duration_secs"]
    assert res["input"]["content_type"] == "video/mp4"
    assert res["input"]["is_audio"] is False
    assert res["background"]["is_audio"] is True
    owned = [sid for track in res["speaker_tracks"].values() for sid in track["segments"]]
    assert sorted(owned) == sorted(res["speaker_segments"])
    for track in res["speaker_tracks"].values():
        assert track["voices"] == {"es": "track-clone"}
        starts = [res["speaker_segments"][sid]["start_time"] for sid in track["segments"]]
        assert starts == sorted(starts)
    for segment in res["speaker_segments"].values():
        assert 0 <= segment["start_time"] < segment["end_time"] <= duration
        dub = segment["dubs"]["es"]
        assert dub["text"] == f"[es] {segment['text']}"
        assert dub["audio_stale"] is False
        assert sim.context.media.get(media_key(dub["media_ref"]["url"])) is not None
    assert res["renders"] == {}
    refs = [res["input"], res["background"], res["foreground"]] + [
        t["media_ref"] for t in res["speaker_tracks"].values()
    ]
    for ref in refs:
        assert ref["url"].endswith(ref["src"].split("/", 2)[2])
        assert sim.context.media.get(media_key(ref["url"])) is not None


def test_resource_options_shape_the_document(sim: Harness):
    """num_speakers, drop_background_audio and disable_voice_cloning show in the resource."""
    dub_id = sim.create(dubbing_studio=True, num_speakers=2, drop_background_audio=True, disable_voice_cloning=True)
    res = sim.resource(dub_id)
    assert len(res["speaker_tracks"]) == 2
    assert res["background"] is None
    voices = [track["voices"]["es"] for track in res["speaker_tracks"].values()]
    assert all(len(voice) == 20 and voice != "track-clone" for voice in voices)


# --- resource: editing ----------------------------------------------------------------------------


def first_segment(sim: Harness, dub_id: str) -> tuple[str, dict[str, Any]]:
    segments = sim.resource(dub_id)["speaker_segments"]
    segment_id = next(iter(segments))
    return segment_id, segments[segment_id]


def test_add_language_adds_it_to_every_segment(studio):
    """A new language appears in the dub, every segment (untranslated, stale) and every speaker's voices."""
    sim, dub_id = studio
    op = SPEC.by_id["add_resource_language"]
    assert op.success_status == 201
    assert sim.call("add_resource_language", path={"dubbing_id": dub_id}, body={"language": "de"}) == {"version": 1}
    res = sim.resource(dub_id)
    assert res["target_languages"] == ["es", "de"]
    assert all(
        seg["dubs"]["de"] == {**seg["dubs"]["de"], "text": None, "audio_stale": True, "media_ref": None}
        for seg in res["speaker_segments"].values()
    )
    assert all(track["voices"]["de"] == "track-clone" for track in res["speaker_tracks"].values())
    assert sim.dub(dub_id)["target_languages"] == ["es", "de"]


@pytest.mark.parametrize("language", ["es", "en", "xx", None])
def test_add_language_rejects_existing_unsupported_or_missing(studio, language):
    """The source, an existing target, an unsupported code or null is a 422 on body.language."""
    sim, dub_id = studio
    assert sim.invalid("add_resource_language", path={"dubbing_id": dub_id}, body={"language": language}) == [
        ("body", "language")
    ]
    assert sim.resource(dub_id)["version"] == 0


def test_added_language_is_downloadable_only_after_translating_and_dubbing(studio):
    """An added language's file is 425 until its segments are dubbed; dubbing untranslated segments is a 422."""
    sim, dub_id = studio
    path = {"dubbing_id": dub_id}
    sim.call("add_resource_language", path=path, body={"language": "fr"})
    file_path = {**path, "language_code": "fr"}
    sim.error("get_dubbed_file", 425, "dubbing_not_dubbed", path=file_path)
    assert sim.invalid("dub_segments", path=path, body={"segments": [], "languages": ["fr"]})[0] == ("body", "segments")
    assert sim.call("translate_segments", path=path, body={"segments": [], "languages": ["fr"]}) == {"version": 2}
    assert sim.call("dub_segments", path=path, body={"segments": [], "languages": ["fr"]}) == {"version": 3}
    assert isinstance(sim.raw("get_dubbed_file", path=file_path), MediaReply)
    for segment in sim.resource(dub_id)["speaker_segments"].values():
        fr = segment["dubs"]["fr"]
        assert (fr["text"], fr["audio_stale"]) == (f"[fr] {segment['text']}", False)
        assert fr["media_ref"]["content_type"] == "audio/mpeg"


def test_create_segment_joins_its_speaker_in_time_order(studio):
    """A new segment belongs to its speaker (kept in time order), with translations and stale audio."""
    sim, dub_id = studio
    speaker_id = next(iter(sim.resource(dub_id)["speaker_tracks"]))
    reply = sim.call(
        "create_segment",
        path={"dubbing_id": dub_id, "speaker_id": speaker_id},
        body={"start_time": 0.0, "end_time": 0.3, "text": "Hi.", "translations": {"es": "Hola."}},
    )
    assert reply["version"] == 1
    res = sim.resource(dub_id)
    assert res["speaker_tracks"][speaker_id]["segments"][0] == reply["new_segment"]
    segment = res["speaker_segments"][reply["new_segment"]]
    assert (segment["text"], segment["dubs"]["es"]["text"]) == ("Hi.", "Hola.")
    assert segment["dubs"]["es"]["audio_stale"] is True
    assert segment["subtitles"] == [{"start_time": 0.0, "end_time": 0.3, "lines": ["Hi."]}]


def test_create_segment_rejects_bad_times_unknown_languages_and_speakers(studio):
    """Times outside the media or out of order, and translations into other languages, are 422s; a speaker 404."""
    sim, dub_id = studio
    res = sim.resource(dub_id)
    speaker_id = next(iter(res["speaker_tracks"]))
    path = {"dubbing_id": dub_id, "speaker_id": speaker_id}
    beyond = res["input"]["duration_secs"] + 1
    assert sim.invalid("create_segment", path=path, body={"start_time": 3, "end_time": 2}) == [("body", "end_time")]
    assert ("body", "end_time") in sim.invalid("create_segment", path=path, body={"start_time": 1, "end_time": beyond})
    assert sim.invalid(
        "create_segment", path=path, body={"start_time": 1, "end_time": 2, "translations": {"it": "Ciao"}}
    ) == [("body", "translations", "it")]
    sim.error(
        "create_segment",
        404,
        "speaker_not_found",
        path={**path, "speaker_id": "ghost"},
        body={"start_time": 1, "end_time": 2},
    )
    assert sim.resource(dub_id)["version"] == 0


def test_update_segment_in_a_target_language_makes_its_audio_stale(studio):
    """Editing a translation changes that language's text, times and subtitles, and marks its audio stale."""
    sim, dub_id = studio
    segment_id, before = first_segment(sim, dub_id)
    path = {"dubbing_id": dub_id, "segment_id": segment_id, "language": "es"}
    new_end = before["end_time"] + 0.1
    assert sim.call("update_segment", path=path, body={"text": "Buenos días.", "end_time": new_end}) == {"version": 1}
    after = sim.resource(dub_id)["speaker_segments"][segment_id]
    es = after["dubs"]["es"]
    assert (es["text"], es["end_time"], es["audio_stale"]) == ("Buenos días.", round(new_end, 3), True)
    assert es["subtitles"][0]["lines"] == ["Buenos días."]
    assert after["text"] == before["text"]


def test_update_segment_in_the_source_language_changes_the_original(studio):
    """Editing in the source language changes the segment's own text; its dubs keep their audio."""
    sim, dub_id = studio
    segment_id, _ = first_segment(sim, dub_id)
    sim.call(
        "update_segment",
        path={"dubbing_id": dub_id, "segment_id": segment_id, "language": "en"},
        body={"text": "Good morning."},
    )
    after = sim.resource(dub_id)["speaker_segments"][segment_id]
    assert after["text"] == "Good morning."
    assert after["dubs"]["es"]["audio_stale"] is False


def test_update_segment_errors(studio):
    """Unknown segment or language is a 404; times out of order a 422."""
    sim, dub_id = studio
    segment_id, segment = first_segment(sim, dub_id)
    path = {"dubbing_id": dub_id, "segment_id": segment_id, "language": "es"}
    sim.error("update_segment", 404, "segment_not_found", path={**path, "segment_id": "nope"}, body={"text": "x"})
    sim.error("update_segment", 404, "language_not_found", path={**path, "language": "ko"}, body={"text": "x"})
    assert sim.invalid("update_segment", path=path, body={"start_time": segment["end_time"] + 1}) == [
        ("body", "end_time")
    ]


def test_delete_segment_removes_it_from_its_speaker(studio):
    """A deleted segment leaves the resource and its speaker; deleting it again is a 404."""
    sim, dub_id = studio
    segment_id, _ = first_segment(sim, dub_id)
    path = {"dubbing_id": dub_id, "segment_id": segment_id}
    assert sim.call("delete_segment", path=path) == {"version": 1}
    res = sim.resource(dub_id)
    assert segment_id not in res["speaker_segments"]
    assert all(segment_id not in track["segments"] for track in res["speaker_tracks"].values())
    sim.error("delete_segment", 404, "segment_not_found", path=path)


def test_transcribe_restores_what_was_said(studio):
    """Transcribing a segment replaces an edited text with what its audio says."""
    sim, dub_id = studio
    segment_id, original = first_segment(sim, dub_id)
    sim.call(
        "update_segment",
        path={"dubbing_id": dub_id, "segment_id": segment_id, "language": "en"},
        body={"text": "Typo here."},
    )
    assert sim.call("transcribe_segments", path={"dubbing_id": dub_id}, body={"segments": [segment_id]}) == {
        "version": 2
    }
    assert sim.resource(dub_id)["speaker_segments"][segment_id]["text"] == original["text"]
    sim.error("transcribe_segments", 404, "segment_not_found", path={"dubbing_id": dub_id}, body={"segments": ["x"]})


def test_translate_follows_the_source_text_and_marks_audio_stale(studio):
    """Translating re-derives the target text from the source text and makes the audio stale."""
    sim, dub_id = studio
    segment_id, _ = first_segment(sim, dub_id)
    path = {"dubbing_id": dub_id}
    sim.call("update_segment", path={**path, "segment_id": segment_id, "language": "en"}, body={"text": "New line."})
    sim.call("translate_segments", path=path, body={"segments": [segment_id], "languages": None})
    es = sim.resource(dub_id)["speaker_segments"][segment_id]["dubs"]["es"]
    assert (es["text"], es["audio_stale"]) == ("[es] New line.", True)
    assert sim.invalid("translate_segments", path=path, body={"segments": [], "languages": ["es", "pt"]}) == [
        ("body", "languages", 1)
    ]


def test_dub_segments_refreshes_audio(studio):
    """Dubbing a stale segment gives it a new clip and clears audio_stale."""
    sim, dub_id = studio
    segment_id, before = first_segment(sim, dub_id)
    path = {"dubbing_id": dub_id}
    sim.call("update_segment", path={**path, "segment_id": segment_id, "language": "es"}, body={"text": "Otra."})
    sim.call("dub_segments", path=path, body={"segments": [segment_id], "languages": ["es"]})
    es = sim.resource(dub_id)["speaker_segments"][segment_id]["dubs"]["es"]
    assert (es["text"], es["audio_stale"]) == ("Otra.", False)
    assert es["media_ref"]["url"] != before["dubs"]["es"]["media_ref"]["url"]


def test_update_speaker_changes_voice_and_stales_its_segments(studio):
    """A new voice for a speaker applies to the given languages and makes that speaker's audio stale."""
    sim, dub_id = studio
    res = sim.resource(dub_id)
    speaker_id, track = next(iter(res["speaker_tracks"].items()))
    path = {"dubbing_id": dub_id, "speaker_id": speaker_id}
    voice = "21m00Tcm4TlvDq8ikWAM"
    assert sim.call("update_speaker", path=path, body={"voice_id": voice, "languages": ["es"]}) == {"version": 1}
    after = sim.resource(dub_id)
    assert after["speaker_tracks"][speaker_id]["voices"] == {"es": voice}
    stale = {sid for sid, seg in after["speaker_segments"].items() if seg["dubs"]["es"]["audio_stale"]}
    assert stale == set(track["segments"])
    sim.error("update_speaker", 404, "speaker_not_found", path={**path, "speaker_id": "ghost"}, body={})


def test_similar_voices_are_stable_and_playable(studio):
    """A speaker gets the same few library voices every time, each with a served preview."""
    sim, dub_id = studio
    speaker_id = next(iter(sim.resource(dub_id)["speaker_tracks"]))
    path = {"dubbing_id": dub_id, "speaker_id": speaker_id}
    voices = sim.call("find_similar_voices", path=path)["voices"]
    assert voices == sim.call("find_similar_voices", path=path)["voices"]
    assert len({voice["voice_id"] for voice in voices}) == 3
    for voice in voices:
        assert voice["category"] == "premade"
        assert sim.context.media.get(media_key(voice["preview_url"])).content_type == "audio/mpeg"
    sim.error("find_similar_voices", 404, "speaker_not_found", path={**path, "speaker_id": "ghost"})


# --- renders --------------------------------------------------------------------------------------


def test_render_processes_then_completes_with_a_file(studio):
    """A render is processing without a file, then complete with a served media reference."""
    sim, dub_id = studio
    reply = sim.call("render_dubbing", path={"dubbing_id": dub_id, "language": "es"}, body={"render_type": "mp4"})
    assert reply["version"] == 0
    render = sim.resource(dub_id)["renders"][reply["render_id"]]
    assert (render["status"], render["media_ref"], render["language"], render["type"]) == (
        "processing",
        None,
        "es",
        "mp4",
    )
    sim.finish()
    render = sim.resource(dub_id)["renders"][reply["render_id"]]
    assert render["status"] == "complete"
    assert render["media_ref"]["content_type"] == "video/mp4"
    assert sim.context.media.get(media_key(render["media_ref"]["url"])) is not None
    assert sim.section.counts()["renders"] == 1


def test_zip_renders_are_real_archives(studio):
    """tracks_zip renders are valid zip files holding one track per speaker."""
    sim, dub_id = studio
    reply = sim.call(
        "render_dubbing", path={"dubbing_id": dub_id, "language": "es"}, body={"render_type": "tracks_zip"}
    )
    sim.finish()
    res = sim.resource(dub_id)
    item = sim.context.media.get(media_key(res["renders"][reply["render_id"]]["media_ref"]["url"]))
    assert item.content_type == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(item.read())).namelist()
    assert len([name for name in names if name.startswith("Speaker")]) == len(res["speaker_tracks"])


def test_render_waits_for_the_dub_and_fails_with_it():
    """A render of a dub still processing completes no earlier than the dub, and fails if the dub fails."""
    sim = Harness()
    dub_id = sim.create(dubbing_studio=True, source_url="https://example.com/sim-fail.mp4")
    reply = sim.call("render_dubbing", path={"dubbing_id": dub_id, "language": "es"}, body={"render_type": "mp3"})
    sim.context.clock.advance(sim.context.config.job_seconds * 0.5)
    assert sim.resource(dub_id)["renders"][reply["render_id"]]["status"] == "processing"
    sim.finish()
    render = sim.resource(dub_id)["renders"][reply["render_id"]]
    assert (render["status"], render["media_ref"]) == ("failed", None)


def test_render_of_an_unknown_language_is_404(studio):
    """Rendering a language the dub is not in is a 404."""
    sim, dub_id = studio
    sim.error(
        "render_dubbing",
        404,
        "language_not_found",
        path={"dubbing_id": dub_id, "language": "it"},
        body={"render_type": "mp3"},
    )


# --- section lifecycle ----------------------------------------------------------------------------


def test_reset_forgets_everything(studio):
    """reset() drops every dub, its files and the counters."""
    sim, dub_id = studio
    key = media_key(sim.resource(dub_id)["input"]["url"])
    sim.section.reset()
    assert sim.section.counts() == {"dubs_created": 0, "dubs_deleted": 0, "renders": 0}
    assert sim.context.media.get(key) is None
    sim.error("get_dubbing", 404, "dubbing_not_found", path={"dubbing_id": dub_id})


def test_counts_count_every_dub_ever_created(sim: Harness):
    """dubs_created keeps counting after deletions (so duplicates are detectable)."""
    first = sim.create()
    sim.create()
    sim.call("delete_dubbing", path={"dubbing_id": first})
    assert sim.section.counts() == {"dubs_created": 2, "dubs_deleted": 1, "renders": 0}


def test_same_seed_same_run():
    """Two simulators with the same seed hand out the same IDs, timings and resources; another seed differs."""
    runs = []
    for seed in (7, 7, 8):
        sim = Harness(seed=seed)
        reply = sim.call("create_dubbing", body={"target_lang": "es", "source_url": VIDEO_URL, "dubbing_studio": True})
        runs.append((reply, sim.resource(reply["dubbing_id"])))
    assert runs[0] == runs[1]
    assert runs[0][0]["dubbing_id"] != runs[2][0]["dubbing_id"]


def test_handlers_cover_the_dubbing_operations(sim: Harness):
    """The section serves exactly the dubbing and dubbing-resource operations of the spec."""
    expected = {
        "create_dubbing",
        "list_dubs",
        "get_dubbing",
        "delete_dubbing",
        "get_dubbed_file",
        "get_dubbed_transcript",
        "get_dubbing_transcripts",
        "get_dubbing_resource",
        "create_speaker",
        "migrate_segments",
        "add_resource_language",
        "create_segment",
        "update_segment",
        "delete_segment",
        "transcribe_segments",
        "translate_segments",
        "dub_segments",
        "update_speaker",
        "find_similar_voices",
        "render_dubbing",
    }
    assert set(sim.handlers) == expected
    assert expected <= set(SPEC.by_id)


# --- end to end through the simulator's HTTP transport ----------------------------------------------


@pytest.fixture
def http():
    """An httpx client on a whole simulator (manual clock), and the simulator."""
    simulator_module = pytest.importorskip("dubkit.sim")
    httpx2 = pytest.importorskip("httpx2")
    sim = simulator_module.Simulator(manual_clock=True, providers=("elevenlabs",))
    with httpx2.Client(transport=sim.transport(), base_url="http://127.0.0.1", headers={"xi-api-key": KEY}) as client:
        yield client, sim


def form(**fields: str) -> dict[str, tuple[None, str]]:
    """Return form fields as multipart parts (httpx would send fields alone url-encoded)."""
    return {name: (None, value) for name, value in fields.items()}


def test_http_upload_dub_download_and_subtitles(http):
    """Over HTTP: upload a file, get 425 while dubbing, then download the dubbed audio and its subtitles."""
    client, sim = http
    created = client.post(
        "/v1/dubbing",
        data={"target_lang": "de", "source_lang": "en", "dubbing_studio": "true"},
        files={"file": ("lecture.mp3", _sample("audio/mpeg"), "audio/mpeg")},
    )
    assert created.status_code == 200, created.text
    dub_id = created.json()["dubbing_id"]
    early = client.get(f"/v1/dubbing/{dub_id}/audio/de")
    assert early.status_code == 425
    assert early.json()["detail"]["status"] == "dubbing_not_dubbed"
    sim.advance(created.json()["expected_duration_sec"] + 1)
    assert client.get(f"/v1/dubbing/{dub_id}").json()["status"] == "dubbed"
    audio = client.get(f"/v1/dubbing/{dub_id}/audio/de")
    assert audio.status_code == 200
    assert audio.headers["content-type"].startswith("audio/mpeg")
    assert audio.content == sim.media(f"el/dubs/{dub_id}/de.mp3").read()
    vtt = client.get(f"/v1/dubbing/{dub_id}/transcript/de", params={"format_type": "webvtt"})
    assert vtt.status_code == 200
    assert vtt.text.startswith("WEBVTT")
    added = client.post(f"/v1/dubbing/resource/{dub_id}/language", json={"language": "it"})
    assert (added.status_code, added.json()) == (201, {"version": 1})
    resource = client.get(f"/v1/dubbing/resource/{dub_id}").json()
    assert resource["target_languages"] == ["de", "it"]
    track = next(iter(resource["speaker_tracks"].values()))
    assert client.get(track["media_ref"]["url"]).status_code == 200
    assert sim.counts()["dubs_created"] == 1
    assert sim.violations() == []


def test_http_errors_use_the_elevenlabs_formats(http):
    """Over HTTP: rule violations are FastAPI-style 422s and unknown dubs are 404 detail objects."""
    client, sim = http
    invalid = client.post("/v1/dubbing", files=form(target_lang="xx", source_url=VIDEO_URL))
    assert invalid.status_code == 422
    assert ["body", "target_lang"] in [issue["loc"] for issue in invalid.json()["detail"]]
    missing = client.get("/v1/dubbing/unknown-dub")
    assert missing.status_code == 404
    assert missing.json()["detail"]["status"] == "dubbing_not_found"
    for _ in range(3):
        assert client.post("/v1/dubbing", files=form(target_lang="fr", source_url=VIDEO_URL)).status_code == 200
    page = client.get("/v1/dubbing", params={"page_size": 2}).json()
    assert (len(page["dubs"]), page["has_more"]) == (2, True)
    rest = client.get("/v1/dubbing", params={"page_size": 2, "cursor": page["next_cursor"]}).json()
    assert (len(rest["dubs"]), rest["has_more"], rest["next_cursor"]) == (1, False, None)
    assert client.get("/v1/dubbing", params={"cursor": "%%%"}).status_code == 422
    assert sim.violations() == []
