"""The ElevenLabs dubbing section of the simulator: dubs, their files and transcripts, and their resources.

A dub is ``dubbing`` for its simulated processing time (``expected_duration_sec``), then ``dubbed`` or
``failed``; its state is worked out from the simulated clock whenever it is read. Example::

    section = DubbingSection(context)
    reply = section.handlers()["create_dubbing"](request)  # DoDubbingResponseModel
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from dubkit_models.elevenlabs import (
    DeleteDubbingResponseModel,
    DoDubbingResponseModel,
    DubbingMetadataPageResponseModel,
    DubbingMetadataResponse,
    DubbingTranscript,
    DubbingTranscriptsResponseModel,
    DubbingTranscriptUtterance,
    DubbingTranscriptWord,
)

from dubkit.sim._media_files import add_media
from dubkit.sim._protocol import (
    Issue,
    JSONReply,
    MediaReply,
    SimContext,
    SimHTTPError,
    SimInvalidError,
    SimRequest,
    TextReply,
)
from dubkit.sim._provider import OperationHandlers, StateSection, serves

from ._dubbing_create import read_create_request
from ._dubbing_media import dub_prefix, extension_for
from ._dubbing_renders import dubbed_build, dubbed_type
from ._dubbing_state import DUBBING, FAILED, Dub, decode_position, encode_cursor
from ._dubbing_subtitles import Frame, to_srt, to_webvtt
from ._resource import ResourceHandlers
from ._resource_seed import ResourcePlan, build_resource

__all__ = ["DubbingSection"]

DEFAULT_PAGE_SIZE = 100
SIMULATED_FAILURE = "Dubbing failed (simulated failure)."


class DubbingSection(StateSection):
    """Serves ``/v1/dubbing`` and ``/v1/dubbing/resource``: every dub ever created, until it is deleted.

    Args:
        context: The simulator context (clock, IDs, media store, configuration).
    """

    def __init__(self, context: SimContext) -> None:
        super().__init__(context)
        self._dubs: dict[str, Dub] = {}
        self._created = 0
        self._deleted = 0
        self._resources = ResourceHandlers(context, self._find)

    def handler_parts(self) -> Sequence[OperationHandlers]:
        """Return the dubbing-resource handlers, which this section serves as well.

        Returns:
            The resource handlers.
        """
        return (self._resources,)

    def reset(self) -> None:
        """Forget every dub, its files and the counters."""
        for dub_id in self._dubs:
            self.context.media.remove_prefix(dub_prefix(dub_id))
        self._dubs.clear()
        self._created = self._deleted = 0
        self._resources.renders = 0

    def counts(self) -> Mapping[str, int]:
        """Return how many dubs were ever created and deleted, and how many renders were requested.

        Returns:
            ``dubs_created``, ``dubs_deleted`` and ``renders``.
        """
        return {"dubs_created": self._created, "dubs_deleted": self._deleted, "renders": self._resources.renders}

    def _find(self, dubbing_id: str) -> Dub:
        dub = self._dubs.get(dubbing_id)
        if dub is None:
            raise SimHTTPError(404, "dubbing_not_found", f"Dubbing {dubbing_id!r} was not found.")
        return dub

    @serves("create_dubbing")
    def create(self, request: SimRequest) -> DoDubbingResponseModel:
        """Start a dub of an uploaded file or a URL.

        Args:
            request: The multipart request (``file`` or ``source_url``, ``target_lang``, options).

        Returns:
            The new dub's ID and its expected processing time.

        Raises:
            SimInvalidError: If the request breaks the API's rules (see ``read_create_request``).
        """
        source = read_create_request(request, self.context)
        dub_id = self.context.ids.token()
        expected = self.context.job_duration()
        # Drawn for every dub, so one failing input does not shift the seeded fate of later dubs.
        fails = self.context.job_fails()
        plan = ResourcePlan(
            dubbing_id=dub_id,
            source_language=source.source_language,
            target_language=source.target_language,
            media=source.media,
            num_speakers=source.num_speakers,
            keep_background=source.keep_background,
            clone_voices=source.clone_voices,
            seed=source.identity,
        )
        self._created += 1
        self._dubs[dub_id] = Dub(
            id=dub_id,
            seq=self._created,
            name=source.name,
            creator=request.api_key,
            created_at=self.context.clock.now(),
            expected_seconds=expected,
            deadline=self.context.clock.elapsed() + expected,
            error=source.problem or (SIMULATED_FAILURE if fails else None),
            content_type=source.media.content_type,
            editable=source.dubbing_studio,
            resource=build_resource(self.context, plan),
        )
        return DoDubbingResponseModel(dubbing_id=dub_id, expected_duration_sec=round(expected, 3))

    @serves("list_dubs")
    def list_dubs(self, request: SimRequest) -> DubbingMetadataPageResponseModel:
        """List dubs one page at a time: newest first, or as ``order_by`` and ``order_direction`` say.

        Filters combine: ``dubbing_status`` and ``dubbing_statuses``, ``target_language_codes`` (a dub
        into any of them), ``filter_by_creator``, ``dubbing_models`` and ``creation_sources`` (every dub
        here was made through the API's classic endpoint: ``CLASSIC_MODEL``, ``dubbing_api``).

        Args:
            request: The request (query: the cursor, the page size and the filters above).

        Returns:
            A page of dubs, whether more follow, and the cursor to the next page.

        Raises:
            SimInvalidError: If the cursor was not issued by this listing.
        """
        query = request.query
        page_size: int = query.get("page_size") or DEFAULT_PAGE_SIZE
        by_name = query.get("order_by") == "name"
        position = decode_position(query["cursor"]) if query.get("cursor") else None
        if query.get("cursor") and (position is None or (position[1] is not None) != by_name):
            raise SimInvalidError(Issue(("query", "cursor"), "Invalid cursor.", "value_error"))
        elapsed = self.context.clock.elapsed()
        descending = query.get("order_direction") != "ASCENDING"

        def key(seq: int, name: str | None) -> tuple[str, int]:
            return (name or "", seq) if by_name else ("", seq)

        ordered = sorted(
            (dub for dub in self._dubs.values() if _listed(dub, elapsed, query, request.api_key)),
            key=lambda dub: key(dub.seq, dub.name),
            reverse=descending,
        )
        if position is not None:
            mark = key(*position)
            ordered = [
                dub
                for dub in ordered
                if (key(dub.seq, dub.name) < mark if descending else key(dub.seq, dub.name) > mark)
            ]
        page = ordered[:page_size]
        has_more = len(ordered) > page_size
        last = page[-1] if page else None
        cursor = None if last is None or not has_more else encode_cursor(last.seq, last.name if by_name else None)
        return DubbingMetadataPageResponseModel(
            dubs=[dub.metadata(elapsed) for dub in page], next_cursor=cursor, has_more=has_more
        )

    @serves("get_dubbing")
    def get(self, request: SimRequest) -> DubbingMetadataResponse:
        """Return a dub's metadata and current state.

        Args:
            request: The request (path: ``dubbing_id``).

        Returns:
            The metadata.

        Raises:
            SimHTTPError: 404 for an unknown or deleted dub.
        """
        return self._find(request.path["dubbing_id"]).metadata(self.context.clock.elapsed())

    @serves("delete_dubbing")
    def delete(self, request: SimRequest) -> DeleteDubbingResponseModel:
        """Delete a dub and every file of it.

        Args:
            request: The request (path: ``dubbing_id``).

        Returns:
            ``{"status": "ok"}``.

        Raises:
            SimHTTPError: 404 for an unknown or already deleted dub.
        """
        dub = self._find(request.path["dubbing_id"])
        del self._dubs[dub.id]
        self.context.media.remove_prefix(dub_prefix(dub.id))
        self._deleted += 1
        return DeleteDubbingResponseModel(status="ok")

    def _finished(self, dub: Dub) -> None:
        """Raise the API's error unless a dub has finished successfully."""
        status = dub.status(self.context.clock.elapsed())
        if status == DUBBING:
            raise SimHTTPError(425, "dubbing_not_dubbed", f"Dubbing {dub.id!r} is still in progress; retry later.")
        if status == FAILED:
            # 404 rather than 425: the file will never exist, and a client must not wait for it.
            raise SimHTTPError(404, "dubbing_failed", f"Dubbing {dub.id!r} failed: {dub.error}")

    @serves("get_dubbed_file")
    def dubbed_file(self, request: SimRequest) -> MediaReply:
        """Return the dubbed audio (MP3), or video (MP4) for a video source, of one target language.

        It is encoded on the first request and kept, as long as the source and marked with the
        language's tone.

        Args:
            request: The request (path: ``dubbing_id``, ``language_code``).

        Returns:
            The file.

        Raises:
            SimHTTPError: 404 for an unknown dub, a language it is not dubbed into, or a failed dub;
                425 while it is still dubbing, or while an added language has not been dubbed yet.
        """
        dub = self._find(request.path["dubbing_id"])
        language = request.path["language_code"]
        if language not in dub.target_languages:
            raise SimHTTPError(404, "language_not_found", f"Dubbing {dub.id!r} has no target language {language!r}.")
        self._finished(dub)
        if language not in dub.resource.dubbed_languages:
            message = f"Language {language!r} of dubbing {dub.id!r} has not been dubbed yet; dub its segments first."
            raise SimHTTPError(425, "dubbing_not_dubbed", message)
        content_type = dubbed_type(dub.resource.source)
        extension = extension_for(content_type)
        key = f"{dub_prefix(dub.id)}{language}.{extension}"
        build = dubbed_build(dub.resource.source, language, content_type)
        return MediaReply(add_media(self.context, key, content_type, f"{dub.id}_{language}.{extension}", build))

    @serves("get_dubbed_transcript")
    def transcript(self, request: SimRequest) -> TextReply | JSONReply:
        """Return the subtitles of one language (the source or a target) as SRT or WebVTT.

        Args:
            request: The request (path: ``dubbing_id``, ``language_code``; query: ``format_type``).

        Returns:
            The subtitle file's text, built from the resource's segments.

        Raises:
            SimHTTPError: 404 for an unknown dub, a language it is not in, or a failed dub; 425 while dubbing.
        """
        kind = request.query.get("format_type") or "srt"
        frames = self._frames(request)
        if kind == "json":
            return JSONReply(self._json_transcript(request, frames).model_dump(mode="json"))
        return TextReply(to_webvtt(frames) if kind == "webvtt" else to_srt(frames))

    def _frames(self, request: SimRequest) -> list[Frame]:
        dub = self._find(request.path["dubbing_id"])
        language = request.path["language_code"]
        if language == "source":
            language = dub.resource.source_language
        if language != dub.resource.source_language and language not in dub.target_languages:
            raise SimHTTPError(404, "language_not_found", f"Dubbing {dub.id!r} has no language {language!r}.")
        self._finished(dub)
        return dub.resource.frames(language)

    def _json_transcript(self, request: SimRequest, frames: list[Frame]) -> DubbingTranscript:
        language = request.path["language_code"]
        utterances = [
            DubbingTranscriptUtterance(
                text=" ".join(frame.lines), speaker_id="speaker_1", start_s=frame.start, end_s=frame.end,
                words=[
                    DubbingTranscriptWord(
                        text=word, word_type="word", start_s=frame.start, end_s=frame.end, characters=[]
                    )
                    for word in " ".join(frame.lines).split()
                ],
            )
            for frame in frames
        ]  # fmt: skip
        return DubbingTranscript(language=language, utterances=utterances)

    @serves("get_dubbing_transcripts")
    def transcripts(self, request: SimRequest) -> DubbingTranscriptsResponseModel:
        """Return a transcript as SRT, WebVTT or the JSON transcript (utterances with words).

        Args:
            request: The request (path: ``dubbing_id``, ``language_code`` or ``source``, ``format_type``).

        Returns:
            The transcript in the asked format.

        Raises:
            SimHTTPError: 404 for an unknown dub or language, or a failed dub; 425 while dubbing.
        """
        kind = request.path["format_type"]
        frames = self._frames(request)
        if kind == "json":
            return DubbingTranscriptsResponseModel.model_validate(
                {"transcript_format": "json", "json": self._json_transcript(request, frames)}
            )
        if kind == "webvtt":
            return DubbingTranscriptsResponseModel(transcript_format="webvtt", webvtt=to_webvtt(frames))
        return DubbingTranscriptsResponseModel(transcript_format="srt", srt=to_srt(frames))


CLASSIC_MODEL = "dubbing_v1"
"""The model of every simulated dub: the classic endpoint takes no model choice, and the Dubbing Project API
(which offers ``dubbing_v2``) keeps its projects apart from these dubs."""
CLASSIC_SOURCE = "dubbing_api"
"""How every simulated dub was created: through the API."""


def _listed(dub: Dub, elapsed: float, query: Mapping[str, Any], api_key: str) -> bool:
    """Whether a dub passes a listing's filters (each one given narrows the listing)."""
    status = dub.status(elapsed)
    creator = query.get("filter_by_creator") or "all"
    languages = query.get("target_language_codes")
    return (
        query.get("dubbing_status") in (None, status)
        and (query.get("dubbing_statuses") is None or status in query["dubbing_statuses"])
        and (query.get("dubbing_models") is None or CLASSIC_MODEL in query["dubbing_models"])
        and (query.get("creation_sources") is None or CLASSIC_SOURCE in query["creation_sources"])
        and (languages is None or bool(set(languages) & set(dub.target_languages)))
        and (creator == "all" or (dub.creator == api_key) == (creator == "personal"))
    )
