"""The retry policy: a few named constants and the predicates the transport asks.

Which requests may be re-sent depends on whether they may already have taken effect:

* a request that never reached the server (connection refused, DNS, connect timeout) is
  always safe to re-send;
* GET, HEAD, OPTIONS, PUT and DELETE are idempotent by HTTP's definition;
* a POST or PATCH is safe only when it carries an idempotency key the API deduplicates on
  (Dubformer's ``Idempotency-Key``); ElevenLabs has none, so a paid POST that may have
  reached the server is never re-sent;
* 408 and 429 mean the server did not process the request, so they are safe for any method;
* only a body that can really be sent again is: bytes, or a multipart body whose builder declared
  every part replayable (``BodyParts``: dubkit's uploads check each file is seekable, with a known
  size). Anything else gets one attempt;
* a URL whose scheme no transport handles (a redirect to ``ftp://``) is never tried again.

Every re-attempt dubkit makes is decided by one ``RetryPolicy``, with the constants below: the transport's
retries after an error or a status, the re-ask of a success body that is not JSON at all (``_http``), the
polls of a wait (``_waiting``) and the resumes of a dropped download (``_downloads``). What a policy decided
for one request travels with it, as ``RequestRetries`` in the request's ``RETRY_PLAN_EXTENSION``.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import Enum

import httpx2

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_POLICY",
    "DEFAULT_POLL_INTERVAL",
    "GONE_AFTER_RETRY_EXTENSION",
    "INITIAL_BACKOFF",
    "MAX_BACKOFF",
    "MAX_POLL_INTERVAL",
    "MAX_RESUMES",
    "MAX_RETRY_AFTER",
    "POLL_BACKOFF_MULTIPLIER",
    "POLL_JITTER",
    "RETRYABLE_STATUSES",
    "RETRY_PLAN_EXTENSION",
    "RETRY_SAFE_EXTENSION",
    "AsyncSleep",
    "BodyParts",
    "Decision",
    "RequestRetries",
    "RetryPolicy",
    "Sleep",
    "asyncio_sleep",
    "backoff_delay",
    "blocking_sleep",
    "body_parts",
    "body_replayable",
    "decide_on_outcome",
    "declare_body_parts",
    "gone_after_retry",
    "is_retry_safe",
    "may_have_applied",
    "retry_after_seconds",
]

DEFAULT_MAX_RETRIES = 2
"""Retries of one request after its first attempt, unless the client or ``max_retries_for`` says otherwise."""
INITIAL_BACKOFF = 0.5
"""Seconds before the first retry; doubles each attempt."""
MAX_BACKOFF = 8.0
"""Cap of the computed backoff, before jitter."""
MAX_RETRY_AFTER = 60.0
"""A server's Retry-After above this is capped, so a call never hangs for hours."""
JITTER = 0.25
"""Up to this fraction of the delay is randomised, so clients do not retry in lockstep."""
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
"""Statuses worth a retry; any other 5xx (520, 529, ...) is retried too."""
DEFAULT_POLL_INTERVAL = 2.0
"""Seconds before a wait's second poll when no ``poll_interval`` is given."""
POLL_BACKOFF_MULTIPLIER = 1.5
"""Each wait between polls is this many times the previous one (before jitter)."""
MAX_POLL_INTERVAL = 30.0
"""Longest wait between polls unless the server or a larger ``poll_interval`` asks for more."""
POLL_JITTER = 0.1
"""Each wait between polls is spread uniformly over +-this fraction of the interval."""
MAX_RESUMES = 3
"""Times a download whose connection dropped is resumed (or started over) before it fails."""
RETRY_PLAN_EXTENSION = "dubkit.retry_plan"
"""Request extension where the transport records the ``RequestRetries`` its policy allowed a request."""
RETRY_SAFE_EXTENSION = "dubkit.retry_safe"
"""Request extension set on a POST that only reads (e.g. streaming a snapshot's audio): safe to re-send."""
GONE_AFTER_RETRY_EXTENSION = "dubkit.gone_after_retry"
"""Response extension set on a 404 to a retried DELETE whose earlier attempt may have deleted the resource."""
_NOT_PROCESSED_STATUSES = frozenset({408, 429})
_NOT_FOUND = 404
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# These never reached the server: nothing can have been applied.
_NOT_SENT_ERRORS = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout, httpx2.UnsupportedProtocol)


@dataclass(frozen=True)
class RequestRetries:
    """What a policy allowed one request, kept on it for code that reads the answer later.

    Attributes:
        retry_safe: Whether re-sending the request cannot apply it twice.
        max_retries: The retries it was allowed (none for a body that cannot be sent again).
    """

    retry_safe: bool
    max_retries: int


@dataclass
class BodyParts:
    """What the code that built a multipart body knows about it: the parts that cannot be sent twice.

    Attributes:
        one_shot: The form fields whose content can be read only once (a pipe, a ``read()``-only object).
        owner: Whatever scopes the declaration (the call's ``ExitStack``), so a second body built in the
            same call joins it.
    """

    one_shot: list[str] = field(default_factory=list)
    owner: object = None


_BODY_PARTS: ContextVar[BodyParts | None] = ContextVar("dubkit_body_parts", default=None)


def declare_body_parts(parts: BodyParts) -> Callable[[], None]:
    """Declare the multipart body the calls made from here on send; return the function that ends it.

    Args:
        parts: The declaration (``one_shot`` may still grow while the body is being built).

    Returns:
        A function that restores the previous declaration.
    """
    token = _BODY_PARTS.set(parts)
    return lambda: _BODY_PARTS.reset(token)


def body_parts() -> BodyParts | None:
    """Return the multipart body declared for the calls made here, if any.

    Returns:
        The declaration, or None.
    """
    return _BODY_PARTS.get()


def body_replayable(request: httpx2.Request) -> bool:
    """Tell whether a request's body can be sent again exactly as the first time.

    Args:
        request: The request.

    Returns:
        True for a body held as bytes (JSON, forms, none at all), and for a streamed body that its
        builder declared with every part replayable; False for any other stream (a generator, a
        file object httpx would read once, a multipart body no dubkit code vouched for).
    """
    if isinstance(request.stream, httpx2.ByteStream):
        return True
    parts = _BODY_PARTS.get()
    return parts is not None and not parts.one_shot


def may_have_applied(error: httpx2.HTTPError | None, status: int | None) -> bool:
    """Tell whether an attempt that failed may still have taken effect on the server.

    Args:
        error: The error the attempt raised, if it got no answer.
        status: The status it got, if it got one.

    Returns:
        False only when the request certainly never reached the server or was not processed.
    """
    if error is not None:
        return not isinstance(error, _NOT_SENT_ERRORS)
    return status is not None and status not in _NOT_PROCESSED_STATUSES


def gone_after_retry(method: str, status: int, *, earlier_may_have_applied: bool) -> bool:
    """Tell whether a 404 means an earlier attempt of the same DELETE did the deletion.

    Args:
        method: The HTTP method.
        status: The status of this attempt.
        earlier_may_have_applied: Whether an earlier attempt may have reached the server.

    Returns:
        True for a DELETE answered 404 after an attempt whose answer was lost or was a server error.
    """
    return method == "DELETE" and status == _NOT_FOUND and earlier_may_have_applied


class Decision(Enum):
    """What the transport does after an attempt."""

    RETRY = "retry"
    RETURN = "return"
    """Hand the response (or error) to the caller as it is."""
    AMBIGUOUS = "ambiguous"
    """A non-idempotent request may have been applied: stop and say the outcome is unknown."""


def is_retry_safe(request: httpx2.Request, idempotency_header: str | None) -> bool:
    """Tell whether re-sending a request that reached the server cannot apply it twice.

    Args:
        request: The request.
        idempotency_header: The header the API deduplicates on, if it has one.

    Returns:
        True for idempotent methods, requests carrying the idempotency header, and requests
        marked with the ``RETRY_SAFE_EXTENSION`` extension.
    """
    if request.method in _IDEMPOTENT_METHODS or request.extensions.get(RETRY_SAFE_EXTENSION) is True:
        return True
    return idempotency_header is not None and idempotency_header in request.headers


def decide_on_outcome(outcome: int | httpx2.TransportError, *, retry_safe: bool, retries_left: int) -> Decision:
    """Decide what follows an attempt, by the status it got or by the transport error it got instead.

    Args:
        outcome: The HTTP status, or the transport error.
        retry_safe: Whether re-sending cannot apply the request twice.
        retries_left: How many more attempts are allowed.

    Returns:
        The decision: a status not worth a retry, or a URL no transport handles (a redirect to ``ftp://``,
        which no attempt can reach), returns as it is; an attempt that may have been applied is ambiguous
        unless re-sending is safe; anything else is retried while attempts are left.
    """
    if isinstance(outcome, int):
        hopeless = outcome not in RETRYABLE_STATUSES and outcome < 500  # noqa: PLR2004
        applied = may_have_applied(None, outcome)
    else:
        hopeless = isinstance(outcome, httpx2.UnsupportedProtocol)
        applied = may_have_applied(outcome, None)
    if hopeless:
        return Decision.RETURN
    if not retry_safe and applied:
        return Decision.AMBIGUOUS
    return Decision.RETRY if retries_left > 0 else Decision.RETURN


def retry_after_seconds(
    headers: httpx2.Headers, *, now: float | None = None, cap: float | None = MAX_RETRY_AFTER
) -> float | None:
    """Read the server's requested delay from ``retry-after-ms`` or ``Retry-After``.

    Args:
        headers: The response headers.
        now: The current Unix time, for HTTP-date values (defaults to ``time.time()``).
        cap: The longest delay to accept; None for no cap (``wait()`` has its own deadline).

    Returns:
        Seconds to wait (at least 0, at most ``cap``), or None if the server gave no usable value
        (a missing, unparseable, NaN or infinite one). An unusable ``retry-after-ms`` never hides a
        usable ``Retry-After``.
    """
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            delay = _clamp(float(milliseconds) / 1000, cap)
        except ValueError:
            delay = None
        if delay is not None:
            return delay
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return _clamp(float(value), cap)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return _clamp(when.timestamp() - (time.time() if now is None else now), cap)


def _clamp(seconds: float, cap: float | None) -> float | None:
    if not math.isfinite(seconds):
        return None
    seconds = max(seconds, 0.0)
    return seconds if cap is None else min(seconds, cap)


Sleep = Callable[[float], None]
"""How a sync loop waits between attempts (tests pass a fake)."""
AsyncSleep = Callable[[float], Awaitable[None]]
"""How an async loop waits between attempts (tests pass a fake)."""


async def asyncio_sleep(seconds: float) -> None:
    """Sleep between an async loop's attempts: the default ``sleep`` of the async transport and of waits.

    asyncio is imported here, where it is used, so programs with sync clients only never load it (~17 ms:
    ``make bench``, import time); ``asyncio.sleep`` is looked up at call time, so tests (and users) can patch it.

    Args:
        seconds: How long to sleep.
    """
    import asyncio  # noqa: PLC0415

    await asyncio.sleep(seconds)


def blocking_sleep(seconds: float) -> None:
    """Sleep between a sync loop's attempts: the sync twin of ``asyncio_sleep``, written for it by unasync.

    ``time.sleep`` is looked up at call time, so tests (and users) can patch it.

    Args:
        seconds: How long to sleep.
    """
    time.sleep(seconds)


def backoff_delay(attempt: int, rng: random.Random) -> float:
    """Return the delay before retry number ``attempt`` (1-based): exponential, capped, jittered.

    Args:
        attempt: Which retry this is, from 1.
        rng: The random source (injected so tests are deterministic).

    Returns:
        Seconds to wait.
    """
    base: float = min(INITIAL_BACKOFF * 2.0 ** (attempt - 1), MAX_BACKOFF)
    return base * (1 - JITTER * rng.random())


@dataclass(frozen=True)
class RetryPolicy:
    """The one place that decides every re-attempt dubkit makes, with the module's named constants.

    The transport asks it after each attempt (``plan``, ``decide``, ``delay``), the parsing
    of an answer asks it before asking again for a body that is not JSON (``reask_garbled``), a wait asks it
    how long to sleep between polls (``poll_delay``), and a download asks it whether to resume (``resume``).

    Attributes:
        max_retries: Retries allowed per request after its first attempt.
        idempotency_header: The header the API deduplicates a POST on, if it has one.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    idempotency_header: str | None = None

    def plan(self, request: httpx2.Request, max_retries: int | None = None) -> RequestRetries:
        """Decide what one request may have, and record it on the request (``RETRY_PLAN_EXTENSION``).

        Args:
            request: The request (the same object is sent on every attempt).
            max_retries: An override of ``self.max_retries`` for this request (``max_retries_for``).

        Returns:
            Whether it is safe to re-send, and the retries it gets (none for a body that cannot be sent again).
        """
        retries = self.max_retries if max_retries is None else max_retries
        plan = RequestRetries(
            is_retry_safe(request, self.idempotency_header), retries if body_replayable(request) else 0
        )
        request.extensions[RETRY_PLAN_EXTENSION] = plan
        return plan

    @staticmethod
    def planned(request: httpx2.Request) -> RequestRetries:
        """Return what a policy allowed ``request``, or the default policy's plan if none ran for it.

        Args:
            request: A request that was sent.

        Returns:
            The plan recorded on it.
        """
        plan = request.extensions.get(RETRY_PLAN_EXTENSION)
        if isinstance(plan, RequestRetries):
            return plan
        return RequestRetries(is_retry_safe(request, None), DEFAULT_MAX_RETRIES)

    @staticmethod
    def decide(outcome: int | httpx2.TransportError, plan: RequestRetries, retries_left: int) -> Decision:
        """Decide what follows an attempt, by its status or by the error it got instead (``decide_on_outcome``).

        Args:
            outcome: The HTTP status, or what the attempt raised.
            plan: What the request was allowed.
            retries_left: How many more attempts are allowed.

        Returns:
            The decision.
        """
        return decide_on_outcome(outcome, retry_safe=plan.retry_safe, retries_left=retries_left)

    @staticmethod
    def delay(attempt: int, rng: random.Random, headers: httpx2.Headers | None = None) -> float:
        """Return the wait before retry number ``attempt``: the server's ``Retry-After``, else the backoff.

        Args:
            attempt: Which retry this is, from 1.
            rng: The jitter source.
            headers: The answer's headers, if the attempt got one.

        Returns:
            Seconds to wait.
        """
        asked = None if headers is None else retry_after_seconds(headers)
        return backoff_delay(attempt, rng) if asked is None else asked

    @staticmethod
    def reask_garbled(plan: RequestRetries, asked: int, *, success: bool) -> Decision:
        """Decide what follows an answer whose body is not JSON at all (cut short or garbled on the way).

        The next answer will likely be whole, so a request that is safe to re-send is asked again, as often as
        the transport would retry it. A success answer to one that is not (a paid create) means the work was
        probably done: the outcome is unknown, exactly as for a lost answer.

        Args:
            plan: What the request was allowed.
            asked: How many times it was asked again already.
            success: Whether the garbled answer had a 2xx status.

        Returns:
            RETRY to ask again, AMBIGUOUS for an unknown outcome, RETURN to fail with the body as it is.
        """
        if plan.retry_safe:
            return Decision.RETRY if asked < plan.max_retries else Decision.RETURN
        return Decision.AMBIGUOUS if success else Decision.RETURN

    @staticmethod
    def poll_delay(
        interval: float, max_interval: float, rng: random.Random, retry_after: float | None
    ) -> tuple[float, float]:
        """Return the sleep before a wait's next poll, and the interval after it.

        Args:
            interval: The current backoff interval.
            max_interval: Its cap (``MAX_POLL_INTERVAL``, or a caller's larger ``poll_interval``).
            rng: The jitter source.
            retry_after: Seconds the server asked for, if it did: it lengthens a sleep, never shortens it.

        Returns:
            The sleep (the deadline is the caller's to apply) and the next interval.
        """
        jitter = rng.uniform(1 - POLL_JITTER, 1 + POLL_JITTER)
        # Clamp after jitter: waits at the cap then spread over 27-30 s, so clients there still drift apart.
        delay = min(interval * jitter, max_interval)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay, min(interval * POLL_BACKOFF_MULTIPLIER, max_interval)

    @staticmethod
    def resume(resumes: int, max_resumes: int) -> bool:
        """Tell whether a download whose connection dropped is resumed (or started over) once more.

        Args:
            resumes: The resumes so far.
            max_resumes: The resumes allowed (``MAX_RESUMES`` unless the caller said).

        Returns:
            True to resume; no wait comes first (the drop was on the way, not a refusal).
        """
        return resumes < max_resumes


DEFAULT_POLICY = RetryPolicy()
"""The policy of code that runs without a client's settings (waits, downloads, answers no transport planned)."""
