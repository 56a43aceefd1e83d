# Generated from overlays/dubkit/elevenlabs/_async/_studio_snapshots.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
# Generated from specs/wrappers/elevenlabs/studio_snapshots.yaml by scripts/wrappers.py; do not edit.
# Change the declaration (or the glossary beside it), then run `make generate`.
"""``client.studio.projects.snapshots`` and ``client.studio.projects.chapters.snapshots``: converted audio.

Every conversion leaves a snapshot: one per chapter, plus one for the whole project when the whole
project was converted. Their audio (and a project's zip of chapter files) is streamed to a file,
never read into memory, through the shared download code: atomic, length-checked and resumable.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Unpack, overload

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

from dubkit._downloads import Destination, Writable
from dubkit._options import RequestOptions
from dubkit._validation import check_id, check_int
from dubkit.elevenlabs import _studio_inputs as inputs

from ._base import ElevenLabsResource

__all__ = ["ChapterSnapshots", "ProjectSnapshots"]


class ProjectSnapshots(ElevenLabsResource):
    """``client.studio.projects.snapshots``: the audio of whole-project conversions."""

    def list(self, project_id: str, **options: Unpack[RequestOptions]) -> list[ProjectSnapshotResponseModel]:
        """Return a project's snapshots (the API does not paginate them).

        Args:
            project_id: The project's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The snapshots, as the API orders them.

        Raises:
            ValueError: If the id is empty or not safe in a URL path.
            NotFoundError: If there is no such project.
        """
        check_id("project_id", project_id)
        result = self._call(
            list_project_snapshots.sync_detailed, ProjectSnapshotsResponseModel, project_id, client=self._raw
        )
        return result.snapshots

    def get(
        self, project_id: str, project_snapshot_id: str, **options: Unpack[RequestOptions]
    ) -> ProjectSnapshotExtendedResponseModel:
        """Return one project snapshot, with its character alignments and audio duration.

        Args:
            project_id: The project's id.
            project_snapshot_id: The snapshot's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The snapshot.

        Raises:
            ValueError: If an id is empty or not safe in a URL path.
            NotFoundError: If there is no such project or snapshot.
        """
        check_id("project_id", project_id)
        check_id("project_snapshot_id", project_snapshot_id)
        return self._call(
            get_project_snapshot.sync_detailed,
            ProjectSnapshotExtendedResponseModel,
            project_id,
            project_snapshot_id,
            client=self._raw,
        )

    @overload
    def download(
        self,
        project_id: str,
        project_snapshot_id: str,
        path: str | os.PathLike[str],
        *,
        convert_to_mpeg: bool | None = ...,
        max_bytes: int | None = ...,
        **options: Unpack[RequestOptions],
    ) -> Path: ...
    @overload
    def download(
        self,
        project_id: str,
        project_snapshot_id: str,
        path: Writable,
        *,
        convert_to_mpeg: bool | None = ...,
        max_bytes: int | None = ...,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    def download(
        self,
        project_id: str,
        project_snapshot_id: str,
        path: Destination,
        *,
        convert_to_mpeg: bool | None = None,
        max_bytes: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Path | None:
        """Download a project snapshot's audio to a file: streamed, atomic, length-checked, resumable.

        Args:
            project_id: The project's id.
            project_snapshot_id: The snapshot's id.
            path: The file to write (MP3), replaced only once complete; or a binary file object.
            convert_to_mpeg: Ask the API to convert the audio to MPEG (its default is not to).
            max_bytes: Refuse a file larger than this (``DownloadError``); None for no limit.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The written path (None for a file object).

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project or snapshot.
            DownloadError: The file could not be downloaded completely, or is larger than ``max_bytes``; nothing
                written.
        """
        check_id("project_id", project_id)
        check_id("project_snapshot_id", project_snapshot_id)
        check_int("max_bytes", max_bytes, minimum=1)
        request = self._audio_request(project_id, project_snapshot_id, convert_to_mpeg)
        return self._download(request, path, max_bytes=max_bytes)

    def iter_bytes(
        self,
        project_id: str,
        project_snapshot_id: str,
        *,
        convert_to_mpeg: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[bytes]:
        """Yield a project snapshot's audio as it arrives: length-checked, resumed with ``Range`` if dropped.

        Args:
            project_id: The project's id.
            project_snapshot_id: The snapshot's id.
            convert_to_mpeg: Ask the API to convert the audio to MPEG (its default is not to).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            An iterator of chunks; it ends once every byte the server announced has been yielded.

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project or snapshot.
            DownloadError: The body could not be received completely.
        """
        check_id("project_id", project_id)
        check_id("project_snapshot_id", project_snapshot_id)
        request = self._audio_request(project_id, project_snapshot_id, convert_to_mpeg)
        return self._stream(request)

    @overload
    def download_archive(
        self,
        project_id: str,
        project_snapshot_id: str,
        path: str | os.PathLike[str],
        *,
        max_bytes: int | None = ...,
        **options: Unpack[RequestOptions],
    ) -> Path: ...
    @overload
    def download_archive(
        self,
        project_id: str,
        project_snapshot_id: str,
        path: Writable,
        *,
        max_bytes: int | None = ...,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    def download_archive(
        self,
        project_id: str,
        project_snapshot_id: str,
        path: Destination,
        *,
        max_bytes: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Path | None:
        """Download a zip of a project snapshot's audio, one file per chapter.

        Args:
            project_id: The project's id.
            project_snapshot_id: The snapshot's id.
            path: The file to write (a zip), replaced only once complete; or a binary file object.
            max_bytes: Refuse a file larger than this (``DownloadError``); None for no limit.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The written path (None for a file object).

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project or snapshot.
            DownloadError: The file could not be downloaded completely, or is larger than ``max_bytes``; nothing
                written.
        """
        check_id("project_id", project_id)
        check_id("project_snapshot_id", project_snapshot_id)
        check_int("max_bytes", max_bytes, minimum=1)
        request = self._archive_request(project_id, project_snapshot_id)
        return self._download(request, path, max_bytes=max_bytes)

    def iter_archive_bytes(
        self, project_id: str, project_snapshot_id: str, **options: Unpack[RequestOptions]
    ) -> Iterator[bytes]:
        """Yield the zip of a project snapshot's audio as it arrives: length-checked, resumed if dropped.

        Args:
            project_id: The project's id.
            project_snapshot_id: The snapshot's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            An iterator of chunks; it ends once every byte the server announced has been yielded.

        Raises:
            ValueError: On bad input, before any request.
            NotFoundError: If there is no such project or snapshot.
            DownloadError: The body could not be received completely.
        """
        check_id("project_id", project_id)
        check_id("project_snapshot_id", project_snapshot_id)
        request = self._archive_request(project_id, project_snapshot_id)
        return self._stream(request)

    @staticmethod
    def _audio_request(project_id: str, project_snapshot_id: str, convert_to_mpeg: object) -> dict[str, Any]:
        body = inputs.stream_project_body(convert_to_mpeg)
        return stream_project_snapshot_audio.request_kwargs(project_id, project_snapshot_id, body=body)

    @staticmethod
    def _archive_request(project_id: str, project_snapshot_id: str) -> dict[str, Any]:
        return stream_project_snapshot_archive.request_kwargs(project_id, project_snapshot_id)


class ChapterSnapshots(ElevenLabsResource):
    """``client.studio.projects.chapters.snapshots``: the audio of chapter conversions."""

    def list(
        self, project_id: str, chapter_id: str, **options: Unpack[RequestOptions]
    ) -> list[ChapterSnapshotResponseModel]:
        """Return a chapter's snapshots (the API does not paginate them).

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The snapshots, as the API orders them.

        Raises:
            ValueError: If an id is empty or not safe in a URL path.
            NotFoundError: If there is no such project or chapter.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)
        result = self._call(
            list_chapter_snapshots.sync_detailed,
            ChapterSnapshotsResponseModel,
            project_id,
            chapter_id,
            client=self._raw,
        )
        return result.snapshots

    def get(
        self, project_id: str, chapter_id: str, chapter_snapshot_id: str, **options: Unpack[RequestOptions]
    ) -> ChapterSnapshotExtendedResponseModel:
        """Return one chapter snapshot, with its character alignments.

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.
            chapter_snapshot_id: The snapshot's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The snapshot.

        Raises:
            ValueError: If an id is empty or not safe in a URL path.
            NotFoundError: If there is no such project, chapter or snapshot.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)
        check_id("chapter_snapshot_id", chapter_snapshot_id)
        return self._call(
            get_chapter_snapshot.sync_detailed,
            ChapterSnapshotExtendedResponseModel,
            project_id,
            chapter_id,
            chapter_snapshot_id,
            client=self._raw,
        )

    @overload
    def download(
        self,
        project_id: str,
        chapter_id: str,
        chapter_snapshot_id: str,
        path: str | os.PathLike[str],
        *,
        convert_to_mpeg: bool | None = ...,
        max_bytes: int | None = ...,
        **options: Unpack[RequestOptions],
    ) -> Path: ...
    @overload
    def download(
        self,
        project_id: str,
        chapter_id: str,
        chapter_snapshot_id: str,
        path: Writable,
        *,
        convert_to_mpeg: bool | None = ...,
        max_bytes: int | None = ...,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    def download(
        self,
        project_id: str,
        chapter_id: str,
        chapter_snapshot_id: str,
        path: Destination,
        *,
        convert_to_mpeg: bool | None = None,
        max_bytes: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Path | None:
        """Download a chapter snapshot's audio to a file: streamed, atomic, length-checked, resumable.

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.
            chapter_snapshot_id: The snapshot's id.
            path: The file to write (MP3), replaced only once complete; or a binary file object.
            convert_to_mpeg: Ask the API to convert the audio to MPEG (its default is not to).
            max_bytes: Refuse a file larger than this (``DownloadError``); None for no limit.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The written path (None for a file object).

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project, chapter or snapshot.
            DownloadError: The file could not be downloaded completely, or is larger than ``max_bytes``; nothing
                written.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)
        check_id("chapter_snapshot_id", chapter_snapshot_id)
        check_int("max_bytes", max_bytes, minimum=1)
        request = self._audio_request(project_id, chapter_id, chapter_snapshot_id, convert_to_mpeg)
        return self._download(request, path, max_bytes=max_bytes)

    def iter_bytes(
        self,
        project_id: str,
        chapter_id: str,
        chapter_snapshot_id: str,
        *,
        convert_to_mpeg: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[bytes]:
        """Yield a chapter snapshot's audio as it arrives: length-checked, resumed with ``Range`` if dropped.

        Args:
            project_id: The project's id.
            chapter_id: The chapter's id.
            chapter_snapshot_id: The snapshot's id.
            convert_to_mpeg: Ask the API to convert the audio to MPEG (its default is not to).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            An iterator of chunks; it ends once every byte the server announced has been yielded.

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: If there is no such project, chapter or snapshot.
            DownloadError: The body could not be received completely.
        """
        check_id("project_id", project_id)
        check_id("chapter_id", chapter_id)
        check_id("chapter_snapshot_id", chapter_snapshot_id)
        request = self._audio_request(project_id, chapter_id, chapter_snapshot_id, convert_to_mpeg)
        return self._stream(request)

    @staticmethod
    def _audio_request(
        project_id: str, chapter_id: str, chapter_snapshot_id: str, convert_to_mpeg: object
    ) -> dict[str, Any]:
        body = inputs.stream_chapter_body(convert_to_mpeg)
        return stream_chapter_snapshot_audio.request_kwargs(project_id, chapter_id, chapter_snapshot_id, body=body)
