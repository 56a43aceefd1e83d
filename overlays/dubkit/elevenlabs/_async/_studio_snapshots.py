"""``client.studio.projects.snapshots`` and ``client.studio.projects.chapters.snapshots``: converted audio.

Every conversion leaves a snapshot: one per chapter, plus one for the whole project when the whole
project was converted. Their audio (and a project's zip of chapter files) is streamed to a file,
never read into memory, through the shared download code: atomic, length-checked and resumable.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from dubkit_elevenlabs import Client
from dubkit_elevenlabs.api.studio import (
    get_chapter_snapshot,
    get_project_snapshot,
    list_chapter_snapshots,
    list_project_snapshots,
    stream_chapter_snapshot_audio,
    stream_project_snapshot_archive,
    stream_project_snapshot_audio,
)
from dubkit_elevenlabs.models import (
    ChapterSnapshotExtendedResponseModel,
    ChapterSnapshotResponseModel,
    ChapterSnapshotsResponseModel,
    ProjectSnapshotExtendedResponseModel,
    ProjectSnapshotResponseModel,
    ProjectSnapshotsResponseModel,
)

from dubkit._http import aexpect
from dubkit._validation import check_id, check_path
from dubkit.elevenlabs import _studio_inputs as inputs

from ._files import adownload_endpoint

if TYPE_CHECKING:
    from ._client import AsyncElevenLabs

__all__ = ["AsyncChapterSnapshots", "AsyncProjectSnapshots"]


class AsyncProjectSnapshots:
    """``client.studio.projects.snapshots``: the audio of whole-project conversions.

    Args:
        client: The owning client.
    """

    def __init__(self, client: AsyncElevenLabs) -> None:
        self._client = client

    @property
    def _raw(self) -> Client:
        return self._client.raw

    async def list(self, project_id: str) -> list[ProjectSnapshotResponseModel]:
        """Return a project's snapshots (the API does not paginate them).

        Args:
            project_id: The project's id.

        Returns:
            The snapshots, as the API orders them.

        Raises:
            ValueError: If the id is empty or not safe in a URL path.
            NotFoundError: If there is no such project.
        """
        check_id("project_id", project_id)
        listing = await aexpect(
            lambda: list_project_snapshots.asyncio_detailed(project_id, client=self._raw), ProjectSnapshotsResponseModel
        )
        return listing.snapshots

    async def get(self, project_id: str, project_snapshot_id: str) -> ProjectSnapshotExtendedResponseModel:
        """Return one project snapshot, with its character alignments and audio duration.

        Args:
            project_id: The project's id.
            project_snapshot_id: The snapshot's id.

        Returns:
            The snapshot.

        Raises:
            ValueError: If an id is empty or not safe in a URL path.
            NotFoundError: If there is no such project or snapshot.
        """
        check_id("project_id", project_id)
        check_id("project_snapshot_id", project_snapshot_id)
        return await aexpect(
            lambda: get_project_snapshot.asyncio_detailed(project_id, project_snapshot_id, client=self._raw),
            ProjectSnapshotExtendedResponseModel,
        )

    async def download(
        self,
        project_id: str,
        project_snapshot_id: str,
        path: str | os.PathLike[str],
        *,
        convert_to_mpeg: bool | None = None,
    ) -> Path:
        """Download a project snapshot's audio to a file: streamed, atomic, length-checked, resumable.

        Args:
            project_id: The project's id.
            project_snapshot_id: The snapshot's id.
            path: The file to write (MP3); replaced only once complete.
            convert_to_mpeg: Ask the API to convert the audio to MPEG (its default is not to).

        Returns:
            The written path.

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project or snapshot.
            DownloadError: The file could not be downloaded completely; nothing written.
        """
        check_id("project_id", project_id)
        check_id("project_snapshot_id", project_snapshot_id)
        destination = check_path("path", path)
        body = inputs.stream_project_body(convert_to_mpeg)
        request = stream_project_snapshot_audio.request_kwargs(project_id, project_snapshot_id, body=body)
        return await adownload_endpoint(self._client.stream_http, self._client.base_url, request, destination)

    async def download_archive(self, project_id: str, project_snapshot_id: str, path: str | os.PathLike[str]) -> Path:
        """Download a zip of a project snapshot's audio, one file per chapter.

        Args:
            project_id: The project's id.
            project_snapshot_id: The snapshot's id.
            path: The file to write (a zip); replaced only once complete.

        Returns:
            The written path.

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project or snapshot.
            DownloadError: The file could not be downloaded completely; nothing written.
        """
        check_id("project_id", project_id)
        check_id("project_snapshot_id", project_snapshot_id)
        destination = check_path("path", path)
        request = stream_project_snapshot_archive.request_kwargs(project_id, project_snapshot_id)
        return await adownload_endpoint(self._client.stream_http, self._client.base_url, request, destination)


class AsyncChapterSnapshots:
    """``client.studio.projects.chapters.snapshots``: the audio of chapter conversions.

    Args:
        client: The owning client.
    """

    def __init__(self, client: AsyncElevenLabs) -> None:
        self._client = client

    @property
    def _raw(self) -> Client:
        return self._client.raw

    async def list(self, project_id: str, chapter_id: str) -> list[ChapterSnapshotResponseModel]:
        """Return a chapter's snapshots (the API does not paginate them).

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.

        Returns:
            The snapshots, as the API orders them.

        Raises:
            ValueError: If an id is empty or not safe in a URL path.
            NotFoundError: If there is no such project or chapter.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)
        listing = await aexpect(
            lambda: list_chapter_snapshots.asyncio_detailed(project_id, chapter_id, client=self._raw),
            ChapterSnapshotsResponseModel,
        )
        return listing.snapshots

    async def get(
        self, project_id: str, chapter_id: str, chapter_snapshot_id: str
    ) -> ChapterSnapshotExtendedResponseModel:
        """Return one chapter snapshot, with its character alignments.

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.
            chapter_snapshot_id: The snapshot's id.

        Returns:
            The snapshot.

        Raises:
            ValueError: If an id is empty or not safe in a URL path.
            NotFoundError: If there is no such project, chapter or snapshot.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)
        check_id("chapter_snapshot_id", chapter_snapshot_id)
        return await aexpect(
            lambda: get_chapter_snapshot.asyncio_detailed(
                project_id, chapter_id, chapter_snapshot_id, client=self._raw
            ),
            ChapterSnapshotExtendedResponseModel,
        )

    async def download(
        self,
        project_id: str,
        chapter_id: str,
        chapter_snapshot_id: str,
        path: str | os.PathLike[str],
        *,
        convert_to_mpeg: bool | None = None,
    ) -> Path:
        """Download a chapter snapshot's audio to a file: streamed, atomic, length-checked, resumable.

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.
            chapter_snapshot_id: The snapshot's id.
            path: The file to write (MP3); replaced only once complete.
            convert_to_mpeg: Ask the API to convert the audio to MPEG (its default is not to).

        Returns:
            The written path.

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project, chapter or snapshot.
            DownloadError: The file could not be downloaded completely; nothing written.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)
        check_id("chapter_snapshot_id", chapter_snapshot_id)
        destination = check_path("path", path)
        body = inputs.stream_chapter_body(convert_to_mpeg)
        request = stream_chapter_snapshot_audio.request_kwargs(project_id, chapter_id, chapter_snapshot_id, body=body)
        return await adownload_endpoint(self._client.stream_http, self._client.base_url, request, destination)
