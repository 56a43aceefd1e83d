"""Resolve a client's API key and base URL from arguments and the environment."""

from __future__ import annotations

import enum
import ipaddress
import math
import os
from dataclasses import dataclass

import httpx2

from ._errors import MissingAPIKeyError
from ._retry import DEFAULT_MAX_RETRIES

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "KEEP",
    "CallLimits",
    "Keep",
    "check_http_client",
    "check_max_retries",
    "is_loopback",
    "resolve_api_key",
    "resolve_base_url",
    "resolve_limits",
    "resolve_timeout",
]

# The generated client has no timeout at all; a hung connection must not hang a pipeline.
DEFAULT_TIMEOUT = httpx2.Timeout(60.0, connect=10.0)
DEFAULT_DEADLINE = 600.0
"""Seconds one API call may take in all, every attempt and the waits between them included.

``timeout`` bounds each wait for the network, so a server that sends a byte now and then could
otherwise keep a call alive indefinitely. Uploads count too: raise it for big files on slow links.
"""
DEFAULT_MAX_RESPONSE_SIZE = 128 * 1024 * 1024
"""Bytes an API answer may have, counted after decompression (a 9.6 MB dubbing resource fits 13 times)."""


@dataclass(frozen=True)
class CallLimits:
    """The bounds every API call of a client runs within.

    Attributes:
        deadline: Seconds a call may take in all (retries included), or None for no bound.
        max_response_size: Bytes an answer may have once decompressed.
    """

    deadline: float | None = DEFAULT_DEADLINE
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE

    def replaced(self, deadline: float | Keep | None, max_response_size: int | Keep) -> CallLimits:
        """Return these limits with the given ones replaced (``KEEP`` keeps a value), after checking them.

        Args:
            deadline: Seconds a call may take in all, None for no bound, or ``KEEP``.
            max_response_size: Bytes an answer may have, or ``KEEP``.

        Returns:
            The new limits.

        Raises:
            ValueError: If a new value is not acceptable (see ``resolve_limits``).
        """
        return resolve_limits(
            self.deadline if isinstance(deadline, Keep) else deadline,
            self.max_response_size if isinstance(max_response_size, Keep) else max_response_size,
        )


class Keep(enum.Enum):
    """The type of ``KEEP``: a ``with_options`` argument whose current value stays (where None means something)."""

    KEEP = "keep"


KEEP = Keep.KEEP
"""Keep the current value (``client.with_options(deadline=KEEP)``, the default)."""


_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def resolve_api_key(api_key: str | None, *, env_var: str, provider: str) -> str:
    """Return the API key: the argument, else the environment variable, read now.

    Args:
        api_key: The key the caller passed, if any.
        env_var: The environment variable to fall back on.
        provider: The provider's display name, for the error message.

    Returns:
        The key, stripped of surrounding white space.

    Raises:
        MissingAPIKeyError: If neither gives a non-empty key.
        TypeError: If ``api_key`` is not a string.
        ValueError: If the key holds a control character (CR, LF, NUL, ...) or a non-ASCII one: no
            HTTP header can carry it (the message does not show the key).
    """
    if api_key is not None and not isinstance(api_key, str):
        raise TypeError(f"api_key must be a str, not {type(api_key).__name__}")
    key = (api_key if api_key is not None else os.environ.get(env_var, "")).strip()
    if not key:
        raise MissingAPIKeyError(provider, env_var)
    if not (key.isascii() and key.isprintable()):
        source = "api_key" if api_key is not None else f"the {env_var} environment variable"
        raise ValueError(
            f"{source} holds a control or non-ASCII character (a line break or NUL pasted with it?); "
            "an API key is printable ASCII"
        )
    return key


def is_loopback(host: str) -> bool:
    """Tell whether a host name or address is this machine.

    Args:
        host: A host name or IP address (IPv6 without brackets).

    Returns:
        True for localhost names and loopback addresses.
    """
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_base_url(base_url: str | None, *, env_var: str, default: str) -> httpx2.URL:
    """Return the API base URL: the argument, else the environment variable, else the default.

    Args:
        base_url: The URL the caller passed, if any.
        env_var: The environment variable to fall back on.
        default: The provider's public API URL.

    Returns:
        The validated URL, without a trailing slash.

    Raises:
        ValueError: If the URL is not absolute, carries credentials or a query, or is plain
            ``http://`` to a host other than this machine (the key would cross the network in clear).
    """
    raw = base_url if base_url is not None else (os.environ.get(env_var) or default)
    if not isinstance(raw, str):
        raise TypeError(f"base_url must be a str, not {type(raw).__name__}")
    try:
        url = httpx2.URL(raw.strip())
    except httpx2.InvalidURL:
        raise ValueError("base_url is not a valid URL") from None
    # Messages show the URL without userinfo, query or fragment: a key pasted there must not be echoed.
    shown = repr(str(url.copy_with(userinfo=b"", query=None, fragment=None))) if url.host else "that value"
    if url.scheme not in {"http", "https"} or not url.host:
        raise ValueError(f"base_url must be an absolute http(s) URL, got {shown}")
    if url.userinfo:
        raise ValueError("base_url must not contain credentials; pass api_key instead")
    if url.query or url.fragment:
        raise ValueError(f"base_url must not have a query or fragment (given for {shown})")
    if url.scheme == "http" and not is_loopback(url.host):
        raise ValueError(
            f"refusing plain http:// for {url.host}: the API key would be sent unencrypted "
            "(http:// is only allowed for localhost / loopback addresses)"
        )
    return url.copy_with(path=url.path.rstrip("/") or "")


def resolve_timeout(timeout: float | httpx2.Timeout) -> httpx2.Timeout:
    """Return a client's per-request timeout as an ``httpx2.Timeout``.

    Args:
        timeout: Seconds, or an ``httpx2.Timeout``.

    Returns:
        The timeout.

    Raises:
        ValueError: If ``timeout`` is not a positive number of seconds or an ``httpx2.Timeout``.
    """
    if isinstance(timeout, httpx2.Timeout):
        return timeout
    # `not timeout > 0` also rejects NaN.
    if not isinstance(timeout, int | float) or isinstance(timeout, bool) or not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds or an httpx2.Timeout, got {timeout!r}")
    return httpx2.Timeout(timeout)


def resolve_limits(deadline: object, max_response_size: object) -> CallLimits:
    """Return a client's per-call bounds after checking them.

    Args:
        deadline: Seconds a call may take in all, or None for no bound.
        max_response_size: Bytes an API answer may have, decompressed.

    Returns:
        The bounds.

    Raises:
        ValueError: If ``deadline`` is not None or a positive finite number, or ``max_response_size``
            is not an int >= 1.
    """
    if deadline is not None and (
        not isinstance(deadline, int | float) or isinstance(deadline, bool) or not 0 < deadline < math.inf
    ):
        raise ValueError(f"deadline must be a positive number of seconds or None, got {deadline!r}")
    if not isinstance(max_response_size, int) or isinstance(max_response_size, bool) or max_response_size < 1:
        raise ValueError(f"max_response_size must be an int >= 1 (bytes), got {max_response_size!r}")
    return CallLimits(None if deadline is None else float(deadline), max_response_size)


def check_max_retries(max_retries: object) -> int:
    """Return a client's ``max_retries`` after checking it.

    Args:
        max_retries: What the caller passed.

    Returns:
        The number of retries.

    Raises:
        ValueError: If it is not an int >= 0.
    """
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")
    return max_retries


def check_http_client(value: object, expected: type[httpx2.Client] | type[httpx2.AsyncClient]) -> None:
    """Refuse an ``http_client`` of the wrong kind at construction, not at the first call.

    Args:
        value: What the caller passed (None means "dubkit makes its own").
        expected: ``httpx2.Client`` for a sync client, ``httpx2.AsyncClient`` for an async one.

    Raises:
        TypeError: If it is not an instance of ``expected``.
    """
    if value is not None and not isinstance(value, expected):
        raise TypeError(f"http_client must be an {expected.__module__}.{expected.__name__}, not {type(value).__name__}")
