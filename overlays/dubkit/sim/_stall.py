"""Noticing a client that polls a simulator whose manual clock never moves, so a test fails instead of hanging.

With a manual clock, a job progresses only when something calls ``advance()``. A ``wait()`` that
sleeps for real meanwhile polls the same unfinished job until its deadline (three hours by default).
``StallGuard`` watches the answers a client gets: when the same GET is answered with JSON
``STALL_POLLS`` times in a row, at least ``STALL_SECONDS`` of real time apart from first to last,
while the simulated clock stood still, it reports the stall with what to do about it.

Two quick reads of the same resource are not a stall (little real time passes between them), nor
are retries after an error (only successful JSON answers count), downloads (not JSON), or polls
between which anything else was requested or the clock moved.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Generic, NoReturn, TypeVar

import httpx2

from ._clock import SimClock

__all__ = ["STALL_POLLS", "STALL_SECONDS", "AsyncStallGuardTransport", "StallGuard", "StallGuardTransport"]

_T = TypeVar("_T", httpx2.BaseTransport, httpx2.AsyncBaseTransport)

STALL_POLLS = 3
"""Successive identical successful GETs, on a clock that stood still, that make a stall."""
STALL_SECONDS = 1.5
"""Real seconds those polls must span: a wait sleeps between polls, a test reading a resource twice does not."""


class StallGuard:
    """Watches one client's answers for polls of a simulator whose clock stands still.

    Args:
        clock: The simulator's clock.
        on_stall: Called with the explanation when a stall is seen; it must raise.
        monotonic: Real seconds (tests pass a fake).
    """

    def __init__(
        self,
        clock: SimClock,
        on_stall: Callable[[str], NoReturn],
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._clock = clock
        self._on_stall = on_stall
        self._monotonic = monotonic
        self._key: tuple[str, str] | None = None
        self._simulated_at = 0.0
        self._first_seen = 0.0
        self._count = 0

    def observe(self, request: httpx2.Request, response: httpx2.Response) -> None:
        """Record one answer, and report a stall if it completes one.

        Args:
            request: The request sent.
            response: Its answer (its body may not have been read yet).
        """
        now, simulated = self._monotonic(), self._clock.elapsed()
        content_type = response.headers.get("content-type", "")
        key = (request.method, str(request.url))
        polled = request.method == "GET" and response.is_success and content_type.startswith("application/json")
        if polled and key == self._key and simulated == self._simulated_at:
            self._count += 1
        else:
            self._key = key if polled else None
            self._simulated_at, self._first_seen, self._count = simulated, now, 1
        spent = now - self._first_seen
        if self._count >= STALL_POLLS and spent >= STALL_SECONDS:
            self._on_stall(
                f"GET {request.url.path} was answered {self._count} times over {spent:.1f} s of real time while "
                f"the simulator's manual clock stood still at {self._clock.now().isoformat()}: a wait() sleeping "
                "for real would poll it until its deadline (three hours by default). Request the dubkit_sim_sleep "
                "fixture, so that sleeps advance the simulated clock, or call dubkit_sim.advance(seconds) first."
            )


class _Guarded(Generic[_T]):
    """What both transports hold: the transport that answers and the guard that watches.

    Args:
        inner: The transport that answers (the simulator's).
        guard: What watches the answers.
    """

    def __init__(self, inner: _T, guard: StallGuard) -> None:
        self._inner: _T = inner
        self._guard = guard


class StallGuardTransport(_Guarded[httpx2.BaseTransport], httpx2.BaseTransport):
    """Sends through another transport and shows every answer to a ``StallGuard``."""

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send the request, then let the guard see the answer (closed first if the guard raises).

        Args:
            request: The request.

        Returns:
            The inner transport's response.
        """
        response = self._inner.handle_request(request)
        try:
            self._guard.observe(request, response)
        except BaseException:
            response.close()
            raise
        return response

    def close(self) -> None:
        """Close the inner transport."""
        self._inner.close()


class AsyncStallGuardTransport(_Guarded[httpx2.AsyncBaseTransport], httpx2.AsyncBaseTransport):
    """Sends through another async transport and shows every answer to a ``StallGuard``."""

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send the request, then let the guard see the answer (closed first if the guard raises).

        Args:
            request: The request.

        Returns:
            The inner transport's response.
        """
        response = await self._inner.handle_async_request(request)
        try:
            self._guard.observe(request, response)
        except BaseException:
            await response.aclose()
            raise
        return response

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()
