"""The base of every resource: per-call request options, ``with_raw_response`` and ``with_streaming_response``.

A resource class lists ``**options: Unpack[RequestOptions]`` in each public method's signature (for
callers and type checkers); this base wraps every public method when the class is defined, so the
options are checked before anything is sent and are in force for every request the method makes,
whatever its body does. A method whose own parameter shares an option's name (``wait(timeout=)``, the
wait's deadline) keeps it: the option of that name is not taken from its keywords.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import Any, TypeVar

from dubkit._options import OPTION_NAMES, CallOptions, check_options, using_options
from dubkit._raw_response import RawResponseProxy, StreamingResponseProxy

__all__ = ["APIResource"]

T = TypeVar("T")
_DONE: Any = object()


def _with_options(method: Callable[..., Any]) -> Callable[..., Any]:
    parameters = inspect.signature(method).parameters
    own = {name for name, p in parameters.items() if p.kind is not inspect.Parameter.VAR_KEYWORD}
    names = OPTION_NAMES - own

    def split(kwargs: dict[str, Any]) -> CallOptions:
        unknown = kwargs.keys() - own - names
        if unknown:  # ``**options`` would swallow a misspelt argument silently
            raise TypeError(f"{method.__qualname__}() got unexpected keyword argument(s): {', '.join(sorted(unknown))}")
        # Empty options still mark the call as dubkit's own (``in_api_call``): its errors are typed.
        return check_options({name: kwargs.pop(name) for name in names & kwargs.keys()})

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def acall(self: object, *args: Any, **kwargs: Any) -> Any:
            with using_options(split(kwargs)):
                return await method(self, *args, **kwargs)

        return acall

    @functools.wraps(method)
    def call(self: object, *args: Any, **kwargs: Any) -> Any:
        options = split(kwargs)
        with using_options(options):
            result = method(self, *args, **kwargs)
        # A byte iterator sends its requests while it is read: the options go with each step, not the call.
        if inspect.isgenerator(result):
            return _steps(result, options)
        if inspect.isasyncgen(result):
            return _asteps(result, options)
        return result

    return call


def _steps(inner: Generator[T, Any, Any], options: CallOptions | None) -> Iterator[T]:
    with contextlib.closing(inner):
        while True:
            with using_options(options):
                item = next(inner, _DONE)
            if item is _DONE:
                return
            yield item


async def _asteps(inner: AsyncGenerator[T, Any], options: CallOptions | None) -> AsyncIterator[T]:
    try:
        while True:
            with using_options(options):
                item = await anext(inner, _DONE)
            if item is _DONE:
                return
            yield item
    finally:
        await inner.aclose()


class APIResource:
    """Mixin of the resources (and clients with methods of their own): request options, raw responses."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(value) and name != "with_options":
                setattr(cls, name, _with_options(value))

    @property
    def with_raw_response(self) -> Any:
        """The same methods, each returning an ``APIResponse`` (``.headers``, ``.status_code``, ``.parse()``)."""
        return RawResponseProxy(self)

    @property
    def with_streaming_response(self) -> Any:
        """The download methods, called without a path, as streamed responses (``.headers``, ``.iter_bytes()``)."""
        return StreamingResponseProxy(self)
