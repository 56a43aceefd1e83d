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
        if self._is_origin(request):
            request.headers[self._header] = self._value
        else:
            request.headers.pop(self._header, None)
        yield request

    def strip_if_foreign(self, request: httpx.Request) -> None:
        """Remove the credential from a request that leaves the API origin (a request event hook).

        httpx runs auth once per ``send()``, then copies headers onto each redirect hop; it strips
        ``Authorization`` across origins but not custom headers such as ``xi-api-key``. Request
        event hooks run on every hop, so this one closes that gap.

        Args:
            request: The outgoing request (a first attempt or a redirect hop).
        """
        if not self._is_origin(request):
            request.headers.pop(self._header, None)

    def _is_origin(self, request: httpx.Request) -> bool:
        url = request.url
        return (url.scheme, url.host, url.port) == self._origin

    def __repr__(self) -> str:
        scheme, host, port = self._origin
        where = f"{scheme}://{host}" + (f":{port}" if port else "")
        return f"APIKeyAuth(origin={where!r}, header={self._header!r}, value=<redacted>)"
