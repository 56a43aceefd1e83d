# Generated from overlays/dubkit/_async/_http.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""Build the httpx2 clients the generated code runs on, and turn its results into dubkit's.

The layers of one API call, outermost first::

    dubkit method → generated function → httpx2.Client(auth=APIKeyAuth, event hook)
                                          → RetryTransport → LazyPool.for_api() (or the caller's client)

During a dubkit method (any resource method: ``in_api_call``), the response hook raises dubkit's typed errors for
every status >= 300 before the generated code sees the response (``raises_for_status``). Every client built
here refuses a URL httpx2 cannot build with ``InvalidRequestError``, before sending (``_clients``); what an
answer the generated code cannot parse becomes is decided in ``_answers``.
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx2

from dubkit._answers import Detailed, DetailedCall, GarbledBodyError, checked, gone_or_raise, reask_or_raise
from dubkit._auth import APIKeyAuth
from dubkit._clients import DubkitClient, RequestHook, raises_for_status
from dubkit._errors import NotFoundError, error_for_response
from dubkit._pools import LazyPool
from dubkit._settings import CallLimits
from dubkit._transport import ClientTransport, RetryTransport

__all__ = [
    "build_download_client",
    "build_stream_client",
    "build_sync_http",
    "expect",
    "expect_with_headers",
]

T = TypeVar("T")
D = TypeVar("D", bound=Detailed)


def _raise_for_status(response: httpx2.Response) -> None:
    if raises_for_status(response):
        response.read()
        raise error_for_response(response)


def _request_hooks(auth: APIKeyAuth) -> list[RequestHook]:
    def strip_if_foreign(request: httpx2.Request) -> None:
        auth.strip_if_foreign(request)

    return [strip_if_foreign]


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
    # A caller's client keeps its own limits and queue.
    inner = ClientTransport(http_client) if http_client else LazyPool.for_api()
    transport = RetryTransport(
        inner,
        max_retries=max_retries,
        idempotency_header=idempotency_header,
        read_body=True,
        limits=limits or CallLimits(),
    )
    return DubkitClient(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        follow_redirects=False,
        transport=transport,
        event_hooks={"request": _request_hooks(auth), "response": [_raise_for_status]},
    )


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
    inner = ClientTransport(http_client) if http_client else LazyPool()
    return DubkitClient(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        follow_redirects=True,
        transport=RetryTransport(inner, max_retries=max_retries),
        event_hooks={"request": _request_hooks(auth)},
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
    inner = ClientTransport(http_client) if http_client else LazyPool()
    transport = RetryTransport(inner, max_retries=max_retries)
    return DubkitClient(apply_options=False, timeout=timeout, follow_redirects=True, transport=transport)


def _expect_detailed(call: DetailedCall[D], model: type[T]) -> tuple[T, D]:
    asked = 0
    while True:
        try:
            detailed: Any = call()
        except GarbledBodyError as garbled:
            reask_or_raise(garbled, asked)
            asked += 1
            continue
        except NotFoundError as error:
            detailed = gone_or_raise(error, model)
        return checked(detailed.parsed, model, detailed), detailed


def expect_with_headers(call: DetailedCall[Detailed], model: type[T]) -> tuple[T, httpx2.Headers]:
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


def expect(call: DetailedCall[Detailed], model: type[T]) -> T:
    """Run a generated ``sync_detailed`` call and return its parsed model, or fail typed.

    Args:
        call: A zero-argument function that calls the generated function.
        model: The model a success must parse to.

    Returns:
        The parsed model.

    Raises:
        ResponseValidationError: If the body does not match the spec (the raw body is kept).
    """
    return (_expect_detailed(call, model))[0]
