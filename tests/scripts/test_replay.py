"""Replay the real ElevenLabs history through the spec-update pipeline, step on top of step.

The revisions in ``../shared/upstream/history/`` are applied in date order from the committed 2025 spec, then
the 2026-08-22 document, then one step backwards (to 2026-08-07). Two views:

- the report of every step, computed as ``make update-specs`` computes it (extract, overlay with statuses,
  wire diff, grouping, the changes that hit dubkit): fast, always run, with the findings of real steps checked
  by hand against the documents and pinned here;
- ``make update-specs`` itself in a scratch clone, each step applied or refused cleanly (exit 0, 1 or 2, never
  a traceback; a refusal restores the tree byte for byte; an applied step regenerates identically). ``make
  test`` runs the 2026-08-22 step and the step back to 2025; ``make replay`` (``DUBKIT_REPLAY=full``) every step.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import update_checks
from _findings import Finding
from _specio import ROOT, load_yaml
from clone_helpers import Run, clone, make, tree_digest
from clone_helpers import update_specs as run_update_specs
from extract_elevenlabs import extract_subset
from generate import validation_errors
from overlay import ActionResult, apply_overlay
from spec_diff import diff_specs
from spec_helpers import SHARED
from update_report import Change, group, sections

UPSTREAM = SHARED / "upstream"
BASE = UPSTREAM / "elevenlabs-openapi.json"
LIVE = UPSTREAM / "elevenlabs-openapi-2026-08-22.json"
HISTORY = sorted((UPSTREAM / "history").glob("elevenlabs-openapi-*.json"))
FULL = os.environ.get("DUBKIT_REPLAY") == "full"

if not (LIVE.exists() and HISTORY):
    pytest.skip(f"the upstream history is not in {UPSTREAM}", allow_module_level=True)


def _date(path: Path) -> str:
    return path.stem.removeprefix("elevenlabs-openapi-") if path != BASE else "2025-08-24"


STEPS: list[tuple[str, Path]] = [
    *((_date(path), path) for path in HISTORY),
    ("2026-08-22", LIVE),
    ("back to 2026-08-07", HISTORY[-1]),
]


@dataclass(frozen=True)
class Step:
    """One replayed step: the new effective spec, the overlay's statuses and the report's contents."""

    document: dict[str, Any]
    actions: list[ActionResult]
    wire: list[Finding]
    changes: list[Change]
    dubkit: list[Finding]


@pytest.fixture(scope="module")
def replay() -> dict[str, Step]:
    overlay = load_yaml(ROOT / "specs" / "elevenlabs.overlay.yaml")
    previous = load_yaml(ROOT / "generated" / "dubkit_specs" / "elevenlabs.yaml")
    steps: dict[str, Step] = {}
    for name, path in STEPS:
        document, actions = apply_overlay(extract_subset(json.loads(path.read_bytes())), overlay, allow_unmatched=True)
        wire = diff_specs(previous, document)
        steps[name] = Step(document, actions, wire, group(wire), update_checks.dubkit_usage_findings(wire, document))
        previous = document
    return steps


def test_every_step_gives_a_valid_document_and_a_complete_overlay(replay: dict[str, Step]) -> None:
    """No step leaves an overlay action without a target or an invalid effective spec (duplicates included)."""
    for name, step in replay.items():
        assert [a.index for a in step.actions if a.status == "unmatched"] == [], name
        assert validation_errors(step.document, name) == []
        assert step.document["components"]["schemas"]["RenderType"]["enum"].count("zip") == 1, name


def test_the_seed_corrections_retire_as_upstream_absorbs_them(replay: dict[str, Step]) -> None:
    """By 2026-06-02 upstream has every seed correction but the double formats: each says to remove it."""
    absorbed = {a.target for a in replay["2026-06-02"].actions if a.status == "already-upstream"}
    assert absorbed == {
        "$.components.schemas.DubbingMetadataResponse.properties",
        "$.components.schemas.DubbingMetadataResponse.required",
        "$.components.schemas.DubbingResource.properties['background', 'foreground']",
        "$.components.schemas.DubbingResource.properties",
        "$.components.schemas.RenderType.enum",
        "$.components.schemas.ProjectSnapshotExtendedResponseModel.required",
        "$.components.schemas.ProjectSnapshotExtendedResponseModel.example",
    }
    # zip arrived on 2026-06-02, not before: until then the action still adds it.
    assert "$.components.schemas.RenderType.enum" not in {
        a.target for a in replay["2026-05-09"].actions if a.status == "already-upstream"
    }


def _where(changes: list[Change], rule: str) -> set[str]:
    return {change.where for change in changes if change.rule == rule}


def test_2026_07_18_the_dubbing_project_api_arrives_untagged(replay: dict[str, Step]) -> None:
    """15 operations under /v1/dubbing/project (two more follow on 2026-08-07), each an action item: no tag yet."""
    step = replay["2026-07-18"]
    added = _where(step.changes, "endpoint-added")
    project = {label for label in added if label.split(" ", 1)[1].startswith("/v1/dubbing/project")}
    assert len(project) == 15
    assert "POST /v1/dubbing/project" in project
    assert "PATCH /v1/dubbing/project/{project_id}/transcript/segment/{segment_id}" in project
    new = next(s for s in sections(step.wire, update_checks.new_operations(step.document)) if s.key == "new-operations")
    assert all("no tag" in new.notes[label] for label in project)
    later = _where(replay["2026-08-07"].changes, "endpoint-added")
    assert later == {
        "PATCH /v1/dubbing/project/{project_id}/language/{language_id}/transcript/segments",
        "PATCH /v1/dubbing/project/{project_id}/transcript/segments",
    }


def test_2026_04_28_the_resource_api_is_deprecated(replay: dict[str, Step]) -> None:
    """All 13 /v1/dubbing/resource operations of that document become deprecated in one step."""
    step = replay["2026-04-28"]
    deprecated = _where(step.changes, "endpoint-deprecated")
    resource = {
        f"{method.upper()} {path}"
        for path, item in step.document["paths"].items()
        if path.startswith("/v1/dubbing/resource")
        for method in item
        if method in ("get", "post", "patch", "delete")
    }
    assert deprecated == resource
    assert len(resource) == 13
    assert "GET /v1/dubbing/resource/{dubbing_id}" in deprecated
    # The transcript call went first, on 2026-03-17.
    assert _where(replay["2026-03-17"].changes, "endpoint-deprecated") == {
        "GET /v1/dubbing/{dubbing_id}/transcript/{language_code}"
    }


def test_2026_04_15_studio_drops_highest_which_dubkit_forwards(replay: dict[str, Step]) -> None:
    """The podcast quality_preset no longer accepts "highest": breaking, and dubkit documents and sends it."""
    step = replay["2026-04-15"]
    (removed,) = [c for c in step.changes if c.rule == "request-property-enum-value-removed"]
    assert removed.severity == "breaking"
    assert removed.operations == ("POST /v1/studio/podcasts",)
    assert removed.values == ('"highest"',)
    (hit,) = step.dubkit
    assert hit.rule == "dubkit-call-rejected"
    # Where dubkit spells it: the QualityPreset Literal, or the docstring of the podcast call.
    assert re.search(r"overlays/dubkit/(_literals\.py|elevenlabs/_async/_studio\.py):\d+", hit.message), hit.message


def test_widenings_are_never_breaking(replay: dict[str, Step]) -> None:
    """order_by going from const to an enum (07-18) and model_id to enum|string (08-05) are widenings."""
    for name, step in replay.items():
        for finding in step.wire:
            if "'order_by'" in finding.location or "property 'model_id'" in finding.location:
                assert finding.severity != "breaking", (name, finding)
    order_by = [f for f in replay["2026-07-18"].wire if "'order_by'" in f.location]
    assert [(f.rule, f.severity) for f in order_by] == [("request-parameter-enum-value-added", "info")]


def test_the_step_backwards_is_reported_too(replay: dict[str, Step]) -> None:
    """Going back from 2026-08-22 to 2026-08-07 undoes the one change 08-22 made, seen from the other side."""
    forward = {(f.operation, f.location) for f in replay["2026-08-22"].wire}
    backward = {(f.operation, f.location) for f in replay["back to 2026-08-07"].wire}
    assert forward == backward
    assert len(forward) == 1


# --- make update-specs, end to end ------------------------------------------------------------------------

E2E_STEPS = [*STEPS, ("back to 2025-08-24", BASE)] if FULL else [("2026-08-22", LIVE), ("back to 2025-08-24", BASE)]


@dataclass(frozen=True)
class E2EStep:
    """One ``make update-specs`` step and whether the tree then regenerates identically."""

    name: str
    run: Run
    before: dict[str, str]
    after: dict[str, str]
    regenerated: dict[str, str] | None


@pytest.fixture(scope="module")
def e2e(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], list[E2EStep]]:
    if not (Path(sys.prefix) / "bin" / "openapi-python-client").exists():
        pytest.skip("not running inside the project's virtual environment")
    scratch = tmp_path_factory.mktemp("replay")
    root = clone(scratch / "repo")
    original = tree_digest(root)
    steps = []
    for index, (name, path) in enumerate(E2E_STEPS):
        before = tree_digest(root)
        run = run_update_specs(root, path, scratch / f"step{index}", f"PUBLISHED={_date(path)}")
        after = tree_digest(root)
        regenerated = None
        if run.result.returncode in (0, 1):
            assert make(root, "generate").returncode == 0
            regenerated = tree_digest(root)
        steps.append(E2EStep(name, run, before, after, regenerated))
    return original, steps


def test_every_step_is_applied_or_refused_cleanly(e2e: tuple[dict[str, str], list[E2EStep]]) -> None:
    """Exit 0 or 1 with a tree that regenerates identically, or exit 2 with the tree restored; no traceback."""
    _, steps = e2e
    for step in steps:
        run = step.run
        assert "Traceback" not in run.result.stderr, (step.name, run.result.stderr[-2000:])
        assert run.markdown, step.name
        if step.regenerated is None:
            assert "Error 2" in run.result.stderr, step.name
            assert step.after == step.before, step.name
        else:
            assert step.regenerated == step.after, step.name


def test_the_live_document_is_applied_and_reports_what_breaks_dubkit(e2e: tuple[dict[str, str], list[E2EStep]]) -> None:
    """2026-08-22 applies; the report leads with dubkit's own breaks: the transcript parse and "highest"."""
    _, steps = e2e
    live = next(step for step in steps if step.name == "2026-08-22")
    assert live.run.result.returncode == 0, live.run.result.stderr[-2000:]
    report = live.run.markdown
    rules = {(f.rule, f.operation) for f in live.run.findings}
    assert ("smoke-check-failed", "smoke check 'transcript'") in rules  # the tree it leaves, in either mode
    assert "already-upstream" in report
    if FULL:  # a step from 2026-08-07: the year's changes were reported by the steps before
        return
    assert (
        report.index("## Breaks dubkit itself") < report.index("## Deprecations") < report.index("## Breaking changes")
    )
    assert ("dubkit-call-rejected", "POST /v1/studio/podcasts") in rules
    assert ("dubkit-response-changed", "GET /v1/dubbing/{dubbing_id}/transcript/{language_code}") in rules


def test_stepping_back_to_2025_gives_back_the_committed_tree(e2e: tuple[dict[str, str], list[E2EStep]]) -> None:
    """Back on the 2025 document, specs/ and generated/ are the committed ones again (provenance aside)."""
    original, steps = e2e
    last = steps[-1]
    assert last.run.result.returncode == 0, last.run.result.stderr[-2000:]
    changed = {path for path in original.keys() | last.after.keys() if original.get(path) != last.after.get(path)}
    assert changed == {"specs/provenance.yaml"}
