"""How Studio's state looks on the wire: the generated response models, with every documented field set.

The dispatcher drops unset fields (``exclude_unset``), so each builder sets every field the real API
returns, nullable ones to None.
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterable
from typing import Any

from dubkit_models.elevenlabs import (
    ChapterContentBlockResponseModel,
    ChapterContentBlockTtsNodeResponseModel,
    ChapterContentResponseModel,
    ChapterResponseModel,
    ChapterSnapshotExtendedResponseModel,
    ChapterSnapshotResponseModel,
    ChapterStatisticsResponseModel,
    ChapterWithContentResponseModel,
    CharacterAlignmentModel,
    ProjectCreationMetaResponseModel,
    ProjectExtendedResponseModel,
    ProjectResponseModel,
    ProjectSnapshotExtendedResponseModel,
    ProjectSnapshotResponseModel,
    PronunciationDictionaryLocatorResponseModel,
    PronunciationDictionaryVersionResponseModel,
)

from ._studio_state import (
    CHARACTERS_PER_SECOND,
    Chapter,
    ChapterSnapshot,
    FrozenBlock,
    Locator,
    Project,
    ProjectSnapshot,
    project_state,
)

__all__ = [
    "chapter_snapshot_extended_view",
    "chapter_snapshot_view",
    "chapter_view",
    "chapter_with_content_view",
    "project_extended_view",
    "project_snapshot_extended_view",
    "project_snapshot_view",
    "project_view",
]


def _creation_meta(project: Project, now: float) -> ProjectCreationMetaResponseModel:
    pending = project.pending
    if pending is None:
        return ProjectCreationMetaResponseModel(creation_progress=1.0, status="finished", type=project.creation_type)
    progress = pending.progress(now)
    status = "pending" if progress == 0.0 else "creating"
    return ProjectCreationMetaResponseModel(creation_progress=progress, status=status, type=project.creation_type)


def _project_fields(project: Project, now: float) -> dict[str, Any]:
    return {
        "project_id": project.project_id,
        "name": project.name,
        "create_date_unix": project.create_date_unix,
        "created_by_user_id": None,
        # The 2026 document refers to voices by project voice reference; the simulator's references are the
        # voice ids themselves (the deprecated *_voice_id fields still carry them too).
        "default_title_voice_ref_id": project.default_title_voice_id,
        "default_paragraph_voice_ref_id": project.default_paragraph_voice_id,
        "default_title_voice_id": project.default_title_voice_id,
        "default_paragraph_voice_id": project.default_paragraph_voice_id,
        "default_model_id": project.default_model_id,
        "last_conversion_date_unix": project.last_conversion_date_unix,
        "can_be_downloaded": bool(project.snapshots),
        "title": project.title,
        "author": project.author,
        "description": project.description,
        "genres": project.genres,
        "cover_image_url": None,
        "target_audience": project.target_audience,
        "language": project.language,
        "content_type": project.content_type,
        "original_publication_date": project.original_publication_date,
        "mature_content": project.mature_content,
        "isbn_number": project.isbn_number,
        "volume_normalization": project.volume_normalization,
        "state": project_state(project, now),
        "access_level": "admin",
        "fiction": project.fiction,
        "quality_check_on": False,
        "quality_check_on_when_bulk_convert": False,
        "creation_meta": _creation_meta(project, now),
        "source_type": project.source_type,
        "chapters_enabled": True,
        "captions_enabled": True,
        "caption_style": None,
    }


def project_view(project: Project, now: float) -> ProjectResponseModel:
    """Return a project as lists and edits show it.

    Args:
        project: The project (settled).
        now: Simulated seconds.

    Returns:
        The model.
    """
    return ProjectResponseModel.model_validate(_project_fields(project, now))


def _latest_version(dictionary_id: str) -> str:
    # Stands in for the dictionary's latest version: stable per dictionary, so repeated reads agree.
    rng = random.Random(f"dictionary:{dictionary_id}")  # noqa: S311 - deterministic stand-in ID
    return "".join(rng.choices(string.ascii_letters + string.digits, k=20))


def _version_view(locator: Locator) -> PronunciationDictionaryVersionResponseModel:
    version_id = locator.version_id or _latest_version(locator.pronunciation_dictionary_id)
    return PronunciationDictionaryVersionResponseModel(
        version_id=version_id,
        version_rules_num=1 + sum(map(ord, version_id)) % 50,
        pronunciation_dictionary_id=locator.pronunciation_dictionary_id,
        dictionary_name=f"Dictionary {locator.pronunciation_dictionary_id}",
        version_name=f"Version {version_id[:6]}",
        permission_on_resource="admin",
        created_by="simulator",
        creation_time_unix=locator.added_unix,
        archived_time_unix=None,
    )


def project_extended_view(project: Project, now: float) -> ProjectExtendedResponseModel:
    """Return a project as ``get_project`` shows it: with chapters and pronunciation dictionaries.

    Args:
        project: The project (settled).
        now: Simulated seconds.

    Returns:
        The model.
    """
    fields = _project_fields(project, now)
    fields.update(
        quality_preset=project.quality_preset,
        chapters=[chapter_view(project, chapter, now) for chapter in project.chapters],
        pronunciation_dictionary_versions=[_version_view(locator) for locator in project.locators],
        pronunciation_dictionary_locators=[
            PronunciationDictionaryLocatorResponseModel(
                pronunciation_dictionary_id=locator.pronunciation_dictionary_id, version_id=locator.version_id
            )
            for locator in project.locators
        ],
        apply_text_normalization=project.apply_text_normalization,
        assets=[],
        voices=[],
    )
    return ProjectExtendedResponseModel.model_validate(fields)


def _statistics(chapter: Chapter) -> ChapterStatisticsResponseModel:
    converted = [block for block in chapter.blocks if block.is_converted]
    unconverted = [block for block in chapter.blocks if not block.is_converted]
    return ChapterStatisticsResponseModel(
        characters_unconverted=sum(block.characters for block in unconverted),
        characters_converted=sum(block.characters for block in converted),
        paragraphs_converted=len(converted),
        paragraphs_unconverted=len(unconverted),
    )


def _chapter_fields(project: Project, chapter: Chapter, now: float) -> dict[str, Any]:
    conversion = project.conversion_of(chapter.chapter_id)
    return {
        "chapter_id": chapter.chapter_id,
        "name": chapter.name,
        "last_conversion_date_unix": chapter.last_conversion_date_unix,
        "conversion_progress": None if conversion is None else conversion.chapter_progress(now),
        "can_be_downloaded": bool(chapter.snapshots),
        "state": "default" if conversion is None else "converting",
        "has_video": False,
        "statistics": _statistics(chapter),
        "last_conversion_error": chapter.last_conversion_error,
    }


def chapter_view(project: Project, chapter: Chapter, now: float) -> ChapterResponseModel:
    """Return a chapter as lists show it (without content).

    Args:
        project: Its project (settled).
        chapter: The chapter.
        now: Simulated seconds.

    Returns:
        The model.
    """
    return ChapterResponseModel.model_validate(_chapter_fields(project, chapter, now))


def chapter_with_content_view(project: Project, chapter: Chapter, now: float) -> ChapterWithContentResponseModel:
    """Return a chapter with its paragraphs.

    Args:
        project: Its project (settled).
        chapter: The chapter.
        now: Simulated seconds.

    Returns:
        The model.
    """
    blocks = [
        ChapterContentBlockResponseModel(
            block_id=block.block_id,
            nodes=[
                ChapterContentBlockTtsNodeResponseModel(
                    type="tts_node", project_voice_ref_id=node.voice_id, voice_id=node.voice_id, text=node.text
                )
                for node in block.nodes
            ],
        )
        for block in chapter.blocks
    ]
    fields = _chapter_fields(project, chapter, now)
    fields["content"] = ChapterContentResponseModel(blocks=blocks)
    return ChapterWithContentResponseModel.model_validate(fields)


def _alignments(blocks: Iterable[FrozenBlock]) -> list[CharacterAlignmentModel]:
    step = 1.0 / CHARACTERS_PER_SECOND
    offset = 0
    found = []
    for block in blocks:
        characters = list(block.text)
        found.append(
            CharacterAlignmentModel(
                characters=characters,
                character_start_times_seconds=[round((offset + i) * step, 3) for i in range(len(characters))],
                character_end_times_seconds=[round((offset + i + 1) * step, 3) for i in range(len(characters))],
            )
        )
        offset += len(characters)
    return found


def project_snapshot_view(snapshot: ProjectSnapshot) -> ProjectSnapshotResponseModel:
    """Return a project snapshot as lists show it.

    Args:
        snapshot: The snapshot.

    Returns:
        The model.
    """
    return ProjectSnapshotResponseModel(
        project_snapshot_id=snapshot.snapshot_id,
        project_id=snapshot.project_id,
        created_at_unix=snapshot.created_at_unix,
        name=snapshot.name,
        audio_upload=None,
        zip_upload=None,
    )


def project_snapshot_extended_view(snapshot: ProjectSnapshot) -> ProjectSnapshotExtendedResponseModel:
    """Return a project snapshot with its alignments (one per paragraph, timed across all chapters).

    Args:
        snapshot: The snapshot.

    Returns:
        The model.
    """
    blocks = [block for chapter in snapshot.chapters for block in chapter.blocks]
    return ProjectSnapshotExtendedResponseModel(
        project_snapshot_id=snapshot.snapshot_id,
        project_id=snapshot.project_id,
        created_at_unix=snapshot.created_at_unix,
        name=snapshot.name,
        audio_upload=None,
        zip_upload=None,
        character_alignments=_alignments(blocks),
        audio_duration_secs=snapshot.duration_secs,
    )


def chapter_snapshot_view(snapshot: ChapterSnapshot) -> ChapterSnapshotResponseModel:
    """Return a chapter snapshot as lists show it.

    Args:
        snapshot: The snapshot.

    Returns:
        The model.
    """
    return ChapterSnapshotResponseModel(
        chapter_snapshot_id=snapshot.snapshot_id,
        project_id=snapshot.project_id,
        chapter_id=snapshot.chapter_id,
        created_at_unix=snapshot.created_at_unix,
        name=snapshot.name,
    )


def chapter_snapshot_extended_view(snapshot: ChapterSnapshot) -> ChapterSnapshotExtendedResponseModel:
    """Return a chapter snapshot with its alignments (one per paragraph).

    Args:
        snapshot: The snapshot.

    Returns:
        The model.
    """
    return ChapterSnapshotExtendedResponseModel(
        chapter_snapshot_id=snapshot.snapshot_id,
        project_id=snapshot.project_id,
        chapter_id=snapshot.chapter_id,
        created_at_unix=snapshot.created_at_unix,
        name=snapshot.name,
        character_alignments=_alignments(snapshot.blocks),
    )
