"""Polling a dubbing job until it is done, failed, or out of time.

``wait_until_done`` and its async twin ``await_until_done`` share one policy, held by ``_polling.Poller``
(backoff with jitter, ``Retry-After``, the deadline, unknown statuses); the async loop in
``_async/_waiting.py`` is the source of the sync one, which ``scripts/unasync.py`` writes.

The provider-specific parts (how to fetch, what each status means, where the error message lives)
are passed in, so both providers' resources use the same loop. This module is where callers import it from.
"""

from __future__ import annotations

from dubkit._async._waiting import await_until_done
from dubkit._polling import DEFAULT_WAIT_TIMEOUT, JobState, Observation, check_wait_arguments
from dubkit._sync._waiting import wait_until_done

__all__ = [
    "DEFAULT_WAIT_TIMEOUT",
    "JobState",
    "Observation",
    "await_until_done",
    "check_wait_arguments",
    "wait_until_done",
]
