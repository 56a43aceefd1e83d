"""Where a provider's clients find their key and their server: one description per provider, resolved one way."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx2

from ._auth import APIKeyAuth
from ._settings import check_max_retries, resolve_api_key, resolve_base_url, resolve_timeout

__all__ = ["ProviderConfig"]


@dataclass(frozen=True)
class ProviderConfig:
    """How one provider's clients find and send their key, and which servers they may use.

    Attributes:
        name: The provider's name, for messages.
        api_key_env: The environment variable read when no key is given.
        base_url_env: The environment variable read when no URL is given.
        default_base_url: The server otherwise.
        key_header: The header that carries the key.
        key_prefix: What precedes the key in that header (``"Bearer "``), if anything.
        regions: The data-residency servers the API documents, by ``region`` name (none for most providers).
    """

    name: str
    api_key_env: str
    base_url_env: str
    default_base_url: str
    key_header: str
    key_prefix: str = ""
    regions: Mapping[str, str] = field(default_factory=dict)

    def settings(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx2.Timeout,
        max_retries: int,
        region: str | None = None,
    ) -> tuple[httpx2.URL, APIKeyAuth, httpx2.Timeout]:
        """Resolve a client's arguments against the environment and check them.

        Args:
            api_key: The key given, or None to read ``api_key_env``.
            base_url: The URL given, or None to read ``base_url_env`` (else the default).
            timeout: Seconds or an ``httpx2.Timeout``.
            max_retries: Retries per request.
            region: A data-residency region instead of ``base_url``, or None.

        Returns:
            The base URL, the auth that sends the key, and the timeout.

        Raises:
            MissingAPIKeyError: If no key is given and the environment has none.
            ValueError: If ``base_url``, ``region``, ``timeout`` or ``max_retries`` is not acceptable.
        """
        key = resolve_api_key(api_key, env_var=self.api_key_env, provider=self.name)
        url = self._base_url(base_url, region)
        check_max_retries(max_retries)
        return url, APIKeyAuth(url, self.key_header, f"{self.key_prefix}{key}"), resolve_timeout(timeout)

    def _base_url(self, base_url: str | None, region: str | None) -> httpx2.URL:
        if region is None:
            return resolve_base_url(base_url, env_var=self.base_url_env, default=self.default_base_url)
        if not isinstance(region, str) or region.lower() not in self.regions:
            raise ValueError(f"region must be one of {', '.join(map(repr, self.regions))}, got {region!r}")
        if base_url is not None:
            raise ValueError("pass either base_url or region, not both (region selects the base URL)")
        # An explicit region wins over the base URL's environment variable: arguments beat the environment.
        return resolve_base_url(self.regions[region.lower()], env_var=self.base_url_env, default=self.default_base_url)
