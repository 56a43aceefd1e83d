"""The client pages of the API reference, written at ``make docs`` time from the clients' real resource tree.

A MkDocs hook (``hooks:`` in ``mkdocs.yml``). Each client is built (no request is made) and walked:
every public attribute that holds one of dubkit's resource objects (``client.dubbing``,
``client.dubbing.resource.speaker``, ...) gets a section rendered by mkdocstrings from that class's
docstrings. Nothing is listed by hand, so a resource that is added, moved or renamed appears in the
reference at the next build, under the name users type.

Run it alone to print the tree: ``.venv/bin/python scripts/docs_reference.py``.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any

import dubkit
from dubkit._api_resource import APIResource

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

__all__ = ["CLIENT_PAGES", "on_files", "reference_page", "resource_tree"]

# page -> the client class it documents.
CLIENT_PAGES: dict[str, type[Any]] = {
    "reference/elevenlabs.md": dubkit.ElevenLabs,
    "reference/async-elevenlabs.md": dubkit.AsyncElevenLabs,
    "reference/dubformer.md": dubkit.Dubformer,
    "reference/async-dubformer.md": dubkit.AsyncDubformer,
}


def _qualified(cls: type[Any]) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def resource_tree(obj: object, path: str = "client") -> Iterator[tuple[str, type[Any]]]:
    """Yield each resource reachable from a client, depth first, as (attribute path, class).

    Args:
        obj: A client or resource object.
        path: How users reach ``obj``, e.g. ``"client.dubbing"``.

    Yields:
        ``("client.dubbing.audio", DubbingAudio)``, ... in attribute order.
    """
    declared = {
        name for name, member in inspect.getmembers(type(obj)) if isinstance(member, property | cached_property)
    }
    names = sorted(declared | set(vars(obj)))
    for name in names:
        if name.startswith("_"):
            continue
        value = getattr(obj, name)
        cls = type(value)
        # dubkit's resources only: not httpx2 clients, the generated client (`raw`), settings or response proxies.
        if not isinstance(value, APIResource):
            continue
        yield f"{path}.{name}", cls
        yield from resource_tree(value, f"{path}.{name}")


def _resources(client_class: type[Any]) -> list[tuple[str, type[Any]]]:
    """Build a client (no request is made), walk its resources, close it."""
    client = client_class(api_key="docs")
    try:
        return list(resource_tree(client))
    finally:
        if hasattr(client, "aclose"):
            asyncio.run(client.aclose())
        else:
            client.close()


def reference_page(client_class: type[Any]) -> str:
    """Return the Markdown of one client's reference page: the client, then each of its resources.

    Args:
        client_class: ``dubkit.ElevenLabs``, ``dubkit.AsyncDubformer``, ...

    Returns:
        Markdown with mkdocstrings directives.
    """
    name = client_class.__name__
    resources = _resources(client_class)
    awaited = name.startswith("Async")
    lines = [
        f"# {name}",
        "",
        f"`from dubkit import {name}`. "
        + ("Every method is a coroutine: `await` it (and `async for` over `list()`)." if awaited else "")
        + " Resources are attributes of the client, listed below under the names you type.",
        "",
        f"::: dubkit.{name}",
        "    options:",
        "      heading_level: 2",
        "      show_root_heading: false",
        "",
    ]
    for path, cls in resources:
        lines += [
            f"## `{path}`",
            "",
            f"::: {_qualified(cls)}",
            "    options:",
            "      heading_level: 3",
            "      show_root_heading: false",
            "",
        ]
    return "\n".join(lines)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated client pages to the site (MkDocs hook).

    Args:
        files: The site's files so far.
        config: The MkDocs configuration.

    Returns:
        The files, with the client pages added.
    """
    from mkdocs.structure.files import File  # noqa: PLC0415 - only MkDocs runs this hook

    for page, client_class in CLIENT_PAGES.items():
        files.append(File.generated(config, page, content=reference_page(client_class)))
    return files


if __name__ == "__main__":
    for page, client_class in CLIENT_PAGES.items():
        print(page)
        for path, cls in _resources(client_class):
            print(f"  {path}: {_qualified(cls)}")
