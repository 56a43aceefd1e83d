"""scripts/spec_diff.py: rendering, loading (files and git revisions) and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from _findings import Finding
from spec_diff import SpecError, findings_from_json, load_spec, main, render_json, render_markdown
from spec_helpers import ROOT_DIR

SCRIPT = ROOT_DIR / "scripts" / "spec_diff.py"
FIXTURES = Path(__file__).parent / "spec_diff_fixtures"
ELEVENLABS = "generated/dubkit_specs/elevenlabs.yaml"

WIRE_BREAKING = Finding("wire", "breaking", "api-removed-without-deprecation", "DELETE /v1/a", "", "Gone.")
WIRE_INFO = Finding("wire", "info", "endpoint-added", "GET /v1/b", "", "Added.")
PYTHON_WARN = Finding(
    "python", "possibly-breaking", "parameter-renamed", "dubkit_elevenlabs.api.get", "parameter 'x'", "Renamed | x."
)


def _run(*args: str, cwd: Path = ROOT_DIR) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=60
    )


def _case(name: str, side: str) -> str:
    return str(FIXTURES / name / f"{side}.yaml")


def test_markdown_groups_by_source_then_severity() -> None:
    """Wire before Python, breaking before info, a summary line with counts, pipes escaped."""
    text = render_markdown([WIRE_INFO, PYTHON_WARN, WIRE_BREAKING], title="Changes")
    assert text.startswith("# Changes\n")
    assert "**3 changes**: 1 breaking, 1 possibly-breaking, 1 info." in text
    order = [
        "## Wire (HTTP API)",
        "### Breaking (1)",
        "DELETE /v1/a",
        "### Info (1)",
        "GET /v1/b",
        "## Python (import surface)",
        "### Possibly breaking (1)",
        "dubkit_elevenlabs.api.get",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert "Renamed \\| x." in text
    assert "`parameter-renamed`" in text


def test_markdown_empty_report() -> None:
    """No findings: the title and one sentence."""
    assert render_markdown([], title="T") == "# T\n\nNo changes found.\n"


def test_json_round_trip() -> None:
    """render_json gives counts and the sorted findings, and reads back to equal Finding objects."""
    findings = [WIRE_INFO, PYTHON_WARN, WIRE_BREAKING]
    text = render_json(findings)
    document = json.loads(text)
    assert document["summary"] == {"breaking": 1, "possibly-breaking": 1, "info": 1}
    assert findings_from_json(text) == [WIRE_BREAKING, PYTHON_WARN, WIRE_INFO]
    assert json.loads(render_json([])) == {
        "summary": {"breaking": 0, "possibly-breaking": 0, "info": 0},
        "findings": [],
    }


def test_load_spec_errors_name_the_problem(tmp_path: Path) -> None:
    """Missing file, bad revision, missing path at a revision, not YAML, not OpenAPI."""
    with pytest.raises(SpecError, match=r"no such file: .*missing\.yaml"):
        load_spec(str(tmp_path / "missing.yaml"))
    with pytest.raises(SpecError, match="at revision 'no-such-revision'"):
        load_spec(f"no-such-revision:{ELEVENLABS}")
    with pytest.raises(SpecError, match=r"'generated/nothing\.yaml' at revision 'HEAD'"):
        load_spec("HEAD:generated/nothing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: [unclosed\n", encoding="utf-8")
    with pytest.raises(SpecError, match="not valid YAML or JSON"):
        load_spec(str(broken))
    listing = tmp_path / "list.json"
    listing.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(SpecError, match="not an OpenAPI document"):
        load_spec(str(listing))
    with pytest.raises(SpecError, match="not a file"):
        load_spec(str(tmp_path))


def test_load_spec_reads_json_and_git_revisions(tmp_path: Path) -> None:
    """A JSON file parses like YAML; HEAD:path reads the committed file (dates stay strings)."""
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "2024-01-01"}, "paths": {}}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert load_spec(str(path)) == document
    committed = load_spec(f"HEAD:{ELEVENLABS}")
    assert committed["openapi"].startswith("3.1")


def test_cli_git_revision_against_working_file_is_empty() -> None:
    """HEAD's effective spec against the working file: no changes, exit 0."""
    result = _run(f"HEAD:{ELEVENLABS}", ELEVENLABS, "--fail-on", "info")
    assert result.returncode == 0, result.stderr
    assert "No changes found." in result.stdout


@pytest.mark.parametrize(
    ("direction", "fail_on", "code"),
    [
        ("forward", None, 0),
        ("forward", "breaking", 1),
        ("forward", "possibly-breaking", 1),
        ("forward", "info", 1),
        ("backward", "breaking", 0),
        ("backward", "possibly-breaking", 0),
        ("backward", "info", 1),
    ],
)
def test_main_fail_on_thresholds(
    direction: str, fail_on: str | None, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """A breaking change fails every threshold, an info-only report only --fail-on info; no --fail-on: 0."""
    case = "response-required-property-removed"
    sides = ("before", "after") if direction == "forward" else ("after", "before")
    extra = ["--fail-on", fail_on] if fail_on else []
    assert main([_case(case, sides[0]), _case(case, sides[1]), *extra]) == code
    rule = "response-required-property-removed" if direction == "forward" else "response-required-property-added"
    assert f"`{rule}`" in capsys.readouterr().out


def test_cli_fail_on_exit_codes() -> None:
    """The same through the command line: exit 1 when the threshold is met, 0 when it is not."""
    case = "response-required-property-removed"
    failing = _run(_case(case, "before"), _case(case, "after"), "--fail-on", "breaking")
    assert failing.returncode == 1, failing.stderr
    assert "response-required-property-removed" in failing.stdout
    passing = _run(_case(case, "after"), _case(case, "before"), "--fail-on", "possibly-breaking")
    assert passing.returncode == 0, passing.stderr
    assert "response-required-property-added" in passing.stdout


def test_cli_json_to_output_file(tmp_path: Path) -> None:
    """--format json --output FILE writes the report there and says so on stdout."""
    case = "response-property-enum-value-added"
    output = tmp_path / "report.json"
    result = _run(_case(case, "before"), _case(case, "after"), "--format", "json", "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert str(output) in result.stdout
    (finding,) = findings_from_json(output.read_text(encoding="utf-8"))
    assert (finding.rule, finding.severity) == ("response-property-enum-value-added", "possibly-breaking")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing-old.yaml", ELEVENLABS], "no such file: missing-old.yaml"),
        (["no-such-revision:" + ELEVENLABS, ELEVENLABS], "at revision 'no-such-revision'"),
    ],
)
def test_cli_load_errors_exit_2(args: list[str], message: str) -> None:
    """Unusable documents: exit 2 with a one-line reason on stderr, nothing on stdout."""
    result = _run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("spec_diff: error: ")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([ELEVENLABS, ELEVENLABS, "--fail-on", "sometimes"], "invalid choice"),
        ([ELEVENLABS], "required"),
        ([ELEVENLABS, ELEVENLABS, "--format", "html"], "invalid choice"),
    ],
)
def test_main_usage_errors_exit_2(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Bad arguments: exit 2 with argparse's message on stderr."""
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("spec_diff: error: ")
    assert message in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.out == ""


def test_main_unwritable_output_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An --output that cannot be written is a one-line error, exit 2."""
    case = "no-change"
    target = tmp_path / "no-such-folder" / "report.md"
    assert main([_case(case, "before"), _case(case, "after"), "--output", str(target)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_cli_relative_paths_are_relative_to_the_working_directory() -> None:
    """Plain paths resolve from where the command runs, not from the repository."""
    case = "no-change"
    result = _run("before.yaml", "after.yaml", cwd=FIXTURES / case)
    assert result.returncode == 0, result.stderr
    assert "No changes found." in result.stdout
