"""The base of both providers' resources: one call of a generated endpoint, its answer parsed and typed.

Each provider's base adds its owning client and its generated client (``self._raw``); a wrapper method
checks its arguments, then hands the generated function to ``_call``. The type checker checks the
arguments against the generated function's signature (``ParamSpec``), so a declared wrapper
(``scripts/wrappers.py``) cannot pass a parameter the endpoint does not take.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from dubkit._api_resource import APIResource
from dubkit._http import aexpect

__all__ = ["AsyncEndpointResource"]

P = ParamSpec("P")
T = TypeVar("T")


class AsyncEndpointResource(APIResource):
    """A resource whose methods call generated endpoint functions (the providers' bases derive from it)."""

    async def _call(self, operation: Callable[P, Any], model: type[T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Call a generated ``asyncio_detailed`` function and return its parsed answer.

        Args:
            operation: The generated function.
            model: The model a success must parse to (``type(None)`` for an empty answer).
            *args: Its positional arguments (the path parameters), already checked.
            **kwargs: Its keyword arguments: ``client=self._raw``, then ``body``, query parameters and headers,
                already checked (the type checker checks them all against the generated function's signature).

        Returns:
            The parsed model.

        Raises:
            APIStatusError: The API answered with an error status.
            ResponseValidationError: The answer does not match the spec.
        """
        return await aexpect(lambda: operation(*args, **kwargs), model)
