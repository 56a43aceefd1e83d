"""Retries below the generated code: an httpx2 transport wrapping the real one, and the per-call budget.

The transports are written once, async, in ``_async/_transport.py`` (whose docstring says how they retry);
``scripts/unasync.py`` writes the sync ones, and ``_transport_base`` holds what the twins share. This module
is where callers import them from.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ._async._transport import AsyncClientTransport, AsyncRetryTransport
from ._attempts import AMBIGUOUS_HINT, MAX_RETRIES_OVERRIDE
from ._sync._transport import ClientTransport, RetryTransport

__all__ = [
    "AMBIGUOUS_HINT",
    "AsyncClientTransport",
    "AsyncRetryTransport",
    "ClientTransport",
    "RetryTransport",
    "max_retries_for",
]


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
    token = MAX_RETRIES_OVERRIDE.set(max_retries)
    try:
        yield
    finally:
        MAX_RETRIES_OVERRIDE.reset(token)
