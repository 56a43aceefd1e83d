"""What a spec update does to dubkit itself: calls it makes, responses it parses, and whether it still runs.

``make update-specs`` (``update_specs.py``) asks three questions after regenerating, beside mypy's
(``overlay_check.py``):

- does a wire change hit dubkit? A value dubkit's code names (``"highest"``) that a request of an operation
  it calls no longer accepts, or a success response of such an operation that changed media type;
- does dubkit still run? ``scripts/smoke.py`` in a fresh interpreter against the regenerated tree;
- what do the new operations look like (tags, names), for the report's action items?
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from _findings import Finding
from _specio import ROOT
from spec_diff_operations import operations as index_operations
from update_report import NewOperation

_REQUEST_REJECTS = re.compile(r"^request-.*(enum-value-removed|became-enum|any-of-removed|type-changed)$")
_MEDIA_CHANGES = frozenset({"response-media-type-added", "response-media-type-removed"})
CLIENT_CODE = ROOT / "overlays" / "dubkit"
"""dubkit's hand-written client code (its simulator aside, which serves rather than calls the API)."""


def _client_files() -> list[Path]:
    return sorted(path for path in CLIENT_CODE.rglob("*.py") if "sim" not in path.relative_to(CLIENT_CODE).parts)


def _used_operations(document: dict[str, Any]) -> set[str]:
    """Name the operations dubkit calls: those whose generated function its client code mentions."""
    source = "\n".join(path.read_text(encoding="utf-8") for path in _client_files())
    return {
        operation.label
        for operation in index_operations(document).values()
        if re.search(rf"\b{re.escape(str(operation.node.get('operationId', '')))}\b", source)
    }


def _literals() -> dict[str, str]:
    """Map each string literal of dubkit's client code (code and docstrings) to its first file:line."""
    found: dict[str, str] = {}
    for path in _client_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for literal in re.findall(r'"[^"\\\n]{1,40}"', line):
                found.setdefault(literal, f"{path.relative_to(ROOT).as_posix()}:{number}")
    return found


def dubkit_usage_findings(findings: Sequence[Finding], document: dict[str, Any]) -> list[Finding]:
    """Find the wire changes that hit dubkit itself, not only its users.

    A value dubkit's code names (``"highest"``, in a docstring or a literal) that a request no longer
    accepts, on an operation dubkit calls, makes that call fail; a success response of such an operation
    that changed media type changes what the generated client parses.

    Args:
        findings: The wire findings.
        document: The new effective ElevenLabs spec.

    Returns:
        One breaking finding per hit.
    """
    used = _used_operations(document)
    literals = _literals()
    hits = []
    for finding in findings:
        if finding.source != "wire" or finding.operation not in used:
            continue
        if _REQUEST_REJECTS.match(finding.rule):
            value = next((v for v in re.findall(r'"[^"]*"', finding.message) if v in literals), None)
            if value is not None:
                hits.append(
                    replace(
                        finding,
                        severity="breaking",
                        rule="dubkit-call-rejected",
                        component="",
                        message=f"dubkit documents and forwards {value} ({literals[value]}), which the API now "
                        f"rejects: {finding.message}",
                    )
                )
        elif finding.rule in _MEDIA_CHANGES and finding.location.startswith("response 2"):
            hits.append(
                replace(
                    finding,
                    severity="breaking",
                    rule="dubkit-response-changed",
                    message=f"dubkit calls this operation and the generated client parses its answer by media type: "
                    f"{finding.message}",
                )
            )
    return hits


def smoke_findings() -> list[Finding]:
    """Run ``scripts/smoke.py`` in a fresh interpreter against the regenerated tree.

    Returns:
        One breaking finding per failed check.
    """
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "smoke.py"), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    try:
        results = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        results = [{"check": "smoke", "ok": False, "error": (done.stderr or done.stdout).strip()[-300:]}]
    return [
        Finding(
            source="python",
            severity="breaking",
            rule="smoke-check-failed",
            operation=f"smoke check '{result['check']}'",
            location="scripts/smoke.py",
            message=f"dubkit fails at run time against the regenerated clients: {result['error']}",
        )
        for result in results
        if not result["ok"]
    ]


def new_operations(document: dict[str, Any]) -> dict[str, NewOperation]:
    """Describe each operation of the new effective spec for the report's action items.

    Args:
        document: The new effective ElevenLabs spec.

    Returns:
        ``NewOperation`` by label.
    """
    return {
        operation.label: NewOperation(
            operation_id=str(operation.node.get("operationId") or ""),
            tags=tuple(operation.node.get("tags") or ()),
            description=str(operation.node.get("description") or ""),
        )
        for operation in index_operations(document).values()
    }
