"""Exceptions → ``error:``/``hint:`` lines and exit codes; key redaction in logs and error output."""

from __future__ import annotations

import json
import logging
import threading

import httpx2
import pytest
from dubkit import (
    APIConnectionError,
    DownloadError,
    DubbingFailedError,
    Dubformer,
    MissingAPIKeyError,
    OutcomeUnknownError,
    ResponseValidationError,
    WaitTimeoutError,
)
from dubkit._errors import error_for_response
from dubkit.cli import _dubjobs
from dubkit.cli._errors import (
    EXIT_API,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_MISSING_KEY,
    EXIT_OTHER,
    EXIT_TIMEOUT,
    EXIT_USAGE,
    CliError,
    Situation,
    diagnose,
    report,
)
from dubkit.cli._logging import Redactor, install_logging
from dubkit.cli._runstate import STATE_FILE
from dubkit.sim import Simulator

SECRET = "xi-0123456789abcdef"


def status_error(code: int):
    request = httpx2.Request("GET", "https://api.elevenlabs.io/v1/dubbing/abc")
    return error_for_response(httpx2.Response(code, json={"detail": "went wrong\nbadly"}, request=request))


CASES = [
    (MissingAPIKeyError("ElevenLabs", "ELEVENLABS_API_KEY"), EXIT_MISSING_KEY, "ELEVENLABS_API_KEY"),
    (status_error(400), EXIT_API, None),
    (status_error(401), EXIT_API, "check ELEVENLABS_API_KEY"),
    (status_error(402), EXIT_API, "credit"),
    (status_error(404), EXIT_API, "dubkit list -p elevenlabs"),
    (status_error(425), EXIT_API, "not finished"),
    (status_error(429), EXIT_API, "rate-limiting"),
    (status_error(503), EXIT_API, "try again later"),
    (APIConnectionError("connection refused"), EXIT_API, "network"),
    (ResponseValidationError("missing field", raw_body=b"{}", status_code=200), EXIT_API, "report"),
    (DownloadError("short read", url="https://x/y", received=1, expected=2), EXIT_API, "again"),
    (DubbingFailedError("abc", "bad media", None), EXIT_FAILED, "dubkit status abc -p elevenlabs"),
    (WaitTimeoutError("abc", 5.0, "dubbing", None), EXIT_TIMEOUT, "dubkit download abc -p elevenlabs"),
    (ValueError("page_size must be at most 200"), EXIT_USAGE, "--help"),
    (TypeError("source must be a path"), EXIT_USAGE, "--help"),
    (CliError("nope", hint="do this", exit_code=EXIT_API), EXIT_API, "do this"),
    (FileNotFoundError(2, "No such file or directory"), EXIT_OTHER, "path"),
    (RuntimeError("boom"), EXIT_OTHER, "--verbose"),
    (KeyboardInterrupt(), EXIT_INTERRUPTED, None),
]


@pytest.mark.parametrize(("error", "code", "hint"), CASES, ids=[type(case[0]).__name__ for case in CASES])
def test_each_kind_of_error_has_its_exit_code_and_hint(error, code, hint):
    """Each exception class maps to its documented exit code, a one-line message and a useful hint."""
    found = diagnose(error, Situation(provider="elevenlabs"))
    assert found.exit_code == code
    assert "\n" not in found.message
    assert found.message
    if hint is None:
        assert found.hint is None
    else:
        assert hint in found.hint


def test_library_hints_naming_python_calls_are_replaced():
    """An OutcomeUnknownError's Python-flavoured advice is dropped for a command to run."""
    error = OutcomeUnknownError("POST", "https://api/v1/dubbing", "connection dropped", "Check client.dubbing.list().")
    found = diagnose(error, Situation(provider="elevenlabs"))
    assert "client.dubbing.list" not in found.message
    assert "dubkit list -p elevenlabs" in found.hint


def test_hints_under_sim_mention_that_its_state_is_gone():
    """With --sim, a timeout or an unknown id is explained by the simulator living for one command."""
    situation = Situation(provider="elevenlabs", ephemeral_sim=True)
    assert "starts empty" in diagnose(status_error(404), situation).hint
    assert "dubkit status" not in diagnose(WaitTimeoutError("abc", 1.0, None, None), situation).hint


def test_report_prints_error_hint_and_masked_traceback_when_verbose(capsys):
    """report() writes error/hint lines, then (verbose) the traceback, with secrets masked everywhere."""
    try:
        raise ValueError(f"bad key {SECRET}")
    except ValueError as error:
        code = report(error, verbose=True, redact=Redactor([SECRET]))
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert err.startswith("error: bad key ***\nhint: ")
    assert "Traceback" in err
    assert SECRET not in err


def test_report_without_verbose_has_no_traceback(capsys):
    """Without verbose, just the two lines."""
    report(RuntimeError("boom"), verbose=False, redact=Redactor([]))
    assert capsys.readouterr().err.splitlines() == [
        "error: unexpected RuntimeError: boom",
        "hint: run again with --verbose for the traceback, and please report it",
    ]


def test_logging_filter_masks_configured_keys(capsys):
    """Even if a key reached a dubkit log record (message, argument or traceback), stderr shows ***."""
    uninstall = install_logging(verbose=True, redact=Redactor([SECRET, "ab"]))
    try:
        logger = logging.getLogger("dubkit.test")
        logger.debug("sending key=%s", SECRET)
        try:
            raise RuntimeError(SECRET)
        except RuntimeError:
            logger.exception("failed")
    finally:
        uninstall()
    err = capsys.readouterr().err
    assert "DEBUG dubkit.test: sending key=***" in err
    assert "RuntimeError: ***" in err
    assert SECRET not in err
    assert "failed" in err  # a value too short to be a key ("ab") is left alone rather than masking every "ab"


def test_unexpected_error_in_a_command_exits_1_without_traceback(cli, monkeypatch):
    """A bug surfaces as one error line and exit 1, not a traceback."""

    def broken(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(Dubformer, "balance", broken)
    result = cli("balance")
    assert result.exit_code == EXIT_OTHER
    assert result.stderr.startswith("error: unexpected RuntimeError: boom\n")
    assert "Traceback" not in result.stderr


def _interrupt_when(monkeypatch, ready):
    """Make the command's main thread get Ctrl-C once ``ready()`` says so."""
    original_join = threading.Thread.join

    def join(self, timeout=None):
        if threading.current_thread() is threading.main_thread() and ready():
            raise KeyboardInterrupt
        return original_join(self, timeout)

    monkeypatch.setattr(threading.Thread, "join", join)


def test_ctrl_c_while_waiting_exits_130_and_says_the_job_keeps_running(cli_for, monkeypatch, tmp_path):
    """Ctrl-C while a job runs: exit 130, the state keeps the job, the hint says how to finish it."""
    sim = Simulator(manual_clock=True)  # the job never finishes
    cli = cli_for(sim)
    _interrupt_when(monkeypatch, lambda: any(r.operation == "get_dubbing" for r in sim.requests()))
    result = cli("dub", "https://cdn.example.com/a.mp4", "--to", "es", "-o", str(tmp_path))
    monkeypatch.undo()
    assert result.exit_code == EXIT_INTERRUPTED
    record = json.loads((tmp_path / STATE_FILE).read_text())["jobs"][0]
    assert record["phase"] == "created"
    assert "error: a → es: interrupted" in result.stderr
    hint = f"the job keeps running at the provider: run the same command again, or `dubkit download {record['job_id']}"
    assert hint in result.stderr


@pytest.mark.parametrize(
    "case",
    [
        ("create_job", "it checks whether the job was created before creating it", "creating"),
        ("download_outputs", "the job is done at the provider: run the same command again", "created"),
    ],
)
def test_ctrl_c_during_a_step_says_what_is_left(cli, monkeypatch, tmp_path, case):
    """Ctrl-C during the create (a re-run checks first) or the download (the job is done, not 'running')."""
    step, hint, phase = case
    entered, release = threading.Event(), threading.Event()
    original = getattr(_dubjobs, step)

    def slow(*args, **kwargs):
        entered.set()
        release.wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(_dubjobs, step, slow)
    _interrupt_when(monkeypatch, entered.is_set)
    try:
        result = cli("dub", "https://cdn.example.com/a.mp4", "--to", "es", "-o", str(tmp_path))
    finally:
        monkeypatch.undo()
        release.set()
    assert result.exit_code == EXIT_INTERRUPTED
    assert hint in result.stderr
    assert "keeps running" not in result.stderr
    assert json.loads((tmp_path / STATE_FILE).read_text())["jobs"][0]["phase"] == phase


def test_verbose_shows_the_traceback_of_a_failed_job(cli, tmp_path):
    """With -v, each failed job's error is followed by its traceback; without, only error and hint lines."""
    quiet = cli("dub", "https://cdn.example.com/sim-fail.mp4", "--to", "es", "-o", str(tmp_path))
    assert "Traceback" not in quiet.stderr
    loud = cli("-v", "dub", "https://cdn.example.com/sim-fail.mp4", "--to", "es", "-o", str(tmp_path))
    assert loud.exit_code == EXIT_FAILED
    assert "Traceback (most recent call last)" in loud.stderr
    assert "DubbingFailedError" in loud.stderr
