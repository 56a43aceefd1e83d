"""The base of every resource: per-call request options and ``with_raw_response``, for every method at once.

A resource class lists ``**options: Unpack[RequestOptions]`` in each public method's signature (for
callers and type checkers); this base wraps every public method when the class is defined, so the
options are checked before anything is sent and are in force for every request the method makes,
whatever its body does. A method whose own parameter shares an option's name (``wait(timeout=)``, the
wait's deadline) keeps it: the option of that name is not taken from its keywords.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from dubkit._options import OPTION_NAMES, check_options, using_options
from dubkit._raw_response import RawResponseProxy

__all__ = ["APIResource"]


def _with_options(method: Callable[..., Any]) -> Callable[..., Any]:
    names = OPTION_NAMES - set(inspect.signature(method).parameters)

    def split(kwargs: dict[str, Any]) -> Any:
        given = {name: kwargs.pop(name) for name in names & kwargs.keys()}
        return check_options(given) if given else None

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def acall(self: object, *args: Any, **kwargs: Any) -> Any:
            with using_options(split(kwargs)):
                return await method(self, *args, **kwargs)

        return acall

    @functools.wraps(method)
    def call(self: object, *args: Any, **kwargs: Any) -> Any:
        with using_options(split(kwargs)):
            return method(self, *args, **kwargs)

    return call


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
