"""Payloads built from the seed pages' schemas parse through the client methods with every field typed.

The ElevenLabs seed pages carry schemas but (except the Studio snapshot page) no example bodies, so each
test builds the fullest body a seed schema allows (every optional property present) and serves it to
the overlay method. "Typed" means: no raw dict where the spec has a model, every date-time parsed, no
field left unset, nothing unexpected parked in ``additional_properties``.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import attrs
import httpx2
import pytest
from dubkit import ElevenLabs
from dubkit.elevenlabs.types import DubbingMetadataResponse, DubbingResource, Unset
from spec_helpers import seed_fragment, shared_available

pytestmark = pytest.mark.skipif(not shared_available(), reason="../shared (seed pages) is not beside the project")

DATE_TIME = "2025-01-02T03:04:05Z"
MAP_KEY = "key_1"
"""The one key the payload builder puts in a map (``additionalProperties``) schema."""


def _full_payload(fragment: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:  # noqa: PLR0911
    """The fullest instance of a seed schema: every property, one item per array, non-null branches."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return _full_payload(fragment, fragment["components"]["schemas"][name], depth + 1)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = [b for b in schema[key] if b.get("type") != "null"]
            return _full_payload(fragment, branches[0], depth)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object" or "properties" in schema:
        body = {name: _full_payload(fragment, sub, depth + 1) for name, sub in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not body:
            body = {MAP_KEY: _full_payload(fragment, extra, depth + 1)}
        return body
    if kind == "array":
        return [_full_payload(fragment, schema["items"], depth + 1)]
    if kind == "string":
        return DATE_TIME if schema.get("format") == "date-time" else "text"
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    raise AssertionError(f"unhandled seed schema {schema}")


def _untyped(value: Any, where: str) -> list[str]:
    """Every place in a parsed model where the seed body was not turned into typed values."""
    if isinstance(value, dict):
        return [f"{where}: raw dict"]
    if isinstance(value, list):
        return [problem for index, item in enumerate(value) for problem in _untyped(item, f"{where}[{index}]")]
    if isinstance(value, Unset):
        return [f"{where}: unset"]
    if value == DATE_TIME:
        return [f"{where}: date-time left as a string"]
    if not attrs.has(type(value)):
        return []
    problems = []
    for field in attrs.fields(type(value)):
        item = getattr(value, field.name)
        if field.name == "additional_properties":
            # Map-like models keep their typed entries here; plain models must have nothing left over.
            problems += [p for key, entry in item.items() for p in _typed_entry(key, entry, f"{where}[{key!r}]")]
        else:
            problems += _untyped(item, f"{where}.{field.name}")
    return problems


def _typed_entry(key: str, entry: Any, where: str) -> list[str]:
    if key != MAP_KEY:
        return [f"{where}: unexpected additional property {entry!r}"]
    return _untyped(entry, where)


def _serve(body: Any) -> ElevenLabs:
    http = httpx2.Client(transport=httpx2.MockTransport(lambda request: httpx2.Response(200, json=body)))
    return ElevenLabs(api_key="k", base_url="http://127.0.0.1", http_client=http)


def _response_schema(fragment: dict[str, Any]) -> dict[str, Any]:
    (operation,) = [op for item in fragment["paths"].values() for op in item.values()]
    return operation["responses"]["200"]["content"]["application/json"]["schema"]


@pytest.mark.parametrize(
    ("page", "call", "model"),
    [
        ("elevenlabs-get-dubbing.md", lambda client: client.dubbing.get("d1"), DubbingMetadataResponse),
        ("elevenlabs-get-dubbing-resource.md", lambda client: client.dubbing.resource.get("d1"), DubbingResource),
    ],
)
def test_a_full_seed_payload_parses_with_every_field_typed(page: str, call, model: type) -> None:
    fragment = seed_fragment(page)
    body = _full_payload(fragment, _response_schema(fragment))
    parsed = call(_serve(body))
    assert isinstance(parsed, model)
    assert _untyped(parsed, model.__name__) == []
    # Nothing was lost on the way (``isoformat`` writes the parsed UTC offset as +00:00).
    same_instant = json.loads(json.dumps(body).replace(DATE_TIME, DATE_TIME.replace("Z", "+00:00")))
    assert parsed.to_dict() == same_instant


def test_the_dubbing_example_of_the_spec_parses_typed() -> None:
    example = {
        "created_at": "2025-07-15T14:49:41.149000Z", "dubbing_id": "21m00Tcm4TlvDq8ikWAM", "editable": True,
        "media_metadata": {"content_type": "video/mp4", "duration": 127.5}, "name": "My Dubbing Project",
        "status": "dubbed", "target_languages": ["es", "fr", "de"], "source_language": "en",
    }  # fmt: skip
    dub = _serve(example).dubbing.get("21m00Tcm4TlvDq8ikWAM")
    assert dub.created_at == datetime.datetime(2025, 7, 15, 14, 49, 41, 149000, tzinfo=datetime.UTC)
    assert dub.media_metadata.duration == 127.5
    assert dub.source_language == "en"


def test_the_walker_finds_untyped_fields() -> None:
    """The check above can fail: a raw dict and a string date are reported."""

    @attrs.define
    class Loose:
        data: Any
        when: Any
        additional_properties: dict[str, Any] = attrs.field(factory=dict)

    loose = Loose({"a": 1}, DATE_TIME)
    loose.additional_properties["surprise"] = 1
    assert _untyped(loose, "Loose") == [
        "Loose.data: raw dict",
        "Loose.when: date-time left as a string",
        "Loose['surprise']: unexpected additional property 1",
    ]
