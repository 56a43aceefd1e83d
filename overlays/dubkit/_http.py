"""Build the httpx clients the generated code runs on, and turn its results into dubkit's.

The layers of one API call, outermost first::

    dubkit method → generated function → httpx.Client(auth=APIKeyAuth, event hook)
                                          → RetryTransport → HTTPTransport (or the caller's client)

The response hook raises dubkit's typed errors for every status >= 300 before the generated
code sees the response: the stock code would otherwise crash on statuses such as 520
(``HTTPStatus(520)`` raises ValueError) or hand back ``None``. Every client built here refuses a
URL httpx cannot build (an id of 100,000 characters) with ``InvalidRequestError``, before sending.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from typing import Any, Protocol, TypeVar

import httpx

from ._auth import APIKeyAuth
from ._decoding import ACCEPTED_ENCODINGS
from ._errors import (
    InvalidRequestError,
    NotFoundError,
    OutcomeUnknownError,
    ResponseValidationError,
    error_for_response,
)
from ._pools import ASYNC_API_CONNECTIONS, AsyncLazyPool, LazyPool, api_limits
from ._redact import redact_url
from ._retry import GONE_AFTER_RETRY_EXTENSION, RETRY_POLICY_EXTENSION, RetryPolicy, is_retry_safe
from ._settings import DEFAULT_MAX_RETRIES, CallLimits
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
]

T = TypeVar("T")
D = TypeVar("D", bound="_Detailed")
logger = logging.getLogger("dubkit")

_LAST_RESPONSE: ContextVar[httpx.Response | None] = ContextVar("dubkit_last_response", default=None)
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


def _url_error(error: httpx.InvalidURL) -> InvalidRequestError:
    return InvalidRequestError(
        f"the request cannot be sent: {error} (is an id or other path parameter far too long, or malformed?)"
    )


class _RefusesBadURLs:
    """Makes a client's URL errors dubkit's: a caller's bad id is not an httpx failure (mixed into both clients)."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        """Build a request as httpx does (see ``httpx.Client.build_request``).

        Returns:
            The request.

        Raises:
            InvalidRequestError: The URL cannot be built (e.g. a path component over httpx's limit).
        """
        try:
            request: httpx.Request = super().build_request(*args, **kwargs)  # type: ignore[misc]
        except httpx.InvalidURL as error:
            failure = _url_error(error)
        else:
            return request
        raise failure  # outside the except block: the httpx error is no part of it


class _Client(_RefusesBadURLs, httpx.Client):
    """An ``httpx.Client`` that refuses a URL it cannot build with ``InvalidRequestError``."""


class _AsyncClient(_RefusesBadURLs, httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that refuses a URL it cannot build with ``InvalidRequestError``."""


class _Detailed(Protocol):  # the generated Response[...] shape
    @property
    def parsed(self) -> Any: ...

    @property
    def headers(self) -> Mapping[str, str]: ...


def _record_and_raise(response: httpx.Response) -> None:
    _LAST_RESPONSE.set(response)
    if response.status_code >= _FIRST_ERROR_STATUS:
        response.read()
        raise error_for_response(response)


async def _arecord_and_raise(response: httpx.Response) -> None:
    _LAST_RESPONSE.set(response)
    if response.status_code >= _FIRST_ERROR_STATUS:
        await response.aread()
        raise error_for_response(response)


def build_sync_http(
    *,
    base_url: httpx.URL,
    auth: APIKeyAuth,
    timeout: httpx.Timeout,
    max_retries: int,
    idempotency_header: str | None,
    http_client: httpx.Client | None,
    limits: CallLimits | None = None,
) -> httpx.Client:
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
        A new ``httpx.Client`` (dubkit owns it; the caller's client is not closed with it).
    """
    inner: httpx.BaseTransport = ClientTransport(http_client) if http_client else LazyPool()
    transport = RetryTransport(
        inner, max_retries=max_retries, idempotency_header=idempotency_header, read_body=True,
        limits=limits or CallLimits(),
    )  # fmt: skip
    return _Client(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        follow_redirects=False,
        headers={"accept-encoding": ACCEPTED_ENCODINGS},  # what _decoding undoes, whatever httpx could
        transport=transport,
        event_hooks={"request": [auth.strip_if_foreign], "response": [_record_and_raise]},
    )


def build_async_http(
    *,
    base_url: httpx.URL,
    auth: APIKeyAuth,
    timeout: httpx.Timeout,
    max_retries: int,
    idempotency_header: str | None,
    http_client: httpx.AsyncClient | None,
    limits: CallLimits | None = None,
) -> httpx.AsyncClient:
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
        A new ``httpx.AsyncClient``.
    """
    inner: httpx.AsyncBaseTransport = AsyncClientTransport(http_client) if http_client else AsyncLazyPool(api_limits())
    # Requests beyond our own pool's size wait their turn in the transport, not in httpcore's queue (see
    # AsyncRetryTransport); a caller's client keeps its own limits and queue.
    turns = None if http_client else ASYNC_API_CONNECTIONS
    return _AsyncClient(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        follow_redirects=False,
        headers={"accept-encoding": ACCEPTED_ENCODINGS},  # what _decoding undoes, whatever httpx could
        transport=AsyncRetryTransport(
            inner,
            max_retries=max_retries,
            idempotency_header=idempotency_header,
            read_body=True,
            max_in_flight=turns,
            limits=limits or CallLimits(),
        ),
        event_hooks={"request": [_async_hook(auth)], "response": [_arecord_and_raise]},
    )


def _async_hook(auth: APIKeyAuth) -> Callable[[httpx.Request], Awaitable[None]]:
    async def strip_if_foreign(request: httpx.Request) -> None:
        auth.strip_if_foreign(request)

    return strip_if_foreign


def build_stream_client(
    *, base_url: httpx.URL, auth: APIKeyAuth, timeout: httpx.Timeout, max_retries: int, http_client: httpx.Client | None
) -> httpx.Client:
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
        A new ``httpx.Client``.
    """
    inner: httpx.BaseTransport = ClientTransport(http_client) if http_client else LazyPool()
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
    base_url: httpx.URL,
    auth: APIKeyAuth,
    timeout: httpx.Timeout,
    max_retries: int,
    http_client: httpx.AsyncClient | None,
) -> httpx.AsyncClient:
    """Build the async twin of ``build_stream_client``.

    Args:
        base_url: The API base URL.
        auth: The credential, bound to the API origin.
        timeout: Per-request timeouts.
        max_retries: Retries per request.
        http_client: The caller's client to send through, if any.

    Returns:
        A new ``httpx.AsyncClient``.
    """
    inner: httpx.AsyncBaseTransport = AsyncClientTransport(http_client) if http_client else AsyncLazyPool()
    return _AsyncClient(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        follow_redirects=True,
        transport=AsyncRetryTransport(inner, max_retries=max_retries),
        event_hooks={"request": [_async_hook(auth)]},
    )


def build_download_client(
    timeout: httpx.Timeout, max_retries: int, http_client: httpx.Client | None = None
) -> httpx.Client:
    """Build a credential-free client for output files, which live on other hosts.

    Args:
        timeout: Per-request timeouts.
        max_retries: Retries per request (downloads are GETs, always safe to retry).
        http_client: The caller's client to send through (its proxies and transport), if any.

    Returns:
        A client that follows redirects and carries no API key.
    """
    inner: httpx.BaseTransport = ClientTransport(http_client) if http_client else LazyPool()
    transport = RetryTransport(inner, max_retries=max_retries)
    return _Client(timeout=timeout, follow_redirects=True, transport=transport)


def build_async_download_client(
    timeout: httpx.Timeout, max_retries: int, http_client: httpx.AsyncClient | None = None
) -> httpx.AsyncClient:
    """Build the async twin of ``build_download_client``.

    Args:
        timeout: Per-request timeouts.
        max_retries: Retries per request.
        http_client: The caller's client to send through, if any.

    Returns:
        An async client that follows redirects and carries no API key.
    """
    inner: httpx.AsyncBaseTransport = AsyncClientTransport(http_client) if http_client else AsyncLazyPool()
    transport = AsyncRetryTransport(inner, max_retries=max_retries)
    return _AsyncClient(timeout=timeout, follow_redirects=True, transport=transport)


def _repeat_or_raise(error: Exception, attempt: int) -> None:
    """Return if the call may be made again after ``error``; otherwise raise the error the caller sees.

    A body that is not even JSON was damaged on the way (a proxy or server cut it short), and the
    next answer will likely be whole: a request that is safe to re-send is asked again, as often as
    the transport would retry it. A body that is JSON but breaks the spec would break again, so it
    fails at once. A success answer to a request that cannot be re-sent (a paid create), which we
    cannot read, means the work was probably done: the outcome is unknown, exactly as for a lost
    answer.
    """
    response = _LAST_RESPONSE.get()
    if response is None or not isinstance(error, _GARBLED):
        raise _invalid(error) from error
    request = response.request
    policy = request.extensions.get(RETRY_POLICY_EXTENSION)
    if not isinstance(policy, RetryPolicy):
        policy = RetryPolicy(is_retry_safe(request, idempotency_header=None), DEFAULT_MAX_RETRIES)
    if policy.retry_safe and attempt < policy.max_retries:
        logger.info(
            "%s %s answered HTTP %d with a body that is not JSON (%s); asking again",
            request.method, redact_url(request.url), response.status_code, type(error).__name__,
        )  # fmt: skip
        return
    if not policy.retry_safe and response.is_success:
        cause = f"HTTP {response.status_code} with a body that could not be read ({type(error).__name__})"
        raise OutcomeUnknownError(request.method, str(request.url), cause, AMBIGUOUS_HINT) from error
    raise _invalid(error) from error


def _checked(parsed: Any, model: type[T]) -> T:
    if isinstance(parsed, model):
        return parsed
    response = _LAST_RESPONSE.get()
    raise ResponseValidationError(
        f"expected {model.__name__}, got {type(parsed).__name__}",
        raw_body=response.content if response is not None else b"",
        status_code=response.status_code if response is not None else 0,
    )


def _invalid(error: Exception) -> ResponseValidationError:
    response = _LAST_RESPONSE.get()
    return ResponseValidationError(
        f"{type(error).__name__}: {error}",
        raw_body=response.content if response is not None else b"",
        status_code=response.status_code if response is not None else 0,
    )


class _Gone:
    """What a DELETE found deleted by its own earlier attempt answers: the provider's acknowledgement."""

    def __init__(self, parsed: Any, headers: httpx.Headers) -> None:
        self.parsed = parsed
        self.headers = headers


def _gone_or_raise(error: NotFoundError, model: type[T]) -> _Gone:
    """Return the success a retried DELETE's 404 stands for, or raise ``error`` saying what probably happened.

    The transport marks a 404 that answers a DELETE retried after an attempt that may have reached the
    server (its answer lost, or a server error): the resource is gone because that attempt deleted it.
    """
    response = _LAST_RESPONSE.get()
    if response is None or not response.extensions.get(GONE_AFTER_RETRY_EXTENSION):
        raise error
    acknowledgement = _DELETE_ACKNOWLEDGEMENTS.get(model.__name__)
    if acknowledgement is None:  # an answer with data of its own (e.g. a version): none can be made up
        raise error.with_hint(_GONE_HINT)
    request = response.request
    logger.info("%s %s: reporting success. %s", request.method, redact_url(request.url), _GONE_HINT)
    return _Gone(model.from_dict(acknowledgement), response.headers)  # type: ignore[attr-defined]


def _expect_detailed(call: Callable[[], D], model: type[T]) -> tuple[T, D]:
    token = _LAST_RESPONSE.set(None)
    try:
        attempt = 0
        while True:
            try:
                detailed: Any = call()
            except InvalidRequestError:  # a ValueError, but raised before sending: nothing was parsed
                raise
            except _PARSE_ERRORS as error:
                _repeat_or_raise(error, attempt)
                attempt += 1
                continue
            except NotFoundError as error:
                detailed = _gone_or_raise(error, model)
            return _checked(detailed.parsed, model), detailed
    finally:
        _LAST_RESPONSE.reset(token)


async def _aexpect_detailed(call: Callable[[], Awaitable[D]], model: type[T]) -> tuple[T, D]:
    token = _LAST_RESPONSE.set(None)
    try:
        attempt = 0
        while True:
            try:
                detailed: Any = await call()
            except InvalidRequestError:  # a ValueError, but raised before sending: nothing was parsed
                raise
            except _PARSE_ERRORS as error:
                _repeat_or_raise(error, attempt)
                attempt += 1
                continue
            except NotFoundError as error:
                detailed = _gone_or_raise(error, model)
            return _checked(detailed.parsed, model), detailed
    finally:
        _LAST_RESPONSE.reset(token)


def expect_with_headers(call: Callable[[], _Detailed], model: type[T]) -> tuple[T, httpx.Headers]:
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
    return parsed, httpx.Headers(detailed.headers)


async def aexpect_with_headers(call: Callable[[], Awaitable[_Detailed]], model: type[T]) -> tuple[T, httpx.Headers]:
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
    return parsed, httpx.Headers(detailed.headers)


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
