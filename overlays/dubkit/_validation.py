"""Reject bad arguments before any request is sent."""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import TypeVar
from urllib.parse import unquote

import httpx2

from dubkit._redact import redact_text, redact_url

E = TypeVar("E", bound=Enum)

__all__ = [
    "check_bool",
    "check_choice",
    "check_enum",
    "check_http_url",
    "check_id",
    "check_int",
    "check_number",
    "check_path",
    "check_path_segment",
    "check_str",
]


# ASCII control characters: never part of an id, and a CR or LF in a URL path would split the request.
_CONTROL_CHARACTER = re.compile("[\x00-\x1f\x7f]")


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
    if "/" in value or "\\" in value or ".." in value:
        raise ValueError(f"{name} must not contain '/', '\\\\' or '..', got {value!r}")
    if _CONTROL_CHARACTER.search(value):
        raise ValueError(f"{name} must not contain control characters, got {value!r}")
    return check_path_segment(name, value)


def check_path_segment(name: str, value: str) -> str:
    """Return a value that goes into a URL path as one segment, or raise naming the argument.

    Every id and language code a wrapper puts in a URL path passes here. The value must stay one
    segment that names something: ``.`` and ``..`` would make the URL point elsewhere (``/v1/dubbing/x/
    audio/..`` is ``/v1/dubbing/x``), and so would their percent-encoded (``%2e%2E``, ``%252e``) and
    full-width (``U+FF0E``) spellings or a separator, if any server on the way decodes or folds them.

    Args:
        name: The argument's name, for the message.
        value: The string the caller passed.

    Returns:
        The value, unchanged.

    Raises:
        ValueError: If it is, or decodes to, ``.`` or ``..``, or contains a separator in any spelling.
    """
    decoded = value
    for _ in range(4):  # a few rounds of decoding cover double-encoding (%252e); more would be absurd
        decoded = unicodedata.normalize("NFKC", unquote(decoded))
    if decoded.strip() in {".", ".."} or "/" in decoded or "\\" in decoded:
        raise ValueError(f"{name} must not contain '/', '\\\\' or '..', nor be '.' (in any spelling), got {value!r}")
    return value


def check_http_url(name: str, value: object) -> str:
    """Return an absolute http(s) URL, or raise naming the argument.

    Args:
        name: The argument's name, for the message.
        value: What the caller passed.

    Returns:
        The URL, percent-encoded where it needs to be (a space becomes ``%20``), so the API accepts it.

    Raises:
        TypeError: If it is not a string.
        ValueError: If it is empty or not an absolute http or https URL.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    # A URL may be signed (or carry user info), and may come from a server: a message shows it redacted.
    try:
        url = httpx2.URL(value)
    except httpx2.InvalidURL as error:
        raise ValueError(f"{name} is not a valid URL: {redact_text(str(error))}") from None
    if url.scheme not in {"http", "https"} or not url.host:
        raise ValueError(f"{name} must be an absolute http(s) URL, got {redact_url(value)!r}")
    return str(url)


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


def check_str(name: str, value: object, *, required: bool = False) -> str | None:
    """Return an optional string argument, or raise naming it.

    Args:
        name: The argument's name, for the message.
        value: What the caller passed (``None`` means "not given").
        required: Refuse ``None`` and blank strings.

    Returns:
        The string, or None when not given.

    Raises:
        TypeError: If it is not a string.
        ValueError: If it is required but missing or blank.
    """
    if value is None:
        if required:
            raise ValueError(f"{name} is required")
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if required and not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def check_bool(name: str, value: object, *, required: bool = False) -> bool | None:
    """Return an optional flag, or raise naming it (``1`` or ``"yes"`` are refused, not guessed).

    Args:
        name: The argument's name, for the message.
        value: What the caller passed (``None`` means "not given").
        required: Refuse None too (a flag with no "not given" state, such as ``wait``).

    Returns:
        The flag, or None when not given.

    Raises:
        TypeError: If it is not a bool.
    """
    if isinstance(value, bool) or (value is None and not required):
        return value
    raise TypeError(f"{name} must be a bool, not {type(value).__name__}")


def check_int(name: str, value: object, *, minimum: int | None = None) -> int | None:
    """Return an optional integer argument, or raise naming it.

    Args:
        name: The argument's name, for the message.
        value: What the caller passed (``None`` means "not given").
        minimum: The smallest accepted value, if any.

    Returns:
        The integer, or None when not given.

    Raises:
        TypeError: If it is not an int (bools are refused).
        ValueError: If it is below ``minimum``.
    """
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return value


def check_number(name: str, value: object, *, positive: bool = False) -> float | None:
    """Return an optional finite number, or raise naming it.

    Args:
        name: The argument's name, for the message.
        value: What the caller passed (``None`` means "not given").
        positive: Refuse zero and negative values.

    Returns:
        The number, or None when not given.

    Raises:
        TypeError: If it is not an int or float (bools are refused).
        ValueError: If it is NaN or infinite, or not positive when it must be.
    """
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{name} must be a number, not {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    if positive and value <= 0:
        raise ValueError(f"{name} must be > 0, got {value!r}")
    return float(value)


def check_choice(name: str, value: object, choices: Iterable[str]) -> str | None:
    """Return an optional argument that must be one of a few strings (or a ``str`` enum member).

    Args:
        name: The argument's name, for the message.
        value: What the caller passed (``None`` means "not given").
        choices: The accepted values.

    Returns:
        The value as a plain string, or None when not given.

    Raises:
        ValueError: If it is not one of ``choices``.
    """
    if value is None:
        return None
    allowed = list(choices)
    text = value.value if isinstance(value, Enum) else value
    if not isinstance(text, str) or text not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, allowed))}; got {value!r}")
    return text


def check_enum(name: str, value: object, kind: type[E]) -> E | None:
    """Return an optional argument as a member of one of the spec's enums, or raise naming it.

    Args:
        name: The argument's name, for the message.
        value: A member of ``kind`` or its string value (``None`` means "not given").
        kind: The generated enum class; only the members the spec lists are accepted.

    Returns:
        The member, or None when not given.

    Raises:
        ValueError: If it is not one of the members' values.
    """
    text = check_choice(name, value, [member.value for member in kind])
    return None if text is None else kind(text)
