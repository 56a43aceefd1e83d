"""The ASGI responses the simulator sends: JSON, ranged media, and responses that break on purpose."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from http import HTTPStatus

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ._media import MediaItem, RangeNotSatisfiableError, parse_range

__all__ = [
    "DisconnectingResponse",
    "MediaResponse",
    "SimulatedDisconnectError",
    "cut_short",
    "half",
    "json_response",
    "media_response",
]


# The longest Range header read: "bytes=" and two offsets of up to 20 digits, with room to spare.
_MAX_RANGE_HEADER = 100


class SimulatedDisconnectError(Exception):
    """Raised after a response has started, so the server drops the connection mid-body (a fault)."""


def json_response(status: int, body: bytes, headers: Mapping[str, str] | None = None) -> Response:
    """Return a JSON response with exactly these bytes.

    Args:
        status: The HTTP status.
        body: The serialised JSON.
        headers: Extra headers.

    Returns:
        The response.
    """
    return Response(content=body, status_code=status, media_type="application/json", headers=dict(headers or {}))


class MediaResponse(Response):
    """Streams a media file (or a byte range of it) without holding it in memory."""

    def __init__(self, item: MediaItem, first: int, last: int, status: int, *, send_body: bool = True) -> None:
        super().__init__(status_code=status, media_type=item.content_type)
        self.item, self.first, self.last, self.send_body = item, first, last, send_body
        self.headers["content-length"] = str(last - first + 1 if item.size else 0)
        self.headers["accept-ranges"] = "bytes"
        self.headers["content-disposition"] = f'attachment; filename="{item.filename}"'
        if status == HTTPStatus.PARTIAL_CONTENT:
            self.headers["content-range"] = f"bytes {first}-{last}/{item.size}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        if self.send_body and self.item.size:
            for chunk in self.item.iter_bytes(self.first, self.last):
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def media_response(item: MediaItem, range_header: str | None, *, head: bool = False) -> Response:
    """Answer a download: the whole file (200), a range of it (206), or 416.

    Args:
        item: The file.
        range_header: The request's Range header.
        head: Answer a HEAD request (headers only).

    Returns:
        The response.
    """
    if range_header is not None and len(range_header) > _MAX_RANGE_HEADER:
        range_header = None  # RFC 9110 lets a server ignore Range; these numbers could not be real offsets
    try:
        selected = parse_range(range_header, item.size)
    except RangeNotSatisfiableError:
        return Response(status_code=416, headers={"content-range": f"bytes */{item.size}"})
    if selected is None:
        return MediaResponse(item, 0, max(item.size - 1, 0), 200, send_body=not head)
    return MediaResponse(item, selected[0], selected[1], 206, send_body=not head)


class DisconnectingResponse(Response):
    """Starts a response, sends part of its body, then drops the connection.

    Args:
        status: The status line to send.
        headers: The headers, including the Content-Length of the full body.
        prefix: The bytes sent before the connection drops.
    """

    def __init__(self, status: int, headers: Mapping[str, str], prefix: bytes | Iterable[bytes]) -> None:
        super().__init__(status_code=status, headers=dict(headers))
        self.prefix = [prefix] if isinstance(prefix, bytes) else prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        for chunk in self.prefix:
            if chunk:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        raise SimulatedDisconnectError("the simulator dropped the connection (injected fault)")


def cut_short(response: Response) -> DisconnectingResponse:
    """Turn a response into one that drops the connection halfway through its body.

    Args:
        response: A JSON or media response (its headers still promise the full length).

    Returns:
        The breaking response.
    """
    headers = dict(response.headers)
    if isinstance(response, MediaResponse):
        length = response.last - response.first + 1 if response.item.size else 0
        end = response.first + half(length) - 1
        prefix: bytes | Iterable[bytes] = (
            response.item.iter_bytes(response.first, end) if end >= response.first else b""
        )
        return DisconnectingResponse(response.status_code, headers, prefix)
    body = bytes(response.body)
    return DisconnectingResponse(
        response.status_code, {**headers, "content-length": str(len(body))}, body[: half(len(body))]
    )


def half(length: int) -> int:
    """Return where to cut a body of this length (at least one byte short of the end).

    Args:
        length: The full length.

    Returns:
        The number of bytes to send.
    """
    return max(0, min(length - 1, math.ceil(length / 2)))
