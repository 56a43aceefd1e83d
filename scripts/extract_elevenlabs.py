"""Extract the dubbing + studio subset of the public ElevenLabs OpenAPI document.

The subset is verbatim: every ``/v1/dubbing*`` and ``/v1/studio*`` path item exactly as
published, plus every component those operations reference (transitively), in the
document's own order. Nothing is renamed or corrected here; project-specific changes
live in ``specs/elevenlabs.overlay.yaml``. The same command pulls the next upstream
release, so the subset never drifts from what ElevenLabs published.

Usage:
    python scripts/extract_elevenlabs.py [SOURCE] [--published YYYY-MM-DD] [--origin URL]
        [--mirror OWNER/REPO@COMMIT] [--out specs/elevenlabs.yaml]

SOURCE is a local file or an https URL; by default the live document the API serves,
``https://api.elevenlabs.io/openapi.json``. What was read (``source``), where it is published
(``origin``: the URL read, or ``--origin`` for a local copy, else the file itself), the mirror and commit a
copy came from (``--mirror``), the publication date and the sha256 of both the upstream document and the
subset are recorded in ``specs/provenance.yaml``.
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
DEFAULT_SOURCE = "https://api.elevenlabs.io/openapi.json"
"""The live document. (The raw file of ``elevenlabs/elevenlabs-docs`` used before stopped being updated in 2025.)"""


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


def origin_record(source: str, *, origin: str | None = None, mirror: str | None = None) -> dict[str, Any]:
    """Say truthfully where an upstream document came from.

    Args:
        source: What was read: an https URL, or a local path.
        origin: Where a local copy was published (an URL), if known.
        mirror: ``OWNER/REPO@COMMIT`` of the mirror a local copy was taken from, if any.

    Returns:
        ``{"source": ..., "origin": ...}`` plus ``{"mirror": {"repository", "commit"}}`` when given. A local
        copy without ``origin`` is its own origin (``file:`` and its path).

    Raises:
        ValueError: If ``mirror`` is not ``OWNER/REPO@COMMIT``.
    """
    remote = "://" in source
    shown = source if remote else _shown_path(source)
    record: dict[str, Any] = {"source": shown, "origin": origin or (shown if remote else f"file:{shown}")}
    if mirror:
        repository, _, commit = mirror.partition("@")
        if repository.count("/") != 1 or not commit:
            raise ValueError(f"--mirror must be OWNER/REPO@COMMIT, got {mirror!r}")
        record["mirror"] = {"repository": repository, "commit": commit}
    return record


def _shown_path(source: str) -> str:
    """A local path as the record shows it: relative to the repository when inside or beside it."""
    path = Path(source).resolve()
    for base, prefix in ((ROOT, ""), (ROOT.parent, "../")):
        if path.is_relative_to(base):
            return prefix + path.relative_to(base).as_posix()
    return path.as_posix()


def write_subset(
    raw: bytes,
    source: str,
    *,
    published: str | None,
    out: Path,
    origin: str | None = None,
    mirror: str | None = None,
) -> dict[str, Any]:
    """Extract the subset of a raw upstream document, write it, and record its provenance.

    Args:
        raw: The upstream document's bytes, as read from ``source``.
        source: Where ``raw`` was read from (a path or an https URL).
        published: The upstream publication date (YYYY-MM-DD); ``None`` keeps the recorded one.
        out: Where to write the subset (inside the repository).
        origin: Where a local copy was published (see ``origin_record``).
        mirror: The mirror a local copy came from, ``OWNER/REPO@COMMIT``.

    Returns:
        The new ``elevenlabs`` record of ``specs/provenance.yaml``.

    Raises:
        ValueError: If the document has no dubbing or studio paths, or a reference cannot be followed.
    """
    where = origin_record(source, origin=origin, mirror=mirror)
    subset = extract_subset(json.loads(raw))
    text = dump_yaml(subset)
    out.write_text(text, encoding="utf-8")

    provenance = load_provenance()
    recorded = provenance.get("elevenlabs", {}).get("upstream", {})
    digest = hashlib.sha256(raw).hexdigest()
    if recorded.get("sha256") == digest and origin is None and mirror is None:
        # The recorded document again, from wherever it was read this time: its recorded origin stays true.
        where = {key: value for key, value in recorded.items() if key in ("source", "origin", "mirror")}
    provenance["elevenlabs"] = {
        "upstream": {
            **where,
            "published": published or provenance.get("elevenlabs", {}).get("upstream", {}).get("published"),
            "sha256": digest,
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
    parser.add_argument("--origin", help="where a local copy was published (an URL)")
    parser.add_argument("--mirror", help="the mirror a local copy came from: OWNER/REPO@COMMIT")
    parser.add_argument("--out", type=Path, default=ROOT / "specs" / "elevenlabs.yaml")
    args = parser.parse_args(argv)

    record = write_subset(
        read_source(args.source),
        args.source,
        published=args.published,
        out=args.out,
        origin=args.origin,
        mirror=args.mirror,
    )
    sys.stderr.write(
        f"wrote {args.out.relative_to(ROOT)}: {record['subset']['paths']} paths, "
        f"{record['subset']['operations']} operations; provenance in {PROVENANCE.relative_to(ROOT)}\n"
    )
    return 0


_METHODS = frozenset({"get", "put", "post", "delete", "patch", "options", "head", "trace"})

if __name__ == "__main__":
    raise SystemExit(main())
