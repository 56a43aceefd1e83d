"""make update-specs pulls an upstream spec, regenerates, and reports wire, Python and overlay changes.

The end-to-end runs mutate specs/ and generated/, so they run in a clone of this working tree
(``tests/clone_helpers.py``).
"""

from __future__ import annotations

import datetime
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import update_specs
from _findings import Finding
from _specio import load_yaml
from clone_helpers import Run, git, tree_digest
from clone_helpers import clone as make_clone
from clone_helpers import update_specs as update_specs_in
from overlay import ActionResult
from spec_helpers import ROOT_DIR, recorded_upstream

UPSTREAM = recorded_upstream()
"""The document the project's spec comes from (specs/provenance.yaml): updating to it again changes nothing."""
NEW_STATUS = "suspended"
"""A render status no version of the document has: the modified upstream adds it to a response enum."""
STALE_TARGET = "$.components.schemas.DubbingMetadataResponse.example"


# --- units -------------------------------------------------------------------------------------------------


def test_fetch_failure_names_the_url_and_the_offline_way(capsys: pytest.CaptureFixture[str]) -> None:
    """An unreachable URL is one line that names it and suggests SPEC=path; nothing is written."""
    url = "https://127.0.0.1:9/openapi.json"  # the discard port: refused at once, no network needed
    with pytest.raises(update_specs.UpdateError, match=r"cannot fetch https://127\.0\.0\.1:9/openapi\.json.*SPEC="):
        update_specs.fetch(url)
    assert update_specs.main(["--spec", url]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("update-specs: cannot")]
    assert len(errors) == 1
    assert url in errors[0]
    assert "make update-specs SPEC=" in errors[0]


def test_missing_local_file_is_a_clear_error(tmp_path: Path) -> None:
    """A local SPEC that does not exist is named."""
    with pytest.raises(update_specs.UpdateError, match=r"cannot read .*missing\.json"):
        update_specs.fetch(str(tmp_path / "missing.json"))


def test_published_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """--published wins; the recorded date stays for the recorded document; a new document gets today."""
    recorded = {
        "elevenlabs": {"upstream": {"sha256": "6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b"}}
    }
    monkeypatch.setattr(update_specs, "load_provenance", lambda: recorded)
    assert update_specs.published_date(b"2", "2030-01-02") == "2030-01-02"
    assert update_specs.published_date(b"1", None) is None  # sha256(b"1") is the recorded hash
    assert update_specs.published_date(b"2", None) == datetime.datetime.now(tz=datetime.UTC).date().isoformat()


def test_unmatched_overlay_actions_become_findings(tmp_path: Path) -> None:
    """Each stale action is a possibly-breaking finding naming its operation and what it did."""
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.components.schemas.Thing\n    description: Thing gains a field.\n    update: {x: 1}\n"
        "  - target: \"$.paths['/v1/x/{id}'].delete\"\n    update: {operationId: delete_x}\n"
        "  - target: $.info\n    update: {title: y}\n",
        encoding="utf-8",
    )
    results = [
        ActionResult(0, "$.components.schemas.Thing", "Thing gains a field.", 0),
        ActionResult(1, "$.paths['/v1/x/{id}'].delete", "", 0),
        ActionResult(2, "$.info", "", 1),
    ]
    first, second = update_specs.unmatched_overlay_findings(overlay, results)
    assert (first.rule, first.severity, first.operation) == ("overlay-action-unmatched", "possibly-breaking", "")
    assert "Thing gains a field." in first.message
    assert "action 0" in first.location
    assert second.operation == "DELETE /v1/x/{id}"
    assert '"operationId": "delete_x"' in second.message


def test_closing_note_says_how_to_review_and_undo() -> None:
    """The last words: what changed, git diff to review, checkout (and clean for new files) to undo."""
    assert update_specs.closing_note([]) == "Nothing changed in specs/ or generated/.\n"
    note = update_specs.closing_note([" M specs/elevenlabs.yaml", "?? generated/dubkit_elevenlabs/api/x.py"])
    assert "nothing was committed" in note
    assert "git diff -- specs generated" in note
    assert "git checkout -- specs generated && git clean -fd -- generated" in note


# --- end to end in a clone ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Runs:
    """The unchanged, a refused and the modified upstream, run one after the other in the same clone."""

    clone: Path
    unchanged: Run
    refused: Run
    tree_before_refusal: dict[str, str]
    tree_after_refusal: dict[str, str]
    modified: Run
    commits_before: int
    commits_after: int
    provenance: dict[str, Any]


def _modified_upstream(destination: Path) -> Path:
    """The upstream snapshot with one change of each kind the report must show."""
    document = json.loads(UPSTREAM.read_bytes())
    del document["paths"]["/v1/dubbing/{dubbing_id}"]["delete"]  # also strands the overlay's rename of it
    schemas = document["components"]["schemas"]
    body = schemas["Body_Dub_a_video_or_an_audio_file_v1_dubbing_post"]
    body["properties"]["consent"] = {"type": "boolean", "title": "Consent"}
    body.setdefault("required", []).append("consent")
    schemas["Render"]["properties"]["status"]["enum"].append(NEW_STATUS)
    del schemas["DubbingMetadataResponse"]["example"]  # the target of a described overlay action
    destination.write_text(json.dumps(document), encoding="utf-8")
    return destination


def _unsupported_upstream(destination: Path) -> Path:
    """The upstream snapshot with a response the generator cannot express: generation fails, the update is refused."""
    document = json.loads(UPSTREAM.read_bytes())
    responses = document["paths"]["/v1/dubbing/{dubbing_id}/audio/{language_code}"]["get"]["responses"]
    responses["200"]["content"] = {"audio/wav": {"schema": {"type": "string", "format": "binary"}}}
    destination.write_text(json.dumps(document), encoding="utf-8")
    return destination


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    if not UPSTREAM.exists():
        pytest.skip(f"the upstream snapshot {UPSTREAM} is not beside the project")
    if not (Path(sys.prefix) / "bin" / "openapi-python-client").exists():
        pytest.skip("not running inside the project's virtual environment")
    scratch = tmp_path_factory.mktemp("update-specs")
    clone = make_clone(scratch / "repo")
    commits_before = len(git(clone, "rev-list", "HEAD").split())
    unchanged = update_specs_in(clone, UPSTREAM, scratch / "unchanged", "FAIL_ON=breaking")
    before = tree_digest(clone)
    refused = update_specs_in(
        clone, _unsupported_upstream(scratch / "unsupported.json"), scratch / "refused", "FAIL_ON=breaking"
    )
    after = tree_digest(clone)
    modified = update_specs_in(
        clone, _modified_upstream(scratch / "modified.json"), scratch / "modified", "FAIL_ON=breaking"
    )
    return Runs(
        clone=clone,
        unchanged=unchanged,
        refused=refused,
        tree_before_refusal=before,
        tree_after_refusal=after,
        modified=modified,
        commits_before=commits_before,
        commits_after=len(git(clone, "rev-list", "HEAD").split()),
        provenance=load_yaml(clone / "specs" / "provenance.yaml"),
    )


def test_unchanged_upstream_changes_nothing(runs: Runs) -> None:
    """The snapshot the subset came from regenerates byte-identically: no findings, a clean tree."""
    run = runs.unchanged
    assert run.result.returncode == 0, run.result.stderr
    assert run.findings == []
    assert run.status == []
    assert "Nothing changed in specs/ or generated/." in run.result.stdout


def test_a_refused_update_restores_the_tree_byte_for_byte(runs: Runs) -> None:
    """Generation fails on the new upstream: exit 2, the report says why, specs/ and generated/ are as they were."""
    run = runs.refused
    assert run.result.returncode != 0
    assert "Error 2" in run.result.stderr
    assert "## Refused" in run.markdown
    assert "Unsupported content_type audio/wav" in run.markdown
    assert "Traceback" not in run.result.stderr
    assert runs.tree_after_refusal == runs.tree_before_refusal
    assert run.status == []


def _one(findings: list[Finding], **fields: str) -> Finding:
    matching = [f for f in findings if all(getattr(f, key) == value for key, value in fields.items())]
    assert len(matching) == 1, f"expected one finding with {fields}, got {matching} of {findings}"
    return matching[0]


def test_modified_upstream_reports_wire_changes(runs: Runs) -> None:
    """The removed operation, the new required property and the new response enum value are wire findings."""
    findings = runs.modified.findings
    removed = _one(findings, rule="api-removed-without-deprecation", operation="DELETE /v1/dubbing/{dubbing_id}")
    assert (removed.source, removed.severity) == ("wire", "breaking")
    required = _one(findings, rule="new-required-request-property", operation="POST /v1/dubbing")
    assert "'consent'" in required.location
    assert required.severity == "breaking"
    enum_value = _one(findings, rule="response-property-enum-value-added")
    assert NEW_STATUS in enum_value.message


def test_modified_upstream_reports_python_changes(runs: Runs) -> None:
    """The generated delete_dubbing module and its response model are gone from the import surface."""
    findings = [f for f in runs.modified.findings if f.source == "python"]
    module = _one(findings, rule="object-removed", operation="dubkit_elevenlabs.api.dubbing.delete_dubbing")
    assert module.severity == "breaking"
    assert module.location == "generated/dubkit_elevenlabs/api/dubbing/delete_dubbing.py"
    _one(findings, rule="object-removed", operation="dubkit_elevenlabs.models.DeleteDubbingResponseModel")
    _one(findings, rule="object-removed", operation="dubkit_models.elevenlabs.DeleteDubbingResponseModel")
    # griffe cannot see that dubkit's own code uses what was removed or changed; mypy can: Dubbing.delete()
    # returns the removed model, and Dubbing.create() builds the body without the new required field.
    broken = [f for f in findings if f.rule == "overlay-type-error"]
    assert all(f.severity == "breaking" for f in broken)

    def broken_in(module: str, text: str) -> bool:
        return any(f.operation.startswith(f"overlays/dubkit/{module}:") and text in f.message for f in broken)

    assert broken_in("elevenlabs/_async/_dubbing.py", 'no attribute "DeleteDubbingResponseModel"')
    assert broken_in("elevenlabs/_dubbing_inputs.py", "CreateDubbingBody")
    # And at run time: the smoke checks run dubkit against the regenerated clients; its simulator cannot import.
    smoke = _one(findings, rule="smoke-check-failed", operation="smoke check 'simulator'")
    assert "ImportError" in smoke.message
    assert "DeleteDubbingResponseModel" in smoke.message
    assert "skipped" in _one(findings, rule="smoke-check-failed", operation="smoke check 'download'").message


def test_modified_upstream_reports_stale_overlay_actions(runs: Runs) -> None:
    """Each overlay action left without a target is a finding with its description, and a warning line."""
    findings = [f for f in runs.modified.findings if f.rule == "overlay-action-unmatched"]
    assert {f.severity for f in findings} == {"possibly-breaking"}
    rename = _one(findings, operation="DELETE /v1/dubbing/{dubbing_id}")
    assert '"operationId": "delete_dubbing"' in rename.message
    actions = load_yaml(ROOT_DIR / "specs" / "elevenlabs.overlay.yaml")["actions"]
    described = next(action for action in actions if action["target"] == STALE_TARGET)
    example = next(f for f in findings if STALE_TARGET in f.location)
    assert described["description"].strip()[:40] in example.message
    assert len(findings) == 2
    assert runs.modified.result.stderr.count("warning: overlay action") == 2


def test_modified_upstream_report_and_exit_status(runs: Runs) -> None:
    """One markdown report with both views; FAIL_ON=breaking fails the make run with the script's status 1."""
    run = runs.modified
    assert run.result.returncode != 0
    assert "Error 1" in run.result.stderr  # make relays the script's 1 (findings), not 2 (could not run)
    assert "## Breaks dubkit itself" in run.markdown
    assert "## Breaking changes" in run.markdown
    assert run.markdown.index("## Breaks dubkit itself") < run.markdown.index("## Breaking changes")
    assert "distinct changes" in run.markdown.splitlines()[2]
    assert run.markdown in run.result.stdout


def test_modified_upstream_changes_the_clone_and_commits_nothing(runs: Runs) -> None:
    """The clone's specs/ and generated/ changed, nothing was committed, and the output says how to undo."""
    status = runs.modified.status
    assert " M specs/elevenlabs.yaml" in status
    assert " M specs/provenance.yaml" in status
    assert " D generated/dubkit_elevenlabs/api/dubbing/delete_dubbing.py" in status
    assert runs.commits_after == runs.commits_before
    assert "git checkout -- specs generated" in runs.modified.result.stdout
    upstream = runs.provenance["elevenlabs"]["upstream"]
    assert upstream["published"] == datetime.datetime.now(tz=datetime.UTC).date().isoformat()
    # A local copy without ORIGIN= is recorded as the file it is, not as the URL it may once have come from.
    assert upstream["origin"] == f"file:{upstream['source']}"
    assert upstream["source"].endswith("modified.json")


def test_generation_wrote_into_the_clone_only(runs: Runs) -> None:
    """The scripts resolve the repository from their own path: this checkout's generated/ is untouched."""
    assert (runs.clone / "generated" / "dubkit_elevenlabs" / "api" / "dubbing" / "delete_dubbing.py").exists() is False
    assert (ROOT_DIR / "generated" / "dubkit_elevenlabs" / "api" / "dubbing" / "delete_dubbing.py").exists()
    assert NEW_STATUS.encode() not in (ROOT_DIR / "generated" / "dubkit_specs" / "elevenlabs.yaml").read_bytes()
