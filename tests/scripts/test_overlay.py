"""scripts/overlay.py applies OpenAPI Overlay 1.0 documents with RFC 9535 targets."""

from __future__ import annotations

from typing import Any

import pytest
from overlay import OverlayError, apply_overlay


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
    """Objects merge, primitives replace, arrays concatenate; the source document is not modified."""
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
