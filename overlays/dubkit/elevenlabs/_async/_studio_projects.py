# Generated from specs/wrappers/elevenlabs/studio_projects.yaml by scripts/wrappers.py; do not edit.
# Change the declaration (or the glossary beside it), then run `make generate`.
"""``client.studio.projects``: create Studio projects, edit them, convert them to audio and follow the conversion."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Unpack

from dubkit_elevenlabs.api.studio import (
    convert_project,
    create_project,
    delete_project,
    get_project,
    get_project_muted_tracks,
    list_projects,
    update_project,
)
from dubkit_elevenlabs.models import (
    AddProjectResponseModel,
    ConvertProjectResponseModel,
    DeleteProjectResponseModel,
    EditProjectResponseModel,
    GetProjectsResponseModel,
    ProjectExtendedResponseModel,
    ProjectMutedTracksResponseModel,
    ProjectResponseModel,
)

from dubkit._http import aexpect_with_headers
from dubkit._literals import ApplyTextNormalization, Fiction, QualityPreset, SourceType, TargetAudience
from dubkit._options import ExtraOptions, RequestOptions
from dubkit._validation import check_id
from dubkit._waiting import Observation, await_until_done
from dubkit.elevenlabs import _studio_inputs as inputs
from dubkit.elevenlabs import _studio_waits as waits
from dubkit.elevenlabs._studio_json import ContentJSONInput, LocatorInput
from dubkit.elevenlabs._uploads import FileInput

from ._base import AsyncElevenLabsResource
from ._studio_chapters import AsyncChapters
from ._studio_content import (
    AsyncProjectContent,
    AsyncProjectPronunciationDictionaries,
)
from ._studio_snapshots import AsyncProjectSnapshots

if TYPE_CHECKING:
    from ._client import AsyncElevenLabs


__all__ = ["AsyncProjects"]


OnProjectUpdate = Callable[[ProjectExtendedResponseModel], None]


class AsyncProjects(AsyncElevenLabsResource):
    """``client.studio.projects``: Studio projects. Reached as ``AsyncElevenLabs(...).studio.projects``.

    Attributes:
        content: Replace a project's text (``content.update``).
        pronunciation_dictionaries: Set its pronunciation dictionaries (``pronunciation_dictionaries.create``).
        snapshots: The audio of each whole-project conversion (``snapshots.list/get/download/download_archive``).
        chapters: Its chapters (``chapters.list/get/create/update/delete/convert/wait_for_conversion``).

    Args:
        client: The owning client.

    Example:
        >>> project = await client.studio.projects.create(name="Book", from_document="book.epub")  # doctest: +SKIP
        >>> await client.studio.projects.convert(project.project.project_id)  # doctest: +SKIP
        >>> await client.studio.projects.wait_for_conversion(project.project.project_id)  # doctest: +SKIP
    """

    def __init__(self, client: AsyncElevenLabs) -> None:
        super().__init__(client)
        self.content = AsyncProjectContent(client)
        self.pronunciation_dictionaries = AsyncProjectPronunciationDictionaries(client)
        self.snapshots = AsyncProjectSnapshots(client)
        self.chapters = AsyncChapters(client)

    async def list(self, **options: Unpack[RequestOptions]) -> list[ProjectResponseModel]:
        """Return every Studio project of the account (the API does not paginate them).

        Args:
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The projects.

        Raises:
            AuthenticationError: If the API key is not accepted.
        """
        result = await self._call(list_projects.asyncio_detailed, GetProjectsResponseModel, client=self._raw)
        return result.projects

    async def get(self, project_id: str, **options: Unpack[RequestOptions]) -> ProjectExtendedResponseModel:
        """Return a project with its state, chapters and pronunciation dictionaries.

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
        return await self._call(
            get_project.asyncio_detailed, ProjectExtendedResponseModel, project_id, client=self._raw
        )

    async def get_muted_tracks(
        self, project_id: str, **options: Unpack[RequestOptions]
    ) -> ProjectMutedTracksResponseModel:
        """Return the ids of a project's chapters that have muted tracks.

        Args:
            project_id: The project's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The chapter ids (``chapter_ids``).

        Raises:
            ValueError: If the id is empty or not safe in a URL path.
            NotFoundError: If there is no such project.
        """
        check_id("project_id", project_id)
        return await self._call(
            get_project_muted_tracks.asyncio_detailed, ProjectMutedTracksResponseModel, project_id, client=self._raw
        )

    async def create(
        self,
        *,
        name: str,
        default_title_voice_id: str | None = None,
        default_paragraph_voice_id: str | None = None,
        default_model_id: str | None = None,
        from_url: str | None = None,
        from_document: FileInput | None = None,
        from_content_json: ContentJSONInput | None = None,
        quality_preset: QualityPreset | None = None,
        title: str | None = None,
        author: str | None = None,
        description: str | None = None,
        genres: Sequence[str] | None = None,
        target_audience: TargetAudience | None = None,
        language: str | None = None,
        content_type: str | None = None,
        original_publication_date: str | None = None,
        mature_content: bool | None = None,
        isbn_number: str | None = None,
        acx_volume_normalization: bool | None = None,
        volume_normalization: bool | None = None,
        pronunciation_dictionary_locators: Sequence[LocatorInput] | None = None,
        callback_url: str | None = None,
        fiction: Fiction | None = None,
        apply_text_normalization: ApplyTextNormalization | None = None,
        auto_convert: bool | None = None,
        auto_assign_voices: bool | None = None,
        source_type: SourceType | None = None,
        **options: Unpack[RequestOptions],
    ) -> AddProjectResponseModel:
        """Create a Studio project: blank, or from a document, a web page or content JSON.

        The document upload is streamed from disk. The API has no idempotency key, so once the request
        may have reached the server it is never re-sent: a lost answer raises ``OutcomeUnknownError``
        (list your projects to check). Arguments left as None are not sent, so the API's defaults apply.

        Args:
            name: The project's name.
            default_title_voice_id: The voice for new titles.
            default_paragraph_voice_id: The voice for new paragraphs.
            default_model_id: The model to convert with, e.g. ``"eleven_multilingual_v2"``.
            from_url: A web page to take the content from.
            from_document: A document (``.epub``, ``.pdf``, ``.txt``, ...): a path, a binary file object, or
                ``(file_name, file_object[, content_type])``.
            from_content_json: The content itself: ``[{"name": "Chapter 1", "blocks": [{"sub_type": "p", "nodes":
                [{"type": "tts_node", "voice_id": ..., "text": ...}]}]}]``, or that list as JSON text.
            quality_preset: ``"standard"``, ``"high"``, ``"ultra"`` or ``"ultra_lossless"`` (the API dropped
                ``"highest"`` in 2026; it is refused before sending).
            title: Title metadata of the downloaded audio.
            author: Author metadata of the downloaded audio.
            description: A description of the project.
            genres: Genres, e.g. ``["Romance", "Drama"]``.
            target_audience: ``"children"``, ``"young adult"``, ``"adult"`` or ``"all ages"``.
            language: A two-letter ISO 639-1 code, e.g. ``"en"``.
            content_type: E.g. ``"Book"``.
            original_publication_date: ``"YYYY-MM-DD"`` or ``"YYYY"``.
            mature_content: Whether the project holds mature content.
            isbn_number: ISBN metadata of the downloaded audio.
            acx_volume_normalization: Deprecated; use ``volume_normalization``.
            volume_normalization: Normalize downloads to audiobook volume requirements.
            pronunciation_dictionary_locators: Dictionaries to apply: models, or ``{"pronunciation_dictionary_id": ...,
                "version_id": ...}`` mappings.
            callback_url: A URL the API calls when a conversion of the project ends.
            fiction: ``"fiction"`` or ``"non-fiction"``.
            apply_text_normalization: ``"auto"``, ``"on"``, ``"off"`` or ``"apply_english"``.
            auto_convert: Start converting as soon as the project is created.
            auto_assign_voices: Let the API assign voices to phrases (alpha).
            source_type: ``"blank"``, ``"book"``, ``"article"``, ``"genfm"`` or ``"video"``.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The new project.

        Raises:
            ValueError: On bad input (more than one source, a missing file, malformed content, a value outside the
                spec's choices), before any request.
            TypeError: If an argument has the wrong type.
            OutcomeUnknownError: The request may have reached the API but no answer came back.
            UnprocessableEntityError: The API rejected an argument (``issues`` says which).
        """
        with contextlib.ExitStack() as stack:
            body = inputs.create_project_body(
                stack,
                name=name,
                default_title_voice_id=default_title_voice_id,
                default_paragraph_voice_id=default_paragraph_voice_id,
                default_model_id=default_model_id,
                from_url=from_url,
                from_document=from_document,
                from_content_json=from_content_json,
                quality_preset=quality_preset,
                title=title,
                author=author,
                description=description,
                genres=genres,
                target_audience=target_audience,
                language=language,
                content_type=content_type,
                original_publication_date=original_publication_date,
                mature_content=mature_content,
                isbn_number=isbn_number,
                acx_volume_normalization=acx_volume_normalization,
                volume_normalization=volume_normalization,
                pronunciation_dictionary_locators=pronunciation_dictionary_locators,
                callback_url=callback_url,
                fiction=fiction,
                apply_text_normalization=apply_text_normalization,
                auto_convert=auto_convert,
                auto_assign_voices=auto_assign_voices,
                source_type=source_type,
            )
            return await self._call(
                create_project.asyncio_detailed, AddProjectResponseModel, body=body, client=self._raw
            )

    async def update(
        self,
        project_id: str,
        *,
        name: str,
        default_title_voice_id: str,
        default_paragraph_voice_id: str,
        title: str | None = None,
        author: str | None = None,
        isbn_number: str | None = None,
        volume_normalization: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> EditProjectResponseModel:
        """Change a project's name, default voices and metadata.

        The API requires the name and both default voices on every update; pass the current values
        (from ``get``) for those you keep.

        Args:
            project_id: The project's id.
            name: The project's name.
            default_title_voice_id: The voice for new titles.
            default_paragraph_voice_id: The voice for new paragraphs.
            title: Title metadata of the downloaded audio.
            author: Author metadata of the downloaded audio.
            isbn_number: ISBN metadata of the downloaded audio.
            volume_normalization: Normalize downloads to audiobook volume requirements.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The project as it now is.

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project.
        """
        check_id("project_id", project_id)
        body = inputs.update_project_body(
            name=name,
            default_title_voice_id=default_title_voice_id,
            default_paragraph_voice_id=default_paragraph_voice_id,
            title=title,
            author=author,
            isbn_number=isbn_number,
            volume_normalization=volume_normalization,
        )
        return await self._call(
            update_project.asyncio_detailed, EditProjectResponseModel, project_id, body=body, client=self._raw
        )

    async def delete(self, project_id: str, **options: Unpack[RequestOptions]) -> DeleteProjectResponseModel:
        """Delete a project with its chapters and snapshots.

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
        return await self._call(
            delete_project.asyncio_detailed, DeleteProjectResponseModel, project_id, client=self._raw
        )

    async def convert(self, project_id: str, **options: Unpack[RequestOptions]) -> ConvertProjectResponseModel:
        """Start converting a whole project to audio; follow it with ``wait_for_conversion``.

        Args:
            project_id: The project's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The API's confirmation.

        Raises:
            ValueError: If the id is empty or not safe in a URL path.
            NotFoundError: If there is no such project.
            UnprocessableEntityError: The project is already converting, or has no text.
        """
        check_id("project_id", project_id)
        return await self._call(
            convert_project.asyncio_detailed, ConvertProjectResponseModel, project_id, client=self._raw
        )

    async def wait_for_conversion(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: OnProjectUpdate | None = None,
        **options: Unpack[ExtraOptions],
    ) -> ProjectExtendedResponseModel:
        """Poll a project until it is no longer being created, queued or converted.

        ``creating`` (a podcast being written), ``in_queue`` and ``converting`` are running, as is a
        state dubkit does not know; ``default`` is done, unless a chapter reports a
        ``last_conversion_error`` or the project's creation failed, which is a failure. A project that
        is idle returns at once.

        Args:
            project_id: The project's id.
            timeout: Give up after this many seconds (default: three hours).
            poll_interval: The first interval between polls; it backs off from there, with jitter.
            on_update: Called with the project whenever its status changes (and at the first poll).
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            The converted project (its newest snapshot is in ``snapshots.list``).

        Raises:
            ValueError: On a bad id, timeout or poll interval, before any request.
            DubbingFailedError: The conversion failed (carries the project and its chapters' errors).
            WaitTimeoutError: At the deadline (carries the last status and project seen).
            NotFoundError: If there is no such project.
        """
        check_id("project_id", project_id)

        async def poll() -> Observation[ProjectExtendedResponseModel]:
            answer, headers = await aexpect_with_headers(
                lambda: get_project.asyncio_detailed(project_id, client=self._raw), ProjectExtendedResponseModel
            )
            return waits.project_observation(answer, headers)

        return await await_until_done(
            poll,
            waits.classify_project,
            job_id=project_id,
            error_message=waits.project_error,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
