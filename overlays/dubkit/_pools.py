"""The connection pools under dubkit's transports: one shared TLS context, each pool built on first use.

Making a client must be cheap (``make bench`` times ``import dubkit; dubkit.ElevenLabs(...)`` as a whole
process): a pool needs httpcore (~20 ms to import) and a TLS context (~25 ms to load the CA bundle), and
every client holds three pools (API calls, streamed answers, downloads). So a pool is built only when its
first request goes out, and all pools share one TLS context.
"""

from __future__ import annotations

import ssl
import threading
from functools import cache

import httpx

__all__ = ["ASYNC_API_CONNECTIONS", "AsyncLazyPool", "LazyPool", "api_limits", "shared_ssl_context"]

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
    return httpx.create_ssl_context()


def api_limits() -> httpx.Limits:
    """Return the limits of the async API pool: ``ASYNC_API_CONNECTIONS``, all of them kept alive.

    httpcore 1.0.9 closes an idle connection whenever the pool holds more than ``max_keepalive_connections``
    in all, busy ones included (encode/httpcore#1035), so with httpx's default of 20 a burst of polls from
    many waits closed and reopened connections throughout.

    Returns:
        The limits.
    """
    return httpx.Limits(max_connections=ASYNC_API_CONNECTIONS, max_keepalive_connections=ASYNC_API_CONNECTIONS)


class LazyPool(httpx.BaseTransport):
    """An ``httpx.HTTPTransport`` that is built when the first request goes out.

    Args:
        limits: The pool's limits; httpx's defaults if None.
    """

    def __init__(self, limits: httpx.Limits | None = None) -> None:
        self._limits = limits
        self._built: httpx.HTTPTransport | None = None
        self._lock = threading.Lock()  # two threads' first requests must not build two pools

    @property
    def pool(self) -> httpx.HTTPTransport:
        """The transport, built now if it was not yet."""
        if self._built is None:
            with self._lock:
                if self._built is None:
                    limits = self._limits or httpx.Limits()
                    self._built = httpx.HTTPTransport(verify=shared_ssl_context(), limits=limits)
        return self._built

    def handle_request(self, request: httpx.Request) -> httpx.Response:
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


class AsyncLazyPool(httpx.AsyncBaseTransport):
    """The async twin of ``LazyPool`` (building needs no await, so one event loop builds it once).

    Args:
        limits: The pool's limits; httpx's defaults if None.
    """

    def __init__(self, limits: httpx.Limits | None = None) -> None:
        self._limits = limits
        self._built: httpx.AsyncHTTPTransport | None = None

    @property
    def pool(self) -> httpx.AsyncHTTPTransport:
        """The transport, built now if it was not yet."""
        if self._built is None:
            limits = self._limits or httpx.Limits()
            self._built = httpx.AsyncHTTPTransport(verify=shared_ssl_context(), limits=limits)
        return self._built

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
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
