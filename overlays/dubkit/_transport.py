"""Retries below the generated code: an httpx transport wrapping the real one.

Because retries live in the transport, every call gets them, whether it comes from a dubkit
method or from a generated function called through ``client.raw``. The request object is
re-sent whole on each attempt: JSON bodies are bytes, and httpx rewinds multipart file
fields, so no form field is lost; a body that cannot be sent again gets one attempt. The policy
itself is in ``_retry``, the bookkeeping of one request's attempts (deadline, size cap, redirect
chain, the errors raised) in ``_attempts``.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

import httpx

from ._attempts import AMBIGUOUS_HINT, MAX_RETRIES_OVERRIDE, Attempts, BodyReader, as_failure
from ._auth import forget_credentials
from ._decoding import decoder_for
from ._retry import Decision
from ._settings import CallLimits

__all__ = [
    "AMBIGUOUS_HINT",
    "AsyncClientTransport",
    "AsyncRetryTransport",
    "ClientTransport",
    "RetryTransport",
    "max_retries_for",
]


@contextlib.contextmanager
def max_retries_for(max_retries: int | None) -> Iterator[None]:
    """Override the client's ``max_retries`` for the calls made inside the block.

    Args:
        max_retries: The retries allowed per request, or None to keep the client's setting.

    Returns:
        A context manager.

    Raises:
        ValueError: If ``max_retries`` is negative.
    """
    if max_retries is not None and max_retries < 0:
        raise ValueError(f"max_retries must be >= 0, got {max_retries}")
    token = MAX_RETRIES_OVERRIDE.set(max_retries)
    try:
        yield
    finally:
        MAX_RETRIES_OVERRIDE.reset(token)


def _read(response: httpx.Response, attempts: Attempts) -> httpx.Response:
    reader = BodyReader(attempts, response)
    try:
        if response.is_stream_consumed:  # read by the transport below (a simulator): decoded already
            reader.add(response.content)
            return reader.response()
        decode = decoder_for(response.headers)  # bounded pieces: httpx would inflate each chunk whole
        for chunk in response.iter_raw():
            for piece in decode(chunk):
                reader.add(piece)
    except BaseException:
        response.close()
        raise
    return reader.response()


async def _aread(response: httpx.Response, attempts: Attempts) -> httpx.Response:
    reader = BodyReader(attempts, response)
    try:
        if response.is_stream_consumed:  # as in _read
            reader.add(response.content)
            return reader.response()
        decode = decoder_for(response.headers)
        async for chunk in response.aiter_raw():
            for piece in decode(chunk):
                reader.add(piece)
    except BaseException:
        await response.aclose()
        raise
    return reader.response()


class RetryTransport(httpx.BaseTransport):
    """Wrap a transport with retries, backoff and ``Retry-After`` handling.

    Args:
        wrapped: The transport that really sends requests.
        max_retries: Retries allowed per request (``max_retries_for`` overrides it per call).
        idempotency_header: The header that makes a POST safe to re-send, if the API has one.
        read_body: Read the body inside the retry loop, so a connection dropped mid-body is retried
            like one dropped before the answer (API calls; downloads resume with Range instead).
        sleep: How to wait between attempts (injected by tests).
        rng: The jitter source.
        limits: The deadline of each call (all attempts) and, with ``read_body``, the size cap of an
            answer; None for neither.
    """

    def __init__(
        self,
        wrapped: httpx.BaseTransport,
        *,
        max_retries: int,
        idempotency_header: str | None = None,
        read_body: bool = False,
        sleep: Callable[[float], None] | None = None,
        rng: random.Random | None = None,
        limits: CallLimits | None = None,
    ) -> None:
        self._limits = limits
        self._read_body = read_body
        self._wrapped = wrapped
        self._max_retries = max_retries
        self._idempotency_header = idempotency_header
        # Looked up at call time, so tests (and users) can patch time.sleep.
        self._sleep = sleep or (lambda seconds: time.sleep(seconds))  # noqa: PLW0108 - late binding
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send a request, retrying as the policy allows.

        Args:
            request: The request to send.

        Returns:
            The final response.

        Raises:
            APIConnectionError: If no attempt got a response (``APITimeoutError`` when the deadline passed,
                ``TooManyRedirectsError`` for a redirect loop).
            OutcomeUnknownError: If a non-idempotent request failed after it may have been applied.
            ResponseTooLargeError: If the answer is larger than the size cap.
        """
        try:
            return self._send(request)
        finally:
            forget_credentials(request)  # sent: the request object outlives the call in responses and errors

    def _send(self, request: httpx.Request) -> httpx.Response:
        attempts = Attempts(request, self._max_retries, self._idempotency_header, self._limits)
        while True:
            failure: httpx.HTTPError | None = None
            try:
                attempts.begin()
                response = self._wrapped.handle_request(request)
                if self._read_body:
                    response = _read(response, attempts)
            except Exception as error:
                failure = as_failure(error)
                if failure is None:
                    raise
            if failure is not None:  # decided outside the except block: no httpx error as __context__
                self._sleep(attempts.on_error(failure, self._rng))
                continue
            outcome = attempts.on_response(response, self._rng)
            if outcome is Decision.RETURN:
                return response
            response.close()
            if outcome is Decision.AMBIGUOUS:
                raise attempts.ambiguous(response)
            assert isinstance(outcome, float)  # noqa: S101 - narrowing for mypy
            self._sleep(outcome)

    def close(self) -> None:
        """Close the wrapped transport."""
        self._wrapped.close()


T = TypeVar("T")


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio is imported where it is used, so sync clients never load it (~17 ms: make bench, import time);
    # asyncio.sleep is looked up at call time, so tests (and users) can patch it.
    import asyncio  # noqa: PLC0415

    await asyncio.sleep(seconds)


async def _wait_for(awaitable: Awaitable[T], timeout: float | None) -> T:
    import asyncio  # noqa: PLC0415 - see _asyncio_sleep

    return await asyncio.wait_for(awaitable, timeout)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of ``RetryTransport``, with the same policy.

    Args:
        wrapped: The transport that really sends requests.
        max_retries: Retries allowed per request (``max_retries_for`` overrides it per call).
        idempotency_header: The header that makes a POST safe to re-send, if the API has one.
        read_body: Read the body inside the retry loop (see ``RetryTransport``).
        sleep: How to wait between attempts (injected by tests).
        rng: The jitter source.
        limits: The deadline of each call and the size cap of an answer (see ``RetryTransport``).
        max_in_flight: At most this many attempts in flight at once, each until its body is read (so only
            with ``read_body``); the others wait their turn in order, no longer than the request's pool
            timeout. Set to the wrapped pool's size, it keeps requests out of httpcore's queue, whose
            bookkeeping costs O(queued x connections) per request (encode/httpcore#1035): 1,000 polls
            at once cost ~10 ms of CPU each without it (benchmarks/concurrent_waits.py). None: no limit.

    Raises:
        ValueError: If ``max_in_flight`` is given without ``read_body``, or is not >= 1.
    """

    def __init__(
        self,
        wrapped: httpx.AsyncBaseTransport,
        *,
        max_retries: int,
        idempotency_header: str | None = None,
        read_body: bool = False,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rng: random.Random | None = None,
        limits: CallLimits | None = None,
        max_in_flight: int | None = None,
    ) -> None:
        if max_in_flight is not None and (not read_body or max_in_flight < 1):
            raise ValueError("max_in_flight must be >= 1, and needs read_body (an attempt ends with its body)")
        import asyncio  # noqa: PLC0415 - see _asyncio_sleep

        self._turns = None if max_in_flight is None else asyncio.Semaphore(max_in_flight)
        self._limits = limits
        self._read_body = read_body
        self._wrapped = wrapped
        self._max_retries = max_retries
        self._idempotency_header = idempotency_header
        self._sleep = sleep or _asyncio_sleep
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send a request, retrying as the policy allows.

        Args:
            request: The request to send.

        Returns:
            The final response.

        Raises:
            APIConnectionError: If no attempt got a response (``APITimeoutError`` when the deadline passed,
                ``TooManyRedirectsError`` for a redirect loop).
            OutcomeUnknownError: If a non-idempotent request failed after it may have been applied.
            ResponseTooLargeError: If the answer is larger than the size cap.
        """
        try:
            return await self._send(request)
        finally:
            forget_credentials(request)  # sent: the request object outlives the call in responses and errors

    async def _send(self, request: httpx.Request) -> httpx.Response:
        import asyncio  # noqa: PLC0415 - see _asyncio_sleep

        attempts = Attempts(request, self._max_retries, self._idempotency_header, self._limits)
        while True:
            failure: httpx.HTTPError | None = None
            try:
                attempts.begin()
                # The deadline bounds the whole attempt, however the server spreads its bytes out.
                async with asyncio.timeout(attempts.time_left()):
                    response = await self._attempt(request, attempts)
            except Exception as error:
                # asyncio.timeout raises TimeoutError when the deadline passes.
                expired = isinstance(error, TimeoutError) and attempts.expired()
                failure = attempts.deadline_passed() if expired else as_failure(error)
                if failure is None:
                    raise
            if failure is not None:  # decided outside the except block: no httpx error as __context__
                await self._sleep(attempts.on_error(failure, self._rng))
                continue
            outcome = attempts.on_response(response, self._rng)
            if outcome is Decision.RETURN:
                return response
            await response.aclose()
            if outcome is Decision.AMBIGUOUS:
                raise attempts.ambiguous(response)
            assert isinstance(outcome, float)  # noqa: S101 - narrowing for mypy
            await self._sleep(outcome)

    async def _attempt(self, request: httpx.Request, attempts: Attempts) -> httpx.Response:
        await self._take_turn(request)
        try:
            response = await self._wrapped.handle_async_request(request)
            if self._read_body:
                response = await _aread(response, attempts)
        finally:
            if self._turns is not None:
                self._turns.release()
        return response

    async def _take_turn(self, request: httpx.Request) -> None:
        """Wait for a free slot (``max_in_flight``), as the pool waits for a free connection.

        Raises:
            httpx.PoolTimeout: No slot came free within the request's pool timeout (nothing was sent).
        """
        if self._turns is None:
            return
        if not self._turns.locked():
            await self._turns.acquire()  # a free slot: taken at once, without a task for the timeout
            return
        timeout = request.extensions.get("timeout", {}).get("pool")
        try:
            await _wait_for(self._turns.acquire(), timeout)
        except TimeoutError:
            raise httpx.PoolTimeout("no connection came free within the pool timeout", request=request) from None

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._wrapped.aclose()


class ClientTransport(httpx.BaseTransport):
    """Send through a caller-supplied ``httpx.Client`` (its proxies, limits and hooks apply).

    Args:
        client: The caller's client; dubkit does not close it.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request with the caller's client, streaming the body back.

        Args:
            request: The request.

        Returns:
            The response, body not yet read.
        """
        # Never let the caller's client follow a redirect itself: dubkit's client follows it, so the
        # credential hook sees every hop (httpx keeps custom headers such as xi-api-key on redirects).
        return self._client.send(request, stream=True, follow_redirects=False)


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Send through a caller-supplied ``httpx.AsyncClient`` (its proxies, limits and hooks apply).

    Args:
        client: The caller's client; dubkit does not close it.
    """

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request with the caller's client, streaming the body back.

        Args:
            request: The request.

        Returns:
            The response, body not yet read.
        """
        # As in ClientTransport: the hops are followed by dubkit's client, which strips the key.
        return await self._client.send(request, stream=True, follow_redirects=False)
