"""What every dubkit client does alike: close its connections, work as a context manager, show a safe repr."""

from __future__ import annotations

from collections.abc import Iterable
from types import TracebackType
from typing import Self

import httpx2

__all__ = ["AsyncClientLifecycle", "ClientLifecycle"]


class ClientLifecycle:
    """Mixin for sync clients: ``close()``, ``with``, and a repr without credentials.

    Subclasses set ``base_url`` and ``max_retries`` and list the httpx clients they own in ``_owned()``.
    """

    base_url: httpx2.URL
    max_retries: int

    def _owned(self) -> Iterable[httpx2.Client]:
        raise NotImplementedError

    def close(self) -> None:
        """Close the client's connections (a caller-supplied ``http_client`` stays open)."""
        for http in self._owned():
            http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        # Only what identifies the client: the key lives in the auth object, which is never shown.
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, max_retries={self.max_retries})"


class AsyncClientLifecycle:
    """Mixin for async clients: ``aclose()``, ``async with``, and a repr without credentials."""

    base_url: httpx2.URL
    max_retries: int

    def _owned(self) -> Iterable[httpx2.AsyncClient]:
        raise NotImplementedError

    async def aclose(self) -> None:
        """Close the client's connections (a caller-supplied ``http_client`` stays open)."""
        for http in self._owned():
            await http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, max_retries={self.max_retries})"
