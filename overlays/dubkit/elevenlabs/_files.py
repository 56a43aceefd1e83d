"""Where an API endpoint whose answer is a file (dubbed audio, snapshot audio, archives) is fetched from.

The generated functions for these endpoints read the whole body into memory. dubkit streams them
instead (``_async/_files.py`` and its sync twin), through the shared download code (atomic,
length-checked, resumable), and takes each endpoint's method, path and body from the generated
``request_kwargs`` of that endpoint: the route stays defined in one place, the spec.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx2

__all__ = ["endpoint_url"]


def endpoint_url(base_url: httpx2.URL, kwargs: Mapping[str, Any]) -> str:
    """Return the absolute URL of a generated request description.

    Args:
        base_url: The API base URL (no trailing slash).
        kwargs: What a generated ``request_kwargs`` returned (``url`` and optional ``params``).

    Returns:
        The absolute URL, query included.
    """
    url = httpx2.URL(f"{base_url}{kwargs['url']}")
    params = kwargs.get("params")
    return str(url.copy_merge_params(params) if params else url)
