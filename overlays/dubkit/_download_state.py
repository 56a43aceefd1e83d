"""The I/O-free part of a download, shared by both twins: where bytes go, what the server's answers allow.

The twins (``_async/_downloads.py`` and the ``_sync/`` module written from it) run the requests; everything
they decide is decided here: whether an answer appends, starts over or fails, whether a dropped connection
is resumed (``RetryPolicy.resume``), whether the length is right, and what errors say (never a URL's query).
"""

from __future__ import annotations

import contextlib
import logging
import os
import pathlib
import re
from collections.abc import Iterator
from typing import IO, Any, Protocol, TypedDict

import httpx2

from dubkit._errors import DownloadError
from dubkit._partfiles import create_part_file
from dubkit._retry import DEFAULT_POLICY, MAX_RESUMES, RETRY_SAFE_EXTENSION
from dubkit._safe_names import check_not_symlink
from dubkit._transfers import current_observer
from dubkit._validation import check_http_url, check_int, check_path

__all__ = [
    "READ_ONLY",
    "Destination",
    "DownloadOptions",
    "DownloadState",
    "Writable",
    "check_destination",
    "split_chunk",
    "start_download",
]

_log = logging.getLogger("dubkit")
_CONTENT_RANGE = re.compile(r"bytes (\d+)-\d+/(\d+|\*)")
READ_ONLY = {RETRY_SAFE_EXTENSION: True}
"""The extensions of a download's request: it only reads, whatever its method (some file endpoints are POSTs)."""


class Writable(Protocol):
    """A binary file object a download can write to: anything with ``write(bytes)``."""

    def write(self, data: bytes, /) -> object:
        """Write ``data`` (all of it, or return how many bytes were written)."""
        ...


Destination = str | os.PathLike[str] | Writable
"""Where a download goes: a file path (written atomically) or a binary file object."""


class _PathSink:
    """A temporary file beside the destination, moved onto it once complete."""

    def __init__(self, destination: pathlib.Path) -> None:
        # Absolute, but not resolved: resolving would follow a link at the destination and write to its target.
        self.destination = pathlib.Path(os.path.abspath(destination))
        check_not_symlink(self.destination)
        self.destination.parent.mkdir(parents=True, exist_ok=True)
        # Same directory as the destination, so os.replace is a rename within one file system; the part
        # file gets the mode open() would give under the umask, which os.replace keeps.
        self.file: IO[bytes] = create_part_file(self.destination)
        self.label = self.destination.name

    def write(self, chunk: bytes) -> None:
        self.file.write(chunk)

    def restart(self) -> bool:
        self.file.seek(0)
        self.file.truncate()
        return True

    def finish(self) -> pathlib.Path:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.file.name, self.destination)
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

    def __str__(self) -> str:
        return str(self.destination)


class _FileSink:
    """A caller's binary file object: bytes go in as they come; it starts over only if it can seek back."""

    def __init__(self, target: Writable) -> None:
        self.target = target
        self.label = type(target).__name__
        self.start: int | None = None
        seekable = getattr(target, "seekable", None)
        if callable(seekable) and seekable() and callable(getattr(target, "truncate", None)):
            self.start = target.tell()  # type: ignore[attr-defined]

    def write(self, chunk: bytes) -> None:
        view = memoryview(chunk)
        while view:
            written = self.target.write(view)  # type: ignore[arg-type]
            # A raw file object may take part of the data; a buffered one (or one returning None) takes it all.
            view = view[written:] if isinstance(written, int) and 0 < written < len(view) else view[len(view) :]

    def restart(self) -> bool:
        if self.start is None:
            return False
        self.target.seek(self.start)  # type: ignore[attr-defined]
        self.target.truncate()  # type: ignore[attr-defined]
        return True

    def finish(self) -> None:
        flush = getattr(self.target, "flush", None)
        if callable(flush):
            flush()

    def discard(self) -> None:
        """Leave the file object to its owner (what it received stays in it)."""

    def __str__(self) -> str:
        return f"a {type(self.target).__name__}"


class _IterSink:
    """A byte iterator's end: the bytes are handed on, so nothing is written and nothing can start over."""

    label = "bytes"

    def write(self, chunk: bytes) -> None:
        """Nothing to write: the caller receives the chunk itself."""

    def restart(self) -> bool:
        return False

    def finish(self) -> None:
        """Nothing to finish."""

    def discard(self) -> None:
        """Nothing to remove."""

    def __str__(self) -> str:
        return "an iterator"


_Sink = _PathSink | _FileSink | _IterSink


def _sink(name: str, destination: object) -> _Sink:
    if isinstance(destination, str | os.PathLike):
        return _PathSink(check_path(name, destination))
    if callable(getattr(destination, "write", None)):
        return _FileSink(destination)  # type: ignore[arg-type]
    raise TypeError(f"{name} must be a str, os.PathLike or a binary file object, not {type(destination).__name__}")


def check_destination(name: str, destination: object) -> Destination:
    """Return a download's destination after checking it, before any request.

    Args:
        name: The argument's name, for the message.
        destination: A path (``str`` or ``os.PathLike``) or a binary file object (anything with ``write``).

    Returns:
        The destination.

    Raises:
        TypeError: If it is neither.
        ValueError: If it is an empty path, an existing directory or a symbolic link.
    """
    if isinstance(destination, str | os.PathLike):
        check_not_symlink(pathlib.Path(os.path.abspath(check_path(name, destination))))
        return destination
    if callable(getattr(destination, "write", None)):
        return destination  # type: ignore[return-value]
    raise TypeError(f"{name} must be a str, os.PathLike or a binary file object, not {type(destination).__name__}")


class DownloadState:
    """The I/O-free bookkeeping of one download, shared by the sync and async twins."""

    def __init__(
        self,
        url: str,
        sink: _Sink,
        *,
        max_resumes: int,
        chunk_size: int,
        max_bytes: int | None,
        request: dict[str, Any],
    ) -> None:
        self.url = url
        self.request = request  # the method and the JSON body, if any
        self.safe_url = str(httpx2.URL(url).copy_with(query=None, fragment=None, userinfo=b""))
        self.sink = sink
        self.max_resumes = max_resumes
        self.chunk_size = chunk_size
        self.max_bytes = max_bytes
        self.received = 0
        self.expected: int | None = None
        self.resumes = 0
        self.resumable = False
        self.validator: str | None = None
        self.version: dict[str, str] = {}  # the first answer's ETag and Last-Modified, which a 206 must not contradict
        self.observer = current_observer()
        _log.debug("downloading %s to %s", self.safe_url, sink)

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
            if any(headers.get(name, seen) != seen for name, seen in self.version.items()):
                # A host that ignores If-Range serves the new version's range: appending it would splice two files.
                raise self.error("the file changed on the server since the download began (a different ETag)")
            self.expected = total if total is not None else self.expected
            self.resumable = True
        elif response.status_code == httpx2.codes.OK:
            if self.received:
                _log.debug("%s ignored the Range request; restarting from byte 0", self.safe_url)
                self.start_over("the server ignored the Range request")
            length = headers.get("content-length", "")
            self.expected = int(length) if length.isdigit() else None
            self.resumable = headers.get("accept-ranges", "").lower() == "bytes"
            etag = headers.get("etag")
            # A weak ETag may not be used in If-Range (RFC 9110, 13.1.5).
            self.validator = etag if etag and not etag.startswith("W/") else headers.get("last-modified")
            self.version = {name: headers[name] for name in ("etag", "last-modified") if name in headers}
        else:
            raise self.error(f"unexpected HTTP {response.status_code}")
        if not _end_is_verifiable(response):
            # Only a closed connection would end this body, and a cut one looks the same: refuse it.
            raise self.error("the server framed the body by closing the connection, so its end cannot be verified")
        if self.max_bytes is not None and self.expected is not None and self.expected > self.max_bytes:
            raise self.error(f"the file is larger than max_bytes={self.max_bytes}")

    def write(self, chunk: bytes) -> None:
        """Hand one chunk to the sink."""
        self.received += len(chunk)
        if self.expected is not None and self.received > self.expected:
            raise self.error("the server sent more bytes than it announced")
        if self.max_bytes is not None and self.received > self.max_bytes:
            raise self.error(f"the file is larger than max_bytes={self.max_bytes}")
        self.sink.write(chunk)
        if self.observer is not None:
            self.observer("download", self.sink.label, self.received, self.expected)

    def start_over(self, reason: str) -> None:
        """Drop what was received so far, or raise when it was already handed on."""
        if not self.sink.restart():
            raise self.error(f"{reason}, and the {self.received} bytes already delivered cannot be taken back")
        self.received = 0

    def dropped(self, exc: httpx2.TransportError) -> None:
        """Account for a lost connection: the next attempt resumes, or starts over; raise when out of attempts."""
        if not DEFAULT_POLICY.resume(self.resumes, self.max_resumes):
            raise self.error(f"the connection was lost ({exc}) after {self.resumes} resumes") from exc
        self.resumes += 1
        if self.received and not self.resumable:
            # The server takes no ranges: the next attempt fetches the whole file again.
            self.start_over(f"the connection was lost ({exc}) and the server does not resume")
        _log.debug(
            "connection to %s lost after %d bytes; %s (attempt %d of %d)",
            self.safe_url,
            self.received,
            "resuming" if self.received else "starting over",
            self.resumes,
            self.max_resumes,
        )

    def finish(self) -> pathlib.Path | None:
        """Verify the length and complete the sink (a path: durable bytes moved onto the destination)."""
        if self.expected is not None and self.received != self.expected:
            raise self.error("the body ended early")
        written = self.sink.finish()
        _log.debug(
            "downloaded %d bytes from %s to %s (%d resumes)", self.received, self.safe_url, self.sink, self.resumes
        )
        return written

    def discard(self) -> None:
        """Remove the temporary file, if any; a destination path is never touched."""
        self.sink.discard()

    def error(self, reason: str) -> DownloadError:
        """Build the error for this download, without the URL's query string."""
        expected = "an unknown number of" if self.expected is None else str(self.expected)
        return DownloadError(
            f"download of {self.safe_url} failed: {reason} (received {self.received} of {expected} bytes)",
            url=self.safe_url,
            received=self.received,
            expected=self.expected,
        )


def split_chunk(chunk: bytes, chunk_size: int) -> Iterator[bytes]:
    """Yield ``chunk`` as is, or in pieces of ``chunk_size`` bytes if it is longer."""
    if len(chunk) <= chunk_size:
        yield chunk
        return
    for start in range(0, len(chunk), chunk_size):
        yield chunk[start : start + chunk_size]


def _end_is_verifiable(response: httpx2.Response) -> bool:
    """Tell whether the body's end is announced (Content-Length, chunked framing, HTTP/2+), not just a close."""
    if "content-length" in response.headers:
        return True
    if "chunked" in response.headers.get("transfer-encoding", "").lower():
        return True
    return response.http_version not in {"HTTP/1.1", "HTTP/1.0", "HTTP/0.9"}


class DownloadOptions(TypedDict, total=False):
    """How a download asks for its file, and its limits: each optional.

    Attributes:
        method: The HTTP method (``"GET"``; a few file endpoints are read-only POSTs).
        json: A JSON body to send, if the endpoint takes one.
        max_resumes: How many times a dropped connection may be resumed with a ``Range`` request
            (``MAX_RESUMES``).
        chunk_size: The most bytes handed on at a time (64 KiB; longer chunks from the transport are split).
        max_bytes: Refuse a file larger than this (announced or received); None (the default) for no limit.
    """

    method: str
    json: Any
    max_resumes: int
    chunk_size: int
    max_bytes: int | None


def start_download(
    url: str,
    destination: Destination | None,
    *,
    method: str = "GET",
    json: Any = None,
    max_resumes: int = MAX_RESUMES,
    chunk_size: int = 1 << 16,
    max_bytes: int | None = None,
) -> DownloadState:
    """Check a download's arguments, before any request, and return its state.

    Args:
        url: The http(s) URL of the file.
        destination: A path or a binary file object; None for a byte iterator (whose caller gets the bytes).
        method: The HTTP method (this and the options after it: see ``DownloadOptions``).
        json: A JSON body, if any.
        max_resumes: How many times a dropped connection may be resumed.
        chunk_size: The most bytes handed on at a time.
        max_bytes: Refuse a file larger than this; None for no limit.

    Returns:
        The state of the download, nothing sent yet.

    Raises:
        TypeError: The destination is neither a path nor a binary file object.
        ValueError: An argument is invalid, or the destination path is a symbolic link.
    """
    check_http_url("url", url)
    check_int("max_bytes", max_bytes, minimum=0)
    if max_resumes < 0:
        raise ValueError(f"max_resumes must be >= 0, got {max_resumes}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be >= 1, got {chunk_size}")
    sink = _IterSink() if destination is None else _sink("destination", destination)
    request = {"method": method, "json": json}
    return DownloadState(
        url, sink, max_resumes=max_resumes, chunk_size=chunk_size, max_bytes=max_bytes, request=request
    )
