# Generated from specs/wrappers/elevenlabs/studio_chapters.yaml by scripts/wrappers.py; do not edit.
# Change the declaration (or the glossary beside it), then run `make generate`.
"""``client.studio.projects.chapters``: the chapters of a Studio project, their edits and conversions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Unpack

from dubkit_elevenlabs.api.studio import (
    convert_chapter,
    create_chapter,
    delete_chapter,
    get_chapter,
    list_chapters,
    update_chapter,
)
from dubkit_elevenlabs.models import (
    AddChapterResponseModel,
    ChapterResponseModel,
    ChapterWithContentResponseModel,
    ConvertChapterResponseModel,
    DeleteChapterResponseModel,
    EditChapterResponseModel,
    GetChaptersResponseModel,
)

from dubkit._http import aexpect_with_headers
from dubkit._options import ExtraOptions, RequestOptions
from dubkit._validation import check_id
from dubkit._waiting import Observation, await_until_done
from dubkit.elevenlabs import _studio_inputs as inputs
from dubkit.elevenlabs import _studio_waits as waits
from dubkit.elevenlabs._studio_json import ChapterContentInput

from ._base import AsyncElevenLabsResource
from ._studio_snapshots import AsyncChapterSnapshots

if TYPE_CHECKING:
    from ._client import AsyncElevenLabs


__all__ = ["AsyncChapters"]


OnChapterUpdate = Callable[[ChapterWithContentResponseModel], None]


class AsyncChapters(AsyncElevenLabsResource):
    """``client.studio.projects.chapters``: a project's chapters.

    Attributes:
        snapshots: The audio of each chapter conversion (``snapshots.list/get/download``).

    Args:
        client: The owning client.
    """

    def __init__(self, client: AsyncElevenLabs) -> None:
        super().__init__(client)
        self.snapshots = AsyncChapterSnapshots(client)

    async def list(self, project_id: str, **options: Unpack[RequestOptions]) -> list[ChapterResponseModel]:
        """Return a project's chapters, in reading order (the API does not paginate them).

        Args:
            project_id: The project's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The chapters, without their content (``get`` has it).

        Raises:
            ValueError: If the id is empty or not safe in a URL path.
            NotFoundError: If there is no such project.
        """
        check_id("project_id", project_id)
        result = await self._call(
            list_chapters.asyncio_detailed, GetChaptersResponseModel, project_id, client=self._raw
        )
        return result.chapters

    async def get(
        self, project_id: str, chapter_id: str, **options: Unpack[RequestOptions]
    ) -> ChapterWithContentResponseModel:
        """Return a chapter with its content, state and conversion progress.

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The chapter.

        Raises:
            ValueError: If an id is empty or not safe in a URL path.
            NotFoundError: If there is no such project or chapter.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)
        return await self._call(
            get_chapter.asyncio_detailed, ChapterWithContentResponseModel, project_id, chapter_id, client=self._raw
        )

    async def create(
        self, project_id: str, *, name: str, from_url: str | None = None, **options: Unpack[RequestOptions]
    ) -> AddChapterResponseModel:
        """Add a chapter at the end of a project: blank, or with the content of a web page.

        Args:
            project_id: The project's id.
            name: The chapter's name.
            from_url: A web page to take the content from.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The new chapter, with its content.

        Raises:
            ValueError: On bad input (blank name, non-http URL), before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project.
            UnprocessableEntityError: The API refused (e.g. a podcast still being created).
        """
        check_id("project_id", project_id)
        body = inputs.create_chapter_body(name=name, from_url=from_url)
        return await self._call(
            create_chapter.asyncio_detailed, AddChapterResponseModel, project_id, body=body, client=self._raw
        )

    async def update(
        self,
        project_id: str,
        chapter_id: str,
        *,
        name: str | None = None,
        content: ChapterContentInput | None = None,
        **options: Unpack[RequestOptions],
    ) -> EditChapterResponseModel:
        """Rename a chapter and/or replace its content; a block keeps its audio if its ``block_id`` and text stay.

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.
            name: The new name.
            content: The new content: a ``ChapterContentInputModel`` or ``{"blocks": [{"sub_type": "p", "nodes":
                [{"type": "tts_node", "voice_id": ..., "text": ...}]}]}``.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The chapter as it now is.

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project or chapter.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)
        body = inputs.update_chapter_body(name=name, content=content)
        return await self._call(
            update_chapter.asyncio_detailed,
            EditChapterResponseModel,
            project_id,
            chapter_id,
            body=body,
            client=self._raw,
        )

    async def delete(
        self, project_id: str, chapter_id: str, **options: Unpack[RequestOptions]
    ) -> DeleteChapterResponseModel:
        """Delete a chapter and its snapshots.

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The API's confirmation.

        Raises:
            ValueError: If an id is empty or not safe in a URL path.
            NotFoundError: If there is no such project or chapter.
            UnprocessableEntityError: The chapter is being converted.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)
        return await self._call(
            delete_chapter.asyncio_detailed, DeleteChapterResponseModel, project_id, chapter_id, client=self._raw
        )

    async def convert(
        self, project_id: str, chapter_id: str, **options: Unpack[RequestOptions]
    ) -> ConvertChapterResponseModel:
        """Start converting one chapter to audio; follow it with ``wait_for_conversion``.

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The API's confirmation.

        Raises:
            ValueError: If an id is empty or not safe in a URL path.
            NotFoundError: If there is no such project or chapter.
            UnprocessableEntityError: The chapter is already converting, or has no text.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)
        return await self._call(
            convert_chapter.asyncio_detailed, ConvertChapterResponseModel, project_id, chapter_id, client=self._raw
        )

    async def wait_for_conversion(
        self,
        project_id: str,
        chapter_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: OnChapterUpdate | None = None,
        **options: Unpack[ExtraOptions],
    ) -> ChapterWithContentResponseModel:
        """Poll a chapter until it is no longer converting.

        ``converting`` (or a state dubkit does not know) is running; ``default`` is done, unless the
        chapter reports a ``last_conversion_error``, which is a failure. A chapter that is not converting
        returns at once.

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.
            timeout: Give up after this many seconds (default: three hours).
            poll_interval: The first interval between polls; it backs off from there, with jitter.
            on_update: Called with the chapter whenever its status changes (and at the first poll).
            **options: Request options for this call: ``extra_headers``, ``extra_query``, ``extra_body`` (``timeout`` is
                the wait's deadline here; set the per-request timeout with ``client.with_options``).

        Returns:
            The converted chapter (its newest snapshot is in ``snapshots.list``).

        Raises:
            ValueError: On a bad id, timeout or poll interval, before any request.
            DubbingFailedError: The conversion failed (carries the chapter and its error).
            WaitTimeoutError: At the deadline (carries the last status and chapter seen).
            NotFoundError: If there is no such project or chapter.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)

        async def poll() -> Observation[ChapterWithContentResponseModel]:
            answer, headers = await aexpect_with_headers(
                lambda: get_chapter.asyncio_detailed(project_id, chapter_id, client=self._raw),
                ChapterWithContentResponseModel,
            )
            return waits.chapter_observation(answer, headers)

        return await await_until_done(
            poll,
            waits.classify_chapter,
            job_id=chapter_id,
            error_message=waits.chapter_error,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )
