"""The simulator's JSON codec: a strict, bounded reader for what clients send, and a writer that never fails.

Every JSON text a client sends (an API body, a control-plane body, a JSON value inside a form or query
field) is read by ``decode_json``; every JSON answer is written by ``encode_json``.
"""

from __future__ import annotations

import json
from typing import Any

from ._bounds import MAX_BODY_DEPTH, MAX_INT, MAX_JSON_BYTES

__all__ = ["BodyTooLargeError", "UnreadableBodyError", "decode_json", "encode_json", "read_float", "read_int"]


class UnreadableBodyError(ValueError):
    """A body the simulator will not parse at all (nested too deep), as opposed to one with a JSON error.

    Attributes:
        status: The HTTP status that answers it (400).
    """

    status = 400


class BodyTooLargeError(UnreadableBodyError):
    """A body larger than the simulator reads (413)."""

    status = 413


def read_int(text: str) -> int:
    """Read an integer a client wrote, within a signed 64-bit range.

    Args:
        text: Its digits.

    Returns:
        The integer.

    Raises:
        ValueError: If it is not an integer or out of range.
    """
    value = int(text)  # more than 4,300 digits already raise ValueError
    if abs(value) > MAX_INT:
        raise ValueError(f"integer out of range: {text[:20]}...")
    return value


def read_float(text: str) -> float:
    """Read a number a client wrote, refusing ones that are not finite (``1e400``, ``nan``, ``inf``).

    Args:
        text: The number.

    Returns:
        The float.

    Raises:
        ValueError: If it is not a finite number.
    """
    value = float(text)
    if value - value != 0:  # inf - inf and nan - nan are nan
        raise ValueError(f"number out of range: {text[:20]}")
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _too_deep(value: Any) -> bool:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > MAX_BODY_DEPTH:
                    return True
                stack.append((child, depth + 1))
    return False


def decode_json(raw: bytes | str) -> Any:
    """Parse a JSON text from a client: strict numbers, bounded size and nesting.

    Args:
        raw: The text.

    Returns:
        The value.

    Raises:
        BodyTooLargeError: If it is larger than ``MAX_JSON_BYTES``.
        UnreadableBodyError: If it is nested deeper than ``MAX_BODY_DEPTH``.
        ValueError: If it is not JSON, or holds a number that is not finite or an integer beyond 64 bits
            (``json.JSONDecodeError`` for syntax).
    """
    if len(raw) > MAX_JSON_BYTES:
        raise BodyTooLargeError(f"the JSON text is larger than {MAX_JSON_BYTES} bytes")
    try:
        value = json.loads(raw, parse_int=read_int, parse_float=read_float, parse_constant=_refuse_constant)
    except RecursionError:
        raise UnreadableBodyError(f"the JSON text is nested deeper than {MAX_BODY_DEPTH} levels") from None
    if _too_deep(value):
        raise UnreadableBodyError(f"the JSON text is nested deeper than {MAX_BODY_DEPTH} levels")
    return value


def encode_json(value: Any) -> bytes:
    """Serialise a JSON answer; text a client stored (even a lone surrogate) never makes it fail.

    Args:
        value: The JSON value.

    Returns:
        Compact UTF-8 JSON; non-ASCII text as is, unless the value holds a lone surrogate, which only
        an escape can carry (the whole text is then ASCII, with escapes).
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode()
    except UnicodeEncodeError:
        return json.dumps(value, separators=(",", ":")).encode()
