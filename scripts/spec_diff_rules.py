"""The rule catalogue of the wire-level spec diff: every rule id it can report and its severity.

Ids and levels come from oasdiff's checker (``checker/rules.go``): ERR is ``"breaking"``, WARN
``"possibly-breaking"``, INFO ``"info"``. A handful of ids are dubkit's own, for changes oasdiff has
no rule for (see ``DUBKIT_RULES``). The comparison code names a rule by its candidates, most specific
first (``request-body-max-items-decreased`` then ``request-property-max-items-decreased``); the first
id in the catalogue wins, and a change none of whose candidates is catalogued is not reported. That is
how, following oasdiff, a tightened *response* bound says nothing while a loosened one is breaking.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from _findings import Finding, Severity

_B: Severity = "breaking"
_W: Severity = "possibly-breaking"
_I: Severity = "info"

RULES: dict[str, Severity] = {
    # Endpoints.
    "api-path-removed-without-deprecation": _B,
    "api-path-removed-with-deprecation": _I,
    "api-removed-without-deprecation": _B,
    "api-removed-with-deprecation": _I,
    "endpoint-added": _I,
    "endpoint-deprecated": _I,
    "endpoint-reactivated": _I,
    "api-operation-id-removed": _I,
    "api-operation-id-added": _I,
    "api-tag-removed": _I,
    "api-tag-added": _I,
    # Security (oasdiff grades every security change INFO: it flags them for review).
    "api-security-added": _I,
    "api-security-removed": _I,
    "api-security-scope-added": _I,
    "api-security-scope-removed": _I,
    "api-global-security-added": _I,
    "api-global-security-removed": _I,
    "api-global-security-scope-added": _I,
    "api-global-security-scope-removed": _I,
    "api-security-component-added": _I,
    "api-security-component-removed": _I,
    "api-security-component-type-changed": _I,
    # Parameters.
    "new-required-request-parameter": _B,
    "new-optional-request-parameter": _I,
    "request-parameter-removed": _W,
    "request-parameter-removed-with-deprecation": _I,
    "request-parameter-became-required": _B,
    "request-parameter-became-optional": _I,
    "request-parameter-deprecated": _I,
    "request-parameter-reactivated": _I,
    "request-parameter-type-changed": _B,
    "request-parameter-type-generalized": _I,
    "request-parameter-list-of-types-narrowed": _B,
    "request-parameter-list-of-types-widened": _I,
    "request-parameter-became-nullable": _I,
    "request-parameter-became-not-nullable": _B,
    "request-parameter-became-enum": _B,
    "request-parameter-enum-value-removed": _B,
    "request-parameter-enum-value-added": _I,
    "request-parameter-max-length-decreased": _B,
    "request-parameter-max-length-increased": _I,
    "request-parameter-max-length-set": _W,
    "request-parameter-min-length-increased": _B,
    "request-parameter-min-length-decreased": _I,
    "request-parameter-max-decreased": _B,
    "request-parameter-max-increased": _I,
    "request-parameter-max-set": _W,
    "request-parameter-min-increased": _B,
    "request-parameter-min-decreased": _I,
    "request-parameter-min-set": _W,
    "request-parameter-max-items-decreased": _B,
    "request-parameter-max-items-increased": _I,
    "request-parameter-min-items-increased": _B,
    "request-parameter-min-items-decreased": _I,
    "request-parameter-min-items-set": _W,
    "request-parameter-exclusive-max-decreased": _B,
    "request-parameter-exclusive-max-increased": _I,
    "request-parameter-exclusive-max-set": _W,
    "request-parameter-exclusive-min-increased": _B,
    "request-parameter-exclusive-min-decreased": _I,
    "request-parameter-exclusive-min-set": _W,
    "request-parameter-pattern-added": _B,
    "request-parameter-pattern-changed": _W,
    "request-parameter-pattern-removed": _I,
    "request-parameter-default-value-added": _B,
    "request-parameter-default-value-changed": _B,
    "request-parameter-default-value-removed": _B,
    # Request bodies.
    "request-body-added-required": _B,
    "request-body-added-optional": _I,
    "request-body-removed": _B,
    "request-body-became-required": _B,
    "request-body-became-optional": _I,
    "request-body-media-type-removed": _B,
    "request-body-media-type-added": _I,
    "request-body-media-type-schema-added": _B,
    "request-body-media-type-schema-removed": _I,
    "request-body-type-changed": _B,
    "request-body-type-generalized": _I,
    "request-body-list-of-types-narrowed": _B,
    "request-body-list-of-types-widened": _I,
    "request-body-became-nullable": _I,
    "request-body-became-not-nullable": _B,
    "request-body-became-enum": _B,
    "request-body-enum-value-removed": _B,
    "request-body-const-added": _B,
    "request-body-const-changed": _B,
    "request-body-const-removed": _I,
    "request-body-any-of-removed": _B,
    "request-body-any-of-added": _I,
    "request-body-max-length-decreased": _B,
    "request-body-max-length-increased": _I,
    "request-body-max-length-set": _W,
    "request-body-min-length-increased": _B,
    "request-body-min-length-decreased": _I,
    "request-body-max-decreased": _B,
    "request-body-max-increased": _I,
    "request-body-max-set": _W,
    "request-body-min-increased": _B,
    "request-body-min-decreased": _I,
    "request-body-min-set": _W,
    "request-body-min-items-increased": _B,
    "request-body-min-items-set": _W,
    "request-body-exclusive-max-decreased": _B,
    "request-body-exclusive-max-increased": _I,
    "request-body-exclusive-max-set": _W,
    "request-body-exclusive-min-increased": _B,
    "request-body-exclusive-min-decreased": _I,
    "request-body-exclusive-min-set": _W,
    "request-body-default-value-added": _I,
    "request-body-default-value-changed": _I,
    "request-body-default-value-removed": _I,
    # Request properties (also the fallback of the body and parameter families).
    "new-required-request-property": _B,
    "new-required-request-property-with-default": _B,
    "new-optional-request-property": _I,
    "request-property-removed": _W,
    "request-property-became-required": _B,
    "request-property-became-required-with-default": _B,
    "request-property-became-optional": _I,
    "request-property-type-changed": _B,
    "request-property-type-generalized": _I,
    "request-property-list-of-types-narrowed": _B,
    "request-property-list-of-types-widened": _I,
    "request-property-became-nullable": _I,
    "request-property-became-not-nullable": _B,
    "request-property-became-enum": _B,
    "request-property-enum-value-removed": _B,
    "request-property-enum-value-added": _I,
    "request-property-const-added": _B,
    "request-property-const-changed": _B,
    "request-property-const-removed": _I,
    "request-property-any-of-removed": _B,
    "request-property-any-of-added": _I,
    "request-property-max-length-decreased": _B,
    "request-property-max-length-increased": _I,
    "request-property-max-length-set": _W,
    "request-property-min-length-increased": _B,
    "request-property-min-length-decreased": _I,
    "request-property-max-decreased": _B,
    "request-property-max-increased": _I,
    "request-property-max-set": _W,
    "request-property-min-increased": _B,
    "request-property-min-decreased": _I,
    "request-property-min-set": _W,
    "request-property-min-items-increased": _B,
    "request-property-min-items-set": _W,
    "request-property-exclusive-max-decreased": _B,
    "request-property-exclusive-max-increased": _I,
    "request-property-exclusive-max-set": _W,
    "request-property-exclusive-min-increased": _B,
    "request-property-exclusive-min-decreased": _I,
    "request-property-exclusive-min-set": _W,
    "request-property-pattern-added": _B,
    "request-property-pattern-changed": _W,
    "request-property-pattern-removed": _I,
    "request-property-default-value-added": _I,
    "request-property-default-value-changed": _I,
    "request-property-default-value-removed": _I,
    "request-property-deprecated": _I,
    "request-property-reactivated": _I,
    # Responses.
    "response-success-status-removed": _B,
    "response-non-success-status-removed": _I,
    "response-success-status-added": _I,
    "response-non-success-status-added": _I,
    "response-media-type-removed": _B,
    "response-media-type-added": _I,
    "response-body-media-type-schema-removed": _W,
    "response-body-media-type-schema-added": _I,
    "required-response-header-removed": _B,
    "optional-response-header-removed": _W,
    "response-header-added": _I,
    "response-header-became-optional": _B,
    "response-header-type-changed": _B,
    "response-header-type-generalized": _B,
    "response-header-type-specialized": _I,
    "response-header-became-nullable": _B,
    "response-header-became-not-nullable": _I,
    "response-body-type-changed": _B,
    "response-body-type-generalized": _B,
    "response-body-type-specialized": _I,
    "response-body-list-of-types-widened": _B,
    "response-body-list-of-types-narrowed": _I,
    "response-body-became-nullable": _B,
    "response-body-became-not-nullable": _I,
    "response-mediatype-enum-value-removed": _I,
    "response-body-const-changed": _B,
    "response-body-const-removed": _B,
    "response-body-const-added": _I,
    "response-body-any-of-added": _I,
    "response-body-any-of-removed": _I,
    "response-body-max-increased": _B,
    "response-body-max-length-increased": _B,
    "response-body-max-length-unset": _B,
    "response-body-min-decreased": _B,
    "response-body-min-length-decreased": _B,
    "response-body-min-items-decreased": _B,
    "response-body-min-items-unset": _B,
    "response-body-exclusive-max-increased": _B,
    "response-body-exclusive-min-decreased": _B,
    "response-body-default-value-added": _I,
    "response-body-default-value-changed": _I,
    "response-body-default-value-removed": _I,
    # Response properties (also the fallback of the response body and header families).
    "response-required-property-removed": _B,
    "response-optional-property-removed": _W,
    "response-required-property-added": _I,
    "response-optional-property-added": _I,
    "response-property-became-optional": _B,
    "response-property-became-required": _I,
    "response-property-type-changed": _B,
    "response-property-type-generalized": _B,
    "response-property-type-specialized": _I,
    "response-property-list-of-types-widened": _B,
    "response-property-list-of-types-narrowed": _I,
    "response-property-became-nullable": _B,
    "response-property-became-not-nullable": _I,
    "response-property-enum-value-added": _W,
    "response-property-enum-value-removed": _I,
    "response-property-const-changed": _B,
    "response-property-const-removed": _B,
    "response-property-const-added": _I,
    "response-property-any-of-added": _I,
    "response-property-any-of-removed": _I,
    "response-property-max-increased": _B,
    "response-property-max-length-increased": _B,
    "response-property-max-length-unset": _B,
    "response-property-min-decreased": _B,
    "response-property-min-length-decreased": _B,
    "response-property-min-items-decreased": _B,
    "response-property-min-items-unset": _B,
    "response-property-exclusive-max-increased": _B,
    "response-property-exclusive-min-decreased": _B,
    "response-property-pattern-added": _I,
    "response-property-pattern-changed": _I,
    "response-property-pattern-removed": _I,
    "response-property-default-value-added": _I,
    "response-property-default-value-changed": _I,
    "response-property-default-value-removed": _I,
    "response-property-deprecated": _I,
    "response-property-reactivated": _I,
}

DUBKIT_RULES: dict[str, Severity] = {
    # A renamed path parameter keeps the endpoint (oasdiff matches it silently); the generated
    # function's argument name changes, which the Python report also shows.
    "request-path-parameter-renamed": _I,
    # oasdiff has maxItems rules for parameters only; a request body array gets the same treatment.
    "request-property-max-items-decreased": _B,
    "request-property-max-items-increased": _I,
    "request-property-min-items-decreased": _I,
    # oasdiff has no additionalProperties rules: forbidding unknown keys rejects requests that sent
    # them; allowing them in a response is harmless (dubkit's models keep unknown keys).
    "request-property-additional-properties-disallowed": _B,
    "request-property-additional-properties-allowed": _I,
    "response-property-additional-properties-allowed": _I,
    # An enum restriction dropped: looser for a request, a wider value set (like an added value) for a response.
    "request-property-enum-removed": _I,
    "response-property-enum-removed": _W,
    # The generated clients send the API key where the scheme says; moving it makes them send it wrongly.
    "api-security-component-changed": _W,
    # Servers are the base URLs the clients offer; a removed one may stop answering.
    "api-server-removed": _W,
    "api-server-added": _I,
}

CATALOGUE: dict[str, Severity] = {**RULES, **DUBKIT_RULES}
"""Every rule the diff can report."""


def pick_rule(candidates: Iterable[str]) -> str | None:
    """Return the first catalogued rule id among the candidates.

    Args:
        candidates: Rule ids, most specific first.

    Returns:
        The id, or None when no candidate is catalogued (the change is not reported).
    """
    return next((rule for rule in candidates if rule in CATALOGUE), None)


def make_finding(rule: str, operation: str, location: str, message: str, component: str = "") -> Finding:
    """Build a wire finding, its severity taken from the catalogue.

    Args:
        rule: A catalogued rule id.
        operation: ``"METHOD /path"``, or ``""`` for a document-wide change.
        location: Where inside the operation, or ``""``.
        message: One plain sentence.
        component: Where in a shared component schema the change is, if it is in one.

    Returns:
        The finding.

    Raises:
        KeyError: If the rule is not catalogued (a bug in the diff, not in the specs).
    """
    return Finding(
        source="wire",
        severity=CATALOGUE[rule],
        rule=rule,
        operation=operation,
        location=location,
        message=message,
        component=component,
    )


@dataclass
class Report:
    """The two documents being compared and the findings gathered so far.

    Attributes:
        old: The old document.
        new: The new document.
        findings: The findings, in the order found (``spec_diff.diff_specs`` sorts them).
    """

    old: Mapping[str, Any]
    new: Mapping[str, Any]
    findings: list[Finding] = field(default_factory=list)

    def add(self, rule: str, operation: str, location: str, message: str) -> None:
        """Record a finding.

        Args:
            rule: A catalogued rule id.
            operation: ``"METHOD /path"``, or ``""`` for a document-wide change.
            location: Where inside the operation, or ``""``.
            message: One plain sentence.
        """
        self.findings.append(make_finding(rule, operation, location, message))
