"""The fuzzing machinery itself: the comparison is exact where it must be, and the generators draw what they claim."""

from __future__ import annotations

from typing import Any

import pytest
from fuzz_mutations import Mutant, json_mutants, json_verdict
from fuzz_support import (
    ResponseCase,
    all_response_cases,
    assert_same_json,
    differences,
    fuzz_settings,
    instant,
    is_valid,
    normalise,
    repair,
)
from hypothesis import given

PROJECT = {"$ref": "#/components/schemas/Project"}
BODY = {
    "project_id": "p1", "name": "2024-06-01T12:00:00Z", "source_lang": "en", "target_lang": "fr-FR",
    "cost_minutes": 10, "status": "ready", "created_date": "2024-06-01T12:00:00Z", "completion_date": None,
}  # fmt: skip


def _case(provider: str, operation_id: str, status: int) -> ResponseCase:
    return next(
        case
        for case in all_response_cases()
        if (case.provider, case.operation_id, case.status) == (provider, operation_id, status)
    )


@pytest.mark.parametrize(
    ("written", "read_back"),
    [
        ("2024-06-01T12:00:00Z", "2024-06-01T12:00:00+00:00"),
        ("2024-06-01T12:00:00-00:00", "2024-06-01T12:00:00+00:00"),
        ("2024-06-01T12:00:00.500Z", "2024-06-01T12:00:00.500000+00:00"),
        ("2024-06-01T12:00:00.0+01:30", "2024-06-01T12:00:00+01:30"),
    ],
)
def test_spellings_of_the_same_date_time_compare_equal(written: str, read_back: str) -> None:
    """Z, +00:00 and -00:00 are one offset, and trailing fraction zeros say nothing."""
    assert_same_json("dubformer", PROJECT, {**BODY, "created_date": written}, {**BODY, "created_date": read_back})


@pytest.mark.parametrize(
    ("written", "read_back"),
    [
        ("2024-06-01T12:00:00.1234567Z", "2024-06-01T12:00:00.123456+00:00"),  # a digit lost
        ("2024-06-01T12:00:00Z", "2024-06-01T13:00:00+01:00"),  # the same instant, but the offset lost
        ("2024-06-01T12:00:00Z", "2024-06-01T12:00:01+00:00"),
    ],
)
def test_a_changed_date_time_is_a_difference(written: str, read_back: str) -> None:
    """A lost digit or a changed offset is a loss, even for the same instant."""
    with pytest.raises(AssertionError, match="lossy round trip"):
        assert_same_json("dubformer", PROJECT, {**BODY, "created_date": written}, {**BODY, "created_date": read_back})


def test_date_times_are_normalised_only_where_the_schema_puts_them() -> None:
    """A string member that merely looks like a date-time (here ``name``) must come back exactly."""
    assert normalise("dubformer", PROJECT, BODY)["created_date"] == instant("2024-06-01T12:00:00Z")
    assert normalise("dubformer", PROJECT, BODY)["name"] == BODY["name"]
    with pytest.raises(AssertionError, match=r"\$\.name"):
        assert_same_json("dubformer", PROJECT, BODY, {**BODY, "name": "2024-06-01T12:00:00+00:00"})


@pytest.mark.parametrize(
    ("expected", "actual", "equal"),
    [
        (1, 1.0, True),
        ({"a": [1, 2.5]}, {"a": [1.0, 2.5]}, True),
        (True, 1, False),
        (0, False, False),
        (1, "1", False),
        (None, "", False),
        ({"a": 1}, {"a": 1, "b": 2}, False),
        ({"a": 1, "b": 2}, {"a": 1}, False),
        ([1, 2], [2, 1], False),
        ([1], [1, 1], False),
        ({"a": {"b": [None]}}, {"a": {"b": [None]}}, True),
    ],
)
def test_the_comparison_is_exact_but_for_number_types(expected: Any, actual: Any, equal: bool) -> None:
    """1 equals 1.0; true is not 1, a missing or extra key or a reordered list is a difference."""
    assert (not list(differences(expected, actual))) is equal


def test_a_nullable_date_time_drawn_as_an_empty_string_is_repaired_to_null() -> None:
    """schemathesis' known slip ("" for a nullable date-time) becomes null; the body is then valid."""
    case = _case("dubformer", "get_project", 200)
    drawn = {**BODY, "estimated_completion_date": ""}
    assert not is_valid("dubformer", case.schema, drawn)
    assert repair(case)(drawn) == {**BODY, "estimated_completion_date": None}
    assert is_valid("dubformer", case.schema, repair(case)(drawn))


@pytest.mark.parametrize(
    "case",
    [_case("dubformer", "get_project", 200), _case("elevenlabs", "get_chapter", 200)],
    ids=lambda case: case.id,
)
def test_mutants_are_what_they_claim(case: ResponseCase) -> None:
    """A mutant that must parse stays valid but for an unknown enum; any other breaks the schema; cuts are not JSON."""

    @fuzz_settings(20)
    @given(json_mutants(case))
    def honest(mutant: Mutant) -> None:
        valid = is_valid(case.provider, case.schema, mutant.body)
        assert valid is (mutant.kind == "extra_key"), (mutant.kind, mutant.path)
        assert json_verdict(mutant.cut_short) != "json"

    honest()


@pytest.mark.parametrize(
    ("content", "verdict"),
    [
        (b'{"a": 1}', "json"),
        (b"\xef\xbb\xbf{}", "json"),  # a BOM: the json fallback reads it
        (b"NaN", "json"),
        (b'{"a"', "broken"),
        (b"", "broken"),
        (b'{"a": "caf\xc3', "undecodable"),  # cut inside a character
    ],
)
def test_the_json_verdict_tells_broken_from_undecodable(content: bytes, verdict: str) -> None:
    """Bytes are JSON, broken JSON, or text that does not even decode (the client treats the last two apart)."""
    assert json_verdict(content) == verdict
