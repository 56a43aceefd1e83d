"""What both Dubformer clients share: the defaults, the environment variables, and argument checking."""

from __future__ import annotations

import httpx2

from dubkit._auth import APIKeyAuth
from dubkit._settings import check_max_retries, resolve_api_key, resolve_base_url, resolve_timeout

__all__ = ["API_KEY_ENV", "BASE_URL_ENV", "DEFAULT_BASE_URL", "IDEMPOTENCY_HEADER", "settings"]

DEFAULT_BASE_URL = "https://app.dubformer.ai"
API_KEY_ENV = "DUBFORMER_API_KEY"
BASE_URL_ENV = "DUBFORMER_BASE_URL"
IDEMPOTENCY_HEADER = "Idempotency-Key"


def settings(
    api_key: str | None, base_url: str | None, timeout: float | httpx2.Timeout, max_retries: int
) -> tuple[httpx2.URL, APIKeyAuth, httpx2.Timeout]:
    """Resolve a client's arguments against the environment and check them.

    Args:
        api_key: The key given, or None to read ``DUBFORMER_API_KEY``.
        base_url: The URL given, or None to read ``DUBFORMER_BASE_URL`` (else the default).
        timeout: Seconds or an ``httpx2.Timeout``.
        max_retries: Retries per request.

    Returns:
        The base URL, the auth that sends the key, and the timeout.

    Raises:
        MissingAPIKeyError: If no key is given and the environment has none.
        ValueError: If ``base_url``, ``timeout`` or ``max_retries`` is not acceptable.
    """
    key = resolve_api_key(api_key, env_var=API_KEY_ENV, provider="Dubformer")
    url = resolve_base_url(base_url, env_var=BASE_URL_ENV, default=DEFAULT_BASE_URL)
    check_max_retries(max_retries)
    return url, APIKeyAuth(url, "Authorization", f"Bearer {key}"), resolve_timeout(timeout)
