"""RetryTransport re-sends whole requests, and never re-sends an unprotected POST that may have landed."""

from __future__ import annotations

import asyncio
import contextlib
import io
import random

import dubkit
import httpx2
import pytest
from dubkit._transport import AsyncRetryTransport, RetryTransport
from dubkit.elevenlabs._uploads import open_upload
from fake_api import FakeAPI, json_response


def _client(api: FakeAPI, *, header: str | None = "Idempotency-Key", retries: int = 3) -> httpx2.Client:
    transport = RetryTransport(
        httpx2.MockTransport(api),
        max_retries=retries,
        idempotency_header=header,
        sleep=lambda s: None,
        rng=random.Random(1),
    )
    return httpx2.Client(base_url="https://api.test", transport=transport)


def test_multipart_form_and_file_are_intact_on_every_attempt(api: FakeAPI) -> None:
    """Every form field and the whole (rewound) file body are re-sent after a 503 and a dropped connection."""
    api.add("POST", "/v1/dubbing", json_response(503, {}), httpx2.ReadError("reset"), json_response(200, {"ok": True}))
    upload = io.BytesIO(b"RIFF" + bytes(range(256)) * 100)
    with _client(api) as client, contextlib.ExitStack() as stack:
        # The upload layer vouches for the body: the file is measured, and sent whole on each attempt.
        part = open_upload("file", ("clip.wav", upload, "audio/wav"), stack)
        response = client.post(
            "/v1/dubbing",
            data={"target_lang": "fr", "name": "clip", "num_speakers": "2"},
            files={"file": part.to_tuple()},
            headers={"Idempotency-Key": "k1"},
        )
    assert response.json() == {"ok": True}
    assert len(api.bodies) == 3
    assert len(set(api.bodies)) == 1
    body = api.bodies[0]
    for part in (b'name="target_lang"', b"fr", b'name="name"', b"clip", b'name="num_speakers"', upload.getvalue()):
        assert part in body


def test_a_multipart_body_nobody_vouched_for_gets_one_attempt(api: FakeAPI) -> None:
    """httpx's own multipart body (files nobody measured) is not re-sent: the 503 is the caller's answer."""
    api.add("POST", "/v1/dubbing", json_response(503, {}), json_response(200, {"ok": True}))
    with _client(api) as client:
        response = client.post(
            "/v1/dubbing",
            files={"file": ("clip.wav", io.BytesIO(b"RIFF"), "audio/wav")},
            headers={"Idempotency-Key": "k"},
        )
    assert response.status_code == 503
    assert api.count("POST", "/v1/dubbing") == 1


def test_unprotected_post_is_not_resent_after_it_may_have_landed(api: FakeAPI) -> None:
    """A POST without an idempotency key that gets a 500 or a reset raises OutcomeUnknownError after one attempt."""
    api.add("POST", "/paid", json_response(500, {}))
    api.add("POST", "/paid2", httpx2.ReadError("reset"))
    with _client(api, header=None) as client:
        with pytest.raises(dubkit.OutcomeUnknownError, match="not retried") as caught:
            client.post("/paid", json={"x": 1})
        assert "list" in caught.value.hint
        with pytest.raises(dubkit.OutcomeUnknownError):
            client.post("/paid2", json={"x": 1})
    assert api.count("POST", "/paid") == 1
    assert api.count("POST", "/paid2") == 1


def test_unprotected_post_is_retried_when_it_cannot_have_landed(api: FakeAPI) -> None:
    """429 and connection-refused mean nothing was applied, so even an unprotected POST is retried."""
    api.add(
        "POST",
        "/paid",
        json_response(429, {}, {"retry-after": "0"}),
        httpx2.ConnectError("refused"),
        json_response(200, {}),
    )
    with _client(api, header=None) as client:
        assert client.post("/paid", json={"x": 1}).status_code == 200
    assert api.count("POST", "/paid") == 3


def test_streamed_body_gets_a_single_attempt() -> None:
    """A generator body cannot be replayed, so it is not retried (the error surfaces instead)."""
    attempts: list[bytes] = []

    class NetworkLike(httpx2.BaseTransport):
        # Consumes the stream as a socket would; MockTransport would cache it on the request first.
        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            attempts.append(b"".join(request.stream))  # type: ignore[arg-type]
            return httpx2.Response(503)

    def chunks():  # type: ignore[no-untyped-def]
        yield b"part"

    transport = RetryTransport(NetworkLike(), max_retries=3, sleep=lambda s: None)
    with httpx2.Client(transport=transport) as client:
        assert client.put("https://api.test/upload", content=chunks()).status_code == 503
    assert attempts == [b"part"]


def test_async_transport_has_the_same_policy(api: FakeAPI) -> None:
    """The async twin retries GETs and refuses to re-send an unprotected POST after a 502."""
    api.add("GET", "/thing", httpx2.ReadTimeout("slow"), json_response(200, {"ok": 1}))
    api.add("POST", "/paid", json_response(502, {}))
    delays: list[float] = []

    async def sleep(seconds: float) -> None:
        delays.append(seconds)

    async def scenario() -> None:
        transport = AsyncRetryTransport(httpx2.MockTransport(api), max_retries=2, sleep=sleep, rng=random.Random(1))
        async with httpx2.AsyncClient(base_url="https://api.test", transport=transport) as client:
            assert (await client.get("/thing")).json() == {"ok": 1}
            with pytest.raises(dubkit.OutcomeUnknownError):
                await client.post("/paid", json={})

    asyncio.run(scenario())
    assert len(delays) == 1
    assert api.count("POST", "/paid") == 1
