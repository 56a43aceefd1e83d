"""Every example in both effective specs is valid and parses with both generated model families."""

from __future__ import annotations

import importlib
from typing import Any

import jsonschema
import pytest
from spec_helpers import effective_spec, operations, pascal_key

PROVIDERS = {"elevenlabs": "dubkit_elevenlabs", "dubformer": "dubkit_dubformer"}
CLASS_OVERRIDES_FILE = "specs/generator/{provider}.yaml"


def _examples(provider: str) -> list[tuple[str, str, Any]]:
    """(where, schema name, example) for schema-level examples and JSON media-type examples."""
    spec = effective_spec(provider)
    found: list[tuple[str, str, Any]] = []
    for name, schema in spec["components"]["schemas"].items():
        if isinstance(schema.get("example"), dict):
            found.append((f"schemas.{name}", name, schema["example"]))
    responses = spec["components"].get("responses", {})
    for path, method, op in operations(spec):
        bodies = [("request", op.get("requestBody", {}))]
        bodies += [(status, response) for status, response in op["responses"].items()]
        for status, declared in bodies:
            body = responses[declared["$ref"].rsplit("/", 1)[-1]] if "$ref" in declared else declared
            media = body.get("content", {}).get("application/json", {})
            ref = media.get("schema", {}).get("$ref")
            if not ref:
                continue
            named = list((media.get("examples") or {}).items())
            if "example" in media:
                named.append(("example", {"value": media["example"]}))
            for label, example in named:
                found.append((f"{method} {path} {status} {label}", ref.rsplit("/", 1)[-1], example["value"]))
    return found


CASES = [(provider, *case) for provider in PROVIDERS for case in _examples(provider)]


def test_examples_are_found() -> None:
    """The collection is not vacuous: both specs contribute their examples."""
    per_provider = {p: sum(1 for c in CASES if c[0] == p) for p in PROVIDERS}
    assert per_provider["dubformer"] >= 20
    assert per_provider["elevenlabs"] >= 20


def _attrs_class(provider: str, schema_name: str) -> Any:
    models = importlib.import_module(f"{PROVIDERS[provider]}.models")
    by_key = {pascal_key(name): getattr(models, name) for name in models.__all__}
    return by_key[pascal_key(schema_name)]


def _pydantic_class(provider: str, schema_name: str) -> Any:
    module = importlib.import_module(f"dubkit_models.{provider}")
    by_key = {pascal_key(name): obj for name, obj in vars(module).items() if isinstance(obj, type)}
    return by_key[pascal_key(schema_name)]


@pytest.mark.parametrize(("provider", "where", "schema_name", "example"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_example_is_valid_and_parses(provider: str, where: str, schema_name: str, example: Any) -> None:
    """The example validates against its schema and round-trips through the attrs and pydantic models."""
    spec = effective_spec(provider)
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]}
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(example)

    attrs_model = _attrs_class(provider, schema_name).from_dict(example)
    dumped = attrs_model.to_dict()
    assert set(dumped) == set(example)
    jsonschema.Draft202012Validator(schema).validate(dumped)

    pydantic_model = _pydantic_class(provider, schema_name).model_validate(example)
    assert set(pydantic_model.model_dump(exclude_unset=True)) == set(example)
