"""Raw and streamed responses: ``resource.with_raw_response.x(...)``, ``with_streaming_response.download(...)``.

The options clients record each answer they receive while a capture is open (``record_response``);
``with_raw_response`` opens one around a call and hands back the call's result together with the last
answer it read. ``with_streaming_response`` turns a download method into its byte iterator
(``download`` -> ``iter_bytes``, ``download_render`` -> ``iter_render_bytes``), started on entering the
``with`` block so the answer's headers are known before the first byte is used. One generic proxy of
each kind serves every resource, so a method added later has them too.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from contextvars import ContextVar
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx2

from dubkit._errors import _REQUEST_ID_HEADERS

if TYPE_CHECKING:
    from dubkit._pagination import AsyncPager

__all__ = [
    "APIResponse",
    "AsyncStreamedResponse",
    "RawResponseProxy",
    "StreamedResponse",
    "StreamingResponseProxy",
    "capture_responses",
    "record_response",
]

T = TypeVar("T")

_CAPTURE: ContextVar[list[httpx2.Response] | None] = ContextVar("dubkit_captured_responses", default=None)


def record_response(response: httpx2.Response) -> None:
    """Keep ``response`` for the capture in force, if any (called by the clients for every answer).

    Args:
        response: An answer just received.
    """
    captured = _CAPTURE.get()
    if captured is not None:
        captured.append(response)


@contextlib.contextmanager
def capture_responses() -> Iterator[list[httpx2.Response]]:
    """Record every answer received inside the block.

    Returns:
        A context manager giving the list the answers are appended to.
    """
    captured: list[httpx2.Response] = []
    token = _CAPTURE.set(captured)
    try:
        yield captured
    finally:
        _CAPTURE.reset(token)


class _Answer:
    """The parts of an HTTP answer every response object shows (from its ``http_response``)."""

    @property
    def http_response(self) -> httpx2.Response:
        """The ``httpx2.Response``."""
        raise NotImplementedError

    @property
    def headers(self) -> httpx2.Headers:
        """The answer's headers."""
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        """The answer's HTTP status."""
        return self.http_response.status_code

    @property
    def request_id(self) -> str | None:
        """The provider's request id, if it sent one."""
        headers = self.http_response.headers
        return next((headers[name] for name in _REQUEST_ID_HEADERS if name in headers), None)


class APIResponse(_Answer, Generic[T]):
    """A call's result together with the HTTP answer it came from (the last one, for a call that polls).

    Args:
        http_response: The answer (its body is already read, or was streamed to the destination).
        parsed: What the method returned.
    """

    def __init__(self, http_response: httpx2.Response, parsed: T) -> None:
        self._http_response = http_response
        self._parsed = parsed

    @property
    def http_response(self) -> httpx2.Response:
        """The ``httpx2.Response`` (its body is already read, or was streamed to the destination)."""
        return self._http_response

    def parse(self) -> T:
        """Return what the method returns: the typed model (a path for a download).

        Returns:
            The parsed result.
        """
        return self._parsed

    def __repr__(self) -> str:
        # The URL's query may be a signature: only the status and the request id are shown.
        return f"<APIResponse [{self.status_code}] request_id={self.request_id!r}>"


def _answer(captured: list[httpx2.Response], name: str, result: T) -> APIResponse[T]:
    if not captured:
        raise TypeError(f"{name}() made no request of its own, so it has no raw response")
    return APIResponse(captured[-1], result)


def _raw_method(method: Callable[..., Any]) -> Callable[..., Any]:
    name = method.__name__
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def araw(*args: Any, **kwargs: Any) -> APIResponse[Any]:
            with capture_responses() as captured:
                result = await method(*args, **kwargs)
            return _answer(captured, name, result)

        return araw

    @functools.wraps(method)
    def raw(*args: Any, **kwargs: Any) -> Any:
        with capture_responses() as captured:
            result = method(*args, **kwargs)
            # A pager (the only result with ``prefetch``) is lazy: its raw answer is its first page's.
            # Recognised by that method, because the pager module imports dubkit._options, which imports this one.
            prefetch = getattr(result, "prefetch", None)
            if callable(prefetch) and not inspect.iscoroutinefunction(prefetch):
                prefetch()
        if inspect.iscoroutinefunction(getattr(result, "prefetch", None)):
            return _first_page_answer(result, name)
        return _answer(captured, name, result)

    return raw


async def _first_page_answer(pager: AsyncPager[T], name: str) -> APIResponse[AsyncPager[T]]:
    with capture_responses() as captured:
        await pager.prefetch()
    return _answer(captured, name, pager)


class RawResponseProxy:
    """``resource.with_raw_response``: the resource's methods, each returning an ``APIResponse``.

    Sub-resources are reached through it too (``client.dubbing.with_raw_response.audio.download``).
    A list (``client.dubbing.with_raw_response.list()``; awaited on an async client) fetches its first page
    at once: the answer is that page's, and ``parse()`` gives the pager, which starts from the page already
    fetched and asks for the next ones as it is iterated.

    Args:
        resource: The resource (or client) whose methods to wrap.
    """

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name in {"with_raw_response", "with_streaming_response", "with_options"}:
            raise AttributeError(f"with_raw_response has no {name!r}")
        value = getattr(self._resource, name)
        if callable(value) and inspect.ismethod(value):
            return _raw_method(value)
        if hasattr(value, "with_raw_response"):
            return RawResponseProxy(value)
        raise AttributeError(f"with_raw_response has no method {name!r}")


def _iterator_name(name: str) -> str:
    """``download`` -> ``iter_bytes``; ``download_render`` -> ``iter_render_bytes``."""
    if name == "download":
        return "iter_bytes"
    if name.startswith("download_"):
        return f"iter_{name.removeprefix('download_')}_bytes"
    raise AttributeError(f"with_streaming_response has only downloads, not {name!r}")


class _Streamed(_Answer):
    """What the sync and async streamed responses share: the answer, once the first chunk has been asked for."""

    _response: httpx2.Response | None = None

    @property
    def http_response(self) -> httpx2.Response:
        """The file's ``httpx2.Response`` (its body is being streamed)."""
        if self._response is None:
            raise RuntimeError("enter the `with` block first: the request is sent there")
        return self._response

    def _keep(self, captured: list[httpx2.Response]) -> None:
        if not captured:
            raise TypeError("the download made no request")
        self._response = captured[-1]


_END: Any = object()


class StreamedResponse(_Streamed):
    """A download in progress: ``headers``/``status_code`` at once, then the bytes with ``iter_bytes()``.

    Args:
        chunks: The download method's byte iterator (not started yet).
    """

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._first: Any = _END

    def __enter__(self) -> Self:
        with capture_responses() as captured:
            self._first = next(self._chunks, _END)
        self._keep(captured)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        close = getattr(self._chunks, "close", None)
        if callable(close):
            close()

    def iter_bytes(self) -> Iterator[bytes]:
        """Yield the file's bytes: length-checked, resumed with ``Range`` if the connection drops.

        Returns:
            The chunks.
        """
        if self._first is not _END:
            first, self._first = self._first, _END
            yield first
        yield from self._chunks


class AsyncStreamedResponse(_Streamed):
    """The async twin of ``StreamedResponse`` (``async with``; ``async for chunk in response.iter_bytes()``).

    Args:
        chunks: The download method's async byte iterator (not started yet).
    """

    def __init__(self, chunks: AsyncIterator[bytes]) -> None:
        self._chunks = chunks
        self._first: Any = _END

    async def __aenter__(self) -> Self:
        with capture_responses() as captured:
            self._first = await anext(self._chunks, _END)
        self._keep(captured)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        aclose = getattr(self._chunks, "aclose", None)
        if callable(aclose):
            await aclose()

    async def iter_bytes(self) -> AsyncIterator[bytes]:
        """Yield the file's bytes: length-checked, resumed with ``Range`` if the connection drops.

        Returns:
            The chunks.
        """
        if self._first is not _END:
            first, self._first = self._first, _END
            yield first
        async for chunk in self._chunks:
            yield chunk


class StreamingResponseProxy:
    """``resource.with_streaming_response``: each download method, called without its path, as a streamed response.

    ``with client.dubbing.audio.with_streaming_response.download(dub_id, "es") as response:`` sends the
    request, and ``response.iter_bytes()`` yields the file (``async with`` / ``async for`` on an async client).

    Args:
        resource: The resource whose download methods to stream.
    """

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self._resource, name)
        if hasattr(value, "with_streaming_response") and not callable(value):
            return StreamingResponseProxy(value)
        iterate = getattr(self._resource, _iterator_name(name))

        @functools.wraps(iterate)
        def stream(*args: Any, **kwargs: Any) -> StreamedResponse | AsyncStreamedResponse:
            chunks = iterate(*args, **kwargs)
            if isinstance(chunks, AsyncIterator):
                return AsyncStreamedResponse(chunks)
            return StreamedResponse(chunks)

        return stream
