"""What the fuzzing found, each as the smallest input that shows it.

Open findings are strict xfails: when a fix lands, the test passes and the strict xfail fails the run;
remove the marker (for the test tied to ``fuzz_support.BIG_INTEGERS_KEPT``, set the flag to True,
which also makes the property tests hold the fix). Findings already fixed stay as plain tests, so
they cannot come back.
"""

from __future__ import annotations

import json
from typing import Any

import dubkit
import pytest
from dubkit_dubformer import models as df
from dubkit_elevenlabs import models as el
from fuzz_support import (
    BIG_INTEGERS_KEPT,
    MockServer,
    ResponseCase,
    all_response_cases,
    assert_same_json,
    is_valid,
)
from fuzz_table import sync_client
from spec_helpers import DEPRECATED_CALLS

pytestmark = DEPRECATED_CALLS

NESTING = 1100
"""Deeper than orjson reads (1024), so the body falls back to the json module, which recurses per level."""


def case_of(provider: str, operation_id: str, status: int) -> ResponseCase:
    """Return the documented response of an operation."""
    return next(
        case
        for case in all_response_cases()
        if (case.provider, case.operation_id, case.status) == (provider, operation_id, status)
    )


def nested(depth: int) -> str:
    """JSON text of ``depth`` arrays, each inside the last."""
    return "[" * depth + "]" * depth


def nested_value(depth: int) -> list[Any]:
    """The value of ``nested(depth)``, built without recursion (json.loads would recurse too deep)."""
    value: list[Any] = []
    for _ in range(depth - 1):
        value = [value]
    return value


def served(provider: str, status: int, content: bytes) -> tuple[Any, MockServer]:
    """Return a sync client of ``provider`` and its server, answering every request with ``content``."""
    server = MockServer()
    server.serve(status, content)
    return sync_client(provider, server), server


DEEP_BALANCE = '{"balance_minutes": 90, "extra": ' + nested(NESTING) + "}"
DEEP_NOT_FOUND = '{"error": "NotFoundError", "message": "gone", "extra": ' + nested(NESTING) + "}"


def test_the_inputs_of_the_findings_are_valid_bodies() -> None:
    """Each body a finding calls valid is valid against its schema (checked here, outside the xfails)."""
    valid = [
        ("dubformer", "get_balance", 200, {"balance_minutes": 90, "extra": nested_value(NESTING)}),
        (
            "dubformer",
            "get_project",
            404,
            {"error": "NotFoundError", "message": "gone", "extra": nested_value(NESTING)},
        ),
        ("elevenlabs", "delete_segment", 200, {"version": 2**64 + 1}),
        ("elevenlabs", "delete_segment", 200, {"version": -(2**63) - 1}),
        ("elevenlabs", "get_chapter", 200, CHAPTER),
    ]
    for spelling in SPELLINGS:
        valid += [
            ("dubformer", "get_project", 200, {**DUBFORMER_PROJECT, "created_date": spelling}),
            ("elevenlabs", "get_dubbing", 200, {**ELEVENLABS_DUB, "created_at": spelling}),
        ]
    for provider, operation_id, status, body in valid:
        assert is_valid(provider, case_of(provider, operation_id, status).schema, body), (operation_id, body)


# --- 1. deep nesting (fixed for garbage and error bodies; a valid body is still refused) -----------


def test_deeply_nested_garbage_is_refused_with_response_validation_error() -> None:
    """A 200 body of 100,000 nested arrays is not a Balance: ResponseValidationError with the bytes, once."""
    content = nested(100_000).encode()
    client, server = served("dubformer", 200, content)
    with client, pytest.raises(dubkit.ResponseValidationError) as refused:
        client.balance()
    assert refused.value.raw_body == content
    assert len(server.requests) == 1  # JSON too deep to read is not garbled: asking again would not help


def test_a_valid_error_body_with_a_deeply_nested_extra_member_raises_its_typed_error() -> None:
    """A 404 {"error": "NotFoundError", "message": "gone", "extra": [[[...]]]} raises NotFoundError, raw body kept."""
    client, _ = served("dubformer", 404, DEEP_NOT_FOUND.encode())
    with client, pytest.raises(dubkit.NotFoundError) as raised:
        client.projects.get("x1")
    assert raised.value.raw_body == DEEP_NOT_FOUND.encode()


@pytest.mark.xfail(
    strict=True,
    raises=dubkit.ResponseValidationError,
    reason=(
        "A body nested deeper than 1024 levels makes orjson refuse it; the generated _json "
        "(specs/generator/templates/endpoint_module.py.jinja) falls back to response.json(), whose json module "
        "raises RecursionError past ~1000 levels, which dubkit/_http.py now turns into ResponseValidationError. "
        "The body is valid (Balance allows extra members), so by the spec it should parse"
    ),
)
def test_a_valid_body_with_a_deeply_nested_extra_member_parses() -> None:
    """{"balance_minutes": 90, "extra": [[[...]]]} (1100 deep) is a valid Balance: it parses, extra kept."""
    client, _ = served("dubformer", 200, DEEP_BALANCE.encode())
    with client:
        balance = client.balance()  # ResponseValidationError today
    assert type(balance) is df.Balance
    assert balance.balance_minutes == 90


# --- 2. a read cut inside a UTF-8 character (fixed) ------------------------------------------------


def test_a_read_cut_inside_a_character_is_asked_again_like_any_cut_read() -> None:
    """A GET answering b'{"name": "caf\\xc3' (cut inside "é") is asked three times, as b'{"name": "caf' is."""
    for content in (b'{"name": "caf', b'{"name": "caf\xc3'):
        client, server = served("elevenlabs", 200, content)
        with client, pytest.raises(dubkit.ResponseValidationError) as refused:
            client.dubbing.get("x1")
        assert refused.value.raw_body == content
        assert len(server.requests) == 3, content


# --- 3. big integers become floats -----------------------------------------------------------------


@pytest.mark.xfail(
    not BIG_INTEGERS_KEPT,
    strict=True,
    raises=AssertionError,
    reason=(
        "orjson reads an integer outside [-2**63, 2**64) as a float, and the generated _json keeps its "
        "answer (specs/generator/templates/endpoint_module.py.jinja documents this): the round trip is lossy"
    ),
)
@pytest.mark.parametrize("version", [2**64 + 1, -(2**63) - 1])
def test_an_integer_beyond_64_bits_keeps_its_value(version: int) -> None:
    """{"version": 2**64 + 1} (a valid SegmentDeleteResponse) gives version == 2**64 + 1, an int."""
    client, _ = served("elevenlabs", 200, json.dumps({"version": version}).encode())
    with client:
        deleted = client.dubbing.resource.segment.delete("x1", "seg1")
    assert type(deleted) is el.SegmentDeleteResponse
    assert deleted.version == version
    assert type(deleted.version) is int


# --- 4. RFC 3339 date-times Python 3.11's fromisoformat cannot read (lower case fixed; digits still lost) --

SPELLINGS = ("2024-06-01t12:00:00z", "2024-06-01T12:00:00.1234567Z")
DUBFORMER_PROJECT = {
    "project_id": "p1", "source_lang": "en", "target_lang": "fr-FR", "cost_minutes": 10, "status": "ready",
    "created_date": "2024-06-01T12:00:00Z",
}  # fmt: skip
ELEVENLABS_DUB = {
    "dubbing_id": "d1", "name": "n", "status": "dubbed", "target_languages": ["es"],
    "created_at": "2024-06-01T12:00:00Z", "source_language": "en",
}  # fmt: skip
DATE_TIME_OPERATIONS = pytest.mark.parametrize(
    "target",
    [
        ("dubformer", "get_project", "created_date", DUBFORMER_PROJECT, lambda c: c.projects.get("x1")),
        ("elevenlabs", "get_dubbing", "created_at", ELEVENLABS_DUB, lambda c: c.dubbing.get("x1")),
    ],
    ids=["dubformer.get_project", "elevenlabs.get_dubbing"],
)


def _round_trip(target: tuple[Any, ...], spelling: str) -> None:
    provider, operation_id, field, body, call = target
    valid = {**body, field: spelling}
    client, _ = served(provider, 200, json.dumps(valid).encode())
    with client:
        parsed = call(client)
    assert_same_json(provider, case_of(provider, operation_id, 200).schema, valid, parsed.to_dict())


@DATE_TIME_OPERATIONS
def test_a_date_time_with_lower_case_separators_parses_without_loss(target: tuple[Any, ...]) -> None:
    """2024-06-01t12:00:00z (RFC 3339 allows lower case) parses, and says the same after the round trip."""
    _round_trip(target, SPELLINGS[0])


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason=(
        "parse_datetime (specs/generator/templates/types.py.jinja; generated/*/types.py) drops fraction digits "
        "beyond microseconds, so .1234567 comes back .123456: RFC 3339 allows any number of digits, and the "
        "round trip loses one"
    ),
)
@DATE_TIME_OPERATIONS
def test_a_date_time_with_seven_fraction_digits_keeps_them(target: tuple[Any, ...]) -> None:
    """2024-06-01T12:00:00.1234567Z parses and comes back with all seven digits."""
    _round_trip(target, SPELLINGS[1])


# --- 5. a chapter holding a node of a type the spec does not list cannot be read --------------------

TTS_NODE = {"type": "tts_node", "project_voice_ref_id": "pv1", "voice_id": "v1", "text": "Hi."}
CHAPTER = {
    "chapter_id": "c1", "name": "One", "can_be_downloaded": True, "state": "default",
    "content": {"blocks": [{"block_id": "b1", "nodes": [TTS_NODE]}]},
}  # fmt: skip


@pytest.mark.xfail(
    strict=True,
    raises=dubkit.ResponseValidationError,
    reason=(
        "Chapter content nodes are a union of ChapterContentBlockTtsNodeResponseModel (type const 'tts_node') and "
        "ChapterContentBlockExtendableNodeResponseModel (type const '_other', described 'Make sure you anticipate "
        "new types in the future'); both from_dicts refuse any other type (ValueError 'type must match const'), so "
        "one node of a new type makes get/create/update_chapter raise ResponseValidationError for the whole chapter, "
        "unlike response enums, which keep an unknown value"
    ),
)
def test_a_chapter_with_a_node_of_a_new_type_is_read_and_keeps_the_node() -> None:
    """A chapter whose block holds {"type": "image_node", ...} parses; the node is kept as it came."""
    new_node = {"type": "image_node", "image_url": "https://example.com/i.png"}
    body = {**CHAPTER, "content": {"blocks": [{"block_id": "b1", "nodes": [new_node]}]}}
    client, _ = served("elevenlabs", 200, json.dumps(body).encode())
    with client:
        chapter = client.studio.projects.chapters.get("x1", "c1")  # ResponseValidationError today
    assert chapter.to_dict()["content"]["blocks"][0]["nodes"] == [new_node]
