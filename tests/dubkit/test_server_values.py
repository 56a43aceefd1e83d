"""_server_values: durations, timestamps and job ids from servers, checked before use."""

from __future__ import annotations

import datetime

import pytest
from dubkit import ResponseValidationError
from dubkit._server_values import (
    MAX_DURATION_SECONDS,
    duration_seconds,
    job_id_in,
    naming_created_job,
    timestamp,
    utc_after,
)

UTC = datetime.UTC


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (10, 10.0),
        (0.5, 0.5),
        (0, 0.0),
        (MAX_DURATION_SECONDS, MAX_DURATION_SECONDS),
        (MAX_DURATION_SECONDS + 1, None),
        (1e300, None),
        (10**400, None),
        (-1, None),
        (float("nan"), None),
        (float("inf"), None),
        (True, None),
        ("10", None),
        (None, None),
    ],
)
def test_durations_are_finite_and_plausible(value: object, expected: float | None) -> None:
    """Only a finite number of seconds from 0 to a year is a duration."""
    assert duration_seconds(value) == expected


def test_utc_after_never_overflows() -> None:
    """The longest accepted duration still gives a time (and None gives None)."""
    assert utc_after(None) is None
    assert utc_after(MAX_DURATION_SECONDS) > datetime.datetime.now(UTC)  # type: ignore[operator]


@pytest.mark.parametrize(
    "value",
    [
        datetime.datetime(1, 1, 1, tzinfo=UTC),
        datetime.datetime(9999, 12, 31, 23, 59, tzinfo=UTC),
        datetime.datetime(1, 1, 1),
        datetime.datetime(9999, 12, 31, tzinfo=datetime.timezone(datetime.timedelta(hours=-12))),
        "2026-01-01",
        None,
    ],
)
def test_timestamps_at_the_ends_of_the_calendar_are_refused(value: object) -> None:
    """A time that could not be moved to every time zone is no timestamp."""
    assert timestamp(value) is None


def test_a_naive_timestamp_is_taken_as_utc() -> None:
    """Naive times are UTC, and every time zone can show them."""
    shown = timestamp(datetime.datetime(2026, 1, 1))
    assert shown == datetime.datetime(2026, 1, 1, tzinfo=UTC)
    assert shown is not None
    assert shown.astimezone(datetime.timezone(datetime.timedelta(hours=14))).year == 2026


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"dubbing_id": "d1", "x": "soon"}', "d1"),
        (b'{"dubbing_id": 12345}', "12345"),
        (b'{"dubbing_id": true}', None),
        (b'{"dubbing_id": "a/b"}', None),
        (b'{"dubbing_id": ".."}', None),
        (b'{"dubbing_id": "x\\u001b[2J"}', None),
        (b'{"dubbing_id": ""}', None),
        (b"[1]", None),
        (b'{"dubbing_id": "d1"', None),
    ],
)
def test_job_id_in_reads_only_a_usable_id(body: bytes, expected: str | None) -> None:
    """The id is taken if it could name the job in a URL; a cut body gives none."""
    assert job_id_in(body, "dubbing_id") == expected


def test_naming_created_job_sets_the_id_and_a_note() -> None:
    """A create's ResponseValidationError leaves with job_id and a note saying to check the job."""
    with pytest.raises(ResponseValidationError) as caught, naming_created_job("project_id"):
        raise ResponseValidationError("bad", raw_body=b'{"project_id": "p1"}', status_code=201)
    assert caught.value.job_id == "p1"
    assert "p1" in caught.value.__notes__[0]
