"""``dubkit.dub_file`` / ``adub_file``: one call per provider, end to end against the simulator."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path

import pytest
from dubkit import (
    AsyncDubformer,
    AsyncElevenLabs,
    DubbingFailedError,
    Dubformer,
    DubProgress,
    ElevenLabs,
    adub_file,
    dub_file,
)
from dubkit.sim import Simulator
from media_samples import speech_sample, video_sample

VIDEO_URL = "https://media.example.com/Team Talk (final).mp4"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_elevenlabs_dubs_a_local_file_into_out_dir(elevenlabs_client: ElevenLabs, clocked: Simulator, tmp_path) -> None:
    source = tmp_path / "talk.wav"
    source.write_bytes(speech_sample(2.0))
    seen: list[DubProgress] = []
    result = dub_file(
        source, provider="elevenlabs", target_lang="es", out_dir=tmp_path / "out", client=elevenlabs_client,
        on_update=seen.append,
    )  # fmt: skip
    assert result.provider == "elevenlabs"
    assert result.status == "dubbed"
    assert [p.name for p in result.files] == ["talk.es.mp3", "talk.es.srt"]
    media, srt = result.files
    assert media.parent == (tmp_path / "out").resolve()
    assert _sha(media) == clocked.media(f"el/dubs/{result.job_id}/es.mp3").sha256()
    assert "-->" in srt.read_text()
    assert [p.status for p in seen] == ["dubbing", "dubbed"]
    assert all(p.job_id == result.job_id and p.estimated_completion is not None for p in seen)
    assert result.media_duration_seconds is not None
    assert result.media_duration_seconds > 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["talk.es.mp3", "talk.es.srt"]


def test_dubformer_dubs_a_url(dubformer_client: Dubformer, clocked: Simulator, tmp_path) -> None:
    result = dub_file(
        VIDEO_URL, provider="dubformer", source_lang="en", target_lang="fr-FR", out_dir=tmp_path,
        client=dubformer_client,
    )  # fmt: skip
    assert result.status == "ready"
    assert [p.name for p in result.files] == ["Team_Talk_final.fr-FR.mp4", "Team_Talk_final.fr-FR.speech.wav"]
    project = result.job
    assert _sha(result.files[0]) == clocked.media(str(project.output_video_url)).sha256()
    assert _sha(result.files[1]) == clocked.media(str(project.output_tts_audio_url)).sha256()
    assert result.estimated_completion is not None


def test_no_wait_returns_the_new_job_without_files(elevenlabs_client: ElevenLabs, dubkit_sim, tmp_path) -> None:
    result = dub_file(
        "https://media.example.com/a.mp4", provider="elevenlabs", target_lang="de", out_dir=tmp_path / "never",
        client=elevenlabs_client, wait=False,
    )  # fmt: skip
    assert (result.status, result.files) == ("dubbing", ())
    assert not (tmp_path / "never").exists()
    assert elevenlabs_client.dubbing.get(result.job_id).status == "dubbing"


def test_a_failed_dub_raises_and_writes_nothing(elevenlabs_client: ElevenLabs, clocked: Simulator, tmp_path) -> None:
    with pytest.raises(DubbingFailedError):
        dub_file(
            "https://media.example.com/sim-fail.mp4", provider="elevenlabs", target_lang="es", out_dir=tmp_path / "o",
            client=elevenlabs_client,
        )  # fmt: skip
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"source": "clip.mp4", "provider": "dubformer", "source_lang": "en"}, ValueError, "accepts no uploads"),
        ({"source": VIDEO_URL, "provider": "dubformer"}, ValueError, "needs source_lang"),
        ({"source": VIDEO_URL, "provider": "youtube"}, ValueError, "provider must be one of"),
        ({"source": "/no/such/file.mp4", "provider": "elevenlabs"}, ValueError, "no such file"),
        ({"source": "", "provider": "elevenlabs"}, ValueError, "source must not be empty"),
        ({"source": 42, "provider": "elevenlabs"}, TypeError, "source must be a path"),
        ({"source": VIDEO_URL, "provider": "elevenlabs", "target_lang": ""}, ValueError, "target_lang"),
        ({"source": VIDEO_URL, "provider": "elevenlabs", "out_dir": __file__}, ValueError, "not a directory"),
    ],
)
def test_bad_input_is_refused_before_any_request(
    dubkit_sim: Simulator, kwargs, error, message, *, tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clip.mp4").write_bytes(b"video")
    arguments = {"target_lang": "es", **kwargs}
    source = arguments.pop("source")
    with pytest.raises(error, match=message):
        dub_file(source, **arguments)
    assert dubkit_sim.requests() == []


def test_a_client_of_the_other_provider_is_refused(dubformer_client: Dubformer, dubkit_sim: Simulator) -> None:
    with pytest.raises(TypeError, match="client must be an instance of ElevenLabs"):
        dub_file(VIDEO_URL, provider="elevenlabs", target_lang="es", client=dubformer_client)
    assert dubkit_sim.requests() == []


def test_the_async_twin_dubs_with_both_providers(
    async_elevenlabs_client: AsyncElevenLabs, async_dubformer_client: AsyncDubformer, clocked: Simulator, tmp_path
) -> None:
    source = tmp_path / "promo.mp4"
    source.write_bytes(video_sample(2.0))

    async def both() -> None:
        eleven = await adub_file(
            source, provider="elevenlabs", target_lang="it", out_dir=tmp_path / "el", client=async_elevenlabs_client
        )
        assert [p.name for p in eleven.files] == ["promo.it.mp4", "promo.it.srt"]
        assert _sha(eleven.files[0]) == clocked.media(f"el/dubs/{eleven.job_id}/it.mp4").sha256()
        former = await adub_file(
            VIDEO_URL, provider="dubformer", source_lang="en", target_lang="it-IT", out_dir=tmp_path / "df",
            client=async_dubformer_client,
        )  # fmt: skip
        assert former.status == "ready"
        assert len(former.files) == 2
        with pytest.raises(TypeError):
            await adub_file(
                VIDEO_URL, provider="dubformer", source_lang="en", target_lang="fr-FR", client=async_elevenlabs_client
            )

    asyncio.run(both())


def test_without_a_client_one_is_made_from_the_environment(
    dubkit_sim: Simulator, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.delenv("ELEVENLABS_API_KEY", raising=False)
    from dubkit import MissingAPIKeyError  # noqa: PLC0415

    with pytest.raises(MissingAPIKeyError, match="ELEVENLABS_API_KEY"):
        dub_file(VIDEO_URL, provider="elevenlabs", target_lang="es", out_dir=tmp_path)
