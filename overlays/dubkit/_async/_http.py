"""Build the httpx2 clients the generated code runs on, and turn its results into dubkit's.

The layers of one API call, outermost first::

    dubkit method → generated function → httpx2.AsyncClient(auth=APIKeyAuth, event hook)
                                          → AsyncRetryTransport → AsyncLazyPool.for_api() (or the caller's client)

During a dubkit method (any resource method: ``in_api_call``), the response hook raises dubkit's typed errors for
every status >= 300 before the generated code sees the response (``raises_for_status``). Every client built
here refuses a URL httpx2 cannot build with ``InvalidRequestError``, before sending (``_clients``); what an
answer the generated code cannot parse becomes is decided in ``_answers``.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx2

from dubkit._answers import AsyncDetailedCall, Detailed, GarbledBodyError, checked, gone_or_raise, reask_or_raise
from dubkit._auth import APIKeyAuth
from dubkit._clients import AsyncDubkitClient, AsyncRequestHook, raises_for_status
from dubkit._errors import NotFoundError, error_for_response
from dubkit._pools import AsyncLazyPool
from dubkit._settings import CallLimits
from dubkit._transport import AsyncClientTransport, AsyncRetryTransport

__all__ = [
    "aexpect",
    "aexpect_with_headers",
    "build_async_download_client",
    "build_async_http",
    "build_async_stream_client",
]

T = TypeVar("T")
D = TypeVar("D", bound=Detailed)


async def _raise_for_status(response: httpx2.Response) -> None:
    if raises_for_status(response):
        await response.aread()
        raise error_for_response(response)


def _request_hooks(auth: APIKeyAuth) -> list[AsyncRequestHook]:
    async def strip_if_foreign(request: httpx2.Request) -> None:
        auth.strip_if_foreign(request)

    return [strip_if_foreign]


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
        A new ``httpx2.AsyncClient`` (dubkit owns it; the caller's client is not closed with it).
    """
    # A caller's client keeps its own limits and queue.
    inner = AsyncClientTransport(http_client) if http_client else AsyncLazyPool.for_api()
    transport = AsyncRetryTransport(
        inner,
        max_retries=max_retries,
        idempotency_header=idempotency_header,
        read_body=True,
        limits=limits or CallLimits(),
    )
    return AsyncDubkitClient(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        follow_redirects=False,
        transport=transport,
        event_hooks={"request": _request_hooks(auth), "response": [_raise_for_status]},
    )


def build_async_stream_client(
    *,
    base_url: httpx2.URL,
    auth: APIKeyAuth,
    timeout: httpx2.Timeout,
    max_retries: int,
    http_client: httpx2.AsyncClient | None,
) -> httpx2.AsyncClient:
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
        A new ``httpx2.AsyncClient``.
    """
    inner = AsyncClientTransport(http_client) if http_client else AsyncLazyPool()
    return AsyncDubkitClient(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        follow_redirects=True,
        transport=AsyncRetryTransport(inner, max_retries=max_retries),
        event_hooks={"request": _request_hooks(auth)},
    )


def build_async_download_client(
    timeout: httpx2.Timeout, max_retries: int, http_client: httpx2.AsyncClient | None = None
) -> httpx2.AsyncClient:
    """Build a credential-free client for output files, which live on other hosts.

    Args:
        timeout: Per-request timeouts.
        max_retries: Retries per request (downloads are GETs, always safe to retry).
        http_client: The caller's client to send through (its proxies and transport), if any.

    Returns:
        A client that follows redirects and carries no API key.
    """
    inner = AsyncClientTransport(http_client) if http_client else AsyncLazyPool()
    transport = AsyncRetryTransport(inner, max_retries=max_retries)
    return AsyncDubkitClient(apply_options=False, timeout=timeout, follow_redirects=True, transport=transport)


async def _expect_detailed(call: AsyncDetailedCall[D], model: type[T]) -> tuple[T, D]:
    asked = 0
    while True:
        try:
            detailed: Any = await call()
        except GarbledBodyError as garbled:
            reask_or_raise(garbled, asked)
            asked += 1
            continue
        except NotFoundError as error:
            detailed = gone_or_raise(error, model)
        return checked(detailed.parsed, model, detailed), detailed


async def aexpect_with_headers(call: AsyncDetailedCall[Detailed], model: type[T]) -> tuple[T, httpx2.Headers]:
    """Run a generated ``asyncio_detailed`` call; return its parsed model and the response headers.

    Args:
        call: A zero-argument function that calls the generated function.
        model: The model a success must parse to.

    Returns:
        The parsed model and the headers (e.g. for ``Retry-After``).

    Raises:
        ResponseValidationError: If the body does not match the spec (the raw body is kept).
    """
    parsed, detailed = await _expect_detailed(call, model)
    return parsed, httpx2.Headers(detailed.headers)


async def aexpect(call: AsyncDetailedCall[Detailed], model: type[T]) -> T:
    """Run a generated ``asyncio_detailed`` call and return its parsed model, or fail typed.

    Args:
        call: A zero-argument function that calls the generated function.
        model: The model a success must parse to.

    Returns:
        The parsed model.

    Raises:
        ResponseValidationError: If the body does not match the spec (the raw body is kept).
    """
    return (await _expect_detailed(call, model))[0]
