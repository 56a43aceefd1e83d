"""Render a breaking-change report (wire and Python findings alike) as Markdown or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from _findings import SEVERITIES, Finding, Source

_SOURCES: tuple[tuple[Source, str], ...] = (("wire", "Wire (HTTP API)"), ("python", "Python (import surface)"))
_HEADINGS = {"breaking": "Breaking", "possibly-breaking": "Possibly breaking", "info": "Info"}


def sort_findings(findings: Sequence[Finding]) -> list[Finding]:
    """Order findings the way every report shows them.

    Args:
        findings: Findings in any order.

    Returns:
        Sorted by severity (most severe first), operation, location, rule, then source and message.
    """
    return sorted(
        findings,
        key=lambda f: (SEVERITIES.index(f.severity), f.operation, f.location, f.rule, f.source, f.message),
    )


def _counts(findings: Sequence[Finding]) -> dict[str, int]:
    return {severity: sum(1 for f in findings if f.severity == severity) for severity in SEVERITIES}


def _cell(text: str) -> str:
    """Escape what would break a Markdown list item (backticks are kept: they only format)."""
    return text.replace("\n", " ").replace("|", "\\|")


def render_markdown(findings: Sequence[Finding], *, title: str = "API changes") -> str:
    """Render a report as Markdown, grouped by source (wire, then Python) and severity.

    Args:
        findings: Wire and/or Python findings, in any order.
        title: The report's heading.

    Returns:
        The Markdown text, ending with a newline.
    """
    lines = [f"# {title}", ""]
    if not findings:
        return "\n".join([*lines, "No changes found.", ""])
    counts = _counts(findings)
    summary = ", ".join(f"{counts[severity]} {severity}" for severity in SEVERITIES)
    total = len(findings)
    lines += [f"**{total} change{'s' if total != 1 else ''}**: {summary}.", ""]
    ordered = sort_findings(findings)
    for source, heading in _SOURCES:
        group = [f for f in ordered if f.source == source]
        if not group:
            continue
        lines += [f"## {heading}", ""]
        for severity in SEVERITIES:
            items = [f for f in group if f.severity == severity]
            if not items:
                continue
            lines += [f"### {_HEADINGS[severity]} ({len(items)})", ""]
            for finding in items:
                where = " · ".join(_cell(part) for part in (finding.operation, finding.location) if part)
                prefix = f"**{where}**: " if where else ""
                lines.append(f"- {prefix}{_cell(finding.message)} `{finding.rule}`")
            lines.append("")
    return "\n".join(lines)


def render_json(findings: Sequence[Finding]) -> str:
    """Render a report as JSON: a summary of counts and the sorted findings.

    Args:
        findings: Wire and/or Python findings, in any order.

    Returns:
        ``{"summary": {"breaking": n, ...}, "findings": [{...}, ...]}`` as indented text with a final newline.
    """
    document = {
        "summary": _counts(findings),
        "findings": [finding.to_json() for finding in sort_findings(findings)],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def findings_from_json(text: str) -> list[Finding]:
    """Read back what ``render_json`` wrote.

    Args:
        text: The JSON report.

    Returns:
        Its findings, in report order.
    """
    return [Finding(**item) for item in json.loads(text)["findings"]]
