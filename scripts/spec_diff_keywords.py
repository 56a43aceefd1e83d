"""Keyword rules of the spec diff: what changed between two schemas at one place, ignoring their children.

Types and formats, nullability, ``enum`` and ``const``, bounds, ``pattern``, ``default`` and
``deprecated``; ``spec_diff_schema`` walks the children.
"""

from __future__ import annotations

from typing import Any

from spec_diff_context import SchemaContext, cap
from spec_diff_views import View, covered, show, sort_key, type_text

_MISSING: Any = object()


def compare_types(old: View, new: View, ctx: SchemaContext) -> None:
    """Report a change of the JSON types a schema allows (oasdiff's type lattice).

    Args:
        old: The old schema, normalised.
        new: The new schema, normalised.
        ctx: Where the schemas are; findings go to ``ctx.out``.
    """
    if old.types == new.types:
        return
    # Requests are contravariant: accepting more is fine. Responses are covariant: returning more is not.
    widened = not new.types or covered(old.types, new.types)
    narrowed = not old.types or covered(new.types, old.types)
    listed = len(old.types) > 1 or len(new.types) > 1
    change = f"changed from {type_text(old.types)} to {type_text(new.types)}"
    if ctx.direction == "request":
        if widened:
            suffix = "list-of-types-widened" if listed else "type-generalized"
            ctx.emit(ctx.candidates(suffix), f"The type of {ctx.subject} was widened: it {change}.")
        else:
            suffix = "list-of-types-narrowed" if listed and narrowed else "type-changed"
            ctx.emit(
                ctx.candidates(suffix),
                f"The type of {ctx.subject} {change}: calls that send the old type will be rejected.",
            )
        return
    if narrowed:
        suffix = "list-of-types-narrowed" if listed else "type-specialized"
        ctx.emit(ctx.candidates(suffix), f"The type of {ctx.subject} was narrowed: it {change}.")
    else:
        suffix = ("list-of-types-widened" if listed else "type-generalized") if widened else "type-changed"
        ctx.emit(
            ctx.candidates(suffix),
            f"The type of {ctx.subject} {change}: code that reads it as the old type may fail.",
        )


_WIDER_FORMATS = {
    ("number", "float"): "double",
    ("integer", "int32"): "int64",
    ("string", "date"): "date-time",
    ("string", "time"): "date-time",
}


def _format_contained(json_type: str, wider: str | None, narrower: str | None) -> bool:
    """Whether every value of format ``narrower`` is a valid ``wider`` (oasdiff's format lattice)."""
    if wider is None:
        return True
    if narrower is None:
        return False
    return _WIDER_FORMATS.get((json_type, narrower)) == wider or (
        json_type == "integer" and wider == "bigint" and narrower in ("int32", "int64")
    )


def compare_format(old: View, new: View, ctx: SchemaContext) -> None:
    """Report a ``format`` change (a change of type already said it all).

    Args:
        old: The old schema, normalised.
        new: The new schema, normalised.
        ctx: Where the schemas are; findings go to ``ctx.out``.
    """
    old_format, new_format = old.schema.get("format"), new.schema.get("format")
    if old_format == new_format or old.types != new.types:
        return
    json_type = next(iter(old.types)) if len(old.types) == 1 else ""
    change = f"changed from {old_format or 'none'} to {new_format or 'none'}"
    if ctx.direction == "request":
        if _format_contained(json_type, new_format, old_format):
            ctx.emit(ctx.candidates("type-generalized"), f"The format of {ctx.subject} was widened: it {change}.")
        else:
            ctx.emit(
                ctx.candidates("type-changed"),
                f"The format of {ctx.subject} {change}: values in the old format may be rejected.",
            )
    elif _format_contained(json_type, old_format, new_format):
        ctx.emit(ctx.candidates("type-specialized"), f"The format of {ctx.subject} was narrowed: it {change}.")
    else:
        ctx.emit(
            ctx.candidates("type-changed"),
            f"The format of {ctx.subject} {change}: code that parses the old format may fail.",
        )


def compare_nullable(old: View, new: View, ctx: SchemaContext) -> None:
    """Report a schema that started or stopped allowing ``null``.

    Args:
        old: The old schema, normalised.
        new: The new schema, normalised.
        ctx: Where the schemas are; findings go to ``ctx.out``.
    """
    if old.nullable == new.nullable:
        return
    if new.nullable:
        consequence = (
            "" if ctx.direction == "request" else ": code that reads it may now receive null where it did not before"
        )
        ctx.emit(ctx.candidates("became-nullable"), f"{cap(ctx.subject)} became nullable{consequence}.")
    else:
        consequence = ": calls that send null will be rejected" if ctx.direction == "request" else ""
        ctx.emit(ctx.candidates("became-not-nullable"), f"{cap(ctx.subject)} is no longer nullable{consequence}.")


def enum_values(view: View) -> list[Any] | None:
    """Return the values a schema is restricted to: its ``enum``, or its ``const`` as a one-value enum.

    Args:
        view: A normalised schema.

    Returns:
        The values, or None when the schema lists none.
    """
    enum = view.schema.get("enum")
    if isinstance(enum, list):
        return enum
    if "const" in view.schema:
        return [view.schema["const"]]
    return None


def compare_enum(old: View, new: View, ctx: SchemaContext) -> None:
    """Report an ``enum`` that appeared, disappeared, or gained or lost values (one finding per value).

    A ``const`` facing an ``enum`` is a one-value enum, so ``const: a`` becoming ``enum: [a, b]`` is a value
    added, not a restriction (two ``const`` keywords are ``compare_const``'s).

    Args:
        old: The old schema, normalised.
        new: The new schema, normalised.
        ctx: Where the schemas are; findings go to ``ctx.out``.
    """
    if not isinstance(old.schema.get("enum"), list) and not isinstance(new.schema.get("enum"), list):
        return
    old_enum, new_enum = enum_values(old), enum_values(new)
    request = ctx.direction == "request"
    if not isinstance(old_enum, list):
        if request:
            ctx.emit(
                ctx.candidates("became-enum"),
                f"{cap(ctx.subject)} is now restricted to a list of values: other values will be rejected.",
            )
        return
    if not isinstance(new_enum, list):
        message = (
            f"{cap(ctx.subject)} is no longer restricted to a list of values."
            if request
            else f"{cap(ctx.subject)} is no longer restricted to a list of values: code that matches the "
            "old values exhaustively may meet others."
        )
        ctx.emit(ctx.candidates("enum-removed"), message)
        return
    old_values = {sort_key(value): value for value in old_enum if value is not None}
    new_values = {sort_key(value): value for value in new_enum if value is not None}
    for key in sorted(old_values.keys() - new_values.keys()):
        value = show(old_values[key])
        if request:
            message = f"{cap(ctx.subject)} no longer accepts {value}: calls that send it will be rejected."
        else:
            message = f"{cap(ctx.subject)} is no longer returned as {value}."
        candidates = ctx.candidates("enum-value-removed")
        if not request and ctx.family == "body" and not ctx.path:
            candidates = ["response-mediatype-enum-value-removed"]
        ctx.emit(candidates, message)
    for key in sorted(new_values.keys() - old_values.keys()):
        value = show(new_values[key])
        if request:
            message = f"{cap(ctx.subject)} now also accepts {value}."
        else:
            message = (
                f"{cap(ctx.subject)} may now be {value}: dubkit's clients tolerate unknown enum values, "
                "but your code may not if it matches the values exhaustively."
            )
        ctx.emit(ctx.candidates("enum-value-added"), message)


def compare_const(old: View, new: View, ctx: SchemaContext) -> None:
    """Report a ``const`` added, changed or removed.

    Args:
        old: The old schema, normalised.
        new: The new schema, normalised.
        ctx: Where the schemas are; findings go to ``ctx.out``.
    """
    old_const, new_const = old.schema.get("const", _MISSING), new.schema.get("const", _MISSING)
    if (old_const is _MISSING and new_const is _MISSING) or "enum" in old.schema or "enum" in new.schema:
        return  # against an enum, a const is a one-value enum: compare_enum's
    if old_const is _MISSING:
        ctx.emit(ctx.candidates("const-added"), f"{cap(ctx.subject)} must now be exactly {show(new_const)}.")
    elif new_const is _MISSING:
        ctx.emit(
            ctx.candidates("const-removed"),
            f"{cap(ctx.subject)} is no longer always {show(old_const)}"
            + (": code that relies on that value may fail." if ctx.direction == "response" else "."),
        )
    elif sort_key(old_const) != sort_key(new_const):
        ctx.emit(
            ctx.candidates("const-changed"),
            f"{cap(ctx.subject)} changed its fixed value from {show(old_const)} to {show(new_const)}.",
        )


# keyword, rule stem, whether it is an upper bound, words for a message
_BOUNDS: tuple[tuple[str, str, bool, str], ...] = (
    ("maxLength", "max-length", True, "maximum length"),
    ("maxItems", "max-items", True, "maximum number of items"),
    ("maximum", "max", True, "maximum"),
    ("exclusiveMaximum", "exclusive-max", True, "exclusive maximum"),
    ("minLength", "min-length", False, "minimum length"),
    ("minItems", "min-items", False, "minimum number of items"),
    ("minimum", "min", False, "minimum"),
    ("exclusiveMinimum", "exclusive-min", False, "exclusive minimum"),
)


def _number(value: Any) -> float | None:
    # OpenAPI 3.0's boolean exclusiveMaximum is not a bound of its own: only numbers count.
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def compare_bounds(old: View, new: View, ctx: SchemaContext) -> None:
    """Report bounds (lengths, item counts, numeric limits) set, removed, raised or lowered.

    Args:
        old: The old schema, normalised.
        new: The new schema, normalised.
        ctx: Where the schemas are; findings go to ``ctx.out``.
    """
    for keyword, stem, upper, words in _BOUNDS:
        before, after = _number(old.schema.get(keyword)), _number(new.schema.get(keyword))
        if before == after:
            continue
        old_raw, new_raw = old.schema.get(keyword), new.schema.get(keyword)
        if before is None or after is None:
            tightened = after is not None
        else:
            tightened = after < before if upper else after > before
        up, down = ("decreased", "increased") if upper else ("increased", "decreased")
        # A bound appearing or disappearing has its own rule where oasdiff has one (`-set`, `-unset`).
        verbs = (
            (["set", up] if before is None else [up]) if tightened else (["unset", down] if after is None else [down])
        )
        candidates = [rule for verb in verbs for rule in ctx.candidates(f"{stem}-{verb}")]
        if before is None:
            change = f"The {words} of {ctx.subject} is now {new_raw}"
        elif after is None:
            change = f"{cap(ctx.subject)} no longer has a {words} (it was {old_raw})"
        else:
            change = f"The {words} of {ctx.subject} changed from {old_raw} to {new_raw}"
        if ctx.direction == "request" and tightened:
            consequence = ": values accepted before may now be rejected"
        elif ctx.direction == "response" and not tightened:
            consequence = ": the server may now return values outside the old limit"
        else:
            consequence = ""
        ctx.emit(candidates, f"{change}{consequence}.")


def compare_pattern(old: View, new: View, ctx: SchemaContext) -> None:
    """Report a ``pattern`` added, changed or removed.

    Args:
        old: The old schema, normalised.
        new: The new schema, normalised.
        ctx: Where the schemas are; findings go to ``ctx.out``.
    """
    before, after = old.schema.get("pattern"), new.schema.get("pattern")
    if before == after:
        return
    request = ctx.direction == "request"
    if before is None:
        ctx.emit(
            ctx.candidates("pattern-added"),
            f"{cap(ctx.subject)} must now match the pattern {after!r}"
            + (": other values will be rejected." if request else "."),
        )
    elif after is None:
        ctx.emit(ctx.candidates("pattern-removed"), f"{cap(ctx.subject)} no longer has to match {before!r}.")
    else:
        ctx.emit(
            ctx.candidates("pattern-changed"),
            f"The pattern of {ctx.subject} changed from {before!r} to {after!r}"
            + (": values that matched the old one may be rejected." if request else "."),
        )


def compare_annotations(old: View, new: View, ctx: SchemaContext) -> None:
    """Report a changed ``default`` and, for body properties, a change of ``deprecated``.

    Args:
        old: The old schema, normalised.
        new: The new schema, normalised.
        ctx: Where the schemas are; findings go to ``ctx.out``.
    """
    before, after = old.schema.get("default", _MISSING), new.schema.get("default", _MISSING)
    if before is _MISSING and after is not _MISSING:
        ctx.emit(ctx.candidates("default-value-added"), f"{cap(ctx.subject)} now defaults to {show(after)}.")
    elif before is not _MISSING and after is _MISSING:
        ctx.emit(ctx.candidates("default-value-removed"), f"{cap(ctx.subject)} no longer defaults to {show(before)}.")
    elif before is not _MISSING and sort_key(before) != sort_key(after):
        ctx.emit(
            ctx.candidates("default-value-changed"),
            f"The default of {ctx.subject} changed from {show(before)} to {show(after)}: calls that omit it "
            "now get the new value.",
        )
    if ctx.path and ctx.family == "body":
        was, now = old.schema.get("deprecated") is True, new.schema.get("deprecated") is True
        if now and not was:
            ctx.emit(ctx.candidates("deprecated"), f"{cap(ctx.subject)} is now deprecated.")
        elif was and not now:
            ctx.emit(ctx.candidates("reactivated"), f"{cap(ctx.subject)} is no longer deprecated.")
