"""``client.studio.create_podcast``, and one tour through every Studio operation, sync and async."""

from __future__ import annotations

from typing import Any

import pytest
from dubkit.elevenlabs.types import (
    PodcastBulletinMode,
    PodcastBulletinModeData,
    PodcastProjectResponseModel,
    PodcastTextSource,
    PodcastURLSource,
)
from dubkit.sim import Simulator
from test_el_studio_support import CONTENT, MODES, PAGE, STUDIO_OPERATIONS, Recorder, studio_for

CONVERSATION = {"type": "conversation", "conversation": {"host_voice_id": "hostvoice", "guest_voice_id": "guestvoice"}}


@pytest.fixture(params=MODES)
def studio(request: pytest.FixtureRequest) -> Any:
    return studio_for(request)


@pytest.fixture
def recorder(dubkit_sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> Recorder:
    return Recorder(dubkit_sim, monkeypatch)


def test_a_podcast_is_created_then_converts_itself(studio: Any, recorder: Recorder, clocked: Simulator) -> None:
    """Mappings are sent as the spec's JSON; the wait follows creating, then the conversion, to a snapshot."""
    created = studio.create_podcast(
        model_id="eleven_multilingual_v2", mode=CONVERSATION,
        source={"type": "text", "text": "Tides and the moon. More follows."}, quality_preset="high",
        duration_scale="short", language="en", intro="Welcome to the show.", outro="Goodbye.",
        instructions_prompt="Keep it light.", highlights=["The moon pulls the sea."],
        callback_url="https://hooks.example.com/podcast",
    )  # fmt: skip
    assert isinstance(created, PodcastProjectResponseModel)
    assert created.project.state == "creating"
    assert recorder.last("create_podcast").body == {
        "model_id": "eleven_multilingual_v2",
        "mode": CONVERSATION,
        "source": {"type": "text", "text": "Tides and the moon. More follows."},
        "quality_preset": "high",
        "duration_scale": "short",
        "language": "en",
        "intro": "Welcome to the show.",
        "outro": "Goodbye.",
        "instructions_prompt": "Keep it light.",
        "highlights": ["The moon pulls the sea."],
        "callback_url": "https://hooks.example.com/podcast",
    }
    project_id = created.project.project_id
    seen: list[str] = []
    project = studio.projects.wait_for_conversion(project_id, on_update=lambda p: seen.append(p.state.value))
    assert seen[0] == "creating"
    assert seen[-1] == "default"
    assert "converting" in seen
    assert project.creation_meta.status == "finished"
    (chapter,) = project.chapters
    text = "".join(
        node.text
        for block in studio.projects.chapters.get(project_id, chapter.chapter_id).content.blocks
        for node in block.nodes
    )
    assert text.startswith("Welcome to the show.")
    assert len(studio.projects.snapshots.list(project_id)) == 1


def test_a_podcast_from_models_and_a_list_of_sources(studio: Any, recorder: Recorder) -> None:
    """Generated models and a list of sources are accepted; arguments not given are not sent."""
    created = studio.create_podcast(
        model_id="eleven_turbo_v2",
        mode=PodcastBulletinMode(type_="bulletin", bulletin=PodcastBulletinModeData(host_voice_id="hostvoice")),
        source=[PodcastURLSource(type_="url", url=PAGE), PodcastTextSource(type_="text", text="Notes.")],
    )
    assert recorder.last("create_podcast").body == {
        "model_id": "eleven_turbo_v2",
        "mode": {"type": "bulletin", "bulletin": {"host_voice_id": "hostvoice"}},
        "source": [{"type": "url", "url": PAGE}, {"type": "text", "text": "Notes."}],
    }
    assert created.project.default_model_id == "eleven_turbo_v2"


@pytest.mark.dubkit_sim(media_size=4096)
def test_a_tour_of_studio_reaches_every_operation(studio: Any, clocked: Simulator, tmp_path) -> None:
    """Every one of the 22 Studio operations is reached through an overlay method, each answered 200."""
    document = tmp_path / "book.txt"
    document.write_bytes(b"Once upon a time.\n" * 20)
    projects = studio.projects
    project_id = projects.create(name="Tour", from_document=document).project.project_id
    projects.list()
    projects.update(project_id, name="Tour 2", default_title_voice_id="voiceone", default_paragraph_voice_id="voicetwo")
    projects.content.update(project_id, from_content_json=CONTENT)
    projects.pronunciation_dictionaries.create(
        project_id, pronunciation_dictionary_locators=[{"pronunciation_dictionary_id": "dict", "version_id": None}]
    )
    projects.convert(project_id)
    projects.wait_for_conversion(project_id)
    (snapshot,) = projects.snapshots.list(project_id)
    projects.snapshots.get(project_id, snapshot.project_snapshot_id)
    projects.snapshots.download(project_id, snapshot.project_snapshot_id, tmp_path / "tour.mp3")
    projects.snapshots.download_archive(project_id, snapshot.project_snapshot_id, tmp_path / "tour.zip")
    chapter_id = projects.chapters.create(project_id, name="Extra", from_url=PAGE).chapter.chapter_id
    projects.chapters.update(project_id, chapter_id, name="Extra 2")
    projects.chapters.convert(project_id, chapter_id)
    projects.chapters.wait_for_conversion(project_id, chapter_id)
    (chapter_snapshot,) = projects.chapters.snapshots.list(project_id, chapter_id)
    snapshot_id = chapter_snapshot.chapter_snapshot_id
    projects.chapters.snapshots.get(project_id, chapter_id, snapshot_id)
    projects.chapters.snapshots.download(project_id, chapter_id, snapshot_id, tmp_path / "extra.mp3")
    projects.chapters.list(project_id)
    projects.chapters.delete(project_id, chapter_id)
    studio.create_podcast(model_id="eleven_multilingual_v2", mode=CONVERSATION, source={"type": "url", "url": PAGE})
    projects.delete(project_id)
    records = [record for record in clocked.requests() if record.operation in STUDIO_OPERATIONS]
    assert {record.operation for record in records} == STUDIO_OPERATIONS
    assert {record.status for record in records} == {200}
