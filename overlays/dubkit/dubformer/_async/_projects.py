# Generated from specs/wrappers/dubformer/projects.yaml by scripts/wrappers.py; do not edit.
# Change the declaration (or the glossary beside it), then run `make generate`.
"""``client.projects``: create, follow, re-translate and download Dubformer projects."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Unpack, overload

from dubkit_dubformer.api.projects import (
    create_project,
    delete_project,
    get_project,
    list_projects,
    retranslate_project,
    validate_retranslation,
)
from dubkit_dubformer.models import (
    DeleteResult,
    MixingMode,
    Project,
    ProjectList,
    ProjectSubmitted,
    ProjectSummary,
    ValidationResult,
)

from dubkit._downloads import Destination, Writable, adownload_to_path, aiter_download, check_destination
from dubkit._errors import BadRequestError
from dubkit._http import aexpect_with_headers
from dubkit._literals import MixingModeName
from dubkit._options import ExtraOptions, RequestOptions
from dubkit._pagination import AsyncPager, Page
from dubkit._server_values import naming_created_job
from dubkit._validation import check_id, check_int
from dubkit._waiting import Observation, await_until_done
from dubkit.dubformer import _inputs
from dubkit.dubformer._inputs import Script, Speakers
from dubkit.dubformer.types import RetranslationCheck

from ._base import AsyncDubformerResource

__all__ = ["AsyncProjects"]


class AsyncProjects(AsyncDubformerResource):
    """Dubformer projects. Reached as ``AsyncDubformer(...).projects``.

    Args:
        client: The owning client.
    """

    async def create(
        self,
        *,
        source_lang: str,
        target_lang: str,
        source_video_url: str,
        name: str | None = None,
        mixing_mode: MixingMode | MixingModeName | None = None,
        use_emotional_transfer: bool | None = None,
        use_soundalike_voices: bool | None = None,
        source_script_content: str | None = None,
        glossary_content: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ProjectSubmitted:
        """Create a dubbing project; its cost is deducted from the balance.

        Retries re-send the same ``Idempotency-Key``, so a retried create never makes a second project.

        Args:
            source_lang: Source language without locale, e.g. ``"en"`` (see ``client.options()``).
            target_lang: Target language with locale, e.g. ``"fr-FR"``.
            source_video_url: A direct link to the video, or a YouTube link.
            name: The project's name.
            mixing_mode: ``voiceover_only``, ``voiceover_with_original_track`` or ``voiceover_without_original_voice``.
            use_emotional_transfer: Use emotional (less stable) soundalike voices.
            use_soundalike_voices: Use soundalike voices (subscription only).
            source_script_content: A transcript of the source (srt, vtt or text; Pro subscription).
            glossary_content: A TSV translation glossary (Pro subscription).
            idempotency_key: Your own key for this request; by default a UUID4 made once per call.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The new project's id, cost, estimated completion and remaining balance.

        Raises:
            ValueError: On bad input, before any request.
            PaymentRequiredError: If the balance has no minutes left.
            DubkitError: Any other error of the family.

        Example:
            >>> job = await client.projects.create(source_lang="en", target_lang="fr-FR",
            ...                                    source_video_url="https://example.com/v.mp4")  # doctest: +SKIP
        """
        body = _inputs.create_body(
            source_lang=source_lang, target_lang=target_lang, source_video_url=source_video_url, name=name,
            mixing_mode_value=mixing_mode, use_emotional_transfer=use_emotional_transfer,
            use_soundalike_voices=use_soundalike_voices, source_script_content=source_script_content,
            glossary_content=glossary_content,
        )  # fmt: skip
        key = _inputs.idempotency_key(idempotency_key)
        with naming_created_job("project_id"):
            return await self._call(
                create_project.asyncio_detailed, ProjectSubmitted, body=body, idempotency_key=key, client=self._raw
            )

    async def get(self, project_id: str, **options: Unpack[RequestOptions]) -> Project:
        """Return a project's details; outputs are present once it is ready.

        Args:
            project_id: The project's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The project.

        Raises:
            ValueError: If the id is empty or not safe in a URL path.
            NotFoundError: If there is no such project.
        """
        check_id("project_id", project_id)
        return await self._call(get_project.asyncio_detailed, Project, project_id, client=self._raw)

    async def delete(self, project_id: str, **options: Unpack[RequestOptions]) -> DeleteResult:
        """Delete a project.

        Args:
            project_id: The project's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The API's confirmation.

        Raises:
            ValueError: If the id is empty or not safe in a URL path.
            NotFoundError: If there is no such project.
        """
        check_id("project_id", project_id)
        return await self._call(delete_project.asyncio_detailed, DeleteResult, project_id, client=self._raw)

    def list(self, **options: Unpack[RequestOptions]) -> AsyncPager[ProjectSummary]:
        """Iterate over every project of the account (lazily; ``iter_pages()`` for whole pages).

        Args:
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            An iterable of project summaries.
        """

        async def fetch(_cursor: str | None) -> Page[ProjectSummary]:
            # The API returns every project in one answer: a single page.
            listing = await self._call(list_projects.asyncio_detailed, ProjectList, client=self._raw)
            return Page(listing.projects)

        return AsyncPager(fetch)

    async def wait(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: Callable[[Project], None] | None = None,
        **options: Unpack[ExtraOptions],
    ) -> Project:
        """Poll a project until it is ready.

        Args:
            project_id: The project's id.
            timeout: Give up after this many seconds (default: three hours).
            poll_interval: The first interval between polls; it backs off from there, with jitter.
            on_update: Called with the project whenever its status changes.
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            The ready project.

        Raises:
            ValueError: If the id is empty or not safe in a URL path.
            DubbingFailedError: If the project ends in ``error`` (carries the project and its message).
            WaitTimeoutError: At the deadline (carries the id and the last state seen).
        """
        check_id("project_id", project_id)

        async def poll() -> Observation[Project]:
            answer, headers = await aexpect_with_headers(
                lambda: get_project.asyncio_detailed(project_id, client=self._raw), Project
            )
            return _inputs.observation(answer, headers)

        return await await_until_done(
            poll,
            _inputs.classify_status,
            job_id=project_id,
            error_message=_inputs.error_message,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )

    async def retranslate(
        self,
        project_id: str,
        *,
        target_script: Script,
        target_speakers: Speakers,
        mixing_mode: MixingMode | MixingModeName | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ProjectSubmitted:
        """Create a new translation of a project from an edited script and voices.

        Args:
            project_id: The project's id.
            target_script: The lines to dub (``ScriptSegment`` or mappings with start_ms, end_ms, text, speaker_id).
            target_speakers: The speakers (``TargetSpeaker`` or mappings with speaker_id, voice_key, style).
            mixing_mode: The mixing mode for this translation.
            idempotency_key: Your own key for this request; by default a UUID4 made once per call.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The project's id, cost and new translations_count.

        Raises:
            ValueError: On bad input, before any request.
            BadRequestError: If the API rejects the script or voices.
        """
        check_id("project_id", project_id)
        body = _inputs.retranslation_body(target_script, target_speakers, mixing_mode)
        return await self._call(
            retranslate_project.asyncio_detailed,
            ProjectSubmitted,
            project_id,
            body=body,
            idempotency_key=_inputs.idempotency_key(idempotency_key),
            client=self._raw,
        )

    async def validate_retranslation(
        self,
        project_id: str,
        *,
        target_script: Script,
        target_speakers: Speakers,
        mixing_mode: MixingMode | MixingModeName | None = None,
        **options: Unpack[RequestOptions],
    ) -> RetranslationCheck:
        """Ask whether a re-translation would be accepted, without creating it.

        Args:
            project_id: The project's id.
            target_script: The lines to dub (``ScriptSegment`` or mappings with start_ms, end_ms, text, speaker_id).
            target_speakers: The speakers (``TargetSpeaker`` or mappings with speaker_id, voice_key, style).
            mixing_mode: The mixing mode for this translation.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            ``RetranslationCheck(valid=True)``, or ``valid=False`` with the API's reason: a value, not an error.

        Raises:
            ValueError: On bad input, before any request.
        """
        check_id("project_id", project_id)
        body = _inputs.retranslation_body(target_script, target_speakers, mixing_mode)
        key = _inputs.idempotency_key(None)
        try:
            result = await self._call(
                validate_retranslation.asyncio_detailed,
                ValidationResult,
                project_id,
                body=body,
                idempotency_key=key,
                client=self._raw,
            )
        except BadRequestError as error:
            return _inputs.check_from_error(error)
        return RetranslationCheck(valid=result.valid)

    @overload
    async def download(
        self,
        project_or_id: Project | str,
        path: str | os.PathLike[str],
        *,
        output: _inputs.OutputKind = ...,
        max_bytes: int | None = ...,
        **options: Unpack[RequestOptions],
    ) -> Path: ...
    @overload
    async def download(
        self,
        project_or_id: Project | str,
        path: Writable,
        *,
        output: _inputs.OutputKind = ...,
        max_bytes: int | None = ...,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    async def download(
        self,
        project_or_id: Project | str,
        path: Destination,
        *,
        output: _inputs.OutputKind = "video",
        max_bytes: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Path | None:
        """Download a ready project's output to a file: streamed, atomic, length-checked, resumable.

        The output lives on another host, so the request carries no API key.

        Args:
            project_or_id: A ready ``Project``, or its id (fetched first).
            path: The file to write (replaced atomically once complete), or a binary file object.
            output: ``"video"`` (the dubbed video) or ``"tts_audio"`` (the synthesized speech).
            max_bytes: Refuse a file larger than this (``DownloadError``); None for no limit.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The written path (None for a file object).

        Raises:
            ValueError: If the project has no such output yet, or an argument is bad.
            DownloadError: If the file could not be downloaded completely, its end could not be verified, or it is
                larger than ``max_bytes`` (nothing is left behind).
        """
        check_int("max_bytes", max_bytes, minimum=1)
        destination = check_destination("path", path)
        self._check_output(project_or_id, output)
        url = await self._output_url(project_or_id, output)
        return await adownload_to_path(self._client.downloads_http, url, destination, max_bytes=max_bytes)

    def iter_bytes(
        self, project_or_id: Project | str, *, output: _inputs.OutputKind = "video", **options: Unpack[RequestOptions]
    ) -> AsyncIterator[bytes]:
        """Yield a ready project's output as it arrives: length-checked, resumed with ``Range`` if dropped.

        Args:
            project_or_id: A ready ``Project``, or its id (fetched first).
            output: ``"video"`` (the dubbed video) or ``"tts_audio"`` (the synthesized speech).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            An iterator of chunks; it ends once every byte the server announced has been yielded.

        Raises:
            ValueError: If the project has no such output yet, or an argument is bad.
            DownloadError: If the body could not be received completely.
        """
        self._check_output(project_or_id, output)
        return self._output_chunks(project_or_id, output)

    async def _output_chunks(self, project_or_id: Project | str, output: _inputs.OutputKind) -> AsyncIterator[bytes]:
        url = await self._output_url(project_or_id, output)
        async for chunk in aiter_download(self._client.downloads_http, url):
            yield chunk

    @staticmethod
    def _check_output(project_or_id: Project | str, output: object) -> None:
        _inputs.check_output(output)
        if not isinstance(project_or_id, Project):
            check_id("project_or_id", project_or_id)

    async def _output_url(self, project_or_id: Project | str, output: _inputs.OutputKind) -> str:
        project = project_or_id if isinstance(project_or_id, Project) else await self.get(project_or_id)
        return _inputs.output_url(project, output)
