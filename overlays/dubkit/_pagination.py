"""Cursor pagination: one page class and one pager per style, shared by every list endpoint.

A list endpoint is wrapped as a ``fetch_page(cursor)`` function returning a ``Page``; ``SyncPager`` and
``AsyncPager`` turn it into a lazy iteration over items (or over pages with ``iter_pages()``).
An API without pagination is a single ``Page(items)``, whose ``has_more`` is false.

``AsyncPager`` (in ``_async/_pagination.py``) is the source of ``SyncPager``, which ``scripts/unasync.py``
writes; the page and the trail of cursors that bounds a broken server are in ``_pages``. This module is where
callers import them from.
"""

from __future__ import annotations

from dubkit._async._pagination import AsyncPager
from dubkit._pages import MAX_EMPTY_PAGES, Page
from dubkit._sync._pagination import SyncPager

__all__ = ["MAX_EMPTY_PAGES", "AsyncPager", "Page", "SyncPager"]
