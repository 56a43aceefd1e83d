"""``client.dubbing.resource`` (async twin) against the simulator: every operation, renders, waits and errors."""

from __future__ import annotations

import asyncio
import hashlib

import pytest
from dubkit import AsyncElevenLabs, DubbingFailedError, NotFoundError, WaitTimeoutError
from dubkit.elevenlabs.types import DubbingResource, Render, RenderStatus, RenderType, SimilarVoice
from dubkit.sim import Simulator
from dubkit.sim._protocol import SimContext

URL = "https://media.example.com/lecture.mp4"

# The resource API is deprecated by ElevenLabs (2026-08-22); its warnings are tested in test_el_deprecations.py.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


async def _studio_dub(client: AsyncElevenLabs) -> tuple[str, DubbingResource]:
    created = await client.dubbing.create(source_url=URL, target_lang="es", source_lang="en", dubbing_studio=True)
    return created.dubbing_id, await client.dubbing.resource.get(created.dubbing_id)


def test_every_operation_edits_the_resource(async_elevenlabs_client: AsyncElevenLabs, dubkit_sim: Simulator) -> None:
    """All eleven operations, awaited, change the simulator's resource as the API documents."""
    res = async_elevenlabs_client.dubbing.resource

    async def flow() -> None:
        dub_id, before = await _studio_dub(async_elevenlabs_client)
        speaker_id = before.speaker_tracks.additional_keys[0]
        segment_count = len(before.speaker_segments.additional_keys)

        assert (await res.language.add(dub_id, language="fr")).version == 1
        created = await res.speaker.segment.create(
            dub_id, speaker_id, start_time=0.1, end_time=0.9, text="Intro.", translations={"fr": "Intro FR."}
        )
        assert created.version == 2
        assert (await res.segment.update(dub_id, created.new_segment, "en", text="Welcome.", end_time=1.2)).version == 3
        state = await res.get(dub_id)
        assert state.target_languages == ["es", "fr"]
        assert len(state.speaker_segments.additional_keys) == segment_count + 1
        added = state.speaker_segments[created.new_segment]
        assert (added.text, added.end_time, added.dubs["fr"].text, added.dubs["es"].text) == (
            "Welcome.",
            1.2,
            "Intro FR.",
            None,
        )
        assert created.new_segment in state.speaker_tracks[speaker_id].segments

        assert (await res.transcribe(dub_id, segments=[created.new_segment])).version == 4
        heard = (await res.get(dub_id)).speaker_segments[created.new_segment].text
        assert heard.startswith("Speech from 0.1 to ")  # the simulator's transcript of untranscribed audio
        assert (await res.translate(dub_id, segments=[created.new_segment], languages=["es", "fr"])).version == 5
        assert (await res.dub(dub_id, segments=[created.new_segment])).version == 6
        dubs = (await res.get(dub_id)).speaker_segments[created.new_segment].dubs
        assert {lang: (d.text, d.audio_stale) for lang, d in dubs.additional_properties.items()} == {
            "es": (f"[es] {heard}", False),
            "fr": (f"[fr] {heard}", False),
        }

        voices = (await res.speaker.find_similar_voices(dub_id, speaker_id)).voices
        assert voices
        assert all(isinstance(voice, SimilarVoice) for voice in voices)
        assert (await res.speaker.update(dub_id, speaker_id, voice_id=voices[-1].voice_id)).version == 7
        tracks = (await res.get(dub_id)).speaker_tracks
        assert tracks[speaker_id].voices.additional_properties == {"es": voices[-1].voice_id, "fr": voices[-1].voice_id}

        assert (await res.segment.delete(dub_id, created.new_segment)).version == 8
        final = await res.get(dub_id)
        assert created.new_segment not in final.speaker_segments
        assert len(final.speaker_segments.additional_keys) == segment_count

    asyncio.run(flow())
    assert {op: len(dubkit_sim.requests(op)) for op in ("add_resource_language", "update_speaker")} == {
        "add_resource_language": 1,
        "update_speaker": 1,
    }


def test_render_wait_and_download(
    async_elevenlabs_client: AsyncElevenLabs, clocked: Simulator, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """An awaited render completes; its file on another host downloads without the key, byte for byte."""
    monkeypatch.setattr(
        SimContext, "media_url", lambda self, base_url, key: f"https://files.example.test/_sim/media/{key}"
    )
    res = async_elevenlabs_client.dubbing.resource
    seen: list[RenderStatus] = []

    async def flow() -> tuple[Render, str]:
        dub_id, _ = await _studio_dub(async_elevenlabs_client)
        job = await res.render(dub_id, "es", render_type="clips_zip")
        render = await res.wait_for_render(dub_id, job.render_id, on_update=lambda r: seen.append(r.status))
        await res.download_render(dub_id, job.render_id, tmp_path / "clips.zip")
        return render, job.render_id

    render, render_id = asyncio.run(flow())
    assert seen == [RenderStatus.PROCESSING, RenderStatus.COMPLETE]
    assert (render.id, render.type_, render.status) == (render_id, RenderType.CLIPS_ZIP, RenderStatus.COMPLETE)
    assert render.media_ref is not None
    assert render.media_ref.url.startswith("https://files.example.test/")
    served = clocked.media(render.media_ref.url)
    assert hashlib.sha256((tmp_path / "clips.zip").read_bytes()).hexdigest() == served.sha256()
    assert [(r.host, r.carried_credentials) for r in clocked.requests() if r.host != "127.0.0.1"] == [
        ("files.example.test", False)
    ]


def test_the_wait_times_out(async_elevenlabs_client: AsyncElevenLabs, dubkit_sim: Simulator) -> None:
    """On a frozen simulator clock the render stays processing, and the short deadline raises WaitTimeoutError."""
    res = async_elevenlabs_client.dubbing.resource

    async def flow() -> None:
        dub_id, _ = await _studio_dub(async_elevenlabs_client)
        job = await res.render(dub_id, "es", render_type="mp4")
        with pytest.raises(WaitTimeoutError) as timed_out:
            await res.wait_for_render(dub_id, job.render_id, timeout=0.2, poll_interval=0.02)
        assert timed_out.value.last_status == "processing"
        assert timed_out.value.last_state.id == job.render_id

    asyncio.run(flow())


@pytest.mark.dubkit_sim(failure_rate=1.0)
def test_a_failed_render_and_an_unknown_render(async_elevenlabs_client: AsyncElevenLabs, clocked: Simulator) -> None:
    """A failed render raises DubbingFailedError; an id the resource lacks raises ValueError at the first poll."""
    res = async_elevenlabs_client.dubbing.resource

    async def flow() -> None:
        dub_id, _ = await _studio_dub(async_elevenlabs_client)
        job = await res.render(dub_id, "es", render_type="mp4")
        with pytest.raises(DubbingFailedError) as failed:
            await res.wait_for_render(dub_id, job.render_id)
        assert failed.value.job.status == RenderStatus.FAILED
        polls = len(clocked.requests("get_dubbing_resource"))
        with pytest.raises(ValueError, match="no render 'missing'"):
            await res.wait_for_render(dub_id, "missing", timeout=30)
        assert len(clocked.requests("get_dubbing_resource")) == polls + 1

    asyncio.run(flow())


def test_a_dub_without_studio_is_not_found(async_elevenlabs_client: AsyncElevenLabs, dubkit_sim: Simulator) -> None:
    """get() of a dub created without dubbing_studio raises NotFoundError."""
    res = async_elevenlabs_client.dubbing.resource

    async def flow() -> None:
        created = await async_elevenlabs_client.dubbing.create(source_url=URL, target_lang="es")
        with pytest.raises(NotFoundError, match="no dubbing resource"):
            await res.get(created.dubbing_id)
        with pytest.raises(NotFoundError):
            await res.transcribe(created.dubbing_id, segments=["seg"])

    asyncio.run(flow())
    assert [r.status for r in dubkit_sim.requests("get_dubbing_resource")] == [404]
