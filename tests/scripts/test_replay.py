"""Replay the real ElevenLabs history through the spec-update pipeline, step on top of step.

Three views:

- the history as a maintainer lived it, in process: the revisions in ``../shared/upstream/history/`` in date
  order, then the 2026-08-22 document, then one step backwards (to 2026-08-07), starting from the 2025 effective
  spec with the overlay as it was then (``fixtures/replay/``: today's overlay names operations those documents do
  not have and no longer holds the seed corrections). Each step's report is computed as ``make update-specs``
  computes it (extract, overlay with statuses, wire diff, grouping, the changes that hit dubkit); the findings
  of real steps were checked by hand against the documents and are pinned here;
- the adopted state: today's overlay reproduces the committed effective spec from 2026-08-22 with every action
  needed, and on older revisions names exactly the actions that have no target;
- ``make update-specs`` itself in a scratch clone of today's tree: every step applied or refused cleanly (never a
  traceback; exit 2 restores the tree byte for byte; exit 0 or 1 leaves a tree that regenerates identically, or
  one ``make generate`` refuses for an overlay action the report lists as unmatched, which the printed undo
  restores). ``make test`` runs the 2026-08-22 step (a no-op) and the step back to 2025; ``make replay``
  (``DUBKIT_REPLAY=full``) also steps back to 2026-06-18, to 2026-08-07 and forward again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import update_checks
from _findings import Finding
from _specio import ROOT, dump_yaml, load_yaml
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
OVERLAY_2025 = Path(__file__).parent / "fixtures" / "replay" / "elevenlabs.overlay.2025-08-24.yaml"
"""The overlay as it was before the 2026-08-22 document was adopted (its header says where it comes from)."""
OVERLAY_2025_SHA256 = "fbe021022f5f17b6bd4e5cea6c36bcc74cb9a27cfead4220c60b8d7f16ad39a2"
EFFECTIVE_2025_SHA256 = "f24cda9cb16ad3a1a2c7e500b16ac81e1b4b47db573e5e5cf55252723eb85741"
SCISSORS = b" verbatim below\n"

if not (LIVE.exists() and HISTORY):
    pytest.skip(f"the upstream history is not in {UPSTREAM}", allow_module_level=True)


def _date(path: Path) -> str:
    return path.stem.removeprefix("elevenlabs-openapi-") if path != BASE else "2025-08-24"


STEPS: list[tuple[str, Path]] = [
    *((_date(path), path) for path in HISTORY),
    ("2026-08-22", LIVE),
    ("back to 2026-08-07", HISTORY[-1]),
]

BEFORE_THE_PROJECT_API = dict(STEPS)["2026-06-18"]
"""The last revision before 2026-07-18, when the Dubbing Project API arrived."""


@dataclass(frozen=True)
class Step:
    """One replayed step: the new effective spec, the overlay's statuses and the report's contents."""

    document: dict[str, Any]
    actions: list[ActionResult]
    wire: list[Finding]
    changes: list[Change]
    dubkit: list[Finding]


def _fixture_overlay() -> dict[str, Any]:
    return load_yaml(OVERLAY_2025)


@functools.cache
def _subset(path: Path) -> dict[str, Any]:
    """The dubbing + studio subset of an upstream document, read once (``apply_overlay`` never modifies it)."""
    return extract_subset(json.loads(path.read_bytes()))


def _apply(path: Path, overlay: dict[str, Any]) -> tuple[dict[str, Any], list[ActionResult]]:
    return apply_overlay(_subset(path), overlay, allow_unmatched=True)


def test_the_fixture_is_the_overlay_of_2025_verbatim() -> None:
    """Below its header, the fixture is the 2025 overlay byte for byte; on the 2025 snapshot every action is
    needed, and the result is, byte for byte, the effective spec generated/ held then (both hashes as the
    provenance of commit 13a53b9 records them)."""
    body = OVERLAY_2025.read_bytes().split(SCISSORS, 1)[1]
    assert hashlib.sha256(body).hexdigest() == OVERLAY_2025_SHA256
    document, actions = _apply(BASE, _fixture_overlay())
    assert {a.status for a in actions} == {"needed"}
    assert hashlib.sha256(dump_yaml(document).encode()).hexdigest() == EFFECTIVE_2025_SHA256


@pytest.fixture(scope="module")
def replay() -> dict[str, Step]:
    overlay = _fixture_overlay()
    previous, _ = _apply(BASE, overlay)  # the effective spec of 2025, as generated/ held it then
    steps: dict[str, Step] = {}
    for name, path in STEPS:
        document, actions = _apply(path, overlay)
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


# --- the adopted state: today's overlay on the documents of the history -----------------------------------

PROJECT_API = "$.paths['/v1/dubbing/project"
"""How the targets of today's overlay actions on the Dubbing Project API start (names, tags and links)."""


def _targets(actions: list[ActionResult], status: str) -> set[str]:
    return {action.target for action in actions if action.status == status}


def test_todays_overlay_on_the_adopted_document_reproduces_the_effective_spec() -> None:
    """On 2026-08-22 every action of today's overlay has a target, none is already upstream (the absorbed seed
    corrections were retired), and the result is the committed effective spec."""
    document, actions = _apply(LIVE, load_yaml(ROOT / "specs" / "elevenlabs.overlay.yaml"))
    assert _targets(actions, "unmatched") == set()
    assert _targets(actions, "already-upstream") == set()
    assert document == load_yaml(ROOT / "generated" / "dubkit_specs" / "elevenlabs.yaml")


def test_todays_overlay_on_an_older_document_names_the_actions_without_a_target() -> None:
    """A maintainer stepping back is told which actions have nothing to act on: before 2026-07-18, exactly those
    on the Dubbing Project API; on 2026-07-18, the two bulk segment updates that arrived on 2026-08-07."""
    overlay = load_yaml(ROOT / "specs" / "elevenlabs.overlay.yaml")
    project = {action["target"] for action in overlay["actions"] if action["target"].startswith(PROJECT_API)}
    assert len(project) == 19  # 17 operations named and tagged, 2 links from the creates
    _, actions = _apply(BEFORE_THE_PROJECT_API, overlay)
    assert _targets(actions, "unmatched") == project
    _, actions = _apply(dict(STEPS)["2026-07-18"], overlay)
    assert _targets(actions, "unmatched") == {
        "$.paths['/v1/dubbing/project/{project_id}/transcript/segments'].patch",
        "$.paths['/v1/dubbing/project/{project_id}/language/{language_id}/transcript/segments'].patch",
    }


# --- make update-specs, end to end, from today's tree ------------------------------------------------------

E2E_STEPS: list[tuple[str, Path]] = [("2026-08-22", LIVE), ("back to 2025-08-24", BASE)]
if FULL:  # each step back to a document without the project API is undone, so these start from today's tree too
    E2E_STEPS += [
        ("back to 2026-06-18", BEFORE_THE_PROJECT_API),
        ("back to 2026-08-07", HISTORY[-1]),
        ("forward again to 2026-08-22", LIVE),
    ]
E2E_STEPS_THERE_AND_BACK = ("back to 2026-08-07", "forward again to 2026-08-22")
STEPS_BACK_WITHOUT_TARGETS = {"back to 2025-08-24": BASE, "back to 2026-06-18": BEFORE_THE_PROJECT_API}
"""Steps to documents that lack operations today's overlay names: applied with findings, never silently."""

UNMATCHED_LINE = re.compile(r"^- \*\*unmatched\*\* · action \d+ `(?P<target>[^`]+)`", re.MULTILINE)


@dataclass(frozen=True)
class E2EStep:
    """One ``make update-specs`` step, the ``make generate`` after it and, when that fails, the report's undo."""

    name: str
    run: Run
    status: int
    before: dict[str, str]
    after: dict[str, str]
    generate: subprocess.CompletedProcess[str] | None
    regenerated: dict[str, str] | None
    undone: dict[str, str] | None


def _undo(root: Path, stdout: str) -> None:
    """Run the undo command the run printed last (``git checkout -- ... && git clean ...``), as a maintainer would."""
    (line,) = [line for line in stdout.splitlines() if line.startswith("Undo:")]
    for command in line.removeprefix("Undo:").split("&&"):
        subprocess.run(shlex.split(command), cwd=root, check=True, capture_output=True)


def _status(run: Run) -> int:
    """The script's exit status: make exits 2 whenever its recipe fails, and names the recipe's ``Error N``."""
    if run.result.returncode == 0:
        return 0
    match = re.search(r"^make: \*\*\* \[.*\] Error (\d+)$", run.result.stderr, re.MULTILINE)
    assert match, run.result.stderr[-2000:]
    return int(match[1])


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
        run = run_update_specs(root, path, scratch / f"step{index}", f"PUBLISHED={_date(path)}", "FAIL_ON=breaking")
        after = tree_digest(root)
        status = _status(run)
        generated = regenerated = undone = None
        if status in (0, 1):
            generated = make(root, "generate")
            if generated.returncode == 0:
                regenerated = tree_digest(root)
            else:  # the tree waits for the overlay to be fixed: undo the step as the run said how
                _undo(root, run.result.stdout)
                undone = tree_digest(root)
        steps.append(E2EStep(name, run, status, before, after, generated, regenerated, undone))
    return original, steps


def test_every_step_is_applied_or_refused_cleanly(e2e: tuple[dict[str, str], list[E2EStep]]) -> None:
    """Never a traceback. Exit 2: the tree restored byte for byte. Exit 0 or 1: the tree regenerates identically,
    or ``make generate`` refuses it for an overlay action the report lists as unmatched, and the undo the run
    printed gives back the tree as it was."""
    _, steps = e2e
    for step in steps:
        run = step.run
        assert "Traceback" not in run.result.stderr, (step.name, run.result.stderr[-2000:])
        assert run.markdown, step.name
        if step.status == 2:
            assert step.after == step.before, step.name
            continue
        assert step.status in (0, 1), (step.name, run.result.stderr[-2000:])
        if step.regenerated is not None:
            assert step.regenerated == step.after, step.name
            continue
        assert step.generate is not None
        unmatched = set(UNMATCHED_LINE.findall(run.markdown))
        named = re.search(r'target "(?P<target>[^"]+)" matches nothing', step.generate.stderr)
        assert named, (step.name, step.generate.stderr[-2000:])
        assert named["target"] in unmatched, step.name
        assert step.undone == step.before, step.name


def test_the_adopted_document_is_a_no_op(e2e: tuple[dict[str, str], list[E2EStep]]) -> None:
    """2026-08-22 on today's tree: exit 0, no finding, every overlay action needed, nothing changed, and
    ``make generate`` reproduces the tree."""
    original, steps = e2e
    for step in (step for step in steps if step.name == "2026-08-22"):
        run = step.run
        assert run.result.returncode == 0, (step.name, run.result.stderr[-2000:])
        assert run.findings == [], step.name
        assert re.search(r"^\d+ needed, 0 already-upstream, 0 conflicting, 0 unmatched\.$", run.markdown, re.M)
        assert "Nothing changed in specs/ or generated/." in run.result.stdout, step.name
        assert step.after == step.before == step.regenerated, step.name
    assert steps[0].after == original


def test_stepping_back_names_the_actions_without_a_target_and_what_breaks(
    e2e: tuple[dict[str, str], list[E2EStep]],
) -> None:
    """Back to a document without the project API: the report lists exactly the overlay actions that lost their
    target and, first, dubkit's own code that no longer type-checks (the project wrappers); FAIL_ON=breaking
    exits 1; ``make generate`` then refuses the tree, as the report said, and the undo gives back today's."""
    original, steps = e2e
    overlay = load_yaml(ROOT / "specs" / "elevenlabs.overlay.yaml")
    back = [step for step in steps if step.name in STEPS_BACK_WITHOUT_TARGETS]
    assert back
    for step in back:
        run = step.run
        assert step.status == 1, (step.name, run.result.stderr[-2000:])
        _, expected = _apply(STEPS_BACK_WITHOUT_TARGETS[step.name], overlay)
        assert set(UNMATCHED_LINE.findall(run.markdown)) == _targets(expected, "unmatched"), step.name
        assert {a.target for a in expected if a.target.startswith(PROJECT_API)} <= _targets(expected, "unmatched")
        report = run.markdown
        assert report.index("## Breaks dubkit itself") < report.index("## Overlay"), step.name
        broken = {f.operation.split(":", 1)[0] for f in run.findings if f.rule == "overlay-type-error"}
        assert "overlays/dubkit/elevenlabs/_async/_dubbing_project.py" in broken, step.name
        assert step.regenerated is None, step.name
        assert step.undone == original, step.name


def test_one_step_back_and_forward_again_gives_back_the_adopted_tree(
    e2e: tuple[dict[str, str], list[E2EStep]],
) -> None:
    """``make replay`` only: back to 2026-08-07 (every action still has a target) and forward to 2026-08-22 again
    leave specs/ and generated/ as committed, provenance aside."""
    original, steps = e2e
    if not FULL:
        pytest.skip("make replay (DUBKIT_REPLAY=full) runs it")
    back, forward = (next(step for step in steps if step.name == name) for name in E2E_STEPS_THERE_AND_BACK)
    assert back.regenerated is not None, back.generate.stderr[-2000:] if back.generate else back.run.result.stderr
    assert forward.status in (0, 1), forward.run.result.stderr[-2000:]
    changed = {path for path in original.keys() | forward.after.keys() if original.get(path) != forward.after.get(path)}
    assert changed <= {"specs/provenance.yaml"}
