# Generated from overlays/dubkit/elevenlabs/_async/_dubbing.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
# Generated from specs/wrappers/elevenlabs/dubbing.yaml by scripts/wrappers.py; do not edit.
# Change the declaration (or the glossary beside it), then run `make generate`.
"""``client.dubbing``: create dubs, follow them, list them, and fetch their audio and transcripts."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack, overload

from dubkit_elevenlabs.api.dubbing import (
    create_dubbing,
    delete_dubbing,
    get_dubbed_file,
    get_dubbed_transcript,
    get_dubbing,
    get_dubbing_transcripts,
    list_dubs,
)
from dubkit_elevenlabs.models import (
    DeleteDubbingResponseModel,
    DoDubbingResponseModel,
    DubbingMetadataPageResponseModel,
    DubbingMetadataResponse,
    DubbingTranscriptsResponseModel,
    GetDubbedTranscriptFormatType,
    GetDubbingTranscriptsFormatType,
)

from dubkit._deprecation import warn_deprecated
from dubkit._downloads import Destination, Writable, check_destination
from dubkit._http import expect, expect_with_headers
from dubkit._literals import (
    CreationSource,
    CreatorFilter,
    DubbingMode,
    DubbingModel,
    DubbingOrder,
    DubbingStatus,
    ListedDubbingStatus,
    OrderDirection,
    TranscriptFormat,
    TranscriptsFormat,
)
from dubkit._options import ExtraOptions, RequestOptions
from dubkit._pagination import SyncPager
from dubkit._server_values import naming_created_job
from dubkit._validation import check_bool, check_id, check_int
from dubkit._waiting import Observation, check_wait_arguments, wait_until_done
from dubkit.elevenlabs import _dubbing_inputs as inputs
from dubkit.elevenlabs._uploads import FileInput

from ._base import ElevenLabsResource
from ._dubbing_project import DubbingProjects
from ._files import download_endpoint
from ._resource import ResourceEditing

if TYPE_CHECKING:
    from ._client import ElevenLabs


__all__ = ["Dubbing", "DubbingAudio", "DubbingTranscript", "DubbingTranscripts"]


class DubbingAudio(ElevenLabsResource):
    """``client.dubbing.audio``: the dubbed media files.

    Args:
        client: The owning client.
    """

    def __init__(self, client: ElevenLabs, dubbing: Dubbing) -> None:
        super().__init__(client)
        self._dubbing = dubbing

    @overload
    def download(
        self,
        dubbing_id: str,
        language_code: str,
        path: str | os.PathLike[str],
        *,
        wait: bool = ...,
        timeout: float | None = ...,
        max_bytes: int | None = ...,
        **options: Unpack[ExtraOptions],
    ) -> Path: ...
    @overload
    def download(
        self,
        dubbing_id: str,
        language_code: str,
        path: Writable,
        *,
        wait: bool = ...,
        timeout: float | None = ...,
        max_bytes: int | None = ...,
        **options: Unpack[ExtraOptions],
    ) -> None: ...
    def download(
        self,
        dubbing_id: str,
        language_code: str,
        path: Destination,
        *,
        wait: bool = False,
        timeout: float | None = None,
        max_bytes: int | None = None,
        **options: Unpack[ExtraOptions],
    ) -> Path | None:
        """Download a dub's media in one language to a file: streamed, atomic, length-checked, resumable.

        Args:
            dubbing_id: The dub's id.
            language_code: The target language (one of the dub's ``target_languages``).
            path: The file to write (MP3 for audio sources, MP4 for video), replaced only once complete; or a binary
                file object (``io.BytesIO``, a pipe), which receives the bytes as they come.
            wait: Wait for the dub to finish first (see ``client.dubbing.wait``).
            timeout: With ``wait``: give up after this many seconds.
            max_bytes: Refuse a file larger than this (``DownloadError``); None for no limit.
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            The written path (None for a file object).

        Raises:
            ValueError: On bad input, before any request.
            TooEarlyError: The dub is not finished yet (HTTP 425) and ``wait`` is false; nothing written.
            DubbingFailedError: With ``wait``: the dub failed.
            NotFoundError: No such dub, or no such language.
            DownloadError: The file could not be downloaded completely, its end could not be verified, or it is larger
                than ``max_bytes``; nothing written.
        """
        check_id("dubbing_id", dubbing_id)
        inputs.check_language("language_code", language_code)
        check_bool("wait", wait, required=True)
        check_wait_arguments(timeout, None, None)
        check_int("max_bytes", max_bytes, minimum=1)
        destination = check_destination("path", path)
        request = self._request(dubbing_id, language_code, wait, timeout)
        with inputs.not_ready_hint(dubbing_id):
            return download_endpoint(
                self._client.stream_http, self._client.base_url, request, destination, max_bytes=max_bytes
            )

    def iter_bytes(
        self,
        dubbing_id: str,
        language_code: str,
        *,
        wait: bool = False,
        timeout: float | None = None,
        **options: Unpack[ExtraOptions],
    ) -> Iterator[bytes]:
        """Yield a dub's media in one language as it arrives: length-checked, resumed with ``Range`` if dropped.

        Args:
            dubbing_id: The dub's id.
            language_code: The target language (one of the dub's ``target_languages``).
            wait: Wait for the dub to finish first (see ``client.dubbing.wait``).
            timeout: With ``wait``: give up after this many seconds.
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            An iterator of chunks; it ends once every byte the server announced has been yielded.

        Raises:
            ValueError: On bad input, before any request.
            TooEarlyError: The dub is not finished yet (HTTP 425) and ``wait`` is false.
            DubbingFailedError: With ``wait``: the dub failed.
            NotFoundError: No such dub, or no such language.
            DownloadError: The body could not be received completely.
        """
        check_id("dubbing_id", dubbing_id)
        inputs.check_language("language_code", language_code)
        check_bool("wait", wait, required=True)
        check_wait_arguments(timeout, None, None)
        return self._chunks(dubbing_id, language_code, wait, timeout)

    def _chunks(self, dubbing_id: str, language_code: str, wait: bool, timeout: float | None) -> Iterator[bytes]:
        request = self._request(dubbing_id, language_code, wait, timeout)
        with inputs.not_ready_hint(dubbing_id):
            for chunk in self._stream(request):
                yield chunk

    def _request(self, dubbing_id: str, language_code: str, wait: bool, timeout: float | None) -> dict[str, Any]:
        if wait:
            self._dubbing.wait(dubbing_id, timeout=timeout)
        return get_dubbed_file.request_kwargs(dubbing_id, language_code)


class DubbingTranscript(ElevenLabsResource):
    """``client.dubbing.transcript``: subtitles of a dub."""

    def get(
        self,
        dubbing_id: str,
        language_code: str,
        *,
        format: TranscriptFormat = "srt",
        **options: Unpack[RequestOptions],
    ) -> str:
        """Return a dub's transcript in one language, as SRT or WebVTT text (deprecated API call).

        ElevenLabs deprecated this call in 2026: use ``client.dubbing.transcripts.get``. Its answer
        may come as text or as a JSON string; both are returned as the subtitle text.

        Args:
            dubbing_id: The dub's id.
            language_code: The language (the source language or a target language).
            format: ``"srt"`` or ``"webvtt"`` (the endpoint serves no other format).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The subtitle file's text.

        Raises:
            ValueError: On bad input, before any request.
            TooEarlyError: The dub is not finished yet.
            NotFoundError: No such dub or language.
            ResponseValidationError: The answer is neither subtitle text nor a JSON string.
        """
        warn_deprecated("get_dubbed_transcript", "client.dubbing.transcript.get")
        check_id("dubbing_id", dubbing_id)
        inputs.check_language("language_code", language_code)
        kind = GetDubbedTranscriptFormatType(inputs.transcript_format(format))
        request = get_dubbed_transcript.request_kwargs(dubbing_id, language_code, format_type=kind)
        http = self._client.raw.get_httpx_client()

        def fetch() -> inputs.TranscriptAnswer:
            return inputs.transcript_answer(http.request(**request))

        with inputs.not_ready_hint(dubbing_id):
            return expect(fetch, str)


class DubbingTranscripts(ElevenLabsResource):
    """``client.dubbing.transcripts``: a dub's transcript as subtitles (SRT, WebVTT) or a typed JSON transcript."""

    def get(
        self,
        dubbing_id: str,
        language_code: str,
        format_type: TranscriptsFormat | GetDubbingTranscriptsFormatType = "srt",
        **options: Unpack[RequestOptions],
    ) -> DubbingTranscriptsResponseModel:
        """Return a dub's transcript in one language: ``srt`` or ``webvtt`` text, or the ``json`` transcript.

        Args:
            dubbing_id: The dub's id.
            language_code: The language (``"source"`` for the original media, or a target language).
            format_type: ``"srt"``, ``"webvtt"`` or ``"json"`` (utterances with words and timings).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The transcript: ``.srt``, ``.webvtt`` or ``.json`` is set, as ``transcript_format`` says.

        Raises:
            ValueError: On bad input, before any request.
            TooEarlyError: The dub is not finished yet.
            NotFoundError: No such dub or language.
        """
        check_id("dubbing_id", dubbing_id)
        inputs.check_language("language_code", language_code)
        kind = inputs.transcripts_format(format_type)
        with inputs.not_ready_hint(dubbing_id):
            return self._call(
                get_dubbing_transcripts.sync_detailed,
                DubbingTranscriptsResponseModel,
                dubbing_id,
                language_code,
                kind,
                client=self._raw,
            )


class Dubbing(ElevenLabsResource):
    """``client.dubbing``: the Dubbing API. Reached as ``ElevenLabs(...).dubbing``.

    Attributes:
        audio: Download dubbed media (``audio.download``).
        transcript: Subtitles (``transcript.get``; deprecated by ElevenLabs, see ``transcripts``).
        transcripts: Subtitles or the JSON transcript (``transcripts.get``).
        resource: The Dubbing Studio resource of an editable dub (``resource.get``, edits, renders); deprecated.
        project: The Dubbing Project API (2026): projects, language targets, editable transcripts.

    Args:
        client: The owning client.
    """

    def __init__(self, client: ElevenLabs) -> None:
        super().__init__(client)
        self.audio = DubbingAudio(client, self)
        self.transcript = DubbingTranscript(client)
        self.transcripts = DubbingTranscripts(client)
        self.resource = ResourceEditing(client)
        self.project = DubbingProjects(client)

    def create(
        self,
        *,
        file: FileInput | None = None,
        source_url: str | None = None,
        target_lang: str,
        source_lang: str | None = None,
        name: str | None = None,
        csv_file: FileInput | None = None,
        foreground_audio_file: FileInput | None = None,
        background_audio_file: FileInput | None = None,
        target_accent: str | None = None,
        num_speakers: int | None = None,
        watermark: bool | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        highest_resolution: bool | None = None,
        drop_background_audio: bool | None = None,
        use_profanity_filter: bool | None = None,
        dubbing_studio: bool | None = None,
        disable_voice_cloning: bool | None = None,
        mode: DubbingMode | None = None,
        csv_fps: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> DoDubbingResponseModel:
        """Start dubbing a media file or URL into ``target_lang``; the dub is billed.

        The upload is streamed from disk (never held in memory), with its content type guessed from
        the file name. The API has no idempotency key, so once the request may have reached the server
        it is never re-sent: a lost answer raises ``OutcomeUnknownError`` (list your dubs to check).

        Args:
            file: The media: a path, a binary file object, or ``(file_name, file_object[, content_type])``.
            source_url: Or a URL of the media (exactly one of ``file`` and ``source_url``).
            target_lang: The language to dub into, e.g. ``"es"``.
            source_lang: The source language; detected by the API when not given.
            name: A name for the dub.
            csv_file: A CSV of transcription/translation metadata.
            foreground_audio_file: For CSV input only: the foreground audio.
            background_audio_file: For CSV input only: the background audio.
            target_accent: An accent to prefer (experimental).
            num_speakers: How many speakers; 0 detects them.
            watermark: Watermark the output video.
            start_time: Start of the part to dub, in seconds.
            end_time: End of the part to dub, in seconds.
            highest_resolution: Use the highest resolution available.
            drop_background_audio: Leave the background audio out of the dub.
            use_profanity_filter: Censor profanities in transcripts.
            dubbing_studio: Make the dub editable (needed for ``client.dubbing.resource``).
            disable_voice_cloning: Use similar library voices instead of cloning.
            mode: ``"automatic"`` or ``"manual"`` (manual needs ``dubbing_studio``).
            csv_fps: Frames per second for CSV timecodes.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The new dub's id and expected processing time.

        Raises:
            ValueError: On bad input (e.g. both or neither of file and source_url), before any request.
            TypeError: If an argument has the wrong type.
            OutcomeUnknownError: The request may have reached the API but no answer came back.
            UnprocessableEntityError: The API rejected an argument (``issues`` says which).
        """
        with contextlib.ExitStack() as stack, naming_created_job("dubbing_id"):
            body = inputs.create_body(
                stack,
                file=file,
                source_url=source_url,
                target_lang=target_lang,
                source_lang=source_lang,
                name=name,
                csv_file=csv_file,
                foreground_audio_file=foreground_audio_file,
                background_audio_file=background_audio_file,
                target_accent=target_accent,
                num_speakers=num_speakers,
                watermark=watermark,
                start_time=start_time,
                end_time=end_time,
                highest_resolution=highest_resolution,
                drop_background_audio=drop_background_audio,
                use_profanity_filter=use_profanity_filter,
                dubbing_studio=dubbing_studio,
                disable_voice_cloning=disable_voice_cloning,
                mode=mode,
                csv_fps=csv_fps,
            )
            return self._call(create_dubbing.sync_detailed, DoDubbingResponseModel, body=body, client=self._raw)

    def get(self, dubbing_id: str, **options: Unpack[RequestOptions]) -> DubbingMetadataResponse:
        """Return a dub's metadata: status, languages, media, error.

        Args:
            dubbing_id: The dub's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The metadata.

        Raises:
            ValueError: If the id is empty or not safe in a URL path.
            NotFoundError: If there is no such dub.
        """
        check_id("dubbing_id", dubbing_id)
        return self._call(get_dubbing.sync_detailed, DubbingMetadataResponse, dubbing_id, client=self._raw)

    def delete(self, dubbing_id: str, **options: Unpack[RequestOptions]) -> DeleteDubbingResponseModel:
        """Delete a dub.

        Args:
            dubbing_id: The dub's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The API's confirmation.

        Raises:
            ValueError: If the id is empty or not safe in a URL path.
            NotFoundError: If there is no such dub.
        """
        check_id("dubbing_id", dubbing_id)
        return self._call(delete_dubbing.sync_detailed, DeleteDubbingResponseModel, dubbing_id, client=self._raw)

    def list(
        self,
        *,
        dubbing_status: DubbingStatus | None = None,
        filter_by_creator: CreatorFilter | None = None,
        page_size: int | None = None,
        dubbing_statuses: Sequence[ListedDubbingStatus] | None = None,
        dubbing_models: Sequence[DubbingModel] | None = None,
        target_language_codes: Sequence[str] | None = None,
        creation_sources: Sequence[CreationSource] | None = None,
        order_by: DubbingOrder | None = None,
        order_direction: OrderDirection | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[DubbingMetadataResponse]:
        """Iterate over every dub (newest first by default), fetching pages lazily (``iter_pages()`` for pages).

        Args:
            dubbing_status: Only dubs in this state: ``"dubbing"``, ``"dubbed"`` or ``"failed"``.
            filter_by_creator: ``"personal"``, ``"others"`` or ``"all"`` (the API's default).
            page_size: Dubs per request, 1 to 200 (the API's default is 100).
            dubbing_statuses: Only dubs in one of these states (2026): ``"queued"``, ``"preparing"``, ``"dubbing"``,
                ``"dubbed"``, ``"failed"``.
            dubbing_models: Only dubs made by one of these models: ``"dubbing_v1"``, ``"dubbing_v2"``.
            target_language_codes: Only dubs into one of these languages, e.g. ``["es", "pt-BR"]``.
            creation_sources: Only dubs created this way: ``"dubbing_api"``, ``"dubbing_ui"``, ``"flow_node"``.
            order_by: ``"created_at"`` (the API's default) or ``"name"``.
            order_direction: ``"DESCENDING"`` (the API's default) or ``"ASCENDING"``.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            An iterable of dub metadata.

        Raises:
            ValueError: On bad filters, before any request.
            TypeError: If a list filter is not a list of strings.
        """
        filters = inputs.list_filters(
            page_size=page_size,
            dubbing_status=dubbing_status,
            filter_by_creator=filter_by_creator,
            dubbing_statuses=dubbing_statuses,
            dubbing_models=dubbing_models,
            target_language_codes=target_language_codes,
            creation_sources=creation_sources,
            order_by=order_by,
            order_direction=order_direction,
        )
        return self._pager(list_dubs.sync_detailed, DubbingMetadataPageResponseModel, inputs.page, **filters)

    def wait(
        self,
        dubbing_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: inputs.OnUpdate | None = None,
        **options: Unpack[ExtraOptions],
    ) -> DubbingMetadataResponse:
        """Poll a dub until it is dubbed.

        Args:
            dubbing_id: The dub's id.
            timeout: Give up after this many seconds (default: three hours).
            poll_interval: The first interval between polls; it backs off from there, with jitter.
            on_update: Called with the metadata whenever the status changes (and at the first poll).
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            The dubbed dub's metadata.

        Raises:
            ValueError: On a bad id, timeout or poll interval, before any request.
            DubbingFailedError: If the dub ends in ``failed`` (carries the metadata and its error).
            WaitTimeoutError: At the deadline (carries the id and the last state seen).
        """
        check_id("dubbing_id", dubbing_id)

        def poll() -> Observation[DubbingMetadataResponse]:
            answer, headers = expect_with_headers(
                lambda: get_dubbing.sync_detailed(dubbing_id, client=self._raw), DubbingMetadataResponse
            )
            return inputs.dubbing_observation(answer, headers)

        return wait_until_done(
            poll,
            inputs.classify_dubbing,
            job_id=dubbing_id,
            error_message=inputs.dubbing_error,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
