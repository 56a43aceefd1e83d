"""Deprecated operations warn once per operation and process, naming the successor, and keep working."""

from __future__ import annotations

import warnings

import pytest
from dubkit import ElevenLabs
from dubkit._deprecation import DEPRECATED_OPERATIONS
from dubkit.sim import Simulator
from spec_helpers import effective_spec


def test_the_table_names_every_deprecated_operation_of_the_spec() -> None:
    spec = effective_spec("elevenlabs")
    deprecated = {
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("deprecated")
    }
    assert deprecated == set(DEPRECATED_OPERATIONS), f"missing: {deprecated - set(DEPRECATED_OPERATIONS)}"


def test_a_deprecated_call_warns_once_and_keeps_working(
    elevenlabs_client: ElevenLabs, clocked: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dubkit._deprecation._warned", set())
    dub = elevenlabs_client.dubbing.create(source_url="https://media.example.com/a.mp4", target_lang="es")
    elevenlabs_client.dubbing.wait(dub.dubbing_id)
    with pytest.warns(DeprecationWarning, match=r"client\.dubbing\.transcripts\.get") as caught:
        first = elevenlabs_client.dubbing.transcript.get(dub.dubbing_id, "es")
    assert caught[0].filename == __file__  # points at the caller's line
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert elevenlabs_client.dubbing.transcript.get(dub.dubbing_id, "es") == first  # no second warning
    new = elevenlabs_client.dubbing.transcripts.get(dub.dubbing_id, "es", "srt")
    assert new.srt == first
    data = elevenlabs_client.dubbing.transcripts.get(dub.dubbing_id, "es", "json")
    assert data.json is not None
    assert data.json.utterances


def test_resource_speaker_create_and_migrate_warn(
    elevenlabs_client: ElevenLabs, clocked: Simulator, monkeypatch
) -> None:
    monkeypatch.setattr("dubkit._deprecation._warned", set())
    dub = elevenlabs_client.dubbing.create(
        source_url="https://media.example.com/b.mp4", target_lang="es", dubbing_studio=True
    )
    elevenlabs_client.dubbing.wait(dub.dubbing_id)
    with pytest.warns(DeprecationWarning, match="client.dubbing.project"):
        created = elevenlabs_client.dubbing.resource.speaker.create(dub.dubbing_id, speaker_name="Narrator")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        resource = elevenlabs_client.dubbing.resource.get(dub.dubbing_id)
    segment_id = resource.speaker_segments.additional_keys[0]
    with pytest.warns(DeprecationWarning, match="update_segments"):
        moved = elevenlabs_client.dubbing.resource.migrate_segments(
            dub.dubbing_id, segment_ids=[segment_id], speaker_id=created.speaker_id
        )
    assert moved.version > created.version
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        after = elevenlabs_client.dubbing.resource.get(dub.dubbing_id)
    assert after.speaker_tracks[created.speaker_id].segments == [segment_id]
    assert all(
        segment_id not in track.segments
        for speaker_id, track in after.speaker_tracks.additional_properties.items()
        if speaker_id != created.speaker_id
    )


def test_studio_muted_tracks(elevenlabs_client: ElevenLabs, clocked: Simulator) -> None:
    project = elevenlabs_client.studio.projects.create(name="Muted")
    assert elevenlabs_client.studio.projects.get_muted_tracks(project.project.project_id).chapter_ids == []
