"""The retry policy, table by table: which attempts are retried, and how long to wait."""

from __future__ import annotations

import random

import httpx2
import pytest
from dubkit._retry import (
    MAX_BACKOFF,
    MAX_RETRY_AFTER,
    BodyParts,
    Decision,
    backoff_delay,
    body_replayable,
    decide_on_outcome,
    declare_body_parts,
    gone_after_retry,
    is_retry_safe,
    may_have_applied,
    retry_after_seconds,
)

R, X, A = Decision.RETRY, Decision.RETURN, Decision.AMBIGUOUS


@pytest.mark.parametrize(
    ("status", "safe", "left", "expected"),
    [
        (200, True, 2, X), (201, False, 2, X), (404, True, 2, X), (422, False, 2, X), (425, True, 2, X),
        (408, True, 2, R), (429, True, 2, R), (500, True, 2, R), (502, True, 2, R), (503, True, 2, R),
        (504, True, 2, R), (520, True, 2, R), (529, True, 1, R),
        (429, False, 2, R), (408, False, 2, R),  # not processed: safe even for a paid POST
        (500, False, 2, A), (502, False, 2, A), (503, False, 0, A), (520, False, 2, A),
        (500, True, 0, X), (429, True, 0, X),
    ],
)  # fmt: skip
def test_decide_on_status(status: int, safe: bool, left: int, expected: Decision) -> None:
    """Statuses are retried per the table, ambiguous for unprotected POSTs, returned when out of retries."""
    assert decide_on_outcome(status, retry_safe=safe, retries_left=left) is expected


REQUEST = httpx2.Request("POST", "https://api.test/x")


@pytest.mark.parametrize(
    ("error", "safe", "left", "expected"),
    [
        (httpx2.ConnectError("refused", request=REQUEST), False, 2, R),
        (httpx2.ConnectTimeout("slow", request=REQUEST), False, 2, R),
        (httpx2.PoolTimeout("pool", request=REQUEST), False, 2, R),
        (httpx2.ReadError("dropped", request=REQUEST), True, 2, R),
        (httpx2.ReadTimeout("slow", request=REQUEST), True, 2, R),
        (httpx2.RemoteProtocolError("eof", request=REQUEST), True, 2, R),
        (httpx2.ReadError("dropped", request=REQUEST), False, 2, A),
        (httpx2.WriteError("broken", request=REQUEST), False, 2, A),
        (httpx2.ReadTimeout("slow", request=REQUEST), False, 0, A),
        (httpx2.ConnectError("refused", request=REQUEST), True, 0, X),
        (httpx2.UnsupportedProtocol("ftp://", request=REQUEST), True, 2, X),  # no attempt could succeed
        (httpx2.UnsupportedProtocol("ftp://", request=REQUEST), False, 2, X),
    ],
)
def test_decide_on_error(error: httpx2.TransportError, safe: bool, left: int, expected: Decision) -> None:
    """Errors before sending are always retryable; after sending only for retry-safe requests."""
    assert decide_on_outcome(error, retry_safe=safe, retries_left=left) is expected


@pytest.mark.parametrize(
    ("method", "headers", "expected"),
    [
        ("GET", {}, True), ("DELETE", {}, True), ("PUT", {}, True), ("HEAD", {}, True),
        ("POST", {}, False), ("PATCH", {}, False),
        ("POST", {"Idempotency-Key": "k"}, True), ("PATCH", {"Idempotency-Key": "k"}, True),
    ],
)  # fmt: skip
def test_retry_safety(method: str, headers: dict[str, str], expected: bool) -> None:
    """Idempotent methods are safe; POST/PATCH only with the API's idempotency header."""
    request = httpx2.Request(method, "https://api.test/x", headers=headers)
    assert is_retry_safe(request, "Idempotency-Key") is expected
    if method in {"POST", "PATCH"}:
        assert is_retry_safe(request, None) is False


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),
        ({"retry-after": "-4"}, 0.0),
        ({"retry-after": "86400"}, MAX_RETRY_AFTER),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:10 GMT"}, 10.0),
        ({"retry-after": "Wed, 21 Oct 2015 07:27:00 GMT"}, 0.0),
        ({"retry-after": "not a date"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after-ms": "1e400", "retry-after": "3"}, 3.0),  # an infinite ms value hides nothing
        ({"retry-after-ms": "-1e400", "retry-after": "3"}, 3.0),
        ({"retry-after-ms": "nan", "retry-after": "3"}, 3.0),
        ({"retry-after-ms": "", "retry-after": "3"}, 3.0),
        ({"retry-after-ms": "1e400"}, None),
    ],
)
def test_retry_after(headers: dict[str, str], expected: float | None) -> None:
    """retry-after-ms wins, then seconds or an HTTP date (relative to a frozen now), clamped."""
    now = 1445412480.0  # Wed, 21 Oct 2015 07:28:00 GMT
    result = retry_after_seconds(httpx2.Headers(headers), now=now)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


def test_retry_after_cap_can_be_lifted() -> None:
    """wait() passes cap=None: a long Retry-After is honoured in full (its own deadline bounds it)."""
    headers = httpx2.Headers({"retry-after": "600"})
    assert retry_after_seconds(headers) == MAX_RETRY_AFTER
    assert retry_after_seconds(headers, cap=None) == 600.0


def test_backoff_grows_exponentially_with_bounded_jitter() -> None:
    """Each delay is within 25 % below 0.5·2^(n-1), capped at MAX_BACKOFF."""
    rng = random.Random(7)
    for attempt in range(1, 10):
        base = min(0.5 * 2 ** (attempt - 1), MAX_BACKOFF)
        delay = backoff_delay(attempt, rng)
        assert base * 0.75 <= delay <= base


def test_the_success_fast_path_skips_no_retryable_status() -> None:
    """The transport returns any status below 400 without a decision: none of them may be retryable."""
    from dubkit._attempts import _FIRST_CLIENT_ERROR  # noqa: PLC0415
    from dubkit._retry import RETRYABLE_STATUSES  # noqa: PLC0415

    assert min(RETRYABLE_STATUSES) >= _FIRST_CLIENT_ERROR


@pytest.mark.parametrize(
    ("method", "status", "earlier", "expected"),
    [
        ("DELETE", 404, True, True),
        ("DELETE", 404, False, False),  # the first attempt found nothing: a real 404
        ("DELETE", 410, True, False),
        ("GET", 404, True, False),
        ("POST", 404, True, False),
    ],
)
def test_gone_after_retry(method: str, status: int, earlier: bool, expected: bool) -> None:
    """Only a DELETE's 404 after an attempt that may have landed means the deletion already happened."""
    assert gone_after_retry(method, status, earlier_may_have_applied=earlier) is expected


@pytest.mark.parametrize(
    ("error", "status", "expected"),
    [
        (httpx2.ConnectError("refused"), None, False),
        (httpx2.PoolTimeout("pool"), None, False),
        (httpx2.ReadError("dropped"), None, True),
        (httpx2.RemoteProtocolError("eof"), None, True),
        (None, 429, False),
        (None, 408, False),
        (None, 500, True),
        (None, 503, True),
    ],
)
def test_may_have_applied(error: httpx2.HTTPError | None, status: int | None, expected: bool) -> None:
    """An attempt may have taken effect unless it never reached the server or was refused unprocessed."""
    assert may_have_applied(error, status) is expected


def test_only_declared_or_byte_bodies_are_replayable() -> None:
    """Bytes replay; a stream replays only under a declaration with no one-shot part."""
    assert body_replayable(httpx2.Request("POST", "https://a.test", json={"a": 1}))
    streamed = httpx2.Request("POST", "https://a.test", files={"f": ("a", b"x")})
    assert not body_replayable(streamed)
    parts = BodyParts()
    end = declare_body_parts(parts)
    try:
        assert body_replayable(streamed)
        parts.one_shot.append("f")
        assert not body_replayable(streamed)
    finally:
        end()
    assert not body_replayable(streamed)
