"""A lying HTTP/1.1 server on loopback: each request gets the raw bytes a test chose, then the connection closes.

Raw bytes, not a framework, so a test can send what no well-behaved server would: a body ended only by
closing the connection, JSON with the wrong types or NaN, escape sequences in names, paths that climb.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

Handler = Callable[[str, str], bytes]
"""``(method, path with query) -> the whole raw response``."""


def response(
    body: bytes | str | Any = b"", *, status: int = 200, headers: dict[str, str] | None = None, length: bool = True
) -> bytes:
    """Build a raw response; a non-bytes/str body is sent as JSON (``allow_nan``: NaN and Infinity go as is)."""
    if isinstance(body, str):
        data = body.encode()
    elif isinstance(body, bytes):
        data = body
    else:
        data = json.dumps(body, allow_nan=True).encode()
    fields = {"content-type": "application/json", **(headers or {})}
    if length:
        fields["content-length"] = str(len(data))
    head = "".join(f"{name}: {value}\r\n" for name, value in fields.items())
    return f"HTTP/1.1 {status} X\r\n{head}connection: close\r\n\r\n".encode() + data


class HostileServer:
    """The server; ``requests`` lists ``(method, path)`` of everything it was asked."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[tuple[str, str]] = []
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        """The base URL, ``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(10)
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    head += chunk
                if not head:
                    continue
                top, _, rest = head.partition(b"\r\n\r\n")
                lines = top.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                length = next(
                    (int(v) for k, _, v in (x.partition(":") for x in lines[1:]) if k.lower() == "content-length"), 0
                )
                while len(rest) < length:
                    rest += connection.recv(65536)
                self.requests.append((method, path))
                connection.sendall(self.handler(method, path))

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._socket.close()


@contextmanager
def hostile(routes: dict[tuple[str, str], bytes | Callable[[], bytes]]) -> Iterator[HostileServer]:
    """Serve fixed answers by ``(method, path prefix)``; the longest matching prefix wins, anything else is 404."""

    def handler(method: str, path: str) -> bytes:
        matches = [key for key in routes if key[0] == method and path.startswith(key[1])]
        if not matches:
            return response({"detail": {"status": "not_found", "message": f"no route {path}"}}, status=404)
        answer = routes[max(matches, key=lambda key: len(key[1]))]
        return answer() if callable(answer) else answer

    with HostileServer(handler) as server:
        yield server
