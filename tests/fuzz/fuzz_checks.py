"""What an answer must become: the checks every fuzz test applies to what the overlay returned or raised.

* A valid success body: a result of the operation's type that says exactly what the body says.
* A valid body broken in one place (``fuzz_mutations.Mutant``): a result of the right type, or a
  ``ResponseValidationError`` keeping the raw body; unknown members and enum values must be kept.
* Bytes that are not JSON at all (cut short, garbled on the way): asked again as often as
  ``max_retries`` allows when the request is safe to re-send (a GET, PUT or DELETE; any Dubformer
  request, which carries an Idempotency-Key), then a ``ResponseValidationError`` with the raw body;
  for an ElevenLabs POST or PATCH, which cannot be re-sent, an ``OutcomeUnknownError`` (the work was
  probably done).
* A documented error body: exactly the status's ``APIStatusError`` subclass, with the status, the
  parsed body and the raw body.
"""

from __future__ import annotations

from typing import Any

import dubkit
from dubkit._pagination import Page
from fuzz_mutations import Mutant, json_verdict
from fuzz_support import MockServer, ResponseCase, assert_same_json, differences, shape
from fuzz_table import RETRIES, Operation, assert_twins_agree, in_async_subset, outcome_async, outcome_sync

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def check_success(entry: Operation, case: ResponseCase, body: Any, result: Any) -> None:
    """Assert that an overlay result is the right type and says what the served success body says."""
    items = result.items if isinstance(result, Page) else result
    if entry.many:
        assert isinstance(items, list)
        assert all(type(item) is entry.result_type for item in items), [type(item) for item in items]
    else:
        assert type(result) is entry.result_type, type(result)
    if entry.member is None:
        assert_same_json(case.provider, case.schema, body, entry.view(result))
    else:
        member_schema = shape(case.provider, case.schema).child(entry.member)
        assert member_schema is not None
        assert_same_json(case.provider, member_schema, body[entry.member], entry.view(result))
    for extra in entry.extra_checks:
        extra(result, body)
    # The whole body round-trips through the generated model too (lists hand back only their items).
    assert entry.model is not None
    assert_same_json(case.provider, case.schema, body, entry.model.from_dict(body).to_dict())


EXPECTED_ERRORS: dict[int, type[dubkit.APIStatusError]] = {
    400: dubkit.BadRequestError,
    401: dubkit.AuthenticationError,
    402: dubkit.PaymentRequiredError,
    403: dubkit.PermissionDeniedError,
    404: dubkit.NotFoundError,
    409: dubkit.ConflictError,
    422: dubkit.UnprocessableEntityError,
    425: dubkit.TooEarlyError,
    429: dubkit.RateLimitError,
}


def expected_error(status: int) -> type[dubkit.APIStatusError]:
    """The error class a status must raise (any 5xx: ``InternalServerError``)."""
    return dubkit.InternalServerError if status >= 500 else EXPECTED_ERRORS[status]


def check_error(case: ResponseCase, body: Any, content: bytes, error: dubkit.APIStatusError) -> None:
    """Assert an error is exactly its status's class and carries the status, the parsed body and the raw body."""
    assert type(error) is expected_error(case.status), type(error)
    assert error.status_code == case.status
    assert error.raw_body == content
    found = list(differences(body, error.body))
    assert not found, found


def check_parsed_or_refused(entry: Operation, case: ResponseCase, content: bytes, outcome: Any) -> None:
    """Assert an outcome is a result of the right type, or a ``ResponseValidationError`` keeping the raw body."""
    if isinstance(outcome, dubkit.ResponseValidationError):
        assert outcome.raw_body == content
        assert outcome.status_code == case.status
        return
    assert not isinstance(outcome, Exception), repr(outcome)
    if entry.many:
        items = getattr(outcome, "items", outcome)
        assert all(type(item) is entry.result_type for item in items)
    else:
        assert type(outcome) is entry.result_type


def check_mutant(entry: Operation, case: ResponseCase, client: Any, server: MockServer, mutant: Mutant) -> None:
    """Serve a body broken in one place: kept if policy keeps it, else parsed or refused, and never asked twice."""
    content = server.serve_json(case.status, mutant.body)
    outcome = outcome_sync(entry, client)
    assert len(server.requests) == 1  # JSON that breaks the spec would break again
    if mutant.must_parse:
        assert not isinstance(outcome, Exception), f"{mutant.kind} at {mutant.path}: {outcome!r}"
        check_success(entry, case, mutant.body, outcome)
    else:
        check_parsed_or_refused(entry, case, content, outcome)
    if in_async_subset(case):
        assert_twins_agree(entry, outcome, outcome_async(entry, server))


def safe_to_resend(case: ResponseCase) -> bool:
    """Whether re-sending the request cannot apply it twice: an idempotent method, or a Dubformer request."""
    return case.method in IDEMPOTENT or case.provider == "dubformer"


def check_not_a_body(entry: Operation, case: ResponseCase, client: Any, server: MockServer, content: bytes) -> None:
    """Serve bytes that are not a body: refused with them after asking again if safe, else an unknown outcome."""
    server.serve(case.status, content)
    outcome = outcome_sync(entry, client)
    if json_verdict(content) == "json":  # random bytes can be JSON ("1", "{}"): parsed or refused, at once
        check_parsed_or_refused(entry, case, content, outcome)
        assert len(server.requests) == 1
    elif safe_to_resend(case):
        assert isinstance(outcome, dubkit.ResponseValidationError), repr(outcome)
        check_parsed_or_refused(entry, case, content, outcome)
        assert len(server.requests) == 1 + RETRIES
    else:
        assert type(outcome) is dubkit.OutcomeUnknownError, repr(outcome)
        assert outcome.method == case.method
        assert len(server.requests) == 1
    first = server.requests[0]
    for again in server.requests[1:]:  # asked again with the very same request (and Idempotency-Key)
        assert (again.url, again.content) == (first.url, first.content)
        assert again.headers.get("idempotency-key") == first.headers.get("idempotency-key")
    if in_async_subset(case):
        assert_twins_agree(entry, outcome, outcome_async(entry, server))
