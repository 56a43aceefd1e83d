"""The public surface of both clients, found by introspection, and one way to call any of its methods.

Shared by the fuzz, security and bad-input suites. ``public_methods`` walks a client's resource tree,
so a method added later shows up in every table derived from it; ``invoke`` calls one method by dotted
path as a user would, sync or async; call arguments may hold placeholder tokens (``OUT``, ``MEDIA_FILE``
...) that ``resolve`` turns into real paths under a test's ``tmp_path``.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, get_type_hints

import dubkit
import httpx2
from dubkit import AsyncDubformer, AsyncElevenLabs, Dubformer, ElevenLabs
from dubkit._api_resource import APIResource
from media_samples import speech_sample

SECRET = "sk_SECRET_" + "x" * 24
"""A key distinctive enough that any copy of it in a log, repr or message is found by a substring search."""
BASE_URL = "http://127.0.0.1"
PROVIDERS = ("elevenlabs", "dubformer")
MODES = ("sync", "async")
CLIENTS = {
    ("elevenlabs", "sync"): ElevenLabs,
    ("elevenlabs", "async"): AsyncElevenLabs,
    ("dubformer", "sync"): Dubformer,
    ("dubformer", "async"): AsyncDubformer,
}
TOP_LEVEL = "dub_file"
"""The pseudo-path of ``dubkit.dub_file`` / ``adub_file`` (with ``provider=`` the table's provider)."""
CONSTRUCTOR = "__init__"
"""The pseudo-path of a client's constructor."""
_ALIASES = {"aclose": "close"}
"""Async names that the tables list under their sync twin's name."""


class _Token:
    """A placeholder in a call table, replaced when the call is made (a fresh path, an existing file)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<{self.name}>"


OUT = _Token("a new file path in tmp_path")
DIRECTORY = _Token("tmp_path itself")
MISSING_FILE = _Token("a path that does not exist")
MEDIA_FILE = _Token("an existing small media file")
EXISTING_FILE = _Token("an existing regular file")


def _is_resource(value: object) -> bool:
    """A dubkit resource object (``client.dubbing``, ``.projects`` ...), not a setting, URL or httpx2 client."""
    return isinstance(value, APIResource) and not isinstance(value, ElevenLabs | AsyncElevenLabs | Dubformer)


def public_methods(obj: object, prefix: str = "") -> dict[str, Callable[..., Any]]:
    """Return every public method reachable from ``obj`` through its public resource attributes, by dotted path.

    Async names with a sync twin (``aclose``) are reported under the sync name.
    """
    found: dict[str, Callable[..., Any]] = {}
    names = {name for name in dir(obj) if not name.startswith("_")}
    for name in sorted(names):
        static = inspect.getattr_static(obj, name)
        if inspect.isfunction(static):
            found[prefix + _ALIASES.get(name, name)] = getattr(obj, name)
            continue
        value = getattr(obj, name)  # evaluates cached properties (client.dubbing, client.studio)
        if _is_resource(value):
            found.update(public_methods(value, f"{prefix}{name}."))
    return found


def surface(provider: str, mode: str) -> set[str]:
    """Every public method path of one client class, plus its constructor and ``dub_file``."""
    client = CLIENTS[provider, mode](api_key="surface-key", base_url=BASE_URL)
    return {*public_methods(client), CONSTRUCTOR, TOP_LEVEL}


def signature(provider: str, target: str) -> inspect.Signature:
    """The signature of a method of the sync client (the twins share theirs), its constructor, or ``dub_file``."""
    if target == CONSTRUCTOR:
        return inspect.signature(CLIENTS[provider, "sync"])
    if target == TOP_LEVEL:
        return inspect.signature(dubkit.dub_file)
    client = CLIENTS[provider, "sync"](api_key="signature-key", base_url=BASE_URL)
    return inspect.signature(method(client, target))


def return_annotation(provider: str, target: str) -> Any:
    """The return annotation of a method of the sync client, evaluated (``SyncPager[X]``, ``Path | None`` ...)."""
    client = CLIENTS[provider, "sync"](api_key="signature-key", base_url=BASE_URL)
    return get_type_hints(method(client, target))["return"]


def resolve(value: Any, tmp_path: Path, out: str = "out/file.bin") -> Any:
    """Replace the placeholder tokens in a call's arguments with real paths under ``tmp_path``."""
    if isinstance(value, Mapping):
        return {key: resolve(item, tmp_path, out) for key, item in value.items()}
    if value is OUT:
        return tmp_path / out
    if value is DIRECTORY:
        return tmp_path
    if value is MISSING_FILE:
        return tmp_path / "no_such_file.mp4"
    if value in (MEDIA_FILE, EXISTING_FILE):
        path = tmp_path / ("talk.mp3" if value is MEDIA_FILE else "existing.txt")
        path.write_bytes(speech_sample(1.0, content_type="audio/mpeg") if value is MEDIA_FILE else b"notes")
        return path
    return value


def run(value: Any) -> Any:
    """Return a call's result: awaited if it is awaitable, and a pager (sync or async) read to its end."""
    if inspect.isawaitable(value):
        value = asyncio.run(_awaited(value))
    if hasattr(value, "__aiter__"):
        return asyncio.run(_collect(value))
    if hasattr(value, "iter_pages") or isinstance(value, Iterator):  # a pager, or a download's bytes
        return list(value)
    return value


async def _awaited(value: Any) -> Any:
    return await value


async def _collect(pager: Any) -> list[Any]:
    return [item async for item in pager]


def method(client: Any, path: str) -> Callable[..., Any]:
    """Return the bound method at a dotted path of a client (``close`` is ``aclose`` on an async client)."""
    target: Any = client
    *owners, name = path.split(".")
    for owner in owners:
        target = getattr(target, owner)
    if name == "close" and not hasattr(target, "close"):
        name = "aclose"
    return getattr(target, name)


def invoke(provider: str, mode: str, path: str, kwargs: Mapping[str, Any], client: Any) -> Any:
    """Call one method as a user would (sync, or awaited on a fresh loop) and read its result to the end."""
    if path == CONSTRUCTOR:
        return CLIENTS[provider, mode](**kwargs)
    if path == TOP_LEVEL:
        function = dubkit.dub_file if mode == "sync" else dubkit.adub_file
        return run(function(**{"provider": provider, "client": client, **kwargs}))
    return run(method(client, path)(**kwargs))


@contextlib.contextmanager
def open_client(
    provider: str,
    mode: str,
    transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport,
    *,
    key: str = SECRET,
    base_url: str = BASE_URL,
    follow_redirects: bool = False,
    **options: Any,
) -> Iterator[Any]:
    """Yield a client of ``provider`` sending through ``transport`` (sync or async per ``mode``), then close both."""
    if mode == "sync":
        http: Any = httpx2.Client(transport=transport, follow_redirects=follow_redirects)  # type: ignore[arg-type]
    else:
        http = httpx2.AsyncClient(transport=transport, follow_redirects=follow_redirects)  # type: ignore[arg-type]
    client = CLIENTS[provider, mode](api_key=key, base_url=base_url, http_client=http, **options)
    try:
        yield client
    finally:
        if mode == "sync":
            client.close()
            http.close()
        else:
            asyncio.run(_aclose(client, http))


async def _aclose(client: Any, http: httpx2.AsyncClient) -> None:
    await client.aclose()
    await http.aclose()
