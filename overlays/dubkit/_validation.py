"""Reject bad arguments before any request is sent."""

from __future__ import annotations

import os
from pathlib import Path

import httpx

__all__ = ["check_http_url", "check_id", "check_path"]


def check_id(name: str, value: object) -> str:
    """Return an id that is safe to put in a URL path, or raise naming the argument.

    Args:
        name: The argument's name, for the message.
        value: What the caller passed.

    Returns:
        The id.

    Raises:
        TypeError: If it is not a string.
        ValueError: If it is empty, blank, contains ``/`` or ``..``, or has control characters.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    if "/" in value or "\\" in value or value in {".", ".."} or ".." in value:
        raise ValueError(f"{name} must not contain '/', '\\\\' or '..', got {value!r}")
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in value):  # noqa: PLR2004
        raise ValueError(f"{name} must not contain control characters, got {value!r}")
    return value


def check_http_url(name: str, value: object) -> str:
    """Return an absolute http(s) URL, or raise naming the argument.

    Args:
        name: The argument's name, for the message.
        value: What the caller passed.

    Returns:
        The URL as given.

    Raises:
        TypeError: If it is not a string.
        ValueError: If it is empty or not an absolute http or https URL.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL as error:
        raise ValueError(f"{name} is not a valid URL: {error}") from None
    if url.scheme not in {"http", "https"} or not url.host:
        raise ValueError(f"{name} must be an absolute http(s) URL, got {value!r}")
    return value


def check_path(name: str, value: object) -> Path:
    """Return a destination file path, or raise naming the argument.

    Args:
        name: The argument's name, for the message.
        value: What the caller passed (``str`` or ``os.PathLike``).

    Returns:
        The path.

    Raises:
        TypeError: If it is not a path.
        ValueError: If it is empty or an existing directory.
    """
    if not isinstance(value, str | os.PathLike):
        raise TypeError(f"{name} must be a str or os.PathLike, not {type(value).__name__}")
    if not os.fspath(value):
        raise ValueError(f"{name} must not be empty")
    path = Path(value)
    if path.is_dir():
        raise ValueError(f"{name} must be a file path, but {os.fspath(value)!r} is a directory")
    return path
