"""Turn the caller's file arguments into streamed multipart parts, checked before any request.

A path is opened here and closed when the call ends; a file object is used as given (and not
closed). httpx reads either in 64 KiB chunks while sending, so an upload is never held in memory.

Whether the request may be sent again is decided here, where the files are known, and declared to
the transport (``_retry.BodyParts``): a seekable regular file or in-memory buffer is measured once and
re-sent whole on each attempt, exactly that many bytes (one that grew or shrank meanwhile raises
``UploadError`` instead of sending something else); anything else (a pipe, a socket, an object with
only ``read()``) is sent once, chunked, and the call gets a single attempt.
"""

from __future__ import annotations

import contextlib
import io
import mimetypes
import os
import stat
from pathlib import Path
from typing import IO, TypeAlias

from dubkit_elevenlabs.types import File

from dubkit._errors import UploadError
from dubkit._retry import BodyParts, body_parts, declare_body_parts

__all__ = ["FileInput", "declare_multipart", "open_upload"]

FileInput: TypeAlias = str | os.PathLike[str] | IO[bytes] | tuple[str, IO[bytes]] | tuple[str, IO[bytes], str]
"""A path, a binary file object, or ``(file_name, file_object[, content_type])``."""

_DEFAULT_TYPE = "application/octet-stream"


def _content_type(file_name: str) -> str:
    guessed, _ = mimetypes.guess_type(file_name, strict=False)
    return guessed or _DEFAULT_TYPE


def _check_binary(name: str, stream: object) -> IO[bytes]:
    if isinstance(stream, io.TextIOBase):
        raise TypeError(f"{name} must be opened in binary mode ('rb'), not text mode")
    if not callable(getattr(stream, "read", None)):
        raise TypeError(f"{name} must be a path, a binary file object or (file_name, file_object), not {stream!r}")
    if getattr(stream, "closed", False):
        raise ValueError(f"{name} is a closed file")
    return stream  # type: ignore[return-value]


def declare_multipart(stack: contextlib.ExitStack) -> BodyParts:
    """Declare that the request this call sends is a multipart body dubkit built, until ``stack`` closes.

    A body with no file part is replayable; each ``open_upload`` adds what it knows of its file.

    Args:
        stack: The call's exit stack; the declaration ends with it.

    Returns:
        The declaration (the same one for every upload of the call).
    """
    parts = body_parts()
    if parts is not None and parts.owner is stack:
        return parts
    parts = BodyParts(owner=stack)
    stack.callback(declare_body_parts(parts))
    return parts


class _Measured(io.RawIOBase):
    """A seekable file sent from its start, exactly ``size`` bytes per attempt, ``size`` measured once."""

    def __init__(self, field: str, stream: IO[bytes], size: int) -> None:
        super().__init__()
        self._field, self._stream, self._size, self._position = field, stream, size, 0

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._size}[whence]
        self._position = max(0, min(base + offset, self._size))
        self._stream.seek(self._position)
        return self._position

    def tell(self) -> int:
        return self._position

    def read(self, size: int | None = -1) -> bytes:
        left = self._size - self._position
        want = left if size is None or size < 0 else min(size, left)
        try:
            if want <= 0:
                if self._stream.read(1):
                    raise UploadError(
                        f"{self._field} grew while it was uploaded (beyond {self._size:,} bytes)", field=self._field
                    )
                return b""
            data = self._stream.read(want)
        except OSError as error:
            raise UploadError(
                f"{self._field} could not be read: {error.strerror or error}", field=self._field
            ) from None
        if not data:
            raise UploadError(
                f"{self._field} shrank while it was uploaded ({self._position:,} of {self._size:,} bytes)",
                field=self._field,
            )
        self._position += len(data)
        return data


class _OneShot(io.RawIOBase):
    """A stream that can be read once: no length (httpx sends it chunked), no rewind, no second pass."""

    def __init__(self, field: str, stream: IO[bytes]) -> None:
        super().__init__()
        self._field, self._stream, self._finished = field, stream, False

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if self._finished:
            raise UploadError(f"{self._field} can be read only once, so it cannot be sent again", field=self._field)
        try:
            data = self._stream.read(-1 if size is None else size)
        except OSError as error:
            raise UploadError(
                f"{self._field} could not be read: {error.strerror or error}", field=self._field
            ) from None
        self._finished = not data
        return bytes(data or b"")


def _replayable_size(stream: IO[bytes]) -> int | None:
    """Return the size of a stream that can be read again from its start, or None if it cannot."""
    try:
        if not stream.seekable():
            return None
        fileno = getattr(stream, "fileno", None)
        if fileno is not None:
            with contextlib.suppress(OSError, ValueError):
                if not stat.S_ISREG(os.fstat(fileno()).st_mode):
                    return None  # a pipe or device that claims to seek
        size = stream.seek(0, io.SEEK_END)
        stream.seek(0)
    except (OSError, ValueError, AttributeError):
        return None
    return size if isinstance(size, int) else None


def _checked_stream(name: str, stream: IO[bytes], stack: contextlib.ExitStack) -> IO[bytes]:
    parts = declare_multipart(stack)
    size = _replayable_size(stream)
    if size is None:
        parts.one_shot.append(name)
        return _OneShot(name, stream)  # type: ignore[return-value]
    return _Measured(name, stream, size)  # type: ignore[return-value]


def open_upload(name: str, value: FileInput, stack: contextlib.ExitStack) -> File:
    """Return the multipart part for one file argument, opening a path on ``stack``.

    Args:
        name: The argument's name, for messages.
        value: A path (``str`` / ``os.PathLike``), a binary file object, or ``(file_name, file_object[, type])``.
        stack: Closes the files this call opened, when the call ends.

    Returns:
        The generated ``File`` part: name, stream and content type (guessed from the file name).

    Raises:
        TypeError: If ``value`` is none of the accepted kinds, or a text-mode file.
        ValueError: If a path does not exist, is not a regular file or cannot be read.
    """
    if isinstance(value, tuple):
        if len(value) not in (2, 3) or not isinstance(value[0], str) or not value[0]:
            raise TypeError(f"{name} as a tuple must be (file_name, file_object) or (file_name, file_object, type)")
        stream = _checked_stream(name, _check_binary(name, value[1]), stack)
        content_type = value[2] if len(value) == 3 else _content_type(value[0])  # noqa: PLR2004
        return File(payload=stream, file_name=os.path.basename(value[0]), mime_type=content_type)  # type: ignore[arg-type]
    if isinstance(value, str | os.PathLike):
        path = Path(value)
        if not os.fspath(value):
            raise ValueError(f"{name} must not be an empty path")
        if not path.exists():
            raise ValueError(f"{name}: no such file: {os.fspath(value)!r}")
        if not path.is_file():
            raise ValueError(f"{name} must be a regular file, but {os.fspath(value)!r} is not")
        try:
            handle = stack.enter_context(path.open("rb"))
        except OSError as error:
            raise ValueError(f"{name}: cannot read {os.fspath(value)!r}: {error.strerror}") from None
        payload = _checked_stream(name, handle, stack)
        return File(payload=payload, file_name=path.name, mime_type=_content_type(path.name))  # type: ignore[arg-type]
    stream = _check_binary(name, value)
    file_name = getattr(stream, "name", None)
    base = os.path.basename(file_name) if isinstance(file_name, str) and file_name else name
    return File(payload=_checked_stream(name, stream, stack), file_name=base, mime_type=_content_type(base))  # type: ignore[arg-type]
