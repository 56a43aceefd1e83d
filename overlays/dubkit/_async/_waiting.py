"""The wait loop: poll a dubbing job until it is done, failed, or out of time.

Every decision (deadline, backoff, 429s, statuses) is ``Poller``'s; this loop only fetches and sleeps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, Unpack

from dubkit._errors import RateLimitError
from dubkit._polling import AsyncFetch, JobState, Poller, WaitOptions
from dubkit._retry import AsyncSleep, asyncio_sleep

__all__ = ["await_until_done"]

T = TypeVar("T")


async def await_until_done(
    fetch: AsyncFetch[T],
    classify: Callable[[str], JobState | None],
    *,
    sleep: AsyncSleep | None = None,
    **options: Unpack[WaitOptions[T]],
) -> T:
    """Poll a dubbing job until it is done and return its final state.

    Example::

        async def poll() -> Observation[Project]:
            project = await get_project(project_id)
            return Observation(project, project.status)

        project = await await_until_done(
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
        sleep: Sleeps for the given seconds (tests pass a fake).
        **options: ``job_id`` and ``error_message`` (required), ``timeout``, ``poll_interval``, ``on_update``,
            ``clock`` and ``rng``: see ``WaitOptions``.

    Returns:
        The job's state from the poll that reported it done.

    Raises:
        ValueError: ``job_id`` is empty, or ``timeout`` or ``poll_interval`` is not a finite number > 0.
        DubbingFailedError: The job ended in its failed state.
        WaitTimeoutError: The deadline passed first; it carries the last status and state seen.
        DubkitError: ``fetch`` raised an error other than ``RateLimitError`` (which is waited out).
    """
    poller = Poller(classify, **options)
    while True:
        try:
            observation = await fetch()
        except RateLimitError as error:
            delay = poller.rate_limited(error)
        else:
            if poller.observe(observation):
                return observation.state
            delay = poller.next_delay(observation.retry_after)
        # The default is looked up at call time (not bound as a default), so a patched sleep applies.
        await (sleep or asyncio_sleep)(delay)
