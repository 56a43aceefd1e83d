"""The httpx2 client classes dubkit builds, and the hooks it gives them (the twins' shared core).

Both refuse a URL httpx2 cannot build (an id of 100,000 characters) with ``InvalidRequestError``, before
sending, and apply the request options in force (``_options``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

import httpx2

from ._errors import InvalidRequestError
from ._options import AsyncOptionsClient, OptionsClient, in_api_call

__all__ = ["AsyncDubkitClient", "AsyncRequestHook", "DubkitClient", "RequestHook", "raises_for_status"]

RequestHook = Callable[[httpx2.Request], None]
"""A sync client's request event hook."""
AsyncRequestHook = Callable[[httpx2.Request], Awaitable[None]]
"""An async client's request event hook."""

_FIRST_ERROR_STATUS = 300
_HTTP_STATUSES = frozenset(HTTPStatus)


def raises_for_status(response: httpx2.Response) -> bool:
    """Tell whether an answer becomes a dubkit error rather than going to the generated code.

    During a dubkit method (``in_api_call``) every status >= 300 does, before the generated code sees it; a
    generated function called directly through ``client.raw`` gets what its type promises, except for a status
    the generated code cannot represent at all (520: ``HTTPStatus(520)`` raises ValueError).

    Args:
        response: The answer.

    Returns:
        True when the response hook raises dubkit's error for it.
    """
    status = response.status_code
    return status >= _FIRST_ERROR_STATUS and (in_api_call() or status not in _HTTP_STATUSES)


class _RefusesBadURLs:
    """Makes a client's URL errors dubkit's: a caller's bad id is not an httpx2 failure (mixed into both clients)."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx2.Request:
        """Build a request as httpx2 does (see ``httpx2.Client.build_request``).

        Returns:
            The request.

        Raises:
            InvalidRequestError: The URL cannot be built (e.g. a path component over httpx2's limit).
        """
        try:
            request: httpx2.Request = super().build_request(*args, **kwargs)  # type: ignore[misc]
        except httpx2.InvalidURL as error:
            failure = InvalidRequestError(
                f"the request cannot be sent: {error} (is an id or other path parameter far too long, or malformed?)"
            )
        else:
            return request
        raise failure  # outside the except block: the httpx2 error is no part of it


class DubkitClient(_RefusesBadURLs, OptionsClient):
    """An ``httpx2.Client`` that refuses a URL it cannot build with ``InvalidRequestError`` (and applies options)."""


class AsyncDubkitClient(_RefusesBadURLs, AsyncOptionsClient):
    """An ``httpx2.AsyncClient`` that refuses a URL it cannot build with ``InvalidRequestError`` (and options)."""
