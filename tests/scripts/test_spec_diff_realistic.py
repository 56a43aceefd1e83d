"""scripts/spec_diff.py on the real effective specs, and the schema normalisation it relies on."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from spec_diff import SpecError, diff_specs
from spec_diff_views import view_of
from spec_helpers import effective_spec


def _rows(findings: list) -> list[tuple[str, str, str, str]]:
    return [(f.severity, f.rule, f.operation, f.location) for f in findings]


@pytest.mark.parametrize("provider", ["elevenlabs", "dubformer"])
def test_effective_spec_against_itself_is_empty(provider: str) -> None:
    """The committed effective spec diffed against an identical copy reports nothing."""
    spec = effective_spec(provider)
    assert diff_specs(spec, copy.deepcopy(spec)) == []


def test_mutated_elevenlabs_spec() -> None:
    """Remove an operation, add a required multipart field, add a response enum value, remove a response property."""
    old = effective_spec("elevenlabs")
    new = copy.deepcopy(old)
    schemas = new["components"]["schemas"]
    del new["paths"]["/v1/studio/projects/{project_id}"]["delete"]
    body = schemas["Body_Dub_a_video_or_an_audio_file_v1_dubbing_post"]
    body["properties"]["project_code"] = {"type": "string"}
    body.setdefault("required", []).append("project_code")
    schemas["RenderType"]["enum"].append("mov")
    del schemas["DubbingMetadataResponse"]["properties"]["name"]

    assert _rows(diff_specs(old, new)) == [
        ("breaking", "api-removed-without-deprecation", "DELETE /v1/studio/projects/{project_id}", ""),
        # DubbingMetadataResponse is both the item of the list and the single-dub response.
        (
            "breaking",
            "response-required-property-removed",
            "GET /v1/dubbing",
            "response 200 application/json: property 'dubs[]/name'",
        ),
        (
            "breaking",
            "response-required-property-removed",
            "GET /v1/dubbing/{dubbing_id}",
            "response 200 application/json: property 'name'",
        ),
        (
            "breaking",
            "new-required-request-property",
            "POST /v1/dubbing",
            "request body multipart/form-data: property 'project_code'",
        ),
        (
            "possibly-breaking",
            "response-property-enum-value-added",
            "GET /v1/dubbing/resource/{dubbing_id}",
            "response 200 application/json: property 'renders/{key}/type'",
        ),
        # RenderType is also what a render request sends: there a new value is merely accepted.
        (
            "info",
            "request-property-enum-value-added",
            "POST /v1/dubbing/resource/{dubbing_id}/render/{language}",
            "request body application/json: property 'render_type'",
        ),
    ]


def test_dubformer_path_parameter_rename_and_open_enum() -> None:
    """A renamed path-level parameter is info; an enum value added behind an open ``anyOf`` is still reported."""
    old = effective_spec("dubformer")
    new = copy.deepcopy(old)
    item = new["paths"].pop("/api/v1/projects/{project_id}")
    item["parameters"] = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}}]
    new["paths"]["/api/v1/projects/{id}"] = item
    new["components"]["schemas"]["ProjectStatus"]["enum"].append("queued")

    rows = _rows(diff_specs(old, new))
    assert ("info", "request-path-parameter-renamed", "GET /api/v1/projects/{id}", "path parameter 'id'") in rows
    assert ("info", "request-path-parameter-renamed", "DELETE /api/v1/projects/{id}", "path parameter 'id'") in rows
    assert (
        "possibly-breaking",
        "response-property-enum-value-added",
        "GET /api/v1/projects/{id}",
        "response 200 application/json: property 'status<ProjectStatus>'",
    ) in rows
    assert not [row for row in rows if row[0] == "breaking"]


def test_findings_are_deterministic_and_sorted() -> None:
    """Same input, same output; sorted by severity, then operation, location and rule."""
    old = effective_spec("dubformer")
    new = copy.deepcopy(old)
    new["paths"].pop("/api/v1/balance")
    new["components"]["schemas"]["Project"]["required"].remove("status")
    new["components"]["schemas"]["CreateProjectRequest"]["properties"]["name"]["maxLength"] = 10
    first, second = diff_specs(old, new), diff_specs(copy.deepcopy(old), copy.deepcopy(new))
    assert first == second
    order = ("breaking", "possibly-breaking", "info")
    keys = [(order.index(f.severity), f.operation, f.location, f.rule) for f in first]
    assert keys == sorted(keys)
    assert old == effective_spec("dubformer"), "the inputs must not be modified"


def test_unresolvable_reference_is_a_clear_error() -> None:
    """A $ref to nowhere names the reference."""
    old = effective_spec("dubformer")
    new = copy.deepcopy(old)
    new["paths"]["/api/v1/balance"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Nowhere"
    }
    with pytest.raises(SpecError, match="Nowhere"):
        diff_specs(old, new)


DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Name": {"type": "string", "maxLength": 5},
            "Loop": {"$ref": "#/components/schemas/Loop"},
            "Self": {"anyOf": [{"$ref": "#/components/schemas/Self"}, {"type": "integer"}]},
        }
    }
}


@pytest.mark.parametrize(
    ("schema", "types", "nullable", "ref"),
    [
        ({"type": ["string", "null"]}, {"string"}, True, None),
        ({"anyOf": [{"type": "string"}, {"type": "null"}]}, {"string"}, True, None),
        ({"anyOf": [{"$ref": "#/components/schemas/Name"}, {"type": "null"}]}, {"string"}, True, "Name"),
        ({"type": "string", "nullable": True}, {"string"}, True, None),
        ({"type": "string", "enum": ["a", None]}, {"string"}, True, None),
        ({"allOf": [{"$ref": "#/components/schemas/Name"}]}, {"string"}, False, "Name"),
        ({"$ref": "#/components/schemas/Loop"}, set(), False, "Loop"),
        ({}, set(), False, None),
    ],
)
def test_view_normalises_equivalent_spellings(
    schema: dict[str, Any], types: set[str], nullable: bool, ref: str | None
) -> None:
    """Nullable spellings, a lone anyOf branch, allOf wrappers and reference loops normalise predictably."""
    view = view_of(schema, DOC)
    assert (set(view.types), view.nullable, view.ref, view.variants) == (types, nullable, ref, ())


def test_view_keeps_ref_siblings_and_stops_self_reference() -> None:
    """Keywords beside $ref win over the target's; a union that contains itself terminates."""
    view = view_of({"$ref": "#/components/schemas/Name", "maxLength": 3}, DOC)
    assert view.schema["maxLength"] == 3
    union = view_of({"$ref": "#/components/schemas/Self"}, DOC)
    assert len(union.variants) == 2
