"""Streamed, atomic, length-checked and resumable downloads of output files.

A download streams into a temporary ``.part`` file next to the destination and is moved onto the
destination with ``os.replace`` only once every announced byte has arrived, so the destination
either holds the complete new file or is left exactly as it was. A connection that drops mid-body
is resumed with a ``Range`` request when the server accepts ranges, and started over when it does not.

Output files live on other hosts behind signed URLs, so the caller's client must carry no
credentials, and messages and logs never show a URL's query string.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pathlib
import re
from collections.abc import AsyncIterator, Iterator
from typing import IO, Any

import httpx2

from dubkit._errors import DownloadError, error_for_response
from dubkit._partfiles import create_part_file
from dubkit._retry import DEFAULT_POLICY, MAX_RESUMES, RETRY_SAFE_EXTENSION
from dubkit._safe_names import check_not_symlink
from dubkit._transfers import current_observer
from dubkit._validation import check_http_url, check_int, check_path

__all__ = ["adownload_to_path", "download_to_path"]

_log = logging.getLogger("dubkit")
_CONTENT_RANGE = re.compile(r"bytes (\d+)-\d+/(\d+|\*)")
# A download only reads, whatever its method (some file endpoints are POSTs): re-sending is safe.
_READ_ONLY = {RETRY_SAFE_EXTENSION: True}


class _Download:
    """The I/O-free bookkeeping of one download, shared by the sync and async twins."""

    def __init__(
        self, url: str, destination: str | os.PathLike[str], max_resumes: int, chunk_size: int, max_bytes: int | None
    ) -> None:
        _check_arguments(url, destination, max_resumes, chunk_size, max_bytes)
        self.url = url
        self.safe_url = str(httpx2.URL(url).copy_with(query=None, fragment=None, userinfo=b""))
        # Absolute, but not resolved: resolving would follow a link at the destination and write to its target.
        self.destination = pathlib.Path(os.path.abspath(destination))
        check_not_symlink(self.destination)
        self.max_resumes = max_resumes
        self.chunk_size = chunk_size
        self.max_bytes = max_bytes
        self.received = 0
        self.expected: int | None = None
        self.resumes = 0
        self.resumable = False
        self.validator: str | None = None
        self.destination.parent.mkdir(parents=True, exist_ok=True)
        # Same directory as the destination, so os.replace is a rename within one file system; the part
        # file gets the mode open() would give under the umask, which os.replace keeps.
        self.file: IO[bytes] = create_part_file(self.destination)
        self.observer = current_observer()
        _log.debug("downloading %s to %s", self.safe_url, self.destination)

    def request_headers(self) -> dict[str, str]:
        """Return the headers of the next attempt."""
        # Identity encoding keeps the bytes on disk the same bytes Content-Length and Range count.
        headers = {"Accept-Encoding": "identity"}
        if self.received:
            headers["Range"] = f"bytes={self.received}-"
            if self.validator:
                # If the file changed since the first attempt, the server answers 200 with all of it.
                headers["If-Range"] = self.validator
        return headers

    def begin(self, response: httpx2.Response) -> None:
        """Check a non-error response and decide whether its body appends or starts over."""
        headers = response.headers
        if headers.get("content-encoding", "identity").lower() != "identity":
            raise self.error(f"the server sent a {headers['content-encoding']}-encoded body")
        if response.status_code == httpx2.codes.PARTIAL_CONTENT:
            match = _CONTENT_RANGE.fullmatch(headers.get("content-range", ""))
            if match is None or int(match[1]) != self.received:
                raise self.error(f"HTTP 206 with Content-Range {headers.get('content-range')!r}")
            total = None if match[2] == "*" else int(match[2])
            if total is not None and self.expected is not None and total != self.expected:
                raise self.error(f"the file changed size on the server (now {total} bytes)")
            self.expected = total if total is not None else self.expected
            self.resumable = True
        elif response.status_code == httpx2.codes.OK:
            if self.received:
                _log.debug("%s ignored the Range request; restarting from byte 0", self.safe_url)
                self.file.seek(0)
                self.file.truncate()
                self.received = 0
            length = headers.get("content-length", "")
            self.expected = int(length) if length.isdigit() else None
            self.resumable = headers.get("accept-ranges", "").lower() == "bytes"
            etag = headers.get("etag")
            # A weak ETag may not be used in If-Range (RFC 9110, 13.1.5).
            self.validator = etag if etag and not etag.startswith("W/") else headers.get("last-modified")
        else:
            raise self.error(f"unexpected HTTP {response.status_code}")
        if not _end_is_verifiable(response):
            # Only a closed connection would end this body, and a cut one looks the same: refuse it.
            raise self.error("the server framed the body by closing the connection, so its end cannot be verified")
        if self.max_bytes is not None and self.expected is not None and self.expected > self.max_bytes:
            raise self.error(f"the file is larger than max_bytes={self.max_bytes}")

    def write(self, chunk: bytes) -> None:
        """Append one chunk to the temporary file."""
        self.received += len(chunk)
        if self.expected is not None and self.received > self.expected:
            raise self.error("the server sent more bytes than it announced")
        if self.max_bytes is not None and self.received > self.max_bytes:
            raise self.error(f"the file is larger than max_bytes={self.max_bytes}")
        self.file.write(chunk)
        if self.observer is not None:
            self.observer("download", self.destination.name, self.received, self.expected)

    def dropped(self, exc: httpx2.TransportError) -> None:
        """Account for a lost connection: the next attempt resumes, or starts over; raise when out of attempts."""
        if not DEFAULT_POLICY.resume(self.resumes, self.max_resumes):
            raise self.error(f"the connection was lost ({exc}) after {self.resumes} resumes") from exc
        self.resumes += 1
        if self.received and not self.resumable:
            # The server takes no ranges: the next attempt fetches the whole file again.
            self.file.seek(0)
            self.file.truncate()
            self.received = 0
        _log.debug(
            "connection to %s lost after %d bytes; %s (attempt %d of %d)",
            self.safe_url,
            self.received,
            "resuming" if self.received else "starting over",
            self.resumes,
            self.max_resumes,
        )

    def finish(self) -> pathlib.Path:
        """Verify the length, make the bytes durable and move them onto the destination."""
        if self.expected is not None and self.received != self.expected:
            raise self.error("the body ended early")
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.file.name, self.destination)
        _log.debug(
            "downloaded %d bytes from %s to %s (%d resumes)",
            self.received,
            self.safe_url,
            self.destination,
            self.resumes,
        )
        return self.destination

    def discard(self) -> None:
        """Remove the temporary file, even if closing it fails again (a full disk); the destination is untouched."""
        try:
            self.file.close()
        except OSError:
            # close() flushes the buffer, which fails again on a full disk; the file is closed all the same.
            _log.debug("closing %s failed while discarding it", self.file.name, exc_info=True)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.file.name)

    def error(self, reason: str) -> DownloadError:
        """Build the error for this download, without the URL's query string."""
        expected = "an unknown number of" if self.expected is None else str(self.expected)
        return DownloadError(
            f"download of {self.safe_url} failed: {reason} (received {self.received} of {expected} bytes)",
            url=self.safe_url,
            received=self.received,
            expected=self.expected,
        )


def _split(chunk: bytes, chunk_size: int) -> Iterator[bytes]:
    """Yield ``chunk`` as is, or in pieces of ``chunk_size`` bytes if it is longer."""
    if len(chunk) <= chunk_size:
        yield chunk
        return
    for start in range(0, len(chunk), chunk_size):
        yield chunk[start : start + chunk_size]


def _body_chunks(response: httpx2.Response, chunk_size: int) -> Iterator[bytes]:
    """Yield the body's raw chunks; a body a transport already read (``httpx2.MockTransport``) is sliced."""
    if response.is_stream_consumed:
        yield from _split(response.content, chunk_size)
        return
    # The transport's chunks as they come (httpx reads 64 KiB at a time), split only if one is too long:
    # iter_raw(chunk_size) would copy every byte through a buffer to join the short ones, for ~10% more CPU.
    for chunk in response.iter_raw():
        yield from _split(chunk, chunk_size)


async def _abody_chunks(response: httpx2.Response, chunk_size: int) -> AsyncIterator[bytes]:
    """Async twin of ``_body_chunks``."""
    if response.is_stream_consumed:
        for piece in _split(response.content, chunk_size):
            yield piece
        return
    async for chunk in response.aiter_raw():
        for piece in _split(chunk, chunk_size):
            yield piece


def _end_is_verifiable(response: httpx2.Response) -> bool:
    """Tell whether the body's end is announced (Content-Length, chunked framing, HTTP/2+), not just a close."""
    if "content-length" in response.headers:
        return True
    if "chunked" in response.headers.get("transfer-encoding", "").lower():
        return True
    return response.http_version not in {"HTTP/1.1", "HTTP/1.0", "HTTP/0.9"}


def _check_arguments(
    url: str, destination: str | os.PathLike[str], max_resumes: int, chunk_size: int, max_bytes: int | None
) -> None:
    check_http_url("url", url)
    check_path("destination", destination)
    check_int("max_bytes", max_bytes, minimum=0)
    if max_resumes < 0:
        raise ValueError(f"max_resumes must be >= 0, got {max_resumes}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")


def download_to_path(
    client: httpx2.Client,
    url: str,
    destination: str | os.PathLike[str],
    *,
    method: str = "GET",
    json: Any = None,
    max_resumes: int = MAX_RESUMES,
    chunk_size: int = 1 << 16,
    max_bytes: int | None = None,
) -> pathlib.Path:
    """Download ``url`` to ``destination`` atomically, resuming a dropped connection.

    Args:
        client: A client that carries no credentials; redirects are followed.
        url: The http(s) URL of the file (signed URLs are fine: their query is never shown).
        destination: The file to write; missing parent directories are created.
        method: The HTTP method (a few file endpoints are read-only POSTs).
        json: A JSON body to send, if the endpoint takes one.
        max_resumes: How many times a dropped connection may be resumed with a ``Range`` request.
        chunk_size: The most bytes written at a time (longer chunks from the transport are split).
        max_bytes: Refuse a file larger than this (announced or received); None for no limit.

    Returns:
        The absolute destination path (a link in its folders is kept; the destination itself is never one).

    Raises:
        ValueError: An argument is invalid, or the destination is a symbolic link; no request was sent.
        DownloadError: The file could not be downloaded completely, its end could not be verified (no
            Content-Length and no chunked framing), or it is larger than ``max_bytes``; nothing was written.
        APIStatusError: The server answered with an error status; nothing was written.

    Example:
        >>> with httpx2.Client(timeout=60) as plain:  # doctest: +SKIP
        ...     download_to_path(plain, signed_url, "out/dub.mp4")
    """
    state = _Download(url, destination, max_resumes, chunk_size, max_bytes)
    try:
        while True:
            try:
                with client.stream(
                    method,
                    url,
                    headers=state.request_headers(),
                    json=json,
                    extensions=_READ_ONLY,
                    follow_redirects=True,
                ) as response:
                    if response.is_error:
                        response.read()
                        raise error_for_response(response)
                    state.begin(response)
                    for chunk in _body_chunks(response, chunk_size):
                        state.write(chunk)
            except httpx2.TransportError as exc:
                state.dropped(exc)
                continue
            return state.finish()
    except BaseException:
        state.discard()
        raise


async def adownload_to_path(
    client: httpx2.AsyncClient,
    url: str,
    destination: str | os.PathLike[str],
    *,
    method: str = "GET",
    json: Any = None,
    max_resumes: int = MAX_RESUMES,
    chunk_size: int = 1 << 16,
    max_bytes: int | None = None,
) -> pathlib.Path:
    """Download ``url`` to ``destination`` atomically, resuming a dropped connection.

    Args:
        client: A client that carries no credentials; redirects are followed.
        url: The http(s) URL of the file (signed URLs are fine: their query is never shown).
        destination: The file to write; missing parent directories are created.
        method: The HTTP method (a few file endpoints are read-only POSTs).
        json: A JSON body to send, if the endpoint takes one.
        max_resumes: How many times a dropped connection may be resumed with a ``Range`` request.
        chunk_size: The most bytes written at a time (longer chunks from the transport are split).
        max_bytes: Refuse a file larger than this (announced or received); None for no limit.

    Returns:
        The absolute destination path (a link in its folders is kept; the destination itself is never one).

    Raises:
        ValueError: An argument is invalid, or the destination is a symbolic link; no request was sent.
        DownloadError: The file could not be downloaded completely, its end could not be verified (no
            Content-Length and no chunked framing), or it is larger than ``max_bytes``; nothing was written.
        APIStatusError: The server answered with an error status; nothing was written.

    Example:
        >>> async with httpx2.AsyncClient(timeout=60) as plain:  # doctest: +SKIP
        ...     await adownload_to_path(plain, signed_url, "out/dub.mp4")
    """
    state = _Download(url, destination, max_resumes, chunk_size, max_bytes)
    try:
        while True:
            try:
                async with client.stream(
                    method,
                    url,
                    headers=state.request_headers(),
                    json=json,
                    extensions=_READ_ONLY,
                    follow_redirects=True,
                ) as response:
                    if response.is_error:
                        await response.aread()
                        raise error_for_response(response)
                    state.begin(response)
                    # Chunk writes go to local disk and are short; a thread hop per chunk would cost more.
                    async for chunk in _abody_chunks(response, chunk_size):
                        state.write(chunk)
            except httpx2.TransportError as exc:
                state.dropped(exc)
                continue
            return state.finish()
    except BaseException:
        state.discard()
        raise
