"""A client polling a simulator whose manual clock stands still is reported, in seconds, naming dubkit_sim_sleep."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import NoReturn

import httpx2
import pytest
from dubkit.sim import Simulator
from dubkit.sim._stall import (
    STALL_POLLS,
    STALL_SECONDS,
    AsyncStallGuardTransport,
    StallGuard,
    StallGuardTransport,
)

pytest_plugins = ["pytester"]

HEADERS = {"Authorization": "Bearer k"}
BODY = {"source_lang": "en", "target_lang": "fr-FR", "source_video_url": "https://example.com/v.mp4"}


class Stalled(Exception):  # noqa: N818 - named for what it reports
    pass


def _raise(message: str) -> NoReturn:
    raise Stalled(message)


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def real() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def sim() -> Simulator:
    return Simulator(manual_clock=True, seed=3)


@pytest.fixture
def http(sim: Simulator, real: FakeMonotonic) -> Iterator[httpx2.Client]:
    guard = StallGuard(sim.context.clock, _raise, monotonic=real)
    with httpx2.Client(transport=StallGuardTransport(sim.transport(), guard), base_url="http://127.0.0.1") as client:
        yield client


def _project(http: httpx2.Client) -> str:
    response = http.post("/api/v1/projects", json=BODY, headers=HEADERS)
    assert response.status_code == 200, response.text
    return str(response.json()["project_id"])


def _poll(http: httpx2.Client, project_id: str) -> httpx2.Response:
    return http.get(f"/api/v1/projects/{project_id}", headers=HEADERS)


def test_polls_spread_over_real_time_on_a_stopped_clock_are_a_stall(http: httpx2.Client, real: FakeMonotonic) -> None:
    project_id = _project(http)
    for _ in range(STALL_POLLS - 1):
        assert _poll(http, project_id).json()["status"] == "in_progress"
        real.now += STALL_SECONDS / 2
    with pytest.raises(Stalled) as raised:
        _poll(http, project_id)
    message = str(raised.value)
    assert f"GET /api/v1/projects/{project_id} was answered {STALL_POLLS} times over 1.5 s of real time" in message
    assert "stood still at 2026-01-01T00:00:00+00:00" in message
    assert "dubkit_sim_sleep" in message
    assert "dubkit_sim.advance(seconds)" in message


def test_quick_rereads_are_not_a_stall(http: httpx2.Client, real: FakeMonotonic) -> None:
    project_id = _project(http)
    for _ in range(STALL_POLLS * 3):
        _poll(http, project_id)
        real.now += STALL_SECONDS / (STALL_POLLS * 3)  # in all, just under the threshold
    real.now += 10  # a long pause...
    project_id = _project(http)  # ...then anything else in between starts the count again
    for _ in range(STALL_POLLS - 1):
        _poll(http, project_id)


def test_polls_with_the_clock_moving_are_not_a_stall(http: httpx2.Client, sim: Simulator, real: FakeMonotonic) -> None:
    project_id = _project(http)
    for _ in range(STALL_POLLS * 2):
        _poll(http, project_id)
        real.now += STALL_SECONDS
        sim.advance(1)
    sim.advance(3600)
    assert _poll(http, project_id).json()["status"] == "ready"


def test_errors_and_downloads_repeated_are_not_polls(http: httpx2.Client, sim: Simulator, real: FakeMonotonic) -> None:
    for _ in range(STALL_POLLS * 2):  # the same failing GET, as retries send it
        assert http.get("/api/v1/projects/missing", headers=HEADERS).status_code == 404
        real.now += STALL_SECONDS
    project_id = _project(http)
    sim.advance(3600)
    url = _poll(http, project_id).json()["output_video_url"]
    for _ in range(STALL_POLLS * 2):  # the same file downloaded again and again
        assert http.get(url).content == sim.media(url).read()
        real.now += STALL_SECONDS


def test_the_async_transport_reports_the_same_stall(sim: Simulator, real: FakeMonotonic) -> None:
    guard = StallGuard(sim.context.clock, _raise, monotonic=real)

    async def scenario() -> str:
        transport = AsyncStallGuardTransport(sim.async_transport(), guard)
        async with httpx2.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            created = await client.post("/api/v1/projects", json=BODY, headers=HEADERS)
            path = f"/api/v1/projects/{created.json()['project_id']}"
            for _ in range(STALL_POLLS - 1):
                await client.get(path, headers=HEADERS)
                real.now += STALL_SECONDS
            with pytest.raises(Stalled) as raised:
                await client.get(path, headers=HEADERS)
            return str(raised.value)

    assert "dubkit_sim_sleep" in asyncio.run(scenario())


# Through the installed plugin: the waits a user writes.

INNER_INI = """
[pytest]
addopts = --strict-markers -p no:cacheprovider
filterwarnings = error
"""

WAITS = """
import asyncio

import pytest

import dubkit

PROJECT = dict(source_lang="en", target_lang="fr-FR", source_video_url="https://example.com/v.mp4")


def test_sync_wait_without_the_sleep_fixture(dubformer_client):
    job = dubformer_client.projects.create(**PROJECT)
    # timeout: were the stall not noticed, the wait would end here in WaitTimeoutError, not hang the suite.
    dubformer_client.projects.wait(job.project_id, poll_interval=0.2, timeout=60)


def test_async_wait_without_the_sleep_fixture(async_elevenlabs_client):
    async def scenario():
        dub = await async_elevenlabs_client.dubbing.create(source_url="https://example.com/t.mp4", target_lang="es")
        await async_elevenlabs_client.dubbing.wait(dub.dubbing_id, poll_interval=0.2, timeout=60)

    asyncio.run(scenario())


def test_dub_file_without_the_sleep_fixture(elevenlabs_client, tmp_path):
    dubkit.dub_file(
        "https://example.com/t.mp4", provider="elevenlabs", target_lang="es", out_dir=tmp_path,
        client=elevenlabs_client, timeout=60,  # the default polls: the first two sleeps are 2 s and 3 s
    )


def test_with_the_sleep_fixture_the_same_wait_finishes(dubformer_client, dubkit_sim_sleep):
    job = dubformer_client.projects.create(**PROJECT)
    assert dubformer_client.projects.wait(job.project_id, poll_interval=0.2).status == "ready"


def test_advancing_the_clock_by_hand_still_works(dubformer_client, dubkit_sim):
    job = dubformer_client.projects.create(**PROJECT)
    for _ in range(5):
        assert dubformer_client.projects.get(job.project_id).status == "in_progress"
    dubkit_sim.advance(3600)
    assert dubformer_client.projects.wait(job.project_id, timeout=5).status == "ready"
"""


def test_a_wait_without_dubkit_sim_sleep_fails_naming_it(pytester: pytest.Pytester) -> None:
    """Sync, async and dub_file waits on the frozen clock fail with the fix named; the right ways still pass."""
    pytester.makeini(INNER_INI)
    pytester.makepyfile(test_waits=WAITS)
    recorded = pytester.inline_run()
    passed, skipped, failed = recorded.listoutcomes()
    assert {report.head_line for report in passed} == {
        "test_with_the_sleep_fixture_the_same_wait_finishes",
        "test_advancing_the_clock_by_hand_still_works",
    }
    assert not skipped
    assert {report.head_line for report in failed} == {
        "test_sync_wait_without_the_sleep_fixture",
        "test_async_wait_without_the_sleep_fixture",
        "test_dub_file_without_the_sleep_fixture",
    }
    for report in failed:
        message = str(report.longrepr)
        assert message.startswith("GET /"), message  # the message alone: no traceback through dubkit
        assert "Request the dubkit_sim_sleep fixture" in message, message
        assert "WaitTimeoutError" not in message
