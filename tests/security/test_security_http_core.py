"""Servers on loopback that lie, against the HTTP core every call goes through (issue 16, HTTP-core classes).

Each test attacks one general mechanism the way a hostile server or caller would: unreplayable uploads,
answers that inflate, drip or never end, redirect loops and foreign schemes, a DELETE whose answer was lost,
endless empty pages, absurd ids, keys with line breaks, contradictory Retry-After headers. None measures time:
a broken mechanism shows as a wrong result or error type, never as "too slow".
"""

from __future__ import annotations

import asyncio
import gzip
import io
import json
import logging
import os
import socket
import threading
import time
import uuid
from typing import Any

import dubkit
import httpx2
import pytest
from dubkit import (
    APIConnectionError,
    APITimeoutError,
    AsyncElevenLabs,
    Dubformer,
    ElevenLabs,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    TooManyRedirectsError,
    UploadError,
)
from dubkit._errors import KEPT_BODY_BYTES
from dubkit._pagination import MAX_EMPTY_PAGES
from dubkit._settings import DEFAULT_MAX_RESPONSE_SIZE
from hostile_server import HostileServer, Received, answer, hostile

KEY = "sk-hostile-test-key-0123456789"
DUB = {
    "dubbing_id": "dub1",
    "name": "talk",
    "status": "dubbed",
    "target_languages": ["es"],
    "created_at": "2024-01-01T00:00:00Z",
    "source_language": "en",
}
CREATED = json.dumps({"dubbing_id": "dub1", "expected_duration_sec": 10.0}).encode()
RESOURCE_BYTES = 9_595_352
"""The size of ``make bench-resource``'s 5,000-segment, 3-language dubbing resource."""


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> bytes:
    return answer(status, json.dumps(body).encode(), {"content-type": "application/json", **(headers or {})})


def _client(server: HostileServer, **options: Any) -> ElevenLabs:
    return ElevenLabs(api_key=KEY, base_url=server.url, **options)


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries do not really wait."""
    monkeypatch.setattr(time, "sleep", lambda seconds: None)


# --- 3: uploads that cannot be replayed --------------------------------------------------------------------


class ReadOnly:
    """A binary file object with nothing but ``read()``: it cannot be rewound or measured."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)


class Changing(io.BytesIO):
    """A seekable buffer that grows or shrinks once its upload has started (a file being written or cut)."""

    def __init__(self, data: bytes, *, grow: bool) -> None:
        super().__init__(data)
        self._grow, self._changed = grow, False

    def read(self, size: int | None = -1) -> bytes:
        if not self._changed:
            self._changed = True
            position = self.tell()
            if self._grow:
                self.seek(0, io.SEEK_END)
                self.write(b"appended while uploading")
            else:
                self.truncate(len(self.getvalue()) // 2)
            self.seek(position)
        return super().read(size)


def _rate_limited_then_created(conn: socket.socket, request: Received, number: int) -> None:
    if number == 0:
        conn.sendall(_json(429, {"detail": "slow down"}, {"retry-after": "0"}))
    else:
        conn.sendall(answer(200, CREATED, {"content-type": "application/json"}))


def test_a_read_only_upload_gets_one_attempt_and_a_typed_error(no_sleep: None) -> None:
    """A ``read()``-only object is sent once (chunked, every byte); the 429 is reported, never re-sent empty."""
    payload = b"RIFF" + os.urandom(100_000)
    with hostile(_rate_limited_then_created) as server, _client(server) as client, pytest.raises(RateLimitError):
        client.dubbing.create(file=("talk.wav", ReadOnly(payload)), target_lang="es")  # type: ignore[arg-type]
    assert len(server.requests) == 1
    sent = server.requests[0]
    assert sent.headers.get("transfer-encoding") == "chunked"
    assert payload[:1000] in sent.body


def test_the_async_twin_sends_a_read_only_upload_once(no_sleep: None) -> None:
    """The async client makes the same decision: one attempt for a body that cannot be sent again."""

    async def create(server: HostileServer) -> None:
        async with AsyncElevenLabs(api_key=KEY, base_url=server.url) as client:
            await client.dubbing.create(file=("talk.wav", ReadOnly(b"RIFF" + bytes(5000))), target_lang="es")  # type: ignore[arg-type]

    with hostile(_rate_limited_then_created) as server, pytest.raises(RateLimitError):
        asyncio.run(create(server))
    assert len(server.requests) == 1


def test_a_pipe_is_uploaded_once_and_whole() -> None:
    """A pipe (which claims a size of 0) is streamed chunked and whole; no raw h11 error about its length."""
    payload = os.urandom(300_000)
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)

    writer = threading.Thread(target=feed)
    writer.start()
    with (
        hostile(
            lambda conn, request, n: conn.sendall(answer(200, CREATED, {"content-type": "application/json"}))
        ) as server,
        _client(server) as client,
        os.fdopen(read_end, "rb") as pipe,
    ):
        assert client.dubbing.create(file=("talk.wav", pipe), target_lang="es").dubbing_id == "dub1"
    writer.join()
    assert len(server.requests) == 1
    assert payload in server.requests[0].body


def test_a_seekable_upload_is_resent_whole_after_a_429(no_sleep: None) -> None:
    """A seekable buffer is measured once and re-sent byte for byte: the retried body equals the first."""
    payload = b"RIFF" + os.urandom(200_000)
    with hostile(_rate_limited_then_created) as server, _client(server) as client:
        assert client.dubbing.create(file=("talk.wav", io.BytesIO(payload)), target_lang="es").dubbing_id == "dub1"
    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body
    assert payload in server.requests[1].body


@pytest.mark.parametrize("grow", [True, False], ids=["grows", "shrinks"])
def test_a_file_that_changes_size_while_uploading_is_a_typed_error(grow: bool) -> None:
    """A file that grows or shrinks after it was measured raises UploadError, not a raw h11 error."""
    upload = Changing(os.urandom(200_000), grow=grow)
    with (
        hostile(lambda conn, request, n: conn.sendall(answer(200, CREATED))) as server,
        _client(server) as client,
        pytest.raises(UploadError, match="grew" if grow else "shrank") as caught,
    ):
        client.dubbing.create(file=("talk.wav", upload), target_lang="es")
    assert caught.value.field == "file"
    assert len(server.requests) <= 1


def test_a_raw_protocol_error_from_below_httpx_is_typed(no_sleep: None) -> None:
    """An h11 error that a transport lets through (a body longer than its Content-Length) becomes dubkit's."""
    import h11  # noqa: PLC0415

    class Lying(httpx2.BaseTransport):
        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            raise h11.LocalProtocolError("Too much data for declared Content-Length")

    http = httpx2.Client(transport=Lying())
    with ElevenLabs(api_key=KEY, base_url="http://127.0.0.1:9", http_client=http) as client:
        with pytest.raises(dubkit.OutcomeUnknownError):  # a POST that may have been sent whole: not re-sent
            client.dubbing.create(source_url="https://example.com/a.mp4", target_lang="es")
        with pytest.raises(APIConnectionError, match="LocalProtocolError"):
            client.dubbing.get("dub1")


# --- 4: memory -------------------------------------------------------------------------------------------------


def test_a_gzip_bomb_is_refused_at_the_cap_counted_decompressed() -> None:
    """8 KiB of gzip that inflates to 8 MiB hits a 1 MiB cap: ResponseTooLargeError, not 8 MiB in memory."""
    bomb = gzip.compress(b"[" + b" " * (8 * 1024 * 1024) + b"]")
    assert len(bomb) < 64 * 1024

    def handler(conn: socket.socket, request: Received, number: int) -> None:
        conn.sendall(answer(200, bomb, {"content-type": "application/json", "content-encoding": "gzip"}))

    with (
        hostile(handler) as server,
        _client(server, max_response_size=1024 * 1024) as client,
        pytest.raises(ResponseTooLargeError) as caught,
    ):
        client.dubbing.get("dub1")
    assert caught.value.limit == 1024 * 1024
    assert caught.value.status_code == 200
    assert len(server.requests) == 1  # too large is final: asking again would get the same answer


def _endless(conn: socket.socket, request: Received, number: int) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n")
    chunk = b"x" * 65536
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    while True:  # never ends: only the client can stop it (the write fails once it has gone)
        conn.sendall(frame)


def test_an_endless_answer_stops_at_the_cap_while_reading() -> None:
    """A body that never ends is cut at the cap, while it arrives (the deadline is far off)."""
    with (
        hostile(_endless) as server,
        _client(server, max_response_size=2 * 1024 * 1024, deadline=120) as client,
        pytest.raises(ResponseTooLargeError),
    ):
        client.dubbing.get("dub1")


def test_the_default_cap_holds_the_big_resource_many_times() -> None:
    """The default answer cap is at least ten times the 9.6 MB dubbing resource of make bench-resource."""
    assert DEFAULT_MAX_RESPONSE_SIZE >= 10 * RESOURCE_BYTES
    with pytest.raises(ValueError, match="max_response_size"):
        ElevenLabs(api_key=KEY, max_response_size=0)


@pytest.mark.parametrize("status", [200, 500])
def test_a_huge_body_kept_on_an_error_is_cut(status: int, no_sleep: None) -> None:
    """A 3 MiB body that is not JSON is kept on the error only up to KEPT_BODY_BYTES (and not parsed)."""
    junk = b"<" + b"x" * (3 * 1024 * 1024)
    with (
        hostile(lambda conn, request, n: conn.sendall(answer(status, junk))) as server,
        _client(server) as client,
        pytest.raises(ResponseValidationError if status == 200 else InternalServerError) as caught,
    ):
        client.dubbing.get("dub1")
    error: Any = caught.value
    assert error.raw_body == junk[:KEPT_BODY_BYTES]
    if status == 500:
        assert error.response.content == junk[:KEPT_BODY_BYTES]


# --- 5: the deadline --------------------------------------------------------------------------------------------


def _drip_body(conn: socket.socket, request: Received, number: int) -> None:
    body = json.dumps(DUB).encode()
    conn.sendall(f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n".encode())
    for byte in body:  # each byte well within the read timeout; all of them far beyond the deadline
        conn.sendall(bytes([byte]))
        time.sleep(0.05)


def _drip_head(conn: socket.socket, request: Received, number: int) -> None:
    for byte in b"HTTP/1.1 200 OK\r\n" + b"x-padding: " + b"p" * 400:
        conn.sendall(bytes([byte]))
        time.sleep(0.05)


def test_a_dripping_body_cannot_outlive_the_deadline() -> None:
    """A byte every 50 ms (timeout 1 s) for ~10 s: the 1 s deadline ends the call with APITimeoutError."""
    with (
        hostile(_drip_body) as server,
        _client(server, timeout=1, deadline=1, max_retries=2) as client,
        pytest.raises(APITimeoutError, match="deadline"),
    ):
        client.dubbing.get("dub1")
    assert len(server.requests) == 1  # no retry starts once the deadline has passed


@pytest.mark.parametrize("handler", [_drip_body, _drip_head], ids=["body", "head"])
def test_the_async_deadline_bounds_the_whole_attempt(handler: Any) -> None:
    """Async: the deadline also bounds an answer whose status line and headers drip."""

    async def call(server: HostileServer) -> None:
        async with AsyncElevenLabs(api_key=KEY, base_url=server.url, timeout=1, deadline=1) as client:
            await client.dubbing.get("dub1")

    with hostile(handler) as server, pytest.raises(APITimeoutError, match="deadline"):
        asyncio.run(call(server))


def test_no_retry_starts_that_the_deadline_would_cut(no_sleep: None) -> None:
    """A 503 asking for 30 s more, with 5 s of deadline left, is reported at once instead of retried."""
    with (
        hostile(lambda conn, request, n: conn.sendall(_json(503, {"detail": "busy"}, {"retry-after": "30"}))) as server,
        _client(server, deadline=5, max_retries=3) as client,
        pytest.raises(InternalServerError),
    ):
        client.dubbing.get("dub1")
    assert len(server.requests) == 1


def test_the_deadline_is_checked() -> None:
    """A deadline must be a positive number of seconds, or None for none."""
    for bad in (0, -1, float("nan"), float("inf"), "10", True):
        with pytest.raises(ValueError, match="deadline"):
            ElevenLabs(api_key=KEY, deadline=bad)  # type: ignore[arg-type]
    ElevenLabs(api_key=KEY, deadline=None).close()


# --- 11 and 16: redirects -------------------------------------------------------------------------------------


def test_a_redirect_loop_is_a_typed_error(no_sleep: None) -> None:
    """A server redirecting to itself forever gets TooManyRedirectsError after MAX_REDIRECTS hops."""
    with (
        hostile(lambda conn, request, n: conn.sendall(answer(302, b"", {"location": "/loop?sig=s3cr3t"}))) as server,
        _client(server) as client,
        pytest.raises(TooManyRedirectsError, match="redirected more than 10 times") as caught,
    ):
        client.downloads_http.get(f"{server.url}/file.mp4")
    assert len(server.requests) == 11
    assert "s3cr3t" not in str(caught.value)


def test_a_redirect_to_another_scheme_is_not_retried(no_sleep: None) -> None:
    """A redirect to ftp:// fails once, typed: no attempt could ever succeed."""
    with (
        hostile(lambda conn, request, n: conn.sendall(answer(302, b"", {"location": "ftp://127.0.0.1/x"}))) as server,
        _client(server, max_retries=3) as client,
        pytest.raises(APIConnectionError, match="unsupported protocol") as caught,
    ):
        client.downloads_http.get(f"{server.url}/file.mp4")
    assert caught.value.__class__ is APIConnectionError
    assert len(server.requests) == 1


# --- 13: a DELETE whose answer was lost ------------------------------------------------------------------------


def _lost_then_gone(conn: socket.socket, request: Received, number: int) -> None:
    if number == 0:
        return  # the deletion "happened", but the answer never leaves: the connection just closes
    conn.sendall(_json(404, {"detail": {"status": "not_found", "message": "no such dub"}}))


def test_a_retried_delete_that_finds_the_dub_gone_reports_success(
    no_sleep: None, caplog: pytest.LogCaptureFixture
) -> None:
    """The retry of a DELETE whose answer was lost gets 404: the first attempt deleted it, so it is a success."""
    caplog.set_level(logging.INFO, logger="dubkit")
    with hostile(_lost_then_gone) as server, _client(server) as client:
        assert client.dubbing.delete("dub1").status == "ok"
    assert [r.method for r in server.requests] == ["DELETE", "DELETE"]
    assert "earlier attempt" in caplog.text


def test_a_retried_dubformer_delete_that_finds_the_project_gone_reports_success(no_sleep: None) -> None:
    """Dubformer's twin of the lost DELETE answer: ``success`` is reported, as the API would have."""
    with hostile(_lost_then_gone) as server, Dubformer(api_key=KEY, base_url=server.url) as client:
        assert client.projects.delete("p1").success is True
    assert [r.target for r in server.requests] == ["/api/v1/projects/p1"] * 2


def test_a_delete_that_finds_nothing_at_once_is_still_not_found() -> None:
    """A DELETE whose first attempt gets 404 deleted nothing: NotFoundError, as before."""
    with (
        hostile(lambda conn, request, n: conn.sendall(_json(404, {"detail": "no such dub"}))) as server,
        _client(server) as client,
        pytest.raises(NotFoundError),
    ):
        client.dubbing.delete("dub1")


def test_a_gone_delete_whose_answer_has_data_says_what_happened(no_sleep: None) -> None:
    """A DELETE whose success answer carries data (a segment's new version) cannot be made up: 404 with a hint."""
    with (
        hostile(_lost_then_gone) as server,
        _client(server) as client,
        pytest.raises(NotFoundError, match="earlier attempt"),
    ):
        client.dubbing.resource.segment.delete("dub1", "seg1")


# --- 14: endless pagination ------------------------------------------------------------------------------------


def test_endless_empty_pages_stop_with_a_typed_error() -> None:
    """Empty pages with ever-new cursors stop after MAX_EMPTY_PAGES requests, with ResponseValidationError."""

    def handler(conn: socket.socket, request: Received, number: int) -> None:
        conn.sendall(_json(200, {"dubs": [], "has_more": True, "next_cursor": uuid.uuid4().hex}))

    with (
        hostile(handler) as server,
        _client(server) as client,
        pytest.raises(ResponseValidationError, match="empty pages in a row"),
    ):
        list(client.dubbing.list(page_size=5))
    assert len(server.requests) == MAX_EMPTY_PAGES


# --- 16: small inputs ------------------------------------------------------------------------------------------


def test_a_huge_id_is_refused_before_sending() -> None:
    """A 100,000-character id is refused by dubkit (a ValueError) before any request, even through client.raw."""
    from dubkit_elevenlabs.api.dubbing import get_dubbing  # noqa: PLC0415

    with hostile(lambda conn, request, n: conn.sendall(_json(200, DUB))) as server, _client(server) as client:
        with pytest.raises(ValueError, match="too long") as caught:
            client.dubbing.get("a" * 100_000)
        assert "httpx2" not in type(caught.value).__module__
        with pytest.raises(InvalidRequestError, match="too long"):
            get_dubbing.sync_detailed("a" * 100_000, client=client.raw)
    assert server.requests == []


@pytest.mark.parametrize("bad", ["\r", "\n", "\x00", "\t", "é"], ids=["CR", "LF", "NUL", "TAB", "non-ASCII"])
@pytest.mark.parametrize("cls", [ElevenLabs, AsyncElevenLabs, Dubformer])
def test_a_key_with_control_characters_is_refused_at_construction(
    bad: str, cls: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An api_key (argument or environment) holding CR, LF, NUL or non-ASCII is refused, without echoing it."""
    key = f"sk-abc{bad}X-Injected: 1"
    with pytest.raises(ValueError, match="control or non-ASCII") as caught:
        cls(api_key=key)
    assert "sk-abc" not in str(caught.value)
    if bad == "\x00":
        return  # no environment variable can hold a NUL
    env = "DUBFORMER_API_KEY" if cls is Dubformer else "ELEVENLABS_API_KEY"
    monkeypatch.setenv(env, key)
    with pytest.raises(ValueError, match=env):
        cls()


def _ms_then_ok(conn: socket.socket, request: Received, number: int) -> None:
    if number == 0:
        conn.sendall(_json(429, {"detail": "slow"}, {"retry-after-ms": "1e400", "retry-after": "7"}))
    else:
        conn.sendall(_json(200, DUB))


def test_an_absurd_retry_after_ms_does_not_hide_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """``retry-after-ms: 1e400`` (infinite) is ignored in favour of the valid ``Retry-After: 7``."""
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    with hostile(_ms_then_ok) as server, _client(server) as client:
        assert client.dubbing.get("dub1").dubbing_id == "dub1"
    assert slept == [7.0]


# --- 7: signed URLs -----------------------------------------------------------------------------------------


SIGNATURE = "X-Amz-Signature=0123456789abcdef0123456789abcdef"


def _busy_then_file(conn: socket.socket, request: Received, number: int) -> None:
    if number == 0:
        conn.sendall(answer(503, b"busy", {"retry-after": "0"}))
    else:
        conn.sendall(answer(200, b"media bytes"))


def test_signed_urls_stay_out_of_dubkit_logs_and_errors(no_sleep: None, caplog: pytest.LogCaptureFixture) -> None:
    """A signed URL's query is in no dubkit log line (DEBUG and INFO: answer, retry) and no error message."""
    caplog.set_level(logging.DEBUG, logger="dubkit")
    with hostile(_busy_then_file) as server, _client(server) as client:
        assert client.downloads_http.get(f"{server.url}/out.mp4?{SIGNATURE}").content == b"media bytes"
        closed = socket.create_server(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        closed.close()  # nothing listens there any more: every attempt is refused
        with pytest.raises(APIConnectionError) as caught:
            client.downloads_http.get(f"http://127.0.0.1:{port}/out.mp4?{SIGNATURE}")
    dubkit_lines = [r.getMessage() for r in caplog.records if r.name == "dubkit"]
    assert any("retrying" in line for line in dubkit_lines)
    assert any("?REDACTED" in line for line in dubkit_lines)
    assert not [line for line in dubkit_lines if "0123456789abcdef" in line]
    error = caught.value
    assert "0123456789abcdef" not in str(error)
    assert error.request is not None
    assert "0123456789abcdef" not in str(error.request.url)
    assert "0123456789abcdef" not in str(error.__cause__)


def test_the_cli_redactor_hides_query_strings() -> None:
    """What --verbose prints passes through the CLI's redactor, which masks keys and URL queries alike."""
    from dubkit.cli._logging import Redactor  # noqa: PLC0415

    redact = Redactor([KEY])
    text = redact(f"GET https://cdn.example.com/a.mp4?{SIGNATURE} with {KEY}")
    assert text == "GET https://cdn.example.com/a.mp4?REDACTED with ***"
