"""Pools are built on first use and share one TLS context: httpcore and the CA bundle were most of a client's cost."""

from __future__ import annotations

import asyncio
import ssl
import subprocess
import sys

import dubkit
import httpx2
import pytest
from dubkit._pools import AsyncLazyPool, AsyncTurns, LazyPool, shared_ssl_context
from dubkit._transport import ClientTransport


def _pool_contexts(client: object) -> list[ssl.SSLContext]:
    contexts = []
    for http in client._owned():  # type: ignore[attr-defined]
        lazy = http._transport._wrapped  # RetryTransport -> LazyPool (or AsyncTurns -> AsyncLazyPool)
        lazy = lazy._wrapped if isinstance(lazy, AsyncTurns) else lazy
        pool = lazy.pool._pool  # LazyPool -> HTTPTransport -> httpcore2 pool
        contexts.append(pool._ssl_context)
    return contexts


@pytest.mark.parametrize(
    "make",
    [
        lambda: dubkit.ElevenLabs(api_key="k"),
        lambda: dubkit.AsyncElevenLabs(api_key="k"),
        lambda: dubkit.Dubformer(api_key="k"),
        lambda: dubkit.AsyncDubformer(api_key="k"),
    ],
    ids=["ElevenLabs", "AsyncElevenLabs", "Dubformer", "AsyncDubformer"],
)
def test_every_pool_of_every_client_uses_the_one_shared_context(make) -> None:
    first, second = make(), make()
    contexts = _pool_contexts(first) + _pool_contexts(second)
    assert len(contexts) >= 4
    assert all(context is shared_ssl_context() for context in contexts)


def test_the_shared_context_verifies_certificates_like_httpx_default() -> None:
    context = shared_ssl_context()
    default = httpx2.create_ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED == default.verify_mode
    assert context.check_hostname is True
    assert context.minimum_version == default.minimum_version
    assert context.cert_store_stats()["x509_ca"] == default.cert_store_stats()["x509_ca"] > 0


def test_a_callers_http_client_keeps_its_own_tls_settings() -> None:
    own = httpx2.Client(verify=False)
    client = dubkit.ElevenLabs(api_key="k", http_client=own)
    assert isinstance(client._http._transport._wrapped, ClientTransport)  # it sends through the caller's client
    assert own._transport._pool._ssl_context.verify_mode == ssl.CERT_NONE
    client.close()
    own.close()


def test_making_a_client_builds_no_pool_and_imports_no_httpcore() -> None:
    code = (
        "import sys, dubkit; c = dubkit.ElevenLabs(api_key='k'); a = dubkit.AsyncDubformer(api_key='k');"
        "assert 'httpcore2' not in sys.modules, 'httpcore2 imported';"
        "lazy = [getattr(h._transport._wrapped, '_wrapped', h._transport._wrapped) for h in c._owned() + a._owned()];"
        "assert all(pool._built is None for pool in lazy), 'a pool was built'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_a_pool_is_built_once_on_first_use_and_closed_only_if_built() -> None:
    lazy = LazyPool()
    lazy.close()  # never built: nothing to close, no error
    assert lazy._built is None
    first = lazy.pool
    assert lazy.pool is first
    assert first._pool._ssl_context is shared_ssl_context()
    lazy.close()


def test_the_async_pool_is_built_once_on_first_use() -> None:
    async def scenario() -> None:
        lazy = AsyncLazyPool(httpx2.Limits(max_connections=7))
        await lazy.aclose()
        assert lazy._built is None
        assert lazy.pool is lazy.pool
        assert lazy.pool._pool._max_connections == 7
        await lazy.aclose()

    asyncio.run(scenario())


def test_the_first_request_builds_the_pool(dubkit_sim_server) -> None:
    client = dubkit.ElevenLabs(api_key="k", base_url=dubkit_sim_server.url)
    lazy = client._http._transport._wrapped
    assert lazy._built is None
    next(iter(client.dubbing.list(page_size=1).iter_pages()))
    assert lazy._built is not None
    client.close()
