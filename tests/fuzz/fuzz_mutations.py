"""Hostile bodies: a schema-valid body with one thing broken, or bytes that are not the body at all.

A JSON mutant changes one place of a valid body, chosen with the schema in hand:

* ``missing_required``: a required member of some object is removed;
* ``wrong_type``: a value is replaced by one of a JSON type its schema does not allow;
* ``null``: a value whose schema does not allow null becomes null;
* ``unknown_enum``: an enum (or const) value becomes a value the spec does not list;
* ``extra_key``: an object of fixed members gets a member the spec does not name.

The first three must parse or raise ``ResponseValidationError``. An unknown enum value and an extra
key are kept by policy (the generated models keep extra keys in ``additional_properties``, response
enums are tolerant), so those must parse and round-trip. A const is a discriminator, not an enum: an
unknown one may be refused today (``test_fuzz_findings.py`` shows why that is a problem).

Every mutant also carries its valid body cut short. Byte hostiles replace the body whole: an empty
body, or bytes that are not JSON.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from fuzz_support import ResponseCase, bodies, is_valid, resolve, shape
from hypothesis import strategies as st

JSON_MUTATIONS = ("missing_required", "wrong_type", "null", "unknown_enum", "extra_key")
UNKNOWN_VALUE = "zz-value-the-spec-does-not-list"
EXTRA_KEY = "zz_member_the_spec_does_not_name"
# One value of each JSON type; a wrong-type mutant takes one its schema refuses.
WRONG_TYPED: tuple[Any, ...] = ("a string", 7, 7.5, True, None, [1, "two"], {"k": "v"})
NOT_JSON: tuple[bytes, ...] = (
    b"<html><body>502 Bad Gateway</body></html>",
    b"\x00\x01\x02\xff\xfe",
    b"{'single': 'quotes'}",
    b"{",
    b"]",
    b"undefined",
    b"\xef\xbb\xbf",
    b"   \n\t ",
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)  # fmt: skip


@dataclass(frozen=True)
class Node:
    """One place in a body: its path, its value and the schema the spec gives it."""

    path: tuple[str | int, ...]
    value: Any
    schema: Mapping[str, Any]
    branch: Mapping[str, Any] | None
    """The (resolved) branch of the schema the value is valid against, if the schema has several."""


@dataclass(frozen=True)
class Mutant:
    """A hostile JSON body and what the client must do with it."""

    valid: Any
    """The valid body the mutant was made from."""
    kind: str
    path: tuple[str | int, ...]
    body: Any
    must_parse: bool
    """Kept by policy: the body must parse and round-trip (else: parse or ``ResponseValidationError``)."""
    cut_short: bytes
    """The valid body this mutant came from, serialised and cut short (anywhere, even inside a character)."""


def _branch(provider: str, schema: Mapping[str, Any], value: Any) -> Mapping[str, Any] | None:
    resolved = resolve(provider, schema)
    options = [resolve(provider, sub) for sub in resolved.get("anyOf", resolved.get("oneOf", [resolved]))]
    if len(options) > 1:
        options = [option for option in options if option.get("type") != "null"] if value is not None else []
    if len(options) > 1:
        options = [option for option in options if is_valid(provider, option, value)]
    if not options:
        return None
    chosen = options[0]
    return _branch(provider, chosen, value) if ("anyOf" in chosen or "oneOf" in chosen) else chosen


def nodes(provider: str, schema: Mapping[str, Any], value: Any, path: tuple[str | int, ...] = ()) -> Iterator[Node]:
    """Yield every place of a valid body that the schema describes, outermost first."""
    branch = _branch(provider, schema, value)
    yield Node(path, value, schema, branch)
    if branch is None:
        return
    if isinstance(value, dict):
        properties = branch.get("properties", {})
        additional = branch.get("additionalProperties")
        for key, item in value.items():
            sub = properties.get(key, additional if isinstance(additional, dict) else None)
            if sub is not None:
                yield from nodes(provider, sub, item, (*path, key))
    elif isinstance(value, list) and isinstance(branch.get("items"), dict):
        for index, item in enumerate(value):
            yield from nodes(provider, branch["items"], item, (*path, index))


def replaced(body: Any, path: tuple[str | int, ...], value: Any) -> Any:
    """Return a copy of ``body`` with the value at ``path`` replaced."""
    if not path:
        return value
    copied = copy.deepcopy(body)
    parent = copied
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return copied


def _candidates(provider: str, body: Any, schema: Mapping[str, Any]) -> dict[str, list[Node]]:
    found: dict[str, list[Node]] = {kind: [] for kind in JSON_MUTATIONS}
    for node in nodes(provider, schema, body):
        place = shape(provider, node.schema)
        if isinstance(node.value, dict) and node.branch is not None:
            if set(node.branch.get("required", ())) & node.value.keys():
                found["missing_required"].append(node)
            if "properties" in node.branch and not isinstance(node.branch.get("additionalProperties"), dict):
                found["extra_key"].append(node)
        if place.types:
            found["wrong_type"].append(node)
        if not is_valid(provider, node.schema, None):
            found["null"].append(node)
        if place.enum_values is not None and all(isinstance(value, str) for value in place.enum_values):
            found["unknown_enum"].append(node)
    return found


@st.composite
def json_mutants(draw: st.DrawFn, case: ResponseCase) -> Mutant:
    """Draw a valid body of ``case``, break it in one place, and cut it short."""
    body = draw(bodies(case))
    whole = json.dumps(body, ensure_ascii=False).encode()
    cut_short = whole[: draw(st.integers(0, len(whole) - 1))]
    candidates = {kind: places for kind, places in _candidates(case.provider, body, case.schema).items() if places}
    kind = draw(st.sampled_from(sorted(candidates)))
    node = draw(st.sampled_from(candidates[kind]))
    if kind == "missing_required":
        assert node.branch is not None
        key = draw(st.sampled_from(sorted(set(node.branch["required"]) & node.value.keys())))
        broken = {k: v for k, v in node.value.items() if k != key}
        return Mutant(body, kind, (*node.path, key), replaced(body, node.path, broken), False, cut_short)
    if kind == "wrong_type":
        wrong = [value for value in WRONG_TYPED if not is_valid(case.provider, node.schema, value)]
        return Mutant(body, kind, node.path, replaced(body, node.path, draw(st.sampled_from(wrong))), False, cut_short)
    if kind == "null":
        return Mutant(body, kind, node.path, replaced(body, node.path, None), False, cut_short)
    if kind == "unknown_enum":
        const = shape(case.provider, node.schema).from_const
        return Mutant(body, kind, node.path, replaced(body, node.path, UNKNOWN_VALUE), not const, cut_short)
    extra = {**node.value, EXTRA_KEY: draw(json_values)}
    return Mutant(body, kind, (*node.path, EXTRA_KEY), replaced(body, node.path, extra), True, cut_short)


byte_hostiles = st.sampled_from((b"", *NOT_JSON)) | st.binary(max_size=40)
"""Bytes that are no body at all: empty, some a proxy might send, or random (which may happen to be JSON)."""


def is_json(content: bytes) -> bool:
    """Tell whether bytes are JSON at all, as Python's json module reads them (BOM and UTF-16/32 included)."""
    return json_verdict(content) == "json"


def json_verdict(content: bytes) -> str:
    """Say what Python's json module makes of bytes: ``json``, ``broken`` JSON, or text it cannot ``decode``."""
    try:
        json.loads(content)
    except UnicodeDecodeError:
        return "undecodable"
    except ValueError:
        return "broken"
    return "json"
