"""Extract the dubbing + studio subset of the public ElevenLabs OpenAPI document.

The subset is verbatim: every ``/v1/dubbing*`` and ``/v1/studio*`` path item exactly as
published, plus every component those operations reference (transitively), in the
document's own order. Nothing is renamed or corrected here; project-specific changes
live in ``specs/elevenlabs.overlay.yaml``. The same command pulls the next upstream
release, so the subset never drifts from what ElevenLabs published.

Usage:
    python scripts/extract_elevenlabs.py SOURCE [--published YYYY-MM-DD] [--out specs/elevenlabs.yaml]

SOURCE is a local file or an https URL. The source, publication date and sha256 of
both the upstream document and the subset are recorded in ``specs/provenance.yaml``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _specio import PROVENANCE, ROOT, dump_yaml, load_provenance, save_provenance

PATH_PREFIXES = ("/v1/dubbing", "/v1/studio")
DEFAULT_SOURCE = "https://raw.githubusercontent.com/elevenlabs/elevenlabs-docs/main/fern/apis/api/openapi.json"


def read_source(source: str) -> bytes:
    """Read the upstream document from a file path or an https URL.

    Args:
        source: A local path, or an ``https://`` URL.

    Returns:
        The raw bytes of the document.

    Raises:
        ValueError: If ``source`` is a non-https URL.
    """
    if "://" in source:
        if not source.startswith("https://"):
            raise ValueError(f"refusing to fetch {source!r}: only https URLs are allowed")
        with urllib.request.urlopen(source, timeout=60) as response:  # noqa: S310 - https checked above
            data: bytes = response.read()
            return data
    return Path(source).read_bytes()


def iter_refs(node: Any) -> Iterator[str]:
    """Yield every ``$ref`` string inside a JSON value.

    Args:
        node: Any JSON value.

    Returns:
        An iterator of the reference strings, in document order.
    """
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from iter_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from iter_refs(item)


def extract_subset(document: dict[str, Any]) -> dict[str, Any]:
    """Return the verbatim dubbing + studio subset of an OpenAPI document.

    Args:
        document: The whole upstream OpenAPI document.

    Returns:
        A new document with the selected paths and the components they reference.

    Raises:
        ValueError: If a reference points outside ``#/components`` or to nothing.
    """
    paths = {path: item for path, item in document["paths"].items() if path.startswith(PATH_PREFIXES)}
    if not paths:
        raise ValueError("the source document has no /v1/dubbing or /v1/studio paths")

    components: dict[str, Any] = document.get("components", {})
    wanted: set[tuple[str, str]] = set()
    pending = list(iter_refs(paths))
    while pending:
        ref = pending.pop()
        parts = ref.split("/")
        if len(parts) != len(("#", "components", "section", "name")) or parts[:2] != ["#", "components"]:
            raise ValueError(f"unsupported reference {ref!r}")
        section, name = parts[2], parts[3]
        if (section, name) in wanted:
            continue
        try:
            target = components[section][name]
        except KeyError:
            raise ValueError(f"dangling reference {ref!r}") from None
        wanted.add((section, name))
        pending.extend(iter_refs(target))

    subset_components = {
        section: {name: body for name, body in entries.items() if (section, name) in wanted}
        for section, entries in components.items()
    }
    subset: dict[str, Any] = {key: document[key] for key in ("openapi", "info") if key in document}
    if "servers" in document:
        subset["servers"] = document["servers"]
    subset["paths"] = paths
    subset["components"] = {name: body for name, body in subset_components.items() if body}
    return subset


def write_subset(raw: bytes, source: str, *, published: str | None, out: Path) -> dict[str, Any]:
    """Extract the subset of a raw upstream document, write it, and record its provenance.

    Args:
        raw: The upstream document's bytes, as read from ``source``.
        source: Where ``raw`` was read from (a path or an https URL).
        published: The upstream publication date (YYYY-MM-DD); ``None`` keeps the recorded one.
        out: Where to write the subset (inside the repository).

    Returns:
        The new ``elevenlabs`` record of ``specs/provenance.yaml``.

    Raises:
        ValueError: If the document has no dubbing or studio paths, or a reference cannot be followed.
    """
    subset = extract_subset(json.loads(raw))
    text = dump_yaml(subset)
    out.write_text(text, encoding="utf-8")

    provenance = load_provenance()
    provenance["elevenlabs"] = {
        "upstream": {
            # Where the document is published; a local copy is recorded by its origin.
            "origin": source if "://" in source else DEFAULT_SOURCE,
            "published": published or provenance.get("elevenlabs", {}).get("upstream", {}).get("published"),
            "sha256": hashlib.sha256(raw).hexdigest(),
        },
        "subset": {
            "path": out.relative_to(ROOT).as_posix(),
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "paths": len(subset["paths"]),
            "operations": sum(1 for item in subset["paths"].values() for method in item if method in _METHODS),
        },
    }
    save_provenance(provenance)
    record: dict[str, Any] = provenance["elevenlabs"]
    return record


def main(argv: list[str] | None = None) -> int:
    """Write ``specs/elevenlabs.yaml`` and record its provenance.

    Args:
        argv: Command-line arguments (defaults to ``sys.argv[1:]``).

    Returns:
        The process exit code.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default=DEFAULT_SOURCE)
    parser.add_argument("--published", help="publication date of the source (YYYY-MM-DD)")
    parser.add_argument("--out", type=Path, default=ROOT / "specs" / "elevenlabs.yaml")
    args = parser.parse_args(argv)

    record = write_subset(read_source(args.source), args.source, published=args.published, out=args.out)
    sys.stderr.write(
        f"wrote {args.out.relative_to(ROOT)}: {record['subset']['paths']} paths, "
        f"{record['subset']['operations']} operations; provenance in {PROVENANCE.relative_to(ROOT)}\n"
    )
    return 0


_METHODS = frozenset({"get", "put", "post", "delete", "patch", "options", "head", "trace"})

if __name__ == "__main__":
    raise SystemExit(main())
