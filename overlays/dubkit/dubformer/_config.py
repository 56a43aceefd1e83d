"""What both Dubformer clients share: the defaults, the environment variables, and argument checking."""

from __future__ import annotations

import httpx2

from dubkit._auth import APIKeyAuth
from dubkit._provider_config import ProviderConfig

__all__ = ["API_KEY_ENV", "BASE_URL_ENV", "DEFAULT_BASE_URL", "IDEMPOTENCY_HEADER", "settings"]

DEFAULT_BASE_URL = "https://app.dubformer.ai"
API_KEY_ENV = "DUBFORMER_API_KEY"
BASE_URL_ENV = "DUBFORMER_BASE_URL"
IDEMPOTENCY_HEADER = "Idempotency-Key"
_CONFIG = ProviderConfig("Dubformer", API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, "Authorization", "Bearer ")


def settings(
    api_key: str | None, base_url: str | None, timeout: float | httpx2.Timeout, max_retries: int
) -> tuple[httpx2.URL, APIKeyAuth, httpx2.Timeout]:
    """Resolve a Dubformer client's arguments against the environment and check them (see ``ProviderConfig``).

    Returns:
        The base URL, the auth that sends the key, and the timeout.
    """
    return _CONFIG.settings(api_key, base_url, timeout, max_retries)
