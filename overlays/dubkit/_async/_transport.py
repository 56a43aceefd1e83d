"""Retries below the generated code: an httpx2 transport wrapping the real one.

Because retries live in the transport, every call gets them, whether it comes from a dubkit
method or from a generated function called through ``client.raw``. The request object is
re-sent whole on each attempt: JSON bodies are bytes, and httpx2 rewinds multipart file
fields, so no form field is lost; a body that cannot be sent again gets one attempt. The policy
itself is in ``_retry``, the bookkeeping of one request's attempts (deadline, size cap, redirect
chain, the errors raised) in ``_attempts``.
"""

from __future__ import annotations

import random

import httpx2

from dubkit._attempts import Attempts, BodyReader, as_failure
from dubkit._auth import forget_credentials
from dubkit._retry import AsyncSleep, Decision, RetryPolicy, asyncio_sleep
from dubkit._settings import CallLimits
from dubkit._transport_base import Reconfigurable, asyncio_deadline

__all__ = ["AsyncClientTransport", "AsyncRetryTransport"]


async def _read(response: httpx2.Response, attempts: Attempts) -> httpx2.Response:
    reader = BodyReader(attempts, response)
    try:
        async for chunk in response.aiter_bytes():
            reader.add(chunk)
    finally:
        await response.aclose()  # read whole (or failed): what is below, a turn or a connection, is done with it
    return reader.response()


class AsyncRetryTransport(Reconfigurable, httpx2.AsyncBaseTransport):
    """Wrap a transport with retries, backoff and ``Retry-After`` handling.

    Args:
        wrapped: The transport that really sends requests.
        max_retries: Retries allowed per request (``max_retries_for`` overrides it per call).
        idempotency_header: The header that makes a POST safe to re-send, if the API has one.
        read_body: Read the body inside the retry loop, so a connection dropped mid-body is retried
            like one dropped before the answer (API calls; downloads resume with Range instead).
        sleep: How to wait between attempts (injected by tests; by default looked up at call time, so tests
            and users can patch the standard one).
        rng: The jitter source.
        limits: The deadline of each call (all attempts) and, with ``read_body``, the size cap of an
            answer; None for neither.
    """

    def __init__(
        self,
        wrapped: httpx2.AsyncBaseTransport,
        *,
        max_retries: int,
        idempotency_header: str | None = None,
        read_body: bool = False,
        sleep: AsyncSleep | None = None,
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
        attempts = Attempts(request, self._policy, self._limits)
        while True:
            failure: httpx2.HTTPError | None = None
            try:
                attempts.begin()
                async with asyncio_deadline(attempts.time_left()):
                    response = await self._attempt(request, attempts)
            except Exception as error:
                # asyncio's bound of an async attempt raises TimeoutError when the deadline passes.
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
        return await _read(response, attempts) if self._read_body else response

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._wrapped.aclose()


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
        # Never let the caller's client follow a redirect itself: dubkit's client follows it, so the
        # credential hook sees every hop (httpx2 keeps custom headers such as xi-api-key on redirects).
        return await self._client.send(request, stream=True, follow_redirects=False)
