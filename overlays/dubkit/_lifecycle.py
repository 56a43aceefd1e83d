"""What every dubkit client does alike: closing, context managers, a safe repr, configured copies."""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterable
from types import TracebackType
from typing import Any, ClassVar, Self

import attrs
import httpx2

from ._options import AsyncOptionsClient, OptionsClient, check_timeout
from ._settings import KEEP, CallLimits, Keep, check_max_retries

__all__ = ["AsyncClientLifecycle", "ClientLifecycle"]


def _reconfigured(
    client: Any,
    timeout: float | httpx2.Timeout | None,
    max_retries: int | None,
    deadline: float | Keep | None,
    max_response_size: int | Keep,
) -> Any:
    """Return a shallow copy of ``client`` whose httpx2 clients have new settings over the same pools."""
    new_timeout = client.timeout if timeout is None else check_timeout(timeout)
    new_retries = client.max_retries if max_retries is None else check_max_retries(max_retries)
    CallLimits().replaced(deadline, max_response_size)  # check the new limits before copying anything
    clone = copy.copy(client)
    for name, value in vars(client).items():
        if isinstance(value, OptionsClient | AsyncOptionsClient):
            setattr(
                clone,
                name,
                value.copy_with(
                    timeout=new_timeout, max_retries=new_retries, deadline=deadline, max_response_size=max_response_size
                ),
            )
        elif isinstance(getattr(type(client), name, None), functools.cached_property):
            delattr(clone, name)  # the resources are made again on first use, bound to the copy
    clone.timeout, clone.max_retries, clone._owns_pools = new_timeout, new_retries, False
    return clone


class _Configurable:
    """``with_options()``, shared by both lifecycles; ``_RAW_SETTER`` names how the generated client takes httpx2's."""

    _RAW_SETTER: ClassVar[str]
    base_url: httpx2.URL
    timeout: httpx2.Timeout
    max_retries: int
    raw: Any
    _http: Any
    _owns_pools = True

    def with_options(
        self,
        *,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | Keep | None = KEEP,
        max_response_size: int | Keep = KEEP,
    ) -> Self:
        """Return a copy of this client with another request timeout, retry budget, deadline or answer size cap.

        The copy sends through this client's connection pools (nothing new is opened) and closing it
        closes nothing: close this client when done with both. ``client.raw`` of the copy has its settings.

        Args:
            timeout: Seconds (or an ``httpx2.Timeout``) for each request; None keeps this client's.
            max_retries: Retries per request; None keeps this client's.
            deadline: Seconds an API call may take in all (retries included), None for no bound; by default
                (``KEEP``) this client's.
            max_response_size: Bytes an API answer may have once decompressed; by default this client's.

        Returns:
            The configured copy.

        Raises:
            ValueError: If ``timeout``, ``max_retries``, ``deadline`` or ``max_response_size`` is not acceptable.

        Example:
            >>> patient = client.with_options(timeout=300, max_retries=5, deadline=None)  # doctest: +SKIP
        """
        clone = _reconfigured(self, timeout, max_retries, deadline, max_response_size)
        clone.raw = getattr(attrs.evolve(self.raw), self._RAW_SETTER)(clone._http)
        return clone  # type: ignore[no-any-return]


class ClientLifecycle(_Configurable):
    """Mixin for sync clients: ``close()``, ``with``, and a repr without credentials.

    Subclasses set ``base_url`` and ``max_retries`` and list the httpx2 clients they own in ``_owned()``.
    """

    _RAW_SETTER = "set_httpx_client"

    def _owned(self) -> Iterable[httpx2.Client]:
        raise NotImplementedError

    def close(self) -> None:
        """Close the client's connections (a caller-supplied ``http_client`` stays open; a copy closes nothing)."""
        if self._owns_pools:
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


class AsyncClientLifecycle(_Configurable):
    """Mixin for async clients: ``aclose()``, ``async with``, and a repr without credentials."""

    _RAW_SETTER = "set_async_httpx_client"

    def _owned(self) -> Iterable[httpx2.AsyncClient]:
        raise NotImplementedError

    async def aclose(self) -> None:
        """Close the client's connections (a caller-supplied ``http_client`` stays open; a copy closes nothing)."""
        if self._owns_pools:
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
