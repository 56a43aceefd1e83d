"""make update-specs pulls an upstream spec, regenerates, and reports wire, Python and overlay changes.

The end-to-end runs mutate specs/ and generated/, so they run in a clone of this repository whose HEAD is
the current working tree; the project's virtual environment is shared through a symlink.
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import update_specs
from _findings import Finding
from _specio import load_yaml
from overlay import ActionResult
from spec_helpers import ROOT_DIR, SHARED

UPSTREAM = SHARED / "upstream" / "elevenlabs-openapi.json"
COPIED_DIRS = ("scripts", "specs", "generated", "overlays")
COPIED_FILES = ("Makefile", "pyproject.toml")
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
class Run:
    """One `make update-specs` in the clone and what it left behind."""

    result: subprocess.CompletedProcess[str]
    findings: list[Finding]
    markdown: str
    status: list[str]


@dataclass(frozen=True)
class Runs:
    """The unchanged and the modified upstream, run one after the other in the same clone."""

    clone: Path
    unchanged: Run
    modified: Run
    commits_before: int
    commits_after: int
    provenance: dict[str, Any]


def _git(repo: Path, *args: str) -> str:
    completed = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True)  # noqa: S607
    return completed.stdout


def _clone(destination: Path) -> Path:
    """Clone the repository and commit the working tree on top, so the clone's HEAD is what is on disk."""
    subprocess.run(["git", "clone", "-q", str(ROOT_DIR), str(destination)], check=True)  # noqa: S607
    for name in COPIED_DIRS:
        shutil.rmtree(destination / name, ignore_errors=True)
        shutil.copytree(ROOT_DIR / name, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in COPIED_FILES:
        shutil.copy2(ROOT_DIR / name, destination / name)
    _git(destination, "add", "-A")
    identity = ("-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false")
    _git(destination, *identity, "commit", "-q", "--allow-empty", "-m", "working tree")
    # The project's environment, shared: generation runs the scripts by path, so it writes into the clone.
    (destination / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    return destination


def _modified_upstream(destination: Path) -> Path:
    """The upstream snapshot with one change of each kind the report must show."""
    document = json.loads(UPSTREAM.read_bytes())
    del document["paths"]["/v1/dubbing/{dubbing_id}"]["delete"]  # also strands the overlay's rename of it
    schemas = document["components"]["schemas"]
    body = schemas["Body_Dub_a_video_or_an_audio_file_v1_dubbing_post"]
    body["properties"]["consent"] = {"type": "boolean", "title": "Consent"}
    body.setdefault("required", []).append("consent")
    schemas["Render"]["properties"]["status"]["enum"].append("queued")
    del schemas["DubbingMetadataResponse"]["example"]  # the target of a described overlay action
    destination.write_text(json.dumps(document), encoding="utf-8")
    return destination


def _update_specs(clone: Path, spec: Path, reports: Path) -> Run:
    # -o: never remake .venv/bin/.installed, which would reinstall into the shared environment.
    env = {key: value for key, value in os.environ.items() if key not in {"MAKEFLAGS", "MAKELEVEL", "MFLAGS"}}
    env["PATH"] = f"{Path(sys.prefix) / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    result = subprocess.run(
        [  # noqa: S607 - make and git from PATH, as a developer runs them
            "make",
            "--no-print-directory",
            "-o",
            ".venv/bin/.installed",
            "update-specs",
            f"SPEC={spec}",
            f"REPORT={reports}.md",
            f"REPORT_JSON={reports}.json",
            "FAIL_ON=breaking",
        ],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    report = Path(f"{reports}.json")
    findings = [Finding(**item) for item in json.loads(report.read_text())["findings"]] if report.exists() else []
    markdown = Path(f"{reports}.md").read_text() if Path(f"{reports}.md").exists() else ""
    status = _git(clone, "status", "--porcelain", "--", "specs", "generated").splitlines()
    return Run(result, findings, markdown, status)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    if not UPSTREAM.exists():
        pytest.skip(f"the upstream snapshot {UPSTREAM} is not beside the project")
    if not (Path(sys.prefix) / "bin" / "openapi-python-client").exists():
        pytest.skip("not running inside the project's virtual environment")
    scratch = tmp_path_factory.mktemp("update-specs")
    clone = _clone(scratch / "repo")
    commits_before = len(_git(clone, "rev-list", "HEAD").split())
    unchanged = _update_specs(clone, UPSTREAM, scratch / "unchanged")
    modified = _update_specs(clone, _modified_upstream(scratch / "modified.json"), scratch / "modified")
    return Runs(
        clone=clone,
        unchanged=unchanged,
        modified=modified,
        commits_before=commits_before,
        commits_after=len(_git(clone, "rev-list", "HEAD").split()),
        provenance=load_yaml(clone / "specs" / "provenance.yaml"),
    )


def test_unchanged_upstream_changes_nothing(runs: Runs) -> None:
    """The snapshot the subset came from regenerates byte-identically: no findings, a clean tree."""
    run = runs.unchanged
    assert run.result.returncode == 0, run.result.stderr
    assert run.findings == []
    assert run.status == []
    assert "Nothing changed in specs/ or generated/." in run.result.stdout


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
    assert "queued" in enum_value.message


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
    assert "## Wire (HTTP API)" in run.markdown
    assert "## Python (import surface)" in run.markdown
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
    assert upstream["origin"].startswith("https://")  # a local copy is recorded by where it is published


def test_generation_wrote_into_the_clone_only(runs: Runs) -> None:
    """The scripts resolve the repository from their own path: this checkout's generated/ is untouched."""
    assert (runs.clone / "generated" / "dubkit_elevenlabs" / "api" / "dubbing" / "delete_dubbing.py").exists() is False
    assert (ROOT_DIR / "generated" / "dubkit_elevenlabs" / "api" / "dubbing" / "delete_dubbing.py").exists()
    assert b"queued" not in (ROOT_DIR / "generated" / "dubkit_specs" / "elevenlabs.yaml").read_bytes()
