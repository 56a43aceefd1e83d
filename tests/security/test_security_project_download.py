"""A hostile API and file host against the Dubbing Project target download, the byte cap and the list prefetch.

``client.dubbing.project.language.download``/``iter_bytes`` read the target's signed output URL from the API
and fetch it from whatever host it names. Here both the API and that host are one ``httpx2.MockTransport``
handler that lies as a test asks: foreign schemes, userinfo, redirects back to the API origin, a resume
answered with another version of the file, a completed target with no URL. The byte cap (``max_bytes``) is
attacked on a resumed download, and ``with_raw_response.list()``'s prefetched first page with looping cursors.
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from client_calls import invoke, open_client
from dubkit import AsyncElevenLabs, DownloadError, ElevenLabs, PermissionDeniedError, ResponseValidationError
from dubkit._downloads import download_to_path, iter_download
from dubkit._pages import MAX_EMPTY_PAGES
from security_flows import FLOWS, Session
from security_surface import exception_texts

KEY = "sk_SECRET_" + "k" * 24
API = "https://api.test"
LANGUAGE = "/v1/dubbing/project/p1/language/l1"
SIGNATURE = "X-Amz-Signature=s3cr3tsig"
FILE_URL = f"https://files.example/out/es.wav?{SIGNATURE}&Expires=1"
DATA = bytes(range(256)) * 40  # 10,240 bytes

Handler = Callable[[httpx2.Request], httpx2.Response]


def _target(url: str | None, status: str = "completed") -> dict[str, Any]:
    return {
        "language_id": "l1",
        "project_id": "p1",
        "target_language": "es",
        "status": status,
        "revision": 1,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "outputs": {"lossless_audio": url},
    }


class Seen(httpx2.Request):
    """A request as it arrived (dubkit's transport takes the key off the original once it is sent)."""

    def __init__(self, request: httpx2.Request) -> None:
        super().__init__(request.method, request.url, headers=dict(request.headers))


class Hostile:
    """The API (a completed target whose output URL is ``url``) and every other host (``files``)."""

    def __init__(self, url: str | None, files: Handler | None = None, status: str = "completed") -> None:
        self.url, self.status = url, status
        self.files = files or (lambda request: httpx2.Response(200, content=DATA))
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(Seen(request))
        if request.url.host == "api.test" and request.url.path == LANGUAGE:
            return httpx2.Response(200, json=_target(self.url, self.status))
        return self.files(request)

    def elsewhere(self) -> list[httpx2.Request]:
        """The requests to anything but the target's API endpoint."""
        return [r for r in self.requests if r.url.path != LANGUAGE]


def download(server: Hostile, destination: Any, mode: str = "sync", **kwargs: Any) -> Any:
    """Run ``language.download`` through ``server`` with a sync or async client."""
    transport = httpx2.MockTransport(server)
    if mode == "sync":
        with ElevenLabs(api_key=KEY, base_url=API, http_client=httpx2.Client(transport=transport)) as client:
            return client.dubbing.project.language.download("p1", "l1", destination, **kwargs)

    async def main() -> Any:
        http = httpx2.AsyncClient(transport=transport)
        async with AsyncElevenLabs(api_key=KEY, base_url=API, http_client=http) as client:
            return await client.dubbing.project.language.download("p1", "l1", destination, **kwargs)

    return asyncio.run(main())


def iterate(server: Hostile, mode: str = "sync") -> bytes:
    """Run ``language.iter_bytes`` through ``server``; return every byte."""
    transport = httpx2.MockTransport(server)
    if mode == "sync":
        with ElevenLabs(api_key=KEY, base_url=API, http_client=httpx2.Client(transport=transport)) as client:
            return b"".join(client.dubbing.project.language.iter_bytes("p1", "l1"))

    async def main() -> bytes:
        http = httpx2.AsyncClient(transport=transport)
        async with AsyncElevenLabs(api_key=KEY, base_url=API, http_client=http) as client:
            return b"".join([chunk async for chunk in client.dubbing.project.language.iter_bytes("p1", "l1")])

    return asyncio.run(main())


MODES = ["sync", "async"]


# ---- 1. the output URL the API names ------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "url",
    [
        f"file:///etc/passwd?{SIGNATURE}",
        f"ftp://files.example/es.wav?{SIGNATURE}",
        f"data:audio/wav;base64,AAAA?{SIGNATURE}",
        f"/relative/es.wav?{SIGNATURE}",
        f"https:///es.wav?{SIGNATURE}",
    ],
)
def test_an_output_url_that_is_not_http_is_refused_without_showing_its_signature(
    url: str, mode: str, tmp_path: Path
) -> None:
    """A target's URL of another scheme (or none) is refused before any request; the message hides its query."""
    server = Hostile(url)
    with pytest.raises(ValueError, match="absolute http") as caught:
        download(server, tmp_path / "es.wav", mode)
    assert server.elsewhere() == []
    assert "s3cr3tsig" not in exception_texts(caught.value)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError, match="absolute http") as streamed:
        iterate(server, mode)
    assert "s3cr3tsig" not in exception_texts(streamed.value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("url", [None, ""])
def test_a_completed_target_without_a_url_fetches_nothing(url: str | None, mode: str, tmp_path: Path) -> None:
    """A target the API calls completed but whose output URL is missing or empty: ValueError saying so, no request.

    (It said "no output yet ... wait for it", which a completed target's caller cannot act on.)
    """
    server = Hostile(url)
    with pytest.raises(ValueError, match="is completed, but the API gave no output URL"):
        download(server, tmp_path / "es.wav", mode, wait=True)
    with pytest.raises(ValueError, match="is completed, but the API gave no output URL"):
        iterate(server, mode)
    assert server.elsewhere() == []
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError, match=r"has no output yet \(status processing\); wait for it"):
        download(Hostile(None, status="processing"), tmp_path / "es.wav", mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "url",
    [
        f"{API}/v1/out/es.wav?{SIGNATURE}",  # the API origin itself
        f"https://files.example/out/es.wav?{SIGNATURE}",  # redirected to the API origin (below)
    ],
)
def test_the_key_never_goes_with_the_output_file(url: str, mode: str, tmp_path: Path) -> None:
    """Neither a URL on the API origin nor a file host redirecting there gets the key: the file client has none."""

    def files(request: httpx2.Request) -> httpx2.Response:
        if request.url.host == "files.example":
            return httpx2.Response(302, headers={"location": f"{API}/v1/out/es.wav?{SIGNATURE}"})
        return httpx2.Response(200, content=DATA)

    server = Hostile(url, files)
    assert download(server, tmp_path / "es.wav", mode).read_bytes() == DATA
    assert iterate(server, mode) == DATA
    fetched = server.elsewhere()
    assert [r.url.host for r in fetched].count("api.test") == 2
    assert not [r for r in fetched if "xi-api-key" in r.headers or "authorization" in r.headers]
    # The API calls themselves did carry it (the test would prove nothing otherwise).
    assert all(r.headers.get("xi-api-key") == KEY for r in server.requests if r.url.path == LANGUAGE)


@pytest.mark.parametrize("mode", MODES)
def test_userinfo_and_a_signature_stay_out_of_a_file_host_error(mode: str, tmp_path: Path) -> None:
    """A file host refusing a URL that carries userinfo and a signature: the typed error shows neither."""
    server = Hostile(f"https://user:pa55word@files.example/es.wav?{SIGNATURE}", lambda r: httpx2.Response(403))
    with pytest.raises(PermissionDeniedError) as caught:
        download(server, tmp_path / "es.wav", mode)
    texts = exception_texts(caught.value)
    assert "s3cr3tsig" not in texts
    assert "pa55word" not in texts
    assert list(tmp_path.iterdir()) == []


# ---- 2. a resume answered with another version of the file ------------------------------------------------


class Versions:
    """A file host whose first answer (version 1) drops after ``drop`` bytes; a resume gets version 2's range.

    It ignores ``If-Range`` (some hosts do), so only the 206's own ETag tells the versions apart.
    """

    def __init__(self, *, drop: int = 4000, new_etag: str | None = '"v2"', ranges: bool = True) -> None:
        self.drop = drop
        self.new_etag = new_etag
        self.ranges = ranges
        self.v2 = bytes(reversed(DATA))  # same size: a re-rendered WAV of the same duration
        self.seen: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.seen.append(request)
        if "range" not in request.headers:
            headers = {"content-length": str(len(DATA)), "etag": '"v1"', "accept-ranges": "bytes"}
            body = _Dropping(DATA[: self.drop])
            return httpx2.Response(200, headers=headers, stream=body)
        start = int(request.headers["range"].removeprefix("bytes=").removesuffix("-"))
        headers = {
            "content-length": str(len(self.v2) - start),
            "content-range": f"bytes {start}-{len(self.v2) - 1}/{len(self.v2)}",
        }
        if self.new_etag:
            headers["etag"] = self.new_etag
        return httpx2.Response(206, headers=headers, content=self.v2[start:])


class _Dropping(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    def __init__(self, data: bytes) -> None:
        self.data = data

    def __iter__(self) -> Iterator[bytes]:
        yield self.data
        raise httpx2.ReadError("connection dropped")

    async def __aiter__(self) -> Any:
        yield self.data
        raise httpx2.ReadError("connection dropped")


@pytest.mark.parametrize("mode", MODES)
def test_a_resume_that_gets_another_version_never_splices_it(mode: str, tmp_path: Path) -> None:
    """A 206 whose ETag is not the first answer's is another file: the download fails rather than mix them."""
    files = Versions()
    with pytest.raises(DownloadError, match="changed on the server"):
        download(Hostile(FILE_URL, files), tmp_path / "es.wav", mode)
    assert files.seen[1].headers["if-range"] == '"v1"'
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(DownloadError, match="changed on the server"):
        iterate(Hostile(FILE_URL, Versions()), mode)


@pytest.mark.parametrize("new_etag", ['"v1"', None])
def test_a_resume_with_the_same_or_no_etag_is_appended(new_etag: str | None, tmp_path: Path) -> None:
    """The check above refuses only a different ETag: the same one (or none, as RFC 9110 allows) resumes."""
    files = Versions(new_etag=new_etag)
    files.v2 = DATA
    assert download(Hostile(FILE_URL, files), tmp_path / "es.wav").read_bytes() == DATA
    assert len(files.seen) == 2


# ---- 3. max_bytes across a resume ------------------------------------------------------------------------


def test_max_bytes_counts_the_bytes_of_every_attempt(tmp_path: Path) -> None:
    """A chunked answer (no length) dropped, then resumed with an open-ended 206: the cap holds over both."""

    def files(request: httpx2.Request) -> httpx2.Response:
        if "range" not in request.headers:
            headers = {"transfer-encoding": "chunked", "accept-ranges": "bytes", "etag": '"v1"'}
            return httpx2.Response(200, headers=headers, stream=_Dropping(DATA[:3000]))
        start = int(request.headers["range"].removeprefix("bytes=").removesuffix("-"))
        headers = {"transfer-encoding": "chunked", "content-range": f"bytes {start}-{len(DATA) - 1}/*"}
        return httpx2.Response(206, headers=headers, content=DATA[start:])

    server = Hostile(FILE_URL, files)
    with pytest.raises(DownloadError, match="max_bytes=5000") as caught:
        download(server, tmp_path / "es.wav", max_bytes=5000)
    assert caught.value.received > 5000
    assert [r.headers.get("range") for r in server.elsewhere()] == [None, "bytes=3000-"]
    assert list(tmp_path.iterdir()) == []
    assert download(server, tmp_path / "ok.wav", max_bytes=len(DATA)).read_bytes() == DATA


def test_a_resume_announcing_a_total_over_the_cap_stops_before_its_body() -> None:
    """A 206 whose Content-Range total exceeds max_bytes is refused on its headers (nothing more is read)."""
    served: list[int] = []

    def files(request: httpx2.Request) -> httpx2.Response:
        if "range" not in request.headers:
            headers = {"transfer-encoding": "chunked", "accept-ranges": "bytes"}
            return httpx2.Response(200, headers=headers, stream=_Dropping(DATA[:100]))
        served.append(1)
        return httpx2.Response(206, headers={"content-range": "bytes 100-999999/1000000"}, content=b"y" * 10)

    with httpx2.Client(transport=httpx2.MockTransport(files)) as http:
        with pytest.raises(DownloadError, match="max_bytes=1000") as caught:
            b"".join(iter_download(http, FILE_URL, max_bytes=1000))
        assert caught.value.received == 100
        with pytest.raises(DownloadError, match="max_bytes=1000"):
            download_to_path(http, FILE_URL, io.BytesIO(), max_bytes=1000)
    assert served == [1, 1]


# ---- 4. the list prefetch of with_raw_response ------------------------------------------------------------


def _listing(cursor: str | None, items: int = 1) -> dict[str, Any]:
    return {
        "projects": [
            {
                "project_id": f"p{i}",
                "status": "ready",
                "revision": 1,
                "created_at": "2026-01-01T00:00:00Z",
                "updated_at": "2026-01-01T00:00:00Z",
            }
            for i in range(items)
        ],
        "has_more": True,
        "next_cursor": cursor,
    }


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["loop", "empty"])
def test_a_prefetched_list_is_bounded_like_a_plain_one(kind: str, mode: str) -> None:
    """with_raw_response.list(): a cursor that comes back, or endless empty pages, stops as plain iteration does."""
    asked: list[str | None] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        cursor = request.url.params.get("cursor")
        asked.append(cursor)
        if kind == "loop":  # page 1 -> A -> B -> A ...
            return httpx2.Response(200, json=_listing({None: "A", "A": "B", "B": "A"}[cursor]))
        return httpx2.Response(200, json=_listing(f"c{len(asked)}", items=0))

    transport = httpx2.MockTransport(handler)
    expected = "cursor 'A' again" if kind == "loop" else "empty pages in a row"
    if mode == "sync":
        with ElevenLabs(api_key=KEY, base_url=API, http_client=httpx2.Client(transport=transport)) as client:
            raw = client.dubbing.project.with_raw_response.list()
            assert raw.status_code == 200
            with pytest.raises(ResponseValidationError, match=expected):
                list(raw.parse())
    else:

        async def main() -> None:
            http = httpx2.AsyncClient(transport=transport)
            async with AsyncElevenLabs(api_key=KEY, base_url=API, http_client=http) as client:
                raw = await client.dubbing.project.with_raw_response.list()
                with pytest.raises(ResponseValidationError, match=expected):
                    [p async for p in raw.parse()]

        asyncio.run(main())
    # The prefetched first page counts in the trail: the loop is caught at the first repeat, the empty run at the cap.
    assert asked == ([None, "A", "B"] if kind == "loop" else [None] + [f"c{i}" for i in range(1, MAX_EMPTY_PAGES)])


# ---- 5. max_bytes on every download, however the file host frames the body ---------------------------------

CAP = 64
"""Smaller than every file the simulator serves."""


class _Chunks(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A body in pieces, optionally cut (a dropped connection) after ``cut`` bytes."""

    def __init__(self, body: bytes, cut: int | None = None) -> None:
        self.body, self.cut = body, cut

    def _pieces(self) -> Iterator[bytes]:
        end = len(self.body) if self.cut is None else self.cut
        yield from (self.body[i : i + 16] for i in range(0, end, 16))

    def __iter__(self) -> Iterator[bytes]:
        yield from self._pieces()
        if self.cut is not None:
            raise httpx2.ReadError("connection dropped")

    async def __aiter__(self) -> Any:
        for piece in self._pieces():
            yield piece
        if self.cut is not None:
            raise httpx2.ReadError("connection dropped")


class Reframed(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """The simulator, with every download's body (a request asking for identity encoding) reframed.

    ``chunked``: no Content-Length. ``dropped``: chunked, and a first attempt cut after 16 bytes so the rest
    comes as a resumed range (a Content-Length that lies is the length check's, in ``tests/dubkit/test_downloads``).
    """

    def __init__(self, sim: Any, framing: str) -> None:
        self._sync, self._async, self.framing = sim.transport(), sim.async_transport(), framing
        self.reframed = 0
        self.resumed = 0

    def _reframe(self, request: httpx2.Request, response: httpx2.Response, body: bytes) -> httpx2.Response:
        headers = {k: v for k, v in response.headers.items() if k.lower() not in {"content-length", "etag"}}
        headers["transfer-encoding"] = "chunked"
        cut = None
        self.resumed += response.status_code == 206
        if self.framing == "dropped" and "range" not in request.headers:
            headers["accept-ranges"] = "bytes"
            cut = 16
        self.reframed += 1
        return httpx2.Response(response.status_code, headers=headers, stream=_Chunks(body, cut))

    @staticmethod
    def _is_download(request: httpx2.Request, response: httpx2.Response) -> bool:
        return request.headers.get("accept-encoding") == "identity" and response.status_code in {200, 206}

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send to the simulator; reframe a download's answer."""
        response = self._sync.handle_request(request)
        if not self._is_download(request, response):
            return response
        return self._reframe(request, response, response.read())

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send to the simulator; reframe a download's answer."""
        response = await self._async.handle_async_request(request)
        if not self._is_download(request, response):
            return response
        return self._reframe(request, response, await response.aread())


class CappedSession(Session):
    """Calls each ``download*`` method first with ``max_bytes=CAP`` (which must refuse it), then as the flow asks."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.capped: dict[str, str] = {}

    def call(self, target: str, /, **kwargs: Any) -> Any:
        if target.rsplit(".", 1)[-1].startswith("download"):
            path = kwargs.get("path")
            try:
                invoke(self.provider, self.mode, target, {**kwargs, "max_bytes": CAP}, self.client)
            except DownloadError as error:
                self.capped[target] = str(error)
            else:
                self.capped[target] = "NOT REFUSED"
            assert path is None or not Path(path).exists(), f"{target} left a file behind"
        return super().call(target, **kwargs)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("framing", ["chunked", "dropped"])
@pytest.mark.parametrize("provider", ["elevenlabs", "dubformer"])
def test_every_download_keeps_max_bytes_however_the_body_is_framed(
    provider: str, framing: str, mode: str, dubkit_sim_sleep: Any, tmp_path: Path
) -> None:
    """No Content-Length, or a drop resumed with Range: every download* method still refuses past max_bytes.

    The uncapped call that follows each capped one must then succeed (a resume after a drop included).
    """
    transport = Reframed(dubkit_sim_sleep, framing)
    with open_client(provider, mode, transport) as client:
        session = CappedSession(provider, mode, client, tmp_path)
        FLOWS[provider](session)
    names = {name.rsplit(".", 1)[-1] for name in session.capped}
    assert names >= ({"download"} if provider == "dubformer" else {"download", "download_render", "download_archive"})
    assert (transport.resumed > 0) == (framing == "dropped")
    refused = {name: text for name, text in session.capped.items() if f"max_bytes={CAP}" not in text}
    assert refused == {}, f"max_bytes not enforced: {refused}"


@pytest.mark.parametrize("mode", MODES)
def test_a_redirected_dropped_resumed_download_logs_no_signature(
    mode: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Redirected to a second signed URL, dropped, resumed, then refused as changed: no dubkit log or error has a query.

    (httpx2's own logger prints full URLs at INFO; docs/guide/configuration.md tells users to leave it off.)
    """
    versions = Versions()

    def files(request: httpx2.Request) -> httpx2.Response:
        if request.url.host == "files.example":
            return httpx2.Response(307, headers={"location": "https://cdn.example/es.wav?Signature=0therS1g"})
        return versions(request)

    caplog.set_level(logging.DEBUG, logger="dubkit")
    with pytest.raises(DownloadError, match="changed on the server") as caught:
        download(Hostile(FILE_URL, files), tmp_path / "es.wav", mode)
    assert [r.url.host for r in versions.seen] == ["cdn.example", "cdn.example"]
    shown = exception_texts(caught.value) + "\n".join(r.getMessage() for r in caplog.records if r.name == "dubkit")
    assert "lost after 4000 bytes" in shown
    assert not [secret for secret in ("s3cr3tsig", "0therS1g", KEY) if secret in shown]
