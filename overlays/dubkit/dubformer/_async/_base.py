"""The base of the Dubformer resources: the owning client and one call of a generated endpoint.

The same contract as the ElevenLabs resources' base (``self._raw``, ``self._call``), so a Dubformer wrapper
module is declared, and generated, like theirs (``scripts/wrappers.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from dubkit_dubformer import Client

from dubkit._api_resource import APIResource
from dubkit._http import aexpect

if TYPE_CHECKING:
    from ._client import AsyncDubformer

__all__ = ["AsyncDubformerResource"]

P = ParamSpec("P")
T = TypeVar("T")


class AsyncDubformerResource(APIResource):
    """A resource of ``AsyncDubformer``: runs the generated endpoint calls its methods make.

    Args:
        client: The owning client.
    """

    def __init__(self, client: AsyncDubformer) -> None:
        self._client = client

    @property
    def _raw(self) -> Client:
        return self._client.raw

    async def _call(self, operation: Callable[P, Any], model: type[T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Send one request through a generated Dubformer function and parse its answer to ``model``.

        Args:
            operation: The generated ``asyncio_detailed`` function.
            model: The model a success parses to.
            *args: The path parameters, checked by the caller.
            **kwargs: ``client=self._raw``, the body and any headers (the type checker matches them to ``operation``).

        Returns:
            The parsed answer.

        Raises:
            APIStatusError: The API answered with an error status.
            ResponseValidationError: The answer does not match the spec.
        """
        return await aexpect(lambda: operation(*args, **kwargs), model)
