"""Byte counts of uploads and downloads, reported to whoever is watching (a progress bar).

A caller wraps its work in ``observe_transfers(callback)``; every download that ``download_to_path``
makes in that context, and every upload ``dub_file`` sends, calls ``callback(kind, name, done, total)``
as bytes move. The observer is a context variable, so concurrent jobs in threads or tasks each report
to their own.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Callable, Iterator
from typing import IO, Literal

__all__ = ["ProgressReader", "TransferObserver", "current_observer", "observe_transfers"]

TransferKind = Literal["upload", "download"]
TransferObserver = Callable[[TransferKind, str, int, "int | None"], None]
"""Called as ``observer(kind, name, done, total)``: ``total`` is None when the size is not known."""

_OBSERVER: contextvars.ContextVar[TransferObserver | None] = contextvars.ContextVar("dubkit_transfers", default=None)


@contextlib.contextmanager
def observe_transfers(observer: TransferObserver | None) -> Iterator[None]:
    """Report the transfers made inside this block to ``observer``.

    Args:
        observer: Called with ``(kind, name, done, total)`` as bytes move; None reports nothing.

    Yields:
        Nothing; the previous observer is restored at the end.
    """
    token = _OBSERVER.set(observer)
    try:
        yield
    finally:
        _OBSERVER.reset(token)


def current_observer() -> TransferObserver | None:
    """Return the observer of the current context, if any.

    Returns:
        The observer, or None.
    """
    return _OBSERVER.get()


class ProgressReader:
    """A binary file that reports how much of it has been read (an upload's progress).

    httpx rewinds the file before each attempt, so a retried upload counts from zero again.

    Args:
        file: The open binary file.
        name: The name to report.
        observer: Called with ``("upload", name, done, total)`` after each read.
    """

    def __init__(self, file: IO[bytes], name: str, observer: TransferObserver) -> None:
        self._file = file
        self.name = name
        self._observer = observer
        self._total = os.fstat(file.fileno()).st_size
        self._done = 0

    def read(self, size: int = -1) -> bytes:
        """Read and report.

        Args:
            size: At most this many bytes (all with -1).

        Returns:
            The bytes read.
        """
        chunk = self._file.read(size)
        self._done += len(chunk)
        self._observer("upload", self.name, self._done, self._total)
        return chunk

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        """Move in the file (a rewind starts the count again).

        Args:
            offset: Where to.
            whence: From where.

        Returns:
            The new position.
        """
        position = self._file.seek(offset, whence)
        self._done = position
        return position

    def tell(self) -> int:
        """Return the position.

        Returns:
            The offset.
        """
        return self._file.tell()

    def fileno(self) -> int:
        """Return the file descriptor (httpx reads the size from it for Content-Length).

        Returns:
            The descriptor.
        """
        return self._file.fileno()

    @property
    def closed(self) -> bool:
        """Whether the file is closed."""
        return self._file.closed
