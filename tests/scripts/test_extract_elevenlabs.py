"""scripts/extract_elevenlabs.py makes the verbatim dubbing + studio subset of the upstream document."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import pytest
from _specio import dump_yaml, load_provenance, load_yaml
from extract_elevenlabs import DEFAULT_SOURCE, extract_subset, iter_refs, origin_record, read_source
from spec_helpers import HTTP_METHODS, ROOT_DIR, SHARED, recorded_upstream

UPSTREAM = recorded_upstream()
"""The document specs/elevenlabs.yaml was extracted from (as specs/provenance.yaml records)."""


@pytest.fixture(scope="module")
def upstream() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(UPSTREAM.read_bytes())
    return document


def test_committed_subset_is_exactly_what_the_script_extracts(upstream: dict[str, Any]) -> None:
    """specs/elevenlabs.yaml is byte-identical to a fresh extraction from the recorded upstream document."""
    assert (ROOT_DIR / "specs" / "elevenlabs.yaml").read_text(encoding="utf-8") == dump_yaml(extract_subset(upstream))


def test_subset_has_every_dubbing_and_studio_operation(upstream: dict[str, Any]) -> None:
    """Every upstream /v1/dubbing* and /v1/studio* path is in the subset, identical, and no other path."""
    subset = extract_subset(upstream)
    wanted = {path for path in upstream["paths"] if path.startswith(("/v1/dubbing", "/v1/studio"))}
    assert sorted(wanted - set(subset["paths"])) == [], "upstream paths the subset lacks"
    assert sorted(set(subset["paths"]) - wanted) == [], "subset paths that are not dubbing or studio paths"
    for path, item in subset["paths"].items():
        assert item == upstream["paths"][path]


def test_subset_components_are_exactly_the_referenced_closure(upstream: dict[str, Any]) -> None:
    """Every reference resolves inside the subset, and no unreferenced component is kept."""
    subset = extract_subset(upstream)
    schemas = subset["components"]["schemas"]
    referenced = {ref.rsplit("/", 1)[-1] for ref in iter_refs(subset)}
    assert referenced == set(schemas)
    for name, body in schemas.items():
        assert body == upstream["components"]["schemas"][name]
    # Upstream order is kept, so the next release diffs cleanly.
    order = [name for name in upstream["components"]["schemas"] if name in schemas]
    assert list(schemas) == order


def test_dangling_and_foreign_references_are_errors() -> None:
    """A reference to nothing, or outside #/components, is reported rather than dropped."""
    dangling = {"paths": {"/v1/dubbing": {"get": {"$ref": "#/components/schemas/Nope"}}}, "components": {}}
    with pytest.raises(ValueError, match="dangling"):
        extract_subset(dangling)
    foreign = {"paths": {"/v1/dubbing": {"get": {"$ref": "other.yaml#/X"}}}}
    with pytest.raises(ValueError, match="unsupported reference"):
        extract_subset(foreign)
    with pytest.raises(ValueError, match="no /v1/dubbing"):
        extract_subset({"paths": {"/v1/voices": {}}})


def test_only_https_urls_are_fetched() -> None:
    """A plain-http source is refused before any connection is made."""
    with pytest.raises(ValueError, match="only https"):
        read_source("http://example.com/openapi.json")


def test_provenance_records_the_upstream_and_subset(upstream: dict[str, Any]) -> None:
    """The provenance file names the upstream's hash and date and the subset's hash."""
    record = load_provenance()["elevenlabs"]
    assert record["upstream"]["sha256"] == hashlib.sha256(UPSTREAM.read_bytes()).hexdigest()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["upstream"]["published"])
    assert record["upstream"]["published"] in UPSTREAM.name  # the snapshot's file is named after its date
    subset_bytes = (ROOT_DIR / "specs" / "elevenlabs.yaml").read_bytes()
    assert record["subset"]["sha256"] == hashlib.sha256(subset_bytes).hexdigest()
    subset = load_yaml(ROOT_DIR / "specs" / "elevenlabs.yaml")
    operations = sum(1 for item in subset["paths"].values() for method in item if method in HTTP_METHODS)
    assert (record["subset"]["paths"], record["subset"]["operations"]) == (len(subset["paths"]), operations)


def test_the_default_source_is_the_live_document() -> None:
    """The raw elevenlabs-docs file stopped being updated in 2025: the default is what the API serves."""
    assert DEFAULT_SOURCE == "https://api.elevenlabs.io/openapi.json"


def test_origin_records_where_a_copy_truly_came_from() -> None:
    """A URL is its own origin; a local copy is a file unless told where it was published, and its mirror."""
    assert origin_record("https://api.elevenlabs.io/openapi.json") == {
        "source": "https://api.elevenlabs.io/openapi.json",
        "origin": "https://api.elevenlabs.io/openapi.json",
    }
    local = str(SHARED / "upstream" / "elevenlabs-openapi-2026-08-22.json")
    assert origin_record(local) == {
        "source": "../shared/upstream/elevenlabs-openapi-2026-08-22.json",
        "origin": "file:../shared/upstream/elevenlabs-openapi-2026-08-22.json",
    }
    mirrored = origin_record(
        local, origin="https://api.elevenlabs.io/openapi.json", mirror="tryAGI/ElevenLabs@5e751920"
    )
    assert mirrored["origin"] == "https://api.elevenlabs.io/openapi.json"
    assert mirrored["mirror"] == {"repository": "tryAGI/ElevenLabs", "commit": "5e751920"}
    with pytest.raises(ValueError, match="OWNER/REPO@COMMIT"):
        origin_record(local, mirror="5e751920")
