"""scripts/overlay.py applies OpenAPI Overlay 1.0 documents with RFC 9535 targets."""

from __future__ import annotations

import json
from typing import Any

import pytest
from _specio import ROOT, load_provenance, load_yaml
from extract_elevenlabs import extract_subset
from generate import validation_errors
from overlay import OverlayError, apply_overlay
from spec_helpers import recorded_upstream


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


DOC = {
    "paths": {
        "/a": {
            "get": {
                "operationId": "x",
                "parameters": [{"name": "k", "in": "header"}, {"name": "id", "in": "path"}],
            }
        },
        "/b": {"post": {"operationId": "y", "parameters": [{"name": "k", "in": "header"}], "tags": ["t1"]}},
    },
    "components": {"schemas": {"S": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}}},
}


def test_update_merges_recursively_and_leaves_input_untouched() -> None:
    """Objects merge, primitives replace, arrays add what they lack; the source document is not modified."""
    result, report = apply_overlay(
        DOC,
        _overlay(
            {
                "target": "$.components.schemas.S",
                "update": {
                    "required": ["b"],
                    "properties": {"b": {"type": "integer"}, "a": {"format": "uri"}},
                },
            }
        ),
    )
    schema = result["components"]["schemas"]["S"]
    assert schema["required"] == ["a", "b"]
    assert schema["properties"] == {"a": {"type": "string", "format": "uri"}, "b": {"type": "integer"}}
    assert DOC["components"]["schemas"]["S"]["required"] == ["a"]
    assert report[0].matched == 1


def test_update_on_array_target_appends_one_entry() -> None:
    """A target that selects an array gets the update value appended."""
    result, _ = apply_overlay(DOC, _overlay({"target": "$.components.schemas.S.required", "update": "c"}))
    assert result["components"]["schemas"]["S"]["required"] == ["a", "c"]


def test_filter_remove_deletes_every_match_across_lists() -> None:
    """An RFC 9535 filter selects list entries in several operations; remove deletes them all."""
    result, report = apply_overlay(DOC, _overlay({"target": "$.paths.*.*.parameters[?@.name == 'k']", "remove": True}))
    assert report[0].matched == 2
    assert result["paths"]["/a"]["get"]["parameters"] == [{"name": "id", "in": "path"}]
    assert result["paths"]["/b"]["post"]["parameters"] == []


def test_remove_then_update_replaces_a_value() -> None:
    """Replacing an array (or changing a value's kind) is remove followed by update."""
    result, _ = apply_overlay(
        DOC,
        _overlay(
            {"target": "$.paths['/b'].post.tags", "remove": True},
            {"target": "$.paths['/b'].post", "update": {"tags": ["new"]}},
        ),
    )
    assert result["paths"]["/b"]["post"]["tags"] == ["new"]


def test_unmatched_target_fails_unless_allowed() -> None:
    """A stale action is an error by default and reported as unmatched when allowed."""
    stale = _overlay({"target": "$.paths['/gone'].get", "update": {"operationId": "z"}})
    with pytest.raises(OverlayError, match="matches nothing"):
        apply_overlay(DOC, stale)
    _, report = apply_overlay(DOC, stale, allow_unmatched=True)
    assert report[0].matched == 0


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        (
            {
                "overlay": "2.0.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$", "update": {}}],
            },
            "version",
        ),
        (
            {"overlay": "1.0.0", "info": {"title": "t"}, "actions": [{"target": "$", "update": {}}]},
            "title and a version",
        ),
        ({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": []}, "at least one action"),
        (_overlay({"target": "paths", "update": {}}), "JSONPath"),
        (_overlay({"target": "$.paths"}), "update or remove"),
        (_overlay({"target": "$.paths[", "update": {}}), "invalid JSONPath"),
        (_overlay({"target": "$.components.schemas.S", "update": {"required": "b"}}), "cannot merge"),
        (_overlay({"target": "$.components.schemas.S.properties.a.type", "update": {"x": 1}}), "is a str"),
        (_overlay({"target": "$", "remove": True}), "root"),
    ],
)
def test_malformed_overlays_are_rejected(overlay: dict[str, Any], message: str) -> None:
    """Malformed overlays and incompatible merges raise OverlayError naming the problem."""
    with pytest.raises(OverlayError, match=message):
        apply_overlay(DOC, overlay)


def test_rfc9535_mode_rejects_non_standard_syntax() -> None:
    """Targets are evaluated as RFC 9535, so non-standard extensions are syntax errors."""
    with pytest.raises(OverlayError, match="invalid JSONPath"):
        apply_overlay(DOC, _overlay({"target": "$.paths.*~", "update": {}}))


# --- an overlay that retires itself ------------------------------------------------------------------------


def test_arrays_are_sets_so_an_absorbed_addition_never_duplicates() -> None:
    """Appending or merging a value a list already holds adds nothing: required, enum and anyOf stay valid."""
    document = {
        "components": {
            "schemas": {
                "S": {
                    "required": ["a", "b"],
                    "properties": {"b": {"anyOf": [{"type": "string"}, {"type": "null"}]}},
                },
                "E": {"enum": ["x", "zip"]},
            }
        }
    }
    result, report = apply_overlay(
        document,
        _overlay(
            {"target": "$.components.schemas.S.required", "update": "b"},
            {"target": "$.components.schemas.E.enum", "update": "zip"},
            {
                "target": "$.components.schemas.S.properties",
                "update": {"b": {"anyOf": [{"type": "string"}, {"type": "null"}]}},
            },
            {"target": "$.components.schemas.E", "update": {"enum": ["y", "x"]}},
        ),
    )
    schemas = result["components"]["schemas"]
    assert schemas["S"]["required"] == ["a", "b"]
    assert schemas["S"]["properties"]["b"]["anyOf"] == [{"type": "string"}, {"type": "null"}]
    assert schemas["E"]["enum"] == ["x", "zip", "y"]
    assert [action.status for action in report] == ["already-upstream"] * 3 + ["needed"]


def test_status_of_each_action() -> None:
    """Needed, already upstream (documentation aside), conflicting (both values kept), unmatched."""
    document = {"components": {"schemas": {"S": {"type": "object", "properties": {"d": {"format": "float"}}}}}}
    result, report = apply_overlay(
        document,
        _overlay(
            {"target": "$.components.schemas.S", "update": {"required": ["d"]}},
            {"target": "$.components.schemas.S", "update": {"type": "object", "description": "ours"}},
            {"target": "$.components.schemas.S.properties.d", "update": {"format": "double"}},
            {"target": "$.components.schemas.Gone", "update": {"x": 1}},
        ),
        allow_unmatched=True,
    )
    assert [action.status for action in report] == ["needed", "already-upstream", "conflicting", "unmatched"]
    where, upstream, ours = report[2].conflicts[0]
    assert (upstream, ours) == ("float", "double")
    assert where.endswith("['d'].format")
    assert result["components"]["schemas"]["S"]["properties"]["d"]["format"] == "double"  # ours still wins
    assert report[3].matched == 0


def test_overwriting_names_and_examples_is_no_conflict() -> None:
    """operationId, tags, examples and descriptions are the overlay's own choice, not a conflict with upstream."""
    document = {"paths": {"/a": {"get": {"operationId": "route_name_v1_a_get", "tags": ["x"]}}}}
    _, report = apply_overlay(
        document, _overlay({"target": "$.paths['/a'].get", "update": {"operationId": "get_a", "tags": ["a"]}})
    )
    assert report[0].status == "needed"
    assert report[0].conflicts == ()


def test_a_removal_undone_by_a_later_action_is_already_upstream() -> None:
    """Remove-then-add-corrected is already upstream when upstream has the corrected property itself."""
    corrected = {"anyOf": [{"$ref": "#/components/schemas/M"}, {"type": "null"}]}
    overlay = _overlay(
        {"target": "$.components.schemas.R.properties['bg']", "remove": True},
        {"target": "$.components.schemas.R.properties", "update": {"bg": corrected}},
    )
    old = {"components": {"schemas": {"R": {"properties": {"bg": {"$ref": "#/components/schemas/M"}}}}}}
    new = {"components": {"schemas": {"R": {"properties": {"bg": corrected}}}}}
    fixed, before = apply_overlay(old, overlay)
    same, after = apply_overlay(new, overlay)
    assert fixed == same == new
    assert [action.status for action in before] == ["needed", "needed"]
    assert [action.status for action in after] == ["already-upstream", "already-upstream"]


def test_the_committed_overlay_on_the_recorded_document_is_valid_and_needed() -> None:
    """On the recorded upstream (2026-08-22) every action is needed: the seed corrections it absorbed are retired.

    What upstream took over is in the document itself: the zip render type (once), the required, nullable
    source_language of a dub, the nullable background and foreground of a resource.
    """
    upstream = recorded_upstream()
    subset = extract_subset(json.loads(upstream.read_bytes()))
    result, report = apply_overlay(subset, load_yaml(ROOT / "specs" / "elevenlabs.overlay.yaml"))
    assert [(action.target, action.status) for action in report if action.status != "needed"] == []
    schemas = result["components"]["schemas"]
    assert schemas["RenderType"]["enum"].count("zip") == 1
    assert "source_language" in schemas["DubbingMetadataResponse"]["required"]
    for name in ("background", "foreground"):
        assert {"type": "null"} in schemas["DubbingResource"]["properties"][name]["anyOf"]
    assert validation_errors(result, load_provenance()["elevenlabs"]["upstream"]["published"]) == []
