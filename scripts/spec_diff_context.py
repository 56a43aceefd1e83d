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
        component: The innermost component schema the walk is in (``""`` outside any).
        component_path: The property path below that component.
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
    component: str = ""
    component_path: str = ""

    def below(self, segment: str) -> SchemaContext:
        """Return the context of a nested schema.

        Args:
            segment: A property name, or ``"[]"``, ``"{key}"``, ``"<Name>"`` (joined without a slash).

        Returns:
            The nested context.
        """
        return replace(self, path=_join(self.path, segment), component_path=_join(self.component_path, segment))

    def within(self, component: str | None) -> SchemaContext:
        """Return the context of a schema that is (or is not) a component of its own.

        Args:
            component: The component schema's name, or None for an inline schema.

        Returns:
            The context, with the component location reset when one is entered.
        """
        return replace(self, component=component, component_path="") if component else self

    @property
    def component_location(self) -> str:
        """Where in the current component the comparison is, or ``""`` outside any."""
        if not self.component:
            return ""
        return f"{self.component}: property '{self.component_path}'" if self.component_path else self.component

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
            self.out.append(make_finding(rule, self.operation, self.location, message, self.component_location))


def _join(path: str, segment: str) -> str:
    if segment == "[]" or segment.startswith("<") or not path:
        return path + segment
    return f"{path}/{segment}"


def cap(text: str) -> str:
    """Capitalise the first letter of a sentence.

    Args:
        text: A sentence starting with a subject such as "the request property 'x'".

    Returns:
        The sentence with its first letter upper-case.
    """
    return text[:1].upper() + text[1:]
