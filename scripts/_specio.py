"""Read and write the project's YAML specs and provenance record deterministically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PROVENANCE = ROOT / "specs" / "provenance.yaml"


class _SpecLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe YAML loader that keeps timestamps as strings, as JSON would."""


# OpenAPI documents are JSON at heart: an unquoted date must stay a string, not become datetime.
_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _SpecLoader.yaml_implicit_resolvers.copy().items()
}


class _SpecDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """A safe YAML dumper that never emits anchors/aliases for repeated values."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def load_yaml(path: Path) -> Any:
    """Parse a YAML file the way the pipeline reads every spec.

    Args:
        path: The file to read.

    Returns:
        The parsed document.
    """
    with path.open("rb") as handle:
        return yaml.load(handle, Loader=_SpecLoader)  # noqa: S506 - a safe loader subclass


def dump_yaml(document: Any) -> str:
    """Serialise a document to YAML, byte-for-byte the same for the same input.

    Args:
        document: Any JSON-compatible value.

    Returns:
        The YAML text, keys in their original order.
    """
    text: str = yaml.dump(
        document,
        Dumper=_SpecDumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return text


def load_provenance() -> dict[str, Any]:
    """Return the provenance record, or an empty one if none exists yet.

    Returns:
        The parsed ``specs/provenance.yaml``.
    """
    if not PROVENANCE.exists():
        return {}
    data = load_yaml(PROVENANCE)
    return data if isinstance(data, dict) else {}


def save_provenance(record: dict[str, Any]) -> None:
    """Write the provenance record.

    Args:
        record: The whole record to store.
    """
    header = (
        "# Where each spec came from and what generated the clients.\n"
        "# Written by scripts/; checked by make generate.\n"
    )
    PROVENANCE.write_text(header + dump_yaml(record), encoding="utf-8")
