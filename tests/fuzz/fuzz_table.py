"""Every operation of both specs, reached through the overlay: how to call it and what its answer must be.

One entry per operationId (``test_fuzz_parsing.py`` checks that none is missing). ``call`` takes a
client, sync or async (the twins share their signatures, so one lambda serves both), and returns
what the overlay method returns. ``view`` turns that result back into the JSON it stands for, which
must equal the served body, or its ``member`` for methods that hand back a part (a list's items, a
validation's verdict). ``model`` is the generated class of the whole success body: every body must
also round-trip through it. Also here: the clients on a ``MockServer``, and running a call through
the sync or the async twin.
"""

from __future__ import annotations

import asyncio
import inspect
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import dubkit
import httpx2
from dubkit._pagination import AsyncPager, Page, SyncPager
from dubkit.dubformer.types import RetranslationCheck
from dubkit_dubformer import models as df
from dubkit_elevenlabs import models as el
from fuzz_support import BASE_URLS, KEY, MockServer, ResponseCase, differences

Kind = Literal["json", "binary", "text", "none"]
Client = Any


def _to_dict(result: Any) -> Any:
    return result.to_dict()


def _each_to_dict(result: Any) -> Any:
    return [item.to_dict() for item in result]


@dataclass(frozen=True)
class Operation:
    """How to reach one operation through the overlay, and what its success answer must become."""

    provider: str
    operation_id: str
    kind: Kind
    call: Callable[[Client, Path], Any]
    """Call the overlay method (the ``Path`` is a scratch directory for downloads)."""
    model: type | None = None
    """The generated model of the whole 200/201 body (``json`` only)."""
    result_type: type | None = None
    """The type of what the overlay returns (or of each item, for lists and pages)."""
    many: bool = False
    """The overlay returns a list (or a page) of ``result_type``."""
    view: Callable[[Any], Any] = _to_dict
    """The JSON the overlay's result stands for."""
    member: str | None = None
    """The member of the served body that ``view`` must equal (``None``: the whole body)."""
    extra_checks: tuple[Callable[[Any, Any], None], ...] = field(default=())
    """More assertions on (result, body)."""

    @property
    def id(self) -> str:
        """``provider.operation_id``."""
        return f"{self.provider}.{self.operation_id}"


def _whole(provider: str, operation_id: str, call: Callable[[Client, Path], Any], model: type) -> Operation:
    return Operation(provider, operation_id, "json", call, model=model, result_type=model)


def _listed(
    provider: str, operation_id: str, call: Callable[[Client, Path], Any], model: type, *, member: str, item: type
) -> Operation:
    return Operation(
        provider, operation_id, "json", call, model=model, result_type=item, many=True,
        view=_each_to_dict, member=member,
    )  # fmt: skip


def _page_checks(result: Page[Any], body: Any) -> None:
    cursor = body.get("next_cursor")
    assert result.next_cursor == (cursor if isinstance(cursor, str) else None)
    assert result.has_more is body["has_more"]


def _cursor_page_checks(result: Page[Any], body: Any) -> None:
    """The Dubbing Project API's pages say no ``has_more``: there is more exactly when a cursor is given."""
    cursor = body.get("next_cursor")
    assert result.next_cursor == (cursor if isinstance(cursor, str) else None)
    assert result.has_more is isinstance(cursor, str)


def _paged(
    provider: str,
    operation_id: str,
    call: Callable[[Client, Path], Any],
    model: type,
    *,
    member: str,
    item: type,
    checks: tuple[Callable[[Any, Any], None], ...] | None = None,
) -> Operation:
    if checks is None:
        checks = (_page_checks,) if provider == "elevenlabs" else ()
    return Operation(
        provider, operation_id, "json", call, model=model, result_type=item, many=True,
        view=lambda page: [entry.to_dict() for entry in page.items], member=member, extra_checks=checks,
    )  # fmt: skip


def _no_body(provider: str, operation_id: str, call: Callable[[Client, Path], Any]) -> Operation:
    """An operation whose success (204) has no body: the overlay returns ``None``."""
    return Operation(provider, operation_id, "none", call)


def _binary(provider: str, operation_id: str, call: Callable[[Client, Path], Any]) -> Operation:
    return Operation(provider, operation_id, "binary", call)


LOCATOR = {"pronunciation_dictionary_id": "dict1", "version_id": "v1"}
PODCAST_MODE = {"type": "bulletin", "bulletin": {"host_voice_id": "voice1"}}
SCRIPT = [{"start_ms": 0, "end_ms": 1000, "text": "Bonjour", "speaker_id": 1}]
SPEAKERS = [{"speaker_id": 1, "voice_key": "voice:Key", "style": "feminine"}]
DUB_URL = "https://example.com/talk.mp4"

EL = "elevenlabs"
DF = "dubformer"

OPERATIONS: tuple[Operation, ...] = (
    # ElevenLabs Studio
    _whole(EL, "create_podcast", lambda c, _: c.studio.create_podcast(
        model_id="eleven_multilingual_v2", mode=PODCAST_MODE, source={"type": "text", "text": "Tides."}
    ), el.PodcastProjectResponseModel),
    _listed(EL, "list_projects", lambda c, _: c.studio.projects.list(), el.GetProjectsResponseModel,
            member="projects", item=el.ProjectResponseModel),
    _whole(EL, "create_project", lambda c, _: c.studio.projects.create(name="Book"), el.AddProjectResponseModel),
    _whole(EL, "update_project", lambda c, _: c.studio.projects.update(
        "x1", name="Book", default_title_voice_id="v1", default_paragraph_voice_id="v2"
    ), el.EditProjectResponseModel),
    _whole(EL, "get_project", lambda c, _: c.studio.projects.get("x1"), el.ProjectExtendedResponseModel),
    _whole(EL, "delete_project", lambda c, _: c.studio.projects.delete("x1"), el.DeleteProjectResponseModel),
    _whole(EL, "update_project_content", lambda c, _: c.studio.projects.content.update("x1"),
           el.EditProjectResponseModel),
    _whole(EL, "convert_project", lambda c, _: c.studio.projects.convert("x1"), el.ConvertProjectResponseModel),
    _listed(EL, "list_project_snapshots", lambda c, _: c.studio.projects.snapshots.list("x1"),
            el.ProjectSnapshotsResponseModel, member="snapshots", item=el.ProjectSnapshotResponseModel),
    _whole(EL, "get_project_snapshot", lambda c, _: c.studio.projects.snapshots.get("x1", "s1"),
           el.ProjectSnapshotExtendedResponseModel),
    _binary(EL, "stream_project_snapshot_audio",
            lambda c, tmp: c.studio.projects.snapshots.download("x1", "s1", tmp / "snapshot.mp3")),
    _binary(EL, "stream_project_snapshot_archive",
            lambda c, tmp: c.studio.projects.snapshots.download_archive("x1", "s1", tmp / "snapshot.zip")),
    _listed(EL, "list_chapters", lambda c, _: c.studio.projects.chapters.list("x1"), el.GetChaptersResponseModel,
            member="chapters", item=el.ChapterResponseModel),
    _whole(EL, "create_chapter", lambda c, _: c.studio.projects.chapters.create("x1", name="One"),
           el.AddChapterResponseModel),
    _whole(EL, "get_chapter", lambda c, _: c.studio.projects.chapters.get("x1", "c1"),
           el.ChapterWithContentResponseModel),
    _whole(EL, "update_chapter", lambda c, _: c.studio.projects.chapters.update("x1", "c1", name="Two"),
           el.EditChapterResponseModel),
    _whole(EL, "delete_chapter", lambda c, _: c.studio.projects.chapters.delete("x1", "c1"),
           el.DeleteChapterResponseModel),
    _whole(EL, "convert_chapter", lambda c, _: c.studio.projects.chapters.convert("x1", "c1"),
           el.ConvertChapterResponseModel),
    _listed(EL, "list_chapter_snapshots", lambda c, _: c.studio.projects.chapters.snapshots.list("x1", "c1"),
            el.ChapterSnapshotsResponseModel, member="snapshots", item=el.ChapterSnapshotResponseModel),
    _whole(EL, "get_chapter_snapshot", lambda c, _: c.studio.projects.chapters.snapshots.get("x1", "c1", "s1"),
           el.ChapterSnapshotExtendedResponseModel),
    _binary(EL, "stream_chapter_snapshot_audio",
            lambda c, tmp: c.studio.projects.chapters.snapshots.download("x1", "c1", "s1", tmp / "chapter.mp3")),
    _whole(EL, "update_pronunciation_dictionaries", lambda c, _: c.studio.projects.pronunciation_dictionaries.create(
        "x1", pronunciation_dictionary_locators=[LOCATOR]
    ), el.CreatePronunciationDictionaryResponseModel),
    _whole(EL, "get_project_muted_tracks", lambda c, _: c.studio.projects.get_muted_tracks("x1"),
           el.ProjectMutedTracksResponseModel),
    # ElevenLabs Dubbing Studio resource
    _whole(EL, "get_dubbing_resource", lambda c, _: c.dubbing.resource.get("x1"), el.DubbingResource),
    _whole(EL, "add_resource_language", lambda c, _: c.dubbing.resource.language.add("x1", language="de"),
           el.LanguageAddedResponse),
    _whole(EL, "create_segment", lambda c, _: c.dubbing.resource.speaker.segment.create(
        "x1", "sp1", start_time=0.5, end_time=1.5
    ), el.SegmentCreateResponse),
    _whole(EL, "update_segment", lambda c, _: c.dubbing.resource.segment.update("x1", "seg1", "es", text="Hola"),
           el.SegmentUpdateResponse),
    _whole(EL, "delete_segment", lambda c, _: c.dubbing.resource.segment.delete("x1", "seg1"),
           el.SegmentDeleteResponse),
    _whole(EL, "transcribe_segments", lambda c, _: c.dubbing.resource.transcribe("x1", segments=["seg1"]),
           el.SegmentTranscriptionResponse),
    _whole(EL, "translate_segments", lambda c, _: c.dubbing.resource.translate("x1", segments=["seg1"]),
           el.SegmentTranslationResponse),
    _whole(EL, "dub_segments", lambda c, _: c.dubbing.resource.dub("x1", segments=["seg1"]), el.SegmentDubResponse),
    _whole(EL, "update_speaker", lambda c, _: c.dubbing.resource.speaker.update("x1", "sp1", voice_id="v1"),
           el.SpeakerUpdatedResponse),
    _whole(EL, "find_similar_voices", lambda c, _: c.dubbing.resource.speaker.find_similar_voices("x1", "sp1"),
           el.SimilarVoicesForSpeakerResponse),
    _whole(EL, "render_dubbing", lambda c, _: c.dubbing.resource.render("x1", "es", render_type="mp4"),
           el.DubbingRenderResponseModel),
    _whole(EL, "create_speaker", lambda c, _: c.dubbing.resource.speaker.create("x1", speaker_name="Ana"),
           el.SpeakerCreatedResponse),
    _whole(EL, "migrate_segments", lambda c, _: c.dubbing.resource.migrate_segments(
        "x1", segment_ids=["seg1"], speaker_id="sp1"
    ), el.SegmentMigrationResponse),
    # ElevenLabs Dubbing Project API
    _paged(EL, "list_dubbing_projects", lambda c, _: c.dubbing.project.list(), el.DubbingProjectListResponse,
           member="projects", item=el.DubbingProjectResponse, checks=(_cursor_page_checks,)),
    _whole(EL, "create_dubbing_project", lambda c, _: c.dubbing.project.create(source_url=DUB_URL),
           el.DubbingProjectResponse),
    _whole(EL, "get_dubbing_project", lambda c, _: c.dubbing.project.get("x1"), el.DubbingProjectResponse),
    _no_body(EL, "delete_dubbing_project", lambda c, _: c.dubbing.project.delete("x1")),
    _paged(EL, "list_dubbing_languages", lambda c, _: c.dubbing.project.language.list("x1"),
           el.DubbingLanguageListResponse, member="languages", item=el.DubbingLanguageResponse,
           checks=(_cursor_page_checks,)),
    _whole(EL, "create_dubbing_language", lambda c, _: c.dubbing.project.language.create("x1", target_language="fr"),
           el.DubbingLanguageResponse),
    _whole(EL, "get_dubbing_language", lambda c, _: c.dubbing.project.language.get("x1", "l1"),
           el.DubbingLanguageResponse),
    _no_body(EL, "delete_dubbing_language", lambda c, _: c.dubbing.project.language.delete("x1", "l1")),
    _whole(EL, "get_source_transcript", lambda c, _: c.dubbing.project.transcript.get("x1"),
           el.DubbingSourceTranscriptResponse),
    _whole(EL, "create_source_segment", lambda c, _: c.dubbing.project.transcript.create_segment(
        "x1", text="Hi", speaker_id="sp1", start_s=0.0, end_s=1.0
    ), el.DubbingSourceSegmentUpdateResponse),
    _whole(EL, "update_source_segment", lambda c, _: c.dubbing.project.transcript.update_segment(
        "x1", "seg1", text="Hi"
    ), el.DubbingSourceSegmentUpdateResponse),
    _whole(EL, "update_source_segments", lambda c, _: c.dubbing.project.transcript.update_segments(
        "x1", {"seg1": {"text": "Hi"}}
    ), el.DubbingBulkSourceSegmentUpdateResponse),
    _whole(EL, "delete_source_segment", lambda c, _: c.dubbing.project.transcript.delete_segment("x1", "seg1"),
           el.DubbingTranscriptRevisionResponse),
    _whole(EL, "get_target_transcript", lambda c, _: c.dubbing.project.language.transcript.get("x1", "l1"),
           el.DubbingTargetTranscriptResponse),
    _whole(EL, "update_target_segment", lambda c, _: c.dubbing.project.language.transcript.update_segment(
        "x1", "l1", "seg1", translation="Hola"
    ), el.DubbingTargetSegmentUpdateResponse),
    _whole(EL, "update_target_segments", lambda c, _: c.dubbing.project.language.transcript.update_segments(
        "x1", "l1", {"seg1": "Hola"}
    ), el.DubbingBulkTargetSegmentUpdateResponse),
    _whole(EL, "regenerate_target", lambda c, _: c.dubbing.project.language.transcript.regenerate("x1", "l1"),
           el.DubbingRegenerateResponse),
    # ElevenLabs Dubbing
    _paged(EL, "list_dubs", lambda c, _: c.dubbing.list(), el.DubbingMetadataPageResponseModel,
           member="dubs", item=el.DubbingMetadataResponse),
    _whole(EL, "create_dubbing", lambda c, _: c.dubbing.create(source_url=DUB_URL, target_lang="es"),
           el.DoDubbingResponseModel),
    _whole(EL, "get_dubbing", lambda c, _: c.dubbing.get("x1"), el.DubbingMetadataResponse),
    _whole(EL, "delete_dubbing", lambda c, _: c.dubbing.delete("x1"), el.DeleteDubbingResponseModel),
    _binary(EL, "get_dubbed_file", lambda c, tmp: c.dubbing.audio.download("x1", "es", tmp / "dub.mp4")),
    Operation(EL, "get_dubbed_transcript", "text", lambda c, _: c.dubbing.transcript.get("x1", "es"), view=str),
    _whole(EL, "get_dubbing_transcripts", lambda c, _: c.dubbing.transcripts.get("x1", "es", "srt"),
           el.DubbingTranscriptsResponseModel),
    # Dubformer
    _whole(DF, "create_project", lambda c, _: c.projects.create(
        source_lang="en", target_lang="fr-FR", source_video_url=DUB_URL
    ), df.ProjectSubmitted),
    _paged(DF, "list_projects", lambda c, _: c.projects.list(), df.ProjectList, member="projects",
           item=df.ProjectSummary),
    _whole(DF, "get_project", lambda c, _: c.projects.get("x1"), df.Project),
    _whole(DF, "delete_project", lambda c, _: c.projects.delete("x1"), df.DeleteResult),
    _whole(DF, "retranslate_project", lambda c, _: c.projects.retranslate(
        "x1", target_script=SCRIPT, target_speakers=SPEAKERS
    ), df.ProjectSubmitted),
    Operation(
        DF, "validate_retranslation",
        "json",
        lambda c, _: c.projects.validate_retranslation("x1", target_script=SCRIPT, target_speakers=SPEAKERS),
        model=df.ValidationResult, result_type=RetranslationCheck,
        view=lambda check: check.valid, member="valid",
    ),
    _whole(DF, "get_options", lambda c, _: c.options(), df.Options),
    _whole(DF, "list_voices", lambda c, _: c.voices(), df.VoiceCatalog),
    _whole(DF, "get_balance", lambda c, _: c.balance(), df.Balance),
)  # fmt: skip

BY_ID = {operation.id: operation for operation in OPERATIONS}


def operation(provider: str, operation_id: str) -> Operation:
    """Return the table entry of an operation."""
    return BY_ID[f"{provider}.{operation_id}"]


# --- clients and calls -----------------------------------------------------------------------------


RETRIES = 2
"""The clients' ``max_retries`` (dubkit's default); the error tests use 0, so a 429 or 5xx never sleeps."""


def sync_client(provider: str, server: MockServer, max_retries: int = RETRIES) -> Any:
    """Return a sync client of ``provider`` whose every request ``server`` answers."""
    http = httpx2.Client(transport=httpx2.MockTransport(server))
    cls = dubkit.ElevenLabs if provider == "elevenlabs" else dubkit.Dubformer
    return cls(KEY, base_url=BASE_URLS[provider], max_retries=max_retries, http_client=http)


def async_client(provider: str, server: MockServer, max_retries: int = RETRIES) -> Any:
    """Return an async client of ``provider`` whose every request ``server`` answers."""
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(server))
    cls = dubkit.AsyncElevenLabs if provider == "elevenlabs" else dubkit.AsyncDubformer
    return cls(KEY, base_url=BASE_URLS[provider], max_retries=max_retries, http_client=http)


def run_sync(entry: Operation, client: Any, scratch: Path) -> Any:
    """Call an operation through a sync client; a pager yields its first page (the next would loop)."""
    result = entry.call(client, scratch)
    if isinstance(result, SyncPager):
        return next(iter(result.iter_pages()))
    return result


async def run_async(entry: Operation, client: Any, scratch: Path) -> Any:
    """Call an operation through an async client; a pager yields its first page."""
    result = entry.call(client, scratch)
    if inspect.isawaitable(result):
        result = await result
    if isinstance(result, AsyncPager):
        pages = result.iter_pages()
        try:
            return await anext(pages)
        finally:
            await pages.aclose()
    return result


# --- the async twins -------------------------------------------------------------------------------

ASYNC_SUBSET = {
    "elevenlabs": (
        "get_dubbing", "list_dubs", "create_dubbing", "get_dubbing_resource", "create_segment",
        "find_similar_voices", "create_podcast", "get_project", "list_chapters", "get_chapter_snapshot",
        "update_pronunciation_dictionaries", "get_dubbed_transcript", "get_dubbing_project", "list_dubbing_languages",
        "update_target_segments", "get_dubbing_transcripts", "delete_dubbing_project",
    ),
    "dubformer": ("get_project", "list_projects", "create_project", "validate_retranslation", "get_balance"),
}  # fmt: skip
"""Operations also run through ``AsyncElevenLabs``/``AsyncDubformer`` (at least one from each overlay module)."""


def in_async_subset(case: ResponseCase) -> bool:
    """Whether a response's operation is also run through the async twin."""
    return case.operation_id in ASYNC_SUBSET[case.provider]


def outcome_sync(entry: Operation, client: Any) -> Any:
    """Call an operation through a sync client; return its result or the dubkit error it raised."""
    with tempfile.TemporaryDirectory() as scratch:
        try:
            return run_sync(entry, client, Path(scratch))
        except dubkit.DubkitError as error:
            return error


def outcome_async(entry: Operation, server: MockServer, max_retries: int = RETRIES) -> Any:
    """Call an operation through a fresh async client of ``server``; return its result or the dubkit error."""

    async def call() -> Any:
        async with async_client(entry.provider, server, max_retries) as client:
            with tempfile.TemporaryDirectory() as scratch:
                try:
                    return await run_async(entry, client, Path(scratch))
                except dubkit.DubkitError as error:
                    return error

    return asyncio.run(call())


def assert_twins_agree(entry: Operation, sync: Any, async_: Any) -> None:
    """Assert the sync and async outcomes are of the same type and say the same thing."""
    assert type(sync) is type(async_), (sync, async_)
    if isinstance(sync, Exception):
        assert str(sync) == str(async_)
        if isinstance(sync, dubkit.ResponseValidationError | dubkit.APIStatusError):
            assert (sync.raw_body, sync.status_code) == (async_.raw_body, async_.status_code)
        if isinstance(sync, dubkit.APIStatusError):
            assert not list(differences(sync.body, async_.body))
    else:
        found = list(differences(entry.view(sync), entry.view(async_)))
        assert not found, found
