"""Every dubkit error travels through pickle whole, and none carries a credential anywhere reachable from it.

Each class of the family is built the way dubkit builds it, from a request that carries the API key in its
headers and a signature in its URL; then the pickle, the attributes (request, response, their headers), and
the ``__cause__``/``__context__`` chain of errors raised by real calls against loopback are searched.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import pickle
import socket
from collections.abc import Callable, Iterator
from typing import Any

import dubkit
import httpx2
import pytest
from dubkit import DubkitError, ElevenLabs
from dubkit._errors import error_for_response
from dubkit_elevenlabs.models import DoDubbingResponseModel
from hostile_server import Received, answer, hostile

SECRET = "sk-pickle-secret-key-9876543210"
SIGNATURE = "sig-5ec4e7-5ec4e7-5ec4e7"
URL = f"https://api.elevenlabs.io/v1/dubbing/dub1?X-Amz-Signature={SIGNATURE}"


def _request() -> httpx2.Request:
    return httpx2.Request(
        "GET", URL, headers={"xi-api-key": SECRET, "Authorization": f"Bearer {SECRET}", "Cookie": SECRET}
    )


def _status(status: int) -> Callable[[], DubkitError]:
    def make() -> DubkitError:
        body = {"detail": {"status": "x", "message": "refused"}}
        headers = {"set-cookie": f"session={SECRET}", "request-id": "r1"}
        return error_for_response(httpx2.Response(status, json=body, headers=headers, request=_request()))

    return make


FACTORIES: dict[str, Callable[[], DubkitError]] = {
    "DubkitError": lambda: DubkitError("plain"),
    "MissingAPIKeyError": lambda: dubkit.MissingAPIKeyError("ElevenLabs", "ELEVENLABS_API_KEY"),
    "InvalidRequestError": lambda: dubkit.InvalidRequestError("the request cannot be sent: URL too long"),
    "UploadError": lambda: dubkit.UploadError("file grew while it was uploaded", field="file"),
    "APIConnectionError": lambda: dubkit.APIConnectionError("GET failed", request=_request()),
    "APITimeoutError": lambda: dubkit.APITimeoutError("GET timed out", request=_request()),
    "TooManyRedirectsError": lambda: dubkit.TooManyRedirectsError("loop", request=_request()),
    "OutcomeUnknownError": lambda: dubkit.OutcomeUnknownError("POST", URL, "ReadError", "list your jobs"),
    "APIStatusError": _status(418),
    "BadRequestError": _status(400),
    "AuthenticationError": _status(401),
    "PaymentRequiredError": _status(402),
    "PermissionDeniedError": _status(403),
    "NotFoundError": _status(404),
    "ConflictError": _status(409),
    "UnprocessableEntityError": _status(422),
    "TooEarlyError": _status(425),
    "RateLimitError": _status(429),
    "InternalServerError": _status(503),
    "ResponseValidationError": lambda: dubkit.ResponseValidationError("bad", raw_body=b"{}", status_code=200),
    "ResponseTooLargeError": lambda: dubkit.ResponseTooLargeError("GET", URL, status_code=200, limit=10),
    "DownloadError": lambda: dubkit.DownloadError("cut short", url="https://cdn/x", received=1, expected=2),
    "DubbingFailedError": lambda: dubkit.DubbingFailedError(
        "dub1", "boom", DoDubbingResponseModel(dubbing_id="dub1", expected_duration_sec=1.0)
    ),
    "WaitTimeoutError": lambda: dubkit.WaitTimeoutError("dub1", 5.0, "dubbing", None),
}


def _family() -> list[str]:
    return sorted(
        name
        for name in dubkit.__all__
        if isinstance(getattr(dubkit, name), type) and issubclass(getattr(dubkit, name), DubkitError)
    )


def reachable(value: Any, seen: set[int] | None = None) -> Iterator[str]:
    """Yield the text of everything reachable from an error: message, attributes, headers, URLs, causes."""
    seen = set() if seen is None else seen
    if id(value) in seen or value is None:
        return
    seen.add(id(value))
    if isinstance(value, httpx2.Request):
        yield str(value.url)
        yield from (f"{k}: {v}" for k, v in value.headers.multi_items())
        return
    if isinstance(value, httpx2.Response):
        yield from (f"{k}: {v}" for k, v in value.headers.multi_items())
        yield value.content.decode("latin-1")
        if value._request is not None:
            yield from reachable(value.request, seen)
        return
    if isinstance(value, BaseException):
        yield str(value)
        yield repr(value)
        for link in (value.__cause__, value.__context__):
            yield from reachable(link, seen)
        request = getattr(value, "_request", None)  # an httpx error's request
        yield from reachable(request, seen)
        for attribute in vars(value).values():
            yield from reachable(attribute, seen)
        return
    if isinstance(value, str | bytes | int | float | tuple | list | dict):
        yield repr(value)


def test_every_error_class_has_a_factory() -> None:
    """The table covers the whole family: a new error class must be added here to be tested."""
    assert sorted(FACTORIES) == _family()


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_an_error_round_trips_through_pickle_without_credentials(name: str) -> None:
    """Pickled, the error holds neither the key nor the signature; unpickled, it is the same error."""
    error = FACTORIES[name]()
    assert type(error).__name__ == name
    data = pickle.dumps(error)
    for secret in (SECRET, SIGNATURE):
        assert secret.encode() not in data
        assert not [text for text in reachable(error) if secret in text]
    copy = pickle.loads(data)  # noqa: S301 - our own bytes
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert sorted(vars(copy)) == sorted(vars(error))
    for key, value in vars(error).items():
        if isinstance(value, httpx2.Response):
            assert (copy.response.status_code, copy.response.content) == (value.status_code, value.content)
            assert str(copy.response.request.url) == str(value.request.url)
        elif isinstance(value, httpx2.Request):
            assert str(getattr(copy, key).url) == str(value.url)
        else:
            assert getattr(copy, key) == value


def _gone(conn: socket.socket, request: Received, number: int) -> None:
    conn.sendall(answer(404, b'{"detail": "no such dub"}', {"content-type": "application/json"}))


def _raise_not_found(base_url: str) -> None:
    with ElevenLabs(api_key=SECRET, base_url=base_url, max_retries=0) as client:
        client.dubbing.get("dub1")


def test_an_error_raised_in_a_worker_process_arrives_whole() -> None:
    """A NotFoundError raised in a ProcessPoolExecutor worker reaches the parent as itself, not BrokenProcessPool."""
    context = multiprocessing.get_context("fork")
    with (
        hostile(_gone) as server,
        concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool,
        pytest.raises(dubkit.NotFoundError) as caught,
    ):
        pool.submit(_raise_not_found, server.url).result(timeout=60)
    assert caught.value.status_code == 404
    assert caught.value.body == {"detail": "no such dub"}


def _drop(conn: socket.socket, request: Received, number: int) -> None:
    """Read the request and close without an answer."""


def test_errors_of_real_failures_reach_no_credential() -> None:
    """Refused, dropped and 404 calls raise errors from which no key or signature is reachable, chain included."""
    closed = socket.create_server(("127.0.0.1", 0))
    refused_url = f"http://127.0.0.1:{closed.getsockname()[1]}"
    closed.close()
    caught: list[BaseException] = []
    with hostile(_drop) as dropping, hostile(_gone) as missing:
        attempts: list[tuple[str, Callable[[ElevenLabs], Any]]] = [
            (refused_url, lambda c: c.dubbing.get("dub1")),
            (dropping.url, lambda c: c.dubbing.create(source_url="https://example.com/a.mp4", target_lang="es")),
            (missing.url, lambda c: c.dubbing.get("dub1")),
            (missing.url, lambda c: c.downloads_http.get(f"{refused_url}/out.mp4?X-Amz-Signature={SIGNATURE}")),
        ]
        for base_url, call in attempts:
            with ElevenLabs(api_key=SECRET, base_url=base_url, max_retries=0) as client:
                try:
                    call(client)
                except DubkitError as error:
                    caught.append(error)
    assert [type(e).__name__ for e in caught] == [
        "APIConnectionError",
        "OutcomeUnknownError",
        "NotFoundError",
        "APIConnectionError",
    ]
    for error in caught:
        assert error.__cause__ is not None or isinstance(error, dubkit.APIStatusError)
        texts = list(reachable(error))
        assert not [t for t in texts if SECRET in t or SIGNATURE in t], type(error).__name__
        assert SECRET.encode() not in pickle.dumps(error)


def _cut_short(conn: socket.socket, request: Received, number: int) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n" + b"x" * 10)


def test_a_sent_request_no_longer_holds_the_key() -> None:
    """The key reaches the server, but not the request object left behind in a response or an httpx error."""
    with (
        hostile(_cut_short) as server,
        ElevenLabs(api_key=SECRET, base_url=server.url) as client,
        client.stream_http.stream("GET", "/v1/dubbing/dub1/audio/es") as response,
    ):
        assert "xi-api-key" not in response.request.headers
        with pytest.raises(httpx2.RemoteProtocolError) as caught:
            response.read()
    assert server.requests[0].headers["xi-api-key"] == SECRET
    assert not [text for text in reachable(caught.value) if SECRET in text]
