"""Stream an API endpoint whose answer is a file to disk, to a file object or to a loop, never into memory."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

import httpx2

from dubkit._downloads import Destination, adownload_to_path, aiter_download
from dubkit.elevenlabs._files import endpoint_url

__all__ = ["adownload_endpoint", "aiter_endpoint"]


async def adownload_endpoint(
    http: httpx2.AsyncClient,
    base_url: httpx2.URL,
    kwargs: Mapping[str, Any],
    destination: Destination,
    *,
    max_bytes: int | None = None,
) -> Path | None:
    """Stream an API file endpoint to ``destination``.

    Args:
        http: The authenticated streaming client (``build_async_stream_client``).
        base_url: The API base URL.
        kwargs: The endpoint's generated request description (``request_kwargs``).
        destination: The file to write, or a binary file object.
        max_bytes: Refuse a file larger than this; None for no limit.

    Returns:
        The resolved destination path (None for a file object).

    Raises:
        APIStatusError: The API answered with an error (e.g. ``TooEarlyError`` for a dub not ready); nothing written.
        DownloadError: The file could not be downloaded completely, or is larger than ``max_bytes``; no path written.
    """
    method = str(kwargs["method"]).upper()
    url = endpoint_url(base_url, kwargs)
    return await adownload_to_path(http, url, destination, method=method, json=kwargs.get("json"), max_bytes=max_bytes)


def aiter_endpoint(http: httpx2.AsyncClient, base_url: httpx2.URL, kwargs: Mapping[str, Any]) -> AsyncIterator[bytes]:
    """Yield an API file endpoint's bytes as they arrive (resumed with ``Range`` if the connection drops).

    Args:
        http: The authenticated streaming client (``build_async_stream_client``).
        base_url: The API base URL.
        kwargs: The endpoint's generated request description (``request_kwargs``).

    Returns:
        The chunks.

    Raises:
        APIStatusError: The API answered with an error.
        DownloadError: The body could not be received completely.
    """
    method = str(kwargs["method"]).upper()
    return aiter_download(http, endpoint_url(base_url, kwargs), method=method, json=kwargs.get("json"))
