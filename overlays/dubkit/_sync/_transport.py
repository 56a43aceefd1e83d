# Generated from overlays/dubkit/_async/_transport.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
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
from dubkit._retry import Decision, RetryPolicy, Sleep, blocking_sleep
from dubkit._settings import CallLimits
from dubkit._transport_base import Reconfigurable, blocking_deadline

__all__ = ["ClientTransport", "RetryTransport"]


def _read(response: httpx2.Response, attempts: Attempts) -> httpx2.Response:
    reader = BodyReader(attempts, response)
    try:
        for chunk in response.iter_bytes():
            reader.add(chunk)
    finally:
        response.close()  # read whole (or failed): what is below, a turn or a connection, is done with it
    return reader.response()


class RetryTransport(Reconfigurable, httpx2.BaseTransport):
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
        wrapped: httpx2.BaseTransport,
        *,
        max_retries: int,
        idempotency_header: str | None = None,
        read_body: bool = False,
        sleep: Sleep | None = None,
        rng: random.Random | None = None,
        limits: CallLimits | None = None,
    ) -> None:
        self._limits = limits
        self._read_body = read_body
        self._wrapped = wrapped
        self._policy = RetryPolicy(max_retries, idempotency_header)
        self._sleep = sleep or blocking_sleep
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
                with blocking_deadline(attempts.time_left()):
                    response = self._attempt(request, attempts)
            except Exception as error:
                # asyncio's bound of an async attempt raises TimeoutError when the deadline passes.
                expired = isinstance(error, TimeoutError) and attempts.expired()
                failure = attempts.deadline_passed() if expired else as_failure(error)
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

    def _attempt(self, request: httpx2.Request, attempts: Attempts) -> httpx2.Response:
        response = self._wrapped.handle_request(request)
        return _read(response, attempts) if self._read_body else response

    def close(self) -> None:
        """Close the wrapped transport."""
        self._wrapped.close()


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
