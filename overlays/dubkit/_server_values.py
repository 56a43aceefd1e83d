"""Numbers, times and ids a server sent, checked before dubkit computes with them.

The generated models check JSON types; these functions check what types cannot: that a duration is
a finite, plausible number of seconds, that a timestamp can be shown in any time zone, and which job
id an answer that could not be parsed as a whole still names (so the id of a paid job is never lost).
"""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
import math
from collections.abc import Iterator
from typing import Any

from ._errors import ResponseValidationError

__all__ = ["MAX_DURATION_SECONDS", "duration_seconds", "job_id_in", "naming_created_job", "timestamp", "utc_after"]

_log = logging.getLogger("dubkit")

MAX_DURATION_SECONDS = 366 * 24 * 3600.0
"""The longest duration or estimate taken from a server (a year); anything longer is treated as unknown."""
# Any time between these can be moved to any time zone (±1 day) without leaving datetime's range.
_EARLIEST = datetime.datetime(2, 1, 1, tzinfo=datetime.UTC)
_LATEST = datetime.datetime(9998, 12, 31, tzinfo=datetime.UTC)


def duration_seconds(value: object, *, what: str = "duration") -> float | None:
    """Return a server's duration in seconds if it is a finite number from 0 to ``MAX_DURATION_SECONDS``.

    Args:
        value: The field as parsed (a number, or anything else a server sent).
        what: What it is, for the log line when it is refused.

    Returns:
        The duration, or None when it is missing, not a number, NaN, infinite, negative or too long.
    """
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    seconds = float(value) if not isinstance(value, int) or abs(value) < 2**53 else math.inf
    if not math.isfinite(seconds) or not 0 <= seconds <= MAX_DURATION_SECONDS:
        _log.info("ignoring the server's %s of %r seconds: not a plausible duration", what, value)
        return None
    return seconds


def utc_after(seconds: float | None) -> datetime.datetime | None:
    """Return the UTC time ``seconds`` from now, or None when the duration is unknown.

    Args:
        seconds: A duration checked by ``duration_seconds``.

    Returns:
        The time, or None.
    """
    if seconds is None:
        return None
    return datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=seconds)


def timestamp(value: object) -> datetime.datetime | None:
    """Return a server's timestamp if it can be shown in any time zone, else None.

    A naive timestamp is taken to be UTC (the APIs' own convention).

    Args:
        value: The field as parsed.

    Returns:
        The aware timestamp, or None when it is not one or lies outside years 2 to 9998.
    """
    if not isinstance(value, datetime.datetime):
        return None
    aware = value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)
    try:
        inside = _EARLIEST <= aware <= _LATEST
    except (OverflowError, ValueError):  # an offset that moves it out of range
        inside = False
    if not inside:
        _log.info("ignoring the server's timestamp %s: outside the years 2 to 9998", value.isoformat())
        return None
    return aware


def job_id_in(raw_body: bytes, key: str) -> str | None:
    """Return the job id an answer names under ``key``, even if the rest of it could not be read.

    Args:
        raw_body: The answer's body.
        key: The id's field, e.g. ``"dubbing_id"``.

    Returns:
        The id (a number is given as its digits), or None when the body names none that fits in a URL.
    """
    try:
        body: Any = json.loads(raw_body)
    except (ValueError, RecursionError):
        return None
    found = body.get(key) if isinstance(body, dict) else None
    if isinstance(found, int) and not isinstance(found, bool):
        found = str(found)
    if not isinstance(found, str) or not 0 < len(found) <= 256 or not found.isprintable() or "/" in found:  # noqa: PLR2004
        return None
    return found if found.strip(".") else None


@contextlib.contextmanager
def naming_created_job(key: str) -> Iterator[None]:
    """Give a create's ``ResponseValidationError`` the new job's id, when its answer names one.

    Args:
        key: The id's field in the create's answer, e.g. ``"dubbing_id"``.

    Yields:
        Nothing; wrap the create call.

    Raises:
        ResponseValidationError: As raised inside, with ``job_id`` set when the body names the id.
    """
    try:
        yield
    except ResponseValidationError as error:
        if error.job_id is None:
            error.job_id = job_id_in(error.raw_body, key)
        if error.job_id is not None:
            error.add_note(f"the job was created (id {error.job_id}): check it before creating another")
        raise
