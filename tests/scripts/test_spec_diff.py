"""scripts/spec_diff.py: one before/after fixture pair per rule, checked in both directions.

Each pair lives in ``spec_diff_fixtures/<case>/{before,after}.yaml``. ``CASES`` says exactly which
findings the diff must produce, forward (before → after) and backward (after → before): the lists
are complete, so any extra finding, breaking or not, fails the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spec_diff import diff_specs, load_spec
from spec_diff_rules import CATALOGUE, DUBKIT_RULES, RULES

FIXTURES = Path(__file__).parent / "spec_diff_fixtures"

# (rule, severity, operation, a substring of the location)
Expected = tuple[str, str, str, str]

B, W, INFO = "breaking", "possibly-breaking", "info"
BODY = "request body application/json: property 'value'"
RESP = "response 200 application/json: property 'value'"
POST, GET = "POST /v1/things", "GET /v1/things"

CASES: dict[str, tuple[list[Expected], list[Expected]]] = {
    # 1. endpoints removed, with and without deprecation
    "api-path-removed-without-deprecation": (
        [("api-path-removed-without-deprecation", B, "GET /v1/b", "")],
        [("endpoint-added", INFO, "GET /v1/b", "")],
    ),
    "api-removed-without-deprecation": (
        [("api-removed-without-deprecation", B, "DELETE /v1/a", "")],
        [("endpoint-added", INFO, "DELETE /v1/a", "")],
    ),
    "api-path-removed-with-deprecation": (
        [("api-path-removed-with-deprecation", INFO, "GET /v1/b", "")],
        [("endpoint-added", INFO, "GET /v1/b", "")],
    ),
    "endpoint-deprecated": (
        [("endpoint-deprecated", INFO, "GET /v1/a", "")],
        [("endpoint-reactivated", INFO, "GET /v1/a", "")],
    ),
    "request-path-parameter-renamed": (
        [("request-path-parameter-renamed", INFO, "GET /v1/dubbing/{dubbing_id}", "path parameter 'dubbing_id'")],
        [("request-path-parameter-renamed", INFO, "GET /v1/dubbing/{id}", "path parameter 'id'")],
    ),
    # 2. required parameters and properties added (optional ones: info)
    "new-required-request-parameter": (
        [("new-required-request-parameter", B, GET, "query parameter 'cursor'")],
        [("request-parameter-removed", W, GET, "query parameter 'cursor'")],
    ),
    "new-optional-request-parameter": (
        [("new-optional-request-parameter", INFO, GET, "query parameter 'cursor'")],
        [("request-parameter-removed", W, GET, "query parameter 'cursor'")],
    ),
    "new-required-request-header-parameter": (
        [("new-required-request-parameter", B, GET, "header parameter 'X-Trace-Id'")],
        [("request-parameter-removed", W, GET, "header parameter 'X-Trace-Id'")],
    ),
    "new-required-request-property": (
        [("new-required-request-property", B, POST, "request body application/json: property 'source_lang'")],
        [("request-property-removed", W, POST, "request body application/json: property 'source_lang'")],
    ),
    "new-optional-request-property": (
        [("new-optional-request-property", INFO, POST, "request body multipart/form-data: property 'file'")],
        [("request-property-removed", W, POST, "request body multipart/form-data: property 'file'")],
    ),
    # 3. became required
    "request-parameter-became-required": (
        [("request-parameter-became-required", B, GET, "query parameter 'cursor'")],
        [("request-parameter-became-optional", INFO, GET, "query parameter 'cursor'")],
    ),
    "request-property-became-required": (
        [("request-property-became-required", B, POST, "application/x-www-form-urlencoded: property 'source_lang'")],
        [("request-property-became-optional", INFO, POST, "application/x-www-form-urlencoded: property 'source_lang'")],
    ),
    # 4. types and formats: request widening is info, narrowing breaking; responses the other way round
    "request-property-type-changed": (
        [("request-property-type-changed", B, POST, BODY)],
        [("request-property-type-changed", B, POST, BODY)],
    ),
    "request-property-type-generalized": (
        [("request-property-type-generalized", INFO, POST, BODY)],
        [("request-property-type-changed", B, POST, BODY)],
    ),
    "request-property-list-of-types-widened": (
        [("request-property-list-of-types-widened", INFO, POST, BODY)],
        [("request-property-list-of-types-narrowed", B, POST, BODY)],
    ),
    "request-property-format-widened": (
        [("request-property-type-generalized", INFO, POST, BODY)],
        [("request-property-type-changed", B, POST, BODY)],
    ),
    "response-property-type-changed": (
        [("response-property-type-changed", B, GET, RESP)],
        [("response-property-type-changed", B, GET, RESP)],
    ),
    "response-property-type-generalized": (
        [("response-property-type-generalized", B, GET, RESP)],
        [("response-property-type-specialized", INFO, GET, RESP)],
    ),
    # 5. request enums
    "request-property-enum-value-removed": (
        [("request-property-enum-value-removed", B, POST, BODY)],
        [("request-property-enum-value-added", INFO, POST, BODY)],
    ),
    "request-parameter-enum-value-removed": (
        [("request-parameter-enum-value-removed", B, GET, "query parameter 'status'")],
        [("request-parameter-enum-value-added", INFO, GET, "query parameter 'status'")],
    ),
    "request-property-became-enum": (
        [("request-property-became-enum", B, POST, BODY)],
        [("request-property-enum-removed", INFO, POST, BODY)],
    ),
    # 6. response enums
    # const is a one-value enum, and unions compare by the values they accept: widenings are not breaking
    "request-parameter-const-widened-to-enum": (
        [("request-parameter-enum-value-added", INFO, GET, "query parameter 'order_by'")],
        [("request-parameter-enum-value-removed", B, GET, "query parameter 'order_by'")],
    ),
    "request-property-const-union-widened": (
        [
            ("request-property-any-of-added", INFO, POST, BODY),
            ("request-property-any-of-added", INFO, POST, BODY),
        ],
        [
            ("request-property-any-of-removed", B, POST, BODY),
            ("request-property-any-of-removed", B, POST, BODY),
            ("request-property-any-of-added", INFO, POST, BODY),
        ],
    ),
    "response-property-enum-value-added": (
        [("response-property-enum-value-added", W, GET, RESP)],
        [("response-property-enum-value-removed", INFO, GET, RESP)],
    ),
    # 7. response properties removed, optional, nullable
    "response-required-property-removed": (
        [("response-required-property-removed", B, GET, "property 'status'")],
        [("response-required-property-added", INFO, GET, "property 'status'")],
    ),
    "response-optional-property-removed": (
        [("response-optional-property-removed", W, GET, "property 'error'")],
        [("response-optional-property-added", INFO, GET, "property 'error'")],
    ),
    "response-property-became-optional": (
        [("response-property-became-optional", B, GET, "property 'status'")],
        [("response-property-became-required", INFO, GET, "property 'status'")],
    ),
    "response-property-became-nullable": (
        [("response-property-became-nullable", B, GET, RESP)],
        [("response-property-became-not-nullable", INFO, GET, RESP)],
    ),
    "request-property-became-not-nullable": (
        [("request-property-became-not-nullable", B, POST, BODY)],
        [("request-property-became-nullable", INFO, POST, BODY)],
    ),
    # 8. success statuses and media types
    "response-success-status-removed": (
        [("response-success-status-removed", B, POST, "response 202")],
        [("response-success-status-added", INFO, POST, "response 202")],
    ),
    "response-media-type-removed": (
        [("response-media-type-removed", B, "GET /v1/audio", "response 200 text/plain")],
        [("response-media-type-added", INFO, "GET /v1/audio", "response 200 text/plain")],
    ),
    "request-body-media-type-removed": (
        [("request-body-media-type-removed", B, POST, "request body application/x-www-form-urlencoded")],
        [("request-body-media-type-added", INFO, POST, "request body application/x-www-form-urlencoded")],
    ),
    "request-body-became-required": (
        [("request-body-became-required", B, POST, "request body")],
        [("request-body-became-optional", INFO, POST, "request body")],
    ),
    "request-body-added-required": (
        [("request-body-added-required", B, POST, "request body")],
        [("request-body-removed", B, POST, "request body")],
    ),
    # 9. request constraints: tighter is breaking (or possibly-breaking where oasdiff says so), looser info
    "request-property-max-length-decreased": (
        [("request-property-max-length-decreased", B, POST, BODY)],
        [("request-property-max-length-increased", INFO, POST, BODY)],
    ),
    "request-property-max-length-set": (
        [("request-property-max-length-set", W, POST, BODY)],
        [("request-property-max-length-increased", INFO, POST, BODY)],
    ),
    "request-property-min-length-increased": (
        [("request-property-min-length-increased", B, POST, BODY)],
        [("request-property-min-length-decreased", INFO, POST, BODY)],
    ),
    "request-property-max-decreased": (
        [("request-property-max-decreased", B, POST, BODY)],
        [("request-property-max-increased", INFO, POST, BODY)],
    ),
    "request-property-min-increased": (
        [("request-property-min-increased", B, POST, BODY)],
        [("request-property-min-decreased", INFO, POST, BODY)],
    ),
    "request-property-max-items-decreased": (
        [("request-property-max-items-decreased", B, POST, BODY)],
        [("request-property-max-items-increased", INFO, POST, BODY)],
    ),
    "request-property-min-items-increased": (
        [("request-property-min-items-increased", B, POST, BODY)],
        [("request-property-min-items-decreased", INFO, POST, BODY)],
    ),
    "request-parameter-max-length-decreased": (
        [("request-parameter-max-length-decreased", B, GET, "header parameter 'Idempotency-Key'")],
        [("request-parameter-max-length-increased", INFO, GET, "header parameter 'Idempotency-Key'")],
    ),
    "request-property-pattern-added": (
        [("request-property-pattern-added", B, POST, BODY)],
        [("request-property-pattern-removed", INFO, POST, BODY)],
    ),
    "request-property-pattern-changed": (
        [("request-property-pattern-changed", W, POST, BODY)],
        [("request-property-pattern-changed", W, POST, BODY)],
    ),
    "request-property-const-added": (
        [("request-property-const-added", B, POST, BODY)],
        [("request-property-const-removed", INFO, POST, BODY)],
    ),
    "request-property-additional-properties-disallowed": (
        [("request-property-additional-properties-disallowed", B, POST, BODY)],
        [("request-property-additional-properties-allowed", INFO, POST, BODY)],
    ),
    "request-property-any-of-removed": (
        [("request-property-any-of-removed", B, "POST /v1/podcasts", "property 'source'")],
        [("request-property-any-of-added", INFO, "POST /v1/podcasts", "property 'source'")],
    ),
    # Responses: a looser bound is breaking, a tighter one is fine (nothing reported).
    "response-property-max-increased": (
        [("response-property-max-increased", B, GET, RESP)],
        [],
    ),
    # Defaults: oasdiff grades a parameter's default change breaking, a property's info.
    "request-parameter-default-value-changed": (
        [("request-parameter-default-value-changed", B, GET, "query parameter 'page_size'")],
        [("request-parameter-default-value-changed", B, GET, "query parameter 'page_size'")],
    ),
    "request-property-default-value-changed": (
        [("request-property-default-value-changed", INFO, POST, BODY)],
        [("request-property-default-value-changed", INFO, POST, BODY)],
    ),
    # Response headers, security, servers
    "required-response-header-removed": (
        [("required-response-header-removed", B, GET, "response 429 header 'Retry-After'")],
        [("response-header-added", INFO, GET, "response 429 header 'Retry-After'")],
    ),
    "api-security-added": (
        [("api-security-added", INFO, GET, "security requirement ApiKeyAuth")],
        [("api-security-removed", INFO, GET, "security requirement ApiKeyAuth")],
    ),
    "api-security-component-changed": (
        [("api-security-component-changed", W, "", "security scheme ApiKeyAuth")],
        [("api-security-component-changed", W, "", "security scheme ApiKeyAuth")],
    ),
    "api-server-removed": (
        [("api-server-removed", W, "", "server https://eu.example.com")],
        [("api-server-added", INFO, "", "server https://eu.example.com")],
    ),
    # Nested walks: map values, array items, anyOf variants, a recursive schema reported once.
    "nested-map-value-enum-added": (
        [
            (
                "response-property-enum-value-added",
                W,
                "GET /v1/dubbing/{dubbing_id}",
                "response 200 application/json: property 'renders/{key}/status'",
            )
        ],
        [("response-property-enum-value-removed", INFO, "GET /v1/dubbing/{dubbing_id}", "'renders/{key}/status'")],
    ),
    "nested-array-item-required-property": (
        [
            (
                "new-required-request-property",
                B,
                "POST /v1/projects/{project_id}/translations",
                "request body application/json: property 'target_script[]/speaker_id'",
            )
        ],
        [
            (
                "request-property-removed",
                W,
                "POST /v1/projects/{project_id}/translations",
                "'target_script[]/speaker_id'",
            )
        ],
    ),
    "nested-variant-max-length-decreased": (
        [("request-property-max-length-decreased", B, "POST /v1/podcasts", "property 'source<UrlSource>/url'")],
        [("request-property-max-length-increased", INFO, "POST /v1/podcasts", "property 'source<UrlSource>/url'")],
    ),
    "recursive-schema-property-added": (
        [("response-optional-property-added", INFO, "GET /v1/tree", "response 200 application/json: property 'label'")],
        [("response-optional-property-removed", W, "GET /v1/tree", "response 200 application/json: property 'label'")],
    ),
    # Nothing to report: descriptions and key order changed; $ref vs the same schema inlined.
    "no-change": ([], []),
    "ref-vs-inline": ([], []),
}


def _pair(case: str) -> tuple[dict[str, object], dict[str, object]]:
    return load_spec(str(FIXTURES / case / "before.yaml")), load_spec(str(FIXTURES / case / "after.yaml"))


def _check(findings: list, expected: list[Expected]) -> None:
    got = [(f.rule, f.severity, f.operation) for f in findings]
    assert got == [(rule, severity, operation) for rule, severity, operation, _ in expected], findings
    for finding, (_, _, _, where) in zip(findings, expected, strict=True):
        assert where in finding.location, (finding.location, where)
        assert finding.source == "wire"
        assert finding.message.endswith("."), finding.message
        assert finding.message[0].isupper(), finding.message


@pytest.mark.parametrize("case", sorted(CASES))
def test_forward(case: str) -> None:
    """before → after gives exactly the expected findings."""
    before, after = _pair(case)
    _check(diff_specs(before, after), CASES[case][0])


@pytest.mark.parametrize("case", sorted(CASES))
def test_backward(case: str) -> None:
    """after → before (the reverse change) gives exactly the expected findings, e.g. loosening is info."""
    before, after = _pair(case)
    _check(diff_specs(after, before), CASES[case][1])


@pytest.mark.parametrize("case", sorted(CASES))
def test_identity(case: str) -> None:
    """Either side of a pair diffed against itself is empty."""
    before, after = _pair(case)
    assert diff_specs(before, before) == []
    assert diff_specs(after, after) == []


def test_every_fixture_has_expectations() -> None:
    """No fixture folder is left unchecked, and no case lacks its folder."""
    folders = {path.name for path in FIXTURES.iterdir() if path.is_dir()}
    assert folders == set(CASES)
    for folder in folders:
        assert {path.name for path in (FIXTURES / folder).iterdir()} == {"before.yaml", "after.yaml"}


def test_messages_say_what_users_meet() -> None:
    """The sentences the issue asks for: required now, and tolerant clients vs exhaustive matches."""
    before, after = _pair("request-property-became-required")
    (finding,) = diff_specs(before, after)
    assert finding.message == (
        "The request property 'source_lang' is now required: calls that omit it will be rejected."
    )
    before, after = _pair("response-property-enum-value-added")
    (finding,) = diff_specs(before, after)
    assert '"queued"' in finding.message
    assert "dubkit's clients tolerate unknown enum values" in finding.message
    assert "exhaustively" in finding.message


def test_catalogue_severities_are_consistent() -> None:
    """oasdiff-derived and dubkit-own ids do not overlap, and every severity is a known one."""
    assert not set(RULES) & set(DUBKIT_RULES)
    assert set(CATALOGUE.values()) <= {B, W, INFO}
    expected_rules = {rule for pair in CASES.values() for side in pair for rule, *_ in side}
    assert expected_rules <= set(CATALOGUE)
