"""Turn what the generated code returns or raises into dubkit's results and errors (the twins' shared core).

An answer the generated code cannot parse reaches ``on_unparsable`` (the generated clients' hook) with the
error, so what it was travels with the error, never through a module global. The ``expect`` loops (in
``_async/_http.py`` and the ``_sync/`` module written from it) ask again after a garbled body, while the
request's retry plan allows, and report a retried DELETE's 404 as the success it stands for.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol, TypeVar

import httpx2

from ._attempts import AMBIGUOUS_HINT
from ._errors import InvalidRequestError, NotFoundError, OutcomeUnknownError, ResponseValidationError
from ._redact import redact_url
from ._retry import GONE_AFTER_RETRY_EXTENSION, Decision, RequestRetries, RetryPolicy

__all__ = [
    "AsyncDetailedCall",
    "Detailed",
    "DetailedCall",
    "GarbledBodyError",
    "checked",
    "gone_or_raise",
    "on_unparsable",
    "reask_or_raise",
]

T = TypeVar("T")
D = TypeVar("D", bound="Detailed")
logger = logging.getLogger("dubkit")

# Errors the generated from_dict code raises on a body that does not match the spec.
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)
_GARBLED = (json.JSONDecodeError, UnicodeDecodeError)
"""What parsing raises for a body that is not JSON at all: cut short or garbled on the way."""

_DELETE_ACKNOWLEDGEMENTS: dict[str, dict[str, Any]] = {
    "DeleteDubbingResponseModel": {"status": "ok"},
    "DeleteProjectResponseModel": {"status": "ok"},
    "DeleteChapterResponseModel": {"status": "ok"},
    "DeleteResult": {"success": True},
}
"""What each provider answers to a DELETE that worked, by the model it parses to (their specs' examples)."""
_GONE_HINT = "An earlier attempt of this DELETE, whose answer was lost, most likely deleted it."


class Detailed(Protocol):
    """The generated ``Response[...]``: what a ``sync_detailed``/``asyncio_detailed`` call returns."""

    @property
    def parsed(self) -> Any: ...

    @property
    def content(self) -> bytes: ...

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...


DetailedCall = Callable[[], D]
"""A zero-argument function that calls a generated ``sync_detailed`` function."""
AsyncDetailedCall = Callable[[], Awaitable[D]]
"""A zero-argument function returning a generated ``asyncio_detailed`` coroutine."""


class GarbledBodyError(ResponseValidationError):
    """A body that is not JSON at all, in an answer to a request that may be asked again.

    ``expect`` asks again while the plan allows; anyone else (a call through ``client.raw``) sees a
    ``ResponseValidationError``.
    """

    def __init__(self, error: Exception, response: httpx2.Response, plan: RequestRetries) -> None:
        super().__init__(
            f"{type(error).__name__}: {error}", raw_body=response.content, status_code=response.status_code
        )
        self.plan = plan
        self.where = f"{response.request.method} {redact_url(response.request.url)}"
        self.error_name = type(error).__name__


def on_unparsable(response: httpx2.Response, error: Exception) -> None:
    """Turn an error parsing an answer into dubkit's: the generated clients' ``on_unparsable`` hook.

    A body that is not even JSON was damaged on the way (a proxy or server cut it short), and the
    next answer will likely be whole: the request's retry plan says whether it is asked again
    (``RetryPolicy.reask_garbled``). A body that is JSON but breaks the spec would break again, so it
    fails at once. A success answer to a request that cannot be re-sent (a paid create), which we
    cannot read, means the work was probably done: the outcome is unknown, exactly as for a lost answer.

    Args:
        response: The answer, its body read.
        error: What parsing it raised.

    Raises:
        ResponseValidationError: The body does not match the spec (the raw body is kept).
        OutcomeUnknownError: A request that cannot be re-sent got a success whose body cannot be read.
    """
    if not isinstance(error, _PARSE_ERRORS) or isinstance(error, InvalidRequestError):
        return  # not a parsing failure: it propagates as it is
    request = response.request
    if isinstance(error, _GARBLED):
        plan = RetryPolicy.planned(request)
        decision = RetryPolicy.reask_garbled(plan, 0, success=response.is_success)
        if decision is Decision.RETRY:
            raise GarbledBodyError(error, response, plan) from error
        if decision is Decision.AMBIGUOUS:
            cause = f"HTTP {response.status_code} with a body that could not be read ({type(error).__name__})"
            raise OutcomeUnknownError(request.method, str(request.url), cause, AMBIGUOUS_HINT) from error
    raise _invalid(error, response) from error


def reask_or_raise(garbled: GarbledBodyError, asked: int) -> None:
    """Return if the call is made again after a garbled answer; else raise the error the caller sees.

    Args:
        garbled: What the call raised.
        asked: How many times it was asked again already.

    Raises:
        ResponseValidationError: The plan allows no more asking.
    """
    if RetryPolicy.reask_garbled(garbled.plan, asked, success=True) is Decision.RETRY:
        logger.info(
            "%s answered HTTP %d with a body that is not JSON (%s); asking again",
            garbled.where, garbled.status_code, garbled.error_name,
        )  # fmt: skip
        return
    final = ResponseValidationError(garbled.reason, raw_body=garbled.raw_body, status_code=garbled.status_code)
    raise final from garbled.__cause__


def checked(parsed: Any, model: type[T], detailed: Detailed) -> T:
    """Return ``parsed`` if it is a ``model``; else raise, keeping the raw body.

    Args:
        parsed: What the generated code parsed.
        model: The model a success must parse to.
        detailed: The generated response.

    Returns:
        The model.

    Raises:
        ResponseValidationError: It is something else (an error model the spec declares, or None).
    """
    if isinstance(parsed, model):
        return parsed
    raise ResponseValidationError(
        f"expected {model.__name__}, got {type(parsed).__name__}",
        raw_body=detailed.content,
        status_code=int(detailed.status_code),
    )


def _invalid(error: Exception, response: httpx2.Response) -> ResponseValidationError:
    return ResponseValidationError(
        f"{type(error).__name__}: {error}", raw_body=response.content, status_code=response.status_code
    )


class _Gone:
    """What a DELETE found deleted by its own earlier attempt answers: the provider's acknowledgement."""

    def __init__(self, parsed: Any, headers: httpx2.Headers) -> None:
        self.parsed = parsed
        self.headers = headers
        self.content = b""
        self.status_code = 200


def gone_or_raise(error: NotFoundError, model: type[T]) -> _Gone:
    """Return the success a retried DELETE's 404 stands for, or raise ``error`` saying what probably happened.

    The transport marks a 404 that answers a DELETE retried after an attempt that may have reached the
    server (its answer lost, or a server error): the resource is gone because that attempt deleted it.

    Args:
        error: The 404.
        model: The model the DELETE's success parses to.

    Returns:
        A stand-in for the generated response, holding the provider's acknowledgement.

    Raises:
        NotFoundError: ``error``, for a 404 the transport did not mark, or for a model no acknowledgement
            can be made up for (with a hint saying what probably happened).
    """
    response = error.response
    if not response.extensions.get(GONE_AFTER_RETRY_EXTENSION):
        raise error
    acknowledgement = _DELETE_ACKNOWLEDGEMENTS.get(model.__name__)
    if acknowledgement is None:  # an answer with data of its own (e.g. a version): none can be made up
        raise error.with_hint(_GONE_HINT)
    request = response.request
    logger.info("%s %s: reporting success. %s", request.method, redact_url(request.url), _GONE_HINT)
    return _Gone(model.from_dict(acknowledgement), response.headers)  # type: ignore[attr-defined]
