"""Property: every schema-valid success body of every operation parses, through the overlay, into the right model.

And nothing is lost on the way: the model's ``to_dict()`` says exactly what the body said (date-times
compared as what they denote, ``1`` equal to ``1.0``; see ``fuzz_support.normalise``). Each drawn
body is then served broken in one place, and cut short, and each must fail typed (``fuzz_checks``
says how). Operations of ``ASYNC_SUBSET`` also go through the async twin, which must come to the
same outcome every time. File endpoints write exactly the bytes served.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

import dubkit
import pytest
from fuzz_checks import check_mutant, check_not_a_body, check_success
from fuzz_mutations import Mutant, json_mutants
from fuzz_support import (
    EXAMPLES,
    PROVIDERS,
    MockServer,
    ResponseCase,
    all_response_cases,
    assert_request_is,
    fuzz_settings,
    spec_operations,
)
from fuzz_table import (
    ASYNC_SUBSET,
    BY_ID,
    OPERATIONS,
    PROBLEMS,
    Operation,
    assert_twins_agree,
    async_client,
    in_async_subset,
    operation,
    outcome_async,
    outcome_sync,
    run_async,
    run_sync,
    sync_client,
)
from hypothesis import example, given
from hypothesis import strategies as st
from spec_helpers import DEPRECATED_CALLS, missing_rows, success_media_types

pytestmark = DEPRECATED_CALLS

TEXT_IDS = {op.id for op in OPERATIONS if op.kind == "text"}
"""Text endpoints may also answer JSON (a string); ``test_a_transcript_sent_as_json_...`` covers those answers."""
SUCCESSES = [
    case for case in all_response_cases() if case.success and f"{case.provider}.{case.operation_id}" not in TEXT_IDS
]
SPEC_OPERATIONS = {f"{op.provider}.{op.operation_id}": op for provider in PROVIDERS for op in spec_operations(provider)}
FILES = [op for op in OPERATIONS if op.kind == "binary"]
NO_BODY = [op for op in OPERATIONS if op.kind == "none"]
FILE_EXAMPLES = max(3, EXAMPLES // 5)
BIG_FILE = bytes(range(256)) * 1024


def test_the_table_covers_every_operation_of_both_specs() -> None:
    """Each operationId of both specs has exactly one table entry, so a new operation cannot go unfuzzed.

    The entries are derived; one that cannot be says why (``PROBLEMS``) and what to add.
    """
    assert not PROBLEMS, "\n".join(PROBLEMS)
    problem = missing_rows("tests/fuzz/fuzz_table.py OPERATIONS", set(BY_ID), set(SPEC_OPERATIONS))
    assert not problem, problem
    assert len(OPERATIONS) == len(BY_ID), "an operation has two rows"


def test_json_entries_are_the_json_success_responses_and_name_their_models() -> None:
    """An entry is "json" exactly when its operation documents a JSON success body, and names that body's model."""
    json_successes = {f"{case.provider}.{case.operation_id}": case for case in SUCCESSES}
    assert {"elevenlabs.get_dubbed_transcript"} == TEXT_IDS
    assert {op.id for op in OPERATIONS if op.kind == "json"} == set(json_successes)
    for op in OPERATIONS:
        if op.kind == "json":
            assert op.model is not None
            assert op.model.__name__ == json_successes[op.id].schema_name


def test_other_entries_are_the_file_and_text_endpoints() -> None:
    """An entry is "binary" when its success is a file, "text" when plain text, "none" when it has no body."""
    for op in OPERATIONS:
        types = [] if op.kind == "json" else success_media_types(op.provider, op.operation_id)
        if op.kind == "binary":
            assert types, op.id
            assert all(t.startswith(("audio/", "video/", "application/x-zip")) for t in types), (op.id, types)
        elif op.kind == "text":
            assert "text/plain" in types, (op.id, types)
        elif op.kind == "none":
            assert types == [], (op.id, types)


def test_the_async_subset_reaches_every_overlay_module() -> None:
    """The async subset names operations of the table, at least one from each overlay module."""
    one_per_module = {
        "get_dubbing", "get_dubbing_resource", "create_segment", "create_podcast", "get_project", "list_chapters",
        "get_chapter_snapshot", "update_pronunciation_dictionaries",
    }  # fmt: skip
    assert one_per_module <= set(ASYNC_SUBSET["elevenlabs"])
    assert {"get_project", "get_balance"} <= set(ASYNC_SUBSET["dubformer"])  # _projects.py and _client.py
    for provider, names in ASYNC_SUBSET.items():
        assert all(f"{provider}.{name}" in BY_ID for name in names)


@pytest.mark.parametrize("case", SUCCESSES, ids=lambda case: case.id)
def test_valid_success_bodies_parse_into_the_model_without_loss(case: ResponseCase) -> None:
    """Every valid success body parses into the model and round-trips; broken or cut short, it fails typed."""
    entry = operation(case.provider, case.operation_id)
    server = MockServer()
    client = sync_client(case.provider, server)

    @fuzz_settings(EXAMPLES)
    @given(json_mutants(case))  # a valid body, drawn once, and two broken copies of it
    def parses(mutant: Mutant) -> None:
        server.serve_json(case.status, mutant.valid)
        result = outcome_sync(entry, client)
        assert not isinstance(result, Exception), result
        assert len(server.requests) == 1
        assert_request_is(case.method, case.path, server.requests[0])
        check_success(entry, case, mutant.valid, result)
        if in_async_subset(case):
            assert_twins_agree(entry, result, outcome_async(entry, server))
        check_mutant(entry, case, client, server, mutant)
        check_not_a_body(entry, case, client, server, mutant.cut_short)

    with client:
        parses()


@pytest.mark.parametrize("entry", FILES, ids=lambda entry: entry.id)
def test_a_file_endpoint_writes_the_bytes_it_was_sent(entry: Operation) -> None:
    """A download writes exactly the bytes served, to the path asked for, through sync and async clients."""
    spec_op = SPEC_OPERATIONS[entry.id]
    media_type = success_media_types(entry.provider, entry.operation_id)[0]
    server = MockServer()
    client = sync_client(entry.provider, server)

    async def download_async(scratch: Path) -> Path:
        async with async_client(entry.provider, server) as twin:
            written: Path = await run_async(entry, twin, scratch)
            return written

    @fuzz_settings(FILE_EXAMPLES)
    @example(BIG_FILE)
    @given(st.binary(max_size=4096))
    def arrives(content: bytes) -> None:
        server.serve(200, content, media_type)
        with tempfile.TemporaryDirectory() as scratch:
            written = run_sync(entry, client, Path(scratch))
            assert written.parent == Path(scratch).resolve()
            assert written.read_bytes() == content
            written.unlink()
            assert asyncio.run(download_async(Path(scratch))).read_bytes() == content
            assert [path.name for path in Path(scratch).iterdir()] == [written.name]  # no part files left
        assert len(server.requests) == 2
        for request in server.requests:
            assert_request_is(spec_op.method, spec_op.path, request)

    with client:
        arrives()


def test_a_transcript_arrives_as_the_text_it_was_sent() -> None:
    """The transcript (text/plain, not a file) comes back as exactly the text served, SRT or not."""
    entry = operation("elevenlabs", "get_dubbed_transcript")
    spec_op = SPEC_OPERATIONS[entry.id]
    server = MockServer()
    client = sync_client("elevenlabs", server)

    @fuzz_settings(FILE_EXAMPLES)
    @example("1\n00:00:00,000 --> 00:00:01,500\n¡Hola, señor! 你好\n")
    @given(st.text())
    def arrives(text: str) -> None:
        server.serve(200, text.encode(), "text/plain; charset=utf-8")
        assert outcome_sync(entry, client) == text
        assert outcome_async(entry, server) == text
        assert len(server.requests) == 2
        assert_request_is(spec_op.method, spec_op.path, server.requests[0])

    with client:
        arrives()


def test_a_transcript_sent_as_json_is_its_text_or_refused() -> None:
    """The deprecated transcript call asks for SRT: a JSON string is that text; the JSON transcript is refused typed."""
    entry = operation("elevenlabs", "get_dubbed_transcript")
    (case,) = [case for case in all_response_cases() if case.success and case.operation_id == entry.operation_id]
    server = MockServer()
    client = sync_client("elevenlabs", server)

    @fuzz_settings(EXAMPLES)
    @given(json_mutants(case))
    def answered(mutant: Mutant) -> None:
        content = server.serve_json(200, mutant.valid)
        outcome = outcome_sync(entry, client)
        if isinstance(mutant.valid, str):
            assert outcome == mutant.valid
        else:
            assert isinstance(outcome, dubkit.ResponseValidationError), repr(outcome)
            assert (outcome.raw_body, outcome.status_code) == (content, 200)
        assert len(server.requests) == 1
        assert_twins_agree(entry, outcome, outcome_async(entry, server))

    with client:
        answered()


@pytest.mark.parametrize("entry", NO_BODY, ids=lambda entry: entry.id)
def test_a_delete_answered_without_a_body_returns_none(entry: Operation) -> None:
    """A 204 (no body, whatever its content type says) is ``None`` through both twins, after one request each."""
    spec_op = SPEC_OPERATIONS[entry.id]
    server = MockServer()
    client = sync_client(entry.provider, server)

    @fuzz_settings(FILE_EXAMPLES)
    @given(st.sampled_from(("application/json", "text/plain", "")))
    def deleted(content_type: str) -> None:
        server.serve(204, b"", content_type)
        assert outcome_sync(entry, client) is None
        assert outcome_async(entry, server) is None
        assert len(server.requests) == 2
        for request in server.requests:
            assert_request_is(spec_op.method, spec_op.path, request)

    with client:
        deleted()
