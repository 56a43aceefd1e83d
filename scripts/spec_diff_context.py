"""Where a schema comparison of the spec diff is, and how its findings are named, located and graded."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from _findings import Finding
from spec_diff_rules import make_finding, pick_rule

Direction = Literal["request", "response"]
Family = Literal["body", "parameter", "header"]


@dataclass(frozen=True)
class SchemaContext:
    """Where a schema comparison is, and how to name and grade what it finds.

    Attributes:
        direction: Whether the schema describes what the client sends or what it receives.
        family: The root the walk started from: a body, a parameter or a response header.
        operation: ``"METHOD /path"``.
        where: The root's location, e.g. ``"request body application/json"``, ``"query parameter 'x'"``.
        root_subject: The root in a sentence, e.g. ``"the request body (application/json)"``.
        old_doc: The old document (for references).
        new_doc: The new document.
        path: The property path below the root (see the module docstring), ``""`` at the root.
        stack: The (old, new) component pairs being compared on the way here.
        out: Where findings go.
    """

    direction: Direction
    family: Family
    operation: str
    where: str
    root_subject: str
    old_doc: Mapping[str, Any]
    new_doc: Mapping[str, Any]
    path: str = ""
    stack: tuple[tuple[str | None, str | None], ...] = ()
    out: list[Finding] = field(default_factory=list, compare=False)

    def below(self, segment: str) -> SchemaContext:
        """Return the context of a nested schema.

        Args:
            segment: A property name, or ``"[]"``, ``"{key}"``, ``"<Name>"`` (joined without a slash).

        Returns:
            The nested context.
        """
        if segment == "[]" or segment.startswith("<") or not self.path:
            path = self.path + segment
        else:
            path = f"{self.path}/{segment}"
        return replace(self, path=path)

    @property
    def location(self) -> str:
        """The finding location: the root, then the property path if any."""
        return f"{self.where}: property '{self.path}'" if self.path else self.where

    @property
    def subject(self) -> str:
        """What the finding is about, in a sentence ("the request property 'name'")."""
        if not self.path:
            return self.root_subject
        if self.family == "body":
            return f"the {self.direction} property '{self.path}'"
        return f"'{self.path}' in {self.root_subject}"

    def candidates(self, suffix: str) -> list[str]:
        """Return the rule ids for a kind of change here, most specific first.

        Args:
            suffix: The change, e.g. ``"type-changed"``.

        Returns:
            The family's id (``request-parameter-``, ``request-body-``, ``response-header-``...), then the
            property-level id the family falls back to.
        """
        if self.family == "parameter":
            prefix = "request-parameter"
        elif self.family == "header":
            prefix = "response-header"
        else:
            prefix = f"{self.direction}-body" if not self.path else f"{self.direction}-property"
        return [f"{prefix}-{suffix}", f"{self.direction}-property-{suffix}"]

    def emit(self, candidates: list[str], message: str) -> None:
        """Record a finding under the first catalogued candidate (none catalogued: not reported).

        Args:
            candidates: Rule ids, most specific first.
            message: One plain sentence.
        """
        rule = pick_rule(candidates)
        if rule is not None:
            self.out.append(make_finding(rule, self.operation, self.location, message))


def cap(text: str) -> str:
    """Capitalise the first letter of a sentence.

    Args:
        text: A sentence starting with a subject such as "the request property 'x'".

    Returns:
        The sentence with its first letter upper-case.
    """
    return text[:1].upper() + text[1:]
