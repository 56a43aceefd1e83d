# Generated from overlays/dubkit/elevenlabs/_async/_files.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""Stream an API endpoint whose answer is a file to disk, without reading it into memory."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx2

from dubkit._downloads import download_to_path
from dubkit.elevenlabs._files import endpoint_url

__all__ = ["download_endpoint"]


def download_endpoint(
    http: httpx2.Client,
    base_url: httpx2.URL,
    kwargs: Mapping[str, Any],
    destination: str | os.PathLike[str],
    *,
    max_bytes: int | None = None,
) -> Path:
    """Stream an API file endpoint to ``destination``.

    Args:
        http: The authenticated streaming client (``build_stream_client``).
        base_url: The API base URL.
        kwargs: The endpoint's generated request description (``request_kwargs``).
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
