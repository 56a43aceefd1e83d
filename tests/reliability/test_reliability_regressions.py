"""The smallest fault sequences that broke reliability flows before the fixes of 2e0dae3, end to end on the simulator.

The random run meets them only now and then; these meet them every time, with both twins.
"""

from __future__ import annotations

import asyncio
import hashlib

import httpx2
import pytest
from dubkit import (
    AsyncDubformer,
    AsyncElevenLabs,
    Dubformer,
    ElevenLabs,
    OutcomeUnknownError,
)
from dubkit.sim import Simulator
from reliability_flows import API_KEY, BASE_URL
from reliability_support import GARBLED_KINDS, MAX_RETRIES

SOURCE = "https://media.example.com/talk.mp4"
MODES = ("sync", "async")


async def _async_call(sim: Simulator, provider: str, call):
    async with httpx2.AsyncClient(transport=sim.async_transport()) as http:
        factory = AsyncElevenLabs if provider == "elevenlabs" else AsyncDubformer
        client = factory(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=MAX_RETRIES)
        try:
            return await call(client)
        finally:
            await client.aclose()


def _run(sim: Simulator, provider: str, mode: str, sync_call, async_call):
    """Run ``sync_call(client)`` or ``await async_call(client)`` with a client of the provider wired to ``sim``."""
    if mode == "async":
        return asyncio.run(_async_call(sim, provider, async_call))
    with httpx2.Client(transport=sim.transport()) as http:
        factory = ElevenLabs if provider == "elevenlabs" else Dubformer
        with factory(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=MAX_RETRIES) as client:
            return sync_call(client)


def _df_create(client):
    return client.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=SOURCE)


def _el_create(client):
    return client.dubbing.create(source_url=SOURCE, target_lang="es")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", GARBLED_KINDS)
def test_a_garbled_answer_to_a_dubformer_create_is_asked_again_with_its_key(kind: str, mode: str) -> None:
    """The create is sent again with the same key, the simulator replays its answer, and one project exists.

    Before the fix: ResponseValidationError, as a POST was never asked again, key or not.
    """
    sim = Simulator(manual_clock=True, providers=("dubformer",))
    sim.inject(kind, operation="create_project")
    job = _run(sim, "dubformer", mode, _df_create, _df_create)
    creates = sim.requests("create_project")
    assert [(r.fault, r.replayed) for r in creates] == [(kind, False), (None, True)]
    assert len({r.idempotency_key for r in creates}) == 1
    assert sim.counts()["dubformer_projects_created"] == 1
    assert job.project_id


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", GARBLED_KINDS)
def test_a_garbled_answer_to_a_paid_elevenlabs_create_is_an_unknown_outcome(kind: str, mode: str) -> None:
    """The create is not sent again and raises OutcomeUnknownError, with the dub made on the server.

    Before the fix: ResponseValidationError, which a caller handling the documented error for a lost
    answer (list the dubs before creating again) does not catch: a way to pay for a second dub.
    """
    sim = Simulator(manual_clock=True, providers=("elevenlabs",))
    sim.inject(kind, operation="create_dubbing")
    with pytest.raises(OutcomeUnknownError):
        _run(sim, "elevenlabs", mode, _el_create, _el_create)
    assert len(sim.requests("create_dubbing")) == 1
    assert sim.counts()["dubs_created"] == 1


@pytest.mark.parametrize("mode", MODES)
def test_an_elevenlabs_download_dropped_before_its_body_starts_over(mode: str, tmp_path) -> None:
    """The download is sent again and the file arrives whole.

    Before the fix: DownloadError ("the server does not accept ranges"): the simulator's drop before the
    body answers without ``Accept-Ranges``, and a download gave up instead of starting over from byte 0.
    """
    sim = Simulator(manual_clock=True, providers=("elevenlabs",))
    dubbing_id = _run(sim, "elevenlabs", mode, _el_create, _el_create).dubbing_id
    sim.advance(24 * 3600)  # the dub is done
    sim.inject("disconnect_before", operation="get_dubbed_file")
    target = tmp_path / "talk.es.mp4"

    def download(client):
        return client.dubbing.audio.download(dubbing_id, "es", target)

    _run(sim, "elevenlabs", mode, download, download)
    served = sim.media(f"el/dubs/{dubbing_id}/es.mp4").sha256()
    assert hashlib.sha256(target.read_bytes()).hexdigest() == served
    assert [r.fault for r in sim.requests("get_dubbed_file")] == ["disconnect_before", None]


@pytest.mark.parametrize("mode", MODES)
def test_a_read_asks_a_garbled_body_again_as_often_as_max_retries_allows(mode: str) -> None:
    """Three garbled answers in a row are asked again with max_retries=8, and the fourth is read.

    Before the fix: ResponseValidationError on the third, whatever max_retries (the 1,000-flow run met
    it twice).
    """
    sim = Simulator(manual_clock=True, providers=("elevenlabs",))
    dubbing_id = _run(sim, "elevenlabs", mode, _el_create, _el_create).dubbing_id
    garbled = ["truncated_json", "malformed_json", "truncated_json"]
    for kind in garbled:
        sim.inject(kind, operation="get_dubbing")

    def get(client):
        return client.dubbing.get(dubbing_id)

    assert _run(sim, "elevenlabs", mode, get, get).dubbing_id == dubbing_id
    assert [r.fault for r in sim.requests("get_dubbing")] == [*garbled, None]
