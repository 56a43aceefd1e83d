"""Contains some shared types for properties"""

import datetime
import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from types import NoneType
from typing import IO, BinaryIO, Generic, TypeVar

from attrs import define

Unset = NoneType  # type: ignore[nonetype-type]  # runtime isinstance() needs the class; mypy reads it as None
"""The type of an absent value: None (the generated code's name for it)."""
UNSET: None = None
"""An absent value: None."""

_EXTRA_FRACTION_DIGITS = re.compile(r"(\.\d{6})\d+")


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an RFC 3339 date-time, including the spellings Python 3.11's fromisoformat refuses."""
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        # 't' / 'z' in lower case, or more than microsecond precision (the extra digits are dropped).
        return datetime.datetime.fromisoformat(
            _EXTRA_FRACTION_DIGITS.sub(r"\1", value.upper())
        )


def is_json_integer(value: object) -> bool:
    """Tell whether a parsed JSON value is an integer: JSON Schema's integer is any number without a fraction.

    So ``1.0`` is one (and so is a float orjson made of an integer beyond 64 bits); ``true`` and NaN are not.
    """
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


# The types that `httpx2.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx2 will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "is_json_integer",
    "parse_datetime",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
]
