"""One RetryPolicy decides every re-attempt: requests, garbled answers, polls and download resumes."""

from __future__ import annotations

import ast
import random
from contextvars import ContextVar

import dubkit
import httpx2
import pytest
from dubkit import _http
from dubkit._retry import (
    DEFAULT_MAX_RETRIES,
    MAX_POLL_INTERVAL,
    POLL_BACKOFF_MULTIPLIER,
    POLL_JITTER,
    RETRY_PLAN_EXTENSION,
    Decision,
    RequestRetries,
    RetryPolicy,
)
from fake_api import FakeAPI, json_response
from spec_helpers import ROOT_DIR

R, X, A = Decision.RETRY, Decision.RETURN, Decision.AMBIGUOUS


def test_a_plan_is_recorded_on_the_request_it_was_made_for() -> None:
    """A GET gets the policy's retries; a POST without the idempotency header is not safe; the header makes it so."""
    policy = RetryPolicy(max_retries=4, idempotency_header="Idempotency-Key")
    get = httpx2.Request("GET", "https://a.test/x")
    assert policy.plan(get) == RequestRetries(retry_safe=True, max_retries=4)
    assert get.extensions[RETRY_PLAN_EXTENSION] is RetryPolicy.planned(get)
    assert policy.plan(httpx2.Request("POST", "https://a.test/x", json={})).retry_safe is False
    keyed = httpx2.Request("POST", "https://a.test/x", json={}, headers={"Idempotency-Key": "k"})
    assert policy.plan(keyed, max_retries=1) == RequestRetries(retry_safe=True, max_retries=1)


def test_a_body_that_cannot_be_sent_again_gets_no_retry() -> None:
    streamed = httpx2.Request("PUT", "https://a.test/x", content=iter([b"once"]))
    assert RetryPolicy(max_retries=5).plan(streamed).max_retries == 0


def test_an_unplanned_request_gets_the_default_plan() -> None:
    assert RetryPolicy.planned(httpx2.Request("GET", "https://a.test/x")) == RequestRetries(True, DEFAULT_MAX_RETRIES)
    assert not RetryPolicy.planned(httpx2.Request("POST", "https://a.test/x")).retry_safe


@pytest.mark.parametrize(
    ("safe", "retries", "asked", "success", "expected"),
    [
        (True, 2, 0, True, R), (True, 2, 1, True, R), (True, 2, 2, True, X), (True, 0, 0, True, X),
        (False, 2, 0, True, A),  # a paid create answered 2xx, unreadable: its outcome is unknown
        (False, 2, 0, False, X),  # an error status: nothing was made
    ],
)  # fmt: skip
def test_reask_garbled(safe: bool, retries: int, asked: int, success: bool, expected: Decision) -> None:
    """A garbled answer is asked again as often as the plan allows, and never for an unsafe request."""
    assert RetryPolicy.reask_garbled(RequestRetries(safe, retries), asked, success=success) is expected


def test_poll_delays_back_off_to_the_cap_and_honour_retry_after() -> None:
    rng = random.Random(3)
    interval, delays = 2.0, []
    for _ in range(12):
        delay, interval = RetryPolicy.poll_delay(interval, MAX_POLL_INTERVAL, rng, None)
        delays.append(delay)
    assert delays[0] == pytest.approx(2.0, rel=POLL_JITTER)
    assert delays[1] == pytest.approx(2.0 * POLL_BACKOFF_MULTIPLIER, rel=POLL_JITTER)
    assert max(delays) <= MAX_POLL_INTERVAL
    assert interval == MAX_POLL_INTERVAL
    assert RetryPolicy.poll_delay(2.0, MAX_POLL_INTERVAL, rng, 45.0)[0] == 45.0  # lengthened, never shortened


def test_resumes_stop_at_the_limit() -> None:
    assert [RetryPolicy.resume(n, 2) for n in range(4)] == [True, True, False, False]


def test_the_parsing_layer_keeps_no_module_level_context_variable() -> None:
    """What an answer was travels with the error (on_unparsable), not through a module global."""
    assert not [name for name, value in vars(_http).items() if isinstance(value, ContextVar)]
    tree = ast.parse((ROOT_DIR / "overlays" / "dubkit" / "_http.py").read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == "ContextVar"]


def test_a_garbled_answer_through_client_raw_is_a_response_validation_error(api: FakeAPI) -> None:
    """A generated function called through client.raw fails typed, with the raw body, not with a bare JSON error."""
    from dubkit_elevenlabs.api.dubbing import get_dubbing  # noqa: PLC0415

    api.add("GET", "/v1/dubbing/d1", httpx2.Response(200, content=b"<html>"))
    http = httpx2.Client(transport=httpx2.MockTransport(api))
    client = dubkit.ElevenLabs(api_key="k", base_url="https://api.example.com", http_client=http, max_retries=0)
    with pytest.raises(dubkit.ResponseValidationError) as invalid:
        get_dubbing.sync_detailed("d1", client=client.raw)
    assert invalid.value.raw_body == b"<html>"
    assert api.count("GET", "/v1/dubbing/d1") == 1


def test_json_breaking_the_spec_through_client_raw_is_a_response_validation_error(api: FakeAPI) -> None:
    from dubkit_elevenlabs.api.dubbing import get_dubbing  # noqa: PLC0415

    api.add("GET", "/v1/dubbing/d1", json_response(200, {"dubbing_id": "d1"}))
    http = httpx2.Client(transport=httpx2.MockTransport(api))
    client = dubkit.ElevenLabs(api_key="k", base_url="https://api.example.com", http_client=http)
    with pytest.raises(dubkit.ResponseValidationError, match="KeyError"):
        get_dubbing.sync_detailed("d1", client=client.raw)
