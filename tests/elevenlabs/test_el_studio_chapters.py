"""``client.studio.projects.chapters`` against the simulator, sync and async: list, create, edit, delete."""

from __future__ import annotations

from typing import Any

import pytest
from dubkit import NotFoundError, UnprocessableEntityError
from dubkit.elevenlabs.types import AddChapterResponseModel, ChapterResponseModel, ChapterWithContentResponseModel
from dubkit.sim import Simulator
from test_el_studio_support import MODES, PAGE, Recorder, project_with_text, studio_for


@pytest.fixture(params=MODES)
def studio(request: pytest.FixtureRequest) -> Any:
    return studio_for(request)


@pytest.fixture
def recorder(dubkit_sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    return Recorder(dubkit_sim, monkeypatch)


def _texts(chapter: ChapterWithContentResponseModel) -> list[str]:
    return ["".join(node.text for node in block.nodes) for block in chapter.content.blocks]


def test_list_and_get_chapters(studio: Any) -> None:
    """list gives the chapters in order without content; get gives one with its paragraphs."""
    project_id = project_with_text(studio)
    chapters = studio.projects.chapters.list(project_id)
    assert all(isinstance(chapter, ChapterResponseModel) for chapter in chapters)
    assert [chapter.name for chapter in chapters] == ["Chapter A", "Chapter B"]
    chapter = studio.projects.chapters.get(project_id, chapters[0].chapter_id)
    assert isinstance(chapter, ChapterWithContentResponseModel)
    assert _texts(chapter) == ["Opening", "A quiet morning."]
    assert chapter.statistics.characters_unconverted == len("Opening" + "A quiet morning.")
    with pytest.raises(NotFoundError):
        studio.projects.chapters.get(project_id, "no-such-chapter")


def test_create_a_blank_chapter_and_one_from_a_url(studio: Any, recorder: Recorder) -> None:
    """A chapter is added at the end: blank, or filled from a web page; only given fields are sent."""
    project_id = project_with_text(studio)
    blank = studio.projects.chapters.create(project_id, name="Epilogue")
    assert isinstance(blank, AddChapterResponseModel)
    assert recorder.last("create_chapter").body == {"name": "Epilogue"}
    assert (blank.chapter.name, blank.chapter.content.blocks) == ("Epilogue", [])
    from_page = studio.projects.chapters.create(project_id, name="Web", from_url=PAGE)
    assert recorder.last("create_chapter").body == {"name": "Web", "from_url": PAGE}
    assert from_page.chapter.content.blocks
    names = [chapter.name for chapter in studio.projects.chapters.list(project_id)]
    assert names == ["Chapter A", "Chapter B", "Epilogue", "Web"]


def test_update_renames_and_replaces_content(studio: Any, recorder: Recorder) -> None:
    """update sends only what is given; a block named by its id keeps that id."""
    project_id = project_with_text(studio)
    chapter = studio.projects.chapters.list(project_id)[0]
    renamed = studio.projects.chapters.update(project_id, chapter.chapter_id, name="Prologue")
    assert recorder.last("update_chapter").body == {"name": "Prologue"}
    assert renamed.chapter.name == "Prologue"
    assert _texts(renamed.chapter) == ["Opening", "A quiet morning."]
    kept = renamed.chapter.content.blocks[0].block_id
    content = {
        "blocks": [
            {
                "block_id": kept,
                "sub_type": "h1",
                "nodes": [{"type": "tts_node", "voice_id": "voiceone", "text": "Opening"}],
            },
            {"sub_type": "p", "nodes": [{"type": "tts_node", "voice_id": "voicetwo", "text": "Fresh text."}]},
        ]
    }
    edited = studio.projects.chapters.update(project_id, chapter.chapter_id, content=content)
    assert set(recorder.last("update_chapter").body) == {"content"}
    assert _texts(edited.chapter) == ["Opening", "Fresh text."]
    assert edited.chapter.content.blocks[0].block_id == kept
    assert edited.chapter.name == "Prologue"


def test_delete_a_chapter(studio: Any) -> None:
    """A deleted chapter is gone from the list and answers 404."""
    project_id = project_with_text(studio)
    first, second = studio.projects.chapters.list(project_id)
    assert studio.projects.chapters.delete(project_id, first.chapter_id).status == "ok"
    assert [chapter.chapter_id for chapter in studio.projects.chapters.list(project_id)] == [second.chapter_id]
    with pytest.raises(NotFoundError):
        studio.projects.chapters.delete(project_id, first.chapter_id)


def test_a_blank_chapter_cannot_be_converted(studio: Any) -> None:
    """The API's refusal (no text) is an UnprocessableEntityError."""
    project_id = project_with_text(studio)
    chapter_id = studio.projects.chapters.create(project_id, name="Empty").chapter.chapter_id
    with pytest.raises(UnprocessableEntityError):
        studio.projects.chapters.convert(project_id, chapter_id)
