"""One finding of a breaking-change report, wire-level (spec diff) or import-level (griffe).

``scripts/spec_diff.py`` produces wire findings, ``scripts/api_diff.py`` Python ones, and both render
through the same report, so a user reads one list.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Severity = Literal["breaking", "possibly-breaking", "info"]
Source = Literal["wire", "python"]

SEVERITIES: tuple[Severity, ...] = ("breaking", "possibly-breaking", "info")
"""Most to least severe; ``--fail-on X`` fails on X and everything before it."""


@dataclass(frozen=True, order=True)
class Finding:
    """A change between two versions of an API and what it means for a user.

    Attributes:
        source: ``"wire"`` for the HTTP API (spec diff), ``"python"`` for the import surface (griffe).
        severity: ``"breaking"``, ``"possibly-breaking"`` or ``"info"``.
        rule: A stable rule id; wire rules use oasdiff's names (e.g. ``"api-path-removed-without-deprecation"``).
        operation: ``"GET /v1/dubbing/{dubbing_id}"`` for a wire finding on an operation; the Python
            object path (``"dubkit_elevenlabs.models.Foo.bar"``) for a Python one; ``""`` when neither applies.
        location: Where inside the operation or object, e.g. ``"request body property 'file'"``,
            ``"response 200 application/json: property 'status'"``; ``""`` when the operation is the location.
        message: A plain sentence a user understands without reading the spec.
        component: For a wire finding inside a shared component schema, where in it (``"Render:
            property 'status'"``): the same change reached through several operations is one change.
    """

    source: Source
    severity: Severity
    rule: str
    operation: str
    location: str
    message: str
    component: str = ""

    def to_json(self) -> dict[str, Any]:
        """Return the finding as a JSON-ready dict.

        Returns:
            The finding.
        """
        return asdict(self)


def at_or_above(severity: Severity, threshold: Severity) -> bool:
    """Tell whether ``severity`` is at least as severe as ``threshold``.

    Args:
        severity: A finding's severity.
        threshold: The ``--fail-on`` level.

    Returns:
        True if the finding should fail the run.
    """
    return SEVERITIES.index(severity) <= SEVERITIES.index(threshold)
