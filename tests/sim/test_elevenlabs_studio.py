"""The simulated ElevenLabs Studio: projects, chapters, conversions on the clock, snapshots and downloads."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from typing import Any

import httpx2
import pydantic
import pytest
from dubkit.sim import Simulator
from dubkit.sim._clock import SimClock
from dubkit.sim._ids import IdFactory
from dubkit.sim._media import MediaStore
from dubkit.sim._protocol import (
    MediaReply,
    SimConfig,
    SimContext,
    SimHTTPError,
    SimInvalidError,
    SimRequest,
    UploadedFile,
)
from dubkit.sim._spec import load_spec
from dubkit.sim.elevenlabs._studio import DEFAULT_VOICE_ID, StudioSection
from media_samples import probe, tolerance

SPEC = load_spec("elevenlabs")
OPERATIONS = [
    "get_project_muted_tracks",
    "list_projects",
    "create_project",
    "get_project",
    "update_project",
    "delete_project",
    "update_project_content",
    "convert_project",
    "list_project_snapshots",
    "get_project_snapshot",
    "stream_project_snapshot_audio",
    "stream_project_snapshot_archive",
    "list_chapters",
    "create_chapter",
    "get_chapter",
    "update_chapter",
    "delete_chapter",
    "convert_chapter",
    "list_chapter_snapshots",
    "get_chapter_snapshot",
    "stream_chapter_snapshot_audio",
    "update_pronunciation_dictionaries",
    "create_podcast",
]
CONTENT = [
    {
        "name": "Chapter A",
        "blocks": [
            {"sub_type": "h1", "nodes": [{"type": "tts_node", "voice_id": "v1", "text": "Opening"}]},
            {"sub_type": "p", "nodes": [{"type": "tts_node", "voice_id": "v2", "text": "It was a quiet morning."}]},
        ],
    },
    {
        "name": "Chapter B",
        "blocks": [
            {
                "nodes": [
                    {"type": "tts_node", "voice_id": "v1", "text": "Later, "},
                    {"type": "tts_node", "voice_id": "v2", "text": "rain."},
                ]
            }
        ],
    },
]
PODCAST = {
    "model_id": "eleven_multilingual_v2",
    "mode": {"type": "conversation", "conversation": {"host_voice_id": "hostvoice", "guest_voice_id": "guestvoice"}},
    "source": {"type": "text", "text": "Tides and the moon. More text follows."},
    "duration_scale": "short",
    "intro": "Welcome to the show.",
}
# Longer than any conversion can take: job_seconds (30) + 25 % jitter.
DONE = 40.0


def make_context(**config: Any) -> SimContext:
    return SimContext(
        config=SimConfig(manual_clock=True, **config), clock=SimClock(manual=True), ids=IdFactory(0), media=MediaStore()
    )


@pytest.fixture
def ctx() -> SimContext:
    return make_context()


@pytest.fixture
def studio(ctx: SimContext) -> StudioSection:
    return StudioSection(ctx)


def call(section: StudioSection, op_id: str, body: Any = None, files: Any = None, **path: str) -> Any:
    """Send a request straight to the section's handler, checking a JSON body against the spec first."""
    op = SPEC.by_id[op_id]
    if body is not None and op.body_media_type == "application/json":
        SPEC.validator(op.body_pointer).validate(body)
    request = SimRequest(
        operation=op, path=path, query={}, headers={}, body=body, files=files or {}, base_url="http://sim", api_key="k"
    )
    return section.handlers()[op_id](request)


def ok(section: StudioSection, op_id: str, body: Any = None, files: Any = None, **path: str) -> Any:
    """Send a request and return its JSON reply, validated against the documented success schema."""
    reply = call(section, op_id, body, files, **path)
    assert isinstance(reply, pydantic.BaseModel), reply
    op = SPEC.by_id[op_id]
    data = reply.model_dump(mode="json", by_alias=True, exclude_unset=True)
    SPEC.validator(op.response_pointer(op.success_status)).validate(data)
    return data


def create(section: StudioSection, **body: Any) -> dict[str, Any]:
    return ok(section, "create_project", {"name": "Book", **body})["project"]


def document(content: bytes = b"A novel", filename: str = "novel.epub") -> dict[str, list[UploadedFile]]:
    digest = hashlib.sha256(content).hexdigest()
    return {"from_document": [UploadedFile("from_document", filename, "application/epub+zip", len(content), digest)]}


def converted_project(section: StudioSection, ctx: SimContext) -> tuple[str, dict[str, Any]]:
    project_id = create(section, from_content_json=json.dumps(CONTENT), auto_convert=True)["project_id"]
    ctx.clock.advance(DONE)
    return project_id, ok(section, "list_project_snapshots", project_id=project_id)["snapshots"][0]


def test_handlers_cover_the_studio_operations(studio: StudioSection) -> None:
    """The section serves exactly the Studio operations, each of which the spec documents."""
    assert sorted(studio.handlers()) == sorted(OPERATIONS)
    assert all(op_id in SPEC.by_id for op_id in OPERATIONS)


def test_blank_project_gets_one_empty_chapter(studio: StudioSection) -> None:
    """A project created without content has one empty "Chapter 1" and nothing to download."""
    project = create(studio)
    assert project["state"] == "default"
    assert project["can_be_downloaded"] is False
    assert project["creation_meta"] == {"creation_progress": 1.0, "status": "finished", "type": "blank"}
    assert project["source_type"] == "blank"
    assert project["default_paragraph_voice_id"] == DEFAULT_VOICE_ID
    assert project["create_date_unix"] == 1767225600  # the manual clock's epoch, 2026-01-01
    full = ok(studio, "get_project", project_id=project["project_id"])
    assert [chapter["name"] for chapter in full["chapters"]] == ["Chapter 1"]
    assert full["chapters"][0]["statistics"] == {
        "characters_unconverted": 0,
        "characters_converted": 0,
        "paragraphs_converted": 0,
        "paragraphs_unconverted": 0,
    }
    assert full["quality_preset"] == "standard"
    assert ok(studio, "list_projects")["projects"][0]["project_id"] == project["project_id"]


def test_content_json_becomes_the_listed_chapters(studio: StudioSection) -> None:
    """from_content_json gives exactly its chapters, blocks and nodes, all unconverted."""
    project_id = create(studio, from_content_json=json.dumps(CONTENT))["project_id"]
    chapters = ok(studio, "list_chapters", project_id=project_id)["chapters"]
    assert [chapter["name"] for chapter in chapters] == ["Chapter A", "Chapter B"]
    assert chapters[0]["statistics"]["characters_unconverted"] == len("Opening") + len("It was a quiet morning.")
    assert chapters[0]["statistics"]["paragraphs_unconverted"] == 2
    second = ok(studio, "get_chapter", project_id=project_id, chapter_id=chapters[1]["chapter_id"])
    nodes = second["content"]["blocks"][0]["nodes"]
    assert nodes == [
        {"type": "tts_node", "project_voice_ref_id": "v1", "voice_id": "v1", "text": "Later, "},
        {"type": "tts_node", "project_voice_ref_id": "v2", "voice_id": "v2", "text": "rain."},
    ]


def test_document_content_is_seeded_by_the_file(studio: StudioSection) -> None:
    """The same document always gives the same chapters; another document gives other text."""
    first = ok(studio, "create_project", {"name": "A"}, document())["project"]
    again = ok(studio, "create_project", {"name": "B"}, document())["project"]
    other = ok(studio, "create_project", {"name": "C"}, document(b"Another book"))["project"]

    def texts(project_id: str) -> list[list[str]]:
        chapters = ok(studio, "get_project", project_id=project_id)["chapters"]
        found = []
        for chapter in chapters:
            content = ok(studio, "get_chapter", project_id=project_id, chapter_id=chapter["chapter_id"])["content"]
            found.append([node["text"] for block in content["blocks"] for node in block["nodes"]])
        return found

    assert first["source_type"] == "book"
    assert 1 <= len(texts(first["project_id"])) <= 3
    assert texts(first["project_id"]) == texts(again["project_id"])
    assert texts(first["project_id"]) != texts(other["project_id"])


def test_url_project_has_one_chapter_named_after_the_page(studio: StudioSection) -> None:
    """from_url gives one chapter with text, titled after the page's path."""
    project = create(studio, from_url="https://blog.example.com/the_first_ai_that_can_laugh/")
    chapters = ok(studio, "list_chapters", project_id=project["project_id"])["chapters"]
    assert project["source_type"] == "article"
    assert [chapter["name"] for chapter in chapters] == ["The first ai that can laugh"]
    assert chapters[0]["statistics"]["characters_unconverted"] > 0


@pytest.mark.parametrize(
    ("body", "files", "field"),
    [
        ({"from_url": "https://a.example/x", "from_content_json": json.dumps(CONTENT)}, None, "from_content_json"),
        ({"from_url": "https://a.example/x"}, document(), "from_document"),
        ({"from_url": "ftp://a.example/x"}, None, "from_url"),
        ({"from_content_json": "{not json"}, None, "from_content_json"),
        ({"from_content_json": "[]"}, None, "from_content_json"),
        (
            {"from_content_json": json.dumps([{"name": "X", "blocks": [{"nodes": [{"text": "t"}]}]}])},
            None,
            "from_content_json",
        ),
        ({"quality_preset": "platinum"}, None, "quality_preset"),
        ({"pronunciation_dictionary_locators": ["not json"]}, None, "pronunciation_dictionary_locators"),
        ({}, document(b""), "from_document"),
    ],
)
def test_create_project_rejects_invalid_input(studio: StudioSection, ctx: SimContext, body, files, field) -> None:
    """Schema-valid but unusable input is a 422 pointing at the field, and creates nothing."""
    with pytest.raises(SimInvalidError) as caught:
        call(studio, "create_project", {"name": "Bad", **body}, files)
    assert caught.value.issues[0].loc[:2] == ("body", field)
    assert studio.counts()["studio_projects_created"] == 0
    assert ctx.ids.token() == IdFactory(0).token()  # no ID was drawn


def test_project_conversion_runs_on_the_clock(studio: StudioSection, ctx: SimContext) -> None:
    """convert_project queues, converts, then leaves a project snapshot and one snapshot per chapter."""
    project_id = create(studio, from_content_json=json.dumps(CONTENT))["project_id"]
    assert ok(studio, "convert_project", project_id=project_id) == {"status": "ok"}
    queued = ok(studio, "get_project", project_id=project_id)
    assert queued["state"] == "in_queue"
    assert {chapter["conversion_progress"] for chapter in queued["chapters"]} == {0.0}

    ctx.clock.advance(20.0)  # past the queue (at most 3.75 s), before the end (at least 22.5 s)
    running = ok(studio, "get_project", project_id=project_id)
    assert running["state"] == "converting"
    assert all(chapter["state"] == "converting" for chapter in running["chapters"])
    assert all(0.0 < chapter["conversion_progress"] < 1.0 for chapter in running["chapters"])
    assert running["can_be_downloaded"] is False
    with pytest.raises(SimInvalidError, match="already being converted"):
        call(studio, "convert_project", project_id=project_id)

    ctx.clock.advance(DONE)
    done = ok(studio, "get_project", project_id=project_id)
    assert done["state"] == "default"
    assert done["can_be_downloaded"] is True
    assert done["last_conversion_date_unix"] is not None
    for chapter in done["chapters"]:
        assert chapter["state"] == "default"
        assert chapter["conversion_progress"] is None
        assert chapter["can_be_downloaded"] is True
        assert chapter["statistics"]["characters_unconverted"] == 0
        assert chapter["statistics"]["paragraphs_converted"] >= 1
        snapshots = ok(studio, "list_chapter_snapshots", project_id=project_id, chapter_id=chapter["chapter_id"])
        assert len(snapshots["snapshots"]) == 1
    snapshots = ok(studio, "list_project_snapshots", project_id=project_id)["snapshots"]
    assert len(snapshots) == 1
    assert snapshots[0]["created_at_unix"] == done["last_conversion_date_unix"]
    assert studio.counts() == {
        "studio_projects_created": 1,
        "chapters_created": 2,
        "conversions": 1,
        "project_snapshots_created": 1,
        "chapter_snapshots_created": 2,
    }


def test_counts_include_conversions_not_yet_seen(studio: StudioSection, ctx: SimContext) -> None:
    """counts() includes snapshots of conversions that ended unobserved, and never counts one twice."""
    create(studio, from_content_json=json.dumps(CONTENT), auto_convert=True)
    ok(studio, "create_podcast", PODCAST)
    ctx.clock.advance(2 * DONE)
    expected = {
        "studio_projects_created": 2,
        "chapters_created": 3,
        "conversions": 2,
        "project_snapshots_created": 2,
        "chapter_snapshots_created": 3,
    }
    assert studio.counts() == expected
    ok(studio, "list_projects")  # settles both projects
    assert studio.counts() == expected


def test_a_second_conversion_adds_a_newer_snapshot(studio: StudioSection, ctx: SimContext) -> None:
    """Converting again makes another snapshot, listed first."""
    project_id, first = converted_project(studio, ctx)
    ok(studio, "convert_project", project_id=project_id)
    ctx.clock.advance(DONE)
    snapshots = ok(studio, "list_project_snapshots", project_id=project_id)["snapshots"]
    assert len(snapshots) == 2
    assert snapshots[1]["project_snapshot_id"] == first["project_snapshot_id"]
    assert snapshots[0]["created_at_unix"] > first["created_at_unix"]


def test_project_snapshot_has_alignments_and_duration(studio: StudioSection, ctx: SimContext) -> None:
    """A project snapshot aligns every character read, and lasts characters / 15 seconds."""
    project_id, listed = converted_project(studio, ctx)
    snapshot = ok(
        studio, "get_project_snapshot", project_id=project_id, project_snapshot_id=listed["project_snapshot_id"]
    )
    read = "".join("".join(alignment["characters"]) for alignment in snapshot["character_alignments"])
    assert read == "OpeningIt was a quiet morning.Later, rain."
    assert snapshot["audio_duration_secs"] == pytest.approx(len(read) / 15, abs=0.01)
    last = snapshot["character_alignments"][-1]
    assert last["character_end_times_seconds"][-1] == pytest.approx(len(read) / 15, abs=0.01)
    assert snapshot["project_id"] == project_id


def test_project_snapshot_audio_streams(studio: StudioSection, ctx: SimContext) -> None:
    """Snapshot audio is an MP3 as long as the snapshot, for download; convert_to_mpeg is another rendition."""
    project_id, snapshot = converted_project(studio, ctx)
    ids = {"project_id": project_id, "project_snapshot_id": snapshot["project_snapshot_id"]}
    plain = call(studio, "stream_project_snapshot_audio", {}, **ids)
    mpeg = call(studio, "stream_project_snapshot_audio", {"convert_to_mpeg": True}, **ids)
    assert isinstance(plain, MediaReply)
    assert isinstance(mpeg, MediaReply)
    assert plain.item.content_type == "audio/mpeg"
    found = probe(plain.item.read())
    assert found.codecs == ("mp3float",)
    seconds = ok(studio, "get_project_snapshot", **ids)["audio_duration_secs"]
    assert abs(found.duration - seconds) <= tolerance(found)
    assert probe(mpeg.item.read()).duration == found.duration
    assert ctx.media.get(plain.item.key) is plain.item
    assert plain.item.key == f"el/studio/{project_id}/{snapshot['project_snapshot_id']}.mp3"
    assert plain.item.read() != mpeg.item.read()
    assert call(studio, "stream_project_snapshot_audio", None, **ids).item.read() == plain.item.read()


def test_archive_is_a_zip_of_the_chapters(studio: StudioSection, ctx: SimContext) -> None:
    """The archive is a real, stored zip holding each chapter's audio, named in chapter order."""
    project_id, snapshot = converted_project(studio, ctx)
    reply = call(
        studio,
        "stream_project_snapshot_archive",
        project_id=project_id,
        project_snapshot_id=snapshot["project_snapshot_id"],
    )
    assert isinstance(reply, MediaReply)
    assert reply.item.content_type == "application/x-zip"
    assert reply.item.size == len(reply.item.read())
    archive = zipfile.ZipFile(io.BytesIO(reply.item.read()))
    assert archive.namelist() == ["01 - Chapter A.mp3", "02 - Chapter B.mp3"]
    assert all(info.compress_type == zipfile.ZIP_STORED for info in archive.infolist())
    assert archive.testzip() is None
    chapter = ok(studio, "list_chapters", project_id=project_id)["chapters"][0]
    chapter_snapshot = ok(studio, "list_chapter_snapshots", project_id=project_id, chapter_id=chapter["chapter_id"])[
        "snapshots"
    ][0]
    audio = call(
        studio,
        "stream_chapter_snapshot_audio",
        project_id=project_id,
        chapter_id=chapter["chapter_id"],
        chapter_snapshot_id=chapter_snapshot["chapter_snapshot_id"],
    )
    member = archive.read("01 - Chapter A.mp3")
    assert audio.item.read() == member
    assert probe(member).codecs == ("mp3float",)


def test_archive_bytes_repeat_with_the_same_seed() -> None:
    """Two simulators with the same seed and requests serve byte-identical archives."""
    archives = []
    for _ in range(2):
        context = make_context()
        section = StudioSection(context)
        project_id, snapshot = converted_project(section, context)
        reply = call(
            section,
            "stream_project_snapshot_archive",
            project_id=project_id,
            project_snapshot_id=snapshot["project_snapshot_id"],
        )
        archives.append(reply.item.read())
    assert archives[0] == archives[1]
    assert probe(zipfile.ZipFile(io.BytesIO(archives[0])).read("02 - Chapter B.mp3")).codecs == ("mp3float",)


def test_polling_does_not_change_seeded_ids() -> None:
    """However often a client polls, a seeded run hands out the same snapshot IDs."""
    found = []
    for polls in (0, 7):
        context = make_context()
        section = StudioSection(context)
        project_id = create(section, from_content_json=json.dumps(CONTENT))["project_id"]
        ok(section, "convert_project", project_id=project_id)
        for _ in range(polls):
            context.clock.advance(5.0)
            ok(section, "get_project", project_id=project_id)
        context.clock.advance(DONE)
        create(section, name="Next")
        found.append((ok(section, "list_project_snapshots", project_id=project_id), ok(section, "list_projects")))
    assert found[0][0]["snapshots"][0]["project_snapshot_id"] == found[1][0]["snapshots"][0]["project_snapshot_id"]
    assert [p["project_id"] for p in found[0][1]["projects"]] == [p["project_id"] for p in found[1][1]["projects"]]


def test_snapshot_of_another_project_is_not_found(studio: StudioSection, ctx: SimContext) -> None:
    """A snapshot ID answers 404 under any project but its own, and under any chapter but its own."""
    project_id, snapshot = converted_project(studio, ctx)
    other = create(studio, name="Other")["project_id"]
    with pytest.raises(SimHTTPError) as caught:
        call(studio, "get_project_snapshot", project_id=other, project_snapshot_id=snapshot["project_snapshot_id"])
    assert caught.value.status == 404
    assert caught.value.code == "project_snapshot_not_found"
    chapters = ok(studio, "list_chapters", project_id=project_id)["chapters"]
    first = ok(studio, "list_chapter_snapshots", project_id=project_id, chapter_id=chapters[0]["chapter_id"])[
        "snapshots"
    ][0]
    with pytest.raises(SimHTTPError) as caught:
        call(
            studio,
            "get_chapter_snapshot",
            project_id=project_id,
            chapter_id=chapters[1]["chapter_id"],
            chapter_snapshot_id=first["chapter_snapshot_id"],
        )
    assert caught.value.status == 404


NOT_FOUND = [
    ("get_project", None, ("project_id",)),
    (
        "update_project",
        {"name": "n", "default_title_voice_id": "v", "default_paragraph_voice_id": "v"},
        ("project_id",),
    ),
    ("delete_project", None, ("project_id",)),
    ("update_project_content", {}, ("project_id",)),
    ("convert_project", None, ("project_id",)),
    ("list_project_snapshots", None, ("project_id",)),
    ("get_project_snapshot", None, ("project_id", "project_snapshot_id")),
    ("stream_project_snapshot_audio", {}, ("project_id", "project_snapshot_id")),
    ("stream_project_snapshot_archive", None, ("project_id", "project_snapshot_id")),
    ("list_chapters", None, ("project_id",)),
    ("create_chapter", {"name": "n"}, ("project_id",)),
    ("get_chapter", None, ("project_id", "chapter_id")),
    ("update_chapter", {}, ("project_id", "chapter_id")),
    ("delete_chapter", None, ("project_id", "chapter_id")),
    ("convert_chapter", None, ("project_id", "chapter_id")),
    ("list_chapter_snapshots", None, ("project_id", "chapter_id")),
    ("get_chapter_snapshot", None, ("project_id", "chapter_id", "chapter_snapshot_id")),
    ("stream_chapter_snapshot_audio", {}, ("project_id", "chapter_id", "chapter_snapshot_id")),
    ("update_pronunciation_dictionaries", {"pronunciation_dictionary_locators": []}, ("project_id",)),
]


@pytest.mark.parametrize(
    "case",
    [(*case, known) for case in NOT_FOUND for known in range(len(case[2]))],
    ids=lambda case: f"{case[0]}-{case[2][case[3]]}",
)
def test_unknown_ids_are_not_found(studio: StudioSection, ctx: SimContext, case) -> None:
    """Every ID in a path answers 404 when unknown, even when the IDs before it exist."""
    op_id, body, params, known = case
    project_id, _ = converted_project(studio, ctx)
    chapter_id = ok(studio, "list_chapters", project_id=project_id)["chapters"][0]["chapter_id"]
    real = {"project_id": project_id, "chapter_id": chapter_id}
    path = {name: real[name] if index < known else "nope0000000000000000" for index, name in enumerate(params)}
    with pytest.raises(SimHTTPError) as caught:
        call(studio, op_id, body, **path)
    assert caught.value.status == 404
    assert caught.value.code == f"{params[known].removesuffix('_id')}_not_found"


def test_chapter_crud(studio: StudioSection) -> None:
    """Chapters can be created (blank or from a URL), renamed, rewritten and deleted, down to none."""
    project_id = create(studio)["project_id"]
    blank = ok(studio, "create_chapter", {"name": "Intro"}, project_id=project_id)["chapter"]
    assert blank["content"] == {"blocks": []}
    web = ok(studio, "create_chapter", {"name": "Web", "from_url": "https://example.com/a"}, project_id=project_id)[
        "chapter"
    ]
    assert web["name"] == "Web"
    assert web["statistics"]["characters_unconverted"] > 0
    content = {"blocks": [{"sub_type": "p", "nodes": [{"type": "tts_node", "voice_id": "v", "text": "Hello there."}]}]}
    edited = ok(
        studio,
        "update_chapter",
        {"name": "Prologue", "content": content},
        project_id=project_id,
        chapter_id=blank["chapter_id"],
    )
    assert edited["chapter"]["name"] == "Prologue"
    assert edited["chapter"]["content"]["blocks"][0]["nodes"][0]["text"] == "Hello there."
    listed = [chapter["name"] for chapter in ok(studio, "list_chapters", project_id=project_id)["chapters"]]
    assert listed == ["Chapter 1", "Prologue", "Web"]
    for chapter in ok(studio, "list_chapters", project_id=project_id)["chapters"]:
        assert ok(studio, "delete_chapter", project_id=project_id, chapter_id=chapter["chapter_id"]) == {"status": "ok"}
    assert ok(studio, "get_project", project_id=project_id)["chapters"] == []
    with pytest.raises(SimInvalidError, match="no text"):
        call(studio, "convert_project", project_id=project_id)


def test_editing_a_converted_chapter_reconverts_only_changed_blocks(studio: StudioSection, ctx: SimContext) -> None:
    """A block sent back with its ID and text keeps its audio; a changed or new block is unconverted."""
    project_id, _ = converted_project(studio, ctx)
    chapter_id = ok(studio, "list_chapters", project_id=project_id)["chapters"][0]["chapter_id"]
    blocks = ok(studio, "get_chapter", project_id=project_id, chapter_id=chapter_id)["content"]["blocks"]
    kept, changed = blocks
    content = {
        "blocks": [
            {"block_id": kept["block_id"], "nodes": kept["nodes"]},
            {"block_id": changed["block_id"], "nodes": [{"type": "tts_node", "voice_id": "v2", "text": "New words."}]},
            {"nodes": [{"type": "tts_node", "voice_id": "v2", "text": "Added."}]},
        ]
    }
    chapter = ok(studio, "update_chapter", {"content": content}, project_id=project_id, chapter_id=chapter_id)[
        "chapter"
    ]
    assert [block["block_id"] for block in chapter["content"]["blocks"]][:2] == [kept["block_id"], changed["block_id"]]
    assert chapter["statistics"] == {
        "characters_unconverted": len("New words.") + len("Added."),
        "characters_converted": len("Opening"),
        "paragraphs_converted": 1,
        "paragraphs_unconverted": 2,
    }


def test_edits_during_a_conversion_stay_unconverted(studio: StudioSection, ctx: SimContext) -> None:
    """A conversion reads the text as it was when it started; a block edited meanwhile still needs converting."""
    project_id = create(studio, from_content_json=json.dumps(CONTENT))["project_id"]
    chapter_id = ok(studio, "list_chapters", project_id=project_id)["chapters"][0]["chapter_id"]
    ids = {"project_id": project_id, "chapter_id": chapter_id}
    ok(studio, "convert_chapter", **ids)
    heading, paragraph = ok(studio, "get_chapter", **ids)["content"]["blocks"]
    edited = [{"type": "tts_node", "voice_id": "v2", "text": "Rewritten."}]
    content = {"blocks": [heading, {"block_id": paragraph["block_id"], "nodes": edited}]}
    ok(studio, "update_chapter", {"content": content}, **ids)
    ctx.clock.advance(DONE)
    assert ok(studio, "get_chapter", **ids)["statistics"] == {
        "characters_unconverted": len("Rewritten."),
        "characters_converted": len("Opening"),
        "paragraphs_converted": 1,
        "paragraphs_unconverted": 1,
    }
    snapshot_id = ok(studio, "list_chapter_snapshots", **ids)["snapshots"][0]["chapter_snapshot_id"]
    snapshot = ok(studio, "get_chapter_snapshot", chapter_snapshot_id=snapshot_id, **ids)
    assert "".join(snapshot["character_alignments"][1]["characters"]) == "It was a quiet morning."


def test_chapter_conversion_makes_only_a_chapter_snapshot(studio: StudioSection, ctx: SimContext) -> None:
    """convert_chapter converts that chapter alone and adds no project snapshot."""
    project_id = create(studio, from_content_json=json.dumps(CONTENT))["project_id"]
    first, second = ok(studio, "list_chapters", project_id=project_id)["chapters"]
    ids = {"project_id": project_id, "chapter_id": first["chapter_id"]}
    assert ok(studio, "convert_chapter", **ids) == {"status": "ok"}
    ctx.clock.advance(1.0)
    chapter = ok(studio, "get_chapter", **ids)
    assert chapter["state"] == "converting"
    assert 0.0 < chapter["conversion_progress"] < 1.0
    assert ok(studio, "get_project", project_id=project_id)["state"] == "converting"
    assert ok(studio, "get_chapter", project_id=project_id, chapter_id=second["chapter_id"])["state"] == "default"
    with pytest.raises(SimInvalidError, match="already being converted"):
        call(studio, "convert_chapter", **ids)
    with pytest.raises(SimInvalidError, match="already being converted"):
        call(studio, "convert_project", project_id=project_id)
    with pytest.raises(SimInvalidError, match="being converted"):
        call(studio, "delete_chapter", **ids)
    ctx.clock.advance(DONE)
    snapshots = ok(studio, "list_chapter_snapshots", **ids)["snapshots"]
    assert len(snapshots) == 1
    snapshot = ok(studio, "get_chapter_snapshot", chapter_snapshot_id=snapshots[0]["chapter_snapshot_id"], **ids)
    assert (
        "".join(a for alignment in snapshot["character_alignments"] for a in alignment["characters"])
        == "OpeningIt was a quiet morning."
    )
    assert ok(studio, "list_project_snapshots", project_id=project_id) == {"snapshots": []}
    project = ok(studio, "get_project", project_id=project_id)
    assert project["can_be_downloaded"] is False
    assert [chapter["can_be_downloaded"] for chapter in project["chapters"]] == [True, False]


def test_an_empty_chapter_cannot_be_converted(studio: StudioSection) -> None:
    """convert_chapter on a chapter without text is a 422."""
    project_id = create(studio)["project_id"]
    chapter_id = ok(studio, "list_chapters", project_id=project_id)["chapters"][0]["chapter_id"]
    with pytest.raises(SimInvalidError, match="no text"):
        call(studio, "convert_chapter", project_id=project_id, chapter_id=chapter_id)


def test_failed_conversion_leaves_an_error_and_no_snapshot() -> None:
    """With failure_rate 1 a conversion ends with last_conversion_error and nothing to download."""
    context = make_context(failure_rate=1.0)
    section = StudioSection(context)
    project_id = create(section, from_content_json=json.dumps(CONTENT), auto_convert=True)["project_id"]
    context.clock.advance(DONE)
    project = ok(section, "get_project", project_id=project_id)
    assert project["state"] == "default"
    assert project["can_be_downloaded"] is False
    assert all("failed" in chapter["last_conversion_error"] for chapter in project["chapters"])
    assert ok(section, "list_project_snapshots", project_id=project_id) == {"snapshots": []}


def test_update_project_changes_settings(studio: StudioSection) -> None:
    """update_project renames the project and sets voices and metadata."""
    project_id = create(studio, author="Anon")["project_id"]
    body = {
        "name": "Renamed",
        "default_title_voice_id": "t1",
        "default_paragraph_voice_id": "p1",
        "title": "T",
        "volume_normalization": True,
    }
    project = ok(studio, "update_project", body, project_id=project_id)["project"]
    assert (project["name"], project["default_title_voice_id"], project["default_paragraph_voice_id"]) == (
        "Renamed",
        "t1",
        "p1",
    )
    assert (project["title"], project["author"], project["volume_normalization"]) == ("T", "Anon", True)


def test_update_project_content_replaces_the_chapters(studio: StudioSection, ctx: SimContext) -> None:
    """New content replaces every chapter; it is refused while the project converts, and can auto-convert."""
    project = create(studio)
    project_id = project["project_id"]
    old = ok(studio, "list_chapters", project_id=project_id)["chapters"][0]["chapter_id"]
    ok(
        studio,
        "update_project_content",
        {"from_content_json": json.dumps(CONTENT), "auto_convert": True},
        project_id=project_id,
    )
    chapters = ok(studio, "list_chapters", project_id=project_id)["chapters"]
    assert [chapter["name"] for chapter in chapters] == ["Chapter A", "Chapter B"]
    assert old not in {chapter["chapter_id"] for chapter in chapters}
    assert ok(studio, "get_project", project_id=project_id)["state"] == "in_queue"
    with pytest.raises(SimInvalidError, match="being converted"):
        call(studio, "update_project_content", {}, project_id=project_id)
    ctx.clock.advance(DONE)
    ok(studio, "update_project_content", {}, project_id=project_id)
    assert [chapter["name"] for chapter in ok(studio, "list_chapters", project_id=project_id)["chapters"]] == [
        "Chapter 1"
    ]
    assert len(ok(studio, "list_project_snapshots", project_id=project_id)["snapshots"]) == 1


def test_pronunciation_dictionaries_are_kept_on_the_project(studio: StudioSection, ctx: SimContext) -> None:
    """Locators given at creation or later show in get_project; changing them marks text for reconversion."""
    locator = json.dumps({"pronunciation_dictionary_id": "dictA", "version_id": "ver1"})
    project_id = create(
        studio, from_content_json=json.dumps(CONTENT), pronunciation_dictionary_locators=[locator], auto_convert=True
    )["project_id"]
    ctx.clock.advance(DONE)
    project = ok(studio, "get_project", project_id=project_id)
    assert project["pronunciation_dictionary_locators"] == [
        {"pronunciation_dictionary_id": "dictA", "version_id": "ver1"}
    ]
    assert project["pronunciation_dictionary_versions"][0]["version_id"] == "ver1"
    assert project["chapters"][0]["statistics"]["characters_unconverted"] == 0

    body = {"pronunciation_dictionary_locators": [{"pronunciation_dictionary_id": "dictB", "version_id": None}]}
    assert ok(studio, "update_pronunciation_dictionaries", body, project_id=project_id) == {"status": "ok"}
    project = ok(studio, "get_project", project_id=project_id)
    assert project["pronunciation_dictionary_locators"] == [
        {"pronunciation_dictionary_id": "dictB", "version_id": None}
    ]
    version = project["pronunciation_dictionary_versions"][0]
    assert version["pronunciation_dictionary_id"] == "dictB"
    assert len(version["version_id"]) == 20  # the latest version, resolved
    assert project["chapters"][0]["statistics"]["characters_converted"] == 0


def test_pronunciation_update_can_keep_text_converted(studio: StudioSection, ctx: SimContext) -> None:
    """invalidate_affected_text=false changes the dictionaries without touching conversion state."""
    project_id, _ = converted_project(studio, ctx)
    body = {
        "pronunciation_dictionary_locators": [{"pronunciation_dictionary_id": "d", "version_id": "v"}],
        "invalidate_affected_text": False,
    }
    ok(studio, "update_pronunciation_dictionaries", body, project_id=project_id)
    chapters = ok(studio, "list_chapters", project_id=project_id)["chapters"]
    assert all(chapter["statistics"]["characters_unconverted"] == 0 for chapter in chapters)


def test_delete_project_forgets_it_and_its_files(studio: StudioSection, ctx: SimContext) -> None:
    """A deleted project answers 404 and its downloads are gone from the media store."""
    project_id, snapshot = converted_project(studio, ctx)
    item = call(
        studio,
        "stream_project_snapshot_audio",
        {},
        project_id=project_id,
        project_snapshot_id=snapshot["project_snapshot_id"],
    ).item
    assert ok(studio, "delete_project", project_id=project_id) == {"status": "ok"}
    assert ctx.media.get(item.key) is None
    with pytest.raises(SimHTTPError):
        call(studio, "get_project", project_id=project_id)
    assert ok(studio, "list_projects") == {"projects": []}


def test_podcast_is_created_then_converted(studio: StudioSection, ctx: SimContext) -> None:
    """A podcast project is "creating" for a while, then converts on its own and can be downloaded."""
    project = ok(studio, "create_podcast", PODCAST)["project"]
    project_id = project["project_id"]
    assert project["state"] == "creating"
    assert project["source_type"] == "genfm"
    assert project["creation_meta"] == {"creation_progress": 0.0, "status": "pending", "type": "generate_podcast"}
    assert project["default_paragraph_voice_id"] == "hostvoice"
    assert ok(studio, "list_chapters", project_id=project_id) == {"chapters": []}
    with pytest.raises(SimInvalidError, match="still being created"):
        call(studio, "convert_project", project_id=project_id)
    with pytest.raises(SimInvalidError, match="still being created"):
        call(studio, "create_chapter", {"name": "x"}, project_id=project_id)

    ctx.clock.advance(10.0)
    meta = ok(studio, "get_project", project_id=project_id)["creation_meta"]
    assert meta["status"] == "creating"
    assert 0.0 < meta["creation_progress"] < 1.0

    ctx.clock.advance(DONE)
    converting = ok(studio, "get_project", project_id=project_id)
    assert converting["state"] in {"in_queue", "converting"}
    assert converting["creation_meta"]["status"] == "finished"
    chapter = ok(studio, "get_chapter", project_id=project_id, chapter_id=converting["chapters"][0]["chapter_id"])
    voices = [node["voice_id"] for block in chapter["content"]["blocks"] for node in block["nodes"]]
    assert set(voices) == {"hostvoice", "guestvoice"}
    assert chapter["content"]["blocks"][0]["nodes"][0]["text"] == "Welcome to the show."

    ctx.clock.advance(DONE)
    done = ok(studio, "get_project", project_id=project_id)
    assert done["state"] == "default"
    assert done["can_be_downloaded"] is True


def test_podcast_rejects_a_non_http_source(studio: StudioSection) -> None:
    """A URL source must be an http(s) URL."""
    body = {**PODCAST, "source": [{"type": "url", "url": "file:///etc/passwd"}]}
    with pytest.raises(SimInvalidError) as caught:
        call(studio, "create_podcast", body)
    assert caught.value.issues[0].loc == ("body", "source", 0, "url")


def test_same_seed_gives_the_same_ids() -> None:
    """Two sections on the same seed answer the same requests with identical JSON."""
    replies = []
    for _ in range(2):
        context = make_context()
        section = StudioSection(context)
        project_id, _ = converted_project(section, context)
        replies.append(ok(section, "get_project", project_id=project_id))
    assert replies[0] == replies[1]


def test_reset_forgets_everything(studio: StudioSection, ctx: SimContext) -> None:
    """reset() drops projects, files and counters."""
    project_id, snapshot = converted_project(studio, ctx)
    item = call(
        studio,
        "stream_project_snapshot_audio",
        {},
        project_id=project_id,
        project_snapshot_id=snapshot["project_snapshot_id"],
    ).item
    studio.reset()
    assert ok(studio, "list_projects") == {"projects": []}
    assert ctx.media.get(item.key) is None
    assert set(studio.counts().values()) == {0}


class TestThroughTheSimulator:
    """End to end: the Studio section behind the dispatcher, reached with httpx."""

    @pytest.fixture
    def http(self):
        sim = Simulator(manual_clock=True, media_size=2048)
        with httpx2.Client(
            transport=sim.transport(), base_url="http://127.0.0.1", headers={"xi-api-key": "k"}
        ) as client:
            yield sim, client

    def test_document_project_to_archive(self, http) -> None:
        """Upload a document, convert, wait on the clock, and download a zip of its chapters."""
        sim, client = http
        created = client.post(
            "/v1/studio/projects",
            data={"name": "Novel", "auto_convert": "true"},
            files={"from_document": ("novel.txt", b"Once upon a time.", "text/plain")},
        )
        assert created.status_code == 200, created.text
        project_id = created.json()["project"]["project_id"]
        assert created.json()["project"]["state"] == "in_queue"
        sim.advance(DONE)
        project = client.get(f"/v1/studio/projects/{project_id}").json()
        assert project["state"] == "default"
        snapshot_id = client.get(f"/v1/studio/projects/{project_id}/snapshots").json()["snapshots"][0][
            "project_snapshot_id"
        ]
        archive = client.post(f"/v1/studio/projects/{project_id}/snapshots/{snapshot_id}/archive")
        assert archive.status_code == 200
        assert archive.headers["content-type"].startswith("application/x-zip")
        names = zipfile.ZipFile(io.BytesIO(archive.content)).namelist()
        assert names == [f"{i:02d} - {chapter['name']}.mp3" for i, chapter in enumerate(project["chapters"], start=1)]
        audio = client.post(
            f"/v1/studio/projects/{project_id}/snapshots/{snapshot_id}/stream", json={"convert_to_mpeg": False}
        )
        assert audio.status_code == 200
        seconds = client.get(f"/v1/studio/projects/{project_id}/snapshots/{snapshot_id}").json()["audio_duration_secs"]
        found = probe(audio.content)
        assert found.codecs == ("mp3float",)
        assert abs(found.duration - seconds) <= tolerance(found)
        assert sim.violations() == []

    def test_errors_use_the_elevenlabs_formats(self, http) -> None:
        """Unknown IDs are 404 with detail.status; a rule broken is a 422 with a detail list."""
        _, client = http
        missing = client.get("/v1/studio/projects/unknown00000000000000")
        assert missing.status_code == 404
        assert missing.json()["detail"]["status"] == "project_not_found"
        project_id = client.post("/v1/studio/projects", files={"name": (None, "Empty")}).json()["project"]["project_id"]
        refused = client.post(f"/v1/studio/projects/{project_id}/convert")
        assert refused.status_code == 422
        assert refused.json()["detail"][0]["loc"] == ["path", "project_id"]

    def test_every_operation_answers_within_the_spec(self, http) -> None:
        """A walk through all 23 Studio operations succeeds, and every response matches the spec."""
        sim, client = http
        base = "/v1/studio/projects"
        form = {
            "name": (None, "Walk"),
            "from_content_json": (None, json.dumps(CONTENT)),
            "genres": (None, "fantasy"),
            "pronunciation_dictionary_locators": (
                None,
                json.dumps({"pronunciation_dictionary_id": "d", "version_id": None}),
            ),
        }
        project = client.post(base, files=form).json()["project"]
        assert project["genres"] == ["fantasy"]
        pid = project["project_id"]
        assert client.get(base).json()["projects"][0]["project_id"] == pid
        assert client.get(f"{base}/{pid}/muted-tracks").json() == {"chapter_ids": []}
        assert client.post(f"{base}/{pid}/convert").json() == {"status": "ok"}
        sim.advance(DONE)
        snap = client.get(f"{base}/{pid}/snapshots").json()["snapshots"][0]["project_snapshot_id"]
        assert client.get(f"{base}/{pid}/snapshots/{snap}").json()["project_snapshot_id"] == snap
        assert client.post(f"{base}/{pid}/snapshots/{snap}/stream", json={"convert_to_mpeg": True}).status_code == 200
        assert client.post(f"{base}/{pid}/snapshots/{snap}/archive").status_code == 200
        chapter = client.get(f"{base}/{pid}/chapters").json()["chapters"][0]["chapter_id"]
        cbase = f"{base}/{pid}/chapters/{chapter}"
        assert client.get(cbase).json()["chapter_id"] == chapter
        csnap = client.get(f"{cbase}/snapshots").json()["snapshots"][0]["chapter_snapshot_id"]
        assert client.get(f"{cbase}/snapshots/{csnap}").json()["chapter_id"] == chapter
        assert client.post(f"{cbase}/snapshots/{csnap}/stream").status_code == 200
        assert client.post(cbase, json={"name": "Renamed"}).json()["chapter"]["name"] == "Renamed"
        assert client.post(f"{cbase}/convert").json() == {"status": "ok"}
        added = client.post(f"{base}/{pid}/chapters", json={"name": "Extra"}).json()["chapter"]["chapter_id"]
        assert client.delete(f"{base}/{pid}/chapters/{added}").json() == {"status": "ok"}
        voices = {"name": "W2", "default_title_voice_id": "a", "default_paragraph_voice_id": "b"}
        assert client.post(f"{base}/{pid}", json=voices).json()["project"]["name"] == "W2"
        locators = {"pronunciation_dictionary_locators": [{"pronunciation_dictionary_id": "q", "version_id": "r"}]}
        assert client.post(f"{base}/{pid}/pronunciation-dictionaries", json=locators).json() == {"status": "ok"}
        versions = client.get(f"{base}/{pid}").json()["pronunciation_dictionary_versions"]
        assert [(v["pronunciation_dictionary_id"], v["version_id"]) for v in versions] == [("q", "r")]
        sim.advance(DONE)
        document = {"from_document": ("a.pdf", b"%PDF-1.4", "application/pdf")}
        assert client.post(f"{base}/{pid}/content", files=document).status_code == 200
        podcast = client.post("/v1/studio/podcasts", json=PODCAST).json()["project"]
        assert podcast["state"] == "creating"
        assert client.delete(f"{base}/{pid}").json() == {"status": "ok"}
        statuses = {record.operation: record.status for record in sim.requests()}
        assert sorted(statuses) == sorted(OPERATIONS)
        assert set(statuses.values()) == {200}
        assert sim.violations() == []
