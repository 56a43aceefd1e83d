"""``dubkit dub`` as a real process against a simulator on loopback: killed mid-run, then resumed.

The simulator runs in this test's process (so its request log can be read) and the command in
another, as a user would run it: the kill is a real SIGKILL, so nothing of the command's own
clean-up runs, and only what the run state recorded on disk survives.
"""

from __future__ import annotations

import collections
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx2
import pytest
from dubkit.cli._errors import EXIT_INTERRUPTED, EXIT_OK
from dubkit.cli._runstate import STATE_FILE
from dubkit.sim import SimServer, Simulator
from media_samples import speech_sample

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

# The command as installed, in its own interpreter.
COMMAND = [sys.executable, "-c", "from dubkit.cli import main; main()"]
DEADLINE = 120.0  # seconds a step may take on a loaded machine before the test gives up


@pytest.fixture
def served() -> Iterator[tuple[Simulator, SimServer]]:
    """A simulator whose jobs take two real seconds each, on a free loopback port."""
    sim = Simulator(speed=10, job_seconds=20, job_jitter=0.0)
    with sim.serve() as server:
        yield sim, server


def _environment(server: SimServer) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("ELEVENLABS_", "DUBFORMER_"))}
    environment.update(ELEVENLABS_API_KEY="process-key", ELEVENLABS_BASE_URL=server.url, COLUMNS="200")
    return environment


def _records(out: Path) -> list[dict]:
    try:
        return json.loads((out / STATE_FILE).read_text())["jobs"]
    except (FileNotFoundError, json.JSONDecodeError):  # not written yet (it is replaced whole, never half-written)
        return []


def _wait_until(condition: Callable[[], bool], process: subprocess.Popen) -> None:
    deadline = time.monotonic() + DEADLINE
    while not condition():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the run did not get there in time"
        time.sleep(0.02)


def _sources(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("intro", "outro"):
        path = tmp_path / f"{name}.wav"
        path.write_bytes(speech_sample(2.0, seed=name))
        paths.append(str(path))
    return paths


def test_a_killed_run_resumes_without_a_second_job_or_a_second_download(served, tmp_path):
    """SIGKILL while the second of four jobs runs; `--resume` finishes all four: four creates, one download each."""
    sim, server = served
    out = tmp_path / "out"
    environment = _environment(server)
    first = subprocess.Popen(
        [*COMMAND, "dub", *_sources(tmp_path), "--to", "es,de", "--concurrency", "1", "-o", str(out)],
        env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        # Killed once the first job is done and the second is created: mid-run, with a job at the provider.
        _wait_until(lambda: [r["phase"] for r in _records(out)][:2] == ["done", "created"], first)
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=DEADLINE)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == -signal.SIGKILL
    done_before = {r["job_id"] for r in _records(out) if r["phase"] == "done"}
    assert len(done_before) == 1

    resumed = subprocess.run(
        [*COMMAND, "dub", "--resume", "-o", str(out), "--json"],
        env=environment, capture_output=True, text=True, timeout=DEADLINE, check=False,
    )  # fmt: skip
    assert resumed.returncode == EXIT_OK, resumed.stderr
    document = json.loads(resumed.stdout)
    assert [job["label"] for job in document["jobs"]] == ["intro → es", "intro → de", "outro → es", "outro → de"]
    assert all(job["result"] == "done" for job in document["jobs"])

    creates = sim.requests("create_dubbing")
    assert len(creates) == 4
    ids = {job["job_id"] for job in document["jobs"]}
    assert len(ids) == 4
    downloads = collections.Counter(r.path for r in sim.requests("get_dubbed_file"))
    assert sorted(downloads.values()) == [1, 1, 1, 1], downloads
    assert all(any(job_id in path for path in downloads) for job_id in ids)
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == sorted(f"{stem}.{lang}.{ext}" for stem in ("intro", "outro") for lang in ("es", "de")
                           for ext in ("mp3", "srt"))  # fmt: skip
    assert not list(out.glob("*.part"))


def test_ctrl_c_in_a_real_process_exits_130_and_a_re_run_finishes_the_job(served, tmp_path):
    """SIGINT while waiting: exit 130 with the job named; running the same command again creates nothing new."""
    sim, server = served
    out = tmp_path / "out"
    environment = _environment(server)
    arguments = [*COMMAND, "dub", _sources(tmp_path)[0], "--to", "es", "-o", str(out)]
    process = subprocess.Popen(arguments, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until(lambda: any(r["job_id"] for r in _records(out)), process)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=DEADLINE)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == EXIT_INTERRUPTED, stderr
    job_id = _records(out)[0]["job_id"]
    assert f"the job keeps running at the provider: run the same command again, or `dubkit download {job_id}" in stderr
    again = subprocess.run(arguments, env=environment, capture_output=True, text=True, timeout=DEADLINE, check=False)
    assert again.returncode == EXIT_OK, again.stderr
    assert len(sim.requests("create_dubbing")) == 1
    assert (out / "intro.es.mp3").is_file()


def test_sim_json_prints_one_document_with_the_url_then_serves(tmp_path):
    """`dubkit sim --json` prints its URL as JSON (nothing else on stdout), serves it, and stops on Ctrl-C."""
    process = subprocess.Popen([*COMMAND, "sim", "--port", "0", "--json"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        text = ""
        while True:
            line = process.stdout.readline()
            assert line, process.communicate()
            text += line
            if line.startswith("}"):
                break
        document = json.loads(text)
        assert document["ok"] is True
        assert document["url"].startswith("http://127.0.0.1:")
        assert httpx2.get(f"{document['url']}/_sim/clock", timeout=10).status_code == 200
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=DEADLINE)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert rest == ""
