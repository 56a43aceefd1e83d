"""``dubkit dub``'s run state: re-running or --resume continues recorded jobs and never creates one twice."""

from __future__ import annotations

import json
import os
import stat

import pytest
from dubkit.cli._errors import EXIT_API, EXIT_OK, EXIT_TIMEOUT, EXIT_USAGE
from dubkit.cli._runstate import LOCK_FILE, STATE_FILE, RunState
from dubkit.sim import Simulator

VIDEO = "https://cdn.example.com/talk.mp4"


def creates(sim):
    return [r for r in sim.requests() if r.operation in {"create_dubbing", "create_project"}]


def media_downloads(sim):
    return [r for r in sim.requests() if r.operation in {"get_dubbed_file", "media"}]


def state_of_folder(folder):
    return json.loads((folder / STATE_FILE).read_text())["jobs"]


def test_every_job_is_recorded_with_its_id_phase_and_files(cli, tmp_path):
    """The state file lists each job: its key, id, phase done, and its files with their sizes."""
    result = cli("dub", VIDEO, "--to", "es,de", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    records = state_of_folder(tmp_path)
    assert [(r["target_lang"], r["phase"], r["stem"]) for r in records] == [
        ("es", "done", "talk"),
        ("de", "done", "talk"),
    ]
    for record in records:
        assert record["job_id"]
        assert {f["path"]: f["bytes"] for f in record["files"]} == {
            name: (tmp_path / name).stat().st_size for name in (f"talk.{record['target_lang']}.mp4",
                                                               f"talk.{record['target_lang']}.srt")
        }  # fmt: skip


def test_re_running_the_same_command_creates_nothing_and_downloads_nothing(cli, sim, tmp_path):
    """A second identical run finds every job done with its files whole: no create, no download."""
    first = cli("dub", VIDEO, "--to", "es,de", "-o", str(tmp_path))
    assert first.exit_code == EXIT_OK, first.stderr
    before = (len(creates(sim)), len(media_downloads(sim)))
    result, document = cli.json("dub", VIDEO, "--to", "es,de", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert (len(creates(sim)), len(media_downloads(sim))) == before == (2, 2)
    assert [(job["result"], job["resumed"]) for job in document["jobs"]] == [("done", True), ("done", True)]


def test_a_missing_output_is_downloaded_again_from_the_same_job(cli, sim, tmp_path):
    """A deleted output is fetched again from the recorded job; the job is not created again."""
    cli("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    (tmp_path / "talk.es.mp4").unlink()
    result = cli("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert len(creates(sim)) == 1
    assert len(media_downloads(sim)) == 2
    assert (tmp_path / "talk.es.mp4").is_file()


def test_after_a_timeout_re_running_waits_for_the_same_job(tmp_path, cli_for):
    """--timeout leaves the job running; the same command later waits for it and downloads it, no second job."""
    sim = Simulator(manual_clock=True)
    cli = cli_for(sim)
    timed_out = cli("dub", VIDEO, "--to", "es", "--timeout", "0.1", "-o", str(tmp_path))
    assert timed_out.exit_code == EXIT_TIMEOUT
    assert state_of_folder(tmp_path)[0]["phase"] == "created"
    sim.advance(3600)
    result, document = cli.json("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert len(creates(sim)) == 1
    assert document["jobs"][0]["resumed"] is True
    assert (tmp_path / "talk.es.mp4").is_file()


def test_resume_without_sources_finishes_every_recorded_job(cli, sim, tmp_path):
    """--no-wait creates; --resume alone (no files, no --to) waits for and downloads each recorded job."""
    created = cli("dub", VIDEO, "https://cdn.example.com/keynote.mp4", "--to", "es", "--no-wait", "-o", str(tmp_path))
    assert created.exit_code == EXIT_OK, created.stderr
    result, document = cli.json("dub", "--resume", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert [job["label"] for job in document["jobs"]] == ["talk → es", "keynote → es"]
    assert len(creates(sim)) == 2
    assert {"talk.es.mp4", "keynote.es.mp4"} <= {p.name for p in tmp_path.iterdir()}


def test_resume_with_nothing_recorded_is_a_usage_error(cli, tmp_path):
    """--resume in a folder without jobs says so."""
    result = cli("dub", "--resume", "-o", str(tmp_path))
    assert result.exit_code == EXIT_USAGE
    assert "nothing to resume" in result.stderr


def _interrupted_create(cli, tmp_path):
    """Make a job with --no-wait, then rewrite its record as a create whose answer never came."""
    cli("dub", VIDEO, "--to", "es", "--no-wait", "-o", str(tmp_path))
    document = json.loads((tmp_path / STATE_FILE).read_text())
    job_id = document["jobs"][0]["job_id"]
    document["jobs"][0].update(job_id=None, phase="creating")
    (tmp_path / STATE_FILE).write_text(json.dumps(document))
    return job_id


def test_a_create_with_no_recorded_answer_is_found_by_listing(cli, sim, tmp_path):
    """A record left in 'creating' (the process died before the answer) is matched to the job by listing."""
    job_id = _interrupted_create(cli, tmp_path)
    result, document = cli.json("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert len(creates(sim)) == 1
    assert document["jobs"][0]["job_id"] == job_id
    assert state_of_folder(tmp_path)[0]["job_id"] == job_id


def test_a_create_that_made_nothing_is_sent_again(cli, sim, tmp_path):
    """A 'creating' record with no matching job at the provider: the create is sent (once)."""
    cli("dub", VIDEO, "--to", "es", "--no-wait", "-o", str(tmp_path))
    document = json.loads((tmp_path / STATE_FILE).read_text())
    document["jobs"][0].update(job_id=None, phase="creating", name="another-name")
    (tmp_path / STATE_FILE).write_text(json.dumps(document))
    result = cli("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert len(creates(sim)) == 2


def test_two_candidate_jobs_are_not_guessed_between(cli, elevenlabs, sim, tmp_path):
    """Two unrecorded jobs match a lost create: exit 3 naming the commands to pick one; nothing is created."""
    _interrupted_create(cli, tmp_path)
    elevenlabs.dubbing.create(source_url=VIDEO, target_lang="es", name="talk")
    result = cli("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    assert result.exit_code == EXIT_API
    assert "2 elevenlabs jobs named 'talk'" in result.stderr
    assert len(creates(sim)) == 2  # the two before the run


def test_a_failed_job_is_created_again_on_a_re_run(cli, sim, tmp_path):
    """A job the provider failed is not a job to wait for: re-running creates a new one."""
    url = "https://cdn.example.com/sim-fail.mp4"
    cli("dub", url, "--to", "es", "-o", str(tmp_path))
    assert state_of_folder(tmp_path)[0]["phase"] == "failed"
    cli("dub", url, "--to", "es", "-o", str(tmp_path))
    assert len(creates(sim)) == 2


def test_other_options_make_another_job(cli, sim, tmp_path):
    """The same file and language with other create options is another job, not the recorded one."""
    cli("dub", VIDEO, "--to", "es", "--no-wait", "-o", str(tmp_path))
    cli("dub", VIDEO, "--to", "es", "--no-wait", "--num-speakers", "2", "-o", str(tmp_path))
    assert len(creates(sim)) == 2


def test_a_folder_in_use_is_refused(cli, tmp_path):
    """While one dub holds the folder's lock, another is refused (exit 2) before sending anything."""
    with RunState.open(tmp_path):
        result = cli("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    assert result.exit_code == EXIT_USAGE
    assert "another `dubkit dub` is using" in result.stderr
    assert (tmp_path / LOCK_FILE).exists()


def test_an_unreadable_state_file_is_reported(cli, tmp_path):
    """A state file that is not dubkit's: exit 1, and a hint to move it away."""
    (tmp_path / STATE_FILE).write_text("{not json")
    result = cli("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    assert result.exit_code == 1
    assert "move it away" in result.stderr


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_outputs_get_the_mode_open_would_give_and_the_state_stays_private(cli, tmp_path, umask):
    """Every output is 0666 less the umask, as open() makes files; the state file (source URLs, signatures
    included) is 0600 whatever the umask."""
    previous = os.umask(umask)
    try:
        result = cli("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    finally:
        os.umask(previous)
    assert result.exit_code == EXIT_OK, result.stderr
    for name in ("talk.es.mp4", "talk.es.srt"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~umask, name
    assert stat.S_IMODE((tmp_path / STATE_FILE).stat().st_mode) == 0o600
