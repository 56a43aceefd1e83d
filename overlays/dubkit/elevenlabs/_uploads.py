"""Turn the caller's file arguments into streamed multipart parts, checked before any request.

A path is opened here and closed when the call ends; a file object is used as given (and not
closed). httpx reads either in 64 KiB chunks while sending, and rewinds it before each attempt, so
an upload is never held in memory and a retried request carries every byte and every form field.
"""

from __future__ import annotations

import contextlib
import io
import mimetypes
import os
from pathlib import Path
from typing import IO, TypeAlias

from dubkit_elevenlabs.types import File

__all__ = ["FileInput", "open_upload"]

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
        stream = _check_binary(name, value[1])
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
        return File(payload=handle, file_name=path.name, mime_type=_content_type(path.name))
    stream = _check_binary(name, value)
    file_name = getattr(stream, "name", None)
    base = os.path.basename(file_name) if isinstance(file_name, str) and file_name else name
    return File(payload=stream, file_name=base, mime_type=_content_type(base))  # type: ignore[arg-type]
