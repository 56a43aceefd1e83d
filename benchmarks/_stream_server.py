"""A bulk-transfer stand-in for the ElevenLabs API: big downloads and uploads at loopback speed, in constant memory.

Run as a script (``benchmarks/streaming.py`` does this with ``subprocess``); like ``_servers.py`` it prints its
base URL as the first line of stdout, then serves until its stdin is closed:

    python benchmarks/_stream_server.py --size 1073741824

It answers three routes, each checking the ``xi-api-key`` header:

    GET  /v1/dubbing/{id}                a "dubbed" DubbingMetadataResponse
    GET  /v1/dubbing/{id}/audio/{lang}   ``--size`` bytes of audio/mpeg, with Content-Length and ``Range: bytes=N-``
    POST /v1/dubbing                     parses the multipart body as it arrives and answers a DoDubbingResponseModel

Why not the simulator: it would measure itself rather than the client. It does not hold media in memory,
but it computes every 64 KiB of a download as pseudo-random bytes in Python (about 390 MB/s on one core of
the machine this was written on, below what httpx receives over loopback), so a download through it would
be bound by the server and the dubkit/raw ratio would tend to 1 whatever the client costs; and it reads an
upload with Starlette's form parser, which spools the whole file to a temporary file and hashes it, so
every 1 GiB upload would also be a 1 GiB disk write on the server's side. This server sends slices of one
preallocated buffer and only counts and checks what it receives, so the client is always the slower side.

A download's body is chunk after chunk of ``CHUNK`` bytes, each starting with its index (8 bytes, big
endian) followed by the same ``PATTERN`` bytes, so a file that is complete and in order can be checked by
reading a few chunks (``chunk_bytes``). An upload is accepted only if it is a well-formed multipart body
with ``target_lang=es``, ``source_lang=en`` and a ``file`` part of exactly ``--size`` bytes that starts
with ``UPLOAD_HEAD`` and ends with ``UPLOAD_TAIL``; anything else gets a 400 saying what was wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _servers import Receive, Scope, Send

# The server's own modules (uvicorn, python-multipart) are imported where they are used: the benchmark's
# client processes import this module for its constants, and must not count those modules in their RSS.

KEY = "benchmark-key"
CHUNK = 1 << 20
_INDEX = struct.Struct(">Q")
# One megabyte of varied bytes (not zeros, so a hole or a dropped chunk cannot pass for data), built once.
PATTERN = bytes(range(256)) * ((CHUNK - _INDEX.size) // 256) + bytes(range((CHUNK - _INDEX.size) % 256))
UPLOAD_HEAD = b"dubkit streaming benchmark: first bytes of the upload"
UPLOAD_TAIL = b"dubkit streaming benchmark: last bytes of the upload"
UPLOAD_FIELDS = {"target_lang": "es", "source_lang": "en"}
UPLOAD_NAME = "bench.mp4"
UPLOAD_TYPE = "video/mp4"
DUBBING_ID = "bench-dub"

_METADATA = re.compile(r"/v1/dubbing/([^/]+)")
_AUDIO = re.compile(r"/v1/dubbing/([^/]+)/audio/([^/]+)")
_RANGE = re.compile(r"bytes=(\d+)-")
# The largest form field kept: the benchmark's fields are two-letter codes; a bigger one is an error anyway.
_MAX_FIELD = 1024

App = Callable[["Scope", "Receive", "Send"], Awaitable[None]]


def chunk_bytes(index: int, size: int) -> bytes:
    """Return chunk ``index`` of a download of ``size`` bytes, exactly as the server sends it.

    Args:
        index: The chunk's number, from 0.
        size: The whole body's length.

    Returns:
        The chunk (shorter than ``CHUNK`` if it is the last one; empty past the end).
    """
    whole = _INDEX.pack(index) + PATTERN
    return whole[: max(0, min(CHUNK, size - index * CHUNK))]


async def _body(size: int, start: int) -> AsyncIterator[bytes]:
    index, skip = divmod(start, CHUNK)
    while index * CHUNK < size:
        # A new bytes object per chunk (one memcpy): the transport may keep a reference to what it was given.
        yield chunk_bytes(index, size)[skip:]
        index, skip = index + 1, 0


async def _send_json(send: Send, status: int, document: dict[str, Any]) -> None:
    payload = json.dumps(document).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


async def _download(scope: Scope, send: Send, size: int) -> None:
    headers = dict(scope["headers"])
    start, status = 0, 200
    found = _RANGE.fullmatch(headers.get(b"range", b"").decode("latin-1").strip())
    if found:
        start = int(found[1])
        if start >= size:
            unsatisfiable = [(b"content-range", f"bytes */{size}".encode()), (b"content-length", b"0")]
            await send({"type": "http.response.start", "status": 416, "headers": unsatisfiable})
            await send({"type": "http.response.body", "body": b""})
            return
        status = 206
    response_headers = [
        (b"content-type", b"audio/mpeg"),
        (b"content-length", str(size - start).encode()),
        (b"accept-ranges", b"bytes"),
    ]
    if status == 206:  # noqa: PLR2004 - the status code is the clearest name for itself
        response_headers.append((b"content-range", f"bytes {start}-{size - 1}/{size}".encode()))
    await send({"type": "http.response.start", "status": status, "headers": response_headers})
    async for piece in _body(size, start):
        await send({"type": "http.response.body", "body": piece, "more_body": True})
    await send({"type": "http.response.body", "body": b""})


class _Upload:
    """What one multipart body held, gathered as the parser goes (only counts and a few bytes are kept)."""

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.file_parts: list[dict[str, Any]] = []
        self.ended = False
        self._header_field = b""
        self._header_value = b""
        self._headers: dict[str, bytes] = {}
        self._name = ""
        self._filename: str | None = None
        self._value = bytearray()
        self._size = 0
        self._head = b""
        self._tail = b""

    def callbacks(self) -> dict[str, Callable[..., None]]:
        """Return the python-multipart callbacks that fill this in."""
        return {
            "on_part_begin": self._part_begin,
            "on_header_field": self._header_field_data,
            "on_header_value": self._header_value_data,
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_finished,
            "on_part_data": self._part_data,
            "on_part_end": self._part_end,
            "on_end": self._end,
        }

    def _part_begin(self) -> None:
        self._headers, self._value, self._size, self._head, self._tail = {}, bytearray(), 0, b"", b""

    def _header_field_data(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def _header_value_data(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _header_end(self) -> None:
        self._headers[self._header_field.decode("latin-1").lower()] = self._header_value
        self._header_field, self._header_value = b"", b""

    def _headers_finished(self) -> None:
        from python_multipart.multipart import parse_options_header  # noqa: PLC0415 - see the imports

        _, options = parse_options_header(self._headers.get("content-disposition", b""))
        self._name = options.get(b"name", b"").decode()
        filename = options.get(b"filename")
        self._filename = None if filename is None else filename.decode()

    def _part_data(self, data: bytes, start: int, end: int) -> None:
        self._size += end - start
        if self._filename is None:
            if len(self._value) + end - start > _MAX_FIELD:
                raise ValueError(f"form field {self._name!r} is longer than {_MAX_FIELD} bytes")
            self._value += data[start:end]
            return
        # Keep only the first and last few bytes of a file, whatever size the parser's pieces are.
        if len(self._head) < len(UPLOAD_HEAD):
            self._head += data[start : min(end, start + len(UPLOAD_HEAD) - len(self._head))]
        keep = len(UPLOAD_TAIL)
        self._tail = (self._tail + data[max(start, end - keep) : end])[-keep:]

    def _part_end(self) -> None:
        if self._filename is None:
            self.fields[self._name] = self._value.decode()
            return
        content_type = self._headers.get("content-type", b"").decode("latin-1")
        self.file_parts.append(
            {
                "name": self._name,
                "filename": self._filename,
                "content_type": content_type,
                "size": self._size,
                "head_ok": self._head == UPLOAD_HEAD,
                "tail_ok": self._tail == UPLOAD_TAIL,
            }
        )

    def _end(self) -> None:
        self.ended = True

    def problems(self, size: int) -> list[str]:
        """Return what is wrong with the body as a ``dubbing.create`` upload of a ``size``-byte file.

        Args:
            size: The expected file size.

        Returns:
            Every problem found; empty for a good upload.
        """
        problems = [] if self.ended else ["the multipart body has no closing boundary"]
        if self.fields != UPLOAD_FIELDS:
            problems.append(f"form fields {self.fields} != {UPLOAD_FIELDS}")
        expected = {"name": "file", "filename": UPLOAD_NAME, "content_type": UPLOAD_TYPE, "size": size}
        expected |= {"head_ok": True, "tail_ok": True}
        if self.file_parts != [expected]:
            problems.append(f"file parts {self.file_parts} != [{expected}]")
        return problems


async def _upload(scope: Scope, receive: Receive, send: Send, size: int) -> None:
    from python_multipart.multipart import MultipartParser, parse_options_header  # noqa: PLC0415 - see the imports

    headers = dict(scope["headers"])
    content_type, options = parse_options_header(headers.get(b"content-type", b""))
    if content_type != b"multipart/form-data" or b"boundary" not in options:
        await _send_json(send, 400, {"detail": f"not a multipart body: {content_type!r}"})
        return
    upload = _Upload()
    parser = MultipartParser(options[b"boundary"], upload.callbacks())  # type: ignore[arg-type]
    received = 0
    error = ""
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        piece: bytes = message.get("body", b"")
        received += len(piece)
        more = message.get("more_body", False)
        if error:
            continue  # read the rest, so the client sees the 400 rather than a reset connection
        try:
            parser.write(piece)
        except ValueError as exc:  # python-multipart's errors derive from ValueError
            error = str(exc)
    if not error:
        parser.finalize()
    announced = headers.get(b"content-length")
    problems = [error] if error else upload.problems(size)
    if announced is not None and int(announced) != received:
        problems.append(f"Content-Length {announced.decode()} but {received} bytes arrived")
    if problems:
        await _send_json(send, 400, {"detail": problems})
        return
    document = {
        "dubbing_id": DUBBING_ID,
        "expected_duration_sec": 1.0,
        # Not in the spec's model: it keeps unknown keys (additional_properties), so the client can report them.
        "received_file_bytes": upload.file_parts[0]["size"],
        "received_body_bytes": received,
        "chunked": announced is None,
    }
    await _send_json(send, 200, document)


def bulk_app(size: int) -> App:
    """Return the ASGI app that serves and accepts ``size``-byte media.

    Args:
        size: The download's length, and the file size an upload must have.

    Returns:
        The app.
    """
    metadata = {
        "dubbing_id": DUBBING_ID,
        "name": "streaming benchmark",
        "status": "dubbed",
        "target_languages": ["es"],
        "editable": False,
        "created_at": "2025-01-01T00:00:00Z",
        "media_metadata": {"content_type": "audio/mpeg", "duration": 1.0},
        "error": None,
        "source_language": "en",
    }

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        if dict(scope["headers"]).get(b"xi-api-key") != KEY.encode():
            await _send_json(send, 401, {"detail": {"status": "invalid_api_key", "message": "wrong key"}})
            return
        method, path = scope["method"], scope["path"]
        if method == "GET" and _AUDIO.fullmatch(path):
            await _download(scope, send, size)
        elif method == "GET" and (found := _METADATA.fullmatch(path)):
            await _send_json(send, 200, {**metadata, "dubbing_id": found[1]})
        elif method == "POST" and path == "/v1/dubbing":
            await _upload(scope, receive, send, size)
        else:
            await _send_json(send, 404, {"detail": {"status": "not_found", "message": f"{method} {path}"}})

    return app


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and serve.

    Args:
        argv: The arguments (``sys.argv[1:]`` by default).
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True, help="bytes per download, and per uploaded file")
    from _servers import serve  # noqa: PLC0415 - see the imports

    serve(bulk_app(parser.parse_args(argv).size))


if __name__ == "__main__":
    main()
