"""Report the wire-level changes between two OpenAPI 3.1 documents, graded like oasdiff.

Usage::

    python scripts/spec_diff.py OLD NEW [--format markdown|json] [--output FILE]
                                [--fail-on breaking|possibly-breaking|info]

``OLD`` and ``NEW`` are files (YAML or JSON) or ``REV:path``, the file at a git revision of this
repository (``HEAD:generated/dubkit_specs/elevenlabs.yaml``). Compare the *effective* specs, the ones
the clients are generated from. Exit status: 0, or 1 when ``--fail-on`` is given and a finding is at
or above that severity, or 2 when the arguments or documents are unusable.

Modules: ``spec_diff_rules`` (the rule catalogue), ``spec_diff_views`` (resolving and normalising
schemas), ``spec_diff_context`` (naming and locating findings), ``spec_diff_keywords`` (per-keyword
rules), ``spec_diff_schema`` (the schema walk), ``spec_diff_document`` (servers, security),
``spec_diff_operations`` (endpoints, parameters, bodies, responses), ``spec_diff_render`` (reports).

Rules
-----
Rule ids and severities follow oasdiff's checker (ERR = breaking, WARN = possibly-breaking,
INFO = info); ``spec_diff_rules.RULES`` lists every id with its level. Covered, by family:

- endpoints: ``api-path-removed-without-deprecation`` and ``api-removed-without-deprecation``
  (breaking), their ``-with-deprecation`` forms when the old operation was ``deprecated: true``,
  ``endpoint-added``, ``endpoint-deprecated``, ``endpoint-reactivated``, ``api-operation-id-removed``/
  ``-added``, ``api-tag-removed``/``-added`` (info);
- security: ``api-security-added``/``-removed``/``-scope-added``/``-scope-removed`` per operation,
  ``api-global-security-*`` for the document's list, ``api-security-component-added``/``-removed``/
  ``-type-changed`` (all info, as in oasdiff, which flags security changes for review);
- parameters (path, query, header): ``new-required-request-parameter`` and
  ``request-parameter-became-required`` (breaking), ``request-parameter-removed`` (possibly-breaking),
  ``new-optional-request-parameter``, ``request-parameter-became-optional``,
  ``request-parameter-removed-with-deprecation``, ``request-parameter-deprecated``/``-reactivated``
  (info), and every ``request-parameter-*`` schema rule below;
- request body: ``request-body-added-required``, ``request-body-removed``,
  ``request-body-became-required``, ``request-body-media-type-removed``,
  ``request-body-media-type-schema-added`` (breaking), ``request-body-added-optional``,
  ``request-body-became-optional``, ``request-body-media-type-added``,
  ``request-body-media-type-schema-removed`` (info);
- request properties: ``new-required-request-property`` (``-with-default``),
  ``request-property-became-required`` (``-with-default``) (breaking), ``request-property-removed``
  (possibly-breaking), ``new-optional-request-property``, ``request-property-became-optional``,
  ``request-property-deprecated``/``-reactivated`` (info);
- responses: ``response-success-status-removed``, ``response-media-type-removed``,
  ``response-required-property-removed``, ``response-property-became-optional``,
  ``required-response-header-removed``, ``response-header-became-optional`` (breaking),
  ``response-optional-property-removed``, ``response-body-media-type-schema-removed``,
  ``optional-response-header-removed`` (possibly-breaking), ``response-non-success-status-removed``,
  ``response-success-status-added``, ``response-non-success-status-added``,
  ``response-media-type-added``, ``response-required-property-added``,
  ``response-optional-property-added``, ``response-property-became-required``,
  ``response-header-added`` (info);
- schemas, each under the ``request-parameter-``, ``request-body-``, ``request-property-``,
  ``response-body-``, ``response-property-`` or ``response-header-`` prefix that oasdiff has (the
  property form otherwise):

  - types and formats: ``type-changed`` (breaking), request ``type-generalized`` /
    ``list-of-types-widened`` (info), request ``list-of-types-narrowed`` (breaking), response
    ``type-generalized`` / ``list-of-types-widened`` (breaking), response ``type-specialized`` /
    ``list-of-types-narrowed`` (info); integer is within number, and formats widen as oasdiff's do
    (int32 < int64 < bigint, float < double, date/time < date-time, any format < none);
  - nullability: request ``became-not-nullable`` and response ``became-nullable`` (breaking), the
    reverse (info);
  - enums and consts: request ``became-enum``, ``enum-value-removed``, ``const-added``/``-changed``
    (breaking), request ``enum-value-added``, ``const-removed`` (info); response
    ``enum-value-added`` (possibly-breaking), ``const-changed``/``-removed`` (breaking),
    ``enum-value-removed``, ``response-mediatype-enum-value-removed``, ``const-added`` (info);
  - bounds (maxLength, maxItems, maximum, exclusiveMaximum, minLength, minItems, minimum,
    exclusiveMinimum): request ``*-decreased``/``*-increased`` when tighter (breaking), ``*-set``
    where oasdiff has it (possibly-breaking), looser (info); response looser (breaking: the
    ``*-increased``, ``*-decreased`` and ``*-unset`` rules oasdiff has), tighter (not reported);
  - patterns: request ``pattern-added`` (breaking), ``pattern-changed`` (possibly-breaking),
    ``pattern-removed`` (info); response ones (info);
  - variants (``anyOf``/``oneOf`` alternatives): request ``any-of-removed`` (breaking), request
    ``any-of-added`` and response ``any-of-added``/``-removed`` (info);
  - defaults: ``default-value-added``/``-changed``/``-removed`` (breaking for parameters, as in
    oasdiff; info otherwise).

dubkit's own rules, for changes oasdiff has no rule for (``spec_diff_rules.DUBKIT_RULES``):
``request-path-parameter-renamed`` (info), ``request-property-max-items-decreased`` (breaking),
``request-property-max-items-increased``/``min-items-decreased`` (info),
``request-property-additional-properties-disallowed`` (breaking; ``true``/absent to ``false``),
``request-property-additional-properties-allowed``, ``response-property-additional-properties-allowed``
(info), ``request-property-enum-removed`` (info), ``response-property-enum-removed``
(possibly-breaking), ``api-security-component-changed`` (possibly-breaking: an API key moved to another
header or query name, or an HTTP scheme changed), ``api-server-removed`` (possibly-breaking),
``api-server-added`` (info); servers are compared at the document level (our specs declare none per
path or operation).

oasdiff ERR rules that do not apply to dubkit's specs:

- ``*-sunset-*``, ``*-removed-before-sunset``, ``sunset-deleted``: no ``x-sunset`` extensions;
- ``api-stability-decreased``, ``*-stability-decreased``, ``api-invalid-stability-level``: no
  ``x-stability-level`` extensions;
- ``api-version-*`` / ``api-major-version-not-bumped``: the version is upstream's, not ours;
- ``new-request-path-parameter``, ``new-required-request-default-parameter-to-existing-path``: a
  new path parameter changes the path template, so it is another endpoint (removed + added);
  path-level parameters are merged into each operation and reported there;
- ``new-required-request-header-property``, ``request-header-property-*``,
  ``request-parameter-property-*``: object-valued parameters; ours are scalars and arrays;
- ``*-x-extensible-enum-*``: no ``x-extensible-enum``;
- ``request-read-only-property-*``, ``*-write-only-*``: no readOnly/writeOnly;
- ``*-all-of-*``, ``*-one-of-*`` (beyond variants), ``*-wrapped-in-one-of``, ``*-if-*``,
  ``*-then-*``, ``*-else-*``, ``*-dependent-*``, ``*-contains-*``, ``*-prefix-items-*``,
  ``*-unevaluated-*``, ``*-pattern-property-*``, ``*-property-names-*``, ``*-content-encoding-*``,
  ``*-content-media-type-*``, ``*-content-schema-*``, discriminators: keywords our specs do not use
  (a one-element ``allOf`` is folded like a ``$ref``);
- ``response-media-type-name-generalized``: no wildcard media types; a renamed media type is
  removed + added;
- ``webhook-removed``: no webhooks.

Deviation: oasdiff lets a type swap pass in a non-JSON body (form fields are strings on the wire);
this diff treats every media type as typed, because the generated clients serialise typed values.

Locations
---------
``request body multipart/form-data: property 'file'``, ``query parameter 'page_size'``,
``path parameter 'dubbing_id'``, ``response 200 application/json: property 'renders/{key}/status'``,
``response 429 header 'Retry-After'``, ``security requirement ApiKeyAuth``, ``server URL``. Property
paths: ``a/b`` (nested property), ``a[]`` (array items), ``a/{key}`` (map values),
``a<Name>`` (the ``anyOf`` variant Name, a component schema or an inline type/const).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn, cast

import yaml
from _findings import SEVERITIES, Finding, Severity, at_or_above
from _specio import ROOT, _SpecLoader
from spec_diff_operations import diff_documents
from spec_diff_render import findings_from_json, render_json, render_markdown, sort_findings
from spec_diff_views import SpecError

__all__ = [
    "SpecError",
    "diff_specs",
    "findings_from_json",
    "load_spec",
    "main",
    "render_json",
    "render_markdown",
]


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Finding]:
    """Compare two OpenAPI documents at the wire level.

    Args:
        old: The old document, parsed.
        new: The new document, parsed.

    Returns:
        The wire findings, sorted by severity, operation, location and rule.

    Raises:
        SpecError: If a document has a ``$ref`` that points nowhere.
    """
    return sort_findings(diff_documents(old, new))


def _parse(text: str | bytes, name: str) -> Any:
    try:
        if name.endswith(".json"):
            return json.loads(text)
        return yaml.load(text, Loader=_SpecLoader)  # noqa: S506 - a safe loader subclass
    except (yaml.YAMLError, json.JSONDecodeError, UnicodeDecodeError) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise SpecError(f"{name} is not valid YAML or JSON: {first}") from error


def load_spec(ref: str) -> dict[str, Any]:
    """Read an OpenAPI document from a file, or from a file at a git revision.

    Args:
        ref: A path to a YAML or JSON file, or ``REV:path`` (``git show REV:path`` in the repository;
            ``path`` is relative to the repository root). An existing file wins over the ``REV:`` reading.

    Returns:
        The parsed document.

    Raises:
        SpecError: If the file or revision does not exist, or the document is not an OpenAPI mapping.
    """
    path = Path(ref)
    if path.is_file():
        document = _parse(path.read_bytes(), ref)
    elif ":" in ref and not path.exists():
        revision, _, inner = ref.partition(":")
        if not revision or not inner:
            raise SpecError(f"{ref!r} is neither a file nor REV:path")
        result = subprocess.run(
            ["git", "show", f"{revision}:{inner}"],  # noqa: S607 - git from PATH, like every developer runs it
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            reason = result.stderr.decode("utf-8", "replace").strip().splitlines()
            detail = reason[0] if reason else f"git exited with {result.returncode}"
            raise SpecError(f"cannot read {inner!r} at revision {revision!r}: {detail}")
        document = _parse(result.stdout, inner)
    elif path.exists():
        raise SpecError(f"{ref} is not a file")
    else:
        raise SpecError(f"no such file: {ref}")
    if not isinstance(document, dict) or not isinstance(document.get("openapi"), str):
        raise SpecError(f"{ref} is not an OpenAPI document (no 'openapi' version at the top level)")
    return cast("dict[str, Any]", document)


class _UsageError(Exception):
    """Arguments argparse refused."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like the script's other errors."""

    def error(self, message: str) -> NoReturn:
        """Raise instead of printing the usage and exiting.

        Args:
            message: What argparse found wrong.

        Raises:
            _UsageError: Always.
        """
        raise _UsageError(message)


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = _Parser(
        prog="spec_diff.py",
        description="Report the wire-level changes between two OpenAPI documents.",
    )
    parser.add_argument("old", help="the old spec: a file, or REV:path at a git revision")
    parser.add_argument("new", help="the new spec: a file, or REV:path at a git revision")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown", help="report format")
    parser.add_argument("--output", type=Path, help="write the report to this file instead of stdout")
    parser.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        help="exit 1 if a change is at least this severe",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments (default: ``sys.argv[1:]``).

    Returns:
        0, 1 when ``--fail-on`` is met, 2 on unusable arguments or documents.
    """
    try:
        args = _arguments(argv)
    except _UsageError as error:
        print(f"spec_diff: error: {error} (see --help)", file=sys.stderr)
        return 2
    except SystemExit as stop:  # --help has printed the usage
        return 0 if stop.code in (0, None) else 2
    try:
        old, new = load_spec(args.old), load_spec(args.new)
        findings = diff_specs(old, new)
    except SpecError as error:
        print(f"spec_diff: error: {error}", file=sys.stderr)
        return 2
    title = f"API changes: {args.old} → {args.new}"
    report = render_json(findings) if args.format == "json" else render_markdown(findings, title=title)
    if args.output is not None:
        try:
            args.output.write_text(report, encoding="utf-8")
        except OSError as error:
            print(f"spec_diff: error: cannot write {args.output}: {error.strerror}", file=sys.stderr)
            return 2
        print(f"Wrote {len(findings)} change{'s' if len(findings) != 1 else ''} to {args.output}.")
    else:
        sys.stdout.write(report)
    threshold: Severity | None = args.fail_on
    if threshold is not None and any(at_or_above(finding.severity, threshold) for finding in findings):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
