"""How Studio's state looks on the wire: the generated response models, with every documented field set.

The dispatcher drops unset fields (``exclude_unset``), so each builder sets every field the real API
returns, nullable ones to None. A view is asked for a model: lists show the plain model, gets its extended
form, and the view fills exactly the fields the model declares.
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterable
from typing import Any, TypeVar

import pydantic
from dubkit_models.elevenlabs import (
    ChapterContentBlockResponseModel,
    ChapterContentBlockTtsNodeResponseModel,
    ChapterContentResponseModel,
    ChapterResponseModel,
    ChapterStatisticsResponseModel,
    CharacterAlignmentModel,
    ProjectCreationMetaResponseModel,
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
    "chapter_view",
    "project_view",
    "snapshot_view",
]

_Model = TypeVar("_Model", bound=pydantic.BaseModel)


def _declared(model: type[_Model], fields: dict[str, Any]) -> _Model:
    """Return the model built from the fields it declares (a view may know more than a plain model shows)."""
    return model.model_validate({name: value for name, value in fields.items() if name in model.model_fields})


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


def project_view(project: Project, now: float, model: type[_Model]) -> _Model:
    """Return a project as lists and edits show it, or (``ProjectExtendedResponseModel``) as ``get_project`` does.

    Args:
        project: The project (settled).
        now: Simulated seconds.
        model: ``ProjectResponseModel``, or the extended form with chapters and pronunciation dictionaries.

    Returns:
        The model.
    """
    fields = _project_fields(project, now)
    if "chapters" in model.model_fields:
        fields.update(
            quality_preset=project.quality_preset,
            chapters=[chapter_view(project, chapter, now, ChapterResponseModel) for chapter in project.chapters],
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
    return _declared(model, fields)


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


def chapter_view(project: Project, chapter: Chapter, now: float, model: type[_Model]) -> _Model:
    """Return a chapter as lists show it, or (``ChapterWithContentResponseModel``) with its paragraphs.

    Args:
        project: Its project (settled).
        chapter: The chapter.
        now: Simulated seconds.
        model: ``ChapterResponseModel``, or the form with content.

    Returns:
        The model.
    """
    fields = _chapter_fields(project, chapter, now)
    if "content" in model.model_fields:
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
        fields["content"] = ChapterContentResponseModel(blocks=blocks)
    return _declared(model, fields)


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


def snapshot_view(snapshot: ChapterSnapshot | ProjectSnapshot, model: type[_Model]) -> _Model:
    """Return a project or chapter snapshot as a response model shows it.

    Each of the four snapshot models (``ProjectSnapshotResponseModel``, ``ChapterSnapshotResponseModel`` and
    their ``Extended`` forms) gets exactly the fields it declares. The extended forms add the alignments, one
    per paragraph, a project snapshot's timed across all its chapters.

    Args:
        snapshot: The snapshot.
        model: The response model; lists show the plain form, gets the extended one.

    Returns:
        The model.
    """
    kind = "chapter" if isinstance(snapshot, ChapterSnapshot) else "project"
    fields: dict[str, Any] = {
        f"{kind}_snapshot_id": snapshot.snapshot_id,
        "project_id": snapshot.project_id,
        "created_at_unix": snapshot.created_at_unix,
        "name": snapshot.name,
        "audio_upload": None,
        "zip_upload": None,
    }
    if isinstance(snapshot, ChapterSnapshot):
        fields["chapter_id"] = snapshot.chapter_id
    if "character_alignments" in model.model_fields:
        fields.update(character_alignments=_alignments(snapshot.blocks), audio_duration_secs=snapshot.duration_secs)
    return _declared(model, fields)
