"""Send the API key only to the configured API origin."""

from __future__ import annotations

from collections.abc import Generator

import httpx

__all__ = ["APIKeyAuth"]


class APIKeyAuth(httpx.Auth):
    """An ``httpx.Auth`` that sets one credential header, only for requests to one origin.

    The origin check matters because a client may be asked to fetch absolute URLs (output
    files, redirects): the key must never reach any host but the API's.

    Args:
        origin: The API's base URL; only requests with the same scheme, host and port get the key.
        header: The header name (``xi-api-key``, ``Authorization``).
        value: The header value (the key, or ``Bearer <key>``).
    """

    def __init__(self, origin: httpx.URL, header: str, value: str) -> None:
        self._origin = (origin.scheme, origin.host, origin.port)
        self._header = header
        self._value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the credential header when the request goes to the API origin.

        Args:
            request: The outgoing request.

        Returns:
            A generator yielding the request once (httpx's auth protocol).
        """
        if (request.url.scheme, request.url.host, request.url.port) == self._origin:
            request.headers[self._header] = self._value
        else:
            request.headers.pop(self._header, None)
        yield request

    def __repr__(self) -> str:
        scheme, host, port = self._origin
        where = f"{scheme}://{host}" + (f":{port}" if port else "")
        return f"APIKeyAuth(origin={where!r}, header={self._header!r}, value=<redacted>)"
