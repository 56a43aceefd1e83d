"""Build the httpx2 clients the generated code runs on, and turn its results into dubkit's.

The layers of one API call, outermost first::

    dubkit method → generated function → httpx2.Client(auth=APIKeyAuth, event hook)
                                          → RetryTransport → [AsyncTurns →] pool (or the caller's client)

During a dubkit method (any resource method: ``in_api_call``), the response hook raises dubkit's typed errors for
every status >= 300 before the generated code sees the response: the stock code would otherwise
crash on statuses such as 520 (``HTTPStatus(520)`` raises ValueError) or hand back ``None``. A
generated function called directly with ``client.raw`` gets what its type promises instead: the
response, with the error model its spec declares for that status (or ``None``); only a status the
generated code cannot represent at all (520) still raises dubkit's error. Every client built here
refuses a URL httpx2 cannot build (an id of 100,000 characters) with ``InvalidRequestError``, before sending.
An answer the generated code cannot parse reaches ``on_unparsable`` (the generated clients' hook) with
the error, so what it was travels with the error, never through a module global.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any, Protocol, TypeVar

import httpx2

from ._auth import APIKeyAuth
from ._errors import (
    InvalidRequestError,
    NotFoundError,
    OutcomeUnknownError,
    ResponseValidationError,
    error_for_response,
)
from ._options import AsyncOptionsClient, OptionsClient, in_api_call
from ._pools import ASYNC_API_CONNECTIONS, AsyncLazyPool, AsyncTurns, LazyPool, api_limits
from ._redact import redact_url
from ._retry import GONE_AFTER_RETRY_EXTENSION, Decision, RequestRetries, RetryPolicy
from ._settings import CallLimits
from ._transport import AMBIGUOUS_HINT, AsyncClientTransport, AsyncRetryTransport, ClientTransport, RetryTransport

__all__ = [
    "aexpect",
    "aexpect_with_headers",
    "build_async_download_client",
    "build_async_http",
    "build_async_stream_client",
    "build_download_client",
    "build_stream_client",
    "build_sync_http",
    "expect",
    "expect_with_headers",
    "on_unparsable",
]

T = TypeVar("T")
D = TypeVar("D", bound="_Detailed")
logger = logging.getLogger("dubkit")

# Errors the generated from_dict code raises on a body that does not match the spec.
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)
_FIRST_ERROR_STATUS = 300
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


def _url_error(error: httpx2.InvalidURL) -> InvalidRequestError:
    return InvalidRequestError(
        f"the request cannot be sent: {error} (is an id or other path parameter far too long, or malformed?)"
    )


class _RefusesBadURLs:
    """Makes a client's URL errors dubkit's: a caller's bad id is not an httpx2 failure (mixed into both clients)."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx2.Request:
        """Build a request as httpx2 does (see ``httpx2.Client.build_request``).

        Returns:
            The request.

        Raises:
            InvalidRequestError: The URL cannot be built (e.g. a path component over httpx2's limit).
        """
        try:
            request: httpx2.Request = super().build_request(*args, **kwargs)  # type: ignore[misc]
        except httpx2.InvalidURL as error:
            failure = _url_error(error)
        else:
            return request
        raise failure  # outside the except block: the httpx2 error is no part of it


class _Client(_RefusesBadURLs, OptionsClient):
    """An ``httpx2.Client`` that refuses a URL it cannot build with ``InvalidRequestError`` (and applies options)."""


class _AsyncClient(_RefusesBadURLs, AsyncOptionsClient):
    """An ``httpx2.AsyncClient`` that refuses a URL it cannot build with ``InvalidRequestError`` (and options)."""


class _Detailed(Protocol):  # the generated Response[...] shape
    @property
    def parsed(self) -> Any: ...

    @property
    def content(self) -> bytes: ...

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...


_HTTP_STATUSES = frozenset(HTTPStatus)


def _raises(response: httpx2.Response) -> bool:
    """Tell whether an answer becomes a dubkit error rather than going to the generated code."""
    status = response.status_code
    return status >= _FIRST_ERROR_STATUS and (in_api_call() or status not in _HTTP_STATUSES)


def _raise_for_status(response: httpx2.Response) -> None:
    if _raises(response):
        response.read()
        raise error_for_response(response)


async def _araise_for_status(response: httpx2.Response) -> None:
    if _raises(response):
        await response.aread()
        raise error_for_response(response)


def build_sync_http(
    *,
    base_url: httpx2.URL,
    auth: APIKeyAuth,
    timeout: httpx2.Timeout,
    max_retries: int,
    idempotency_header: str | None,
    http_client: httpx2.Client | None,
    limits: CallLimits | None = None,
) -> httpx2.Client:
    """Build the authenticated, retrying client that the generated code will use.

    Args:
        base_url: The API base URL.
        auth: The credential, bound to the API origin.
        timeout: Per-request timeouts.
        max_retries: Retries per request.
        idempotency_header: The header that makes a POST safe to retry, if any.
        http_client: The caller's client to send through, if any.
        limits: Each call's deadline and answer size cap (``CallLimits()``'s defaults if None).

    Returns:
        A new ``httpx2.Client`` (dubkit owns it; the caller's client is not closed with it).
    """
    inner: httpx2.BaseTransport = ClientTransport(http_client) if http_client else LazyPool()
    transport = RetryTransport(
        inner, max_retries=max_retries, idempotency_header=idempotency_header, read_body=True,
        limits=limits or CallLimits(),
    )  # fmt: skip
    return _Client(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        follow_redirects=False,
        transport=transport,
        event_hooks={"request": [auth.strip_if_foreign], "response": [_raise_for_status]},
    )


def build_async_http(
    *,
    base_url: httpx2.URL,
    auth: APIKeyAuth,
    timeout: httpx2.Timeout,
    max_retries: int,
    idempotency_header: str | None,
    http_client: httpx2.AsyncClient | None,
    limits: CallLimits | None = None,
) -> httpx2.AsyncClient:
    """Build the async twin of ``build_sync_http``.

    Args:
        base_url: The API base URL.
        auth: The credential, bound to the API origin.
        timeout: Per-request timeouts.
        max_retries: Retries per request.
        idempotency_header: The header that makes a POST safe to retry, if any.
        http_client: The caller's client to send through, if any.
        limits: Each call's deadline and answer size cap (``CallLimits()``'s defaults if None).

    Returns:
        A new ``httpx2.AsyncClient``.
    """
    # Requests beyond our own pool's size wait their turn above it, not in httpcore2's queue (see AsyncTurns);
    # a caller's client keeps its own limits and queue.
    inner: httpx2.AsyncBaseTransport = (
        AsyncClientTransport(http_client)
        if http_client
        else AsyncTurns(AsyncLazyPool(api_limits()), ASYNC_API_CONNECTIONS)
    )
    return _AsyncClient(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        follow_redirects=False,
        transport=AsyncRetryTransport(
            inner,
            max_retries=max_retries,
            idempotency_header=idempotency_header,
            read_body=True,
            limits=limits or CallLimits(),
        ),
        event_hooks={"request": [_async_hook(auth)], "response": [_araise_for_status]},
    )


def _async_hook(auth: APIKeyAuth) -> Callable[[httpx2.Request], Awaitable[None]]:
    async def strip_if_foreign(request: httpx2.Request) -> None:
        auth.strip_if_foreign(request)

    return strip_if_foreign


def build_stream_client(
    *,
    base_url: httpx2.URL,
    auth: APIKeyAuth,
    timeout: httpx2.Timeout,
    max_retries: int,
    http_client: httpx2.Client | None,
) -> httpx2.Client:
    """Build the authenticated client for API responses that are files (streamed, never read whole).

    Unlike the API client it leaves bodies unread (the download code streams them, and resumes a
    dropped body with ``Range`` rather than re-sending), raises no errors from a hook, and follows
    redirects: the key goes only to the API origin, on the first request and on every hop.

    Args:
        base_url: The API base URL.
        auth: The credential, bound to the API origin.
        timeout: Per-request timeouts.
        max_retries: Retries per request.
        http_client: The caller's client to send through, if any.

    Returns:
        A new ``httpx2.Client``.
    """
    inner: httpx2.BaseTransport = ClientTransport(http_client) if http_client else LazyPool()
    return _Client(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        follow_redirects=True,
        transport=RetryTransport(inner, max_retries=max_retries),
        event_hooks={"request": [auth.strip_if_foreign]},
    )


def build_async_stream_client(
    *,
    base_url: httpx2.URL,
    auth: APIKeyAuth,
    timeout: httpx2.Timeout,
    max_retries: int,
    http_client: httpx2.AsyncClient | None,
) -> httpx2.AsyncClient:
    """Build the async twin of ``build_stream_client``.

    Args:
        base_url: The API base URL.
        auth: The credential, bound to the API origin.
        timeout: Per-request timeouts.
        max_retries: Retries per request.
        http_client: The caller's client to send through, if any.

    Returns:
        A new ``httpx2.AsyncClient``.
    """
    inner: httpx2.AsyncBaseTransport = AsyncClientTransport(http_client) if http_client else AsyncLazyPool()
    return _AsyncClient(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        follow_redirects=True,
        transport=AsyncRetryTransport(inner, max_retries=max_retries),
        event_hooks={"request": [_async_hook(auth)]},
    )


def build_download_client(
    timeout: httpx2.Timeout, max_retries: int, http_client: httpx2.Client | None = None
) -> httpx2.Client:
    """Build a credential-free client for output files, which live on other hosts.

    Args:
        timeout: Per-request timeouts.
        max_retries: Retries per request (downloads are GETs, always safe to retry).
        http_client: The caller's client to send through (its proxies and transport), if any.

    Returns:
        A client that follows redirects and carries no API key.
    """
    inner: httpx2.BaseTransport = ClientTransport(http_client) if http_client else LazyPool()
    transport = RetryTransport(inner, max_retries=max_retries)
    return _Client(apply_options=False, timeout=timeout, follow_redirects=True, transport=transport)


def build_async_download_client(
    timeout: httpx2.Timeout, max_retries: int, http_client: httpx2.AsyncClient | None = None
) -> httpx2.AsyncClient:
    """Build the async twin of ``build_download_client``.

    Args:
        timeout: Per-request timeouts.
        max_retries: Retries per request.
        http_client: The caller's client to send through, if any.

    Returns:
        An async client that follows redirects and carries no API key.
    """
    inner: httpx2.AsyncBaseTransport = AsyncClientTransport(http_client) if http_client else AsyncLazyPool()
    transport = AsyncRetryTransport(inner, max_retries=max_retries)
    return _AsyncClient(apply_options=False, timeout=timeout, follow_redirects=True, transport=transport)


class _GarbledBodyError(ResponseValidationError):
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
            raise _GarbledBodyError(error, response, plan) from error
        if decision is Decision.AMBIGUOUS:
            cause = f"HTTP {response.status_code} with a body that could not be read ({type(error).__name__})"
            raise OutcomeUnknownError(request.method, str(request.url), cause, AMBIGUOUS_HINT) from error
    raise _invalid(error, response) from error


def _reask_or_raise(garbled: _GarbledBodyError, asked: int) -> None:
    """Return if the call is made again after a garbled answer; else raise the error the caller sees."""
    if RetryPolicy.reask_garbled(garbled.plan, asked, success=True) is Decision.RETRY:
        logger.info(
            "%s answered HTTP %d with a body that is not JSON (%s); asking again",
            garbled.where, garbled.status_code, garbled.error_name,
        )  # fmt: skip
        return
    final = ResponseValidationError(garbled.reason, raw_body=garbled.raw_body, status_code=garbled.status_code)
    raise final from garbled.__cause__


def _checked(parsed: Any, model: type[T], detailed: _Detailed) -> T:
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


def _gone_or_raise(error: NotFoundError, model: type[T]) -> _Gone:
    """Return the success a retried DELETE's 404 stands for, or raise ``error`` saying what probably happened.

    The transport marks a 404 that answers a DELETE retried after an attempt that may have reached the
    server (its answer lost, or a server error): the resource is gone because that attempt deleted it.
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


def _expect_detailed(call: Callable[[], D], model: type[T]) -> tuple[T, D]:
    asked = 0
    while True:
        try:
            detailed: Any = call()
        except _GarbledBodyError as garbled:
            _reask_or_raise(garbled, asked)
            asked += 1
            continue
        except NotFoundError as error:
            detailed = _gone_or_raise(error, model)
        return _checked(detailed.parsed, model, detailed), detailed


async def _aexpect_detailed(call: Callable[[], Awaitable[D]], model: type[T]) -> tuple[T, D]:
    asked = 0
    while True:
        try:
            detailed: Any = await call()
        except _GarbledBodyError as garbled:
            _reask_or_raise(garbled, asked)
            asked += 1
            continue
        except NotFoundError as error:
            detailed = _gone_or_raise(error, model)
        return _checked(detailed.parsed, model, detailed), detailed


def expect_with_headers(call: Callable[[], _Detailed], model: type[T]) -> tuple[T, httpx2.Headers]:
    """Run a generated ``sync_detailed`` call; return its parsed model and the response headers.

    Args:
        call: A zero-argument function that calls the generated function.
        model: The model a success must parse to.

    Returns:
        The parsed model and the headers (e.g. for ``Retry-After``).

    Raises:
        ResponseValidationError: If the body does not match the spec (the raw body is kept).
    """
    parsed, detailed = _expect_detailed(call, model)
    return parsed, httpx2.Headers(detailed.headers)


async def aexpect_with_headers(call: Callable[[], Awaitable[_Detailed]], model: type[T]) -> tuple[T, httpx2.Headers]:
    """Run a generated ``asyncio_detailed`` call; return its parsed model and the response headers.

    Args:
        call: A zero-argument function returning the generated coroutine.
        model: The model a success must parse to.

    Returns:
        The parsed model and the headers (e.g. for ``Retry-After``).

    Raises:
        ResponseValidationError: If the body does not match the spec (the raw body is kept).
    """
    parsed, detailed = await _aexpect_detailed(call, model)
    return parsed, httpx2.Headers(detailed.headers)


def expect(call: Callable[[], _Detailed], model: type[T]) -> T:
    """Run a generated ``sync_detailed`` call and return its parsed model, or fail typed.

    Args:
        call: A zero-argument function that calls the generated function.
        model: The model a success must parse to.

    Returns:
        The parsed model.

    Raises:
        ResponseValidationError: If the body does not match the spec (the raw body is kept).
    """
    return _expect_detailed(call, model)[0]


async def aexpect(call: Callable[[], Awaitable[_Detailed]], model: type[T]) -> T:
    """Run a generated ``asyncio_detailed`` call and return its parsed model, or fail typed.

    Args:
        call: A zero-argument function returning the generated coroutine.
        model: The model a success must parse to.

    Returns:
        The parsed model.

    Raises:
        ResponseValidationError: If the body does not match the spec (the raw body is kept).
    """
    return (await _aexpect_detailed(call, model))[0]
