"""The policy of a wait, shared by both twins: deadline, backoff with jitter, status changes, unknown statuses.

``Poller`` decides; the twins (``_async/_waiting.py`` and the ``_sync/`` module written from it) fetch and
sleep:

* the first wait is ``poll_interval``; each later one is ``POLL_BACKOFF_MULTIPLIER`` times longer, up to
  ``MAX_POLL_INTERVAL``, with ``POLL_JITTER`` random spread so many clients do not poll in step
  (``_retry.RetryPolicy.poll_delay``, whose module holds every retry and backoff constant);
* a server's ``Retry-After`` (on a poll response, or on a 429) lengthens a wait, never shortens it;
* no wait runs past the deadline: the last poll happens at the deadline, then ``WaitTimeoutError``;
* an unknown status counts as "still running" and is logged once, so a provider adding a status
  neither crashes the wait nor hides the change.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, Literal, Required, TypedDict, TypeVar

from dubkit._errors import DubbingFailedError, RateLimitError, WaitTimeoutError
from dubkit._retry import DEFAULT_POLICY, DEFAULT_POLL_INTERVAL, MAX_POLL_INTERVAL, RetryPolicy, retry_after_seconds

__all__ = [
    "DEFAULT_WAIT_TIMEOUT",
    "AsyncFetch",
    "Fetch",
    "JobState",
    "Observation",
    "Poller",
    "WaitOptions",
    "check_wait_arguments",
]

T = TypeVar("T")

JobState = Literal["running", "done", "failed"]

DEFAULT_WAIT_TIMEOUT = 3 * 60 * 60.0
"""Seconds ``wait()`` waits when no timeout is given: long dubs take hours, but a wait never runs forever."""

logger = logging.getLogger("dubkit")


@dataclass(frozen=True)
class Observation(Generic[T]):
    """One poll's result: the provider's model of the job and its raw status.

    Attributes:
        state: The provider's model of the job (e.g. a generated ``Project``).
        status: The raw status string, e.g. ``"in_progress"``, ``"ready"``, ``"error"``, or an unknown one.
        retry_after: Seconds the server asked us to wait before the next poll, if it said.
    """

    state: T
    status: str
    retry_after: float | None = None


Fetch = Callable[[], Observation[T]]
"""Polls a job once (a wait's ``fetch``)."""
AsyncFetch = Callable[[], Awaitable[Observation[T]]]
"""Polls a job once (an async wait's ``fetch``)."""


class WaitOptions(TypedDict, Generic[T], total=False):
    """What a wait is given besides how to fetch and how to sleep: the job, its deadline and backoff, reports.

    Attributes:
        job_id: The project or dubbing id, for errors and logs (required).
        error_message: Extracts the provider's failure explanation from a failed state (required).
        timeout: Seconds before giving up; ``None`` (the default) means ``DEFAULT_WAIT_TIMEOUT``.
        poll_interval: Seconds before the second poll (later waits back off); ``None`` (the default) means
            ``DEFAULT_POLL_INTERVAL``.
        on_update: Called with the state whenever the status changes, including at the first poll.
        clock: Monotonic seconds (tests pass a fake; the default is ``time.monotonic``).
        rng: Source of jitter; seed one for reproducible waits.
    """

    job_id: Required[str]
    error_message: Required[Callable[[T], str | None]]
    timeout: float | None
    poll_interval: float | None
    on_update: Callable[[T], None] | None
    clock: Callable[[], float]
    rng: random.Random | None


class Poller(Generic[T]):
    """The policy shared by both twins: deadline, backoff with jitter, status changes, unknown statuses.

    Args:
        classify: Maps a raw status to ``"running"``, ``"done"`` or ``"failed"``; ``None`` for an unknown one.
        job_id: The job's id (this and the options up to ``rng``: see ``WaitOptions``).
        error_message: Extracts the failure explanation.
        timeout: Seconds before giving up.
        poll_interval: Seconds before the second poll.
        on_update: Called at each status change.
        clock: Monotonic seconds.
        rng: Source of jitter.
        policy: The retry policy whose ``poll_delay`` spaces the polls.

    Raises:
        ValueError: ``job_id`` is empty, or ``timeout`` or ``poll_interval`` is not a finite number > 0.
        TypeError: An option of the wrong type.
    """

    def __init__(
        self,
        classify: Callable[[str], JobState | None],
        *,
        job_id: str,
        error_message: Callable[[T], str | None],
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: Callable[[T], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        policy: RetryPolicy = DEFAULT_POLICY,
    ) -> None:
        if not job_id:
            raise ValueError("job_id must be a non-empty string")
        check_wait_arguments(timeout, poll_interval, on_update)
        self._classify = classify
        self._job_id = job_id
        self._error_message = error_message
        self._timeout = DEFAULT_WAIT_TIMEOUT if timeout is None else timeout
        self._interval = DEFAULT_POLL_INTERVAL if poll_interval is None else poll_interval
        # A caller who asks for a slower poll than our cap gets it: the cap limits backoff, not the caller.
        self._max_interval = max(MAX_POLL_INTERVAL, self._interval)
        self._on_update = on_update
        self._policy = policy
        self._clock = clock
        # Jitter only spreads clients apart; it needs no cryptographic randomness.
        self._rng = rng if rng is not None else random.Random()  # noqa: S311
        self._deadline = clock() + self._timeout
        self._polls = 0
        self._last_status: str | None = None
        self._last_state: T | None = None
        self._warned: set[str] = set()

    def observe(self, observation: Observation[T]) -> bool:
        """Record one poll and tell whether the job is done.

        Args:
            observation: What the poll returned.

        Returns:
            ``True`` if the job is done, ``False`` if it is still running (or in an unknown status).

        Raises:
            DubbingFailedError: The job is in its failed state.
        """
        self._polls += 1
        status = observation.status
        logger.debug("dubbing job %s: poll %d, status %r", self._job_id, self._polls, status)
        changed = status != self._last_status
        self._last_status = status
        self._last_state = observation.state
        if changed and self._on_update is not None:
            self._on_update(observation.state)
        state = self._classify(status)
        if state == "done":
            return True
        if state == "failed":
            raise DubbingFailedError(self._job_id, self._error_message(observation.state), observation.state)
        if state is None and status not in self._warned:
            # Once per value: a job can sit in a new status for hours, and one line is enough to notice.
            self._warned.add(status)
            logger.warning("dubbing job %s: unknown status %r, treated as running", self._job_id, status)
        return False

    def rate_limited(self, error: RateLimitError) -> float:
        """Return how long to wait after a poll was refused with HTTP 429.

        Args:
            error: The 429 the poll raised.

        Returns:
            Seconds to sleep before the next poll.

        Raises:
            WaitTimeoutError: The deadline has been reached.
        """
        # No cap here: wait() has its own deadline, so the server's full request is honoured.
        retry_after = retry_after_seconds(error.response.headers, cap=None)
        logger.debug("dubbing job %s: poll rate-limited (retry-after %s)", self._job_id, retry_after)
        return self.next_delay(retry_after)

    def next_delay(self, retry_after: float | None) -> float:
        """Return how long to sleep before the next poll, and advance the backoff.

        Args:
            retry_after: Seconds the server asked us to wait, if it did.

        Returns:
            Seconds to sleep: the jittered backoff interval, at least ``retry_after``, at most the time left.

        Raises:
            WaitTimeoutError: The deadline has been reached.
        """
        remaining = self._deadline - self._clock()
        if remaining <= 0:
            raise WaitTimeoutError(self._job_id, self._timeout, self._last_status, self._last_state)
        delay, self._interval = self._policy.poll_delay(self._interval, self._max_interval, self._rng, retry_after)
        # Sleeping exactly up to the deadline leaves one last poll at the deadline itself.
        return min(delay, remaining)


def _check_positive(name: str, value: object) -> None:
    """Reject a given ``value`` that is not a finite number > 0 (``None`` means "use the default")."""
    if value is None:
        return
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    # `not value > 0` also rejects NaN, which would otherwise make every deadline comparison false.
    if not value > 0 or math.isinf(value):
        raise ValueError(f"{name} must be a finite number of seconds > 0, got {value!r}")


def check_wait_arguments(timeout: object, poll_interval: object, on_update: object) -> None:
    """Check ``wait()``'s options before anything is sent.

    Args:
        timeout: Seconds, or None.
        poll_interval: Seconds, or None.
        on_update: A callable, or None.

    Raises:
        TypeError: A value of the wrong type (the message names the argument).
        ValueError: A timeout or interval that is not a finite number > 0.
    """
    _check_positive("timeout", timeout)
    _check_positive("poll_interval", poll_interval)
    if on_update is not None and not callable(on_update):
        raise TypeError(f"on_update must be callable, not {type(on_update).__name__}")
