"""Download API endpoints whose answer is a file (dubbed audio, snapshot audio, archives).

The generated functions for these endpoints read the whole body into memory. dubkit streams them
instead, through the shared download code (atomic, length-checked, resumable), and takes each
endpoint's method, path and body from the generated ``_get_kwargs`` of that endpoint: the route
stays defined in one place, the spec, and follows it through every regeneration.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from dubkit._downloads import adownload_to_path, download_to_path

__all__ = ["adownload_endpoint", "download_endpoint", "endpoint_url"]


def endpoint_url(base_url: httpx.URL, kwargs: Mapping[str, Any]) -> str:
    """Return the absolute URL of a generated request description.

    Args:
        base_url: The API base URL (no trailing slash).
        kwargs: What a generated ``_get_kwargs`` returned (``url`` and optional ``params``).

    Returns:
        The absolute URL, query included.
    """
    url = httpx.URL(f"{base_url}{kwargs['url']}")
    params = kwargs.get("params")
    return str(url.copy_merge_params(params) if params else url)


def download_endpoint(
    http: httpx.Client,
    base_url: httpx.URL,
    kwargs: Mapping[str, Any],
    destination: str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
) -> Path:
    """Stream an API file endpoint to ``destination``.

    Args:
        http: The authenticated streaming client (``build_stream_client``).
        base_url: The API base URL.
        kwargs: The endpoint's generated request description.
        destination: The file to write.
        max_bytes: Refuse a file larger than this; None for no limit.

    Returns:
        The resolved destination path.

    Raises:
        APIStatusError: The API answered with an error (e.g. ``TooEarlyError`` for a dub not ready); nothing written.
        DownloadError: The file could not be downloaded completely; nothing written.
    """
    method = str(kwargs["method"]).upper()
    url = endpoint_url(base_url, kwargs)
    return download_to_path(http, url, destination, method=method, json=kwargs.get("json"), max_bytes=max_bytes)


async def adownload_endpoint(
    http: httpx.AsyncClient,
    base_url: httpx.URL,
    kwargs: Mapping[str, Any],
    destination: str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
) -> Path:
    """Stream an API file endpoint to ``destination`` (async twin of ``download_endpoint``).

    Args:
        http: The authenticated async streaming client.
        base_url: The API base URL.
        kwargs: The endpoint's generated request description.
        destination: The file to write.
        max_bytes: Refuse a file larger than this; None for no limit.

    Returns:
        The resolved destination path.

    Raises:
        APIStatusError: The API answered with an error; nothing written.
        DownloadError: The file could not be downloaded completely; nothing written.
    """
    method = str(kwargs["method"]).upper()
    url = endpoint_url(base_url, kwargs)
    return await adownload_to_path(http, url, destination, method=method, json=kwargs.get("json"), max_bytes=max_bytes)
