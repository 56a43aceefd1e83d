"""The Dubformer client end to end against the simulator: whole flows, faults, retries and downloads."""

from __future__ import annotations

import asyncio
import hashlib

import httpx2
import pytest
from dubkit import (
    AsyncDubformer,
    AuthenticationError,
    DubbingFailedError,
    Dubformer,
    NotFoundError,
    PaymentRequiredError,
)
from dubkit.sim import Simulator

VIDEO = "https://media.example.com/talk.mp4"


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_wait_download_retranslate_delete(dubformer_client: Dubformer, clocked: Simulator, tmp_path) -> None:
    job = dubformer_client.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=VIDEO, name="Talk")
    assert dubformer_client.balance().balance_minutes == 10_000 - job.cost_minutes
    seen: list[str] = []
    project = dubformer_client.projects.wait(job.project_id, on_update=lambda p: seen.append(str(p.status)))
    assert seen[0] == "in_progress"
    assert seen[-1] == "ready"
    video = dubformer_client.projects.download(project, tmp_path / "talk.fr.mp4")
    audio = dubformer_client.projects.download(project, tmp_path / "talk.fr.wav", output="tts_audio")
    assert _sha256(video) == clocked.media(str(project.output_video_url)).sha256()
    assert audio.read_bytes() == clocked.media(str(project.output_tts_audio_url)).read()
    assert [p.project_id for p in dubformer_client.projects.list()] == [job.project_id]

    script = [{"start_ms": 0, "end_ms": 900, "text": "Bonjour !", "speaker_id": 1}]
    voice = dubformer_client.voices().voices["fr-FR"][0]
    speakers = [{"speaker_id": 1, "voice_key": voice.voice_key, "style": str(voice.style)}]
    assert dubformer_client.projects.validate_retranslation(
        job.project_id, target_script=script, target_speakers=speakers
    )
    again = dubformer_client.projects.retranslate(job.project_id, target_script=script, target_speakers=speakers)
    assert again.translations_count == 1
    retranslated = dubformer_client.projects.wait(job.project_id)
    assert retranslated.output_target_script[0].text == "Bonjour !"
    assert retranslated.output_video_url != project.output_video_url

    dubformer_client.projects.delete(job.project_id)
    with pytest.raises(NotFoundError):
        dubformer_client.projects.get(job.project_id)


def test_a_failed_project_ends_the_wait_with_its_message(dubformer_client: Dubformer, clocked: Simulator) -> None:
    job = dubformer_client.projects.create(
        source_lang="en", target_lang="de-DE", source_video_url="https://videos.invalid/missing.mp4"
    )
    with pytest.raises(DubbingFailedError) as failed:
        dubformer_client.projects.wait(job.project_id)
    assert "videos.invalid" in str(failed.value)


def test_transient_faults_are_retried_and_a_lost_create_is_not_duplicated(
    dubformer_client: Dubformer, clocked: Simulator
) -> None:
    clocked.inject("error_after", operation="create_project")  # the project is made; the answer is lost
    clocked.inject("disconnect_after", operation="create_project")  # and again, mid-body
    clocked.inject("rate_limit", operation="get_project", retry_after=3)
    clocked.inject("error_before", operation="get_project", status=502)
    job = dubformer_client.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=VIDEO)
    creates = clocked.requests("create_project")
    assert [r.fault for r in creates] == ["error_after", "disconnect_after", None]
    assert len({r.idempotency_key for r in creates}) == 1
    assert creates[-1].idempotency_key
    assert creates[-1].replayed
    assert clocked.counts()["dubformer_projects_created"] == 1
    assert dubformer_client.projects.get(job.project_id).project_id == job.project_id
    assert [r.status for r in clocked.requests("get_project")] == [429, 502, 200]


def test_an_interrupted_download_resumes_where_it_stopped(dubformer_client: Dubformer, clocked: Simulator, tmp_path):
    clocked.configure(media_size=3 * 1024 * 1024 + 17)
    job = dubformer_client.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=VIDEO)
    project = dubformer_client.projects.wait(job.project_id)
    clocked.inject("disconnect_after", operation="media")
    path = dubformer_client.projects.download(project, tmp_path / "out.mp4")
    downloads = clocked.requests("media")
    assert downloads[0].range is None
    assert downloads[1].range is not None
    assert downloads[1].range.startswith("bytes=")
    assert _sha256(path) == clocked.media(str(project.output_video_url)).sha256()


def test_typed_errors_from_the_simulator(dubformer_client: Dubformer, dubkit_sim: Simulator) -> None:
    dubkit_sim.set_balance(1)
    with pytest.raises(PaymentRequiredError):  # a 90-second video costs 2 minutes
        dubformer_client.projects.create(
            source_lang="en", target_lang="fr-FR", source_video_url=f"{VIDEO}?sim-seconds=90"
        )
    assert dubkit_sim.counts()["dubformer_projects_created"] == 0


@pytest.mark.dubkit_sim(api_keys=frozenset({"the-real-key"}))
def test_an_unknown_key_is_an_authentication_error(dubkit_sim: Simulator) -> None:
    with (
        httpx2.Client(transport=dubkit_sim.transport()) as http,
        Dubformer(api_key="wrong", base_url="http://127.0.0.1", http_client=http) as client,
        pytest.raises(AuthenticationError),
    ):
        client.balance()


def test_the_async_client_runs_the_same_flow(
    async_dubformer_client: AsyncDubformer, clocked: Simulator, tmp_path
) -> None:
    async def flow() -> None:
        client = async_dubformer_client
        clocked.inject("error_after", operation="create_project")
        job = await client.projects.create(source_lang="en", target_lang="es-ES", source_video_url=VIDEO)
        project = await client.projects.wait(job.project_id)
        path = await client.projects.download(project, tmp_path / "out.mp4")
        assert path.read_bytes() == clocked.media(str(project.output_video_url)).read()
        assert [p.project_id async for p in client.projects.list()] == [job.project_id]
        await client.projects.delete(job.project_id)

    asyncio.run(flow())
    assert clocked.counts()["dubformer_projects_created"] == 1
