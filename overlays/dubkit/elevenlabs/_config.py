"""What both ElevenLabs clients share: the servers, the environment variables, and argument checking."""

from __future__ import annotations

import httpx2

from dubkit._auth import APIKeyAuth
from dubkit._settings import check_max_retries, resolve_api_key, resolve_base_url, resolve_timeout

__all__ = ["API_KEY_ENV", "API_KEY_HEADER", "BASE_URL_ENV", "DEFAULT_BASE_URL", "REGIONS", "settings"]

DEFAULT_BASE_URL = "https://api.elevenlabs.io"
REGIONS = {
    "us": "https://api.us.elevenlabs.io",
    "eu": "https://api.eu.residency.elevenlabs.io",
    "in": "https://api.in.residency.elevenlabs.io",
}
"""The data-residency servers the API documents, by ``region`` name."""
API_KEY_ENV = "ELEVENLABS_API_KEY"
BASE_URL_ENV = "ELEVENLABS_BASE_URL"
API_KEY_HEADER = "xi-api-key"


def _base_url(base_url: str | None, region: str | None) -> httpx2.URL:
    if region is None:
        return resolve_base_url(base_url, env_var=BASE_URL_ENV, default=DEFAULT_BASE_URL)
    if not isinstance(region, str) or region.lower() not in REGIONS:
        raise ValueError(f"region must be one of {', '.join(map(repr, REGIONS))}, got {region!r}")
    if base_url is not None:
        raise ValueError("pass either base_url or region, not both (region selects the base URL)")
    # An explicit region wins over ELEVENLABS_BASE_URL: arguments beat the environment.
    return resolve_base_url(REGIONS[region.lower()], env_var=BASE_URL_ENV, default=DEFAULT_BASE_URL)


def settings(
    api_key: str | None, base_url: str | None, region: str | None, timeout: float | httpx2.Timeout, max_retries: int
) -> tuple[httpx2.URL, APIKeyAuth, httpx2.Timeout]:
    """Resolve a client's arguments against the environment and check them.

    Args:
        api_key: The key given, or None to read ``ELEVENLABS_API_KEY``.
        base_url: The URL given, or None to read ``ELEVENLABS_BASE_URL`` (else the default).
        region: A data-residency region instead of ``base_url``, or None.
        timeout: Seconds or an ``httpx2.Timeout``.
        max_retries: Retries per request.

    Returns:
        The base URL, the auth that sends the key, and the timeout.

    Raises:
        MissingAPIKeyError: If no key is given and the environment has none.
        ValueError: If ``base_url``, ``region``, ``timeout`` or ``max_retries`` is not acceptable.
    """
    key = resolve_api_key(api_key, env_var=API_KEY_ENV, provider="ElevenLabs")
    url = _base_url(base_url, region)
    check_max_retries(max_retries)
    return url, APIKeyAuth(url, API_KEY_HEADER, key), resolve_timeout(timeout)
