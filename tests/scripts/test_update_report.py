"""scripts/update_report.py: distinct changes, grouped and ordered so a maintainer reads the report in a minute."""

from __future__ import annotations

import json

from _findings import Finding
from overlay import ActionResult
from update_report import NewOperation, group, render_json, render_markdown, sections


def _wire(severity: str, rule: str, operation: str, location: str, message: str, *, component: str = "") -> Finding:
    return Finding("wire", severity, rule, operation, location, message, component)  # type: ignore[arg-type]


def _enum_added(operation: str, path: str, value: str) -> Finding:
    return _wire(
        "possibly-breaking",
        "response-property-enum-value-added",
        operation,
        f"response 200 application/json: property '{path}'",
        f"The response property '{path}' may now be \"{value}\": dubkit's clients tolerate unknown enum values.",
        component="CaptionStyle: property 'animation'",
    )


SHARED_CHANGE = [
    _enum_added("GET /v1/studio/projects/{project_id}", "project/caption_style/animation", value)
    for value in ("fade", "slide")
] + [_enum_added("POST /v1/studio/projects", "caption_style/animation", value) for value in ("fade", "slide")]


def test_a_shared_component_change_is_one_change_reaching_its_operations() -> None:
    """Four findings (2 values x 2 operations) in one component are one change with both values and operations."""
    (change,) = group(SHARED_CHANGE)
    assert change.where == "CaptionStyle: property 'animation'"
    assert change.values == ('"fade"', '"slide"')
    assert change.operations == ("GET /v1/studio/projects/{project_id}", "POST /v1/studio/projects")
    assert change.findings == 4
    assert change.message.startswith('The response property \'animation\' of CaptionStyle may now be "fade", "slide"')


def test_enum_values_of_one_inline_property_are_collected() -> None:
    """Without a component, the values added to one property of one operation are still one change."""
    findings = [
        _wire("info", "request-parameter-enum-value-added", "GET /v1/dubbing", "query parameter 'order_by'", m)
        for m in (
            "The query parameter 'order_by' now also accepts \"name\".",
            "The query parameter 'order_by' now also accepts \"size\".",
        )
    ]
    (change,) = group(findings)
    assert change.message == 'The query parameter \'order_by\' now also accepts "name", "size".'


def test_sections_come_in_the_order_a_maintainer_acts_on() -> None:
    """dubkit's own breaks, deprecations, breaking, new operations, possibly breaking, info."""
    findings = [
        _wire(
            "info", "endpoint-added", "GET /v1/dubbing/project", "", "The endpoint GET /v1/dubbing/project was added."
        ),
        _wire("info", "endpoint-deprecated", "GET /v1/dubbing/resource/{id}", "", "The endpoint is now deprecated."),
        _wire("breaking", "api-removed-without-deprecation", "DELETE /v1/x", "", "Gone."),
        _wire("info", "response-optional-property-added", "GET /v1/x", "response 200", "Added."),
        Finding("python", "breaking", "smoke-check-failed", "smoke check 'transcript'", "scripts/smoke.py", "Fails."),
        *SHARED_CHANGE,
    ]
    operations = {
        "GET /v1/dubbing/project": NewOperation("list_dubbing_projects_v1_dubbing_project_get", ()),
        "GET /v1/dubbing/resource/{id}": NewOperation(description="Deprecated: use GET /v2/resource instead."),
    }
    parts = sections(findings, operations)
    assert [s.key for s in parts] == [
        "dubkit",
        "deprecations",
        "breaking",
        "new-operations",
        "possibly-breaking",
        "info",
    ]
    deprecations = next(s for s in parts if s.key == "deprecations")
    assert "Successor, as the spec says: Deprecated: use GET /v2/resource instead." in deprecations.changes[0].message
    new = next(s for s in parts if s.key == "new-operations")
    note = new.notes["GET /v1/dubbing/project"]
    assert "no tag" in note
    assert "no readable name" in note


def test_markdown_and_json_share_the_grouping() -> None:
    """A summary of distinct changes first; the JSON has the same sections and keeps every finding."""
    findings = [*SHARED_CHANGE, _wire("breaking", "api-removed-without-deprecation", "DELETE /v1/x", "", "Gone.")]
    actions = [
        ActionResult(0, "$.a", "Seed adds a.", 1, "already-upstream"),
        ActionResult(1, "$.b", "", 1, "conflicting", (("$.b.format", "float", "double"),)),
        ActionResult(2, "$.c", "", 1, "needed"),
    ]
    markdown = render_markdown(findings, title="t", actions=actions)
    assert "**2 distinct changes** (5 findings): 1 breaking, 1 possibly-breaking, 0 info." in markdown
    assert markdown.index("## Breaking changes (1)") < markdown.index("## Possibly breaking (1)")
    assert "1 needed, 1 already-upstream, 1 conflicting, 0 unmatched." in markdown
    assert 'upstream "float", ours "double"' in markdown
    assert "remove the action" in markdown
    document = json.loads(render_json(findings, actions=actions))
    assert document["summary"] == {"breaking": 1, "possibly-breaking": 1, "info": 0, "findings": 5}
    assert [s["key"] for s in document["sections"]] == ["breaking", "possibly-breaking"]
    assert document["sections"][1]["changes"][0]["findings"] == 4
    assert len(document["findings"]) == 5
    assert [a["status"] for a in document["overlay"]] == ["already-upstream", "conflicting", "needed"]
