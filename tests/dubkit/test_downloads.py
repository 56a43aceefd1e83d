"""Tests of dubkit._downloads: streamed, atomic, length-checked, resumable downloads."""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
import random
import tracemalloc

import httpx2
import pytest
from dubkit._downloads import adownload_to_path, aiter_download, download_to_path, iter_download
from dubkit._errors import DownloadError, NotFoundError

URL = "https://cdn.example/out/dub.mp4?X-Signature=s3cr3t&Expires=1"
SECRET = "s3cr3t"
DATA = random.Random(7).randbytes(100_000)


class Body(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A response body served in chunks that can end by raising, like a dropped connection."""

    def __init__(self, chunks, error=None):
        self.chunks = list(chunks)
        self.error = error

    def __iter__(self):
        yield from self.chunks
        if self.error is not None:
            raise self.error

    async def __aiter__(self):
        for chunk in self.chunks:
            yield chunk
        if self.error is not None:
            raise self.error


def split(data, size=7_000):
    return [data[i : i + size] for i in range(0, len(data), size)]


class Server:
    """Serves DATA, honouring Range; the n-th response drops after drops[n] bytes if given."""

    def __init__(self, data=DATA, *, ranges=True, drops=(), ignore_range=False, etag='"v1"'):
        self.data = data
        self.ranges = ranges
        self.drops = list(drops)
        self.ignore_range = ignore_range
        self.etag = etag
        self.requests = []

    def __call__(self, request):
        attempt = len(self.requests)
        self.requests.append(request)
        start = 0
        if "range" in request.headers and not self.ignore_range:
            start = int(request.headers["range"].removeprefix("bytes=").removesuffix("-"))
        body = self.data[start:]
        headers = {"content-length": str(len(body))}
        if self.ranges:
            headers["accept-ranges"] = "bytes"
        if self.etag:
            headers["etag"] = self.etag
        status = 200
        if start:
            status = 206
            headers["content-range"] = f"bytes {start}-{len(self.data) - 1}/{len(self.data)}"
        drop = self.drops[attempt] if attempt < len(self.drops) else None
        if drop is None:
            return httpx2.Response(status, headers=headers, stream=Body(split(body)))
        error = httpx2.ReadError("connection dropped")
        return httpx2.Response(status, headers=headers, stream=Body(split(body[:drop]), error))


def run(handler, destination, url=URL, **kwargs):
    with httpx2.Client(transport=httpx2.MockTransport(handler)) as client:
        return download_to_path(client, url, destination, **kwargs)


def arun(handler, destination, url=URL, **kwargs):
    async def main():
        async with httpx2.AsyncClient(transport=httpx2.MockTransport(handler)) as client:
            return await adownload_to_path(client, url, destination, **kwargs)

    return asyncio.run(main())


def test_multi_chunk_download_is_byte_identical(tmp_path):
    """A body served in many chunks lands byte for byte at the destination, and nothing else is left."""
    server = Server()
    result = run(server, tmp_path / "dub.mp4", chunk_size=4096)
    assert result == (tmp_path / "dub.mp4").resolve()
    assert result.read_bytes() == DATA
    assert list(tmp_path.iterdir()) == [result]
    (request,) = server.requests
    assert request.headers["accept-encoding"] == "identity"
    assert "authorization" not in request.headers
    assert "range" not in request.headers


def test_missing_parent_directories_are_created(tmp_path):
    """A destination in directories that do not exist yet is written after creating them."""
    result = run(Server(), str(tmp_path / "a" / "b" / "dub.mp4"))
    assert result.read_bytes() == DATA


def test_large_body_streams_in_bounded_memory(tmp_path):
    """A 50 MB body is written while Python never holds more than a few MB of it."""
    chunk, count = 1 << 16, 800  # 50 MiB

    def chunks():
        for i in range(count):
            yield bytes([i % 256]) * chunk

    def handler(request):
        headers = {"content-length": str(chunk * count)}
        return httpx2.Response(200, headers=headers, content=chunks())

    tracemalloc.start()
    try:
        result = run(handler, tmp_path / "big.bin")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024
    expected, actual = hashlib.sha256(), hashlib.sha256()
    for block in chunks():
        expected.update(block)
    with result.open("rb") as f:
        while block := f.read(1 << 20):
            actual.update(block)
    assert result.stat().st_size == chunk * count
    assert actual.digest() == expected.digest()


def test_short_body_raises_and_leaves_nothing(tmp_path):
    """A body shorter than its Content-Length raises DownloadError saying received vs expected."""

    def handler(request):
        return httpx2.Response(200, headers={"content-length": "1000"}, stream=Body([b"x" * 600]))

    with pytest.raises(DownloadError, match="received 600 of 1000 bytes") as info:
        run(handler, tmp_path / "dub.mp4")
    assert (info.value.received, info.value.expected) == (600, 1000)
    assert list(tmp_path.iterdir()) == []


def test_long_body_raises_and_leaves_nothing(tmp_path):
    """A body longer than its Content-Length raises DownloadError and writes nothing."""

    def handler(request):
        return httpx2.Response(200, headers={"content-length": "10"}, stream=Body([b"x" * 8, b"x" * 8]))

    with pytest.raises(DownloadError, match="more bytes than it announced"):
        run(handler, tmp_path / "dub.mp4", chunk_size=8)
    assert list(tmp_path.iterdir()) == []


def test_drop_with_ranges_resumes_at_the_received_byte(tmp_path):
    """A drop mid-body is resumed with Range (and If-Range) from the bytes received; the file is intact."""
    server = Server(drops=[30_000])
    result = run(server, tmp_path / "dub.mp4", chunk_size=1000)
    assert result.read_bytes() == DATA
    assert [r.headers.get("range") for r in server.requests] == [None, "bytes=30000-"]
    assert server.requests[1].headers["if-range"] == '"v1"'
    assert list(tmp_path.iterdir()) == [result]


def test_several_drops_within_the_limit_are_resumed(tmp_path):
    """Drops up to max_resumes are each resumed from where the previous attempt stopped."""
    server = Server(drops=[10_000, 20_000, 5_000])
    result = run(server, tmp_path / "dub.mp4", max_resumes=3, chunk_size=1000)
    assert result.read_bytes() == DATA
    ranges = [r.headers.get("range") for r in server.requests]
    assert ranges == [None, "bytes=10000-", "bytes=30000-", "bytes=35000-"]


def test_drop_without_ranges_starts_over(tmp_path):
    """A drop from a server that does not accept ranges is fetched again whole, without a Range header."""
    server = Server(ranges=False, drops=[30_000])
    result = run(server, tmp_path / "dub.mp4", chunk_size=1000)
    assert result.read_bytes() == DATA
    assert [r.headers.get("range") for r in server.requests] == [None, None]


def test_drops_without_ranges_beyond_the_limit_raise_and_leave_nothing(tmp_path):
    """Once max_resumes fresh starts have dropped too, DownloadError is raised, chained to the cause."""
    server = Server(ranges=False, drops=[30_000] * 4)
    with pytest.raises(DownloadError, match="after 3 resumes") as info:
        run(server, tmp_path / "dub.mp4", max_resumes=3)
    assert isinstance(info.value.__cause__, httpx2.ReadError)
    assert len(server.requests) == 4
    assert list(tmp_path.iterdir()) == []


def test_server_ignoring_range_restarts_from_zero(tmp_path):
    """A 200 answer to a Range request truncates what was received and the file is still correct."""
    server = Server(drops=[30_000], ignore_range=True)
    result = run(server, tmp_path / "dub.mp4", chunk_size=1000)
    assert result.read_bytes() == DATA
    assert server.requests[1].headers["range"] == "bytes=30000-"


def test_too_many_drops_raise_and_leave_nothing(tmp_path):
    """After max_resumes resumes, one more drop raises DownloadError and nothing is left."""
    server = Server(drops=[1000, 1000, 1000])
    with pytest.raises(DownloadError, match="after 2 resumes") as info:
        run(server, tmp_path / "dub.mp4", max_resumes=2, chunk_size=100)
    assert info.value.received == 3000
    assert len(server.requests) == 3
    assert list(tmp_path.iterdir()) == []


def test_partial_content_at_the_wrong_offset_raises(tmp_path):
    """A 206 whose Content-Range does not start at the received byte raises instead of splicing."""
    server = Server(drops=[30_000])

    def handler(request):
        response = server(request)
        if response.status_code == 206:
            response.headers["content-range"] = f"bytes 0-{len(DATA) - 1}/{len(DATA)}"
        return response

    with pytest.raises(DownloadError, match="Content-Range"):
        run(handler, tmp_path / "dub.mp4", chunk_size=1000)
    assert list(tmp_path.iterdir()) == []


def test_resume_without_validator_sends_no_if_range(tmp_path):
    """A server that sent no strong ETag or Last-Modified gets a plain Range request on resume."""
    server = Server(drops=[30_000], etag='W/"weak"')
    result = run(server, tmp_path / "dub.mp4", chunk_size=1000)
    assert result.read_bytes() == DATA
    assert server.requests[1].headers["range"] == "bytes=30000-"
    assert "if-range" not in server.requests[1].headers


def test_file_changing_size_between_attempts_raises(tmp_path):
    """A 206 whose total differs from the first Content-Length raises instead of splicing two files."""
    server = Server(drops=[30_000])

    def handler(request):
        response = server(request)
        if response.status_code == 206:
            response.headers["content-range"] = f"bytes 30000-{len(DATA)}/{len(DATA) + 1}"
        return response

    with pytest.raises(DownloadError, match="changed size"):
        run(handler, tmp_path / "dub.mp4", chunk_size=1000)
    assert list(tmp_path.iterdir()) == []


def test_unexpected_success_status_raises(tmp_path):
    """A non-error status other than 200/206 (e.g. 204) raises instead of saving its body."""
    with pytest.raises(DownloadError, match="unexpected HTTP 204"):
        run(lambda request: httpx2.Response(204), tmp_path / "dub.mp4")
    assert list(tmp_path.iterdir()) == []


def test_not_found_raises_typed_error_and_writes_nothing(tmp_path):
    """A 404 raises NotFoundError with the body read, and writes nothing."""

    def handler(request):
        return httpx2.Response(404, json={"error": "not_found", "message": "no such file"})

    with pytest.raises(NotFoundError, match="no such file") as info:
        run(handler, tmp_path / "dub.mp4")
    assert info.value.status_code == 404
    assert list(tmp_path.iterdir()) == []


def test_redirects_are_followed(tmp_path):
    """A redirect to the storage host is followed and the final body is saved."""
    server = Server()

    def handler(request):
        if request.url.host == "api.example":
            return httpx2.Response(302, headers={"location": URL})
        return server(request)

    result = run(handler, tmp_path / "dub.mp4", url="https://api.example/v1/dub/audio")
    assert result.read_bytes() == DATA


def test_encoded_body_is_refused(tmp_path):
    """A body sent with a Content-Encoding despite identity being asked for raises instead of saving it."""

    def handler(request):
        return httpx2.Response(200, headers={"content-encoding": "gzip"}, stream=Body([b"x"]))

    with pytest.raises(DownloadError, match="gzip-encoded"):
        run(handler, tmp_path / "dub.mp4")
    assert list(tmp_path.iterdir()) == []


def test_existing_destination_is_untouched_on_failure_and_replaced_on_success(tmp_path):
    """A file already at the destination survives a failed download and is replaced by a good one."""
    destination = tmp_path / "dub.mp4"
    destination.write_bytes(b"old")
    with pytest.raises(DownloadError):
        run(Server(ranges=False, drops=[500] * 4), destination)
    assert destination.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [destination]
    run(Server(), destination)
    assert destination.read_bytes() == DATA
    assert list(tmp_path.iterdir()) == [destination]


def test_keyboard_interrupt_leaves_nothing(tmp_path):
    """An interrupt mid-body removes the temporary file and leaves the destination as it was."""
    destination = tmp_path / "dub.mp4"
    destination.write_bytes(b"old")

    def handler(request):
        return httpx2.Response(200, headers={"content-length": "5000"}, stream=Body([b"x" * 1000], KeyboardInterrupt()))

    with pytest.raises(KeyboardInterrupt):
        run(handler, destination)
    assert list(tmp_path.iterdir()) == [destination]
    assert destination.read_bytes() == b"old"


def test_query_string_never_appears_in_errors_or_logs(tmp_path, caplog):
    """Signed query strings appear in no error message, DownloadError.url or log record."""
    caplog.set_level(logging.DEBUG, logger="dubkit")
    run(Server(drops=[1000]), tmp_path / "ok.mp4")
    with pytest.raises(DownloadError) as dropped:
        run(Server(ranges=False, drops=[1000] * 4), tmp_path / "dub.mp4")
    with pytest.raises(NotFoundError) as missing:
        run(lambda request: httpx2.Response(404, text="gone"), tmp_path / "dub.mp4")
    assert dropped.value.url == "https://cdn.example/out/dub.mp4"
    texts = [str(dropped.value), dropped.value.url, str(missing.value), caplog.text]
    assert any("(attempt 1 of 3)" in text for text in texts)
    assert all(SECRET not in text and "Expires" not in text for text in texts)


@pytest.mark.parametrize(
    ("url", "destination", "kwargs", "message"),
    [
        ("", "dub.mp4", {}, "url must not be empty"),
        ("ftp://cdn.example/dub.mp4", "dub.mp4", {}, "url must be an absolute http"),
        ("dub.mp4", "dub.mp4", {}, "url must be an absolute http"),
        ("https:///dub.mp4", "dub.mp4", {}, "url must be an absolute http"),
        ("https://[::1/dub.mp4", "dub.mp4", {}, "url is not a valid URL"),
        (URL, ".", {}, "destination must be a file path"),
        (URL, "dub.mp4", {"max_resumes": -1}, "max_resumes"),
        (URL, "dub.mp4", {"chunk_size": 0}, "chunk_size"),
    ],
)
def test_bad_arguments_raise_before_any_request(tmp_path, url, destination, kwargs, message):
    """Invalid arguments raise ValueError naming the argument, and no request is sent."""
    server = Server()
    with pytest.raises(ValueError, match=message):
        run(server, tmp_path / destination, url=url, **kwargs)
    with pytest.raises(ValueError, match=message):
        arun(server, tmp_path / destination, url=url, **kwargs)
    assert server.requests == []
    assert list(tmp_path.iterdir()) == []


def test_async_download_is_byte_identical(tmp_path):
    """The async twin saves a multi-chunk body byte for byte."""
    result = arun(Server(), tmp_path / "dub.mp4", chunk_size=4096)
    assert result == (tmp_path / "dub.mp4").resolve()
    assert result.read_bytes() == DATA
    assert list(tmp_path.iterdir()) == [result]


def test_async_drop_with_ranges_resumes(tmp_path):
    """The async twin resumes a drop with the right Range header and the file is intact."""
    server = Server(drops=[30_000])
    result = arun(server, tmp_path / "dub.mp4", chunk_size=1000)
    assert result.read_bytes() == DATA
    assert [r.headers.get("range") for r in server.requests] == [None, "bytes=30000-"]


def test_async_failures_leave_nothing(tmp_path):
    """The async twin raises DownloadError or NotFoundError and leaves the existing destination alone."""
    destination = tmp_path / "dub.mp4"
    destination.write_bytes(b"old")
    with pytest.raises(DownloadError, match="after 3 resumes"):
        arun(Server(ranges=False, drops=[500] * 4), destination)
    with pytest.raises(NotFoundError):
        arun(lambda request: httpx2.Response(404), destination)
    assert list(tmp_path.iterdir()) == [destination]
    assert destination.read_bytes() == b"old"


def test_async_cancellation_leaves_nothing(tmp_path):
    """Cancelling the async twin mid-body removes the temporary file."""

    class Stalling(httpx2.AsyncByteStream):
        def __init__(self, started):
            self.started = started

        async def __aiter__(self):
            yield b"x" * 1000
            self.started.set()
            await asyncio.Event().wait()
            yield b"never"

    async def main():
        started = asyncio.Event()
        transport = httpx2.MockTransport(
            lambda request: httpx2.Response(200, headers={"transfer-encoding": "chunked"}, stream=Stalling(started))
        )
        async with httpx2.AsyncClient(transport=transport) as client:
            task = asyncio.create_task(adownload_to_path(client, URL, tmp_path / "dub.mp4", chunk_size=100))
            await started.wait()
            assert any(path.suffix == ".part" for path in tmp_path.iterdir())
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())
    assert list(tmp_path.iterdir()) == []


# --- file objects and byte iterators -------------------------------------------------------------------


class Pipe:
    """A write-only, unseekable sink (like a pipe or an object store's upload stream)."""

    def __init__(self):
        self.data = bytearray()
        self.flushed = False

    def write(self, chunk):
        self.data += chunk
        return len(chunk)

    def flush(self):
        self.flushed = True


class Trickle(Pipe):
    """A raw sink that takes at most 1000 bytes per write, as an unbuffered file may."""

    def write(self, chunk):
        taken = bytes(chunk[:1000])
        self.data += taken
        return len(taken)


def _iterate(handler, url=URL, **kwargs):
    with httpx2.Client(transport=httpx2.MockTransport(handler)) as client:
        return b"".join(iter_download(client, url, **kwargs))


def _aiterate(handler, url=URL, **kwargs):
    async def main():
        async with httpx2.AsyncClient(transport=httpx2.MockTransport(handler)) as client:
            return b"".join([chunk async for chunk in aiter_download(client, url, **kwargs)])

    return asyncio.run(main())


@pytest.mark.parametrize("runner", [run, arun])
def test_a_binary_file_object_receives_the_bytes(runner, tmp_path):
    """io.BytesIO gets the whole body, and None is returned (there is no path); no file is written anywhere."""
    sink = io.BytesIO()
    assert runner(Server(), sink) is None
    assert sink.getvalue() == DATA
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("runner", [run, arun])
def test_a_pipe_gets_a_dropped_download_resumed_with_range(runner):
    """An unseekable sink still gets every byte once when the server resumes: the retry asks for the rest."""
    server = Server(drops=[30_000])
    pipe = Pipe()
    runner(server, pipe)
    assert bytes(pipe.data) == DATA
    assert pipe.flushed
    assert server.requests[1].headers["range"] == "bytes=30000-"


@pytest.mark.parametrize("runner", [run, arun])
def test_a_pipe_cannot_start_over_so_the_download_fails(runner):
    """Without ranges the bytes already written to a pipe cannot be taken back: DownloadError, not a doubled file."""
    pipe = Pipe()
    with pytest.raises(DownloadError, match="cannot be taken back"):
        runner(Server(ranges=False, drops=[30_000]), pipe)
    assert len(pipe.data) == 30_000


@pytest.mark.parametrize("runner", [run, arun])
def test_a_seekable_file_object_starts_over_where_it_began(runner):
    """A seekable sink is rewound to where it stood and truncated when the server does not resume."""
    sink = io.BytesIO(b"header:")
    sink.seek(0, io.SEEK_END)
    runner(Server(ranges=False, drops=[30_000]), sink)
    assert sink.getvalue() == b"header:" + DATA


def test_a_short_write_is_completed():
    """A raw sink that takes part of each chunk gets the rest written too."""
    trickle = Trickle()
    run(Server(), trickle)
    assert bytes(trickle.data) == DATA


@pytest.mark.parametrize("iterate", [_iterate, _aiterate])
def test_the_byte_iterator_yields_every_byte_and_resumes(iterate):
    """iter_download yields the body once, resuming a dropped connection with Range."""
    server = Server(drops=[20_000, 50_000])
    assert iterate(server, chunk_size=4096) == DATA
    assert [r.headers.get("range") for r in server.requests] == [None, "bytes=20000-", "bytes=70000-"]


@pytest.mark.parametrize("iterate", [_iterate, _aiterate])
def test_the_byte_iterator_checks_the_length(iterate):
    """A body that ends before its Content-Length fails the iteration instead of ending it quietly."""

    def short(request):
        return httpx2.Response(200, headers={"content-length": str(len(DATA))}, content=DATA[:1000])

    with pytest.raises(DownloadError, match="ended early"):
        iterate(short)


@pytest.mark.parametrize("iterate", [_iterate, _aiterate])
def test_the_byte_iterator_cannot_start_over(iterate):
    """Yielded bytes cannot be taken back: a server without ranges that drops the connection fails the iteration."""
    with pytest.raises(DownloadError, match="cannot be taken back"):
        iterate(Server(ranges=False, drops=[30_000]))


def test_a_destination_that_is_neither_path_nor_file_object_is_refused(tmp_path):
    """An int is refused before any request, naming the argument."""
    server = Server()
    with pytest.raises(TypeError, match="destination"):
        run(server, 42)
    assert server.requests == []
