# Generated from overlays/dubkit/_async/_waiting.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""The wait loop: poll a dubbing job until it is done, failed, or out of time.

Every decision (deadline, backoff, 429s, statuses) is ``Poller``'s; this loop only fetches and sleeps.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from dubkit._errors import RateLimitError
from dubkit._polling import Fetch, JobState, Poller
from dubkit._retry import Sleep, blocking_sleep

__all__ = ["wait_until_done"]

T = TypeVar("T")


def wait_until_done(
    fetch: Fetch[T],
    classify: Callable[[str], JobState | None],
    *,
    job_id: str,
    error_message: Callable[[T], str | None],
    timeout: float | None = None,
    poll_interval: float | None = None,
    on_update: Callable[[T], None] | None = None,
    sleep: Sleep | None = None,
    clock: Callable[[], float] = time.monotonic,
    rng: random.Random | None = None,
) -> T:
    """Poll a dubbing job until it is done and return its final state.

    Example::

        def poll() -> Observation[Project]:
            project = get_project(project_id)
            return Observation(project, project.status)

        project = wait_until_done(
            poll,
            STATES.get,  # STATES: dict[str, JobState] = {"in_progress": "running", "ready": "done", ...}
            job_id=project_id,
            error_message=lambda project: project.error,
            on_update=show_progress,
        )

    Args:
        fetch: Polls the job once.
        classify: Maps a raw status to ``"running"``, ``"done"`` or ``"failed"``; ``None`` for an unknown
            status, which is treated as running and logged once as a warning.
        job_id: The project or dubbing id, for errors and logs.
        error_message: Extracts the provider's failure explanation from a failed state.
        timeout: Seconds before giving up; ``None`` means ``DEFAULT_WAIT_TIMEOUT``.
        poll_interval: Seconds before the second poll (later waits back off); ``None`` means
            ``DEFAULT_POLL_INTERVAL``.
        on_update: Called with the state whenever the status changes, including at the first poll.
        sleep: Sleeps for the given seconds (tests pass a fake).
        clock: Monotonic seconds (tests pass a fake).
        rng: Source of jitter; seed one for reproducible waits.

    Returns:
        The job's state from the poll that reported it done.

    Raises:
        ValueError: ``job_id`` is empty, or ``timeout`` or ``poll_interval`` is not a finite number > 0.
        DubbingFailedError: The job ended in its failed state.
        WaitTimeoutError: The deadline passed first; it carries the last status and state seen.
        DubkitError: ``fetch`` raised an error other than ``RateLimitError`` (which is waited out).
    """
    poller = Poller(
        classify=classify,
        job_id=job_id,
        error_message=error_message,
        timeout=timeout,
        poll_interval=poll_interval,
        on_update=on_update,
        clock=clock,
        rng=rng,
    )
    while True:
        try:
            observation = fetch()
        except RateLimitError as error:
            delay = poller.rate_limited(error)
        else:
            if poller.observe(observation):
                return observation.state
            delay = poller.next_delay(observation.retry_after)
        # The default is looked up at call time (not bound as a default), so a patched sleep applies.
        (sleep or blocking_sleep)(delay)
