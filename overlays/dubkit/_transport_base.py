"""What both retry transports share: a copy with another retry budget, and the bound of one attempt.

The transports themselves are written once, async, in ``_async/_transport.py``; ``scripts/unasync.py``
writes the sync ones.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Self

from ._retry import RetryPolicy
from ._settings import KEEP, CallLimits, Keep

__all__ = ["Reconfigurable", "asyncio_deadline", "blocking_deadline"]


class Reconfigurable:
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


def asyncio_deadline(seconds: float | None) -> AbstractAsyncContextManager[object]:
    """Bound a whole async attempt by the time left, however the server spreads its bytes out.

    asyncio is imported here, where it is used, so programs with sync clients only never load it.

    Args:
        seconds: The time left before the call's deadline; None for no bound.

    Returns:
        ``asyncio.timeout(seconds)``: it raises ``TimeoutError`` when the time is up.
    """
    import asyncio  # noqa: PLC0415

    return asyncio.timeout(seconds)


def blocking_deadline(seconds: float | None) -> AbstractContextManager[object]:
    """Bound a whole sync attempt by the time left: the twin of ``asyncio_deadline``, written for it by unasync.

    A thread cannot be interrupted, so the bound is each read's timeout, which ``Attempts.begin`` cuts to the
    time left, and the body reader's check of the deadline after each chunk.

    Args:
        seconds: The time left before the call's deadline (the timeouts already say it).

    Returns:
        A context manager that does nothing more.
    """
    del seconds
    return contextlib.nullcontext()
