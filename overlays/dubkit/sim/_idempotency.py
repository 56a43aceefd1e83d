"""Idempotency keys: a repeated POST with the same key and body gets the original response back."""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any

import attrs

__all__ = ["KEY_TTL_SECONDS", "MAX_KEYS", "IdempotencyStore", "StoredResponse", "fingerprint"]

# Keys are kept 24 hours of simulated time, as Stripe-style APIs do; after that a key is new again.
KEY_TTL_SECONDS = 24 * 3600.0
# The most keys kept at once; beyond it the oldest is forgotten first (a client minting keys cannot grow it).
MAX_KEYS = 100_000


@attrs.frozen
class StoredResponse:
    """The response first given for a key, and what it was given for."""

    fingerprint: str
    status: int
    body: bytes
    stored_at: float


def fingerprint(method: str, path: str, body: Any) -> str:
    """Return what identifies "the same request": method, path and the body's JSON value (key order ignored).

    Args:
        method: The HTTP method.
        path: The URL path.
        body: The parsed body.

    Returns:
        A digest.
    """
    canonical = json.dumps([method, path, body], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


class IdempotencyStore:
    """The responses given for each (API key, Idempotency-Key), for 24 simulated hours, at most ``MAX_KEYS``."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], StoredResponse] = {}
        self._lock = threading.Lock()

    def lookup(self, api_key: str, key: str, now: float) -> StoredResponse | None:
        """Return the stored response for a key, if it has not expired.

        Args:
            api_key: The account (keys are per account).
            key: The Idempotency-Key.
            now: Simulated seconds since start.

        Returns:
            The stored response, or None.
        """
        with self._lock:
            entry = self._entries.get((api_key, key))
            if entry is not None and now - entry.stored_at > KEY_TTL_SECONDS:
                del self._entries[(api_key, key)]
                return None
            return entry

    def store(self, api_key: str, key: str, entry: StoredResponse) -> None:
        """Remember the response given for a key.

        Args:
            api_key: The account.
            key: The Idempotency-Key.
            entry: The response.
        """
        with self._lock:
            self._entries.pop((api_key, key), None)
            self._entries[(api_key, key)] = entry
            while len(self._entries) > MAX_KEYS:
                del self._entries[next(iter(self._entries))]

    def clear(self) -> None:
        """Forget every key."""
        with self._lock:
            self._entries.clear()
