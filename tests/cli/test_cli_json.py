"""``--json``: every command prints exactly one JSON document on stdout, failures included; and --sim's times."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from dubkit.cli._errors import EXIT_API, EXIT_MISSING_KEY, EXIT_OK, EXIT_USAGE

VIDEO = "https://cdn.example.com/talk.mp4"


def test_status_json_has_the_job_fields(cli, elevenlabs):
    """`status --json`: id, status, languages, times as ISO text."""
    dub_id = elevenlabs.dubbing.create(source_url=VIDEO, target_lang="es", name="talk").dubbing_id
    result, document = cli.json("status", dub_id)
    assert result.exit_code == EXIT_OK, result.stderr
    job = document["job"]
    assert (job["id"], job["name"], job["status"], job["target_langs"]) == (dub_id, "talk", "dubbing", ["es"])
    datetime.datetime.fromisoformat(job["created"])


def test_dubformer_status_json_hides_the_signature_of_output_urls(cli, dubformer, sim):
    """Dubformer's output URLs appear without their signed query."""
    project_id = dubformer.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=VIDEO).project_id
    sim.advance(3600)
    result, document = cli.json("status", project_id, "-p", "dubformer")
    assert result.exit_code == EXIT_OK, result.stderr
    assert document["job"]["status"] == "ready"
    assert document["job"]["video_url"].startswith("http")
    assert "?" not in result.stdout


def test_list_json(cli, elevenlabs):
    """`list --json`: the jobs, newest first, and whether more exist."""
    ids = [elevenlabs.dubbing.create(source_url=VIDEO, target_lang="es").dubbing_id for _ in range(3)]
    result, document = cli.json("list", "--limit", "2")
    assert result.exit_code == EXIT_OK, result.stderr
    assert [job["id"] for job in document["jobs"]] == ids[::-1][:2]
    assert document["more"] is True


def test_list_json_with_no_jobs_is_an_empty_list(cli):
    """No jobs is still one document (and nothing but it on stdout)."""
    result, document = cli.json("list")
    assert result.exit_code == EXIT_OK
    assert document == {"ok": True, "provider": "elevenlabs", "jobs": [], "more": False}


def test_balance_and_voices_json(cli):
    """`balance --json` and `voices --json` give numbers and lists, not text."""
    _, balance = cli.json("balance")
    assert isinstance(balance["balance_minutes"], int | float)
    result, voices = cli.json("voices", "--lang", "fr")
    assert result.exit_code == EXIT_OK, result.stderr
    assert voices["voices"]
    assert all(voice["language"].startswith("fr") and voice["voice_key"] for voice in voices["voices"])


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["status", "no-such-dub"], EXIT_API),
        (["voices", "--lang", "xx"], EXIT_USAGE),
        (["dub", VIDEO, "--to", "Spanish"], EXIT_USAGE),
        (["download", "no-such-dub"], EXIT_API),
    ],
)
def test_a_failure_is_one_json_document_too(cli, args, code):
    """A failed command prints {"ok": false, ...} with the error and exit code; the error line stays on stderr."""
    result = cli(*args, "--json")
    assert result.exit_code == code
    document = json.loads(result.stdout)
    assert document["ok"] is False
    assert document["exit_code"] == code
    assert "error:" in result.stderr


def test_missing_key_with_json(plain_cli):
    """Even without a key, stdout is one JSON document."""
    result = plain_cli("list", "--json")
    assert result.exit_code == EXIT_MISSING_KEY
    assert json.loads(result.stdout)["error"]["message"].startswith("no ElevenLabs API key")


def test_dub_json_keeps_progress_on_stderr(cli, tmp_path):
    """`dub --json`: stdout is the document alone; the progress lines are on stderr."""
    result, document = cli.json("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert document["jobs"][0]["files"][0]["bytes"] == (tmp_path / "talk.es.mp4").stat().st_size
    assert "talk → es:" in result.stderr


def test_sim_eta_is_in_the_time_the_user_waits(plain_cli, tmp_path):
    """--sim runs its clock 10x: the ETA shown is in wall time (a 30 s simulated job: about 3 s), not 30 s."""
    result = plain_cli("--sim", "dub", VIDEO, "--to", "es", "--no-wait", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    seconds = [int(s) for s in re.findall(r"ETA \S+ \(in (\d+)s\)", result.stderr)]
    assert seconds
    assert all(s <= 10 for s in seconds)
