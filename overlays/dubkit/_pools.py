"""The connection pools under dubkit's transports: one shared TLS context, each pool built on first use.

Making a client must be cheap (``make bench`` times ``import dubkit; dubkit.ElevenLabs(...)`` as a whole
process): a pool needs httpcore (~20 ms to import) and a TLS context (~25 ms to load the CA bundle), and
every client holds three pools (API calls, streamed answers, downloads). So a pool is built only when its
first request goes out, and all pools share one TLS context.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import AsyncIterator, Callable
from functools import cache
from typing import Generic, TypeVar

import httpx2

__all__ = ["ASYNC_API_CONNECTIONS", "AsyncLazyPool", "AsyncTurns", "LazyPool", "api_limits", "shared_ssl_context"]

P = TypeVar("P", httpx2.HTTPTransport, httpx2.AsyncHTTPTransport)

ASYNC_API_CONNECTIONS = 100
"""The async API client's pool: httpx's default size, every connection allowed to stay open."""


@cache
def shared_ssl_context() -> ssl.SSLContext:
    """Return the one TLS context every pool dubkit builds shares, created on first use.

    It is made exactly as httpx would make it, honouring ``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` as they
    are when the first pool is built.

    Returns:
        The context.
    """
    return httpx2.create_ssl_context()


def api_limits() -> httpx2.Limits:
    """Return the limits of the async API pool: ``ASYNC_API_CONNECTIONS``, all of them kept alive.

    httpcore 1.0.9 closes an idle connection whenever the pool holds more than ``max_keepalive_connections``
    in all, busy ones included (encode/httpcore#1035), so with httpx's default of 20 a burst of polls from
    many waits closed and reopened connections throughout.

    Returns:
        The limits.
    """
    return httpx2.Limits(max_connections=ASYNC_API_CONNECTIONS, max_keepalive_connections=ASYNC_API_CONNECTIONS)


class _Lazy(Generic[P]):
    """A pool that is built when the first request goes out (what both lazy pools share).

    Args:
        limits: The pool's limits; httpx's defaults if None.
    """

    def __init__(self, limits: httpx2.Limits | None = None) -> None:
        self._limits = limits
        self._built: P | None = None
        self._lock = threading.Lock()  # two threads' first requests must not build two pools

    def _build(self, make: Callable[..., P]) -> P:
        self._built = make(verify=shared_ssl_context(), limits=self._limits or httpx2.Limits())
        return self._built


class LazyPool(_Lazy[httpx2.HTTPTransport], httpx2.BaseTransport):
    """An ``httpx2.HTTPTransport`` that is built when the first request goes out (``limits``: see ``_Lazy``)."""

    @classmethod
    def for_api(cls) -> LazyPool:
        """Return the pool of a client's API calls (httpx's default limits: a thread waits in httpcore2's queue).

        Returns:
            The pool, not built yet.
        """
        return cls()

    @property
    def pool(self) -> httpx2.HTTPTransport:
        """The transport, built now if it was not yet."""
        built = self._built
        if built is None:
            with self._lock:
                built = self._built if self._built is not None else self._build(httpx2.HTTPTransport)
        return built

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send through the pool.

        Args:
            request: The request.

        Returns:
            The response.
        """
        return self.pool.handle_request(request)

    def close(self) -> None:
        """Close the pool, if it was ever built."""
        if self._built is not None:
            self._built.close()


class AsyncLazyPool(_Lazy[httpx2.AsyncHTTPTransport], httpx2.AsyncBaseTransport):
    """The async twin of ``LazyPool`` (building needs no await, so one event loop builds it once, with no lock)."""

    @classmethod
    def for_api(cls) -> AsyncTurns:
        """Return the pool of a client's API calls: ``api_limits()``, requests beyond its size waiting their turn.

        They wait above the pool, not in httpcore2's queue (see ``AsyncTurns``).

        Returns:
            The pool, not built yet, under its turns.
        """
        return AsyncTurns(cls(api_limits()), ASYNC_API_CONNECTIONS)

    @property
    def pool(self) -> httpx2.AsyncHTTPTransport:
        """The transport, built now if it was not yet."""
        return self._built if self._built is not None else self._build(httpx2.AsyncHTTPTransport)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send through the pool.

        Args:
            request: The request.

        Returns:
            The response.
        """
        return await self.pool.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the pool, if it was ever built."""
        if self._built is not None:
            await self._built.aclose()


class AsyncTurns(httpx2.AsyncBaseTransport):
    """Let at most ``size`` requests be open at once below it, each until its answer's body is closed.

    The others wait their turn in order, no longer than their pool timeout. Set to the wrapped pool's size,
    it keeps requests out of httpcore2's queue, whose bookkeeping costs O(queued x connections) per request
    (encode/httpcore#1035): 1,000 polls at once cost ~10 ms of CPU each without it
    (benchmarks/concurrent_waits.py).

    Args:
        wrapped: The transport that sends (the pool).
        size: The turns, at least 1.

    Raises:
        ValueError: If ``size`` is below 1.
    """

    def __init__(self, wrapped: httpx2.AsyncBaseTransport, size: int) -> None:
        if size < 1:
            raise ValueError(f"AsyncTurns needs at least one turn, got {size}")
        import asyncio  # noqa: PLC0415 - only async clients have turns: sync programs never load it

        self._wrapped = wrapped
        self._turns = asyncio.Semaphore(size)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send the request in its turn; the turn ends when the answer's body is closed (or sending fails).

        Args:
            request: The request.

        Returns:
            The response, its body streaming.

        Raises:
            httpx2.PoolTimeout: No turn came free within the request's pool timeout (nothing was sent).
        """
        await self._take_turn(request)
        try:
            response = await self._wrapped.handle_async_request(request)
        except BaseException:
            self._turns.release()
            raise
        if response.is_closed:  # its body was read whole below (an in-memory transport): nothing is held
            self._turns.release()
        else:
            assert isinstance(response.stream, httpx2.AsyncByteStream)  # noqa: S101 - what a transport returns
            response.stream = _TurnStream(response.stream, self._turns.release)
        return response

    async def _take_turn(self, request: httpx2.Request) -> None:
        turns = self._turns
        if not turns.locked():
            await turns.acquire()  # a free turn: taken at once, without a task for the timeout
            return
        import asyncio  # noqa: PLC0415 - see __init__

        timeout = request.extensions.get("timeout", {}).get("pool")
        try:
            await asyncio.wait_for(turns.acquire(), timeout)
        except TimeoutError:
            raise httpx2.PoolTimeout("no connection came free within the pool timeout", request=request) from None

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._wrapped.aclose()


class _TurnStream(httpx2.AsyncByteStream):
    """An answer's body that gives its turn back when it is closed, once."""

    def __init__(self, stream: httpx2.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        release, self._release = self._release, None
        try:
            await self._stream.aclose()
        finally:
            if release is not None:
                release()
