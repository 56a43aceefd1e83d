"""AsyncTurns: requests beyond the pool's size wait their turn above it, outside httpcore2's queue."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import dubkit
import httpx2
import pytest
from dubkit._pools import ASYNC_API_CONNECTIONS, AsyncTurns
from dubkit._transport import AsyncRetryTransport


class SlowAPI(httpx2.AsyncBaseTransport):
    """Answers every request after a moment, with a body sent in pieces; counts requests open at once."""

    def __init__(self, *, hold: asyncio.Event | None = None) -> None:
        self.open = 0
        self.peak = 0
        self.sent = 0
        self.hold = hold

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self.sent += 1
        self.open += 1
        self.peak = max(self.peak, self.open)
        if self.hold is not None:
            await self.hold.wait()
        await asyncio.sleep(0.001)
        return httpx2.Response(200, stream=Body(self), request=request)


class Body(httpx2.AsyncByteStream):
    """A body read in three pieces; the request stays open until it is closed."""

    def __init__(self, api: SlowAPI) -> None:
        self.api = api

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in (b'{"a"', b": ", b"1}"):
            await asyncio.sleep(0.001)
            yield piece

    async def aclose(self) -> None:
        self.api.open -= 1


def test_at_most_max_in_flight_requests_are_open_until_their_bodies_are_read() -> None:
    api = SlowAPI()

    async def scenario() -> list[object]:
        transport = AsyncRetryTransport(AsyncTurns(api, 3), max_retries=0, read_body=True)
        async with httpx2.AsyncClient(base_url="https://api.test", transport=transport) as client:
            first = await asyncio.gather(*(client.get(f"/dub/{n}") for n in range(20)))
            again = await asyncio.gather(*(client.get(f"/dub/{n}") for n in range(5)))  # every turn came back
        return [response.json() for response in first + again]

    assert asyncio.run(scenario()) == [{"a": 1}] * 25
    assert (api.peak, api.sent, api.open) == (3, 25, 0)


def test_waiting_for_a_turn_is_bounded_by_the_pool_timeout() -> None:
    """A request that finds no free turn within its pool timeout fails as a pool timeout would: nothing sent."""

    async def scenario() -> SlowAPI:
        hold = asyncio.Event()
        api = SlowAPI(hold=hold)
        transport = AsyncRetryTransport(AsyncTurns(api, 1), max_retries=0, read_body=True)
        timeout = httpx2.Timeout(5.0, pool=0.05)
        async with httpx2.AsyncClient(base_url="https://api.test", transport=transport, timeout=timeout) as client:
            busy = asyncio.create_task(client.get("/slow"))
            await asyncio.sleep(0.01)
            with pytest.raises(dubkit.APITimeoutError, match="PoolTimeout"):
                await client.get("/queued")
            hold.set()
            assert (await busy).json() == {"a": 1}
            assert (await client.get("/after")).json() == {"a": 1}  # the timed-out wait took no turn
        return api

    assert asyncio.run(scenario()).sent == 2


def test_a_failed_attempt_gives_its_turn_back() -> None:
    """A connection error (retried) and a 503 (retried) each end their attempt's turn."""
    answers: list[httpx2.Response | Exception] = [
        httpx2.ConnectError("refused"),
        httpx2.Response(503, json={}),
        httpx2.Response(200, json={"ok": True}),
    ]

    def handler(request: httpx2.Request) -> httpx2.Response:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def no_sleep(seconds: float) -> None:
        pass

    async def scenario() -> object:
        transport = AsyncRetryTransport(
            AsyncTurns(httpx2.MockTransport(handler), 1), max_retries=2, read_body=True, sleep=no_sleep
        )
        async with httpx2.AsyncClient(base_url="https://api.test", transport=transport) as client:
            response = await asyncio.wait_for(client.get("/thing"), 5)
        return response.json()

    assert asyncio.run(scenario()) == {"ok": True}
    assert answers == []


def test_turns_need_a_positive_size() -> None:
    with pytest.raises(ValueError, match="at least one turn"):
        AsyncTurns(httpx2.MockTransport(lambda r: httpx2.Response(200)), 0)


def test_a_turn_ends_when_an_unread_body_is_closed() -> None:
    """Without read_body the caller's close of the body gives the turn back, once, however often it closes."""

    async def scenario() -> int:
        api = SlowAPI()
        turns = AsyncTurns(api, 1)
        async with httpx2.AsyncClient(base_url="https://api.test", transport=turns) as client:
            for n in range(3):
                async with client.stream("GET", f"/dub/{n}") as response:
                    assert await response.aread() == b'{"a": 1}'
                await response.aclose()  # a second close gives nothing back twice
        return api.peak

    assert asyncio.run(scenario()) == 1


def test_the_async_api_client_takes_turns_over_its_own_pool_only() -> None:
    """dubkit's own pool: 100 connections, all kept alive, 100 turns; a caller's client keeps its own limits."""
    own = dubkit.AsyncElevenLabs(api_key="k").raw.get_async_httpx_client()._transport._wrapped
    assert isinstance(own, AsyncTurns)
    assert own._turns._value == ASYNC_API_CONNECTIONS == 100
    pool = own._wrapped.pool._pool  # AsyncTurns -> AsyncLazyPool -> AsyncHTTPTransport -> httpcore2 pool
    assert (pool._max_connections, pool._max_keepalive_connections) == (100, 100)
    theirs = dubkit.AsyncElevenLabs(api_key="k", http_client=httpx2.AsyncClient()).raw.get_async_httpx_client()
    assert not isinstance(theirs._transport._wrapped, AsyncTurns)
