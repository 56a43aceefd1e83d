"""The report of ``make update-specs``: distinct changes, most urgent first, readable in a minute.

Findings (``_findings.Finding``) are grouped into *changes*:

- a change inside a shared component schema is one change, with the operations it reaches
  (``Finding.component``), not one per operation;
- enum values added to (or removed from) the same property are one change listing the values;
- anything else is one change per operation and location.

Sections, in order: what breaks dubkit itself (its code no longer type-checks, a smoke check fails, a
call it makes would be rejected, a response it parses changed media type), deprecations, breaking
changes (wire, then Python), new operations (action items when they have no tag or readable name),
possibly breaking, info, and the overlay's actions that need a maintainer (already upstream,
conflicting, unmatched). The JSON form has the same sections and keeps every finding.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field

from _findings import SEVERITIES, Finding, Severity
from overlay import ActionResult
from spec_diff_render import sort_findings

DUBKIT_RULES = frozenset(
    {
        "overlay-type-error",
        "generated-type-error",
        "smoke-check-failed",
        "dubkit-call-rejected",
        "dubkit-response-changed",
    }
)
"""Rules of findings about dubkit itself rather than about the API."""

DEPRECATION_RULES = frozenset(
    {
        "endpoint-deprecated",
        "request-parameter-deprecated",
        "request-property-deprecated",
        "response-property-deprecated",
    }
)

_VALUE = r'"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null'
_ENUM_VALUE = re.compile(
    rf"(?P<verb>may now be|now also accepts|no longer accepts|is no longer returned as) (?P<value>{_VALUE})"
)
_SHOWN_OPERATIONS = 6
"""How many operations a change lists before "and N more"."""
_PROPERTY = re.compile(r"property '([^']*)'")
_ROUTE_NAME = re.compile(r"_v\d+_|__")
"""An operationId derived from the route by FastAPI (``get_dubbing_v1_dubbing__dubbing_id__get``)."""


@dataclass(frozen=True)
class Change:
    """One distinct change: one or more findings that say the same thing.

    Attributes:
        severity: The most severe of its findings.
        rule: The rule id.
        source: ``"wire"`` or ``"python"``.
        where: The shared component location, or the operation and location.
        message: One sentence (enum values joined into one list).
        operations: Every operation the change reaches.
        values: The enum values, for an enum change.
        findings: How many findings it stands for.
    """

    severity: Severity
    rule: str
    source: str
    where: str
    message: str
    operations: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    findings: int = 1


@dataclass(frozen=True)
class NewOperation:
    """What the effective spec says about an operation that was added.

    Attributes:
        operation_id: Its ``operationId`` (the generated function's name), or ``""``.
        tags: Its tags (the first one is the generated module).
        description: Its description, for a deprecation's successor.
    """

    operation_id: str = ""
    tags: tuple[str, ...] = ()
    description: str = ""


@dataclass
class Section:
    """A titled list of changes.

    Attributes:
        key: A stable id (``"dubkit"``, ``"deprecations"``...).
        title: The heading.
        changes: Its changes.
        notes: Extra lines per change ``where`` (action items).
    """

    key: str
    title: str
    changes: list[Change] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)


def _component_message(finding: Finding) -> str:
    """Say a component change relative to the component, not to the operation that reached it."""
    full = _PROPERTY.search(finding.location)
    inner = _PROPERTY.search(finding.component)
    name = finding.component.split(":", 1)[0]
    if full is None:
        return finding.message
    replacement = f"'{inner.group(1)}' of {name}" if inner else name
    return finding.message.replace(f"'{full.group(1)}'", replacement, 1)


def group(findings: Iterable[Finding]) -> list[Change]:
    """Group findings into distinct changes (module docstring).

    Args:
        findings: Wire and Python findings.

    Returns:
        The changes, most severe first, then by where.
    """
    buckets: dict[tuple[str, ...], list[Finding]] = {}
    for finding in findings:
        enum = _ENUM_VALUE.search(finding.message) if "enum-value" in finding.rule else None
        where = finding.component or " · ".join(part for part in (finding.operation, finding.location) if part)
        text = _component_message(finding) if finding.component else finding.message
        if enum is not None:
            text = ""  # the values are collected; the sentence is rebuilt from the first one
        buckets.setdefault((finding.source, finding.rule, where, text), []).append(finding)
    changes = []
    for (source, rule, where, text), items in buckets.items():
        first = items[0]
        message = text
        values: tuple[str, ...] = ()
        if not text:
            found = [match for item in items if (match := _ENUM_VALUE.search(item.message))]
            values = tuple(sorted({match["value"] for match in found}))
            base = _component_message(first) if first.component else first.message
            message = base.replace(found[0]["value"], ", ".join(values), 1) if found else base
        severity = min((item.severity for item in items), key=SEVERITIES.index)
        operations = tuple(sorted({item.operation for item in items if item.operation}))
        changes.append(Change(severity, rule, source, where, message, operations, values, len(items)))
    return sorted(changes, key=lambda c: (SEVERITIES.index(c.severity), c.source != "wire", c.where, c.rule))


def _successor(description: str) -> str:
    sentence = next(
        (
            s.strip()
            for s in re.split(r"(?<=[.!])\s+", description)
            if re.search(r"\b(instead|replaced by|successor|in favou?r of)\b", s, re.IGNORECASE)
        ),
        "",
    )
    return f" Successor, as the spec says: {sentence}" if sentence else ""


def sections(findings: Sequence[Finding], operations: Mapping[str, NewOperation] | None = None) -> list[Section]:
    """Sort the changes into the report's sections.

    Args:
        findings: Every finding of the run.
        operations: The new effective spec's operations by label (``"GET /v1/x"``), for the new-operation
            action items and the deprecations' successors.

    Returns:
        The non-empty sections, in report order.
    """
    known = operations or {}
    result = {
        key: Section(key, title)
        for key, title in (
            ("dubkit", "Breaks dubkit itself"),
            ("deprecations", "Deprecations"),
            ("breaking", "Breaking changes"),
            ("new-operations", "New operations"),
            ("possibly-breaking", "Possibly breaking"),
            ("info", "Info"),
        )
    }
    for change in group(findings):
        if change.rule in DUBKIT_RULES:
            key = "dubkit"
        elif change.rule in DEPRECATION_RULES:
            key = "deprecations"
        elif change.rule == "endpoint-added":
            key = "new-operations"
        else:
            key = change.severity
        section = result[key]
        if key == "deprecations" and change.rule == "endpoint-deprecated":
            successor = _successor(
                known.get(change.operations[0] if change.operations else "", NewOperation()).description
            )
            change = Change(**{**asdict(change), "message": change.message + successor})  # noqa: PLW2901
        if key == "new-operations":
            section.notes.update(_action_items(change, known))
        section.changes.append(change)
    return [section for section in result.values() if section.changes]


def _action_items(change: Change, operations: Mapping[str, NewOperation]) -> dict[str, str]:
    label = change.operations[0] if change.operations else change.where
    operation = operations.get(label)
    if operation is None:
        return {}
    todo = []
    if not operation.tags:
        todo.append("no tag, so its function lands in `api/default`")
    if not operation.operation_id or _ROUTE_NAME.search(operation.operation_id):
        todo.append(f"no readable name (operationId {operation.operation_id or 'missing'!r})")
    if not todo:
        return {}
    return {change.where: "**action item**: " + " and ".join(todo) + "; name and tag it in the overlay"}


def summary(changes: Sequence[Change], findings: int) -> dict[str, int]:
    """Count the distinct changes by severity.

    Args:
        changes: ``group()``'s changes.
        findings: How many findings they came from.

    Returns:
        ``{"breaking": n, "possibly-breaking": n, "info": n, "findings": n}``.
    """
    counts = {severity: sum(1 for change in changes if change.severity == severity) for severity in SEVERITIES}
    return {**counts, "findings": findings}


_COUNTED = ("dubkit", "deprecations", "new-operations")
"""Sections the summary counts apart."""

_STATUS_NOTES = {
    "already-upstream": "upstream has this now: remove the action (a seed correction becomes the check that "
    "the effective spec contains the seed, tests/specs/test_seed_containment.py)",
    "conflicting": "upstream now sets what this action overwrites; ours still wins",
    "unmatched": "matches nothing: its correction is not in the regenerated client; fix or remove it "
    "(`make generate` fails until then)",
}


def _cell(text: str) -> str:
    return text.replace("\n", " ").replace("|", "\\|")


def _overlay_lines(actions: Sequence[ActionResult], overlay: str) -> list[str]:
    counts = {status: sum(1 for a in actions if a.status == status) for status in ("needed", *_STATUS_NOTES)}
    lines = [
        f"## Overlay ({overlay})",
        "",
        ", ".join(f"{count} {status}" for status, count in counts.items()) + ".",
        "",
    ]
    for action in actions:
        if action.status == "needed":
            continue
        what = f" ({_cell(action.description.strip())})" if action.description.strip() else ""
        lines.append(
            f"- **{action.status}** · action {action.index} `{action.target}`{what}: {_STATUS_NOTES[action.status]}."
        )
        lines += [
            f"  - `{where}`: upstream {json.dumps(theirs)}, ours {json.dumps(ours)}"
            for where, theirs, ours in action.conflicts
        ]
    return [*lines, ""]


def render_markdown(
    findings: Sequence[Finding],
    *,
    title: str,
    actions: Sequence[ActionResult] = (),
    overlay: str = "specs/elevenlabs.overlay.yaml",
    operations: Mapping[str, NewOperation] | None = None,
) -> str:
    """Render the report as Markdown.

    Args:
        findings: Every finding of the run.
        title: The heading.
        actions: The overlay's action results.
        overlay: The overlay's path, for the heading.
        operations: The new effective spec's operations (see ``sections``).

    Returns:
        The Markdown text, ending with a newline.
    """
    changes = group(findings)
    counts = summary(changes, len(findings))
    lines = [f"# {title}", ""]
    parts = sections(findings, operations)
    if changes:
        severity_text = ", ".join(f"{counts[s]} {s}" for s in SEVERITIES)
        lines += [f"**{len(changes)} distinct changes** ({len(findings)} findings): {severity_text}."]
        lines += [
            f"- {s.title}: {len(s.changes)}" for s in parts if s.key in ("dubkit", "deprecations", "new-operations")
        ]
    else:
        lines.append("No changes found.")
    lines.append("")
    for section in parts:
        lines += [f"## {section.title} ({len(section.changes)})", ""]
        for change in section.changes:
            reach = ""
            if len(change.operations) > 1 or (change.operations and change.operations[0] not in change.where):
                more = len(change.operations) - _SHOWN_OPERATIONS
                shown = ", ".join(change.operations[:_SHOWN_OPERATIONS]) + (f" and {more} more" if more > 0 else "")
                reach = f" Reaches {shown}."
            lines.append(f"- **{_cell(change.where)}**: {_cell(change.message)}{reach} `{change.rule}`")
            if change.where in section.notes:
                lines.append(f"  - {section.notes[change.where]}")
        lines.append("")
    if actions:
        lines += _overlay_lines(actions, overlay)
    return "\n".join(lines).rstrip("\n") + "\n"


def render_json(
    findings: Sequence[Finding],
    *,
    actions: Sequence[ActionResult] = (),
    operations: Mapping[str, NewOperation] | None = None,
) -> str:
    """Render the report as JSON, with the Markdown's grouping and every finding.

    Args:
        findings: Every finding of the run.
        actions: The overlay's action results.
        operations: The new effective spec's operations (see ``sections``).

    Returns:
        ``{"summary", "sections": [{"key", "title", "changes"}], "overlay": [...], "findings": [...]}``.
    """
    changes = group(findings)
    document = {
        "summary": summary(changes, len(findings)),
        "sections": [
            {
                "key": s.key,
                "title": s.title,
                "changes": [{**asdict(c), "note": s.notes.get(c.where, "")} for c in s.changes],
            }
            for s in sections(findings, operations)
        ],
        "overlay": [
            {
                "index": a.index,
                "target": a.target,
                "description": a.description,
                "status": a.status,
                "conflicts": [{"where": w, "upstream": u, "ours": o} for w, u, o in a.conflicts],
            }
            for a in actions
        ],
        "findings": [f.to_json() for f in sort_findings(findings)],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
