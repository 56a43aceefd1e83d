"""pytest fixtures for testing code that uses dubkit against the simulator (registered as the ``dubkit`` plugin).

pytest loads this module in every project where dubkit is installed, so it imports the simulator
(the ``sim`` extra) only when a test asks for one of its fixtures.

Fixtures:
    dubkit_sim: a fresh in-process ``Simulator`` with a manual clock (configure it with
        ``@pytest.mark.dubkit_sim(fault_rate=0.1, ...)``: any ``SimConfig`` field).
    dubkit_sim_sleep: makes ``time.sleep`` and ``asyncio.sleep`` advance ``dubkit_sim``'s clock instead of
        sleeping, so waits, backoff and ``Retry-After`` pass instantly and in step with the simulated jobs.
    dubkit_sim_server: the same simulator served on loopback by uvicorn (``.url``), for code that
        needs a real socket (subprocesses, other HTTP clients).
    dubformer_client / async_dubformer_client: ``Dubformer`` / ``AsyncDubformer`` pointed at ``dubkit_sim``.
    elevenlabs_client / async_elevenlabs_client: ``ElevenLabs`` / ``AsyncElevenLabs`` pointed at ``dubkit_sim``.

A wait on the manual clock without ``dubkit_sim_sleep`` would sleep for real while the clock, and so
the job, stands still, until the wait's deadline (three hours by default). The client fixtures fail
such a test within seconds instead, with a message naming ``dubkit_sim_sleep``: once the same GET has
been answered three times over 1.5 s of real time with the clock unchanged (``dubkit.sim._stall``).
They do not advance the clock themselves: a manual clock is the test's to move, so that it can look
at a job while it runs, and ``dubkit_sim_sleep`` is the one switch that makes time pass on its own.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, NoReturn, TypeVar

import httpx2
import pytest

from dubkit import AsyncDubformer, AsyncElevenLabs, Dubformer, ElevenLabs

if TYPE_CHECKING:
    from dubkit.sim import SimServer, Simulator

SyncClient = TypeVar("SyncClient", Dubformer, ElevenLabs)
AsyncClient = TypeVar("AsyncClient", AsyncDubformer, AsyncElevenLabs)
SIM_API_KEY = "sim-test-key"
# Loopback: clients accept plain http there, and nothing leaves the machine (the transport is in process).
SIM_BASE_URL = "http://127.0.0.1"


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``dubkit_sim`` marker.

    Args:
        config: pytest's configuration.
    """
    config.addinivalue_line("markers", "dubkit_sim(**config): SimConfig fields for the dubkit_sim fixture")


@pytest.fixture
def dubkit_sim(request: pytest.FixtureRequest) -> Simulator:
    """Return a fresh simulator (manual clock, seed 0) that serves both providers in process.

    Args:
        request: The requesting test (its ``dubkit_sim`` marker sets ``SimConfig`` fields).

    Returns:
        The simulator.
    """
    try:
        from dubkit.sim import Simulator  # noqa: PLC0415 - the sim extra is optional
    except ModuleNotFoundError as exc:
        pytest.fail(str(exc), pytrace=False)
    marker = request.node.get_closest_marker("dubkit_sim")
    options = {"manual_clock": True, **(marker.kwargs if marker else {})}
    return Simulator(**options)


@pytest.fixture
def dubkit_sim_sleep(dubkit_sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> Simulator:
    """Make every ``time.sleep`` / ``asyncio.sleep`` advance ``dubkit_sim``'s clock instead of sleeping.

    dubkit looks both up when it sleeps, so polls and retries of clients under test pass on the
    simulated clock: a three-hour dub finishes in milliseconds. Deadlines (``wait(timeout=...)``) are
    real time and do not move.

    Args:
        dubkit_sim: The simulator.
        monkeypatch: Undoes the patch after the test.

    Returns:
        The simulator.
    """

    async def advance(seconds: float) -> None:
        dubkit_sim.advance(seconds)

    monkeypatch.setattr(time, "sleep", dubkit_sim.advance)
    monkeypatch.setattr(asyncio, "sleep", advance)
    return dubkit_sim


@pytest.fixture
def dubkit_sim_server(dubkit_sim: Simulator) -> Iterator[SimServer]:
    """Serve ``dubkit_sim`` on a free loopback port for the duration of the test.

    Args:
        dubkit_sim: The simulator.

    Yields:
        The running server; its base URL is ``.url``.
    """
    with dubkit_sim.serve() as server:
        yield server


def _sync_client(client_class: type[SyncClient], sim: Simulator) -> Iterator[SyncClient]:
    http = _sim_http(sim)
    with client_class(api_key=SIM_API_KEY, base_url=SIM_BASE_URL, http_client=http) as client:
        yield client
    http.close()


def _async_client(client_class: type[AsyncClient], sim: Simulator) -> Iterator[AsyncClient]:
    http = _async_sim_http(sim)
    client = client_class(api_key=SIM_API_KEY, base_url=SIM_BASE_URL, http_client=http)
    yield client
    asyncio.run(_aclose(client, http))


@pytest.fixture
def dubformer_client(dubkit_sim: Simulator) -> Iterator[Dubformer]:
    """Yield a ``Dubformer`` client wired to ``dubkit_sim`` in process, closed after the test."""
    yield from _sync_client(Dubformer, dubkit_sim)


@pytest.fixture
def async_dubformer_client(dubkit_sim: Simulator) -> Iterator[AsyncDubformer]:
    """Yield an ``AsyncDubformer`` client wired to ``dubkit_sim`` in process (no sockets, any event loop)."""
    yield from _async_client(AsyncDubformer, dubkit_sim)


@pytest.fixture
def elevenlabs_client(dubkit_sim: Simulator) -> Iterator[ElevenLabs]:
    """Yield an ``ElevenLabs`` client wired to ``dubkit_sim`` in process, closed after the test."""
    yield from _sync_client(ElevenLabs, dubkit_sim)


@pytest.fixture
def async_elevenlabs_client(dubkit_sim: Simulator) -> Iterator[AsyncElevenLabs]:
    """Yield an ``AsyncElevenLabs`` client wired to ``dubkit_sim`` in process (no sockets, any event loop)."""
    yield from _async_client(AsyncElevenLabs, dubkit_sim)


def _stalled(message: str) -> NoReturn:
    pytest.fail(message, pytrace=False)


def _sim_http(sim: Simulator) -> httpx2.Client:
    """Return an httpx client that calls ``sim`` in process and fails the test if it polls a stopped clock."""
    from dubkit.sim._stall import StallGuard, StallGuardTransport  # noqa: PLC0415 - the sim extra is optional

    guard = StallGuard(sim.context.clock, _stalled)
    return httpx2.Client(transport=StallGuardTransport(sim.transport(), guard))


def _async_sim_http(sim: Simulator) -> httpx2.AsyncClient:
    """Return an async httpx client that calls ``sim`` in process and fails the test if it polls a stopped clock."""
    from dubkit.sim._stall import AsyncStallGuardTransport, StallGuard  # noqa: PLC0415 - the sim extra is optional

    guard = StallGuard(sim.context.clock, _stalled)
    return httpx2.AsyncClient(transport=AsyncStallGuardTransport(sim.async_transport(), guard))


async def _aclose(client: AsyncDubformer | AsyncElevenLabs, http: httpx2.AsyncClient) -> None:
    await client.aclose()
    await http.aclose()
