"""A scripted fake API behind ``httpx2.MockTransport``, for client tests that need exact responses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx2

Handler = Callable[[httpx2.Request], httpx2.Response]


class FakeAPI:
    """Serves scripted responses and records every request it receives."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []
        self.bodies: list[bytes] = []
        self._routes: list[tuple[str, str, list[Any]]] = []

    def add(self, method: str, path: str, *responses: Any) -> None:
        """Queue responses (httpx2.Response, an exception, or a handler) for METHOD PATH; the last repeats."""
        self._routes.append((method, path, list(responses)))

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = request.read()
        # A copy as it was sent: dubkit removes the key from the request object once sending is over.
        sent = httpx2.Request(request.method, request.url, headers=request.headers.copy(), content=body)
        sent.extensions = dict(request.extensions)
        self.requests.append(sent)
        self.bodies.append(body)
        for method, path, queue in self._routes:
            if request.method == method and request.url.path == path:
                item = queue.pop(0) if len(queue) > 1 else queue[0]
                if isinstance(item, Exception):
                    raise item
                if callable(item) and not isinstance(item, httpx2.Response):
                    return item(request)
                return httpx2.Response(item.status_code, headers=item.headers, content=item.content)
        return httpx2.Response(404, json={"error": "NotFoundError", "message": f"no route {request.url.path}"})

    def count(self, method: str, path: str) -> int:
        return sum(1 for r in self.requests if r.method == method and r.url.path == path)


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx2.Response:
    return httpx2.Response(status, json=body, headers=headers)
