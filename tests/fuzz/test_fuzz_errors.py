"""Property: every documented JSON error body raises the ``APIStatusError`` subclass of its status, body intact.

The error carries ``status_code``, the parsed ``body`` (equal to what was served) and the ``raw_body``
(the bytes served), and a download that fails writes nothing. Clients run with ``max_retries=0``, so
a 429 or 5xx is raised at once (retries have their own tests). Operations of ``ASYNC_SUBSET`` also go
through the async twin, which must raise the same error.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import dubkit
import pytest
from dubkit.dubformer.types import RetranslationCheck
from fuzz_checks import EXPECTED_ERRORS, check_error
from fuzz_support import EXAMPLES, MockServer, ResponseCase, all_response_cases, bodies, fuzz_settings
from fuzz_table import (
    assert_twins_agree,
    in_async_subset,
    operation,
    outcome_async,
    run_sync,
    sync_client,
)
from hypothesis import given
from spec_helpers import DEPRECATED_CALLS

pytestmark = DEPRECATED_CALLS

ERRORS = [case for case in all_response_cases() if not case.success]
ERROR_EXAMPLES = max(3, EXAMPLES // 5)
"""Examples per documented error response: three error schemas serve every operation, so each sees many."""
VALUE_NOT_ERROR = ("validate_retranslation", 400)
"""The documented exception: a validation's refusal is its answer, returned as a ``RetranslationCheck``."""


def test_every_documented_error_status_has_an_expected_class() -> None:
    """The statuses the specs document are all in the table of expected classes (or 5xx)."""
    assert {case.status for case in ERRORS if case.status < 500} <= set(EXPECTED_ERRORS)
    assert len(ERRORS) > 150  # every operation documents several


@pytest.mark.parametrize("case", ERRORS, ids=lambda case: case.id)
def test_a_documented_error_body_raises_its_typed_error(case: ResponseCase) -> None:
    """A schema-valid error body raises the status's APIStatusError subclass with status, body and raw body."""
    entry = operation(case.provider, case.operation_id)
    server = MockServer()
    client = sync_client(case.provider, server, max_retries=0)

    @fuzz_settings(ERROR_EXAMPLES)
    @given(bodies(case))
    def raises(body: Any) -> None:
        content = server.serve_json(case.status, body)
        with tempfile.TemporaryDirectory() as scratch:
            if (case.operation_id, case.status) == VALUE_NOT_ERROR:
                check = run_sync(entry, client, Path(scratch))
                assert type(check) is RetranslationCheck
                assert check.valid is False
                message = body.get("message")
                if isinstance(message, str):
                    assert check.message == message
                else:
                    assert check.message  # the error's own text stands in for the API's
                outcome: Any = check
            else:
                with pytest.raises(dubkit.APIStatusError) as raised:
                    run_sync(entry, client, Path(scratch))
                check_error(case, body, content, raised.value)
                outcome = raised.value
            assert list(Path(scratch).iterdir()) == []
        assert len(server.requests) == 1
        if in_async_subset(case):
            assert_twins_agree(entry, outcome, outcome_async(entry, server, max_retries=0))

    with client:
        raises()
