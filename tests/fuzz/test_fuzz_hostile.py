"""Property: bytes that are no body at all fail typed, whatever the operation and whatever the status.

A success answer that is empty or not JSON (an HTML error page, binary garbage) is refused with its
raw bytes after asking again when that is safe, or is an unknown outcome for a request that cannot
be re-sent (``fuzz_checks.check_not_a_body``). An error answer that is not JSON still raises its
status's ``APIStatusError`` subclass, with ``body`` None (or whatever JSON it was) and the raw bytes.
Bodies broken in one place, and valid bodies cut short, are served by ``test_fuzz_parsing.py``.
"""

from __future__ import annotations

import json

import dubkit
import pytest
from fuzz_checks import check_not_a_body, expected_error
from fuzz_mutations import byte_hostiles, json_verdict
from fuzz_support import EXAMPLES, MockServer, ResponseCase, all_response_cases, fuzz_settings
from fuzz_table import operation, outcome_sync, sync_client
from hypothesis import given
from spec_helpers import DEPRECATED_CALLS

pytestmark = DEPRECATED_CALLS

SUCCESSES = [case for case in all_response_cases() if case.success]
ERRORS = [case for case in all_response_cases() if not case.success]
ERROR_EXAMPLES = max(3, EXAMPLES // 5)


@pytest.mark.parametrize("case", SUCCESSES, ids=lambda case: case.id)
def test_a_success_answer_that_is_no_body_fails_typed(case: ResponseCase) -> None:
    """An empty or non-JSON body is refused with its bytes (after asking again if safe), or its outcome is unknown."""
    entry = operation(case.provider, case.operation_id)
    server = MockServer()
    client = sync_client(case.provider, server)

    @fuzz_settings(EXAMPLES)
    @given(byte_hostiles)
    def refused(content: bytes) -> None:
        check_not_a_body(entry, case, client, server, content)

    with client:
        refused()


@pytest.mark.parametrize("case", ERRORS, ids=lambda case: case.id)
def test_an_error_answer_that_is_no_body_still_raises_its_typed_error(case: ResponseCase) -> None:
    """A documented error status with an empty or non-JSON body raises its class, raw bytes kept, body not made up."""
    entry = operation(case.provider, case.operation_id)
    server = MockServer()
    client = sync_client(case.provider, server, max_retries=0)

    @fuzz_settings(ERROR_EXAMPLES)
    @given(byte_hostiles)
    def raises(content: bytes) -> None:
        server.serve(case.status, content)
        outcome = outcome_sync(entry, client)
        if (case.operation_id, case.status) == ("validate_retranslation", 400):
            assert outcome.valid is False  # a refusal is this operation's answer, whatever its body
            return
        assert type(outcome) is expected_error(case.status), repr(outcome)
        assert isinstance(outcome, dubkit.APIStatusError)
        assert (outcome.status_code, outcome.raw_body) == (case.status, content)
        expected = json.loads(content) if json_verdict(content) == "json" else None
        assert repr(outcome.body) == repr(expected)  # repr: NaN is a valid json-module answer, and NaN != NaN
        assert len(server.requests) == 1

    with client:
        raises()
