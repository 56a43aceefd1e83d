"""``dubkit wait``, ``download`` (with ``--wait``) and ``delete``: finishing jobs that already exist."""

from __future__ import annotations

import pytest
from dubkit import NotFoundError
from dubkit.cli._errors import EXIT_API, EXIT_FAILED, EXIT_OK, EXIT_TIMEOUT, EXIT_USAGE
from dubkit.sim import Simulator
from dubkit.sim.elevenlabs._dubbing_media import dub_prefix

VIDEO = "https://cdn.example.com/talk.mp4"


# ---- wait -------------------------------------------------------------------------------------------------------


def test_wait_follows_running_jobs_until_they_finish(cli, elevenlabs):
    """`wait ID ID` polls both dubs to the end (the fixture's sleeps move the clock) and exits 0."""
    ids = [elevenlabs.dubbing.create(source_url=VIDEO, target_lang=lang).dubbing_id for lang in ("es", "de")]
    result, document = cli.json("wait", *ids)
    assert result.exit_code == EXIT_OK, result.stderr
    assert [(job["job_id"], job["status"], job["result"]) for job in document["jobs"]] == [
        (ids[0], "dubbed", "done"), (ids[1], "dubbed", "done"),
    ]  # fmt: skip
    assert all(elevenlabs.dubbing.get(job_id).status == "dubbed" for job_id in ids)


def test_wait_exits_4_when_a_job_failed(cli, elevenlabs, sim, finished_dub):
    """One failed job among finished ones: exit 4, the failed one named."""
    good, bad = finished_dub(), finished_dub("https://cdn.example.com/sim-fail.mp4")
    result = cli("wait", good, bad)
    assert result.exit_code == EXIT_FAILED
    assert f"error: {bad}: dubbing job {bad} failed" in result.stderr


def test_wait_with_a_timeout_exits_5(cli_for):
    """--timeout on a job that does not finish: exit 5."""
    sim = Simulator(manual_clock=True)
    cli = cli_for(sim)
    _, created = cli.json("dub", VIDEO, "--to", "es", "--no-wait")
    result = cli("wait", created["jobs"][0]["job_id"], "--timeout", "0.1")
    assert result.exit_code == EXIT_TIMEOUT


def test_wait_for_dubformer_projects(cli, dubformer):
    """-p dubformer waits for projects to be ready."""
    job = dubformer.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=VIDEO)
    result, document = cli.json("wait", job.project_id, "-p", "dubformer")
    assert result.exit_code == EXIT_OK, result.stderr
    assert document["jobs"][0]["status"] == "ready"


# ---- download ---------------------------------------------------------------------------------------------------


def test_download_names_files_as_dub_does_with_subtitles(cli, elevenlabs, sim, tmp_path, finished_dub):
    """By the job's name (dub sets it to the stem): <name>.<lang>.mp4 and the .srt, the simulator's bytes."""
    first = finished_dub(name="talk")
    second = finished_dub("https://cdn.example.com/other.mp4", target_lang="fr", name="other")
    result = cli("download", first, second, "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    for dub_id, stem, lang in ((first, "talk", "es"), (second, "other", "fr")):
        media = tmp_path / f"{stem}.{lang}.mp4"
        assert media.read_bytes() == sim.media(f"{dub_prefix(dub_id)}{lang}.mp4").read()
        assert "-->" in (tmp_path / f"{stem}.{lang}.srt").read_text()
        assert media.name in result.stdout


def test_download_in_a_dub_folder_uses_the_recorded_names(cli, elevenlabs, tmp_path):
    """In a folder `dub --no-wait` wrote, `download ID --wait` writes exactly the files `dub` would have."""
    _, created = cli.json("dub", VIDEO, "https://cdn.example.com/a/talk.mp4", "--to", "es", "--no-wait",
                          "-o", str(tmp_path))  # fmt: skip
    second = created["jobs"][1]["job_id"]
    result, document = cli.json("download", second, "--wait", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert [entry["path"] for entry in document["jobs"][0]["files"]] == [
        str((tmp_path / name).resolve()) for name in ("talk-2.es.mp4", "talk-2.es.srt")
    ]


def test_jobs_with_the_same_name_do_not_overwrite_each_other(cli, elevenlabs, sim, tmp_path, finished_dub):
    """Two ids whose jobs have one name: the second's files carry its id too."""
    first, second = (finished_dub(name="talk") for _ in range(2))
    result, document = cli.json("download", first, second, "-o", str(tmp_path), "--concurrency", "1")
    assert result.exit_code == EXIT_OK, result.stderr
    names = [entry["path"].rsplit("/", 1)[1] for job in document["jobs"] for entry in job["files"]]
    assert names == ["talk.es.mp4", "talk.es.srt", f"talk-{second}.es.mp4", f"talk-{second}.es.srt"]


def test_download_wait_finishes_a_running_job_first(cli, elevenlabs, tmp_path):
    """--wait: a dub still dubbing is waited for, then written."""
    dub_id = elevenlabs.dubbing.create(source_url=VIDEO, target_lang="es", name="talk").dubbing_id
    result = cli("download", dub_id, "--wait", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert (tmp_path / "talk.es.mp4").is_file()


def test_download_of_an_unfinished_dub_without_wait_exits_3(cli, elevenlabs, tmp_path):
    """Without --wait, a dub still dubbing: exit 3, a hint naming --wait, nothing written."""
    dub_id = elevenlabs.dubbing.create(source_url=VIDEO, target_lang="es").dubbing_id
    result = cli("download", dub_id, "-o", str(tmp_path / "out"))
    assert result.exit_code == EXIT_API
    assert "not finished" in result.stderr
    assert "--wait" in result.stderr
    assert not (tmp_path / "out").exists()


def test_download_with_a_language_the_dub_lacks_exits_2(cli, elevenlabs, sim, tmp_path, finished_dub):
    """--lang must be one of the dub's languages; the hint lists them."""
    dub_id = finished_dub()
    result = cli("download", dub_id, "--lang", "de", "-o", str(tmp_path))
    assert result.exit_code == EXIT_USAGE
    assert "hint: its languages: es" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def failed_jobs(elevenlabs, dubformer, sim, finished_dub, finished_project):
    url = "https://cdn.example.com/sim-fail.mp4"
    return {"elevenlabs": finished_dub(url), "dubformer": finished_project(url)}


@pytest.mark.parametrize("provider", ["elevenlabs", "dubformer"])
def test_download_of_a_failed_job_exits_4(cli, failed_jobs, provider, tmp_path):
    """A job that failed cannot be downloaded: exit 4."""
    job_id = failed_jobs[provider]
    result = cli("download", job_id, "-p", provider, "-o", str(tmp_path))
    assert result.exit_code == EXIT_FAILED
    assert job_id in result.stderr


def test_download_dubformer_video_and_speech(cli, dubformer, sim, tmp_path, finished_project):
    """Dubformer: the video and the speech, named after the project, byte-identical to the simulator's."""
    project_id = finished_project()
    result = cli("download", project_id, "-p", "dubformer", "-o", str(tmp_path / "new"))
    assert result.exit_code == EXIT_OK, result.stderr
    project = dubformer.projects.get(project_id)
    assert (tmp_path / "new" / "talk.fr-FR.mp4").read_bytes() == sim.media(str(project.output_video_url)).read()
    speech = tmp_path / "new" / "talk.fr-FR.speech.wav"
    assert speech.read_bytes() == sim.media(str(project.output_tts_audio_url)).read()


def test_download_lists_what_was_written_despite_a_failure(cli, elevenlabs, sim, tmp_path, finished_dub):
    """When one id fails, the others' files are still written and listed; the exit code is the failure's."""
    good = finished_dub(name="talk")
    result = cli("download", good, "no-such-dub", "-o", str(tmp_path))
    assert result.exit_code == EXIT_API
    assert "talk.es.mp4" in result.stdout
    assert "error: no-such-dub:" in result.stderr


# ---- delete -----------------------------------------------------------------------------------------------------


@pytest.fixture
def providers(elevenlabs, dubformer, finished_dub, finished_project):
    """Per provider: how to make a finished job, and how to read one."""
    return {
        "elevenlabs": (finished_dub, elevenlabs.dubbing.get),
        "dubformer": (finished_project, dubformer.projects.get),
    }


@pytest.mark.parametrize("provider", ["elevenlabs", "dubformer"])
def test_delete_removes_jobs_at_the_provider(cli, providers, provider):
    """`delete ID ID`: both are gone (status then says 404), exit 0."""
    make, get = providers[provider]
    ids = [make(), make()]
    result, document = cli.json("delete", *ids, "-p", provider)
    assert result.exit_code == EXIT_OK, result.stderr
    assert [job["result"] for job in document["jobs"]] == ["deleted", "deleted"]
    for job_id in ids:
        with pytest.raises(NotFoundError):
            get(job_id)


def test_delete_of_an_unknown_id_exits_3_and_deletes_the_others(cli, elevenlabs, sim, finished_dub):
    """An unknown id fails alone: the other is deleted; exit 3."""
    known = finished_dub()
    result = cli("delete", "nope", known)
    assert result.exit_code == EXIT_API
    with pytest.raises(NotFoundError):
        elevenlabs.dubbing.get(known)
