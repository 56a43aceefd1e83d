"""Streamed, atomic, length-checked and resumable downloads of output files, to a path, a file object or a loop.

A download to a path streams into a temporary ``.part`` file next to the destination and is moved onto
the destination with ``os.replace`` only once every announced byte has arrived, so the destination
either holds the complete new file or is left exactly as it was. A connection that drops mid-body
is resumed with a ``Range`` request when the server accepts ranges, and started over when it does not.

A binary file object (``io.BytesIO``, a pipe, an object store's writer) receives the bytes as they
come, and a byte iterator (``iter_download``) yields them: both resume with ``Range`` alike, and both
fail with ``DownloadError`` where a path would start over, unless the file object can seek back (the
bytes already handed on cannot be taken back). Every way checks the length the server announced.

Output files live on other hosts behind signed URLs, so the caller's client must carry no
credentials, and messages and logs never show a URL's query string.

The decisions live in ``_download_state``; the async twins in ``_async/_downloads.py`` are the source of
the sync ones, which ``scripts/unasync.py`` writes. This module is where callers import both from.
"""

from __future__ import annotations

from dubkit._async._downloads import adownload_to_path, aiter_download
from dubkit._download_state import Destination, Writable, check_destination
from dubkit._sync._downloads import download_to_path, iter_download

__all__ = [
    "Destination",
    "Writable",
    "adownload_to_path",
    "aiter_download",
    "check_destination",
    "download_to_path",
    "iter_download",
]
