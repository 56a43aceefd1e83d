# Generated from overlays/dubkit/elevenlabs/_async/_resource.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
# Generated from specs/wrappers/elevenlabs/resource.yaml by scripts/wrappers.py; do not edit.
# Change the declaration (or the glossary beside it), then run `make generate`.
"""``client.dubbing.resource``: edit a Dubbing Studio dub (languages, speakers, segments) and render it.

Only dubs created with ``dubbing_studio=True`` have a resource; for any other the API answers 404.
The edits change the resource's text and timing; none regenerates audio by itself: ``translate``
and ``dub`` do that, and ``render`` then mixes a language's output file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Unpack, overload

import httpx2
from dubkit_elevenlabs.api.dubbing_resource import (
    dub_segments,
    get_dubbing_resource,
    migrate_segments,
    render_dubbing,
    transcribe_segments,
    translate_segments,
)
from dubkit_elevenlabs.models import (
    DubbingRenderResponseModel,
    DubbingResource,
    DubSegmentsBody,
    Render,
    RenderType,
    SegmentDubResponse,
    SegmentMigrationResponse,
    SegmentTranscriptionResponse,
    SegmentTranslationResponse,
    TranslateSegmentsBody,
)

from dubkit._deprecation import warn_deprecated
from dubkit._downloads import Destination, Writable, check_destination, download_to_path, iter_download
from dubkit._http import expect_with_headers
from dubkit._literals import RenderTypeName
from dubkit._options import ExtraOptions, RequestOptions
from dubkit._validation import check_id, check_int
from dubkit._waiting import Observation, check_wait_arguments, wait_until_done
from dubkit.elevenlabs import _resource_inputs as inputs
from dubkit.elevenlabs._resource_inputs import OnRenderUpdate

from ._base import ElevenLabsResource
from ._resource_parts import (
    ResourceLanguage,
    ResourceSegment,
    ResourceSpeaker,
)

if TYPE_CHECKING:
    from ._client import ElevenLabs


__all__ = ["ResourceEditing"]


class ResourceEditing(ElevenLabsResource):
    """``client.dubbing.resource``: read and edit the Dubbing Studio resource of a dub, and render it.

    Attributes:
        language: Add target languages (``language.add``).
        speaker: Change speakers' voices and add their segments (``speaker.update``, ``speaker.segment.create``).
        segment: Change or delete segments (``segment.update``, ``segment.delete``).

    Args:
        client: The owning client.

    Example:
        >>> res = client.dubbing.resource  # doctest: +SKIP
        >>> res.translate(dub_id, segments=[segment_id], languages=["es"])  # doctest: +SKIP
        >>> res.dub(dub_id, segments=[segment_id], languages=["es"])  # doctest: +SKIP
        >>> job = res.render(dub_id, "es", render_type="mp4")  # doctest: +SKIP
        >>> res.download_render(dub_id, job.render_id, "talk.es.mp4")  # doctest: +SKIP
    """

    def __init__(self, client: ElevenLabs) -> None:
        super().__init__(client)
        self.language = ResourceLanguage(client)
        self.speaker = ResourceSpeaker(client)
        self.segment = ResourceSegment(client)

    def get(self, dubbing_id: str, **options: Unpack[RequestOptions]) -> DubbingResource:
        """Return a dub's resource: languages, speaker tracks, segments with their dubs, and renders.

        Args:
            dubbing_id: The dub's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The resource.

        Raises:
            ValueError: On a bad id, before any request.
            NotFoundError: No such dub, or it was not created with ``dubbing_studio=True``.
        """
        warn_deprecated("get_dubbing_resource", "client.dubbing.resource.get")
        check_id("dubbing_id", dubbing_id)
        return self._call(get_dubbing_resource.sync_detailed, DubbingResource, dubbing_id, client=self._raw)

    def transcribe(
        self, dubbing_id: str, *, segments: Sequence[str], **options: Unpack[RequestOptions]
    ) -> SegmentTranscriptionResponse:
        """Transcribe segments again from their audio; translations and dubs are left as they are.

        Args:
            dubbing_id: The dub's id.
            segments: The segment ids (a list: a bare ``str`` is refused; empty is refused, as the API would read it as
                every segment).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The resource's new version.

        Raises:
            ValueError: On a bad id or an empty list, before any request.
            TypeError: If ``segments`` is not a list of strings.
            NotFoundError: No such dub (or resource) or segment.
        """
        warn_deprecated("transcribe_segments", "client.dubbing.resource.transcribe")
        check_id("dubbing_id", dubbing_id)
        body = inputs.transcribe_body(segments)
        return self._call(
            transcribe_segments.sync_detailed, SegmentTranscriptionResponse, dubbing_id, body=body, client=self._raw
        )

    def translate(
        self,
        dubbing_id: str,
        *,
        segments: Sequence[str],
        languages: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> SegmentTranslationResponse:
        """Translate segments again (transcribing any that lack text); their dubbed audio goes stale.

        Args:
            dubbing_id: The dub's id.
            segments: The segment ids (non-empty; pass every key of ``get(...).speaker_segments`` for all).
            languages: Only these target languages; None for all of them.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The resource's new version.

        Raises:
            ValueError: On a bad id or language, or an empty list, before any request.
            TypeError: If a list argument is not a list of strings.
            NotFoundError: No such dub (or resource) or segment.
            UnprocessableEntityError: A language is not a target language of the dub.
        """
        warn_deprecated("translate_segments", "client.dubbing.resource.translate")
        check_id("dubbing_id", dubbing_id)
        body = inputs.segments_languages_body(TranslateSegmentsBody, segments, languages)
        return self._call(
            translate_segments.sync_detailed, SegmentTranslationResponse, dubbing_id, body=body, client=self._raw
        )

    def dub(
        self,
        dubbing_id: str,
        *,
        segments: Sequence[str],
        languages: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> SegmentDubResponse:
        """Dub segments again (transcribing and translating any that lack text).

        Args:
            dubbing_id: The dub's id.
            segments: The segment ids (non-empty; pass every key of ``get(...).speaker_segments`` for all).
            languages: Only these target languages; None for all of them.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The resource's new version.

        Raises:
            ValueError: On a bad id or language, or an empty list, before any request.
            TypeError: If a list argument is not a list of strings.
            NotFoundError: No such dub (or resource) or segment.
            UnprocessableEntityError: The API refused a language or segment.
        """
        warn_deprecated("dub_segments", "client.dubbing.resource.dub")
        check_id("dubbing_id", dubbing_id)
        body = inputs.segments_languages_body(DubSegmentsBody, segments, languages)
        return self._call(dub_segments.sync_detailed, SegmentDubResponse, dubbing_id, body=body, client=self._raw)

    def migrate_segments(
        self, dubbing_id: str, *, segment_ids: Sequence[str], speaker_id: str, **options: Unpack[RequestOptions]
    ) -> SegmentMigrationResponse:
        """Move segments to another speaker (deprecated by ElevenLabs: the Dubbing Project API replaces it).

        Args:
            dubbing_id: The dub's id.
            segment_ids: The segments to move (at least one).
            speaker_id: The speaker that takes them.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The resource's new version.

        Raises:
            ValueError: On a bad id or an empty ``segment_ids``, before any request.
            TypeError: If ``segment_ids`` is a bare string or not a sequence.
            NotFoundError: No such dub (or resource), speaker or segment.
        """
        warn_deprecated("migrate_segments", "client.dubbing.resource.migrate_segments")
        check_id("dubbing_id", dubbing_id)
        body = inputs.migrate_segments_body(segment_ids, speaker_id)
        return self._call(
            migrate_segments.sync_detailed, SegmentMigrationResponse, dubbing_id, body=body, client=self._raw
        )

    def render(
        self,
        dubbing_id: str,
        language: str,
        *,
        render_type: RenderType | RenderTypeName,
        normalize_volume: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> DubbingRenderResponseModel:
        """Start rendering a language's output file from the resource's current state.

        Segments not dubbed yet are left out of the render. Follow it with ``wait_for_render``.

        Args:
            dubbing_id: The dub's id.
            language: A target language of the dub.
            render_type: ``"mp4"``, ``"aac"``, ``"mp3"``, ``"wav"``, ``"aaf"``, ``"tracks_zip"``, ``"clips_zip"`` or
                ``"zip"`` (or a ``RenderType``).
            normalize_volume: Normalise the rendered audio's volume (True) or not (False); not sent when None, so the
                API's own default applies.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The version rendered and the new render's id (``render_id``).

        Raises:
            ValueError: On a bad id, language or render type, before any request.
            NotFoundError: No such dub (or resource), or the language is not a target of the dub.
        """
        warn_deprecated("render_dubbing", "client.dubbing.resource.render")
        check_id("dubbing_id", dubbing_id)
        code = inputs.path_language("language", language)
        body = inputs.render_body(render_type, normalize_volume)
        return self._call(
            render_dubbing.sync_detailed, DubbingRenderResponseModel, dubbing_id, code, body=body, client=self._raw
        )

    def wait_for_render(
        self,
        dubbing_id: str,
        render_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: OnRenderUpdate | None = None,
        **options: Unpack[ExtraOptions],
    ) -> Render:
        """Poll the resource until a render is complete.

        Each poll reads ``get(dubbing_id).renders[render_id]``. An unknown status counts as still
        running (logged once). A render id the resource does not hold is an error at the first poll
        that misses it: the API lists a render as soon as ``render`` returns, so the id is wrong.

        Args:
            dubbing_id: The dub's id.
            render_id: The id ``render`` returned.
            timeout: Give up after this many seconds (default: three hours).
            poll_interval: The first interval between polls; it backs off from there, with jitter.
            on_update: Called with the render whenever its status changes (and at the first poll).
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            The complete render (``media_ref`` is its file).

        Raises:
            ValueError: On a bad id, timeout or poll interval (before any request), or if the dub has no render with
                that id.
            TypeError: If ``on_update`` is not callable, or a number is not a number.
            NotFoundError: No such dub, or it has no resource.
            DubbingFailedError: The render ended in ``failed`` (``job`` is the render).
            WaitTimeoutError: At the deadline (carries the render id and the last render seen).
        """
        warn_deprecated("get_dubbing_resource", "client.dubbing.resource.wait_for_render")
        check_id("dubbing_id", dubbing_id)
        check_id("render_id", render_id)
        check_wait_arguments(timeout, poll_interval, on_update)

        def poll() -> Observation[Render]:
            answer, headers = expect_with_headers(
                lambda: get_dubbing_resource.sync_detailed(dubbing_id, client=self._raw), DubbingResource
            )
            return inputs.render_observation(answer, headers, dubbing_id, render_id)

        return wait_until_done(
            poll,
            inputs.classify_render,
            job_id=render_id,
            error_message=inputs.render_error,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )

    @overload
    def download_render(
        self,
        dubbing_id: str,
        render_id: str,
        path: str | os.PathLike[str],
        *,
        timeout: float | None = ...,
        max_bytes: int | None = ...,
        **options: Unpack[ExtraOptions],
    ) -> Path: ...
    @overload
    def download_render(
        self,
        dubbing_id: str,
        render_id: str,
        path: Writable,
        *,
        timeout: float | None = ...,
        max_bytes: int | None = ...,
        **options: Unpack[ExtraOptions],
    ) -> None: ...
    def download_render(
        self,
        dubbing_id: str,
        render_id: str,
        path: Destination,
        *,
        timeout: float | None = None,
        max_bytes: int | None = None,
        **options: Unpack[ExtraOptions],
    ) -> Path | None:
        """Download a render's file, waiting for the render first: streamed, atomic, length-checked, resumable.

        A render that is already complete costs one poll. The file's URL usually points at another
        host: it is fetched without the API key, which goes only to the API origin.

        Args:
            dubbing_id: The dub's id.
            render_id: The id ``render`` returned.
            path: The file to write, replaced only once complete; or a binary file object.
            timeout: Wait at most this many seconds for the render (default: three hours).
            max_bytes: Refuse a file larger than this (``DownloadError``); None for no limit.
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            The written path (None for a file object).

        Raises:
            ValueError: On a bad id, path, timeout or max_bytes (before any request), or if the dub has no such render.
            DubbingFailedError: The render failed.
            WaitTimeoutError: The render was not complete within ``timeout``.
            DownloadError: The file could not be downloaded completely, or is larger than ``max_bytes``; nothing
                written.
        """
        check_id("dubbing_id", dubbing_id)
        check_id("render_id", render_id)
        destination = check_destination("path", path)
        check_int("max_bytes", max_bytes, minimum=1)
        http, url = self._render_file(dubbing_id, render_id, timeout)
        return download_to_path(http, url, destination, max_bytes=max_bytes)

    def iter_render_bytes(
        self, dubbing_id: str, render_id: str, *, timeout: float | None = None, **options: Unpack[ExtraOptions]
    ) -> Iterator[bytes]:
        """Yield a render's file as it arrives, waiting for the render first: length-checked, resumed if dropped.

        Args:
            dubbing_id: The dub's id.
            render_id: The id ``render`` returned.
            timeout: Wait at most this many seconds for the render (default: three hours).
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            An iterator of chunks; it ends once every byte the server announced has been yielded.

        Raises:
            ValueError: On a bad id or timeout (before any request), or if the dub has no such render.
            DubbingFailedError: The render failed.
            WaitTimeoutError: The render was not complete within ``timeout``.
            DownloadError: The body could not be received completely.
        """
        check_id("dubbing_id", dubbing_id)
        check_id("render_id", render_id)
        check_wait_arguments(timeout, None, None)
        return self._render_chunks(dubbing_id, render_id, timeout)

    def _render_chunks(self, dubbing_id: str, render_id: str, timeout: float | None) -> Iterator[bytes]:
        http, url = self._render_file(dubbing_id, render_id, timeout)
        for chunk in iter_download(http, url):
            yield chunk

    def _render_file(self, dubbing_id: str, render_id: str, timeout: float | None) -> tuple[httpx2.Client, str]:
        render = self.wait_for_render(dubbing_id, render_id, timeout=timeout)
        url, same_origin = inputs.render_media_url(render, self._client.base_url)
        return (self._client.stream_http if same_origin else self._client.downloads_http), url
