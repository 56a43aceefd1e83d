# Generated from overlays/dubkit/_async/_pagination.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""The pager: a lazy iteration over every item (or page) of a cursor-paginated list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

from dubkit._options import current_options, using_options
from dubkit._pages import CursorTrail, Page, PageFetch

__all__ = ["SyncPager"]

T = TypeVar("T")


class SyncPager(Generic[T]):
    """Iterate over every item of a cursor-paginated list, fetching each page only when it is reached.

    Each iteration starts again from the first page, so a pager can be iterated more than once.

    Example::

        for dub in SyncPager(lambda cursor: list_dubs(cursor=cursor)):
            print(dub.name)
    """

    def __init__(self, fetch_page: PageFetch[T]) -> None:
        """Wrap ``fetch_page``; nothing is fetched until the pager is iterated.

        Args:
            fetch_page: Fetches the page at a cursor; ``None`` means the first page.
        """
        self._fetch_page = fetch_page
        self._options = current_options()  # a page fetched later still gets the call's request options

    def __iter__(self) -> Iterator[T]:
        """Yield every item of every page, in order.

        Returns:
            An iterator over the items.

        Raises:
            ResponseValidationError: The server returned a cursor it had already returned, or too many
                empty pages in a row (``MAX_EMPTY_PAGES``).
        """
        return self._iter_items()

    def _iter_items(self) -> Iterator[T]:
        for page in self.iter_pages():
            for item in page.items:
                yield item

    def iter_pages(self) -> Iterator[Page[T]]:
        """Yield every page, in order, starting from the first.

        Returns:
            An iterator over the pages.

        Raises:
            ResponseValidationError: The server returned a cursor it had already returned, or too many
                empty pages in a row (``MAX_EMPTY_PAGES``).
        """
        trail = CursorTrail()
        cursor: str | None = None
        while True:
            with using_options(self._options):
                page = self._fetch_page(cursor)
            yield page
            cursor = trail.next_cursor(page)
            if cursor is None:
                return
