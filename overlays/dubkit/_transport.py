"""Retries below the generated code: an httpx transport wrapping the real one.

Because retries live in the transport, every call gets them, whether it comes from a dubkit
method or from a generated function called through ``client.raw``. The request object is
re-sent whole on each attempt: JSON bodies are bytes, and httpx rewinds multipart file
fields, so no form field is lost. The policy itself is in ``_retry``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar

import httpx
from httpx._multipart import MultipartStream

from ._errors import APIConnectionError, APITimeoutError, OutcomeUnknownError
from ._retry import (
    RETRY_POLICY_EXTENSION,
    Decision,
    RetryPolicy,
    backoff_delay,
    decide_on_error,
    decide_on_status,
    is_retry_safe,
    retry_after_seconds,
)

__all__ = [
    "AMBIGUOUS_HINT",
    "AsyncClientTransport",
    "AsyncRetryTransport",
    "ClientTransport",
    "RetryTransport",
    "max_retries_for",
]

logger = logging.getLogger("dubkit")

_MAX_RETRIES_OVERRIDE: ContextVar[int | None] = ContextVar("dubkit_max_retries", default=None)

AMBIGUOUS_HINT = (
    "The API has no idempotency key for this request, so re-sending could create and bill it twice. "
    "List your jobs (e.g. client.dubbing.list()) to see whether it was created before trying again."
)


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
    token = _MAX_RETRIES_OVERRIDE.set(max_retries)
    try:
        yield
    finally:
        _MAX_RETRIES_OVERRIDE.reset(token)


class _Attempts:
    """The bookkeeping of one request's attempts, shared by the sync and async transports."""

    def __init__(self, request: httpx.Request, max_retries: int, idempotency_header: str | None) -> None:
        self.request = request
        override = _MAX_RETRIES_OVERRIDE.get()
        self.max_retries = max_retries if override is None else override
        self.retry_safe = is_retry_safe(request, idempotency_header)
        # Kept on the request: whoever parses the answer later decides with the same policy.
        request.extensions[RETRY_POLICY_EXTENSION] = RetryPolicy(self.retry_safe, self.max_retries)
        self.attempt = 0
        self.started = time.perf_counter()

    @property
    def retries_left(self) -> int:
        # A streamed body cannot be replayed, so it gets exactly one attempt.
        if not isinstance(self.request.stream, httpx.ByteStream | MultipartStream):
            return 0
        return self.max_retries - (self.attempt - 1)

    def begin(self) -> None:
        self.attempt += 1
        self.started = time.perf_counter()

    def on_error(self, error: httpx.TransportError, rng: random.Random) -> float:
        """Return the delay before retrying, or raise the error the caller should see."""
        decision = decide_on_error(error, retry_safe=self.retry_safe, retries_left=self.retries_left)
        where = f"{self.request.method} {self.request.url}"
        if decision is Decision.RETRY:
            delay = backoff_delay(self.attempt, rng)
            logger.info(
                "retrying %s in %.2f s after %s (attempt %d)",
                where,
                delay,
                type(error).__name__,
                self.attempt,
            )
            return delay
        if decision is Decision.AMBIGUOUS:
            raise OutcomeUnknownError(
                self.request.method, str(self.request.url), type(error).__name__, AMBIGUOUS_HINT
            ) from error
        cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        raise cls(
            f"{where} failed after {self.attempt} attempt(s): {type(error).__name__}: {error}",
            request=self.request,
        ) from error

    def on_response(self, response: httpx.Response, rng: random.Random) -> Decision | float:
        """Return RETURN or AMBIGUOUS, or the delay before retrying."""
        elapsed = time.perf_counter() - self.started
        logger.debug(
            "HTTP %s %s -> %d (attempt %d, %.3f s)",
            self.request.method, self.request.url, response.status_code, self.attempt, elapsed,
        )  # fmt: skip
        decision = decide_on_status(response.status_code, retry_safe=self.retry_safe, retries_left=self.retries_left)
        if decision is not Decision.RETRY:
            return decision
        delay = retry_after_seconds(response.headers)
        delay = backoff_delay(self.attempt, rng) if delay is None else delay
        logger.info(
            "retrying %s %s in %.2f s after HTTP %d (attempt %d)",
            self.request.method, self.request.url, delay, response.status_code, self.attempt,
        )  # fmt: skip
        return delay

    def ambiguous(self, response: httpx.Response) -> OutcomeUnknownError:
        return OutcomeUnknownError(
            self.request.method, str(self.request.url), f"HTTP {response.status_code}", AMBIGUOUS_HINT
        )


def _read_or_close(response: httpx.Response) -> None:
    try:
        response.read()
    except httpx.TransportError:
        response.close()
        raise


async def _aread_or_close(response: httpx.Response) -> None:
    try:
        await response.aread()
    except httpx.TransportError:
        await response.aclose()
        raise


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
    ) -> None:
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
            APIConnectionError: If no attempt got a response.
            OutcomeUnknownError: If a non-idempotent request failed after it may have been applied.
        """
        attempts = _Attempts(request, self._max_retries, self._idempotency_header)
        while True:
            attempts.begin()
            try:
                response = self._wrapped.handle_request(request)
                if self._read_body:
                    _read_or_close(response)
            except httpx.TransportError as error:
                self._sleep(attempts.on_error(error, self._rng))
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


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of ``RetryTransport``, with the same policy.

    Args:
        wrapped: The transport that really sends requests.
        max_retries: Retries allowed per request (``max_retries_for`` overrides it per call).
        idempotency_header: The header that makes a POST safe to re-send, if the API has one.
        read_body: Read the body inside the retry loop (see ``RetryTransport``).
        sleep: How to wait between attempts (injected by tests).
        rng: The jitter source.
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
    ) -> None:
        self._read_body = read_body
        self._wrapped = wrapped
        self._max_retries = max_retries
        self._idempotency_header = idempotency_header
        # Looked up at call time, so tests (and users) can patch asyncio.sleep.
        self._sleep = sleep or (lambda seconds: asyncio.sleep(seconds))  # noqa: PLW0108 - late binding
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send a request, retrying as the policy allows.

        Args:
            request: The request to send.

        Returns:
            The final response.

        Raises:
            APIConnectionError: If no attempt got a response.
            OutcomeUnknownError: If a non-idempotent request failed after it may have been applied.
        """
        attempts = _Attempts(request, self._max_retries, self._idempotency_header)
        while True:
            attempts.begin()
            try:
                response = await self._wrapped.handle_async_request(request)
                if self._read_body:
                    await _aread_or_close(response)
            except httpx.TransportError as error:
                await self._sleep(attempts.on_error(error, self._rng))
                continue
            outcome = attempts.on_response(response, self._rng)
            if outcome is Decision.RETURN:
                return response
            await response.aclose()
            if outcome is Decision.AMBIGUOUS:
                raise attempts.ambiguous(response)
            assert isinstance(outcome, float)  # noqa: S101 - narrowing for mypy
            await self._sleep(outcome)

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
