"""Pull the next upstream ElevenLabs spec, regenerate the clients, and report what that changes for users.

Steps (``make update-specs [SPEC=path/to/openapi.json]``), all or nothing:

1. Snapshot the baseline (``generated/`` and ``overlays/`` as they are now: the report compares with them,
   even uncommitted work) and back up ``specs/`` and ``generated/`` byte for byte.
2. Extract the verbatim dubbing + studio subset from SOURCE (by default the live document,
   ``https://api.elevenlabs.io/openapi.json``) with ``extract_elevenlabs`` and record its true origin in
   ``specs/provenance.yaml`` (the URL or file read, ``--origin`` where a copy was published, its date and
   sha256, and ``--mirror`` for a mirror's commit).
3. Re-apply the overlay; every action gets a status (needed, already upstream, conflicting, unmatched).
4. Diff the old and new effective specs (``spec_diff``).
5. Regenerate transactionally (``generate.py --allow-unmatched-overlay --typecheck``: everything validated
   first, built in a scratch tree, type-checked, then swapped in).
6. Check dubkit against the result: mypy over ``overlays/`` and ``generated/`` (``overlay_check``), the smoke
   checks (``scripts/smoke.py``: clients, the simulator's create/get, transcript, download), and the wire
   changes that hit a call dubkit makes or a response it parses; then the Python import surface (``api_diff``).
7. Print one report (``update_report``): distinct changes, what breaks dubkit first.

A *refused* update (the source cannot be read or used, the overlay cannot be applied, a document is
invalid, a generator fails, the generated packages do not type-check) restores ``specs/`` and
``generated/`` byte for byte, prints the report it has and exits 2. Otherwise nothing is committed: the
run ends with the changed files and how to review or undo them, and exits 0 (1 with ``--fail-on`` met).

The publication date recorded in the provenance is ``--published`` if given; otherwise the recorded one
when the upstream document is byte-identical to the recorded one (nothing new was published), else today
(UTC): the day this version was first seen, the best date a fetched document offers.

Usage:
    python scripts/update_specs.py [--spec PATH_OR_URL] [--origin URL] [--mirror REPO@COMMIT]
        [--published YYYY-MM-DD] [--report OUT.md] [--report-json OUT.json]
        [--fail-on breaking|possibly-breaking|info|never]
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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import api_diff
import extract_elevenlabs
import generate
import overlay_check
import spec_diff
import update_report
from _findings import SEVERITIES, Finding, at_or_above
from _specio import ROOT, load_provenance, load_yaml
from overlay import ActionResult, OverlayError
from update_checks import dubkit_usage_findings, new_operations, smoke_findings

BASELINE_DIRS = ("generated", "overlays")
"""What the baseline snapshot copies: the effective specs and every package ``api_diff`` compares."""

CHANGED_DIRS = ("specs", "generated")
"""Everything an update may write, backed up first and restored byte for byte when the update is refused."""


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


def backup(destination: Path) -> Path:
    """Copy ``specs/`` and ``generated/`` exactly as they are, to restore them if the update is refused.

    Args:
        destination: An empty scratch directory.

    Returns:
        ``destination``.
    """
    for name in CHANGED_DIRS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, destination / name, symlinks=True)
    return destination


def restore(saved: Path) -> None:
    """Put ``specs/`` and ``generated/`` back byte for byte from ``backup()``'s copy.

    Args:
        saved: What ``backup()`` returned.
    """
    for name in CHANGED_DIRS:
        shutil.rmtree(ROOT / name, ignore_errors=True)
        if (saved / name).is_dir():
            shutil.copytree(saved / name, ROOT / name, symlinks=True)


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


def effective_documents() -> tuple[dict[str, dict[str, Any]], list[Finding], list[ActionResult]]:
    """Build each provider's new effective spec as generation will, tolerating stale overlay actions.

    Not validated here: generation validates the same documents right after, and its error is reported.

    Returns:
        The effective specs by provider name, the unmatched-overlay findings, and the ElevenLabs overlay's
        action results.

    Raises:
        UpdateError: If the overlay cannot be applied.
    """
    documents: dict[str, dict[str, Any]] = {}
    findings: list[Finding] = []
    results: list[ActionResult] = []
    for provider in generate.PROVIDERS:
        try:
            documents[provider.name], actions = generate.effective_document(
                provider, allow_unmatched=True, validate=False
            )
        except OverlayError as error:
            raise UpdateError(f"{provider.name}: {error}") from error
        if provider.overlay is not None:
            findings += unmatched_overlay_findings(provider.overlay, actions)
            results += actions
    return documents, findings, results


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
    """Run ``generate.py --allow-unmatched-overlay --typecheck`` in this process.

    Returns:
        ``None``, or why generation failed (an invalid spec, a generator warning, a type error, ...);
        ``generated/`` is untouched then.
    """
    try:
        generate.main(["--allow-unmatched-overlay", "--typecheck"])
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
        help="the upstream OpenAPI document (default: the live document)",
    )
    parser.add_argument("--origin", metavar="URL", help="where a local copy was published (recorded as its origin)")
    parser.add_argument(
        "--mirror", metavar="REPO@COMMIT", help="the mirror a local copy came from, e.g. tryAGI/ElevenLabs@5e751920"
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


@dataclass
class Outcome:
    """What an update found, and why it was refused if it was.

    Attributes:
        findings: Wire, overlay and (after a regeneration) Python and dubkit findings.
        actions: The ElevenLabs overlay's action results.
        operations: The new effective ElevenLabs spec's operations, for the report.
        refused: Why the update was refused, or ``None``.
        wrote: Whether anything under ``specs/`` or ``generated/`` may have been written (a refusal restores them).
    """

    findings: list[Finding] = field(default_factory=list)
    actions: list[ActionResult] = field(default_factory=list)
    operations: dict[str, update_report.NewOperation] = field(default_factory=dict)
    refused: str | None = None
    wrote: bool = False


def update(args: argparse.Namespace, baseline: Path) -> Outcome:
    """Extract, re-apply the overlay, diff, regenerate and check dubkit against the result.

    Args:
        args: The parsed command line.
        baseline: The snapshot taken before anything was written.

    Returns:
        What was found; ``refused`` says why the tree must be restored.
    """
    outcome = Outcome()
    try:
        raw = fetch(args.spec)
        outcome.wrote = True
        record = extract_elevenlabs.write_subset(
            raw,
            args.spec,
            published=published_date(raw, args.published),
            out=generate.SPECS / "elevenlabs.yaml",
            origin=args.origin,
            mirror=args.mirror,
        )
        sys.stderr.write(
            f"update-specs: extracted {record['subset']['operations']} operations from {args.spec} "
            f"(published {record['upstream']['published']})\n"
        )
        documents, overlay_findings, outcome.actions = effective_documents()
    except ValueError as error:  # also json.JSONDecodeError: the URL served something else
        outcome.refused = f"{args.spec} is not a usable OpenAPI document: {error}"
        return outcome
    except UpdateError as error:
        outcome.refused = str(error)
        return outcome
    for finding in overlay_findings:
        sys.stderr.write(f"warning: {finding.message}\n")
    outcome.operations = new_operations(documents["elevenlabs"])
    try:
        wire = wire_findings(baseline, documents)
    except spec_diff.SpecError as error:  # an invalid document, which generation refuses too
        wire = []
        sys.stderr.write(f"update-specs: the wire diff failed: {error}\n")
    outcome.findings = wire + overlay_findings
    outcome.refused = regenerate()
    if outcome.refused is not None:
        return outcome
    try:
        broken = overlay_check.overlay_findings(ROOT)
    except overlay_check.CheckError as error:  # the other views stand on their own: report them anyway
        sys.stderr.write(f"warning: the overlay type check could not run, so it is not in the report: {error}\n")
        broken = []
    outcome.findings += (
        dubkit_usage_findings(wire, documents["elevenlabs"])
        + broken
        + smoke_findings()
        + api_diff.diff_trees(baseline, ROOT)
    )
    return outcome


def main(argv: list[str] | None = None) -> int:
    """Run the update and print the report.

    Args:
        argv: Command-line arguments (defaults to ``sys.argv[1:]``).

    Returns:
        0; 1 if a finding is at or above ``--fail-on``; 2 if the update was refused (the tree is restored).
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
        baseline = snapshot_baseline(Path(scratch) / "baseline")
        saved = backup(Path(scratch) / "backup")
        try:
            outcome = update(args, baseline)
        except BaseException:  # an unforeseen error (or Ctrl-C): never leave a half-updated tree
            restore(saved)
            raise
        if outcome.refused is not None and outcome.wrote:
            restore(saved)

    title = f"update-specs: {args.spec} against the working tree at {head}"
    shown = [f for f in outcome.findings if f.rule != "overlay-action-unmatched"]  # the overlay section has them
    report = update_report.render_markdown(shown, title=title, actions=outcome.actions, operations=outcome.operations)
    if outcome.refused is not None and not outcome.findings and not outcome.actions:
        report = f"# {title}\n"  # refused before anything could be compared
    if outcome.refused is not None:
        report += (
            "\n## Refused\n\nThe update was refused and specs/ and generated/ are restored as they were:\n\n"
            f"```\n{outcome.refused.strip()}\n```\n"
        )
    sys.stdout.write(report)
    if args.report:
        args.report.write_text(report, encoding="utf-8")
    if args.report_json:
        args.report_json.write_text(
            update_report.render_json(outcome.findings, actions=outcome.actions, operations=outcome.operations),
            encoding="utf-8",
        )
    if outcome.refused is not None:
        sys.stderr.write(
            f"update-specs: {outcome.refused.strip().splitlines()[0]}\n"
            "update-specs: the update was refused; specs/ and generated/ are as they were.\n"
        )
        return 2
    sys.stdout.write("\n" + closing_note(changed_files()))
    failing = args.fail_on != "never" and any(at_or_above(f.severity, args.fail_on) for f in outcome.findings)
    return 1 if failing else 0


if __name__ == "__main__":
    raise SystemExit(main())
