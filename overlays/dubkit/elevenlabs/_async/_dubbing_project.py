# Generated from specs/wrappers/elevenlabs/dubbing_project.yaml by scripts/wrappers.py; do not edit.
# Change the declaration (or the glossary beside it), then run `make generate`.
"""``client.dubbing.project``: the Dubbing Project API (2026) — projects, language targets and transcripts."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Unpack, overload

from dubkit_elevenlabs.api.dubbing_language import (
    create_dubbing_language,
    delete_dubbing_language,
    get_dubbing_language,
    get_target_transcript,
    list_dubbing_languages,
    regenerate_target,
    update_target_segment,
    update_target_segments,
)
from dubkit_elevenlabs.api.dubbing_project import (
    create_dubbing_project,
    create_source_segment,
    delete_dubbing_project,
    delete_source_segment,
    get_dubbing_project,
    get_source_transcript,
    list_dubbing_projects,
    update_source_segment,
    update_source_segments,
)
from dubkit_elevenlabs.models import (
    DubbingBulkSourceSegmentUpdateResponse,
    DubbingBulkTargetSegmentUpdateResponse,
    DubbingLanguageListResponse,
    DubbingLanguageResponse,
    DubbingProjectListResponse,
    DubbingProjectResponse,
    DubbingRegenerateResponse,
    DubbingSourceSegmentUpdateResponse,
    DubbingSourceTranscriptResponse,
    DubbingTargetSegmentUpdateResponse,
    DubbingTargetTranscriptResponse,
    DubbingTranscriptRevisionResponse,
)

from dubkit._downloads import Destination, Writable, adownload_to_path, aiter_download, check_destination
from dubkit._http import aexpect_with_headers
from dubkit._options import ExtraOptions, RequestOptions
from dubkit._pagination import AsyncPager
from dubkit._validation import check_bool, check_id, check_int
from dubkit._waiting import Observation, await_until_done, check_wait_arguments
from dubkit.elevenlabs import _project_inputs as inputs
from dubkit.elevenlabs._uploads import FileInput

from ._base import AsyncElevenLabsResource

if TYPE_CHECKING:
    from ._client import AsyncElevenLabs


__all__ = ["AsyncDubbingProjects", "AsyncLanguageTranscript", "AsyncProjectLanguages", "AsyncProjectTranscript"]


class AsyncProjectTranscript(AsyncElevenLabsResource):
    """``client.dubbing.project.transcript``: a project's source transcript, edited segment by segment."""

    async def get(self, project_id: str, **options: Unpack[RequestOptions]) -> DubbingSourceTranscriptResponse:
        """Return a project's source transcript: its segments (with ids) and revision.

        Args:
            project_id: The project's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The transcript (no segments until the project is ``ready``).

        Raises:
            ValueError: On a bad id, before any request.
            NotFoundError: No such project.
        """
        check_id("project_id", project_id)
        return await self._call(
            get_source_transcript.asyncio_detailed, DubbingSourceTranscriptResponse, project_id, client=self._raw
        )

    async def create_segment(
        self,
        project_id: str,
        *,
        text: str,
        speaker_id: str,
        start_s: float,
        end_s: float,
        **options: Unpack[RequestOptions],
    ) -> DubbingSourceSegmentUpdateResponse:
        """Add a segment to a ready project's source transcript.

        Args:
            project_id: The project's id.
            text: The segment's text.
            speaker_id: Its speaker.
            start_s: Its start, in seconds.
            end_s: Its end, in seconds (after ``start_s``).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The new segment (with its id) and the transcript's new revision.

        Raises:
            ValueError: On bad input, before any request.
            NotFoundError: No such project.
            UnprocessableEntityError: The project is not ready, or the API refused the segment.
        """
        check_id("project_id", project_id)
        body = inputs.create_segment_body(text, speaker_id, start_s, end_s)
        return await self._call(
            create_source_segment.asyncio_detailed,
            DubbingSourceSegmentUpdateResponse,
            project_id,
            body=body,
            client=self._raw,
        )

    async def update_segment(
        self,
        project_id: str,
        segment_id: str,
        *,
        text: str | None = None,
        speaker_id: str | None = None,
        start_s: float | None = None,
        end_s: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> DubbingSourceSegmentUpdateResponse:
        """Edit one source segment; only the fields given are sent. Its language targets go ``stale``.

        Args:
            project_id: The project's id.
            segment_id: The segment's id (from ``get``).
            text: The segment's text.
            speaker_id: Its speaker.
            start_s: Its start, in seconds.
            end_s: Its end, in seconds (after ``start_s``).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The segment as it is now, and the new revision.

        Raises:
            ValueError: On bad input or nothing to change, before any request.
            NotFoundError: No such project or segment.
            UnprocessableEntityError: The API refused the edit.
        """
        check_id("project_id", project_id)
        check_id("segment_id", segment_id)
        body = inputs.segment_update(text, speaker_id, start_s, end_s)
        return await self._call(
            update_source_segment.asyncio_detailed,
            DubbingSourceSegmentUpdateResponse,
            project_id,
            segment_id,
            body=body,
            client=self._raw,
        )

    async def update_segments(
        self, project_id: str, segments: Mapping[str, Mapping[str, object]], **options: Unpack[RequestOptions]
    ) -> DubbingBulkSourceSegmentUpdateResponse:
        """Edit several source segments at once, all or none.

        Args:
            project_id: The project's id.
            segments: ``{segment_id: {"text": ..., "speaker_id": ..., "start_s": ..., "end_s": ...}}`` (1 to 500 edits;
                each gives at least one field).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The edited segments and the new revision.

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If ``segments`` is not such a mapping.
            NotFoundError: No such project, or a segment id it does not have (nothing is changed).
        """
        check_id("project_id", project_id)
        body = inputs.segments_update(segments)
        return await self._call(
            update_source_segments.asyncio_detailed,
            DubbingBulkSourceSegmentUpdateResponse,
            project_id,
            body=body,
            client=self._raw,
        )

    async def delete_segment(
        self, project_id: str, segment_id: str, **options: Unpack[RequestOptions]
    ) -> DubbingTranscriptRevisionResponse:
        """Remove a segment from the source transcript.

        Args:
            project_id: The project's id.
            segment_id: The segment's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The transcript's new revision.

        Raises:
            ValueError: On a bad id, before any request.
            NotFoundError: No such project or segment.
        """
        check_id("project_id", project_id)
        check_id("segment_id", segment_id)
        return await self._call(
            delete_source_segment.asyncio_detailed,
            DubbingTranscriptRevisionResponse,
            project_id,
            segment_id,
            client=self._raw,
        )


class AsyncLanguageTranscript(AsyncElevenLabsResource):
    """``client.dubbing.project.language.transcript``: a target's translations, edited and regenerated."""

    async def get(
        self, project_id: str, language_id: str, **options: Unpack[RequestOptions]
    ) -> DubbingTargetTranscriptResponse:
        """Return a language target's transcript: each source segment with its translation.

        Args:
            project_id: The project's id.
            language_id: The target's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The transcript and the target's revision.

        Raises:
            ValueError: On a bad id, before any request.
            NotFoundError: No such project or target.
        """
        check_id("project_id", project_id)
        check_id("language_id", language_id)
        return await self._call(
            get_target_transcript.asyncio_detailed,
            DubbingTargetTranscriptResponse,
            project_id,
            language_id,
            client=self._raw,
        )

    async def update_segment(
        self,
        project_id: str,
        language_id: str,
        segment_id: str,
        *,
        translation: str | None,
        **options: Unpack[RequestOptions],
    ) -> DubbingTargetSegmentUpdateResponse:
        """Set one segment's translation (None asks for a new machine translation); the target goes ``stale``.

        Args:
            project_id: The project's id.
            language_id: The target's id.
            segment_id: The segment's id.
            translation: The translated text, or None to re-translate at the next ``regenerate``.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The segment and the target's new revision.

        Raises:
            ValueError: On bad input, before any request.
            NotFoundError: No such project, target or segment.
        """
        check_id("project_id", project_id)
        check_id("language_id", language_id)
        check_id("segment_id", segment_id)
        body = inputs.target_segment_update(translation)
        return await self._call(
            update_target_segment.asyncio_detailed,
            DubbingTargetSegmentUpdateResponse,
            project_id,
            language_id,
            segment_id,
            body=body,
            client=self._raw,
        )

    async def update_segments(
        self,
        project_id: str,
        language_id: str,
        translations: Mapping[str, str | None],
        **options: Unpack[RequestOptions],
    ) -> DubbingBulkTargetSegmentUpdateResponse:
        """Set several translations at once, all or none.

        Args:
            project_id: The project's id.
            language_id: The target's id.
            translations: ``{segment_id: text or None}`` (1 to 500).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The edited segments and the target's new revision.

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If ``translations`` is not such a mapping.
            NotFoundError: No such project, target or segment (nothing is changed).
        """
        check_id("project_id", project_id)
        check_id("language_id", language_id)
        body = inputs.target_segments_update(translations)
        return await self._call(
            update_target_segments.asyncio_detailed,
            DubbingBulkTargetSegmentUpdateResponse,
            project_id,
            language_id,
            body=body,
            client=self._raw,
        )

    async def regenerate(
        self, project_id: str, language_id: str, **options: Unpack[RequestOptions]
    ) -> DubbingRegenerateResponse:
        """Re-dub the edited segments of a finished target; follow it with ``language.wait``.

        Only the edited regions are re-synthesised; the first seconds (the source's duration) are free.

        Args:
            project_id: The project's id.
            language_id: The target's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The segments re-dubbed, their seconds, and what was charged.

        Raises:
            ValueError: On a bad id, before any request.
            NotFoundError: No such project or target.
            UnprocessableEntityError: The target is still queued or processing.
        """
        check_id("project_id", project_id)
        check_id("language_id", language_id)
        return await self._call(
            regenerate_target.asyncio_detailed, DubbingRegenerateResponse, project_id, language_id, client=self._raw
        )


class AsyncProjectLanguages(AsyncElevenLabsResource):
    """``client.dubbing.project.language``: the languages a project is dubbed into.

    Attributes:
        transcript: Each target's translations (``get``, ``update_segment(s)``, ``regenerate``).

    Args:
        client: The owning client.
    """

    def __init__(self, client: AsyncElevenLabs) -> None:
        super().__init__(client)
        self.transcript = AsyncLanguageTranscript(client)

    def list(
        self,
        project_id: str,
        *,
        status: str | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[DubbingLanguageResponse]:
        """Iterate over a project's language targets, fetching pages lazily (``iter_pages()`` for pages).

        Args:
            project_id: The project's id.
            status: Only targets in this status (``queued``, ``processing``, ``completed``, ``stale``, ``failed``).
            page_size: Targets per request, 1 to 100.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            An iterable of targets.

        Raises:
            ValueError: On a bad id or filter, before any request.
        """
        check_id("project_id", project_id)
        size, state, _ = inputs.list_filters(page_size, status, statuses=inputs.LANGUAGE_STATUSES)
        return self._pager(
            list_dubbing_languages.asyncio_detailed,
            DubbingLanguageListResponse,
            lambda listing: inputs.cursor_page(listing.languages, listing.next_cursor),
            project_id,
            page_size=size,
            status=state,
        )

    async def create(
        self,
        project_id: str,
        *,
        target_language: str,
        translations: Mapping[str, str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> DubbingLanguageResponse:
        """Add a language target; it is dubbed once the project is ready (billed).

        Args:
            project_id: The project's id.
            target_language: The BCP-47 tag to dub into, e.g. ``"fr"`` or ``"es-MX"``.
            translations: Enterprise: ``{segment id or external id: text}`` instead of machine translation.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The new target (``queued``).

        Raises:
            ValueError: On bad input, before any request.
            NotFoundError: No such project.
            UnprocessableEntityError: The API refused the language.
        """
        check_id("project_id", project_id)
        body = inputs.create_language_body(target_language, translations)
        return await self._call(
            create_dubbing_language.asyncio_detailed, DubbingLanguageResponse, project_id, body=body, client=self._raw
        )

    async def get(
        self, project_id: str, language_id: str, **options: Unpack[RequestOptions]
    ) -> DubbingLanguageResponse:
        """Return a language target: status, revision, and its output URL once it has one.

        Args:
            project_id: The project's id.
            language_id: The target's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The target.

        Raises:
            ValueError: On a bad id, before any request.
            NotFoundError: No such project or target.
        """
        check_id("project_id", project_id)
        check_id("language_id", language_id)
        return await self._call(
            get_dubbing_language.asyncio_detailed, DubbingLanguageResponse, project_id, language_id, client=self._raw
        )

    async def delete(self, project_id: str, language_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a language target and its outputs.

        Args:
            project_id: The project's id.
            language_id: The target's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Raises:
            ValueError: On a bad id, before any request.
            NotFoundError: No such project or target.
        """
        check_id("project_id", project_id)
        check_id("language_id", language_id)
        await self._call(
            delete_dubbing_language.asyncio_detailed, type(None), project_id, language_id, client=self._raw
        )

    async def wait(
        self,
        project_id: str,
        language_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: inputs.OnLanguageUpdate | None = None,
        **options: Unpack[ExtraOptions],
    ) -> DubbingLanguageResponse:
        """Poll a language target until it is ``completed`` (a ``stale`` one waits for its regeneration).

        Args:
            project_id: The project's id.
            language_id: The target's id.
            timeout: Give up after this many seconds (default: three hours).
            poll_interval: The first interval between polls; it backs off from there, with jitter.
            on_update: Called with the target whenever its status changes (and at the first poll).
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            The completed target (its ``outputs`` carry the download URL).

        Raises:
            ValueError: On a bad id, timeout or poll interval, before any request.
            DubbingFailedError: The target failed (carries it and its error).
            WaitTimeoutError: At the deadline (carries the id and the last state seen).
        """
        check_id("project_id", project_id)
        check_id("language_id", language_id)

        async def poll() -> Observation[DubbingLanguageResponse]:
            answer, headers = await aexpect_with_headers(
                lambda: get_dubbing_language.asyncio_detailed(project_id, language_id, client=self._raw),
                DubbingLanguageResponse,
            )
            return inputs.language_observation(answer, headers)

        return await await_until_done(
            poll,
            inputs.LANGUAGE_STATUSES.get,
            job_id=language_id,
            error_message=inputs.failure_message,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )

    @overload
    async def download(
        self,
        project_id: str,
        language_id: str,
        path: str | os.PathLike[str],
        *,
        wait: bool = ...,
        timeout: float | None = ...,
        max_bytes: int | None = ...,
        **options: Unpack[ExtraOptions],
    ) -> Path: ...
    @overload
    async def download(
        self,
        project_id: str,
        language_id: str,
        path: Writable,
        *,
        wait: bool = ...,
        timeout: float | None = ...,
        max_bytes: int | None = ...,
        **options: Unpack[ExtraOptions],
    ) -> None: ...
    async def download(
        self,
        project_id: str,
        language_id: str,
        path: Destination,
        *,
        wait: bool = False,
        timeout: float | None = None,
        max_bytes: int | None = None,
        **options: Unpack[ExtraOptions],
    ) -> Path | None:
        """Download a finished target's dubbed audio: streamed, atomic, length-checked, resumable.

        The file comes from the target's signed output URL (read fresh, so it has not expired);
        no API key is sent to the file host.

        Args:
            project_id: The project's id.
            language_id: The target's id.
            path: The file to write (lossless WAV), replaced only once complete; or a binary file object.
            wait: Wait for the target to complete first (see ``wait``).
            timeout: With ``wait``: give up after this many seconds.
            max_bytes: Refuse a file larger than this (``DownloadError``); None for no limit.
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            The written path (None for a file object).

        Raises:
            ValueError: On bad input, or the target has no output yet (and ``wait`` is false).
            DubbingFailedError: With ``wait``: the target failed.
            NotFoundError: No such project or target.
            DownloadError: The file could not be downloaded completely, or is larger than ``max_bytes``; nothing
                written.
        """
        check_id("project_id", project_id)
        check_id("language_id", language_id)
        check_bool("wait", wait, required=True)
        check_wait_arguments(timeout, None, None)
        check_int("max_bytes", max_bytes, minimum=1)
        destination = check_destination("path", path)
        url = await self._output_url(project_id, language_id, wait, timeout)
        return await adownload_to_path(self._client.downloads_http, url, destination, max_bytes=max_bytes)

    def iter_bytes(
        self,
        project_id: str,
        language_id: str,
        *,
        wait: bool = False,
        timeout: float | None = None,
        **options: Unpack[ExtraOptions],
    ) -> AsyncIterator[bytes]:
        """Yield a finished target's dubbed audio as it arrives: length-checked, resumed with ``Range`` if dropped.

        Args:
            project_id: The project's id.
            language_id: The target's id.
            wait: Wait for the target to complete first (see ``wait``).
            timeout: With ``wait``: give up after this many seconds.
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            An iterator of chunks; it ends once every byte the server announced has been yielded.

        Raises:
            ValueError: On bad input, or the target has no output yet (and ``wait`` is false).
            DubbingFailedError: With ``wait``: the target failed.
            NotFoundError: No such project or target.
            DownloadError: The body could not be received completely.
        """
        check_id("project_id", project_id)
        check_id("language_id", language_id)
        check_bool("wait", wait, required=True)
        check_wait_arguments(timeout, None, None)
        return self._output_chunks(project_id, language_id, wait, timeout)

    async def _output_chunks(
        self, project_id: str, language_id: str, wait: bool, timeout: float | None
    ) -> AsyncIterator[bytes]:
        url = await self._output_url(project_id, language_id, wait, timeout)
        async for chunk in aiter_download(self._client.downloads_http, url):
            yield chunk

    async def _output_url(self, project_id: str, language_id: str, wait: bool, timeout: float | None) -> str:
        # The callers checked the arguments before any request (iter_bytes eagerly, as its body runs late).
        if wait:
            await self.wait(project_id, language_id, timeout=timeout)
        return inputs.output_url(await self.get(project_id, language_id))


class AsyncDubbingProjects(AsyncElevenLabsResource):
    """``client.dubbing.project``: dubbing projects — one source, an editable transcript, many languages.

    Attributes:
        language: The project's language targets (``list``, ``create``, ``get``, ``delete``, ``wait``,
            ``download``, ``transcript``).
        transcript: The source transcript (``get``, ``create_segment``, ``update_segment(s)``, ``delete_segment``).

    Args:
        client: The owning client.
    """

    def __init__(self, client: AsyncElevenLabs) -> None:
        super().__init__(client)
        self.language = AsyncProjectLanguages(client)
        self.transcript = AsyncProjectTranscript(client)

    def list(
        self,
        *,
        status: str | None = None,
        sort_direction: str | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[DubbingProjectResponse]:
        """Iterate over every dubbing project, fetching pages lazily (``iter_pages()`` for whole pages).

        Args:
            status: Only projects in this status (``queued``, ``preparing``, ``ready``, ``failed``).
            sort_direction: ``"DESCENDING"`` (newest first, the API's default) or ``"ASCENDING"``.
            page_size: Projects per request, 1 to 100.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            An iterable of projects.

        Raises:
            ValueError: On a bad filter, before any request.
        """
        size, state, direction = inputs.list_filters(page_size, status, sort_direction)
        return self._pager(
            list_dubbing_projects.asyncio_detailed,
            DubbingProjectListResponse,
            lambda listing: inputs.cursor_page(listing.projects, listing.next_cursor),
            page_size=size,
            status=state,
            sort_direction=direction,
        )

    async def create(
        self,
        *,
        file: FileInput | None = None,
        source_url: str | None = None,
        reference: str | None = None,
        source_language: str | None = None,
        model_id: str | None = None,
        keyterms: Sequence[str] | None = None,
        webhook_ids: Sequence[str] | None = None,
        target_language: str | None = None,
        transcript: FileInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> DubbingProjectResponse:
        """Create a dubbing project from a media file or URL; it transcribes the source (billed).

        The upload is streamed from disk. The API has no idempotency key, so once the request may
        have reached the server it is never re-sent: a lost answer raises ``OutcomeUnknownError``
        (list your projects, e.g. by ``reference``, to check).

        Args:
            file: The media: a path, a binary file object, or ``(file_name, file_object[, content_type])``.
            source_url: Or a public URL of the media (exactly one of ``file`` and ``source_url``).
            reference: Your own identifier for the project (at most 500 characters).
            source_language: The source's BCP-47 tag; detected when not given.
            model_id: The default dubbing model, ``"dubbing_v1"`` or ``"dubbing_v2"``.
            keyterms: Terms to bias transcription and translation toward (e.g. brand names).
            webhook_ids: Up to 3 workspace webhooks to notify when the project or a language ends.
            target_language: Also create a first language target in this language.
            transcript: Enterprise: a JSON transcript to use instead of transcription (needs ``source_language``).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The new project (``queued``).

        Raises:
            ValueError: On bad input (e.g. both or neither of file and source_url), before any request.
            TypeError: If an argument has the wrong type.
            OutcomeUnknownError: The request may have reached the API but no answer came back.
            UnprocessableEntityError: The API rejected an argument.
        """
        with contextlib.ExitStack() as stack:
            body = inputs.create_project_body(
                stack,
                file=file,
                source_url=source_url,
                reference=reference,
                source_language=source_language,
                model_id=model_id,
                keyterms=keyterms,
                webhook_ids=webhook_ids,
                target_language=target_language,
                transcript=transcript,
            )
            return await self._call(
                create_dubbing_project.asyncio_detailed, DubbingProjectResponse, body=body, client=self._raw
            )

    async def get(self, project_id: str, **options: Unpack[RequestOptions]) -> DubbingProjectResponse:
        """Return a dubbing project: status, source media, language ids, revision.

        Args:
            project_id: The project's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The project.

        Raises:
            ValueError: On a bad id, before any request.
            NotFoundError: No such project.
        """
        check_id("project_id", project_id)
        return await self._call(
            get_dubbing_project.asyncio_detailed, DubbingProjectResponse, project_id, client=self._raw
        )

    async def delete(self, project_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a dubbing project, its language targets and outputs.

        Args:
            project_id: The project's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Raises:
            ValueError: On a bad id, before any request.
            NotFoundError: No such project.
        """
        check_id("project_id", project_id)
        await self._call(delete_dubbing_project.asyncio_detailed, type(None), project_id, client=self._raw)

    async def wait(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: inputs.OnProjectUpdate | None = None,
        **options: Unpack[ExtraOptions],
    ) -> DubbingProjectResponse:
        """Poll a project until it is ``ready`` (its transcript can be read and edited).

        Args:
            project_id: The project's id.
            timeout: Give up after this many seconds (default: three hours).
            poll_interval: The first interval between polls; it backs off from there, with jitter.
            on_update: Called with the project whenever its status changes (and at the first poll).
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            The ready project.

        Raises:
            ValueError: On a bad id, timeout or poll interval, before any request.
            DubbingFailedError: The project failed (carries it and its error).
            WaitTimeoutError: At the deadline (carries the id and the last state seen).
        """
        check_id("project_id", project_id)

        async def poll() -> Observation[DubbingProjectResponse]:
            answer, headers = await aexpect_with_headers(
                lambda: get_dubbing_project.asyncio_detailed(project_id, client=self._raw), DubbingProjectResponse
            )
            return inputs.project_observation(answer, headers)

        return await await_until_done(
            poll,
            inputs.PROJECT_STATUSES.get,
            job_id=project_id,
            error_message=inputs.failure_message,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
