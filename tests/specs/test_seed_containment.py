"""The seed pages are newer than upstream: everything they say holds in the effective ElevenLabs spec."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest
from spec_helpers import SEEDS, effective_spec, resolve, seed_fragment

SEED_PAGES = ("elevenlabs-get-dubbing.md", "elevenlabs-get-dubbing-resource.md")
IGNORED_KEYWORDS = {"title", "description", "examples", "example", "deprecated"}


def shape(document: dict[str, Any], schema: dict[str, Any], seen: frozenset[str] = frozenset()) -> Any:
    """Reduce a schema to what it means, so equivalent spellings compare equal.

    ``type: [string, 'null']``, ``anyOf``/``oneOf`` of disjoint alternatives and an inline copy of a
    named non-object schema all mean the same; objects are compared by name (their properties are
    compared schema by schema).
    """
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        target = resolve(document, schema["$ref"])
        if target.get("type") == "object" or "properties" in target or name in seen:
            return ("object", name)
        return shape(document, target, seen | {name})
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        flat: set[Any] = set()
        for alternative in alternatives:
            reduced = shape(document, alternative, seen)
            flat |= reduced if isinstance(reduced, frozenset) else {reduced}
        return frozenset(flat) if len(flat) > 1 else next(iter(flat))
    types = schema.get("type")
    if isinstance(types, list):
        return frozenset(shape(document, {**schema, "type": single}, seen) for single in types)
    details = {
        key: value
        for key, value in schema.items()
        if key not in IGNORED_KEYWORDS and key not in {"items", "additionalProperties", "type"}
    }
    if "enum" in details:
        details["enum"] = frozenset(details["enum"])
    items = shape(document, schema["items"], seen) if "items" in schema else None
    # additionalProperties: true is what an object means without it (the 2026 document spells it out).
    extra = schema.get("additionalProperties")
    extra = None if extra is True else extra
    extra_shape = shape(document, extra, seen) if isinstance(extra, dict) else extra
    return (types, tuple(sorted((k, _freeze(v)) for k, v in details.items())), items, extra_shape)


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _seed_schemas() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for page in SEED_PAGES:
        fragment = seed_fragment(page)
        for name, schema in fragment["components"]["schemas"].items():
            found.append((page, name, schema))
    return found


def _seed_operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    found = []
    for page in SEED_PAGES:
        fragment = seed_fragment(page)
        for path, item in fragment["paths"].items():
            for method, operation in item.items():
                found.append((page, path, method, operation))
    return found


@pytest.mark.parametrize(
    ("page", "name", "seed_schema"), _seed_schemas(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_seed_schema_is_contained(page: str, name: str, seed_schema: dict[str, Any]) -> None:
    """Every seed schema's properties, required list, types, formats, nullability and enums hold."""
    seed = seed_fragment(page)
    spec = effective_spec("elevenlabs")
    schemas = spec["components"]["schemas"]
    if "properties" not in seed_schema:
        # A named scalar/enum/union in the seed may be inlined upstream: it must mean the same
        # wherever the seed uses it, which the property comparisons below check.
        referenced = f'#/components/schemas/{name}"' in json.dumps(seed["components"]["schemas"])
        assert referenced or name in schemas, f"{name} is neither in the effective spec nor used by a seed schema"
        if name in schemas:
            assert shape(spec, schemas[name]) == shape(seed, seed_schema)
        return
    assert name in schemas, f"{name} from {page} is missing from the effective spec"
    effective = schemas[name]
    assert set(seed_schema.get("required", [])) == set(effective.get("required", [])), f"{name}.required"
    for prop, prop_schema in seed_schema["properties"].items():
        assert prop in effective["properties"], f"{name}.{prop} is missing"
        assert shape(spec, effective["properties"][prop]) == shape(seed, prop_schema), f"{name}.{prop}"


@pytest.mark.parametrize(
    ("page", "path", "method", "seed_operation"),
    _seed_operations(),
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_seed_operation_is_contained(page: str, path: str, method: str, seed_operation: dict[str, Any]) -> None:
    """Each seed operation has the same parameters, statuses, media types and response schemas."""
    seed = seed_fragment(page)
    spec = effective_spec("elevenlabs")
    operation = spec["paths"][path][method]
    effective_params = {(p["name"], p["in"]): p for p in operation.get("parameters", [])}
    for param in seed_operation.get("parameters", []):
        key = (param["name"], param["in"])
        if key == ("xi-api-key", "header"):
            # The effective spec sends the key through its security scheme instead of a parameter.
            schemes = spec["components"]["securitySchemes"]
            assert {"type": "apiKey", "in": "header", "name": "xi-api-key"}.items() <= schemes["ApiKeyAuth"].items()
            assert {"ApiKeyAuth": []} in spec["security"]
            continue
        assert key in effective_params, f"{method.upper()} {path}: parameter {key} missing"
        assert effective_params[key].get("required", False) == param.get("required", False)
        assert shape(spec, effective_params[key]["schema"]) == shape(seed, param["schema"])
    # The overlay documents the API's 401 (bad key) and 404 (unknown ID) errors, which the seeds omit.
    extra = set(operation["responses"]) - set(seed_operation["responses"])
    assert set(seed_operation["responses"]) <= set(operation["responses"])
    assert extra <= {"401", "404"}
    for status in extra:
        schema = operation["responses"][status]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/APIErrorResponse"}
    for status, response in seed_operation["responses"].items():
        effective_content = operation["responses"][status].get("content", {})
        assert set(effective_content) == set(response.get("content", {})), f"{status} media types"
        for media_type, body in response.get("content", {}).items():
            assert shape(spec, effective_content[media_type]["schema"]) == shape(seed, body["schema"])


def test_seed_servers_are_the_effective_servers() -> None:
    """The four servers the seed pages name are the effective spec's servers, default first."""
    spec = effective_spec("elevenlabs")
    for page in SEED_PAGES:
        seed_urls = [server["url"] for server in seed_fragment(page)["servers"]]
        assert [server["url"] for server in spec["servers"]] == seed_urls


SNAPSHOT_TYPES = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "double": {"type": "number", "format": "double"},
    "list of objects": "array of objects",
    "map from strings to any or null": "nullable object",
}


def _snapshot_page_fields() -> dict[str, str]:
    text = (SEEDS / "elevenlabs-studio-get-project-snapshot.md").read_text(encoding="utf-8")
    section = text.split("Successful Response", 1)[1].split("Errors", 1)[0]
    fields = {}
    suffixes = "|".join(re.escape(s) for s in sorted(SNAPSHOT_TYPES, key=len, reverse=True))
    for line in section.splitlines():
        match = re.fullmatch(rf"([a-z_]+?)({suffixes})", line.strip())
        if match:
            fields[match.group(1)] = match.group(2)
    return fields


def test_snapshot_page_fields_are_contained() -> None:
    """Every field the Studio snapshot page lists has the page's type in the effective schema."""
    spec = effective_spec("elevenlabs")
    operation = spec["paths"]["/v1/studio/projects/{project_id}/snapshots/{project_snapshot_id}"]["get"]
    schema = resolve(spec, operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"])
    fields = _snapshot_page_fields()
    assert set(fields) == {
        "project_snapshot_id", "project_id", "created_at_unix", "name",
        "character_alignments", "audio_duration_secs", "audio_upload", "zip_upload",
    }  # fmt: skip
    for field, page_type in fields.items():
        prop = schema["properties"].get(field)
        assert prop is not None, f"{field} is missing"
        expected = SNAPSHOT_TYPES[page_type]
        if expected == "array of objects":
            assert prop["type"] == "array"
            assert resolve(spec, prop["items"]["$ref"])["type"] == "object"
        elif expected == "nullable object":
            assert shape(spec, prop) == shape(spec, {"anyOf": [{"type": "object"}, {"type": "null"}]})
        else:
            assert shape(spec, prop) == shape(spec, expected), field
    # The page's example always carries the duration, and the official SDK 2.78 requires it.
    assert "audio_duration_secs" in schema["required"]


def test_snapshot_page_example_validates() -> None:
    """The snapshot page's JSON example is a valid response under the effective schema."""
    text = (SEEDS / "elevenlabs-studio-get-project-snapshot.md").read_text(encoding="utf-8")
    numbered = re.search(r"\n1\{\n(.*?)\n\d+\}", text, re.DOTALL)
    assert numbered, "the page's example is missing"
    example = json.loads("{" + re.sub(r"(?m)^\d+ ", "", numbered.group(1)) + "}")
    assert example["audio_duration_secs"] == 123.45
    spec = effective_spec("elevenlabs")
    validator = jsonschema.Draft202012Validator(
        {
            "$ref": "#/components/schemas/ProjectSnapshotExtendedResponseModel",
            "components": spec["components"],
        }
    )
    validator.validate(example)
    del example["audio_duration_secs"]
    with pytest.raises(jsonschema.ValidationError, match="audio_duration_secs"):
        validator.validate(example)
