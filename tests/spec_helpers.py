"""Shared readers for the specs, the seed pages and the generated packages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from _specio import ROOT, load_provenance, load_yaml

SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EFFECTIVE = ROOT / "generated" / "dubkit_specs"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")


@cache
def effective_spec(provider: str) -> dict[str, Any]:
    """Return the effective spec of a provider, parsed once per test session."""
    document: dict[str, Any] = load_yaml(EFFECTIVE / f"{provider}.yaml")
    return document


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) for every operation of a document."""
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def seed_fragment(page: str) -> dict[str, Any]:
    """Return the OpenAPI fragment embedded in a seed page's ```yaml block."""
    text = (SEEDS / page).read_text(encoding="utf-8")
    match = re.search(r"```yaml\n(.*?)```", text, re.DOTALL)
    assert match, f"{page} has no yaml block"
    fragment: dict[str, Any] = yaml.safe_load(match.group(1))
    return fragment


def resolve(document: dict[str, Any], ref: str) -> dict[str, Any]:
    """Resolve a local ``#/components/...`` reference."""
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    assert isinstance(node, dict)
    return node


def pascal_key(name: str) -> str:
    """Normalise a schema or class name for matching across generators."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def shared_available() -> bool:
    """Whether ../shared (upstream document and seed pages) is beside the project."""
    return (SHARED / "upstream" / "elevenlabs-openapi.json").exists() and SEEDS.is_dir()


ROOT_DIR: Path = ROOT


def missing_rows(table: str, have: set[str], want: set[str]) -> str:
    """Return a message naming what a table lacks and what it has in excess, or "" when it has exactly ``want``.

    Args:
        table: Where the rows go, e.g. ``tests/fuzz/fuzz_table.py OPERATIONS``.
        have: The operations (or methods) the table covers.
        want: Those the effective specs (or the clients) have.
    """
    lines = [f"{name} has no row in {table}: add one" for name in sorted(want - have)]
    lines += [f"{name} is in {table} but not in the specs (renamed or removed?)" for name in sorted(have - want)]
    return "\n".join(lines)


def all_operations() -> dict[str, tuple[str, str]]:
    """Return ``{"provider.operationId": (METHOD, path)}`` for every operation of both effective specs."""
    return {
        f"{provider}.{op['operationId']}": (method.upper(), path)
        for provider in ("elevenlabs", "dubformer")
        for path, method, op in operations(effective_spec(provider))
    }


def success_media_types(provider: str, operation_id: str) -> list[str]:
    """The media types of an operation's success (its first 2xx response; none for a 204)."""
    document = effective_spec(provider)
    for _path, _method, operation in operations(document):
        if operation["operationId"] == operation_id:
            responses = operation["responses"]
            response = responses[min(code for code in responses if str(code).startswith("2"))]
            if "$ref" in response:
                response = resolve(document, response["$ref"])
            return list(response.get("content", {}))
    raise KeyError(operation_id)


def is_file_operation(provider: str, operation_id: str) -> bool:
    """Whether an operation's success is a file: a body that is neither JSON nor text."""
    types = success_media_types(provider, operation_id)
    return bool(types) and not any(t.startswith(("application/json", "text/")) for t in types)


def file_operations(provider: str) -> list[str]:
    """The operationIds of a provider whose success is a file, in document order."""
    ids = [operation["operationId"] for _path, _method, operation in operations(effective_spec(provider))]
    return [operation_id for operation_id in ids if is_file_operation(provider, operation_id)]


DEPRECATED_CALLS = pytest.mark.filterwarnings("ignore:.*which ElevenLabs deprecated in its:DeprecationWarning")
"""For tables that call every method, deprecated ones included (``tests/elevenlabs/test_el_deprecations.py``
checks the warnings themselves): those calls warn once per process, so whichever test came first would fail."""


def recorded_upstream(provider: str = "elevenlabs") -> Path:
    """The upstream document the provenance records for a provider's spec (the project's current one)."""
    source = load_provenance()[provider]["upstream"]["source"]
    return (ROOT / source).resolve()
