"""Cursor pagination: lazy item and page iteration, broken-server protection, re-iteration, both twins."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from dubkit._errors import ResponseValidationError
from dubkit._pagination import MAX_EMPTY_PAGES, AsyncPager, Page, SyncPager

MAX_FETCHES = 100
THREE_PAGES: dict[str | None, Page[int]] = {
    None: Page([1, 2], "c1", has_more=True),
    "c1": Page([3], "c2", has_more=True),
    "c2": Page([4, 5], None, has_more=False),
}


class Server:
    """A fake list endpoint that serves pages by cursor and records every cursor it was asked for."""

    def __init__(self, pages: dict[str | None, Page[int]]) -> None:
        self.pages = pages
        self.cursors: list[str | None] = []

    def fetch(self, cursor: str | None) -> Page[int]:
        # A pager that follows a cycle would fetch forever; failing beats hanging the suite.
        assert len(self.cursors) < MAX_FETCHES, "still fetching: the pager is looping"
        self.cursors.append(cursor)
        return self.pages[cursor]

    async def async_fetch(self, cursor: str | None) -> Page[int]:
        return self.fetch(cursor)


async def collect(iterator: AsyncIterator[Any]) -> list[Any]:
    """Drain an async iterator into a list."""
    return [item async for item in iterator]


def test_page_defaults_describe_a_single_page() -> None:
    """A Page built from items alone has no cursor and no more pages."""
    page = Page(["a"])
    assert (page.items, page.next_cursor, page.has_more) == (["a"], None, False)


def test_items_across_pages_in_order_with_the_right_cursors() -> None:
    """Iterating yields every item in order, asking for None first and then each next_cursor."""
    server = Server(THREE_PAGES)
    assert list(SyncPager(server.fetch)) == [1, 2, 3, 4, 5]
    assert server.cursors == [None, "c1", "c2"]


def test_iteration_is_lazy() -> None:
    """Nothing is fetched at construction, and a page is fetched only when iteration reaches it."""
    server = Server(THREE_PAGES)
    pager = SyncPager(server.fetch)
    assert server.cursors == []
    items = iter(pager)
    assert next(items) == 1
    assert next(items) == 2
    assert server.cursors == [None]
    assert next(items) == 3
    assert server.cursors == [None, "c1"]


def test_iter_pages_yields_each_page_lazily() -> None:
    """iter_pages yields the fetched Page objects themselves, one fetch per page."""
    server = Server(THREE_PAGES)
    pages = SyncPager(server.fetch).iter_pages()
    assert next(pages) is THREE_PAGES[None]
    assert server.cursors == [None]
    assert list(pages) == [THREE_PAGES["c1"], THREE_PAGES["c2"]]
    assert server.cursors == [None, "c1", "c2"]


def test_single_page_api_is_one_fetch() -> None:
    """A Page with items only is the whole list: one fetch, no cursor."""
    server = Server({None: Page([7, 8])})
    assert list(SyncPager(server.fetch)) == [7, 8]
    assert server.cursors == [None]


def test_empty_pages_in_the_middle_are_skipped() -> None:
    """An empty page that still has more leads on to the next page."""
    server = Server({None: Page([], "c1", has_more=True), "c1": Page([1])})
    assert list(SyncPager(server.fetch)) == [1]
    assert server.cursors == [None, "c1"]


def test_has_more_false_ends_even_with_a_cursor() -> None:
    """has_more false is authoritative: a leftover next_cursor is not followed."""
    server = Server({None: Page([1], "c1", has_more=False)})
    assert list(SyncPager(server.fetch)) == [1]
    assert server.cursors == [None]


@pytest.mark.parametrize("cursor", [None, ""])
def test_missing_cursor_warns_and_stops(cursor: str | None, caplog: pytest.LogCaptureFixture) -> None:
    """has_more with a missing or empty cursor ends the iteration after that page and logs a WARNING."""
    server = Server({None: Page([1, 2], cursor, has_more=True)})
    with caplog.at_level(logging.WARNING, logger="dubkit"):
        assert list(SyncPager(server.fetch)) == [1, 2]
    assert server.cursors == [None]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "dubkit"]
    assert len(warnings) == 1
    assert "has_more" in warnings[0].getMessage()


REPEATING: dict[str, dict[str | None, Page[int]]] = {
    "immediate": {None: Page([1], "c1", has_more=True), "c1": Page([2], "c1", has_more=True)},
    "cycle": {
        None: Page([1], "c1", has_more=True),
        "c1": Page([2], "c2", has_more=True),
        "c2": Page([3], "c1", has_more=True),
    },
}


@pytest.mark.parametrize("pages", REPEATING.values(), ids=REPEATING.keys())
def test_repeated_cursor_raises_instead_of_looping(pages: dict[str | None, Page[int]]) -> None:
    """A cursor the server already returned raises ResponseValidationError after the items before it."""
    server = Server(pages)
    seen: list[int] = []
    with pytest.raises(ResponseValidationError) as caught:
        seen.extend(SyncPager(server.fetch))
    assert seen == [item for page in pages.values() for item in page.items]
    assert len(server.cursors) == len(pages)
    assert (caught.value.status_code, caught.value.raw_body) == (200, b"")
    assert "'c1'" in caught.value.reason


def test_reiteration_starts_from_the_first_page() -> None:
    """Each iteration of the same pager fetches again from the first page."""
    server = Server(THREE_PAGES)
    pager = SyncPager(server.fetch)
    assert list(pager) == list(pager) == [1, 2, 3, 4, 5]
    assert list(pager.iter_pages()) == list(THREE_PAGES.values())
    assert server.cursors == [None, "c1", "c2"] * 3


def test_async_items_across_pages_in_order() -> None:
    """The async pager yields every item in order with the same cursors as the sync one."""
    server = Server(THREE_PAGES)
    assert asyncio.run(collect(aiter(AsyncPager(server.async_fetch)))) == [1, 2, 3, 4, 5]
    assert server.cursors == [None, "c1", "c2"]


def test_async_iteration_is_lazy() -> None:
    """The async pager fetches nothing at construction and the next page only when reached."""
    server = Server(THREE_PAGES)

    async def scenario() -> None:
        pager = AsyncPager(server.async_fetch)
        assert server.cursors == []
        items = aiter(pager)
        assert [await anext(items), await anext(items)] == [1, 2]
        assert server.cursors == [None]
        assert await anext(items) == 3
        assert server.cursors == [None, "c1"]
        await items.aclose()  # type: ignore[attr-defined]

    asyncio.run(scenario())


def test_async_iter_pages_and_reiteration() -> None:
    """Async iter_pages yields the pages; a second iteration starts again from the first page."""
    server = Server(THREE_PAGES)
    pager = AsyncPager(server.async_fetch)
    assert asyncio.run(collect(pager.iter_pages())) == list(THREE_PAGES.values())
    assert asyncio.run(collect(aiter(pager))) == [1, 2, 3, 4, 5]
    assert server.cursors == [None, "c1", "c2"] * 2


def test_async_has_more_without_a_cursor_stops(caplog: pytest.LogCaptureFixture) -> None:
    """The async pager also stops, with one WARNING, when has_more comes without a cursor."""
    server = Server({None: Page([1], None, has_more=True)})
    with caplog.at_level(logging.WARNING, logger="dubkit"):
        assert asyncio.run(collect(aiter(AsyncPager(server.async_fetch)))) == [1]
    assert server.cursors == [None]
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


@pytest.mark.parametrize("pages", REPEATING.values(), ids=REPEATING.keys())
def test_async_repeated_cursor_raises(pages: dict[str | None, Page[int]]) -> None:
    """The async pager raises ResponseValidationError on a repeated cursor."""
    server = Server(pages)
    with pytest.raises(ResponseValidationError) as caught:
        asyncio.run(collect(aiter(AsyncPager(server.async_fetch))))
    assert caught.value.status_code == 200
    assert len(server.cursors) == len(pages)


def _empty_forever(cursor: str | None) -> Page[int]:
    number = int(cursor or "0")
    return Page([], str(number + 1), has_more=True)


def test_endless_empty_pages_raise_after_a_bounded_run() -> None:
    """Empty pages with ever-new cursors raise ResponseValidationError after MAX_EMPTY_PAGES fetches."""
    fetched: list[str | None] = []

    def fetch(cursor: str | None) -> Page[int]:
        assert len(fetched) < MAX_FETCHES, "still fetching: the pager is looping"
        fetched.append(cursor)
        return _empty_forever(cursor)

    with pytest.raises(ResponseValidationError, match="empty pages in a row"):
        list(SyncPager(fetch))
    assert len(fetched) == MAX_EMPTY_PAGES

    async def run() -> None:
        fetched.clear()

        async def afetch(cursor: str | None) -> Page[int]:
            return fetch(cursor)

        with pytest.raises(ResponseValidationError, match="empty pages in a row"):
            await collect(aiter(AsyncPager(afetch)))

    asyncio.run(run())
    assert len(fetched) == MAX_EMPTY_PAGES


def test_a_run_of_empty_pages_shorter_than_the_bound_is_followed() -> None:
    """Fewer than MAX_EMPTY_PAGES empty pages in a row, then items: every item arrives, and the run restarts."""
    pages: dict[str | None, Page[int]] = {}
    cursor: str | None = None
    for block in range(3):
        for step in range(MAX_EMPTY_PAGES - 1):
            pages[cursor] = Page([], f"e{block}-{step}", has_more=True)
            cursor = f"e{block}-{step}"
        pages[cursor] = Page([block], f"i{block}", has_more=block < 2)
        cursor = f"i{block}"
    assert list(SyncPager(Server(pages).fetch)) == [0, 1, 2]
