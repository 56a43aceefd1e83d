"""The files Studio serves: snapshot audio as MP3 that lasts what the snapshot says, and a zip of its chapters.

A chapter snapshot's audio is speech-like audio, one line per paragraph, timed as its character
alignments are (``CHARACTERS_PER_SECOND``), so it lasts exactly ``audio_duration_secs`` (to within an MP3
frame). A project snapshot's audio is its chapters' audio end to end, and its archive is a zip of each
chapter's MP3. Keys live under ``el/studio/{project_id}/`` so deleting a project forgets its files in one
call. ``convert_to_mpeg`` is served as its own file (another key): the same audio as a 64 kb/s MP3 instead
of 48 kb/s.
"""

from __future__ import annotations

import re

from dubkit.sim._media import MediaItem
from dubkit.sim._media_codecs import AUDIO_BIT_RATE, zip_archive
from dubkit.sim._media_files import add_media, encode_for
from dubkit.sim._media_signal import Pcm, concat, speech_like
from dubkit.sim._protocol import SimContext

from ._studio_state import CHARACTERS_PER_SECOND, ChapterSnapshot, ProjectSnapshot

__all__ = [
    "AUDIO_TYPE",
    "ZIP_TYPE",
    "archive_item",
    "audio_item",
    "project_prefix",
    "snapshot_pcm",
]

AUDIO_TYPE = "audio/mpeg"
ZIP_TYPE = "application/x-zip"
_MPEG_BIT_RATE = 64_000
_UNSAFE = re.compile(r"[^A-Za-z0-9 ._-]+")


def project_prefix(project_id: str) -> str:
    """Return the key prefix of every file of a project.

    Args:
        project_id: The project's ID.

    Returns:
        The prefix.
    """
    return f"el/studio/{project_id}/"


def _rendition(mpeg: bool) -> str:
    return "-mpeg" if mpeg else ""


def _bit_rate(mpeg: bool) -> int:
    return _MPEG_BIT_RATE if mpeg else AUDIO_BIT_RATE


def snapshot_pcm(snapshot: ChapterSnapshot | ProjectSnapshot) -> Pcm:
    """Return a snapshot's audio: each paragraph read where its characters are aligned, chapter after chapter.

    Args:
        snapshot: The snapshot.

    Returns:
        The samples, ``duration_secs`` long.
    """
    if isinstance(snapshot, ProjectSnapshot):
        return concat([snapshot_pcm(chapter) for chapter in snapshot.chapters])
    spans, offset = [], 0
    for block in snapshot.blocks:
        spans.append((offset / CHARACTERS_PER_SECOND, (offset + len(block.text)) / CHARACTERS_PER_SECOND))
        offset += len(block.text)
    return speech_like(snapshot.duration_secs, spans, snapshot.snapshot_id)


def audio_item(context: SimContext, snapshot: ChapterSnapshot | ProjectSnapshot, *, mpeg: bool) -> MediaItem:
    """Register (once) and return the audio of a project or chapter snapshot.

    Args:
        context: The simulator context.
        snapshot: The snapshot.
        mpeg: Whether the client asked for ``convert_to_mpeg``.

    Returns:
        The file.
    """
    folder = project_prefix(snapshot.project_id)
    if isinstance(snapshot, ChapterSnapshot):
        folder = f"{folder}chapters/{snapshot.chapter_id}/"
    key = f"{folder}{snapshot.snapshot_id}{_rendition(mpeg)}.mp3"
    build = encode_for(lambda: snapshot_pcm(snapshot), AUDIO_TYPE, bit_rate=_bit_rate(mpeg))
    return add_media(context, key, AUDIO_TYPE, f"{snapshot.snapshot_id}.mp3", build)


def _member_name(index: int, chapter: ChapterSnapshot) -> str:
    name = _UNSAFE.sub("_", chapter.chapter_name).strip() or "Chapter"
    return f"{index:02d} - {name}.mp3"


def archive_item(context: SimContext, snapshot: ProjectSnapshot) -> MediaItem:
    """Register (once) and return the zip of a project snapshot: one MP3 per chapter, in chapter order.

    Each member is the chapter snapshot's own audio file, byte for byte.

    Args:
        context: The simulator context.
        snapshot: The snapshot.

    Returns:
        The file.
    """

    def build() -> bytes:
        members = [
            (_member_name(index, chapter), audio_item(context, chapter, mpeg=False).data())
            for index, chapter in enumerate(snapshot.chapters, start=1)
        ]
        return zip_archive(members)

    key = f"{project_prefix(snapshot.project_id)}{snapshot.snapshot_id}.zip"
    return add_media(context, key, ZIP_TYPE, f"{snapshot.snapshot_id}.zip", build)
