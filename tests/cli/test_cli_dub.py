"""``dubkit dub``: progress, files written, --no-wait, failed dubs, timeouts and Dubformer's constraints."""

from __future__ import annotations

import re

import pytest
from dubkit.cli._errors import EXIT_FAILED, EXIT_OK, EXIT_TIMEOUT, EXIT_USAGE
from dubkit.sim import Simulator
from dubkit.sim.elevenlabs._dubbing_media import dub_prefix
from media_samples import speech_sample

VIDEO = "https://cdn.example.com/talk.mp4"


def job_id_of(stdout: str) -> str:
    return re.search(r"job id\s+(\S+)", stdout).group(1)


def test_elevenlabs_dub_writes_the_media_and_subtitles(cli, sim, tmp_path):
    """A dub waits, then writes <stem>.<lang>.mp4 (the simulator's exact bytes) and .srt, listed with sizes."""
    out = tmp_path / "out"
    result = cli("dub", VIDEO, "--to", "es", "--out", str(out))
    assert result.exit_code == EXIT_OK, result.stderr
    job_id = job_id_of(result.stdout)
    media, subtitles = out / "talk.es.mp4", out / "talk.es.srt"
    assert media.read_bytes() == sim.media(f"{dub_prefix(job_id)}es.mp4").read()
    assert "-->" in subtitles.read_text()
    assert re.search(r"dubbed", result.stdout)
    for path in (media, subtitles):
        assert path.name in result.stdout
        assert f"{path.stat().st_size:,}" in result.stdout


def test_dub_reports_each_status_change_with_the_eta(cli, tmp_path):
    """Off a terminal, progress is one stderr line per status change, with the API's ETA while running."""
    result = cli("dub", VIDEO, "--to", "es", "--out", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    job_id = job_id_of(result.stdout)
    lines = result.stderr.splitlines()
    assert re.fullmatch(rf"elevenlabs {job_id}: dubbing  ETA \S+ \((in|overdue by) [\dhms ]+\)  elapsed \d+s", lines[0])
    assert lines[-1].startswith(f"elevenlabs {job_id}: dubbed, downloading the outputs")


def test_dubformer_dub_writes_the_video_and_the_speech(cli, sim, dubformer, tmp_path):
    """Dubformer writes <stem>.<lang>.mp4 and <stem>.<lang>.speech.wav, byte-identical to the simulator's."""
    result = cli("dub", VIDEO, "-p", "dubformer", "--from", "en", "--to", "fr-FR", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    project = dubformer.projects.get(job_id_of(result.stdout))
    assert (tmp_path / "talk.fr-FR.mp4").read_bytes() == sim.media(str(project.output_video_url)).read()
    assert (tmp_path / "talk.fr-FR.speech.wav").read_bytes() == sim.media(str(project.output_tts_audio_url)).read()
    assert "speech" in result.stdout
    assert "ready" in result.stdout


def test_local_file_upload_to_elevenlabs(cli, tmp_path):
    """ElevenLabs accepts a local file: it is uploaded and the dub written next to the other outputs."""
    source = tmp_path / "clip.mp3"
    source.write_bytes(speech_sample(2.0, content_type="audio/mpeg"))
    result = cli("dub", str(source), "--to", "de", "-o", str(tmp_path / "out"))
    assert result.exit_code == EXIT_OK, result.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written[-1] == "clip.de.srt"
    assert written[0].startswith("clip.de.")


def test_no_wait_prints_the_job_and_returns(cli, elevenlabs, tmp_path):
    """--no-wait prints the id and status, writes nothing, exits 0; the job exists and is still running."""
    result = cli("dub", VIDEO, "--to", "es", "--no-wait", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    job_id = job_id_of(result.stdout)
    assert re.search(r"status\s+dubbing", result.stdout)
    assert list(tmp_path.iterdir()) == []
    assert elevenlabs.dubbing.get(job_id).status == "dubbing"
    assert f"dubkit status {job_id} -p elevenlabs" in result.stderr


def test_failed_dub_exits_4(cli):
    """A dub the provider fails (a source URL containing sim-fail) exits 4 with the provider's reason."""
    result = cli("dub", "https://cdn.example.com/sim-fail.mp4", "--to", "es")
    assert result.exit_code == EXIT_FAILED
    assert re.search(r"^error: dubbing job \S+ failed: .*simulated failure", result.stderr, re.MULTILINE)
    assert "hint: " in result.stderr
    assert "Traceback" not in result.stderr


def test_failed_dubformer_dub_exits_4(cli):
    """The same for a Dubformer project that ends in error."""
    result = cli("dub", "https://cdn.example.com/sim-fail.mp4", "-p", "dubformer", "--from", "en", "--to", "de-DE")
    assert result.exit_code == EXIT_FAILED


def test_timeout_exits_5_and_says_the_job_keeps_running(cli_for, tmp_path):
    """--timeout reached: exit 5; the hint names the status and download commands for the job."""
    # A frozen clock that no sleep advances: the job never finishes, and the real deadline passes.
    cli = cli_for(Simulator(manual_clock=True))
    result = cli("dub", VIDEO, "--to", "es", "--timeout", "0.2", "-o", str(tmp_path))
    assert result.exit_code == EXIT_TIMEOUT
    assert re.search(r"^error: dubbing job (\S+) did not finish within 0.2 s", result.stderr, re.MULTILINE)
    job_id = re.search(r"dubbing job (\S+)", result.stderr).group(1)
    assert f"dubkit status {job_id} -p elevenlabs" in result.stderr
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


def test_missing_local_file_exits_2(cli, tmp_path):
    """A local source that does not exist is a usage error."""
    result = cli("dub", str(tmp_path / "nothing.mp4"), "--to", "es")
    assert result.exit_code == EXIT_USAGE
    assert "no such file" in result.stderr


def test_bad_timeout_exits_2(cli):
    """A non-positive --timeout is refused as a usage error."""
    result = cli("dub", VIDEO, "--to", "es", "--timeout", "0")
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.startswith("error: ")


def test_sim_option_creates_a_job_without_a_key(plain_cli, tmp_path):
    """`dubkit --sim dub --no-wait` needs no key, and says the job ends with the command."""
    result = plain_cli("--sim", "dub", VIDEO, "--to", "es", "--no-wait", "-o", str(tmp_path))
    assert result.exit_code == EXIT_OK, result.stderr
    assert re.search(r"status\s+dubbing", result.stdout)
    assert "--sim" in result.stderr
