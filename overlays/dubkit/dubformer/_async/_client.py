"""The Dubformer client: one connection pool, the projects resource, and the catalogue and balance calls."""

from __future__ import annotations

from functools import cached_property
from typing import Unpack

import httpx2
from dubkit_dubformer import Client
from dubkit_dubformer.api.account import get_balance
from dubkit_dubformer.api.catalog import get_options, list_voices
from dubkit_dubformer.models import Balance, Options, VoiceCatalog

from dubkit._api_resource import APIResource
from dubkit._http import aexpect, build_async_download_client, build_async_http, on_unparsable
from dubkit._lifecycle import AsyncClientLifecycle
from dubkit._options import RequestOptions
from dubkit._settings import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    check_http_client,
    resolve_limits,
)
from dubkit.dubformer._config import IDEMPOTENCY_HEADER, settings

from ._projects import AsyncProjects

__all__ = ["AsyncDubformer"]


class AsyncDubformer(AsyncClientLifecycle, APIResource):
    """A client for the Dubformer API.

    Args:
        api_key: Your key; defaults to the ``DUBFORMER_API_KEY`` environment variable.
        base_url: The API URL; defaults to ``DUBFORMER_BASE_URL``, else ``https://app.dubformer.ai``.
            Plain ``http://`` is only accepted for loopback hosts.
        timeout: Seconds (or an ``httpx2.Timeout``) for each request; ``wait()`` has its own deadline.
        max_retries: Retries per request on connection errors, 408, 429 and 5xx.
        deadline: Seconds one call may take in all, every retry and wait included (None: no bound).
        max_response_size: Bytes an API answer may have, decompressed (``ResponseTooLargeError`` beyond).
        http_client: An ``httpx2.AsyncClient`` to send through, API calls and downloads alike (its proxies,
            limits and transport apply; dubkit adds its own auth and retries); not closed by dubkit.

    Raises:
        MissingAPIKeyError: If no key is given and the environment has none.
        ValueError: If ``base_url``, ``timeout``, ``max_retries``, ``deadline`` or ``max_response_size``
            is not acceptable, or ``api_key`` holds a control character.

    Example:
        >>> async with AsyncDubformer() as client:  # doctest: +SKIP
        ...     job = await client.projects.create(source_lang="en", target_lang="fr-FR",
        ...                                        source_video_url="https://example.com/video.mp4")
        ...     await client.projects.download(await client.projects.wait(job.project_id), "dubbed.mp4")
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        http_client: httpx2.AsyncClient | None = None,
    ) -> None:
        self.base_url, auth, self.timeout = settings(api_key, base_url, timeout, max_retries)
        self.max_retries = max_retries
        check_http_client(http_client, httpx2.AsyncClient)
        self._http = build_async_http(
            base_url=self.base_url, auth=auth, timeout=self.timeout, max_retries=max_retries,
            idempotency_header=IDEMPOTENCY_HEADER, http_client=http_client,
            limits=resolve_limits(deadline, max_response_size),
        )  # fmt: skip
        self.downloads_http = build_async_download_client(self.timeout, max_retries, http_client)
        raw = Client(base_url=str(self.base_url), on_unparsable=on_unparsable)
        self.raw: Client = raw.set_async_httpx_client(self._http)
        """The generated client, with dubkit's auth, retries and errors: call any generated function with it."""

    @cached_property
    def projects(self) -> AsyncProjects:
        """Projects: create, get, list, wait, download, delete, retranslate."""
        return AsyncProjects(self)

    async def options(self, **options: Unpack[RequestOptions]) -> Options:
        """Return the supported source and target languages.

        Args:
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            ``source_langs`` (no locale) and ``target_langs`` (with locale).
        """
        return await aexpect(lambda: get_options.asyncio_detailed(client=self.raw), Options)

    async def voices(self, **options: Unpack[RequestOptions]) -> VoiceCatalog:
        """Return the voices available for re-translation, by target language.

        Args:
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The catalogue; ``voices.voices["fr-FR"]`` lists that language's voices.
        """
        return await aexpect(lambda: list_voices.asyncio_detailed(client=self.raw), VoiceCatalog)

    async def balance(self, **options: Unpack[RequestOptions]) -> Balance:
        """Return the account's balance in minutes.

        Args:
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The balance.
        """
        return await aexpect(lambda: get_balance.asyncio_detailed(client=self.raw), Balance)

    def _owned(self) -> tuple[httpx2.AsyncClient, ...]:
        return (self._http, self.downloads_http)
