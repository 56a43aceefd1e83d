"""Send the API key only to the configured API origin, and only while a request is being sent.

Every request the key is added to is marked (``CREDENTIAL_HEADER_EXTENSION``); once its last attempt is
over, the retry transport removes the key from it (``forget_credentials``). The request object lives on
in responses and in httpx's errors (``error.request``), so without this the key would be reachable
from any of them, and from every dubkit error chained to one.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx2

__all__ = ["CREDENTIAL_HEADER_EXTENSION", "APIKeyAuth", "forget_credentials"]

CREDENTIAL_HEADER_EXTENSION = "dubkit.credential_header"
"""Request extension naming the header that holds the key (set by ``APIKeyAuth``)."""


def forget_credentials(request: httpx2.Request) -> None:
    """Remove the key from a request whose sending is over (a no-op for a request that carries none).

    Args:
        request: The request; its headers are changed in place.
    """
    header = request.extensions.get(CREDENTIAL_HEADER_EXTENSION)
    if isinstance(header, str):
        request.headers.pop(header, None)


class APIKeyAuth(httpx2.Auth):
    """An ``httpx2.Auth`` that sets one credential header, only for requests to one origin.

    The origin check matters because a client may be asked to fetch absolute URLs (output
    files, redirects): the key must never reach any host but the API's.

    Args:
        origin: The API's base URL; only requests with the same scheme, host and port get the key.
        header: The header name (``xi-api-key``, ``Authorization``).
        value: The header value (the key, or ``Bearer <key>``).
    """

    def __init__(self, origin: httpx2.URL, header: str, value: str) -> None:
        self._origin = (origin.scheme, origin.host, origin.port)
        self._header = header
        self._value = value

    def auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response, None]:
        """Add the credential header when the request goes to the API origin.

        Args:
            request: The outgoing request.

        Returns:
            A generator yielding the request once (httpx's auth protocol).
        """
        self.strip_if_foreign(request)
        yield request

    def strip_if_foreign(self, request: httpx2.Request) -> None:
        """Set the credential on a request to the API origin, remove it from any other (a request event hook).

        httpx runs auth once per ``send()``, then copies headers onto each redirect hop; it strips
        ``Authorization`` across origins but not custom headers such as ``xi-api-key``. Request
        event hooks run on every hop, so this one closes that gap; and as the transport removes the
        key from each request once it has been sent, a hop back to the origin gets it here again.

        Args:
            request: The outgoing request (a first attempt or a redirect hop).
        """
        if self._is_origin(request):
            request.headers[self._header] = self._value
            request.extensions[CREDENTIAL_HEADER_EXTENSION] = self._header
        else:
            request.headers.pop(self._header, None)

    def _is_origin(self, request: httpx2.Request) -> bool:
        url = request.url
        return (url.scheme, url.host, url.port) == self._origin

    def __reduce__(self) -> str | tuple[object, ...]:
        """Refuse to be pickled or copied: the pickle would hold the key in clear.

        Raises:
            TypeError: Always (make a new client in the other process instead).
        """
        raise TypeError("a dubkit client's credential cannot be pickled; create the client where it is used")

    def __repr__(self) -> str:
        scheme, host, port = self._origin
        where = f"{scheme}://{host}" + (f":{port}" if port else "")
        return f"APIKeyAuth(origin={where!r}, header={self._header!r}, value=<redacted>)"
