"""The files the simulator serves: built once on first download, kept by key, served with Range support."""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Iterator

__all__ = ["CHUNK_SIZE", "Content", "MediaItem", "MediaStore", "RangeNotSatisfiableError", "parse_range"]

CHUNK_SIZE = 64 * 1024
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class RangeNotSatisfiableError(ValueError):
    """A Range header that selects no byte of the file."""


Content = bytes | tuple[bytes | int, ...]
"""A file's bytes, or its parts in order: bytes, or a count of zero bytes (padding never held in memory)."""


class MediaItem:
    """One downloadable file, built on first use and then kept, served with Range support.

    Args:
        key: A unique name in the store.
        content_type: The media type to serve it with.
        filename: The name offered in Content-Disposition.
        build: Makes the file's content; called at most once, on the first read (encoding is the costly
            part of serving media, and most files a simulated job lists are never downloaded).

    Example:
        >>> item = MediaItem("k/a.txt", "text/plain", "a.txt", lambda: (b"ab", 3, b"c"))
        >>> item.size, item.read().replace(bytes(1), b"."), b"".join(item.iter_bytes(1, 3)).replace(bytes(1), b".")
        (6, b'ab...c', b'b..')
    """

    def __init__(self, key: str, content_type: str, filename: str, build: Callable[[], Content]) -> None:
        self.key, self.content_type, self.filename = key, content_type, filename
        self._build: Callable[[], Content] | None = build
        self._parts: tuple[bytes | int, ...] | None = None
        self._lock = threading.Lock()

    @classmethod
    def fixed(cls, key: str, content_type: str, filename: str, payload: bytes) -> MediaItem:
        """Return a file whose bytes are already known.

        Args:
            key: A unique name in the store.
            content_type: The media type.
            filename: The name offered for download.
            payload: The bytes.

        Returns:
            The file.
        """
        return cls(key, content_type, filename, lambda: payload)

    def __repr__(self) -> str:
        """Name the file, not its bytes."""
        return f"MediaItem(key={self.key!r}, content_type={self.content_type!r}, filename={self.filename!r})"

    @property
    def built(self) -> bool:
        """Whether the content has been made yet."""
        return self._parts is not None

    def _content(self) -> tuple[bytes | int, ...]:
        if self._parts is None:
            with self._lock:
                if self._parts is None and self._build is not None:
                    made = self._build()
                    self._parts, self._build = (made,) if isinstance(made, bytes) else made, None
        assert self._parts is not None  # noqa: S101 - set above, under the lock
        return self._parts

    @property
    def size(self) -> int:
        """Length in bytes."""
        return sum(part if isinstance(part, int) else len(part) for part in self._content())

    def iter_bytes(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """Yield the bytes from ``start`` to ``end`` (inclusive), in chunks of at most 64 KiB.

        Args:
            start: The first byte's offset.
            end: The last byte's offset; defaults to the end of the file.

        Yields:
            Consecutive pieces of the file.
        """
        last = self.size - 1 if end is None else min(end, self.size - 1)
        offset = 0  # where the current part starts in the file
        for part in self._content():
            length = part if isinstance(part, int) else len(part)
            first, stop = max(start, offset), min(last + 1, offset + length)
            for position in range(first, stop, CHUNK_SIZE):
                count = min(CHUNK_SIZE, stop - position)
                if isinstance(part, int):
                    yield bytes(count)
                else:
                    yield part[position - offset : position - offset + count]
            offset += length

    def read(self) -> bytes:
        """Return the whole file (for tests and for archives that hold it).

        Returns:
            The bytes.
        """
        parts = self._content()
        if len(parts) == 1 and isinstance(parts[0], bytes):
            return parts[0]
        return b"".join(self.iter_bytes())

    def data(self) -> bytes:
        """Return the whole file (the same as :meth:`read`).

        Returns:
            The bytes.
        """
        return self.read()

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

    def get_or_add(self, key: str, make: Callable[[], MediaItem]) -> MediaItem:
        """Return the file under a key, registering the one ``make`` returns if there is none yet.

        Args:
            key: The key.
            make: Returns the file to register (called only when the key is free).

        Returns:
            The file now under the key.
        """
        with self._lock:
            item = self._items.get(key)
            if item is None:
                item = self._items[key] = make()
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
