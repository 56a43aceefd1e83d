"""The base of the ElevenLabs resources: the owning client, one call of a generated endpoint, lists, file streams.

Every resource method checks its own arguments, then hands the generated function to ``_call`` (which
retries a garbled answer and parses the model; the type checker checks the arguments against the
function's signature), a paginated list to ``_pager``, or a file endpoint's request to ``_download`` or
``_stream`` (streamed, atomic, length-checked, resumable). Saying that once here keeps each method down
to what is its own: its checks, its body and its answer's type.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from dubkit_elevenlabs import Client

from dubkit._downloads import Destination, check_destination
from dubkit._endpoint_resource import AsyncEndpointResource
from dubkit._http import aexpect
from dubkit._pagination import AsyncPager, Page

from ._files import adownload_endpoint, aiter_endpoint

if TYPE_CHECKING:
    from ._client import AsyncElevenLabs

__all__ = ["AsyncElevenLabsResource"]

T = TypeVar("T")
M = TypeVar("M")


class AsyncElevenLabsResource(AsyncEndpointResource):
    """A resource of ``AsyncElevenLabs``: runs the generated endpoint calls its methods make.

    Args:
        client: The owning client.
    """

    def __init__(self, client: AsyncElevenLabs) -> None:
        self._client = client

    @property
    def _raw(self) -> Client:
        return self._client.raw

    def _pager(
        self, operation: Callable[..., Any], model: type[M], to_page: Callable[[M], Page[T]], *args: Any, **kwargs: Any
    ) -> AsyncPager[T]:
        """Return a lazy iteration over a cursor-paginated list endpoint, one call per page.

        Args:
            operation: The generated list function; it is given this client and a ``cursor`` (None at first).
            model: The model each answer parses to.
            to_page: Turns one answer into a ``Page`` (its items and the next cursor).
            *args: The function's path parameters, already checked.
            **kwargs: Its filters, already checked.

        Returns:
            The pager; nothing is fetched until it is iterated.
        """

        async def fetch(cursor: str | None) -> Page[T]:
            return to_page(await aexpect(lambda: operation(*args, client=self._raw, cursor=cursor, **kwargs), model))

        return AsyncPager(fetch)

    async def _download(
        self, request: Mapping[str, Any], path: Destination, *, max_bytes: int | None = None
    ) -> Path | None:
        """Stream a file endpoint's answer to ``path`` (checked here, after the request was built).

        Args:
            request: The endpoint's generated request description (``request_kwargs``).
            path: The file to write, or a binary file object.
            max_bytes: Refuse a file larger than this; None for no limit.

        Returns:
            The written path (None for a file object).

        Raises:
            ValueError: If ``path`` is not a destination.
            APIStatusError: The API answered with an error; nothing written.
            DownloadError: The file could not be downloaded completely; nothing written.
        """
        destination = check_destination("path", path)
        return await adownload_endpoint(
            self._client.stream_http, self._client.base_url, request, destination, max_bytes=max_bytes
        )

    def _stream(self, request: Mapping[str, Any]) -> AsyncIterator[bytes]:
        """Yield a file endpoint's bytes as they arrive.

        Args:
            request: The endpoint's generated request description (``request_kwargs``).

        Returns:
            The chunks.
        """
        return aiter_endpoint(self._client.stream_http, self._client.base_url, request)
