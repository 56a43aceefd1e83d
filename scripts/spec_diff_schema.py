"""The schema walk of the spec diff: two JSON Schemas compared side by side, children included.

Each pair of schemas is normalised (``spec_diff_views``), checked keyword by keyword
(``spec_diff_keywords``), then the walk follows properties, array items, ``additionalProperties``
maps and ``anyOf`` variants, naming where it is with a property path:

- ``a/b``: property ``b`` of the object property ``a``;
- ``a[]``: the items of the array ``a`` (``a[]/b``: property ``b`` of each item);
- ``a/{key}``: every value of the map ``a`` (``additionalProperties``);
- ``a<Name>``: the variant ``Name`` of ``a``, named after its component schema, or after its type
  or ``const`` when it is inline.

Cycles stop at a pair of component schemas already being compared higher up the same path.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from spec_diff_context import SchemaContext, cap
from spec_diff_keywords import (
    compare_annotations,
    compare_bounds,
    compare_const,
    compare_enum,
    compare_format,
    compare_nullable,
    compare_pattern,
    compare_types,
    enum_values,
)
from spec_diff_views import ANNOTATIONS, View, covered, fingerprint, show, sort_key, type_text, view_of

_MAX_DEPTH = 64
"""A bound on nesting, on top of the cycle check, so no document can make the walk run away."""

_MISSING: Any = object()


def _variant_key(view: View) -> str:
    """Name a variant: its component schema, else its ``const``, else its types (and whether it is an enum)."""
    if view.ref:
        return view.ref
    if "const" in view.schema:
        return f"const {show(view.schema['const'])}"
    kind = type_text(view.types) if view.types else "schema"
    return f"{kind} enum" if "enum" in view.schema else kind


def _pair_variants(
    old: tuple[View, ...], new: tuple[View, ...], ctx: SchemaContext
) -> tuple[list[tuple[View, View]], list[View], list[View]]:
    """Match the variants of two unions: by name, then renamed-but-equal, then inline-vs-ref of one type."""
    pairs: list[tuple[View, View]] = []
    left, right = list(old), list(new)

    def take(match: Callable[[View, View], bool]) -> None:
        for before in list(left):
            after = next((candidate for candidate in right if match(before, candidate)), None)
            if after is not None:
                pairs.append((before, after))
                left.remove(before)
                right.remove(after)

    take(lambda a, b: _variant_key(a) == _variant_key(b))
    take(lambda a, b: fingerprint(a.schema, ctx.old_doc) == fingerprint(b.schema, ctx.new_doc))
    take(lambda a, b: (a.ref is None) != (b.ref is None) and a.types == b.types)
    return pairs, left, right


def _is_plain_type(view: View) -> bool:
    """A variant that is nothing but a type: its coming or going is a type change, reported as such."""
    return view.ref is None and not set(view.schema) - {"type", "format"} - ANNOTATIONS


_CONSTRAINTS = frozenset({"type", "format", "enum", "const", *ANNOTATIONS})


def _accepts(wide: View, narrow: View) -> bool:
    """Tell whether every value one variant accepts is accepted by another (simple cases: types and values)."""
    if set(wide.schema) - _CONSTRAINTS or set(narrow.schema) - _CONSTRAINTS - {"default"}:
        return False  # objects, bounds, patterns...: the variants are compared in depth instead
    if wide.ref is not None and wide.ref != narrow.ref and set(wide.schema) - {"type", "enum", "const", *ANNOTATIONS}:
        return False
    wide_values, narrow_values = enum_values(wide), enum_values(narrow)
    if wide.schema.get("format") not in (None, narrow.schema.get("format")):
        return False
    if wide_values is None:
        return (
            not wide.types
            or (narrow.types and covered(narrow.types, wide.types))
            or (
                not narrow.types
                and narrow_values is not None
                and all(isinstance(v, str) for v in narrow_values)
                and "string" in wide.types
            )
        )
    keys = {sort_key(value) for value in wide_values}
    return narrow_values is not None and all(sort_key(value) in keys for value in narrow_values)


def _compare_variants(old: View, new: View, ctx: SchemaContext) -> None:
    """Compare two unions (either side may be a single schema): variants gone, new, and matched ones in depth.

    Unions are compared by the values they accept: a variant gone whose values another variant still
    accepts (``const: a`` → ``enum: [a, b]`` or plain ``string``) is a widening, not a removal.
    """
    pairs, removed, added = _pair_variants(old.variants or (old,), new.variants or (new,), ctx)
    request = ctx.direction == "request"
    for view in sorted(removed, key=_variant_key):
        if _is_plain_type(view) and not covered(view.types, new.types):
            continue
        if any(_accepts(other, view) for other in new.variants or (new,)):
            continue
        name = _variant_key(view)
        message = (
            f"{cap(ctx.subject)} no longer accepts the {name} variant: calls that send it will be rejected."
            if request
            else f"{cap(ctx.subject)} is no longer returned as the {name} variant."
        )
        ctx.emit(ctx.candidates("any-of-removed"), message)
    for view in sorted(added, key=_variant_key):
        if _is_plain_type(view) and not covered(view.types, old.types):
            continue
        if not request and any(_accepts(other, view) for other in old.variants or (old,)):
            continue
        name = _variant_key(view)
        message = (
            f"{cap(ctx.subject)} now also accepts the {name} variant."
            if request
            else f"{cap(ctx.subject)} may now be returned as the {name} variant."
        )
        ctx.emit(ctx.candidates("any-of-added"), message)
    for before, after in sorted(pairs, key=lambda pair: _variant_key(pair[1])):
        refs = (before.ref, after.ref)
        if refs != (None, None) and refs in ctx.stack:
            continue
        inner = replace(ctx.below(f"<{_variant_key(after)}>"), stack=(*ctx.stack, refs))
        # The union's types were compared as a whole already; each variant adds its own details.
        _compare_views(before, after, inner, check_types=False)


def _compare_properties(old: View, new: View, ctx: SchemaContext) -> None:
    """Compare the listed properties of two object schemas: gone, new, required or not, then each one's schema."""
    old_props = old.schema.get("properties") or {}
    new_props = new.schema.get("properties") or {}
    if not isinstance(old_props, Mapping) or not isinstance(new_props, Mapping):
        return
    old_required = set(old.schema.get("required") or [])
    new_required = set(new.schema.get("required") or [])
    for name in sorted(set(old_props) | set(new_props)):
        child = ctx.below(name)
        if name not in new_props:
            _report_removed_property(name in old_required, child)
        elif name not in old_props:
            _report_added_property(name in new_required, new_props[name], child)
        else:
            _report_required_change(name in old_required, name in new_required, new_props[name], child)
            compare_schemas(old_props[name], new_props[name], child)


def _report_removed_property(was_required: bool, ctx: SchemaContext) -> None:
    if ctx.direction == "request":
        message = f"{cap(ctx.subject)} was removed: the server may reject or ignore it if sent."
        ctx.emit(["request-property-removed"], message)
    elif was_required:
        message = f"{cap(ctx.subject)} was removed although it was always present: code that reads it will fail."
        ctx.emit(["response-required-property-removed"], message)
    else:
        message = f"{cap(ctx.subject)} was removed: code that reads it will no longer find it."
        ctx.emit(["response-optional-property-removed"], message)


def _report_added_property(required: bool, schema: Any, ctx: SchemaContext) -> None:
    if ctx.direction == "response":
        rule = "response-required-property-added" if required else "response-optional-property-added"
        ctx.emit([rule], f"{cap(ctx.subject)} was added.")
    elif required:
        # oasdiff names the case apart: a server-side default does not make omitting the property valid.
        has_default = "default" in view_of(schema, ctx.new_doc).schema
        rule = "new-required-request-property-with-default" if has_default else "new-required-request-property"
        ctx.emit([rule], f"{cap(ctx.subject)} was added as required: calls that do not send it will be rejected.")
    else:
        ctx.emit(["new-optional-request-property"], f"{cap(ctx.subject)} was added as optional.")


def _report_required_change(was: bool, now: bool, schema: Any, ctx: SchemaContext) -> None:
    if was == now:
        return
    if ctx.direction == "request" and now:
        has_default = "default" in view_of(schema, ctx.new_doc).schema
        rule = "request-property-became-required-with-default" if has_default else "request-property-became-required"
        ctx.emit([rule], f"{cap(ctx.subject)} is now required: calls that omit it will be rejected.")
    elif ctx.direction == "request":
        ctx.emit(["request-property-became-optional"], f"{cap(ctx.subject)} is now optional.")
    elif now:
        ctx.emit(["response-property-became-required"], f"{cap(ctx.subject)} is now always present.")
    else:
        message = f"{cap(ctx.subject)} is no longer always present: code that expects it may fail."
        ctx.emit(["response-property-became-optional"], message)


def _compare_additional(old: View, new: View, ctx: SchemaContext) -> None:
    """Compare ``additionalProperties``: unknown keys allowed or not, and a map's value schemas."""
    before = old.schema.get("additionalProperties", _MISSING)
    after = new.schema.get("additionalProperties", _MISSING)
    if before is _MISSING and after is _MISSING:
        return
    allowed_before, allowed_after = before is not False, after is not False
    if allowed_before and not allowed_after:
        ctx.emit(
            ctx.candidates("additional-properties-disallowed"),
            f"{cap(ctx.subject)} no longer allows properties it does not list: calls that send others will be "
            "rejected.",
        )
    elif allowed_after and not allowed_before:
        ctx.emit(
            ctx.candidates("additional-properties-allowed"),
            f"{cap(ctx.subject)} now allows properties it does not list.",
        )
    elif isinstance(before, Mapping) or isinstance(after, Mapping):
        # A map's values: a missing or `true` side accepts any value.
        compare_schemas(
            before if isinstance(before, Mapping) else {},
            after if isinstance(after, Mapping) else {},
            ctx.below("{key}"),
        )


def _compare_views(old: View, new: View, ctx: SchemaContext, *, check_types: bool = True) -> None:
    """Compare two normalised schemas: their keywords, then their children where both can have them."""
    if check_types:
        compare_types(old, new, ctx)
    if old.variants or new.variants:
        _compare_variants(old, new, ctx)
        return
    compare_format(old, new, ctx)
    compare_enum(old, new, ctx)
    compare_const(old, new, ctx)
    compare_bounds(old, new, ctx)
    compare_pattern(old, new, ctx)
    if old.may_be("object") and new.may_be("object"):
        _compare_properties(old, new, ctx)
        _compare_additional(old, new, ctx)
    if old.may_be("array") and new.may_be("array") and ("items" in old.schema or "items" in new.schema):
        compare_schemas(old.schema.get("items", {}), new.schema.get("items", {}), ctx.below("[]"))


def compare_schemas(old: Any, new: Any, ctx: SchemaContext) -> None:
    """Compare two schemas and everything below them, adding findings to ``ctx.out``.

    Args:
        old: The old schema (a mapping, possibly a ``$ref``).
        new: The new schema.
        ctx: Where the schemas are.
    """
    old_view, new_view = view_of(old, ctx.old_doc), view_of(new, ctx.new_doc)
    pair = (old_view.ref, new_view.ref)
    if (pair != (None, None) and pair in ctx.stack) or len(ctx.stack) > _MAX_DEPTH:
        return
    ctx = replace(ctx, stack=(*ctx.stack, pair)).within(new_view.ref if new_view.ref == old_view.ref else None)
    compare_nullable(old_view, new_view, ctx)
    compare_annotations(old_view, new_view, ctx)
    _compare_views(old_view, new_view, ctx)
