"""The simulator's record of every request it received, for tests to assert on."""

from __future__ import annotations

import threading
from typing import Any

import attrs
from starlette.requests import Request

__all__ = ["RequestLog", "RequestRecord"]

# The headers either provider reads a key from.
_CREDENTIAL_HEADERS = ("xi-api-key", "authorization")


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
    """Every request received since the last reset, in order."""

    def __init__(self) -> None:
        self._records: list[RequestRecord] = []
        self._lock = threading.Lock()

    def start(self, request: Request) -> RequestRecord:
        """Record a new request: what it addresses and carries (whether credentials, never which).

        Args:
            request: The request.

        Returns:
            The record, to fill in as the request is handled.
        """
        headers = request.headers
        with self._lock:
            record = RequestRecord(
                seq=len(self._records) + 1,
                method=request.method,
                path=request.url.path,
                host=headers.get("host", ""),
                idempotency_key=headers.get("idempotency-key"),
                carried_credentials=any(name in headers for name in _CREDENTIAL_HEADERS),
                range=headers.get("range"),
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
        """Forget every record."""
        with self._lock:
            self._records.clear()
