"""A page of a cursor-paginated list, and the trail of cursors that decides the next one (both pagers' core).

A broken server cannot make a pager loop forever: "more" without a cursor ends the iteration with a
warning, and a cursor seen twice, or ``MAX_EMPTY_PAGES`` empty pages in a row that each say more
follow, raise ``ResponseValidationError``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from dubkit._errors import ResponseValidationError

__all__ = ["MAX_EMPTY_PAGES", "AsyncPageFetch", "CursorTrail", "Page", "PageFetch"]

T = TypeVar("T")

logger = logging.getLogger("dubkit")

MAX_EMPTY_PAGES = 10
"""Empty pages in a row, each with a new cursor and "more to come", after which a pager gives up."""
_SHOWN_CURSOR = 80
"""Characters of a repeated cursor an error shows."""


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a cursor-paginated list.

    Attributes:
        items: The page's items, in the server's order.
        next_cursor: The cursor that fetches the next page, if the server gave one.
        has_more: Whether the server says more pages follow.
    """

    items: list[T]
    next_cursor: str | None = None
    has_more: bool = False


class CursorTrail:
    """Decides, page after page, which cursor comes next; refuses a cursor it has already followed."""

    def __init__(self) -> None:
        self._seen: set[bytes] = set()
        self._empty_run = 0

    def next_cursor(self, page: Page[T]) -> str | None:
        """Return the cursor of the page after ``page``, or ``None`` if the iteration is over.

        Args:
            page: The page just fetched.

        Returns:
            The cursor to fetch next, or ``None`` when there are no more pages.

        Raises:
            ResponseValidationError: The server returned a cursor this iteration already followed, or
                ``MAX_EMPTY_PAGES`` empty pages in a row while saying more follow.
        """
        if not page.has_more:
            return None
        self._empty_run = 0 if page.items else self._empty_run + 1
        if self._empty_run >= MAX_EMPTY_PAGES:
            raise ResponseValidationError(
                f"the server returned {self._empty_run} empty pages in a row, each saying more follow; "
                "stopping instead of paging forever",
                raw_body=b"",
                status_code=200,
            )
        cursor = page.next_cursor
        if not cursor:
            # Stopping loses at most the pages the server failed to point to; guessing could loop.
            logger.warning("list response says has_more but gives no next cursor; stopping after this page")
            return None
        # A digest per page, not the cursor: a server sending megabyte cursors cannot grow the trail by megabytes.
        digest = hashlib.sha256(cursor.encode("utf-8", "surrogatepass")).digest()
        if digest in self._seen:
            shown = cursor if len(cursor) <= _SHOWN_CURSOR else f"{cursor[:_SHOWN_CURSOR]}..."
            raise ResponseValidationError(
                f"the server returned cursor {shown!r} again; stopping instead of looping forever",
                raw_body=b"",
                status_code=200,
            )
        self._seen.add(digest)
        return cursor


PageFetch = Callable[[str | None], Page[T]]
"""Fetches the page at a cursor (``None``: the first page)."""
AsyncPageFetch = Callable[[str | None], Awaitable[Page[T]]]
"""Fetches the page at a cursor (``None``: the first page), async."""
