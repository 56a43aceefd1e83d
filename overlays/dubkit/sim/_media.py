"""Media the simulator serves: deterministic bytes of any size, generated on the fly, with Range support."""

from __future__ import annotations

import hashlib
import random
import re
import threading
from collections.abc import Iterator

import attrs

__all__ = ["CHUNK_SIZE", "MediaItem", "MediaStore", "RangeNotSatisfiableError", "parse_range"]

CHUNK_SIZE = 64 * 1024
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class RangeNotSatisfiableError(ValueError):
    """A Range header that selects no byte of the file."""


@attrs.frozen
class MediaItem:
    """One downloadable file: its bytes are a pure function of its key and size, never held in memory.

    Attributes:
        key: A unique name; the bytes derive from it.
        size: Length in bytes.
        content_type: The media type to serve it with.
        filename: The name offered in Content-Disposition.
        payload: Fixed bytes to serve instead of generated ones (small real files such as zips).
    """

    key: str
    size: int
    content_type: str
    filename: str
    payload: bytes | None = None

    def _chunk(self, index: int) -> bytes:
        if self.payload is not None:
            return self.payload[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE]
        length = min(CHUNK_SIZE, self.size - index * CHUNK_SIZE)
        return random.Random(f"{self.key}:{index}").randbytes(length)  # noqa: S311 - test data

    def iter_bytes(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """Yield the bytes from ``start`` to ``end`` (inclusive), in chunks of at most 64 KiB.

        Args:
            start: The first byte's offset.
            end: The last byte's offset; defaults to the end of the file.

        Yields:
            Consecutive pieces of the file.
        """
        last = self.size - 1 if end is None else min(end, self.size - 1)
        index = start // CHUNK_SIZE
        while index * CHUNK_SIZE <= last:
            chunk = self._chunk(index)
            base = index * CHUNK_SIZE
            yield chunk[max(start - base, 0) : last - base + 1]
            index += 1

    def read(self) -> bytes:
        """Return the whole file (for tests comparing small files).

        Returns:
            The bytes.
        """
        return b"".join(self.iter_bytes())

    def sha256(self) -> str:
        """Return the SHA-256 of the whole file, computed by streaming it.

        Returns:
            The hex digest.
        """
        digest = hashlib.sha256()
        for chunk in self.iter_bytes():
            digest.update(chunk)
        return digest.hexdigest()


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """Interpret a single-range ``Range`` header.

    Args:
        header: The header's value, if any.
        size: The file's length.

    Returns:
        The first and last byte offsets (inclusive), or None to serve the whole file
        (no header, or a form we do not support, which RFC 9110 lets a server ignore).

    Raises:
        RangeNotSatisfiableError: If the range starts beyond the end of the file.
    """
    if not header:
        return None
    found = _RANGE.match(header.strip())
    if found is None or found.group(1) == found.group(2) == "":
        return None
    first, last = found.group(1), found.group(2)
    if first == "":  # suffix range: the last N bytes
        count = int(last)
        if count == 0:
            raise RangeNotSatisfiableError(header)
        return max(size - count, 0), size - 1
    start = int(first)
    end = size - 1 if last == "" else min(int(last), size - 1)
    if start >= size or end < start:
        raise RangeNotSatisfiableError(header)
    return start, end


class MediaStore:
    """The files one simulator serves, by key."""

    def __init__(self) -> None:
        self._items: dict[str, MediaItem] = {}
        self._lock = threading.Lock()

    def add(self, item: MediaItem) -> MediaItem:
        """Register a file (replacing any with the same key).

        Args:
            item: The file.

        Returns:
            The same item.
        """
        with self._lock:
            self._items[item.key] = item
        return item

    def get(self, key: str) -> MediaItem | None:
        """Return a file by key.

        Args:
            key: The key it was added under.

        Returns:
            The file, or None.
        """
        with self._lock:
            return self._items.get(key)

    def remove_prefix(self, prefix: str) -> None:
        """Forget every file whose key starts with a prefix (e.g. a deleted job's outputs).

        Args:
            prefix: The key prefix.
        """
        with self._lock:
            for key in [k for k in self._items if k.startswith(prefix)]:
                del self._items[key]

    def clear(self) -> None:
        """Forget every file."""
        with self._lock:
            self._items.clear()
