# Generated from overlays/dubkit/_async/_downloads.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""Stream a file to a path (atomically), to a binary file object or to a loop, resuming a dropped connection.

What each answer allows (append, start over, fail) is decided by ``DownloadState``; this module only runs
the requests, in the twin's I/O.
"""

from __future__ import annotations

import pathlib
from collections.abc import Iterator
from typing import Unpack

import httpx2

from dubkit._download_state import (
    READ_ONLY,
    Destination,
    DownloadOptions,
    DownloadState,
    split_chunk,
    start_download,
)
from dubkit._errors import error_for_response

__all__ = ["download_to_path", "iter_download"]


def _body_chunks(response: httpx2.Response, chunk_size: int) -> Iterator[bytes]:
    """Yield the body's raw chunks; a body a transport already read (``httpx2.MockTransport``) is sliced."""
    if response.is_stream_consumed:
        for piece in split_chunk(response.content, chunk_size):
            yield piece
        return
    # The transport's chunks as they come (httpx2 reads 64 KiB at a time), split only if one is too long:
    # a chunk_size given to httpx2 would copy every byte through a buffer to join the short ones, for ~10% more CPU.
    for chunk in response.iter_raw():
        for piece in split_chunk(chunk, chunk_size):
            yield piece


def _transfer(client: httpx2.Client, state: DownloadState) -> Iterator[bytes]:
    """Yield the body's chunks, each handed to the sink first, resuming or starting over as the server allows."""
    while True:
        try:
            with client.stream(
                url=state.url, headers=state.request_headers(), extensions=READ_ONLY, follow_redirects=True,
                **state.request,
            ) as response:  # fmt: skip
                if response.is_error:
                    response.read()
                    raise error_for_response(response)
                state.begin(response)
                # Chunk writes go to local disk and are short; a thread hop per chunk would cost more.
                for chunk in _body_chunks(response, state.chunk_size):
                    state.write(chunk)
                    yield chunk
        except httpx2.TransportError as exc:
            state.dropped(exc)
            continue
        return


def download_to_path(
    client: httpx2.Client, url: str, destination: Destination, **options: Unpack[DownloadOptions]
) -> pathlib.Path | None:
    """Download ``url`` to a path (atomically) or a binary file object, resuming a dropped connection.

    Args:
        client: A client that carries no credentials; redirects are followed.
        url: The http(s) URL of the file (signed URLs are fine: their query is never shown).
        destination: The file to write (missing parent directories are created), or a binary file object.
        **options: ``method``, ``json``, ``max_resumes``, ``chunk_size``, ``max_bytes``: see ``DownloadOptions``.

    Returns:
        The absolute destination path (a link in its folders is kept; the destination itself is never one),
        or None for a file object.

    Raises:
        ValueError: An argument is invalid, or the destination path is a symbolic link; no request was sent.
        DownloadError: The file could not be downloaded completely, its end could not be verified (no
            Content-Length and no chunked framing), or it is larger than ``max_bytes``; no path was written
            (a file object keeps what it received, unless it could seek back to where it started).
        APIStatusError: The server answered with an error status; nothing was written.

    Example:
        >>> with httpx2.Client(timeout=60) as plain:  # doctest: +SKIP
        ...     download_to_path(plain, signed_url, "out/dub.mp4")
    """
    state = start_download(url, destination, **options)
    try:
        for _ in _transfer(client, state):
            pass
        return state.finish()
    except BaseException:
        state.discard()
        raise


def iter_download(client: httpx2.Client, url: str, **options: Unpack[DownloadOptions]) -> Iterator[bytes]:
    """Yield the bytes of ``url`` as they arrive, resuming a dropped connection with ``Range``.

    Args:
        client: A client that carries no credentials; redirects are followed.
        url: The http(s) URL of the file.
        **options: ``method``, ``json``, ``max_resumes``, ``chunk_size``, ``max_bytes``: see ``DownloadOptions``.

    Returns:
        The chunks as they arrive; they end only once every announced byte has been yielded.

    Raises:
        ValueError: An argument is invalid; no request was sent.
        DownloadError: The body could not be received completely, its end could not be verified, it is
            larger than ``max_bytes``, or it would have to start over after bytes were already yielded
            (a server that takes no ranges).
        APIStatusError: The server answered with an error status.
    """
    return _iterate(client, start_download(url, None, **options))


def _iterate(client: httpx2.Client, state: DownloadState) -> Iterator[bytes]:
    for chunk in _transfer(client, state):
        yield chunk
    state.finish()
