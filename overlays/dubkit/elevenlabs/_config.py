"""What both ElevenLabs clients share: the servers, the environment variables, and argument checking."""

from __future__ import annotations

import httpx2

from dubkit._auth import APIKeyAuth
from dubkit._provider_config import ProviderConfig

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
_CONFIG = ProviderConfig("ElevenLabs", API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, API_KEY_HEADER, regions=REGIONS)


def settings(
    api_key: str | None, base_url: str | None, region: str | None, timeout: float | httpx2.Timeout, max_retries: int
) -> tuple[httpx2.URL, APIKeyAuth, httpx2.Timeout]:
    """Resolve an ElevenLabs client's arguments against the environment and check them (see ``ProviderConfig``).

    Returns:
        The base URL, the auth that sends the key, and the timeout.
    """
    return _CONFIG.settings(api_key, base_url, timeout, max_retries, region)
