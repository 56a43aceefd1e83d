"""Pull the next upstream ElevenLabs spec, regenerate the clients, and report what that changes for users.

Steps (``make update-specs [SPEC=path/to/openapi.json]``):

1. Snapshot the baseline: the working tree's ``generated/`` (effective specs and generated packages) and
   ``overlays/`` as they are now, so the report shows exactly what this update changes, even when the tree
   already had uncommitted work; the git HEAD is named in the report for context.
2. Extract the verbatim dubbing + studio subset from SOURCE with ``extract_elevenlabs`` (the same code
   that made the committed subset) and record SOURCE in ``specs/provenance.yaml``.
3. Re-apply the overlay leniently: an action whose target no longer matches anything is reported (a
   ``possibly-breaking`` finding with the action's description, and a warning line) instead of stopping
   the run, so the user sees the whole report. Its correction is missing from the regenerated client,
   and plain ``make generate`` (CI) keeps failing until the overlay is fixed.
4. Regenerate with ``generate.py --allow-unmatched-overlay``.
5. Report, as one list: the wire changes of both effective specs (``spec_diff``), the Python import
   surface of the generated packages and dubkit (``api_diff``), dubkit code that no longer type-checks
   against the regenerated clients (``overlay_check``, mypy), and the unmatched overlay actions.

Nothing is committed: the run ends with the changed files and how to review or undo them.

The publication date recorded in the provenance is ``--published`` if given; otherwise the recorded one
when the upstream document is byte-identical to the recorded one (nothing new was published), else today
(UTC): the day this version was first seen, the best date a fetched document offers.

Usage:
    python scripts/update_specs.py [--spec PATH_OR_URL] [--published YYYY-MM-DD] [--report OUT.md]
        [--report-json OUT.json] [--fail-on breaking|possibly-breaking|info|never]
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import http.client
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import api_diff
import extract_elevenlabs
import generate
import overlay_check
import spec_diff
from _findings import SEVERITIES, Finding, at_or_above
from _specio import ROOT, load_provenance, load_yaml
from overlay import ActionResult, OverlayError

BASELINE_DIRS = ("generated", "overlays")
"""What the baseline snapshot copies: the effective specs and every package ``api_diff`` compares."""

CHANGED_DIRS = ("specs", "generated")
"""Everything an update may write."""

_OPERATION_TARGET = re.compile(
    r"^\$\.paths\['(?P<path>[^']+)'\]\.(?P<method>get|put|post|delete|patch|options|head|trace)$"
)


_SUMMARY_LENGTH = 100
"""How much of an undescribed action's update the report quotes."""


class UpdateError(RuntimeError):
    """The update could not run to the end; the message says why in one line."""


def snapshot_baseline(destination: Path) -> Path:
    """Copy what the report compares against (``generated/`` and ``overlays/``) as it is now.

    Args:
        destination: An empty scratch directory.

    Returns:
        ``destination``, now a partial copy of the repository root.
    """
    for name in BASELINE_DIRS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return destination


def fetch(source: str) -> bytes:
    """Read the upstream document, turning every failure into a one-line error.

    Args:
        source: A local path or an https URL.

    Returns:
        The document's bytes.

    Raises:
        UpdateError: If it cannot be read.
    """
    try:
        return extract_elevenlabs.read_source(source)
    except (OSError, ValueError, http.client.HTTPException) as error:
        reason = getattr(error, "reason", None) or error
        if "://" in source:
            raise UpdateError(
                f"cannot fetch {source}: {reason}; to update from a local copy, run "
                "`make update-specs SPEC=path/to/openapi.json`"
            ) from error
        raise UpdateError(f"cannot read {source}: {reason}") from error


def published_date(raw: bytes, given: str | None) -> str | None:
    """Choose the publication date to record for the upstream document.

    Args:
        raw: The upstream document's bytes.
        given: The date the user passed, if any.

    Returns:
        ``given``; else ``None`` (keep the recorded date) when the document is the recorded one; else today (UTC).
    """
    if given:
        return given
    recorded = load_provenance().get("elevenlabs", {}).get("upstream", {}).get("sha256")
    if recorded == hashlib.sha256(raw).hexdigest():
        return None
    return datetime.datetime.now(tz=datetime.UTC).date().isoformat()


def unmatched_overlay_findings(overlay: Path, actions: Sequence[ActionResult]) -> list[Finding]:
    """Turn each overlay action that matched nothing into a finding.

    ``possibly-breaking``: the correction is missing from the effective spec and the regenerated client,
    which may change what users get; or upstream now ships the fix itself and nothing changes. The
    wire and Python findings beside it show which.

    Args:
        overlay: The overlay file the actions came from.
        actions: The results of applying it (``apply_overlay`` with ``allow_unmatched=True``).

    Returns:
        One finding per action whose target matched nothing.
    """
    documented = load_yaml(overlay).get("actions", [])
    findings = []
    for action in actions:
        if action.matched:
            continue
        match = _OPERATION_TARGET.match(action.target)
        operation = f"{match['method'].upper()} {match['path']}" if match else ""
        what = action.description.strip() or _summary(documented[action.index])
        findings.append(
            Finding(
                source="wire",
                severity="possibly-breaking",
                rule="overlay-action-unmatched",
                operation=operation,
                location=f"{_relative(overlay)} action {action.index}: {action.target}",
                message=(
                    f"overlay action {action.index} ({what}) matches nothing in the new upstream spec, so its "
                    f"correction is not in the regenerated client; fix or remove it in {_relative(overlay)} "
                    "(`make generate` fails until then)."
                ),
            )
        )
    return findings


def _summary(action: dict[str, Any]) -> str:
    if action.get("remove"):
        return "removes the selected nodes"
    text = json.dumps(action.get("update"), separators=(", ", ": "))
    return f"sets {text if len(text) <= _SUMMARY_LENGTH else text[: _SUMMARY_LENGTH - 3] + '...'}"


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)


def effective_documents() -> tuple[dict[str, dict[str, Any]], list[Finding]]:
    """Build each provider's new effective spec as generation will, tolerating stale overlay actions.

    Not validated here: generation validates the same documents right after, and its error is reported.

    Returns:
        The effective specs by provider name, and the unmatched-overlay findings.

    Raises:
        UpdateError: If the overlay cannot be applied.
    """
    documents: dict[str, dict[str, Any]] = {}
    findings: list[Finding] = []
    for provider in generate.PROVIDERS:
        try:
            documents[provider.name], actions = generate.effective_document(
                provider, allow_unmatched=True, validate=False
            )
        except OverlayError as error:
            raise UpdateError(f"{provider.name}: {error}") from error
        if provider.overlay is not None:
            findings += unmatched_overlay_findings(provider.overlay, actions)
    return documents, findings


def wire_findings(baseline: Path, documents: dict[str, dict[str, Any]]) -> list[Finding]:
    """Diff each provider's effective spec from the baseline with the new one.

    Args:
        baseline: The snapshot root (``snapshot_baseline``).
        documents: The new effective specs by provider name.

    Returns:
        ``spec_diff`` findings, provider by provider.
    """
    findings: list[Finding] = []
    for name, document in documents.items():
        old = baseline / "generated" / "dubkit_specs" / f"{name}.yaml"
        if old.is_file():  # a provider without a previous effective spec has nothing to compare with
            findings += spec_diff.diff_specs(load_yaml(old), document)
    return findings


def regenerate() -> str | None:
    """Run ``generate.py --allow-unmatched-overlay`` in this process.

    Returns:
        ``None``, or why generation failed (an invalid spec, a generator warning, ...).
    """
    try:
        generate.main(["--allow-unmatched-overlay"])
    except (generate.GenerationError, OverlayError) as error:
        return str(error)
    return None


def _git(*args: str) -> str:
    completed = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False)  # noqa: S607
    # Only trailing newlines go: porcelain lines start with a meaningful space (" M file").
    return completed.stdout.rstrip("\n") if completed.returncode == 0 else ""


def changed_files() -> list[str]:
    """List what the update changed, as ``git status --porcelain`` lines.

    Returns:
        One line per changed or new file under ``specs/`` and ``generated/``.
    """
    return [line for line in _git("status", "--porcelain", "--", *CHANGED_DIRS).splitlines() if line.strip()]


def closing_note(changed: Sequence[str]) -> str:
    """Tell the user what changed and how to review or undo it.

    Args:
        changed: ``changed_files()``.

    Returns:
        The text to print last.
    """
    if not changed:
        return "Nothing changed in specs/ or generated/.\n"
    lines = [f"Changed (nothing was committed): {len(changed)} file(s) in specs/ and generated/", *changed, ""]
    lines.append("Review:  git diff -- specs generated")
    undo = "git checkout -- specs generated"
    if any(line.startswith("??") for line in changed):
        undo += " && git clean -fd -- generated"  # new generated modules are untracked; checkout leaves them
    lines.append(f"Undo:    {undo}")
    return "\n".join(lines) + "\n"


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--spec",
        default=extract_elevenlabs.DEFAULT_SOURCE,
        metavar="PATH_OR_URL",
        help="the upstream OpenAPI document (default: the published URL)",
    )
    parser.add_argument("--published", help="the upstream publication date (YYYY-MM-DD); see the module docstring")
    parser.add_argument("--report", type=Path, metavar="OUT.md", help="also write the markdown report here")
    parser.add_argument("--report-json", type=Path, metavar="OUT.json", help="also write the findings as JSON here")
    parser.add_argument(
        "--fail-on",
        choices=(*SEVERITIES, "never"),
        default="never",
        help="exit 1 if a finding is this severe or more (default: never; the report is the point)",
    )
    return parser.parse_args(argv)


def update(source: str, published: str | None, baseline: Path) -> tuple[list[Finding], str | None]:
    """Extract, re-apply the overlay, regenerate, and diff against the baseline.

    Args:
        source: The upstream document (path or https URL).
        published: ``--published``, if given.
        baseline: The snapshot taken before anything was written.

    Returns:
        The findings (wire, then overlay, then Python), and why generation failed (``None`` if it did not).

    Raises:
        UpdateError: If the source cannot be read or is not a usable OpenAPI document.
    """
    raw = fetch(source)
    try:
        record = extract_elevenlabs.write_subset(
            raw, source, published=published_date(raw, published), out=generate.SPECS / "elevenlabs.yaml"
        )
    except ValueError as error:  # also json.JSONDecodeError: the URL served something else
        raise UpdateError(f"{source} is not a usable OpenAPI document: {error}") from error
    sys.stderr.write(
        f"update-specs: extracted {record['subset']['operations']} operations from {source} "
        f"(published {record['upstream']['published']})\n"
    )
    documents, overlay_findings = effective_documents()
    for finding in overlay_findings:
        sys.stderr.write(f"warning: {finding.message}\n")
    failure = regenerate()
    try:
        findings = wire_findings(baseline, documents) + overlay_findings
    except spec_diff.SpecError as error:  # only an invalid document, which generation has refused already
        findings = overlay_findings
        failure = f"{failure or ''}\nthe wire diff failed too: {error}".strip()
    if failure is not None:
        return findings, failure
    try:
        broken = overlay_check.overlay_findings(ROOT)
    except overlay_check.CheckError as error:  # the other views stand on their own: report them anyway
        sys.stderr.write(f"warning: the overlay type check could not run, so it is not in the report: {error}\n")
        broken = []
    return findings + api_diff.diff_trees(baseline, ROOT) + broken, None


def main(argv: list[str] | None = None) -> int:
    """Run the update and print the report.

    Args:
        argv: Command-line arguments (defaults to ``sys.argv[1:]``).

    Returns:
        0; 1 if a finding is at or above ``--fail-on``; 2 if the update could not run to the end.
    """
    args = _parse(argv)
    head = _git("rev-parse", "--short", "HEAD") or "no commit"
    dirty = changed_files()
    if dirty:
        sys.stderr.write(
            f"update-specs: note: specs/ or generated/ already had {len(dirty)} uncommitted change(s); the report "
            "compares with them as they are, and the undo command at the end would discard them too.\n"
        )
    with tempfile.TemporaryDirectory(prefix="update-specs-") as scratch:
        baseline = snapshot_baseline(Path(scratch))
        try:
            findings, generation_error = update(args.spec, args.published, baseline)
        except UpdateError as error:
            sys.stderr.write(f"update-specs: {error}\n")
            if changed_files() != dirty:  # e.g. the subset was extracted before the overlay failed
                sys.stderr.write(closing_note(changed_files()))
            return 2

    title = f"update-specs: {args.spec} against the working tree at {head}"
    report = spec_diff.render_markdown(findings, title=title)
    if generation_error is not None:
        report += f"\nRegeneration failed, so the Python API was not compared:\n\n```\n{generation_error}\n```\n"
    sys.stdout.write(report if report.endswith("\n") else report + "\n")
    if args.report:
        args.report.write_text(report, encoding="utf-8")
    if args.report_json:
        args.report_json.write_text(spec_diff.render_json(findings), encoding="utf-8")
    sys.stdout.write("\n" + closing_note(changed_files()))

    if generation_error is not None:
        sys.stderr.write("update-specs: regeneration failed (see the report); generated/ may be incomplete.\n")
        return 2
    failing = args.fail_on != "never" and any(at_or_above(f.severity, args.fail_on) for f in findings)
    return 1 if failing else 0


if __name__ == "__main__":
    raise SystemExit(main())
