"""The second adversarial pass (issue 16): variants of the first pass's classes, attacked again.

Stacked content codings (``gzip, gzip``) inflated a 1.8 KB answer to 1 GiB in httpx before the size cap
could count it; httpx2 (issue 17b) undoes every coding in pieces of at most 1 MiB, and these tests keep it
so. Also closed here: signed URLs quoted back by a server (in an error body, in a redirect's ``Location``),
megabyte cursors kept for the whole iteration, and a client's credential in a pickle.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import pickle
import socket
import time
import tracemalloc
import zlib
from typing import Any

import pytest
from dubkit import (
    APIConnectionError,
    APIStatusError,
    AsyncElevenLabs,
    ElevenLabs,
    InternalServerError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from dubkit._pagination import Page, SyncPager
from hostile_server import HostileServer, Received, answer, hostile
from test_security_http_core import DUB

KEY = "sk-second-pass-key-0123456789"
INFLATED = 256 * 1024 * 1024
CAP = 1024 * 1024
SIGNED = "https://files.example/out.mp4?X-Amz-Signature=deadbeefcafe"


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries do not really wait."""
    monkeypatch.setattr(time, "sleep", lambda seconds: None)


def _gzip_of_zeros(size: int) -> bytes:
    """Gzip of ``size`` zero bytes, made without holding them."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(1024 * 1024)
    return b"".join([*(packer.compress(block) for _ in range(size // len(block))), packer.flush()])


@pytest.fixture(scope="module")
def double_bomb() -> bytes:
    """A couple of KB that ``Content-Encoding: gzip, gzip`` turns into 256 MiB."""
    return gzip.compress(_gzip_of_zeros(INFLATED), 9)


def _client(server: HostileServer, **options: Any) -> ElevenLabs:
    return ElevenLabs(api_key=KEY, base_url=server.url, **options)


def _encoded(body: bytes, encoding: str) -> Any:
    def handler(conn: socket.socket, request: Received, number: int) -> None:
        conn.sendall(answer(200, body, {"content-type": "application/json", "content-encoding": encoding}))

    return handler


def test_stacked_codings_cannot_inflate_past_the_cap_in_memory(double_bomb: bytes) -> None:
    """httpx2 undid each coding of a chunk whole: 256 MiB existed before the 1 MiB cap saw a byte."""
    assert len(double_bomb) < 64 * 1024  # one network read
    tracemalloc.start()
    try:
        with (
            hostile(_encoded(double_bomb, "gzip, gzip")) as server,
            _client(server, max_response_size=CAP) as client,
            pytest.raises(ResponseTooLargeError),
        ):
            client.dubbing.get("dub1")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 * CAP, f"peak {peak:,} bytes for a {CAP:,}-byte cap"


def test_the_async_twin_decodes_in_bounded_pieces_too(double_bomb: bytes) -> None:
    async def get(url: str) -> None:
        async with AsyncElevenLabs(api_key=KEY, base_url=url, max_response_size=CAP) as client:
            await client.dubbing.get("dub1")

    tracemalloc.start()
    try:
        with hostile(_encoded(double_bomb, "gzip, gzip")) as server, pytest.raises(ResponseTooLargeError):
            asyncio.run(get(server.url))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 * CAP, f"peak {peak:,} bytes for a {CAP:,}-byte cap"


def _deflate(data: bytes, wbits: int) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("deflate", lambda data: _deflate(data, zlib.MAX_WBITS)),
        ("deflate", lambda data: _deflate(data, -zlib.MAX_WBITS)),  # raw deflate, as some servers send it
        ("deflate, gzip", lambda data: gzip.compress(_deflate(data, zlib.MAX_WBITS))),
        ("identity", lambda data: data),
    ],
)
def test_the_codings_asked_for_are_decoded_whole(encoding: str, encode: Any) -> None:
    """Bounded pieces lose nothing: a resource that inflates to several pieces arrives intact."""
    dub = {**DUB, "name": "x" * 300_000}  # several 64 KiB pieces
    with hostile(_encoded(encode(json.dumps(dub).encode()), encoding)) as server, _client(server) as client:
        assert client.dubbing.get("dub1").name == dub["name"]


def test_a_corrupt_coding_is_a_typed_error(no_sleep: None) -> None:
    with (
        hostile(_encoded(b"\x1f\x8b not gzip at all", "gzip")) as server,
        _client(server, max_retries=0) as client,
        pytest.raises(APIConnectionError, match="DecodingError"),
    ):
        client.dubbing.get("dub1")


def test_an_error_body_quoting_a_signed_url_shows_it_redacted(no_sleep: None) -> None:
    body = json.dumps({"detail": {"status": "boom", "message": f"could not fetch {SIGNED}"}}).encode()

    def handler(conn: socket.socket, request: Received, number: int) -> None:
        conn.sendall(answer(500, body, {"content-type": "application/json"}))

    with (
        hostile(handler) as server,
        _client(server, max_retries=0) as client,
        pytest.raises(InternalServerError) as caught,
    ):
        client.dubbing.get("dub1")
    assert "X-Amz-Signature" not in str(caught.value)
    assert "https://files.example/out.mp4?REDACTED" in str(caught.value)


def test_a_wrong_answer_quoting_a_signed_url_shows_it_redacted() -> None:
    body = json.dumps({**DUB, "status": 12, "media": SIGNED}).encode()
    error = ResponseValidationError("status is not a string", raw_body=body, status_code=200)
    assert "X-Amz-Signature" not in str(error)
    assert error.raw_body == body  # the body itself is kept as received, for whoever debugs it


def test_a_redirect_to_a_signed_url_is_kept_redacted_on_the_error() -> None:
    def handler(conn: socket.socket, request: Received, number: int) -> None:
        conn.sendall(answer(302, b"", {"location": SIGNED.replace("https://", "https://user:pw@")}))

    with hostile(handler) as server, _client(server) as client, pytest.raises(APIStatusError) as caught:
        client.dubbing.get("dub1")
    kept = pickle.dumps(caught.value)
    assert b"X-Amz-Signature" not in kept
    assert b"user:pw" not in kept
    assert caught.value.response.headers["location"] == "https://files.example/out.mp4?REDACTED"


def test_a_repeated_megabyte_cursor_is_caught_and_shown_cut() -> None:
    """The trail keeps a digest per page, and the error shows the start of the cursor, not a megabyte."""
    cursor = "c" * 1_000_000

    def fetch(given: str | None) -> Page[int]:
        return Page([1], next_cursor=cursor, has_more=True)

    with pytest.raises(ResponseValidationError, match=r"returned cursor 'c+\.\.\.' again") as caught:
        list(SyncPager(fetch))
    assert len(str(caught.value)) < 1000


@pytest.mark.parametrize("make", [ElevenLabs, AsyncElevenLabs])
def test_a_client_cannot_be_pickled_and_the_refusal_shows_no_key(make: Any) -> None:
    client = make(api_key=KEY, base_url="http://127.0.0.1:9")
    with pytest.raises(TypeError) as caught:
        pickle.dumps(client._http._auth)
    assert KEY not in str(caught.value)
    with pytest.raises(TypeError):
        pickle.dumps(client)
