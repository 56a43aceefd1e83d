"""Check list arguments of strings (segment ids, languages, genres, key terms ...), naming the argument and index."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TypeVar

from dubkit._validation import check_enum

__all__ = ["enum_list", "string_list"]

E = TypeVar("E", bound=Enum)


def string_list(name: str, value: object, *, required: bool = False, non_blank: bool = False) -> list[str] | None:
    """Return a list argument of strings; a bare ``str`` (a sequence of characters) is refused.

    Args:
        name: The argument's name.
        value: What the caller passed (any iterable of strings, or None).
        required: Refuse None and an empty list.
        non_blank: Refuse empty or white-space items.

    Returns:
        The items as a list, or None when optional and not given.

    Raises:
        TypeError: If it is not an iterable of strings (or is a string).
        ValueError: If it is required and empty, or an item is blank when ``non_blank``.
    """
    if value is None and not required:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a list of str, not {type(value).__name__}")
    items = list(value)
    if required and not items:
        raise ValueError(f"{name} must not be empty")
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise TypeError(f"{name}[{index}] must be a str, not {type(item).__name__}")
        if non_blank and not item.strip():
            raise ValueError(f"{name}[{index}] must not be blank, got {item!r}")
    return items


def enum_list(name: str, value: object, kind: type[E]) -> list[E] | None:
    """Return a list argument of a generated enum's values (members or their strings), or None when not given.

    Args:
        name: The argument's name.
        value: What the caller passed.
        kind: The generated enum class; only the values the spec lists are accepted.

    Returns:
        The members, in order, or None.

    Raises:
        TypeError: If it is not a list of strings.
        ValueError: If an item is not one of the enum's values.
    """
    items = string_list(name, value)
    if items is None:
        return None
    members: list[E] = []
    for index, item in enumerate(items):
        member = check_enum(f"{name}[{index}]", item, kind)
        if member is not None:  # always: string_list let no None through
            members.append(member)
    return members
