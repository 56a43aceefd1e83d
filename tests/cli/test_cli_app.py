"""The ``dubkit`` root: help, global options, the provider option, missing keys, logging and the shared simulator."""

from __future__ import annotations

import json
import logging
import re

import pytest
from dubkit.cli._errors import EXIT_MISSING_KEY, EXIT_OK, EXIT_USAGE

SECRET = "sk-live-0123456789abcdef"


def test_help_lists_every_command_and_documents_exit_codes(plain_cli):
    """`dubkit --help` names each command and the exit codes."""
    result = plain_cli("--help")
    assert result.exit_code == EXIT_OK
    for command in ("dub", "wait", "download", "status", "list", "delete", "balance", "voices", "sim"):
        assert re.search(rf"^\W*{command}\s", result.stdout, re.MULTILINE), command
    text = " ".join(result.stdout.split())
    for code in ("0 ok", "2 bad arguments", "3 API", "4 the dub failed", "5 --timeout", "6 no API key"):
        assert code in text


def test_dub_help_describes_its_options(plain_cli):
    """`dubkit dub --help`: a plain usage line, SOURCE..., --to, --provider with its env var, --no-wait, --timeout."""
    result = plain_cli("dub", "--help", env={"COLUMNS": "250"})
    assert result.exit_code == EXIT_OK
    assert "Usage: dubkit dub [OPTIONS] [SOURCE...]" in result.stdout
    text = " ".join(result.stdout.split())
    for expected in ("SOURCE...", "--to", "--from", "--out", "--no-wait", "--timeout", "DUBKIT_PROVIDER"):
        assert expected in text
    for noise in ("{SOURCE}", "<str>", "Exit codes"):  # the codes are in `dubkit --help`, once
        assert noise not in text


@pytest.mark.parametrize("command", ["dub", "wait", "download", "status", "list", "delete", "balance", "voices", "sim"])
def test_every_command_offers_json_and_no_repeated_exit_codes(plain_cli, command):
    """Each command's help has --json and no copy of the exit codes."""
    text = plain_cli(command, "--help", env={"COLUMNS": "250"}).stdout
    assert "--json" in text
    assert "Exit codes" not in text
    assert "<str>" not in text


def test_shell_completion_can_be_installed(plain_cli):
    """`dubkit --help` offers --install-completion and --show-completion."""
    text = plain_cli("--help", env={"COLUMNS": "250"}).stdout
    assert "--install-completion" in text
    assert "--show-completion" in text


def test_version(plain_cli):
    """`dubkit --version` prints the package version."""
    result = plain_cli("--version")
    assert result.exit_code == EXIT_OK
    assert result.stdout.startswith("dubkit ")


def test_missing_key_says_which_variable_to_set_or_to_use_sim(plain_cli):
    """Without a key or --sim: exit 6, one error line naming the variable and --sim, no traceback."""
    result = plain_cli("list")
    assert result.exit_code == EXIT_MISSING_KEY
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("error: no ElevenLabs API key")
    assert "ELEVENLABS_API_KEY" in lines[0]
    assert "--sim" in lines[0]
    assert lines[1].startswith("hint: ")
    assert "Traceback" not in result.stderr


def test_missing_dubformer_key_names_its_variable(plain_cli):
    """The Dubformer commands name DUBFORMER_API_KEY."""
    result = plain_cli("balance")
    assert result.exit_code == EXIT_MISSING_KEY
    assert "DUBFORMER_API_KEY" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["dub", "https://example.com/a.mp4"],  # --to is required
        ["status", "x", "--provider", "azure"],  # no such provider
        ["list", "--limit", "-1"],
        ["nope"],
    ],
)
def test_usage_errors_exit_2(plain_cli, args):
    """Click's own usage errors exit 2 before any key is needed."""
    assert plain_cli(*args).exit_code == EXIT_USAGE


def test_provider_comes_from_dubkit_provider(cli, dubformer):
    """DUBKIT_PROVIDER picks the provider when --provider is not given."""
    job = dubformer.projects.create(
        source_lang="en", target_lang="fr-FR", source_video_url="https://example.com/video.mp4"
    )
    result = cli("status", job.project_id, env={"DUBKIT_PROVIDER": "dubformer"})
    assert result.exit_code == EXIT_OK, result.stderr
    assert job.project_id in result.stdout
    assert "fr-FR" in result.stdout


def test_jobs_persist_across_invocations_of_make_app(cli):
    """make_app(simulator=...) shares one simulator: a job created by one command is seen by the next."""
    created, document = cli.json("dub", "https://example.com/talk.mp4", "--to", "es", "--no-wait")
    assert created.exit_code == EXIT_OK, created.stderr
    job_id = document["jobs"][0]["job_id"]
    shown = cli("status", job_id)
    assert shown.exit_code == EXIT_OK, shown.stderr
    assert job_id in shown.stdout


def test_sim_option_needs_no_key(plain_cli):
    """--sim serves the command from a fresh in-process simulator: no key, exit 0."""
    result = plain_cli("--sim", "balance")
    assert result.exit_code == EXIT_OK, result.stderr
    assert "minutes" in result.stdout


def test_sim_option_starts_empty_each_time(plain_cli):
    """Each --sim invocation has its own simulator: an id from another run is unknown (exit 3, hint says why)."""
    created = plain_cli("--sim", "dub", "https://example.com/talk.mp4", "--to", "es", "--no-wait", "--json")
    assert created.exit_code == EXIT_OK, created.stderr
    job_id = json.loads(created.stdout)["jobs"][0]["job_id"]
    shown = plain_cli("--sim", "status", job_id)
    assert shown.exit_code == 3
    assert "starts empty" in shown.stderr


def test_verbose_logs_debug_lines_and_never_the_key(dubkit_sim_server, plain_cli):
    """-v logs each request at DEBUG on stderr; the real key (sent to a served simulator) appears nowhere."""
    env = {"ELEVENLABS_API_KEY": SECRET, "ELEVENLABS_BASE_URL": dubkit_sim_server.url}
    result = plain_cli("-v", "list", env=env)
    assert result.exit_code == EXIT_OK, result.stderr
    assert re.search(r"^DEBUG dubkit: HTTP GET .*/v1/dubbing", result.stderr, re.MULTILINE)
    assert SECRET not in result.output


def test_without_verbose_there_are_no_debug_lines(cli):
    """Without -v the command prints no DEBUG lines."""
    result = cli("list")
    assert result.exit_code == EXIT_OK
    assert "DEBUG" not in result.output


def test_verbose_error_shows_the_traceback_after_the_hint(cli):
    """-v adds the traceback after the error and hint lines."""
    result = cli("-v", "status", "missing-id")
    assert result.exit_code == 3
    error_at = result.stderr.index("error: ")
    assert result.stderr.index("Traceback") > result.stderr.index("hint: ") > error_at


def test_logging_is_undone_after_each_invocation(cli):
    """The handler a run adds to the dubkit logger is gone when the run ends (and the level restored)."""
    logger = logging.getLogger("dubkit")
    handlers, level = list(logger.handlers), logger.level
    assert cli("-v", "list").exit_code == EXIT_OK
    assert cli("status", "missing-id").exit_code == 3
    assert logger.handlers == handlers
    assert logger.level == level
