"""Fetching a job's source URL, where the simulator may: its own files, and servers on loopback only.

The simulator never reaches the internet. A URL of a file it serves itself is read from its store
(fetching it over HTTP could wait on the very server that is answering); a URL on a loopback address
(a test's or the demo's file server) is downloaded, with a size cap and a short timeout, without
following redirects or environment proxies. Any other URL cannot be fetched, and its job gets a stand-in.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

import httpx2

from ._media import MediaStore

__all__ = ["MAX_SOURCE_BYTES", "FetchError", "fetch_source"]

MAX_SOURCE_BYTES = 2 * 1024**3
"""The largest source the simulator downloads (2 GiB, larger than any test needs)."""

_TIMEOUT = httpx2.Timeout(10.0)
_MEDIA_PATH = "/_sim/media/"


class FetchError(RuntimeError):
    """A fetchable source URL that could not be downloaded; the message says why, as an API would."""


def _is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def fetch_source(url: str, *, base_url: str, store: MediaStore) -> bytes | None:
    """Return a source URL's bytes, if the simulator may fetch it.

    Args:
        url: The source URL the client sent.
        base_url: ``scheme://host[:port]`` the client reached the simulator at (its own files).
        store: The simulator's files.

    Returns:
        The bytes, or None when the URL is neither the simulator's own file nor on loopback.

    Raises:
        FetchError: If the URL is on loopback but the download failed (refused, not 2xx, too big).
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    # The simulator's own origin is never fetched over HTTP: a served simulator would wait on itself.
    own_origin = (parts.scheme, parts.netloc.lower()) == (urlsplit(base_url).scheme, urlsplit(base_url).netloc.lower())
    if (own_origin or _is_loopback(host)) and parts.path.startswith(_MEDIA_PATH):
        item = store.get(parts.path.removeprefix(_MEDIA_PATH))
        if item is not None:
            return item.data()
    if own_origin:
        raise FetchError("Failed to download the source media: HTTP 404.")
    if not _is_loopback(host):
        return None
    try:
        with (
            httpx2.Client(timeout=_TIMEOUT, follow_redirects=False, trust_env=False) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code != httpx2.codes.OK:
                raise FetchError(f"Failed to download the source media: HTTP {response.status_code}.")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_SOURCE_BYTES:
                    raise FetchError("Failed to download the source media: it is larger than 2 GiB.")
                chunks.append(chunk)
    except httpx2.HTTPError as error:
        raise FetchError(f"Failed to download the source media: {type(error).__name__}.") from None
    return b"".join(chunks)
