"""The bookkeeping of one request's attempts, shared by the sync and async retry transports.

Everything a request goes through below the generated code is decided here, once for both twins:
how many attempts it gets (``_retry``'s policy, an unreplayable body gets one), the call's deadline
(each attempt's timeouts are cut to the time left, a body is read no longer than that, and no retry
starts that could not finish in time), the size cap on an answer read whole (counted decompressed,
while reading), the redirect chain it belongs to (a loop ends with ``TooManyRedirectsError``), and
which error the caller sees: always a dubkit one, its URL redacted, chained to no httpx error.
"""

from __future__ import annotations

import logging
import random
import time
from contextvars import ContextVar
from typing import Any

import httpx2

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    DubkitError,
    OutcomeUnknownError,
    ResponseTooLargeError,
    TooManyRedirectsError,
    detached,
)
from ._redact import redact_text, redact_url
from ._retry import GONE_AFTER_RETRY_EXTENSION, Decision, RetryPolicy, gone_after_retry, may_have_applied
from ._settings import CallLimits

__all__ = ["AMBIGUOUS_HINT", "MAX_REDIRECTS", "MAX_RETRIES_OVERRIDE", "Attempts", "BodyReader", "as_failure"]

logger = logging.getLogger("dubkit")

MAX_RETRIES_OVERRIDE: ContextVar[int | None] = ContextVar("dubkit_max_retries", default=None)
"""Set by ``max_retries_for``: the retries allowed to the calls made inside its block."""
MAX_REDIRECTS = 10
"""Hops a redirect chain may have; the next one raises ``TooManyRedirectsError`` (httpx would allow 20)."""
AMBIGUOUS_HINT = (
    "The API has no idempotency key for this request, so re-sending could create and bill it twice. "
    "List your jobs (e.g. client.dubbing.list()) to see whether it was created before trying again."
)
_REDIRECT_CHAIN_EXTENSION = "dubkit.redirect_chain"
_FIRST_CLIENT_ERROR = 400
"""Below this no status is retried (RETRYABLE_STATUSES are 408 and up)."""
_TIMEOUT_KEYS = ("connect", "read", "write", "pool")
# Errors from below httpx that a transport can let through (h11 on a body that does not match its
# Content-Length, a TLS or socket error from a caller's transport): all mean "this attempt failed".
_FOREIGN_MODULES = frozenset({"h11", "h2", "httpcore2", "anyio", "ssl"})


class _DeadlinePassed(httpx2.ReadTimeout):
    """The call's deadline passed during an attempt (raised by dubkit, handled as a timeout)."""


class _RedirectChain:
    """The hops of one redirect chain: httpx copies a request's extensions onto each hop it follows."""

    def __init__(self, first: httpx2.URL) -> None:
        self.first = first
        self.hops = 0


def as_failure(error: Exception) -> httpx2.HTTPError | None:
    """Return the httpx error an attempt's exception amounts to, or None if it must propagate as it is.

    Args:
        error: What sending or reading raised.

    Returns:
        The error itself for an httpx request error; a ``ProtocolError`` or ``NetworkError`` standing
        for a raw error from below httpx; None for dubkit's own errors and anything else.
    """
    if isinstance(error, httpx2.RequestError):
        return error
    if isinstance(error, DubkitError):
        return None
    message = f"{type(error).__name__}: {error}"
    if type(error).__module__.split(".")[0] in _FOREIGN_MODULES:
        return httpx2.ProtocolError(message)
    if isinstance(error, OSError):
        return httpx2.NetworkError(message)
    return None


class Attempts:
    """The attempts of one request: policy, deadline, redirect chain and the errors the caller sees.

    Args:
        request: The request (the same object is sent on every attempt).
        policy: The client's retry policy (``max_retries_for`` overrides its ``max_retries``).
        limits: The client's deadline and answer size cap, or None for neither.

    Raises:
        TooManyRedirectsError: The request is hop number ``MAX_REDIRECTS + 1`` of a redirect chain.
    """

    def __init__(self, request: httpx2.Request, policy: RetryPolicy, limits: CallLimits | None) -> None:
        self.request = request
        self.policy = policy
        # Kept on the request: whoever parses the answer later decides with the same plan.
        self.plan = policy.plan(request, MAX_RETRIES_OVERRIDE.get())
        self.limits = limits
        budget = None if limits is None else limits.deadline
        self._budget = budget
        self.deadline = None if budget is None else time.monotonic() + budget
        self._timeouts: dict[str, Any] = request.extensions.get("timeout") or {}
        self.attempt = 0
        self.started = 0.0
        self.earlier_may_have_applied = False
        self._follow_chain()

    @property
    def where(self) -> str:
        """The request as logs and messages show it: method and redacted URL."""
        return f"{self.request.method} {redact_url(self.request.url)}"

    @property
    def retries_left(self) -> int:
        """How many more attempts the policy allows (none for a body that cannot be sent again)."""
        return self.plan.max_retries - (self.attempt - 1)

    def _follow_chain(self) -> None:
        chain = self.request.extensions.get(_REDIRECT_CHAIN_EXTENSION)
        if not isinstance(chain, _RedirectChain):
            self.request.extensions[_REDIRECT_CHAIN_EXTENSION] = _RedirectChain(self.request.url)
            return
        chain.hops += 1
        if chain.hops > MAX_REDIRECTS:
            raise TooManyRedirectsError(
                f"{self.request.method} {redact_url(chain.first)} was redirected more than {MAX_REDIRECTS} times "
                f"(a redirect loop?); the last hop pointed to {redact_url(self.request.url)}"
            )

    def time_left(self) -> float | None:
        """Return the seconds left before the call's deadline (None: no deadline)."""
        return None if self.deadline is None else self.deadline - time.monotonic()

    def begin(self) -> None:
        """Start the next attempt: count it and cut its timeouts to the time left.

        Raises:
            httpx2.ReadTimeout: The deadline has already passed (a ``_DeadlinePassed``).
        """
        self.attempt += 1
        self.started = time.perf_counter()
        left = self.time_left()
        if left is None:
            return
        if left <= 0:
            raise self.deadline_passed()
        cut = {
            key: left if self._timeouts.get(key) is None else min(self._timeouts[key], left) for key in _TIMEOUT_KEYS
        }
        self.request.extensions["timeout"] = cut

    def expired(self) -> bool:
        """Tell whether the call's deadline has passed."""
        left = self.time_left()
        return left is not None and left <= 0

    def deadline_passed(self) -> httpx2.ReadTimeout:
        """Return the error that stands for the deadline passing during this attempt."""
        return _DeadlinePassed(f"the call's deadline of {self._budget or 0:g} s (all attempts included) passed")

    def _fits(self, delay: float) -> bool:
        left = self.time_left()
        return left is None or delay < left

    def on_error(self, error: httpx2.HTTPError, rng: random.Random) -> float:
        """Return the delay before retrying, or raise the error the caller should see.

        Call it outside any ``except`` block: the error raised must not get an httpx error as context.
        """
        retries_left = 0 if isinstance(error, _DeadlinePassed) else self.retries_left
        decision = self.policy.decide(error, self.plan, retries_left)  # type: ignore[arg-type]
        self.earlier_may_have_applied |= may_have_applied(error, None)
        if decision is Decision.RETRY:
            delay = self.policy.delay(self.attempt, rng)
            if self._fits(delay):
                logger.info(
                    "retrying %s in %.2f s after %s (attempt %d)", self.where, delay, type(error).__name__, self.attempt
                )
                return delay
            logger.info("not retrying %s: the call's deadline would pass first", self.where)
        if decision is Decision.AMBIGUOUS:
            raise OutcomeUnknownError(
                self.request.method, str(self.request.url), type(error).__name__, AMBIGUOUS_HINT
            ) from detached(error)
        cls = APITimeoutError if isinstance(error, httpx2.TimeoutException) else APIConnectionError
        raise cls(
            f"{self.where} failed after {self.attempt} attempt(s): {type(error).__name__}: {redact_text(str(error))}",
            request=self.request,
        ) from detached(error)

    def on_response(self, response: httpx2.Response, rng: random.Random) -> Decision | float:
        """Return RETURN or AMBIGUOUS, or the delay before retrying."""
        if logger.isEnabledFor(logging.DEBUG):  # every API call passes here: skip the work when nobody listens
            logger.debug(
                "HTTP %s -> %d (attempt %d, %.3f s)",
                self.where, response.status_code, self.attempt, time.perf_counter() - self.started,
            )  # fmt: skip
        if response.status_code < _FIRST_CLIENT_ERROR:  # nearly every answer: nothing to decide
            return Decision.RETURN
        status = response.status_code
        if gone_after_retry(self.request.method, status, earlier_may_have_applied=self.earlier_may_have_applied):
            logger.info(
                "%s answered 404 on attempt %d: an earlier attempt, whose answer was lost, deleted it",
                self.where, self.attempt,
            )  # fmt: skip
            response.extensions[GONE_AFTER_RETRY_EXTENSION] = True
            return Decision.RETURN
        self.earlier_may_have_applied |= may_have_applied(None, status)
        decision = self.policy.decide(status, self.plan, self.retries_left)
        if decision is not Decision.RETRY:
            return decision
        delay = self.policy.delay(self.attempt, rng, response.headers)
        if not self._fits(delay):
            logger.info("not retrying %s after HTTP %d: the call's deadline would pass first", self.where, status)
            return Decision.RETURN
        logger.info("retrying %s in %.2f s after HTTP %d (attempt %d)", self.where, delay, status, self.attempt)
        return delay

    def ambiguous(self, response: httpx2.Response) -> OutcomeUnknownError:
        """Return the error for a non-idempotent request whose answer says it may have been applied."""
        return OutcomeUnknownError(
            self.request.method, str(self.request.url), f"HTTP {response.status_code}", AMBIGUOUS_HINT
        )


class BodyReader:
    """Collects an answer's decoded body, stopping at the size cap or the deadline.

    Args:
        attempts: The request's attempts (its limits and deadline).
        response: The answer whose body is read.
    """

    def __init__(self, attempts: Attempts, response: httpx2.Response) -> None:
        self._attempts = attempts
        self._response = response
        limits = attempts.limits
        self._limit = None if limits is None else limits.max_response_size
        self._chunks: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> None:
        """Keep one decoded chunk.

        Raises:
            ResponseTooLargeError: The body is now larger than the cap.
            httpx2.ReadTimeout: The deadline has passed (a ``_DeadlinePassed``).
        """
        self._size += len(chunk)
        if self._limit is not None and self._size > self._limit:
            request = self._attempts.request
            raise ResponseTooLargeError(
                request.method, str(request.url), status_code=self._response.status_code, limit=self._limit
            )
        if self._attempts.deadline is not None and time.monotonic() > self._attempts.deadline:
            raise self._attempts.deadline_passed()
        self._chunks.append(chunk)

    def response(self) -> httpx2.Response:
        """Return the answer with its body read: decoded, so it no longer claims a content encoding."""
        response = self._response
        headers: Any = response.headers
        if "content-encoding" in headers:
            dropped = ("content-encoding", "content-length")
            headers = [(k, v) for k, v in headers.multi_items() if k.lower() not in dropped]
        return httpx2.Response(
            response.status_code,
            headers=headers,
            content=b"".join(self._chunks),
            request=self._attempts.request,
            extensions=response.extensions,
        )
