"""Per-call request options: a timeout, extra headers, query parameters and body fields for one call.

Every resource method takes them as keyword arguments (``RequestOptions``); a client's
``with_options()`` sets defaults for every call of a copy. They travel in a context variable from the
method to the one place that builds requests, ``OptionsClient.build_request``, so the generated code
and every wrapper go through the same code whatever the endpoint. The credential header, ``Host``
and the framing headers cannot be set this way: the key must only ever go where the client sends it.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Self, TypedDict

import httpx2

from dubkit._raw_response import record_response
from dubkit._settings import KEEP, Keep

__all__ = [
    "OPTION_NAMES",
    "AsyncOptionsClient",
    "CallOptions",
    "ExtraOptions",
    "OptionsClient",
    "RequestOptions",
    "check_options",
    "check_timeout",
    "current_options",
    "in_api_call",
    "using_options",
]

QueryValue = str | int | float | bool


class ExtraOptions(TypedDict, total=False):
    """What a call can add to its request (the ``**options`` of a ``wait()``, whose ``timeout`` is its deadline).

    Attributes:
        extra_headers: Headers to add or override (never the credential header, ``Host`` or framing headers).
        extra_query: Query parameters to add or override.
        extra_body: Fields to add to (or override in) a JSON or form body; the request must have a body.
    """

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, QueryValue]
    extra_body: Mapping[str, object]


class RequestOptions(ExtraOptions, total=False):
    """The keyword options every resource method takes, e.g. ``client.dubbing.get(id, timeout=5)``.

    Attributes:
        timeout: Seconds (or an ``httpx2.Timeout``) for each request of this call, instead of the client's.
    """

    timeout: float | httpx2.Timeout


OPTION_NAMES = frozenset(RequestOptions.__annotations__) | frozenset(ExtraOptions.__annotations__)
"""The keyword names that are request options."""

# Headers a caller may not set: the credentials (the key goes only where auth sends it) and what frames the request.
_PROTECTED_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "xi-api-key", "x-api-key", "cookie", "host", "content-length",
     "transfer-encoding", "connection"}
)  # fmt: skip
_HEADER_NAME = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BODYLESS_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "TRACE"})


@dataclass(frozen=True)
class CallOptions:
    """Validated request options, applied to each request built while they are current.

    Attributes:
        timeout: The per-request timeout, or None for the client's.
        headers: Headers to set.
        query: Query parameters to set.
        body: Body fields to set.
    """

    timeout: httpx2.Timeout | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, str] = field(default_factory=dict)
    body: Mapping[str, object] = field(default_factory=dict)

    def over(self, base: CallOptions | None) -> CallOptions:
        """Return these options layered over ``base`` (these win, key by key).

        Args:
            base: The options in force around this call, if any.

        Returns:
            The combined options.
        """
        if base is None:
            return self
        return CallOptions(
            timeout=self.timeout or base.timeout,
            headers={**base.headers, **self.headers},
            query={**base.query, **self.query},
            body={**base.body, **self.body},
        )

    def apply(self, method: str, kwargs: dict[str, Any]) -> dict[str, Any]:
        """Return the keyword arguments of ``httpx2.Client.build_request`` with these options applied.

        Args:
            method: The request's method.
            kwargs: What the caller passed to ``build_request``.

        Returns:
            The new keyword arguments.

        Raises:
            ValueError: ``extra_body`` was given for a request that has no body, or whose body is not a
                JSON object or a form.
        """
        if not (self.timeout or self.headers or self.query or self.body):
            return kwargs  # the call gave none: the request is built as the client would
        result = dict(kwargs)
        if self.timeout is not None:
            result["timeout"] = self.timeout
        if self.headers:
            headers = httpx2.Headers(kwargs.get("headers"))
            headers.update(self.headers)
            result["headers"] = headers
        if self.query:
            result["params"] = httpx2.QueryParams(kwargs.get("params")).merge(self.query)
        if self.body:
            _apply_body(method, result, self.body)
        return result


def _apply_body(method: str, kwargs: dict[str, Any], extra: Mapping[str, object]) -> None:
    body, files, data = kwargs.get("json"), kwargs.get("files"), kwargs.get("data")
    if isinstance(body, dict):
        kwargs["json"] = {**body, **extra}
    elif isinstance(files, list):  # the generated multipart bodies: (name, (None, value, content type)) pairs
        fields = [(name, (None, _form_value(value), "text/plain")) for name, value in extra.items()]
        kwargs["files"] = [part for part in files if part[0] not in extra] + fields
    elif isinstance(data, dict):
        kwargs["data"] = {**data, **{name: _form_value(value) for name, value in extra.items()}}
    elif body is None and files is None and data is None and kwargs.get("content") is None:
        if method.upper() in _BODYLESS_METHODS:
            raise ValueError(f"extra_body was given for a {method.upper()} request, which has no body")
        kwargs["json"] = dict(extra)
    else:
        raise ValueError("extra_body needs a JSON object or a form body; this request's body is neither")


def _form_value(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


_CURRENT: ContextVar[CallOptions | None] = ContextVar("dubkit_call_options", default=None)


def in_api_call() -> bool:
    """Tell whether a dubkit resource method is running here (its errors are then dubkit's typed errors).

    Returns:
        True inside a method of ``client.dubbing``, ``client.projects``, ... (and the pagers and byte
        iterators they return); False for a generated function called directly with ``client.raw``.
    """
    return _CURRENT.get() is not None


def current_options() -> CallOptions | None:
    """Return the request options in force here, if any.

    Returns:
        The options, or None.
    """
    return _CURRENT.get()


@contextlib.contextmanager
def using_options(options: CallOptions | None) -> Iterator[None]:
    """Apply ``options`` (over the ones already in force) to every request built inside the block.

    Args:
        options: The options, or None to change nothing.

    Returns:
        A context manager.
    """
    if options is None:
        yield
        return
    token = _CURRENT.set(options.over(_CURRENT.get()))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def check_options(options: Mapping[str, object]) -> CallOptions:
    """Validate request options before anything is sent.

    Args:
        options: Keyword arguments among ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

    Returns:
        The validated options.

    Raises:
        TypeError: An unknown option, or a value of the wrong type.
        ValueError: A bad value: a protected or malformed header, a non-positive timeout, a body field
            that is not JSON.
    """
    unknown = set(options) - OPTION_NAMES
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
    timeout = options.get("timeout")
    return CallOptions(
        timeout=None if timeout is None else check_timeout(timeout),
        headers=_headers(options.get("extra_headers")),
        query=_query(options.get("extra_query")),
        body=_body(options.get("extra_body")),
    )


def _mapping(name: str, value: object) -> Mapping[object, object]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, not {type(value).__name__}")
    for key in value:
        if not isinstance(key, str) or not key:
            raise TypeError(f"{name} keys must be non-empty strings, got {key!r}")
    return value


def check_timeout(value: object) -> httpx2.Timeout:
    """Return a per-request timeout after checking it.

    Args:
        value: Seconds, or an ``httpx2.Timeout``.

    Returns:
        The timeout.

    Raises:
        ValueError: If it is not a positive, finite number of seconds or an ``httpx2.Timeout``.
    """
    if isinstance(value, httpx2.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise ValueError(f"timeout must be a positive number of seconds or an httpx2.Timeout, got {value!r}")
    return httpx2.Timeout(value)


def _headers(value: object) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, text in _mapping("extra_headers", value).items():
        assert isinstance(name, str)  # noqa: S101 - checked by _mapping
        if not set(name) <= _HEADER_NAME:
            raise ValueError(f"extra_headers: {name!r} is not a valid header name")
        if name.lower() in _PROTECTED_HEADERS:
            raise ValueError(f"extra_headers may not set {name!r}: dubkit sets it (credentials go only to the API)")
        if not isinstance(text, str):
            raise TypeError(f"extra_headers[{name!r}] must be a str, not {type(text).__name__}")
        if any(char in text for char in "\r\n\0"):
            raise ValueError(f"extra_headers[{name!r}] contains a line break or NUL")
        headers[name] = text
    return headers


def _query(value: object) -> dict[str, str]:
    query: dict[str, str] = {}
    for name, item in _mapping("extra_query", value).items():
        if not isinstance(item, str | int | float):
            raise TypeError(f"extra_query[{name!r}] must be a str, int, float or bool, not {type(item).__name__}")
        query[str(name)] = str(item).lower() if isinstance(item, bool) else str(item)
    return query


def _body(value: object) -> dict[str, object]:
    body = {str(name): item for name, item in _mapping("extra_body", value).items()}
    try:
        json.dumps(body, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ValueError(f"extra_body must be JSON-serialisable: {error}") from None
    return body


class _Options:
    """What both options clients do alike (mixed in before ``httpx2.Client`` / ``httpx2.AsyncClient``)."""

    def __init__(self, *, apply_options: bool = True, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._apply_options = apply_options
        self._settings = kwargs

    def build_request(self, method: str, url: httpx2.URL | str, **kwargs: Any) -> httpx2.Request:
        """Build a request as httpx2 does, with the options in force applied.

        Args:
            method: The HTTP method.
            url: The URL.
            **kwargs: ``httpx2.Client.build_request`` arguments.

        Returns:
            The request.
        """
        options = _CURRENT.get() if self._apply_options else None
        if options is not None:
            kwargs = options.apply(method, kwargs)
        request: httpx2.Request = super().build_request(method, url, **kwargs)  # type: ignore[misc]
        return request

    def copy_with(
        self,
        *,
        timeout: httpx2.Timeout,
        max_retries: int,
        deadline: float | Keep | None = KEEP,
        max_response_size: int | Keep = KEEP,
    ) -> Self:
        """Return a client with another timeout, retry budget and call limits, sending through the same pool.

        Args:
            timeout: The new per-request timeout.
            max_retries: The new retries per request.
            deadline: The new deadline of each call (None: no bound), or ``KEEP``.
            max_response_size: The new size cap of an answer, or ``KEEP``.

        Returns:
            The copy (closing it is not needed; closing this client closes the shared pool).
        """
        transport = self._settings["transport"].with_max_retries(
            max_retries, deadline=deadline, max_response_size=max_response_size
        )
        return type(self)(
            apply_options=self._apply_options, **{**self._settings, "timeout": timeout, "transport": transport}
        )


class OptionsClient(_Options, httpx2.Client):
    """An ``httpx2.Client`` that applies the request options in force, and can be copied with new settings.

    Args:
        apply_options: Apply per-call options (false for the client that fetches files from other hosts).
        **kwargs: ``httpx2.Client`` arguments; ``transport`` must be given.
    """

    def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        """Send a request as httpx2 does, keeping the answer for ``with_raw_response``.

        Args:
            request: The request.
            **kwargs: ``httpx2.Client.send`` arguments.

        Returns:
            The answer.
        """
        response = super().send(request, **kwargs)
        record_response(response)
        return response


class AsyncOptionsClient(_Options, httpx2.AsyncClient):
    """The async twin of ``OptionsClient``.

    Args:
        apply_options: Apply per-call options (false for the client that fetches files from other hosts).
        **kwargs: ``httpx2.AsyncClient`` arguments; ``transport`` must be given.
    """

    async def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        """Send a request as httpx2 does, keeping the answer for ``with_raw_response``.

        Args:
            request: The request.
            **kwargs: ``httpx2.AsyncClient.send`` arguments.

        Returns:
            The answer.
        """
        response = await super().send(request, **kwargs)
        record_response(response)
        return response
