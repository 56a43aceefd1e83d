"""``client.dubbing.project`` end to end against the simulator, sync and async: the Dubbing Project API flow."""

from __future__ import annotations

import asyncio
import hashlib
import io
from pathlib import Path

import pytest
from dubkit import (
    AsyncElevenLabs,
    DownloadError,
    DubbingFailedError,
    ElevenLabs,
    NotFoundError,
    UnprocessableEntityError,
)
from dubkit.sim import Simulator
from media_samples import speech_sample

URL = "https://media.example.com/interview.mp4"


def _key_of(url: str) -> str:
    return url.split("/_sim/media/", 1)[1].split("?", 1)[0]


def test_create_language_wait_edit_regenerate_download(
    elevenlabs_client: ElevenLabs, clocked: Simulator, tmp_path: Path
) -> None:
    projects = elevenlabs_client.dubbing.project
    project = projects.create(source_url=URL, reference="ep-1", keyterms=["dubkit"], source_language="en")
    assert (project.status, project.reference) == ("queued", "ep-1")
    seen: list[str] = []
    ready = projects.wait(project.project_id, on_update=lambda p: seen.append(str(p.status)))
    assert str(ready.status) == "ready"
    assert seen[-1] == "ready"
    assert "queued" in seen
    transcript = projects.transcript.get(project.project_id)
    assert transcript.segments
    assert transcript.revision == 1

    target = projects.language.create(project.project_id, target_language="es")
    assert str(target.status) in {"queued", "processing"}
    done = projects.language.wait(project.project_id, target.language_id)
    assert (str(done.status), done.output_revision) == ("completed", done.revision)

    first = transcript.segments[0]
    edited = projects.transcript.update_segment(project.project_id, first.id, text="Welcome to dubkit.")
    assert (edited.segment.text, edited.revision) == ("Welcome to dubkit.", 2)
    assert str(projects.language.get(project.project_id, target.language_id).status) == "stale"
    translated = projects.language.transcript.update_segment(
        project.project_id, target.language_id, first.id, translation="Bienvenidos a dubkit."
    )
    assert translated.segment.translation == "Bienvenidos a dubkit."
    redo = projects.language.transcript.regenerate(project.project_id, target.language_id)
    assert redo.regenerated_segment_ids == [first.id]
    assert redo.charged_seconds == 0
    path = projects.language.download(project.project_id, target.language_id, tmp_path / "es.wav", wait=True)
    final = projects.language.get(project.project_id, target.language_id)
    assert final.output_revision == final.revision
    served = clocked.media(_key_of(final.outputs.lossless_audio))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == served.sha256()
    with pytest.raises(DownloadError, match="max_bytes=16"):
        projects.language.download(project.project_id, target.language_id, tmp_path / "capped.wav", max_bytes=16)
    assert not (tmp_path / "capped.wav").exists()
    # The same bytes as a stream and into a file object.
    streamed = b"".join(projects.language.iter_bytes(project.project_id, target.language_id))
    memory = io.BytesIO()
    assert projects.language.download(project.project_id, target.language_id, memory) is None
    assert streamed == memory.getvalue() == path.read_bytes()

    added = projects.transcript.create_segment(
        project.project_id, text="Bye.", speaker_id="speaker_1", start_s=0.5, end_s=1.0
    )
    bulk = projects.transcript.update_segments(project.project_id, {added.segment.id: {"text": "Goodbye."}})
    assert [s.text for s in bulk.segments] == ["Goodbye."]
    many = projects.language.transcript.update_segments(
        project.project_id, target.language_id, {added.segment.id: None}
    )
    assert many.segments[0].translation is None
    assert projects.transcript.delete_segment(project.project_id, added.segment.id).revision == bulk.revision + 1
    assert [t.language_id for t in projects.language.list(project.project_id)] == [target.language_id]
    assert [p.project_id for p in projects.list(status="ready")] == [project.project_id]
    projects.language.delete(project.project_id, target.language_id)
    projects.delete(project.project_id)
    with pytest.raises(NotFoundError):
        projects.get(project.project_id)


def test_bad_input_is_refused_before_sending(elevenlabs_client: ElevenLabs, clocked: Simulator) -> None:
    projects = elevenlabs_client.dubbing.project
    with pytest.raises(ValueError, match="exactly one of file and source_url"):
        projects.create()
    with pytest.raises(ValueError, match="webhook_ids"):
        projects.create(source_url=URL, webhook_ids=["a", "b", "c", "d"])
    with pytest.raises(ValueError, match="at least one"):
        projects.transcript.update_segment("p", "s")
    with pytest.raises(ValueError, match="end_s must be after start_s"):
        projects.transcript.create_segment("p", text="x", speaker_id="s", start_s=2, end_s=1)
    with pytest.raises(ValueError, match="page_size"):
        list(projects.list(page_size=101))
    with pytest.raises(ValueError, match="sort_direction"):
        projects.list(sort_direction="sideways")
    assert clocked.requests() == []


def test_editing_a_project_not_ready_is_a_typed_error(elevenlabs_client: ElevenLabs, clocked: Simulator) -> None:
    project = elevenlabs_client.dubbing.project.create(source_url=URL)
    with pytest.raises(UnprocessableEntityError):
        elevenlabs_client.dubbing.project.transcript.update_segment(project.project_id, "seg_0000", text="x")


def test_a_failed_project_ends_the_wait(elevenlabs_client: ElevenLabs, clocked: Simulator) -> None:
    project = elevenlabs_client.dubbing.project.create(source_url="https://media.example.com/sim-fail.mp4")
    with pytest.raises(DubbingFailedError):
        elevenlabs_client.dubbing.project.wait(project.project_id)


def test_an_upload_that_is_not_media_fails_the_project_saying_why(
    elevenlabs_client: ElevenLabs, clocked: Simulator
) -> None:
    """As in the classic flow: the project is created, then fails with the reason; real media gives its length."""
    projects = elevenlabs_client.dubbing.project
    bad = projects.create(file=("notes.mp3", io.BytesIO(b"these are notes, not audio" * 40)))
    with pytest.raises(DubbingFailedError, match="could not be read"):
        projects.wait(bad.project_id)
    good = projects.create(file=("talk.mp3", io.BytesIO(speech_sample(3.0, content_type="audio/mpeg"))))
    ready = projects.wait(good.project_id)
    assert ready.media is not None
    assert ready.media.duration_s == pytest.approx(3.0, abs=0.1)


def test_the_async_twin_does_the_flow(
    async_elevenlabs_client: AsyncElevenLabs, clocked: Simulator, tmp_path: Path
) -> None:
    projects = async_elevenlabs_client.dubbing.project

    async def flow() -> Path:
        project = await projects.create(source_url=URL, target_language="fr")
        await projects.wait(project.project_id)
        (target,) = [t async for t in projects.language.list(project.project_id)]
        await projects.language.wait(project.project_id, target.language_id)
        segments = (await projects.language.transcript.get(project.project_id, target.language_id)).segments
        assert segments[0].translation.startswith("[fr]")
        path = await projects.language.download(project.project_id, target.language_id, tmp_path / "fr.wav")
        chunks = [chunk async for chunk in projects.language.iter_bytes(project.project_id, target.language_id)]
        assert b"".join(chunks) == path.read_bytes()
        return path

    assert asyncio.run(flow()).stat().st_size > 0
