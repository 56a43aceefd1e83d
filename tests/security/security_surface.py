"""Shared by the security suites: where requests go (API and media hosts), a transport that moves the
simulator's output files to another host, and what a user may see of an error or a log.

The clients' surface and a way to call any method are in ``client_calls``; a valid call of every
method (``BASELINE``) is in ``valid_calls``.
"""

from __future__ import annotations

import logging
import traceback

import httpx2
import pytest
from dubkit.sim import Simulator

API_HOST = "127.0.0.1"
MEDIA_HOST = "files.example.net"
"""Where ``ForeignMediaTransport`` moves the simulator's output files: a host that is not the API's."""


def sim_transport(sim: Simulator, mode: str) -> httpx2.BaseTransport | httpx2.AsyncBaseTransport:
    """The simulator's in-process transport for a sync or async client."""
    return sim.transport() if mode == "sync" else sim.async_transport()


class ForeignMediaTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """The simulator, with every output file it links to moved to another host (``MEDIA_HOST``).

    The simulator serves files on the API's own origin; real APIs serve them from CDNs and storage
    buckets. JSON answers from the API host get their ``/_sim/media/`` links rewritten, and requests to
    the media host reach the simulator as they are (it records the host each request addressed).

    Args:
        sim: The simulator.
        answer_host: A host this transport answers itself (200, a few bytes) and records, e.g. where the
            simulator's ``redirect`` fault points, so a followed redirect succeeds without the simulator.
        redirect_media: Answer every request to the media host with a 307 to ``answer_host`` (the
            simulator's ``redirect`` fault does not apply to its media files).
    """

    def __init__(self, sim: Simulator, *, answer_host: str | None = None, redirect_media: bool = False) -> None:
        self._sync = sim.transport()
        self._async = sim.async_transport()
        self._answer_host = answer_host
        self._redirect_media = redirect_media
        self.answered: list[httpx2.Request] = []
        self.redirected: list[httpx2.Request] = []

    @staticmethod
    def _moved(response: httpx2.Response, body: bytes) -> httpx2.Response:
        for scheme in ("http", "https"):
            old = f"{scheme}://{API_HOST}/_sim/media/".encode()
            body = body.replace(old, f"https://{MEDIA_HOST}/_sim/media/".encode())
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        return httpx2.Response(response.status_code, headers=headers, content=body)

    def _answered(self, request: httpx2.Request) -> httpx2.Response | None:
        if self._redirect_media and request.url.host == MEDIA_HOST:
            self.redirected.append(request)
            target = request.url.copy_with(host=self._answer_host)
            return httpx2.Response(307, headers={"location": str(target)})
        if request.url.host != self._answer_host:
            return None
        self.answered.append(request)
        return httpx2.Response(200, content=b"elsewhere", headers={"content-type": "application/octet-stream"})

    @staticmethod
    def _rewrites(request: httpx2.Request, response: httpx2.Response) -> bool:
        return request.url.host == API_HOST and response.headers.get("content-type", "").startswith("application/json")

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send to the simulator (or answer here); rewrite the media links of an API answer."""
        answered = self._answered(request)
        if answered is not None:
            return answered
        response = self._sync.handle_request(request)
        return self._moved(response, response.read()) if self._rewrites(request, response) else response

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send to the simulator (or answer here); rewrite the media links of an API answer."""
        answered = self._answered(request)
        if answered is not None:
            return answered
        response = await self._async.handle_async_request(request)
        return self._moved(response, await response.aread()) if self._rewrites(request, response) else response


CREDENTIAL_HEADERS = ("xi-api-key", "authorization")


def carries_credentials(request: httpx2.Request) -> bool:
    """Whether a request has either provider's credential header."""
    return any(name in request.headers for name in CREDENTIAL_HEADERS)


def exception_texts(error: BaseException) -> str:
    """Every text a user may see of an error: str, repr, args, and the formatted traceback with its causes."""
    parts = [str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error))]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [str(current), repr(current)]
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


LOGGERS = ("dubkit", "httpx2", "httpcore2")
"""The loggers a request goes through; all captured at DEBUG by the security tests."""


def capture_debug(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Make ``caplog`` capture every record of ``LOGGERS`` at DEBUG."""
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def logged_text(caplog: pytest.LogCaptureFixture) -> str:
    """Everything the captured records would print: messages, arguments, and formatted tracebacks."""
    parts = [caplog.text]
    for record in caplog.records:
        parts += [record.getMessage(), repr(record.args), record.exc_text or ""]
    return "\n".join(parts)
