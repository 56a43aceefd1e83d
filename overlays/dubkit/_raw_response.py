"""Raw responses: the HTTP answer behind a call, for ``resource.with_raw_response.method(...)``.

The options clients record each answer they receive while a capture is open (``record_response``);
``with_raw_response`` opens one around a call and hands back the call's result together with the last
answer it read. One generic proxy serves every resource, so a method added later has it too.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, Generic, TypeVar

import httpx

from dubkit._errors import _REQUEST_ID_HEADERS

__all__ = ["APIResponse", "RawResponseProxy", "capture_responses", "record_response"]

T = TypeVar("T")

_CAPTURE: ContextVar[list[httpx.Response] | None] = ContextVar("dubkit_captured_responses", default=None)


def record_response(response: httpx.Response) -> None:
    """Keep ``response`` for the capture in force, if any (called by the clients for every answer).

    Args:
        response: An answer just received.
    """
    captured = _CAPTURE.get()
    if captured is not None:
        captured.append(response)


@contextlib.contextmanager
def capture_responses() -> Iterator[list[httpx.Response]]:
    """Record every answer received inside the block.

    Returns:
        A context manager giving the list the answers are appended to.
    """
    captured: list[httpx.Response] = []
    token = _CAPTURE.set(captured)
    try:
        yield captured
    finally:
        _CAPTURE.reset(token)


class APIResponse(Generic[T]):
    """A call's result together with the HTTP answer it came from (the last one, for a call that polls).

    Attributes:
        http_response: The ``httpx.Response`` (its body is already read, or was streamed to the destination).

    Args:
        http_response: The answer.
        parsed: What the method returned.
    """

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response = http_response
        self._parsed = parsed

    @property
    def headers(self) -> httpx.Headers:
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

    def parse(self) -> T:
        """Return what the method returns: the typed model (a path for a download).

        Returns:
            The parsed result.
        """
        return self._parsed

    def __repr__(self) -> str:
        # The URL's query may be a signature: only the status and the request id are shown.
        return f"<APIResponse [{self.status_code}] request_id={self.request_id!r}>"


def _answer(captured: list[httpx.Response], name: str, result: T) -> APIResponse[T]:
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
    def raw(*args: Any, **kwargs: Any) -> APIResponse[Any]:
        with capture_responses() as captured:
            result = method(*args, **kwargs)
        return _answer(captured, name, result)

    return raw


class RawResponseProxy:
    """``resource.with_raw_response``: the resource's methods, each returning an ``APIResponse``.

    Sub-resources are reached through it too (``client.dubbing.with_raw_response.audio.download``).
    A pager (``client.dubbing.list()``) fetches lazily, so it has no single answer: its raw call raises TypeError.

    Args:
        resource: The resource (or client) whose methods to wrap.
    """

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name in {"with_raw_response", "with_options"}:
            raise AttributeError(f"with_raw_response has no {name!r}")
        value = getattr(self._resource, name)
        if callable(value) and inspect.ismethod(value):
            return _raw_method(value)
        if hasattr(value, "with_raw_response"):
            return RawResponseProxy(value)
        raise AttributeError(f"with_raw_response has no method {name!r}")
