"""``dubkit dub``: files x languages, progress, files written, --no-wait, failures, timeouts and refusals."""

from __future__ import annotations

import re

import pytest
from dubkit.cli._errors import EXIT_API, EXIT_FAILED, EXIT_OK, EXIT_TIMEOUT, EXIT_USAGE
from dubkit.sim import Simulator
from dubkit.sim.elevenlabs._dubbing_media import dub_prefix
from media_samples import speech_sample
from rich.filesize import decimal

VIDEO = "https://cdn.example.com/talk.mp4"
OTHER = "https://cdn.example.com/keynote.mp4"


def creates(sim):
    return [r for r in sim.requests() if r.operation in {"create_dubbing", "create_project"}]


def downloads(sim):
    return [r for r in sim.requests() if r.operation in {"get_dubbed_file", "get_dubbed_transcript", "media"}]


def test_elevenlabs_dub_writes_the_media_and_subtitles(cli, sim, tmp_path):
    """A dub waits, then writes <stem>.<lang>.mp4 (the simulator's exact bytes) and .srt, listed with sizes."""
    out = tmp_path / "out"
    result = cli("dub", VIDEO, "--to", "es", "--out", str(out))
    assert result.exit_code == EXIT_OK, result.stderr
    job_id = re.search(r"talk → es\s+elevenlabs\s+(\S+)\s+dubbed\s+.+\s+done", result.stdout).group(1)
    media, subtitles = out / "talk.es.mp4", out / "talk.es.srt"
    assert media.read_bytes() == sim.media(f"{dub_prefix(job_id)}es.mp4").read()
    assert "-->" in subtitles.read_text()
    for path in (media, subtitles):
        assert path.name in result.stdout
        assert f"{path.stat().st_size:,}" in result.stdout
    assert "1 of 1 jobs succeeded" in result.stderr


def test_several_files_times_several_languages_make_one_job_each(cli, sim, tmp_path):
    """Two URLs x --to es --to de: four jobs (one create each), eight files, every job in the JSON document."""
    result, document = cli.json("dub", VIDEO, OTHER, "--to", "es", "--to", "de", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert document["ok"] is True
    jobs = document["jobs"]
    assert [(job["label"], job["result"]) for job in jobs] == [
        ("talk → es", "done"), ("talk → de", "done"), ("keynote → es", "done"), ("keynote → de", "done"),
    ]  # fmt: skip
    assert len(creates(sim)) == 4
    assert len({job["job_id"] for job in jobs}) == 4
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert names == sorted(f"{stem}.{lang}.{ext}" for stem in ("talk", "keynote") for lang in ("es", "de")
                           for ext in ("mp4", "srt"))  # fmt: skip
    for job in jobs:
        assert {entry["kind"] for entry in job["files"]} == {"video", "subtitles"}
        assert all(entry["bytes"] > 0 for entry in job["files"])


@pytest.mark.parametrize("targets", [["--to", "es,de"], ["--to", "es", "--to", "de"], ["--to", "es, de", "--to", "es"]])
def test_to_is_never_reduced_to_one_language(cli, sim, targets, tmp_path):
    """Repeated or comma-separated --to: one job per distinct language, never only the last one."""
    result, document = cli.json("dub", VIDEO, *targets, "-o", str(tmp_path), "--no-wait")
    assert result.exit_code == EXIT_OK, result.stderr
    assert [job["target_lang"] for job in document["jobs"]] == ["es", "de"]
    assert len(creates(sim)) == 2


def test_an_empty_language_is_a_usage_error(cli, sim):
    """`--to es,` is refused before anything is sent."""
    result = cli("dub", VIDEO, "--to", "es,")
    assert result.exit_code == EXIT_USAGE
    assert "empty language" in result.stderr
    assert creates(sim) == []


def test_concurrency_one_runs_the_jobs_one_after_another(cli, sim, tmp_path):
    """--concurrency 1: the second job is created only after the first one's outputs are downloaded."""
    result = cli("dub", VIDEO, "--to", "es,de", "--concurrency", "1", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    operations = [r.operation for r in sim.requests() if r.operation in {"create_dubbing", "get_dubbed_file"}]
    assert operations == ["create_dubbing", "get_dubbed_file", "create_dubbing", "get_dubbed_file"]


def test_same_stems_from_different_folders_do_not_collide(cli, tmp_path):
    """a/talk.wav and b/talk.wav: talk.es.* and talk-2.es.*, each file its own."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "talk.wav").write_bytes(speech_sample(1.0, seed=folder))
    out = tmp_path / "out"
    result = cli(
        "dub", str(tmp_path / "a" / "talk.wav"), str(tmp_path / "b" / "talk.wav"), "--to", "es", "-o", str(out)
    )
    assert result.exit_code == EXIT_OK, result.stderr
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "talk-2.es.mp3", "talk-2.es.srt", "talk.es.mp3", "talk.es.srt",
    ]  # fmt: skip


def test_youtube_links_are_named_by_their_video_id(cli, tmp_path):
    """Two YouTube links are two names (their ids), not watch.<lang>.mp4 twice."""
    result = cli("dub", "https://www.youtube.com/watch?v=abc123", "https://youtu.be/xyz789", "--to", "es",
                 "-o", str(tmp_path))  # fmt: skip
    assert result.exit_code == EXIT_OK, result.stderr
    names = {p.name for p in tmp_path.iterdir()}
    assert {"abc123.es.srt", "xyz789.es.srt"} <= names
    assert not any(name.startswith("watch") for name in names)


def test_dub_reports_each_status_change_with_the_eta(cli, tmp_path):
    """Off a terminal, progress is one stderr line per change, prefixed by the job, with the API's ETA."""
    result = cli("dub", VIDEO, "--to", "es", "--out", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    lines = result.stderr.splitlines()
    running = [line for line in lines if ": dubbing  ETA" in line]
    assert re.fullmatch(r"talk → es: elevenlabs \S+: dubbing  ETA \S+ \((in|overdue by) [\dhms ]+\)  elapsed \d+s",
                        running[0])  # fmt: skip
    assert any(line.startswith("talk → es: downloading talk.es.mp4 (") for line in lines)
    assert any(re.fullmatch(r"talk → es: elevenlabs \S+: done  elapsed \d+s", line) for line in lines)


def test_dubformer_dub_writes_the_video_and_the_speech(cli, sim, dubformer, tmp_path):
    """Dubformer writes <stem>.<lang>.mp4 and <stem>.<lang>.speech.wav, byte-identical to the simulator's."""
    result, document = cli.json("dub", VIDEO, "-p", "dubformer", "--from", "en", "--to", "fr-FR", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    project = dubformer.projects.get(document["jobs"][0]["job_id"])
    assert (tmp_path / "talk.fr-FR.mp4").read_bytes() == sim.media(str(project.output_video_url)).read()
    assert (tmp_path / "talk.fr-FR.speech.wav").read_bytes() == sim.media(str(project.output_tts_audio_url)).read()
    assert [entry["kind"] for entry in document["jobs"][0]["files"]] == ["video", "speech"]
    assert document["jobs"][0]["status"] == "ready"


def test_local_file_upload_shows_its_bytes(cli, tmp_path):
    """ElevenLabs takes a local file: the upload is reported with its size, the dub written beside the others."""
    source = tmp_path / "clip.mp3"
    source.write_bytes(speech_sample(2.0, content_type="audio/mpeg"))
    result = cli("dub", str(source), "--to", "de", "-o", str(tmp_path / "out"))
    assert result.exit_code == EXIT_OK, result.stderr
    size = decimal(source.stat().st_size)
    assert f"clip → de: uploading clip.mp3 ({size})" in result.stderr
    assert f"clip → de: uploaded clip.mp3 ({size})" in result.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    assert written == ["clip.de.mp3", "clip.de.srt"]


def test_no_wait_prints_the_jobs_and_returns(cli, elevenlabs, tmp_path):
    """--no-wait prints the ids and statuses, writes no output, exits 0; the jobs exist and are still running."""
    result = cli("dub", VIDEO, "--to", "es,de", "--no-wait", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    ids = re.findall(r"elevenlabs\s+(\S+)\s+dubbing\s+.+\s+created", result.stdout)
    assert len(ids) == 2
    assert not list(tmp_path.glob("*.mp4"))
    assert all(elevenlabs.dubbing.get(job_id).status == "dubbing" for job_id in ids)
    assert "dubkit wait" in result.stderr


def test_failed_dub_exits_4(cli):
    """A dub the provider fails (a source URL containing sim-fail) exits 4 with the provider's reason."""
    result = cli("dub", "https://cdn.example.com/sim-fail.mp4", "--to", "es")
    assert result.exit_code == EXIT_FAILED
    assert re.search(r"^error: sim-fail → es: dubbing job \S+ failed: .*simulated failure", result.stderr, re.MULTILINE)
    assert "hint: " in result.stderr
    assert "Traceback" not in result.stderr


def test_one_failed_job_sets_the_exit_code_and_the_others_finish(cli, tmp_path):
    """One job of two fails: the other's files are written; exit 4; the JSON says which failed."""
    result, document = cli.json("dub", VIDEO, "https://cdn.example.com/sim-fail.mp4", "--to", "es", "-o", str(tmp_path))
    assert result.exit_code == EXIT_FAILED
    assert document["ok"] is False
    assert document["exit_code"] == EXIT_FAILED
    assert [job["result"] for job in document["jobs"]] == ["done", "failed"]
    assert document["jobs"][1]["error"]["exit_code"] == EXIT_FAILED
    assert (tmp_path / "talk.es.mp4").is_file()


def test_failed_dubformer_dub_exits_4(cli):
    """The same for a Dubformer project that ends in error."""
    result = cli("dub", "https://cdn.example.com/sim-fail.mp4", "-p", "dubformer", "--from", "en", "--to", "de-DE")
    assert result.exit_code == EXIT_FAILED


def test_timeout_exits_5_and_says_how_to_continue(cli_for, tmp_path):
    """--timeout reached: exit 5; the hint names the commands that finish the job."""
    # A frozen clock that no sleep advances: the job never finishes, and the real deadline passes.
    cli = cli_for(Simulator(manual_clock=True))
    result = cli("dub", VIDEO, "--to", "es", "--timeout", "0.2", "-o", str(tmp_path))
    assert result.exit_code == EXIT_TIMEOUT
    assert re.search(r"^error: talk → es: dubbing job (\S+) did not finish within 0.2 s", result.stderr, re.MULTILINE)
    job_id = re.search(r"dubbing job (\S+)", result.stderr).group(1)
    assert f"dubkit download {job_id} -p elevenlabs" in result.stderr


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["talk.mp4", "--from", "en"], "--provider elevenlabs"),
        ([VIDEO], "--from"),
    ],
)
def test_dubformer_refusals_exit_2_with_a_hint(cli, args, hint):
    """Dubformer needs a URL and --from: refused before any request, with the option to use instead."""
    result = cli("dub", *args, "-p", "dubformer", "--to", "fr-FR")
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.startswith("error: Dubformer")
    assert hint in result.stderr


def _media(tmp_path, name, content=None):
    content = speech_sample(1.0) if content is None else content
    path = tmp_path / name
    path.write_bytes(content)
    return str(path)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (lambda tmp: str(tmp / "nothing.mp4"), "no such file"),
        (str, "is a directory; pass the media files in it"),
        (lambda tmp: "ftp://example.com/talk.mp4", "only http(s) URLs and local files"),
        (lambda tmp: _media(tmp, "empty.wav", b""), "is empty"),
        (lambda tmp: _media(tmp, "passwd", b"root:x:0:0:root:/root:/bin/bash\n"), "is not audio or video"),
    ],
)
def test_sources_that_cannot_be_media_are_refused_before_any_request(cli, sim, tmp_path, source, message):
    """A missing file, a directory, an ftp:// URL, an empty file and a non-media file: exit 2, nothing sent."""
    result = cli("dub", VIDEO, source(tmp_path), "--to", "es", "-o", str(tmp_path / "out"))
    assert result.exit_code == EXIT_USAGE
    assert message in result.stderr
    assert sim.requests() == []


@pytest.mark.parametrize("language", ["Spanish", "es_ES!", "e"])
def test_a_malformed_language_is_refused_before_the_upload(cli, sim, tmp_path, language):
    """A language that is not a code fails at once, not after uploading the file."""
    result = cli("dub", _media(tmp_path, "talk.wav"), "--to", f"de,{language}")
    assert result.exit_code == EXIT_USAGE
    assert "language code" in result.stderr
    assert sim.requests() == []


def test_bad_timeout_exits_2_before_any_job(cli, sim):
    """A non-positive --timeout is refused as a usage error, and no job is created."""
    result = cli("dub", VIDEO, "--to", "es", "--timeout", "0")
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.startswith("error: ")
    assert sim.requests() == []


def test_create_whose_outcome_is_unknown_is_resolved_by_listing(cli, sim, tmp_path):
    """The create's answer is lost after the job was made: the job is found by listing, not created twice."""
    sim.inject("error_after", operation="create_dubbing")
    result, document = cli.json("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert len(creates(sim)) == 1
    assert document["jobs"][0]["result"] == "done"
    assert (tmp_path / "talk.es.mp4").is_file()


def test_create_whose_outcome_is_unknown_and_no_job_exits_3(cli, sim, tmp_path):
    """A create that may have landed but cannot be found is not re-sent: exit 3; a re-run lists again."""
    sim.inject("disconnect_before", operation="create_dubbing", times=3)
    result = cli("dub", VIDEO, "--to", "es", "-o", str(tmp_path))
    assert result.exit_code == EXIT_API, result.stderr
    assert len(creates(sim)) == 1
    assert "hint:" in result.stderr


def test_sim_option_creates_a_job_without_a_key(plain_cli, tmp_path):
    """`dubkit --sim dub --no-wait` needs no key, and says the job ends with the command."""
    result = plain_cli("--sim", "dub", VIDEO, "--to", "es", "--no-wait", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert re.search(r"dubbing\s+.+\s+created", result.stdout)
    assert "--sim" in result.stderr
