"""Retries below the generated code: an httpx2 transport wrapping the real one.

Because retries live in the transport, every call gets them, whether it comes from a dubkit
method or from a generated function called through ``client.raw``. The request object is
re-sent whole on each attempt: JSON bodies are bytes, and httpx2 rewinds multipart file
fields, so no form field is lost; a body that cannot be sent again gets one attempt. The policy
itself is in ``_retry``, the bookkeeping of one request's attempts (deadline, size cap, redirect
chain, the errors raised) in ``_attempts``.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Self

import httpx2

from ._attempts import AMBIGUOUS_HINT, MAX_RETRIES_OVERRIDE, Attempts, BodyReader, as_failure
from ._auth import forget_credentials
from ._retry import Decision, RetryPolicy, asyncio_sleep
from ._settings import KEEP, CallLimits, Keep

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


def _read(response: httpx2.Response, attempts: Attempts) -> httpx2.Response:
    reader = BodyReader(attempts, response)
    try:
        for chunk in response.iter_bytes():
            reader.add(chunk)
    finally:
        response.close()  # read whole (or failed): what is below, a turn or a connection, is done with it
    return reader.response()


async def _aread(response: httpx2.Response, attempts: Attempts) -> httpx2.Response:
    reader = BodyReader(attempts, response)
    try:
        async for chunk in response.aiter_bytes():
            reader.add(chunk)
    finally:
        await response.aclose()  # read whole (or failed): what is below, a turn or a connection, is done with it
    return reader.response()


class _Reconfigurable:
    """Lets both retry transports make a copy with another retry budget (``client.with_options``)."""

    _policy: RetryPolicy
    _limits: CallLimits | None

    def with_max_retries(
        self, max_retries: int, *, deadline: float | Keep | None = KEEP, max_response_size: int | Keep = KEEP
    ) -> Self:
        """Return a copy with another retry budget (and call limits), sending through the same wrapped transport.

        Args:
            max_retries: Retries allowed per request.
            deadline: Seconds a call may take in all, None for no bound, or ``KEEP``; only where limits apply.
            max_response_size: Bytes an answer may have, or ``KEEP``; only where limits apply.

        Returns:
            The copy (it shares the connection pool, and for the async transport its turns).

        Raises:
            ValueError: If a new limit is not acceptable.
        """
        twin = copy.copy(self)
        twin._policy = dataclasses.replace(self._policy, max_retries=max_retries)
        if self._limits is not None:
            twin._limits = self._limits.replaced(deadline, max_response_size)
        return twin


class RetryTransport(_Reconfigurable, httpx2.BaseTransport):
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
        wrapped: httpx2.BaseTransport,
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
        self._policy = RetryPolicy(max_retries, idempotency_header)
        # Looked up at call time, so tests (and users) can patch time.sleep.
        self._sleep = sleep or (lambda seconds: time.sleep(seconds))  # noqa: PLW0108 - late binding
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
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

    def _send(self, request: httpx2.Request) -> httpx2.Response:
        attempts = Attempts(request, self._policy, self._limits)
        while True:
            failure: httpx2.HTTPError | None = None
            try:
                attempts.begin()
                response = self._wrapped.handle_request(request)
                if self._read_body:
                    response = _read(response, attempts)
            except Exception as error:
                failure = as_failure(error)
                if failure is None:
                    raise
            if failure is not None:  # decided outside the except block: no httpx2 error as __context__
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


class AsyncRetryTransport(_Reconfigurable, httpx2.AsyncBaseTransport):
    """The async twin of ``RetryTransport``, with the same policy.

    Args:
        wrapped: The transport that really sends requests.
        max_retries: Retries allowed per request (``max_retries_for`` overrides it per call).
        idempotency_header: The header that makes a POST safe to re-send, if the API has one.
        read_body: Read the body inside the retry loop (see ``RetryTransport``).
        sleep: How to wait between attempts (injected by tests).
        rng: The jitter source.
        limits: The deadline of each call and the size cap of an answer (see ``RetryTransport``).
    """

    def __init__(
        self,
        wrapped: httpx2.AsyncBaseTransport,
        *,
        max_retries: int,
        idempotency_header: str | None = None,
        read_body: bool = False,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rng: random.Random | None = None,
        limits: CallLimits | None = None,
    ) -> None:
        self._limits = limits
        self._read_body = read_body
        self._wrapped = wrapped
        self._policy = RetryPolicy(max_retries, idempotency_header)
        self._sleep = sleep or asyncio_sleep
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
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

    async def _send(self, request: httpx2.Request) -> httpx2.Response:
        import asyncio  # noqa: PLC0415 - see _retry.asyncio_sleep

        attempts = Attempts(request, self._policy, self._limits)
        while True:
            failure: httpx2.HTTPError | None = None
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
            if failure is not None:  # decided outside the except block: no httpx2 error as __context__
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

    async def _attempt(self, request: httpx2.Request, attempts: Attempts) -> httpx2.Response:
        response = await self._wrapped.handle_async_request(request)
        return await _aread(response, attempts) if self._read_body else response

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._wrapped.aclose()


class ClientTransport(httpx2.BaseTransport):
    """Send through a caller-supplied ``httpx2.Client`` (its proxies, limits and hooks apply).

    Args:
        client: The caller's client; dubkit does not close it.
    """

    def __init__(self, client: httpx2.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send the request with the caller's client, streaming the body back.

        Args:
            request: The request.

        Returns:
            The response, body not yet read.
        """
        # Never let the caller's client follow a redirect itself: dubkit's client follows it, so the
        # credential hook sees every hop (httpx2 keeps custom headers such as xi-api-key on redirects).
        return self._client.send(request, stream=True, follow_redirects=False)


class AsyncClientTransport(httpx2.AsyncBaseTransport):
    """Send through a caller-supplied ``httpx2.AsyncClient`` (its proxies, limits and hooks apply).

    Args:
        client: The caller's client; dubkit does not close it.
    """

    def __init__(self, client: httpx2.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send the request with the caller's client, streaming the body back.

        Args:
            request: The request.

        Returns:
            The response, body not yet read.
        """
        # As in ClientTransport: the hops are followed by dubkit's client, which strips the key.
        return await self._client.send(request, stream=True, follow_redirects=False)
