# Generated from overlays/dubkit/elevenlabs/_async/_client.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""The ElevenLabs client: three connection pools (API, streamed answers, other hosts) and the resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import httpx2
from dubkit_elevenlabs import Client

from dubkit._api_resource import APIResource
from dubkit._http import (
    build_download_client,
    build_stream_client,
    build_sync_http,
    on_unparsable,
)
from dubkit._lifecycle import ClientLifecycle
from dubkit._literals import Region
from dubkit._settings import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    check_http_client,
    resolve_limits,
)
from dubkit.elevenlabs._config import settings

if TYPE_CHECKING:
    from ._dubbing import Dubbing
    from ._studio import Studio

__all__ = ["ElevenLabs"]


class ElevenLabs(ClientLifecycle, APIResource):
    """A client for the ElevenLabs Dubbing, Dubbing Studio resource and Studio APIs.

    Args:
        api_key: Your key; defaults to the ``ELEVENLABS_API_KEY`` environment variable (read now).
        base_url: The API URL; defaults to ``ELEVENLABS_BASE_URL``, else ``https://api.elevenlabs.io``.
            Plain ``http://`` is only accepted for loopback hosts.
        region: ``"us"``, ``"eu"`` or ``"in"`` to use that data-residency server instead of ``base_url``.
        timeout: Seconds (or an ``httpx2.Timeout``) for each request; ``wait()`` has its own deadline.
        max_retries: Retries per request on connection errors, 408, 429 and 5xx. A paid create is never
            re-sent once it may have reached the server (``OutcomeUnknownError`` instead).
        deadline: Seconds one call may take in all, every retry and wait included (None: no bound).
        max_response_size: Bytes an API answer may have, decompressed (``ResponseTooLargeError`` beyond).
        http_client: An ``httpx2.Client`` to send through, API calls and downloads alike (its proxies,
            limits and transport apply; dubkit adds its own auth and retries); not closed by dubkit.

    Raises:
        MissingAPIKeyError: If no key is given and the environment has none.
        ValueError: If ``base_url``, ``region``, ``timeout``, ``max_retries``, ``deadline`` or
            ``max_response_size`` is not acceptable, or ``api_key`` holds a control character.

    Example:
        >>> with ElevenLabs() as client:  # doctest: +SKIP
        ...     dub = client.dubbing.create(file="talk.mp4", target_lang="es")
        ...     client.dubbing.wait(dub.dubbing_id)
        ...     client.dubbing.audio.download(dub.dubbing_id, "es", "talk.es.mp4")
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: Region | None = None,
        timeout: float | httpx2.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        http_client: httpx2.Client | None = None,
    ) -> None:
        self.base_url, auth, self.timeout = settings(api_key, base_url, region, timeout, max_retries)
        self.max_retries = max_retries
        check_http_client(http_client, httpx2.Client)
        self._http = build_sync_http(
            base_url=self.base_url, auth=auth, timeout=self.timeout, max_retries=max_retries,
            idempotency_header=None, http_client=http_client,
            limits=resolve_limits(deadline, max_response_size),
        )  # fmt: skip
        self.stream_http = build_stream_client(
            base_url=self.base_url, auth=auth, timeout=self.timeout, max_retries=max_retries, http_client=http_client
        )
        """Authenticated client for API answers that are files: streamed, never read whole."""
        self.downloads_http = build_download_client(self.timeout, max_retries, http_client)
        """Credential-free client for files on other hosts."""
        raw = Client(base_url=str(self.base_url), on_unparsable=on_unparsable)
        self.raw: Client = raw.set_httpx_client(self._http)
        """The generated client, with dubkit's auth, retries and errors: call any generated function with it."""

    # The resources (and the generated modules behind them) load on first use, so importing dubkit
    # and making a client stays fast.
    @cached_property
    def dubbing(self) -> Dubbing:
        """The Dubbing API: create, get, list, wait, delete; ``.audio``, ``.transcript``, ``.resource``."""
        from ._dubbing import Dubbing  # noqa: PLC0415

        return Dubbing(self)

    @cached_property
    def studio(self) -> Studio:
        """The Studio API: projects, chapters, snapshots and podcasts."""
        from ._studio import Studio  # noqa: PLC0415

        return Studio(self)

    def _owned(self) -> tuple[httpx2.Client, ...]:
        return (self._http, self.stream_http, self.downloads_http)
