"""The ElevenLabs dubbing section of the simulator: dubs, their files and transcripts, and their resources.

A dub is ``dubbing`` for its simulated processing time (``expected_duration_sec``), then ``dubbed`` or
``failed``; its state is worked out from the simulated clock whenever it is read. Example::

    section = DubbingSection(context)
    reply = section.handlers()["create_dubbing"](request)  # DoDubbingResponseModel
"""

from __future__ import annotations

from collections.abc import Mapping

from dubkit_models.elevenlabs import (
    DeleteDubbingResponseModel,
    DoDubbingResponseModel,
    DubbingMetadataPageResponseModel,
    DubbingMetadataResponse,
)

from dubkit.sim._media_files import add_media
from dubkit.sim._protocol import (
    Handler,
    Issue,
    MediaReply,
    SimContext,
    SimHTTPError,
    SimInvalidError,
    SimRequest,
    TextReply,
)
from dubkit.sim._provider import StateSection

from ._dubbing_create import read_create_request
from ._dubbing_media import dub_prefix, extension_for
from ._dubbing_renders import dubbed_build, dubbed_type
from ._dubbing_state import DUBBING, FAILED, Dub, decode_cursor, encode_cursor
from ._dubbing_subtitles import to_srt, to_webvtt
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

    def handlers(self) -> Mapping[str, Handler]:
        """Return the handler of each dubbing and dubbing-resource operation.

        Returns:
            A mapping from operationId to handler.
        """
        return {
            "create_dubbing": self.create,
            "list_dubs": self.list_dubs,
            "get_dubbing": self.get,
            "delete_dubbing": self.delete,
            "get_dubbed_file": self.dubbed_file,
            "get_dubbed_transcript": self.transcript,
            **self._resources.handlers(),
        }

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

    def list_dubs(self, request: SimRequest) -> DubbingMetadataPageResponseModel:
        """List dubs, newest first, one page at a time.

        Args:
            request: The request (query: ``cursor``, ``page_size``, ``dubbing_status``, ``filter_by_creator``).

        Returns:
            A page of dubs, whether more follow, and the cursor to the next page.

        Raises:
            SimInvalidError: If the cursor was not issued by this listing.
        """
        query = request.query
        page_size: int = query.get("page_size") or DEFAULT_PAGE_SIZE
        status: str | None = query.get("dubbing_status")
        creator: str = query.get("filter_by_creator") or "all"
        after: int | None = None
        if query.get("cursor"):
            after = decode_cursor(query["cursor"])
            if after is None:
                raise SimInvalidError(Issue(("query", "cursor"), "Invalid cursor.", "value_error"))
        elapsed = self.context.clock.elapsed()
        matching = [
            dub
            for dub in sorted(self._dubs.values(), key=lambda dub: dub.seq, reverse=True)
            if (after is None or dub.seq < after)
            and (status is None or dub.status(elapsed) == status)
            and (creator == "all" or (dub.creator == request.api_key) == (creator == "personal"))
        ]
        page = matching[:page_size]
        has_more = len(matching) > page_size
        return DubbingMetadataPageResponseModel(
            dubs=[dub.metadata(elapsed) for dub in page],
            next_cursor=encode_cursor(page[-1].seq) if has_more else None,
            has_more=has_more,
        )

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

    def transcript(self, request: SimRequest) -> TextReply:
        """Return the subtitles of one language (the source or a target) as SRT or WebVTT.

        Args:
            request: The request (path: ``dubbing_id``, ``language_code``; query: ``format_type``).

        Returns:
            The subtitle file's text, built from the resource's segments.

        Raises:
            SimHTTPError: 404 for an unknown dub, a language it is not in, or a failed dub; 425 while dubbing.
        """
        dub = self._find(request.path["dubbing_id"])
        language = request.path["language_code"]
        if language != dub.resource.source_language and language not in dub.target_languages:
            raise SimHTTPError(404, "language_not_found", f"Dubbing {dub.id!r} has no language {language!r}.")
        self._finished(dub)
        frames = dub.resource.frames(language)
        text = to_webvtt(frames) if request.query.get("format_type") == "webvtt" else to_srt(frames)
        return TextReply(text)
