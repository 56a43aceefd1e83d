"""``dubkit -v ...`` never prints the key: not in its DEBUG log lines, its results, its errors or their tracebacks.

The commands run the way a user runs them, with the key in ``ELEVENLABS_API_KEY`` / ``DUBFORMER_API_KEY``
and the base URL pointing at the simulator served on loopback, so the key really is sent with every
request. They also run on an in-process simulator (``make_app(simulator=sim)``, as ``--sim`` does).
The CLI masks configured keys as ``***`` as a last line of defence; the tests also check that no ``***``
appears, so a key that dubkit tried to print is caught rather than hidden.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from client_calls import SECRET
from dubkit import Dubformer, ElevenLabs
from dubkit.cli._app import make_app
from dubkit.cli._logging import MASK
from dubkit.sim import Simulator
from typer.testing import CliRunner, Result
from valid_calls import MEDIA_URL

ENVIRONMENT = (
    "ELEVENLABS_API_KEY",
    "ELEVENLABS_BASE_URL",
    "DUBFORMER_API_KEY",
    "DUBFORMER_BASE_URL",
    "DUBKIT_PROVIDER",
    "COLUMNS",
    "FORCE_COLOR",
    "TTY_COMPATIBLE",
)
EXIT_OK, EXIT_API = 0, 3


def everything_shown(result: Result) -> str:
    """stdout and stderr of a run, and the exception it ended with, if any."""
    parts = [result.output]
    with contextlib.suppress(ValueError):  # stderr not captured separately by some click versions
        parts.append(result.stderr)
    if result.exception is not None:
        parts.append(repr(result.exception))
    return "\n".join(parts)


def assert_nothing_shows_the_key(result: Result) -> None:
    text = everything_shown(result)
    assert SECRET not in text
    assert MASK not in text, "the CLI had to mask a key that something tried to print"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


class Served:
    """``dubkit`` (the command as installed) against a simulator on loopback, with the secret key in its env."""

    def __init__(self, sim: Simulator, url: str) -> None:
        self.sim, self.url = sim, url
        self.runner = CliRunner()
        self.app = make_app()
        self.env = {
            "ELEVENLABS_API_KEY": SECRET,
            "DUBFORMER_API_KEY": SECRET,
            "ELEVENLABS_BASE_URL": url,
            "DUBFORMER_BASE_URL": url,
        }

    def __call__(self, *args: str) -> Result:
        result = self.runner.invoke(self.app, ["--verbose", *args], env=self.env)
        assert_nothing_shows_the_key(result)
        return result


@pytest.fixture
def served(dubkit_sim: Simulator, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Served]:
    """The served simulator; the command's sleeps move its clock (its server keeps real sleeps)."""
    monkeypatch.chdir(tmp_path)  # `dub` without --out writes its run state into the working directory
    with dubkit_sim.serve() as server:
        monkeypatch.setattr(time, "sleep", dubkit_sim.advance)
        yield Served(dubkit_sim, server.url)
        monkeypatch.undo()


def test_every_elevenlabs_command_verbose_never_prints_the_key(served: Served, tmp_path: Path) -> None:
    """dub (create, wait, download, subtitles), status, list and download, all with -v."""
    dub = served("dub", MEDIA_URL, "-p", "elevenlabs", "--to", "es", "-o", str(tmp_path / "dub"))
    assert dub.exit_code == EXIT_OK, dub.output
    assert "DEBUG" in everything_shown(dub), "no DEBUG lines: --verbose logging is not what is being checked"
    with ElevenLabs(api_key=SECRET, base_url=served.url) as client:
        dub_id = next(iter(client.dubbing.list())).dubbing_id
    for args in (
        ("status", dub_id, "-p", "elevenlabs"),
        ("list", "-p", "elevenlabs"),
        ("download", dub_id, "-p", "elevenlabs", "-o", str(tmp_path / "again")),
        ("dub", MEDIA_URL, "-p", "elevenlabs", "--to", "fr", "--no-wait"),
    ):
        result = served(*args)
        assert result.exit_code == EXIT_OK, (args, result.output)
    assert all(record.carried_credentials for record in served.sim.requests() if record.operation != "media")


def test_every_dubformer_command_verbose_never_prints_the_key(served: Served, tmp_path: Path) -> None:
    """dub, status, list, download, balance and voices, all with -v."""
    dub = served("dub", MEDIA_URL, "-p", "dubformer", "--from", "en", "--to", "fr-FR", "-o", str(tmp_path / "dub"))
    assert dub.exit_code == EXIT_OK, dub.output
    with Dubformer(api_key=SECRET, base_url=served.url) as client:
        project_id = next(iter(client.projects.list())).project_id
    for args in (
        ("status", project_id, "-p", "dubformer"),
        ("list", "-p", "dubformer"),
        ("download", project_id, "-p", "dubformer", "-o", str(tmp_path / "again")),
        ("balance",),
        ("voices", "--lang", "fr"),
    ):
        result = served(*args)
        assert result.exit_code == EXIT_OK, (args, result.output)


@pytest.mark.parametrize("provider", ["elevenlabs", "dubformer"])
def test_errors_and_their_tracebacks_never_print_the_key(served: Served, provider: str) -> None:
    """401 (another key expected), 404, 5xx and a lost create, each with -v (which shows the traceback)."""
    cases = [
        (lambda: served.sim.configure(api_keys=frozenset({"another-key"})), ("list", "-p", provider)),
        (lambda: served.sim.configure(api_keys=None), ("status", "no-such-job", "-p", provider)),
        (lambda: served.sim.inject("error_before", status=502, times=100), ("list", "-p", provider)),
    ]
    if provider == "elevenlabs":  # Dubformer's create carries an Idempotency-Key, so its retry is safe

        def lose_the_answer() -> None:
            served.sim.engine.faults.clear()
            served.sim.inject("error_after")

        cases.append((lose_the_answer, ("dub", MEDIA_URL, "-p", provider, "--to", "es", "--no-wait")))
    for setup, args in cases:
        setup()
        result = served(*args)
        assert result.exit_code == EXIT_API, (args, result.output)
        assert "Traceback" in everything_shown(result), "with -v the traceback is shown (and was searched)"


@pytest.mark.parametrize("provider", ["elevenlabs", "dubformer"])
def test_with_an_injected_simulator_the_configured_key_is_never_printed(
    dubkit_sim_sleep: Simulator, provider: str, tmp_path: Path
) -> None:
    """make_app(simulator=sim), as --sim: the configured key is not used, and not printed either."""
    app = make_app(simulator=dubkit_sim_sleep)
    env = {"ELEVENLABS_API_KEY": SECRET, "DUBFORMER_API_KEY": SECRET}
    target = ("--to", "es") if provider == "elevenlabs" else ("--from", "en", "--to", "fr-FR")
    runner = CliRunner()
    for args in (("dub", MEDIA_URL, "-p", provider, *target, "-o", str(tmp_path)), ("list", "-p", provider)):
        result = runner.invoke(app, ["-v", *args], env=env)
        assert result.exit_code == EXIT_OK, result.output
        assert_nothing_shows_the_key(result)
    dubkit_sim_sleep.inject("error_before", status=500, times=100)
    failed = runner.invoke(app, ["-v", "list", "-p", provider], env=env)
    assert failed.exit_code == EXIT_API
    assert_nothing_shows_the_key(failed)


def test_a_plain_http_base_url_off_loopback_is_refused_by_the_command(tmp_path: Path) -> None:
    """ELEVENLABS_BASE_URL=http://<remote> makes the command fail before any request, without printing the key."""
    env = {"ELEVENLABS_API_KEY": SECRET, "ELEVENLABS_BASE_URL": "http://api.example.com"}
    result = CliRunner().invoke(make_app(), ["-v", "list", "-p", "elevenlabs"], env=env)
    assert result.exit_code != EXIT_OK
    assert "http://" in everything_shown(result)
    assert_nothing_shows_the_key(result)
