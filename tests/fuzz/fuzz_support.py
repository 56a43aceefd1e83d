"""Shared machinery of the response-parsing fuzz tests: specs, body strategies, a precise comparison, a mock server.

Bodies come from schemathesis: each JSON response schema of the effective specs becomes the request
body of a synthetic operation in a small in-memory OpenAPI document (the spec's ``components`` are
copied, so every ``$ref`` resolves), and ``as_strategy()`` of that operation draws the bodies. Every
drawn body is checked with ``jsonschema`` (Draft 2020-12, with the format checker) before a test uses
it, so a generator bug cannot pass for a client bug.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import httpx2
import jsonschema
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

PROVIDERS = ("elevenlabs", "dubformer")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
EXAMPLES = int(os.environ.get("DUBKIT_FUZZ_EXAMPLES", "30"))
"""Examples per documented success response (error responses get a fifth); ``make fuzz`` sets 1000."""
KEY = "fuzz-key-0123456789"
BASE_URLS = {"elevenlabs": "https://el.fuzz.test", "dubformer": "https://df.fuzz.test"}

# A known client bug that the property tests step around, shown by a strict xfail in test_fuzz_findings.py.
# Once it is fixed the xfail passes, which fails the run: set the flag to True, and the property tests
# then hold the fix too.
BIG_INTEGERS_KEPT = False
"""An integer outside [-2**63, 2**64) keeps its value (today orjson turns it into a float)."""
_FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER


def fuzz_settings(examples: int) -> settings:
    """Return deterministic hypothesis settings for ``examples`` examples (no database, no deadline)."""
    return settings(
        max_examples=max(1, examples),
        derandomize=True,
        deadline=None,
        database=None,
        # Big nested schemas are slow to draw, and the drawn bodies are large by nature.
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


# --- the specs -------------------------------------------------------------------------------------


@cache
def spec(provider: str) -> dict[str, Any]:
    """Return the effective spec of a provider (``generated/dubkit_specs/<provider>.json``)."""
    text = resources.files("dubkit_specs").joinpath(f"{provider}.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@dataclass(frozen=True)
class SpecOperation:
    """One operation of a spec."""

    provider: str
    operation_id: str
    method: str
    path: str


@dataclass(frozen=True)
class ResponseCase:
    """One documented JSON response of one operation."""

    provider: str
    operation_id: str
    method: str
    path: str
    status: int
    schema: Mapping[str, Any] = field(hash=False, compare=False)

    @property
    def id(self) -> str:
        """A readable test id, e.g. ``elevenlabs.get_dubbing.200``."""
        return f"{self.provider}.{self.operation_id}.{self.status}"

    @property
    def success(self) -> bool:
        """Whether the status is a success (2xx)."""
        return 200 <= self.status < 300

    @property
    def schema_name(self) -> str:
        """The component name the schema refers to (or ``inline``)."""
        ref = self.schema.get("$ref", "")
        return ref.rsplit("/", 1)[-1] if ref else "inline"


def spec_operations(provider: str) -> list[SpecOperation]:
    """Return every operation of a provider's spec, in document order."""
    found = []
    for path, item in spec(provider)["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                found.append(SpecOperation(provider, item[method]["operationId"], method.upper(), path))
    return found


def assert_request_is(method: str, path: str, request: httpx2.Request) -> None:
    """Assert a request is the operation's: same method, and a URL path that fits its path template."""
    template = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{[^}]+\})", path))
    assert request.method == method, request.method
    assert re.fullmatch(template, request.url.path), (request.url.path, path)


def _response(document: Mapping[str, Any], response: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = response.get("$ref")
    if ref is None:
        return response
    return _pointer(document, ref)


def _pointer(document: Mapping[str, Any], ref: str) -> Any:
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def response_cases(provider: str) -> list[ResponseCase]:
    """Return every JSON response (success and error) of every operation of a provider's spec."""
    document = spec(provider)
    cases = []
    for operation in spec_operations(provider):
        item = document["paths"][operation.path][operation.method.lower()]
        for status, response in item["responses"].items():
            content = _response(document, response).get("content") or {}
            if "application/json" in content:
                schema = content["application/json"]["schema"]
                cases.append(
                    ResponseCase(
                        provider, operation.operation_id, operation.method, operation.path, int(status), schema
                    )
                )
    return cases


def all_response_cases() -> list[ResponseCase]:
    """Return the JSON responses of both specs."""
    return [case for provider in PROVIDERS for case in response_cases(provider)]


# --- validation ------------------------------------------------------------------------------------


@cache
def _validator(provider: str, schema_json: str) -> jsonschema.Draft202012Validator:
    schema = {**json.loads(schema_json), "components": spec(provider)["components"]}
    return jsonschema.Draft202012Validator(schema, format_checker=_FORMATS)


def validator(provider: str, schema: Mapping[str, Any]) -> jsonschema.Draft202012Validator:
    """Return a Draft 2020-12 validator (format checker on) of a schema of a provider's spec."""
    return _validator(provider, json.dumps(schema, sort_keys=True))


def is_valid(provider: str, schema: Mapping[str, Any], value: Any) -> bool:
    """Tell whether ``value`` is valid against ``schema`` (``$ref``s resolve in the provider's spec)."""
    return bool(validator(provider, schema).is_valid(value))


def resolve(provider: str, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow ``$ref``s until a schema without one."""
    while "$ref" in schema:
        schema = _pointer(spec(provider), schema["$ref"])
    return schema


# --- bodies ----------------------------------------------------------------------------------------


def _without_read_only(node: Any) -> Any:
    """A copy of a schema without ``readOnly``: it hides a property from request bodies, not from answers."""
    if isinstance(node, dict):
        return {key: _without_read_only(value) for key, value in node.items() if key != "readOnly"}
    if isinstance(node, list):
        return [_without_read_only(item) for item in node]
    return node


@cache
def _synthetic_schema(provider: str) -> Any:
    """The provider's response schemas as request bodies of synthetic operations, one per response.

    schemathesis leaves ``readOnly`` properties out of request bodies, so they are unmarked here: a
    response must carry them (the 2026 ElevenLabs schemas mark required ones readOnly).
    """
    paths = {
        f"/{case.operation_id}/{case.status}": {
            "post": {
                "operationId": f"fuzz_{case.operation_id}_{case.status}",
                "requestBody": {"required": True, "content": {"application/json": {"schema": case.schema}}},
                "responses": {"200": {"description": "unused"}},
            }
        }
        for case in response_cases(provider)
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": f"{provider} responses as request bodies", "version": "1"},
        "paths": paths,
        "components": {"schemas": _without_read_only(spec(provider)["components"]["schemas"])},
    }
    return schemathesis.openapi.from_dict(document)


def raw_bodies(case: ResponseCase) -> st.SearchStrategy[Any]:
    """Return schemathesis' strategy of bodies for a response, unchecked."""
    operation = _synthetic_schema(case.provider)[f"/{case.operation_id}/{case.status}"]["POST"]
    return operation.as_strategy().map(lambda generated: generated.body)


def bodies(case: ResponseCase) -> st.SearchStrategy[Any]:
    """Return a strategy of schema-valid bodies for a response (each checked with jsonschema).

    Integers outside orjson's range are left out while ``BIG_INTEGERS_KEPT`` is false: the generated
    clients read them as floats (a limitation the endpoint template documents; ``test_fuzz_findings.py``).
    """
    valid = raw_bodies(case).map(repair(case)).filter(lambda body: is_valid(case.provider, case.schema, body))
    return valid if BIG_INTEGERS_KEPT else valid.filter(integers_fit_orjson)


ORJSON_INTEGERS = range(-(2**63), 2**64)
"""The integers orjson reads as ``int``; it reads any other as a ``float``."""


def integers_fit_orjson(value: Any) -> bool:
    """Tell whether every integer in a JSON value is one orjson reads as an ``int``."""
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return value in ORJSON_INTEGERS
    if isinstance(value, dict):
        return all(integers_fit_orjson(item) for item in value.values())
    if isinstance(value, list):
        return all(integers_fit_orjson(item) for item in value)
    return True


def repair(case: ResponseCase) -> Callable[[Any], Any]:
    """Return a function fixing what schemathesis draws wrongly: a nullable date-time that is not one becomes null.

    schemathesis 4.32 treats ``""`` as valid for ``type: [string, "null"], format: date-time``. The
    effective specs spell nullable date-times as ``anyOf`` today, which it gets right (no draw needs
    the repair), but the repair keeps these tests honest should the spec change spelling. Anything
    else invalid is filtered out by ``bodies``.
    """

    def fix(text: str, nullable: bool) -> Any:
        return None if nullable and _RFC3339.fullmatch(text) is None else text

    return lambda body: _map_date_times(case.provider, case.schema, body, fix)


def _map_date_times(provider: str, schema: Mapping[str, Any], value: Any, change: Callable[[str, bool], Any]) -> Any:
    """Rebuild ``value`` with ``change(text, nullable)`` applied to each string the schema makes a date-time."""
    place = shape(provider, schema)
    if isinstance(value, str) and place.date_time:
        return change(value, place.nullable)
    if isinstance(value, dict) and place.may_hold_date_time:
        return {
            key: _map_date_times(provider, sub, item, change) if (sub := place.child(key)) else item
            for key, item in value.items()
        }
    if isinstance(value, list) and place.items is not None and place.may_hold_date_time:
        return [_map_date_times(provider, place.items, item, change) for item in value]
    return value


# --- schema shapes (what the comparison and the mutations need to know of a schema) ---------------


@dataclass(frozen=True)
class Shape:
    """What a (resolved, anyOf-flattened) schema says about a value at its place."""

    types: frozenset[str]
    """JSON types allowed; empty means any."""
    date_time: bool
    """A string here is a date-time (and no non-date-time string branch exists)."""
    nullable: bool
    enum_values: tuple[Any, ...] | None
    """The only values allowed (besides null), when every non-null branch is an ``enum`` or a ``const``."""
    from_const: bool
    """``enum_values`` come from ``const`` keywords (discriminators), not from an ``enum``."""
    properties: Mapping[str, Mapping[str, Any]]
    additional: Mapping[str, Any] | None
    """The schema of keys beyond ``properties``, if the schema gives one."""
    items: Mapping[str, Any] | None
    may_hold_date_time: bool

    def child(self, key: str) -> Mapping[str, Any] | None:
        """Return the schema of an object member, if the schema names one."""
        return self.properties.get(key, self.additional)


@cache
def _shape_of(provider: str, schema_json: str) -> Shape:
    branches = _branches(provider, json.loads(schema_json))
    types: set[str] = set()
    any_type = False
    date_time_strings = plain_strings = 0
    enum_values: list[Any] = []
    enum_everywhere = True
    from_const = False
    properties: dict[str, Mapping[str, Any]] = {}
    additional: Mapping[str, Any] | None = None
    items: Mapping[str, Any] | None = None
    for branch in branches:
        declared = branch.get("type")
        branch_types = {declared} if isinstance(declared, str) else set(declared or ())
        if "const" in branch:
            branch_types |= {_json_type(branch["const"])}
        if not branch_types and "enum" not in branch:
            any_type = True
        types |= branch_types
        if "string" in branch_types:
            if branch.get("format") == "date-time":
                date_time_strings += 1
            else:
                plain_strings += 1
        if "enum" in branch:
            enum_values += branch["enum"]
            types |= {_json_type(value) for value in branch["enum"]}
        elif "const" in branch:
            enum_values.append(branch["const"])
            from_const = True
        elif branch_types - {"null"}:
            enum_everywhere = False
        properties.update(branch.get("properties", {}))
        if isinstance(branch.get("additionalProperties"), dict):
            additional = branch["additionalProperties"]
        if isinstance(branch.get("items"), dict):
            items = branch["items"]
    if "number" in types:
        types.add("integer")
    return Shape(
        types=frozenset() if any_type else frozenset(types),
        date_time=date_time_strings > 0 and plain_strings == 0,
        nullable=any_type or "null" in types,
        enum_values=tuple(enum_values) if enum_values and enum_everywhere else None,
        from_const=from_const,
        properties=properties,
        additional=additional,
        items=items,
        may_hold_date_time=_may_hold_date_time(provider, schema_json),
    )


def shape(provider: str, schema: Mapping[str, Any]) -> Shape:
    """Return what a schema says about the values at its place."""
    return _shape_of(provider, json.dumps(schema, sort_keys=True))


def _branches(provider: str, schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    schema = resolve(provider, schema)
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            return [branch for sub in schema[keyword] for branch in _branches(provider, sub)]
    return [schema]


@cache
def _may_hold_date_time(provider: str, schema_json: str) -> bool:
    seen: set[str] = set()

    def walk(node: Any) -> bool:
        if isinstance(node, dict):
            if node.get("format") == "date-time":
                return True
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref in seen:
                    return False
                seen.add(ref)
                return walk(_pointer(spec(provider), ref))
            return any(walk(value) for value in node.values())
        if isinstance(node, list):
            return any(walk(value) for value in node)
        return False

    return walk(json.loads(schema_json))


_JSON_TYPES: tuple[tuple[type, str], ...] = (
    (type(None), "null"), (bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"), (list, "array"),
)  # fmt: skip


def _json_type(value: Any) -> str:
    """The JSON type of a decoded value (``bool`` before ``int``: ``True`` is an ``int`` to Python)."""
    return next((name for kind, name in _JSON_TYPES if isinstance(value, kind)), "object")


# --- the comparison --------------------------------------------------------------------------------

_RFC3339 = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})[Tt](?P<time>\d{2}:\d{2}:\d{2})(?:\.(?P<fraction>\d+))?"
    r"(?P<offset>[Zz]|[+-]\d{2}:\d{2})"
)


@dataclass(frozen=True)
class Instant:
    """A date-time as written, less its spelling: the same local time, fraction and offset compare equal."""

    date: str
    time: str
    fraction: str
    """Fraction digits without trailing zeros: ``.5`` and ``.500000`` are the same."""
    offset_minutes: int
    """``Z``, ``+00:00`` and ``-00:00`` all mean offset 0."""


def instant(text: str) -> Instant | None:
    """Parse an RFC 3339 date-time into what it says, or ``None`` if it is not one."""
    match = _RFC3339.fullmatch(text)
    if match is None:
        return None
    offset = match["offset"]
    minutes = 0
    if offset not in {"Z", "z"}:
        sign = -1 if offset[0] == "-" else 1
        minutes = sign * (int(offset[1:3]) * 60 + int(offset[4:6]))
    return Instant(match["date"], match["time"], (match["fraction"] or "").rstrip("0"), minutes)


def normalise(provider: str, schema: Mapping[str, Any], value: Any) -> Any:
    """Return ``value`` with each date-time (where the schema puts one) replaced by its ``Instant``.

    Nothing else changes: the comparison that follows is exact, except that an ``int`` and a
    ``float`` of the same value are equal (JSON has one number type; ``true`` is never ``1``).
    """
    return _map_date_times(provider, schema, value, lambda text, _nullable: instant(text) or text)


def differences(expected: Any, actual: Any, path: str = "$") -> Iterator[str]:
    """Yield where two normalised JSON values differ (exactly, but 1 == 1.0; True is not 1)."""
    numbers = (int, float)
    if isinstance(expected, numbers) and isinstance(actual, numbers) and bool not in {type(expected), type(actual)}:
        if expected != actual:
            yield f"{path}: {expected!r} != {actual!r}"
    elif type(expected) is not type(actual):
        yield f"{path}: {expected!r} ({type(expected).__name__}) != {actual!r} ({type(actual).__name__})"
    elif isinstance(expected, dict):
        yield from _dict_differences(expected, actual, path)
    elif isinstance(expected, list):
        yield from _list_differences(expected, actual, path)
    elif expected != actual:
        yield f"{path}: {expected!r} != {actual!r}"


def _dict_differences(expected: dict[str, Any], actual: dict[str, Any], path: str) -> Iterator[str]:
    for key in expected.keys() | actual.keys():
        if key not in actual and expected[key] is None:
            continue  # the models read an absent field and a null one alike, as None; to_dict leaves both out
        if key not in actual:
            yield f"{path}.{key}: missing"
        elif key not in expected:
            yield f"{path}.{key}: unexpected {actual[key]!r}"
        else:
            yield from differences(expected[key], actual[key], f"{path}.{key}")


def _list_differences(expected: list[Any], actual: list[Any], path: str) -> Iterator[str]:
    if len(expected) != len(actual):
        yield f"{path}: {len(expected)} items != {len(actual)} items"
        return
    for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
        yield from differences(left, right, f"{path}[{index}]")


def assert_same_json(provider: str, schema: Mapping[str, Any], expected: Any, actual: Any) -> None:
    """Assert that ``actual`` says what ``expected`` says (see ``normalise`` and ``differences``)."""
    found = list(differences(normalise(provider, schema, expected), normalise(provider, schema, actual)))
    assert not found, "lossy round trip:\n  " + "\n  ".join(found[:10])


# --- the server ------------------------------------------------------------------------------------


@dataclass
class Reply:
    """What the mock server answers to every request."""

    status: int = 200
    content: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=lambda: {"content-type": "application/json"})


class MockServer:
    """An ``httpx2.MockTransport`` handler that answers every request with the current ``Reply``."""

    def __init__(self) -> None:
        self.reply = Reply()
        self.requests: list[httpx2.Request] = []

    def serve(self, status: int, content: bytes, content_type: str = "application/json") -> None:
        """Answer every following request with this status and body; forget earlier requests."""
        self.reply = Reply(status, content, {"content-type": content_type})
        self.requests.clear()

    def serve_json(self, status: int, body: Any) -> bytes:
        """Answer with ``body`` as JSON (UTF-8, not ASCII-escaped); return the bytes sent."""
        content = json.dumps(body, ensure_ascii=False, allow_nan=False).encode()
        self.serve(status, content)
        return content

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        """Answer one request."""
        request.read()
        self.requests.append(request)
        # Content-Length always, as a server sends it (httpx2 leaves it out for an empty body, and a download
        # refuses a body whose end it cannot verify).
        headers = {**self.reply.headers, "content-length": str(len(self.reply.content))}
        return httpx2.Response(self.reply.status, headers=headers, content=self.reply.content)
