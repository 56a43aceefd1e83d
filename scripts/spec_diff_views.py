"""Schema normalisation for the spec diff: references resolved, nullability lifted, lone branches folded.

A schema becomes a ``View``: ``$ref`` chains resolved (their sibling keywords kept), nullability
lifted out (``anyOf: [X, {type: 'null'}]``, ``type: [X, 'null']``, ``nullable: true``, a ``null``
enum value) and a single remaining ``anyOf``/``oneOf`` branch (or a one-element ``allOf``) folded
into its parent, so ``$ref: X`` and X inlined, or ``anyOf: [{type: string}, {type: 'null'}]`` and
``type: [string, 'null']``, compare equal. Several remaining branches are *variants*.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

ANNOTATIONS = frozenset({"title", "description", "example", "examples", "x-fern-type-name"})
"""Keywords that document a schema without constraining it: ignored when fingerprinting variants."""


class SpecError(ValueError):
    """A document the diff cannot read, such as a ``$ref`` to nowhere."""


def resolve_pointer(document: Mapping[str, Any], ref: str) -> Any:
    """Return the node a local JSON pointer (``#/components/schemas/X``) names.

    Args:
        document: The document the pointer is relative to.
        ref: The ``$ref`` value.

    Returns:
        The node.

    Raises:
        SpecError: If the reference is not local or names nothing.
    """
    if not ref.startswith("#"):
        raise SpecError(f"only local references are supported, got $ref {ref!r}")
    node: Any = document
    for raw in ref.removeprefix("#").removeprefix("/").split("/") if ref not in ("#", "#/") else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise SpecError(f"$ref {ref!r} points to nothing")
    return node


def deref(node: Any, document: Mapping[str, Any]) -> tuple[Mapping[str, Any], str | None]:
    """Follow a ``$ref`` chain, keeping the keywords written beside each ``$ref``.

    Args:
        node: A schema, parameter, response... possibly a ``$ref``.
        document: The document the references are relative to.

    Returns:
        The target merged with the sibling keywords (the outermost win), and the name of the first
        component referenced (None for an inline node).
    """
    name: str | None = None
    siblings: dict[str, Any] = {}
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:  # a reference loop made of nothing but references: an empty (any) schema
            return siblings, name
        seen.add(ref)
        siblings = {**{key: value for key, value in node.items() if key != "$ref"}, **siblings}
        name = name or ref.rsplit("/", 1)[-1]
        node = resolve_pointer(document, ref)
    if not isinstance(node, Mapping):
        return siblings, name
    return ({**node, **siblings} if siblings else node), name


@dataclass(frozen=True)
class View:
    """A schema normalised for comparison.

    Attributes:
        schema: The schema's keywords, references resolved and a lone ``anyOf`` branch folded in.
        ref: The component schema it comes from, if any.
        types: Its JSON types other than ``null``; empty means any type.
        nullable: Whether ``null`` is allowed.
        variants: The non-null alternatives when ``anyOf``/``oneOf`` offers more than one.
    """

    schema: Mapping[str, Any]
    ref: str | None
    types: frozenset[str]
    nullable: bool
    variants: tuple[View, ...] = ()

    @property
    def is_null(self) -> bool:
        """Whether the schema allows ``null`` only."""
        return self.types == frozenset({"null"}) and not self.variants

    def may_be(self, json_type: str) -> bool:
        """Tell whether a value of a JSON type may match the schema.

        Args:
            json_type: ``"object"``, ``"array"``...

        Returns:
            True when the type is allowed or no type is declared.
        """
        return not self.types or json_type in self.types


def view_of(schema: Any, document: Mapping[str, Any], expanding: frozenset[str] = frozenset()) -> View:
    """Normalise a schema (see the module docstring).

    Args:
        schema: A schema, possibly a ``$ref``; None or a boolean stands for "any".
        document: The document it belongs to.
        expanding: Components being expanded by the callers, to stop self-referencing ``anyOf``.

    Returns:
        The view.
    """
    node, ref = deref(schema, document) if isinstance(schema, Mapping) else ({}, None)
    if ref is not None and ref in expanding:
        return View({}, ref, frozenset(), False)
    inner = expanding | {ref} if ref else expanding
    nullable = node.get("nullable") is True
    all_of = node.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1:  # pydantic's `allOf: [$ref]` wrapper is the ref itself
        folded = view_of(all_of[0], document, inner)
        outer = {key: value for key, value in node.items() if key != "allOf"}
        return replace(folded, schema={**folded.schema, **outer}, nullable=folded.nullable or nullable)
    branches_raw = node.get("anyOf", node.get("oneOf"))
    if isinstance(branches_raw, list):
        outer = {key: value for key, value in node.items() if key not in ("anyOf", "oneOf")}
        branches = [view_of(branch, document, inner) for branch in branches_raw]
        nullable = nullable or any(branch.is_null or branch.nullable for branch in branches)
        solid = tuple(branch for branch in branches if not branch.is_null)
        if len(solid) == 1:
            only = solid[0]
            # The annotations written beside anyOf (description, default) describe the whole property.
            return View({**only.schema, **outer}, only.ref or ref, only.types, nullable, only.variants)
        if not solid:
            return View(outer, ref, frozenset({"null"}), False)
        types = (
            frozenset()
            if any(not branch.types for branch in solid)
            else frozenset().union(*(branch.types for branch in solid))
        )
        return View(outer, ref, types, nullable, solid)
    declared = node.get("type")
    listed: set[str] = (
        {declared} if isinstance(declared, str) else {str(t) for t in declared} if isinstance(declared, list) else set()
    )
    if "null" in listed and len(listed) > 1:
        listed.discard("null")
        nullable = True
    enum = node.get("enum")
    if isinstance(enum, list) and None in enum:
        nullable = True
    return View(node, ref, frozenset(listed), nullable)


def fingerprint(schema: Any, document: Mapping[str, Any], expanding: frozenset[str] = frozenset()) -> str:
    """Return a canonical text of a schema with every reference inlined and annotations dropped.

    Args:
        schema: The schema.
        document: The document it belongs to.
        expanding: Components already being inlined (a cycle becomes ``{"$cycle": name}``).

    Returns:
        Equal texts for schemas that accept the same documents in the same way.
    """

    def inline(node: Any, stack: frozenset[str]) -> Any:
        if isinstance(node, Mapping):
            target = node.get("$ref")
            if isinstance(target, str):
                name = target.rsplit("/", 1)[-1]
                if name in stack:
                    return {"$cycle": name}
                resolved, _ = deref(node, document)
                return inline(resolved, stack | {name})
            return {key: inline(value, stack) for key, value in node.items() if key not in ANNOTATIONS}
        if isinstance(node, list):
            return [inline(item, stack) for item in node]
        return node

    return json.dumps(inline(schema, expanding), sort_keys=True, default=str)


def _show(value: Any) -> str:
    """Render a JSON value for a message (strings quoted, like the spec shows them)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def show(value: Any) -> str:
    """Render a JSON value for a message (strings quoted, as JSON writes them).

    Args:
        value: Any JSON value.

    Returns:
        Its JSON text.
    """
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def sort_key(value: Any) -> str:
    """Return a text that orders and compares JSON values of any type.

    Args:
        value: Any JSON value.

    Returns:
        Its canonical JSON text.
    """
    return json.dumps(value, sort_keys=True, default=str)


def covered(sub: frozenset[str], sup: frozenset[str]) -> bool:
    """Tell whether every JSON type of ``sub`` is one of ``sup`` (every integer is a number).

    Args:
        sub: Types, non-empty to be covered.
        sup: Types.

    Returns:
        True if ``sub`` is non-empty and within ``sup``.
    """
    return bool(sub) and all(t in sup or (t == "integer" and "number" in sup) for t in sub)


def type_text(types: frozenset[str]) -> str:
    """Name a set of JSON types in a sentence.

    Args:
        types: Types; empty means any.

    Returns:
        ``"integer or string"``, or ``"any type"``.
    """
    return " or ".join(sorted(types)) if types else "any type"
