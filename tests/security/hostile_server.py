"""A scripted HTTP server on loopback that lies: each connection is answered by a test's handler, byte by byte.

The handler gets the connection and the request it read (head and body), and writes whatever it likes:
a slow drip, a gzip bomb, a redirect loop, no answer at all. Requests are recorded for the test to check.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class Received:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


Handler = Callable[[socket.socket, Received, int], None]
"""Answers one request: the connection, the request, and its number (0 for the first the server saw)."""


def _read_request(conn: socket.socket) -> Received | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    body = rest
    if "content-length" in headers:
        length = int(headers["content-length"])
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while not body.endswith(b"\r\n0\r\n\r\n") and body != b"0\r\n\r\n":
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        body = _dechunk(body)
    return Received(method, target, headers, body)


def _dechunk(framed: bytes) -> bytes:
    data, rest = b"", framed
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        data, rest = data + rest[:size], rest[size + 2 :]
    return data


class HostileServer:
    """Serves each connection on its own thread with ``handler``; one request per connection.

    Args:
        handler: Writes the answer (or does not).
    """

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.requests: list[Received] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        """The base URL."""
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._closed.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._answer, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                request = _read_request(conn)
                if request is None:
                    return
                with self._lock:
                    number = len(self.requests)
                    self.requests.append(request)
                self._handler(conn, request, number)
            except OSError:
                pass  # the client gave up first: that is what several tests provoke

    @contextmanager
    def running(self) -> Iterator[HostileServer]:
        """Serve until the block ends."""
        thread = threading.Thread(target=self._serve, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._closed.set()
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() that close() alone would not
            self._listener.close()
            thread.join(5)
            for answering in self._threads:
                answering.join(2)  # a dripping handler stops at its next write to the closed connection


def answer(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    """Return a whole HTTP/1.1 answer with a Content-Length, closing the connection."""
    fields = {"content-length": str(len(body)), "connection": "close", **(headers or {})}
    head = f"HTTP/1.1 {status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields.items()) + "\r\n"
    return head.encode() + body


@contextmanager
def hostile(handler: Handler) -> Iterator[HostileServer]:
    """Run a ``HostileServer`` with ``handler`` for the block."""
    with HostileServer(handler).running() as server:
        yield server
