"""``client.studio.projects`` against the simulator, sync and async: create from each source, edit, delete."""

from __future__ import annotations

import hashlib
import io
import json
from typing import Any

import pytest
from dubkit import NotFoundError, UnprocessableEntityError
from dubkit.elevenlabs.types import (
    AddProjectResponseModel,
    ChapterContentInputModel,
    PronunciationDictionaryVersionLocatorDBModel,
)
from dubkit.sim import Simulator
from dubkit.sim.elevenlabs._studio_content import Voices, document_chapters
from test_el_studio_support import CONTENT, MODES, PAGE, VOICE, Recorder, project_with_text, studio_for

DOCUMENT = b"It was the best of times, it was the worst of times.\n" * 50


@pytest.fixture(params=MODES)
def studio(request: pytest.FixtureRequest) -> Any:
    return studio_for(request)


@pytest.fixture
def recorder(dubkit_sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    return Recorder(dubkit_sim, monkeypatch)


def _texts(studio: Any, project_id: str, chapter_id: str) -> list[str]:
    chapter = studio.projects.chapters.get(project_id, chapter_id)
    return ["".join(node.text for node in block.nodes) for block in chapter.content.blocks]


def test_a_project_from_a_document_path_uploads_the_file(studio: Any, recorder: Recorder, tmp_path) -> None:
    """The document is sent as a file part with its name and bytes; the project's chapters come from it."""
    path = tmp_path / "tale.txt"
    path.write_bytes(DOCUMENT)
    created = studio.projects.create(name="A Tale", from_document=path)
    assert isinstance(created, AddProjectResponseModel)
    (upload,) = recorder.last("create_project").files["from_document"]
    digest = hashlib.sha256(DOCUMENT).hexdigest()
    assert (upload.filename, upload.size, upload.sha256) == ("tale.txt", len(DOCUMENT), digest)
    assert upload.content_type == "text/plain"
    project = studio.projects.get(created.project.project_id)
    expected = document_chapters(digest, Voices(VOICE, VOICE))
    assert [chapter.name for chapter in project.chapters] == [draft.name for draft in expected]
    assert project.source_type == "book"


def test_a_project_from_a_named_file_object(studio: Any, recorder: Recorder) -> None:
    """A (file name, binary file) pair uploads under that name."""
    memo = b"# Memo\n\nText."
    studio.projects.create(name="Memo", from_document=("memo.md", io.BytesIO(memo)))
    (upload,) = recorder.last("create_project").files["from_document"]
    assert (upload.filename, upload.sha256) == ("memo.md", hashlib.sha256(memo).hexdigest())


def test_a_project_from_a_url(studio: Any, recorder: Recorder) -> None:
    """from_url is sent as a form field; the page becomes one chapter named after it."""
    created = studio.projects.create(name="Article", from_url=PAGE)
    assert recorder.last("create_project").body["from_url"] == PAGE
    project = studio.projects.get(created.project.project_id)
    assert [chapter.name for chapter in project.chapters] == ["The first ai that can laugh"]
    assert project.source_type == "article"


@pytest.mark.parametrize("as_text", [False, True], ids=["list", "json-text"])
def test_a_project_from_content_json(studio: Any, recorder: Recorder, as_text: bool) -> None:
    """Content JSON (a list, or its JSON text) becomes exactly the chapters and paragraphs listed."""
    content: Any = json.dumps(CONTENT) if as_text else CONTENT
    created = studio.projects.create(name="Book", from_content_json=content)
    assert json.loads(recorder.last("create_project").body["from_content_json"]) == CONTENT
    project_id = created.project.project_id
    chapters = studio.projects.chapters.list(project_id)
    assert [chapter.name for chapter in chapters] == ["Chapter A", "Chapter B"]
    assert _texts(studio, project_id, chapters[0].chapter_id) == ["Opening", "A quiet morning."]


def test_arguments_not_given_are_not_sent(studio: Any, recorder: Recorder) -> None:
    """Only name goes out for a blank project: the API's defaults apply, not the generated model's."""
    created = studio.projects.create(name="Blank")
    assert set(recorder.last("create_project").body) == {"name"}
    assert created.project.state == "default"
    assert [chapter.name for chapter in studio.projects.chapters.list(created.project.project_id)] == ["Chapter 1"]


def test_every_create_field_reaches_the_project(studio: Any, recorder: Recorder) -> None:
    """Each form field is sent, and the project reports it back."""
    created = studio.projects.create(
        name="Romeo", default_title_voice_id="titlevoice", default_paragraph_voice_id="paragraphvoice",
        default_model_id="eleven_turbo_v2", quality_preset="high", title="Romeo and Juliet",
        author="William Shakespeare", description="A tragedy.", genres=["Romance", "Drama"],
        target_audience="young adult", language="en", content_type="Book", original_publication_date="1597-01-01",
        mature_content=True, isbn_number="0-306-40615-2", acx_volume_normalization=False, volume_normalization=True,
        pronunciation_dictionary_locators=[{"pronunciation_dictionary_id": "dict1", "version_id": "ver1"}],
        callback_url="https://hooks.example.com/studio", fiction="fiction", apply_text_normalization="on",
        auto_convert=False, auto_assign_voices=False, source_type="book",
    )  # fmt: skip
    body = recorder.last("create_project").body
    assert body["genres"] == ["Romance", "Drama"]
    assert json.loads(body["pronunciation_dictionary_locators"][0]) == {
        "pronunciation_dictionary_id": "dict1",
        "version_id": "ver1",
    }
    assert body["callback_url"] == "https://hooks.example.com/studio"
    project = studio.projects.get(created.project.project_id)
    assert (project.default_title_voice_id, project.default_paragraph_voice_id) == ("titlevoice", "paragraphvoice")
    assert (project.default_model_id, project.quality_preset) == ("eleven_turbo_v2", "high")
    assert (project.title, project.author, project.description) == (
        "Romeo and Juliet",
        "William Shakespeare",
        "A tragedy.",
    )
    assert project.genres == ["Romance", "Drama"]
    assert (project.target_audience, project.language, project.content_type) == ("young adult", "en", "Book")
    assert (project.original_publication_date, project.mature_content, project.isbn_number) == (
        "1597-01-01",
        True,
        "0-306-40615-2",
    )
    assert (project.volume_normalization, project.fiction, project.apply_text_normalization) == (True, "fiction", "on")
    assert project.source_type == "book"
    assert [(loc.pronunciation_dictionary_id, loc.version_id) for loc in project.pronunciation_dictionary_locators] == [
        ("dict1", "ver1")
    ]


def test_list_update_and_delete(studio: Any) -> None:
    """A project is listed, updated in place, and gone after delete."""
    first = studio.projects.create(name="First").project.project_id
    second = studio.projects.create(name="Second").project.project_id
    assert {project.project_id for project in studio.projects.list()} == {first, second}
    edited = studio.projects.update(
        first, name="Renamed", default_title_voice_id="newtitle", default_paragraph_voice_id="newpara",
        author="Someone", title="A Title", isbn_number="978-3-16-148410-0", volume_normalization=True,
    )  # fmt: skip
    assert (edited.project.name, edited.project.author, edited.project.volume_normalization) == (
        "Renamed",
        "Someone",
        True,
    )
    project = studio.projects.get(first)
    assert (project.default_title_voice_id, project.title, project.isbn_number) == (
        "newtitle",
        "A Title",
        "978-3-16-148410-0",
    )
    assert studio.projects.delete(first).status == "ok"
    with pytest.raises(NotFoundError):
        studio.projects.get(first)
    assert [project.project_id for project in studio.projects.list()] == [second]


def test_content_update_replaces_the_chapters(studio: Any, recorder: Recorder, tmp_path) -> None:
    """content.update takes content JSON, a URL or a document, and can start a conversion."""
    project_id = studio.projects.create(name="Blank").project.project_id
    studio.projects.content.update(project_id, from_content_json=CONTENT[1:])
    assert [chapter.name for chapter in studio.projects.chapters.list(project_id)] == ["Chapter B"]
    studio.projects.content.update(project_id, from_url=PAGE)
    assert [chapter.name for chapter in studio.projects.chapters.list(project_id)] == ["The first ai that can laugh"]
    document = tmp_path / "notes.txt"
    document.write_bytes(DOCUMENT)
    edited = studio.projects.content.update(project_id, from_document=document, auto_convert=True)
    (upload,) = recorder.last("update_project_content").files["from_document"]
    assert (upload.filename, upload.sha256) == ("notes.txt", hashlib.sha256(DOCUMENT).hexdigest())
    assert edited.project.state in {"in_queue", "converting"}


def test_pronunciation_dictionaries_replace_the_projects_set(studio: Any, recorder: Recorder) -> None:
    """Locators given as models or mappings are sent as JSON objects and become the project's set."""
    project_id = project_with_text(studio)
    result = studio.projects.pronunciation_dictionaries.create(
        project_id,
        pronunciation_dictionary_locators=[
            PronunciationDictionaryVersionLocatorDBModel(pronunciation_dictionary_id="dictone", version_id="v1"),
            {"pronunciation_dictionary_id": "dicttwo", "version_id": None},
        ],
        invalidate_affected_text=False,
    )
    assert result.status == "ok"
    assert recorder.last("update_pronunciation_dictionaries").body == {
        "pronunciation_dictionary_locators": [
            {"pronunciation_dictionary_id": "dictone", "version_id": "v1"},
            {"pronunciation_dictionary_id": "dicttwo", "version_id": None},
        ],
        "invalidate_affected_text": False,
    }
    project = studio.projects.get(project_id)
    assert [(loc.pronunciation_dictionary_id, loc.version_id) for loc in project.pronunciation_dictionary_locators] == [
        ("dictone", "v1"),
        ("dicttwo", None),
    ]
    studio.projects.pronunciation_dictionaries.create(project_id, pronunciation_dictionary_locators=[])
    assert "invalidate_affected_text" not in recorder.last("update_pronunciation_dictionaries").body
    assert studio.projects.get(project_id).pronunciation_dictionary_locators == []


def test_chapter_content_given_as_a_model(studio: Any) -> None:
    """A generated ChapterContentInputModel is accepted as is."""
    project_id = project_with_text(studio)
    chapter_id = studio.projects.chapters.list(project_id)[1].chapter_id
    content = ChapterContentInputModel.from_dict(
        {"blocks": [{"sub_type": "p", "nodes": [{"type": "tts_node", "voice_id": "voiceone", "text": "New words."}]}]}
    )
    studio.projects.chapters.update(project_id, chapter_id, content=content)
    assert _texts(studio, project_id, chapter_id) == ["New words."]


def test_the_api_refusing_a_conversion_is_a_typed_error(studio: Any) -> None:
    """Converting a project without text is answered 422, raised as UnprocessableEntityError."""
    project_id = studio.projects.create(name="Blank").project.project_id
    with pytest.raises(UnprocessableEntityError):
        studio.projects.convert(project_id)
    with pytest.raises(NotFoundError):
        studio.projects.convert("no-such-project")
