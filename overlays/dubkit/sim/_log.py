"""The simulator's record of every request it received, for tests to assert on."""

from __future__ import annotations

import threading
from collections import deque
from typing import Any

import attrs
from starlette.requests import Request

__all__ = ["RequestLog", "RequestRecord"]

# The headers either provider reads a key from.
_CREDENTIAL_HEADERS = ("xi-api-key", "authorization")
# The most characters of a client's text (path, host, headers) a record keeps, so each record is small.
_MAX_TEXT = 2048


def _clip(text: str | None) -> str | None:
    return text if text is None or len(text) <= _MAX_TEXT else f"{text[:_MAX_TEXT]}..."


@attrs.define
class RequestRecord:
    """One request as the simulator saw it (never the credential itself).

    Attributes:
        seq: Its position in the log, from 1.
        method: The HTTP method.
        path: The URL path.
        host: The Host the client addressed (another origin for a followed redirect).
        operation: The operationId it matched, ``"media"`` for downloads, or None.
        provider: ``"elevenlabs"``, ``"dubformer"`` or None.
        idempotency_key: Its Idempotency-Key header, if any.
        carried_credentials: Whether it carried an ``xi-api-key`` or ``Authorization`` header.
        range: Its Range header, if any.
        fault: The fault injected into it, if any.
        status: The status answered (0 when the connection was dropped before a status).
        replayed: Whether an idempotent replay answered it (no work was done).
    """

    seq: int
    method: str
    path: str
    host: str
    operation: str | None = None
    provider: str | None = None
    idempotency_key: str | None = None
    carried_credentials: bool = False
    range: str | None = None
    fault: str | None = None
    status: int = 0
    replayed: bool = False

    def to_json(self) -> dict[str, Any]:
        """Describe the record as JSON.

        Returns:
            Its fields.
        """
        return attrs.asdict(self)


class RequestLog:
    """The latest requests received since the last reset, in order: a ring buffer of at most ``limit`` records.

    Args:
        limit: How many records to keep; when full, each new request drops the oldest (``seq`` keeps counting,
            so a gap at the start shows how many were dropped).
    """

    def __init__(self, limit: int = 10_000) -> None:
        self._records: deque[RequestRecord] = deque(maxlen=limit)
        self._seen = 0
        self._lock = threading.Lock()

    @property
    def limit(self) -> int:
        """How many records the log keeps."""
        return self._records.maxlen or 0

    def set_limit(self, limit: int) -> None:
        """Change how many records the log keeps (dropping the oldest if it now holds too many).

        Args:
            limit: The new capacity, >= 1.
        """
        with self._lock:
            self._records = deque(self._records, maxlen=limit)

    def start(self, request: Request) -> RequestRecord:
        """Record a new request: what it addresses and carries (whether credentials, never which).

        Text longer than 2,048 characters is kept cut short, ending in ``...``.

        Args:
            request: The request.

        Returns:
            The record, to fill in as the request is handled.
        """
        headers = request.headers
        with self._lock:
            self._seen += 1
            record = RequestRecord(
                seq=self._seen,
                method=request.method[:_MAX_TEXT],
                path=_clip(request.url.path) or "",
                host=_clip(headers.get("host", "")) or "",
                idempotency_key=_clip(headers.get("idempotency-key")),
                carried_credentials=any(name in headers for name in _CREDENTIAL_HEADERS),
                range=_clip(headers.get("range")),
            )
            self._records.append(record)
            return record

    def records(self) -> list[RequestRecord]:
        """Return the records so far.

        Returns:
            A copy of the list.
        """
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        """Forget every record; ``seq`` starts again from 1."""
        with self._lock:
            self._records.clear()
            self._seen = 0
