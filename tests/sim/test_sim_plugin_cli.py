"""The pytest plugin's fixtures and marker (run through pytester), and the ``dubkit sim`` command."""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpcore2  # noqa: F401 - see INNER_INI
import httpx2
import pytest
from dubkit.cli._app import app
from typer.testing import CliRunner

pytest_plugins = ["pytester"]

# The inner sessions run in process (fast) with the project's own strictness. pytester drops the modules an
# inner session imported first; httpx imports httpcore lazily, so it is imported here, or a later socket error
# would be an httpcore class that httpx no longer maps to its own.
INNER_INI = """
[pytest]
addopts = --strict-markers -p no:cacheprovider
filterwarnings = error
"""


@pytest.fixture
def inner(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeini(INNER_INI)
    return pytester


def test_dubformer_client_fixture_creates_and_waits(inner: pytest.Pytester) -> None:
    """dubformer_client talks to dubkit_sim: a project created, advanced, waited for and downloaded."""
    inner.makepyfile(
        """
        import pytest

        def test_flow(dubformer_client, dubkit_sim, tmp_path):
            job = dubformer_client.projects.create(
                source_lang="en", target_lang="fr-FR", source_video_url="https://cdn.example.com/v.mp4"
            )
            assert dubformer_client.projects.get(job.project_id).status.value == "in_progress"
            dubkit_sim.advance(3600)
            project = dubformer_client.projects.wait(job.project_id, timeout=5)
            assert project.status.value == "ready"
            path = dubformer_client.projects.download(project, tmp_path / "dub.mp4")
            assert path.read_bytes() == dubkit_sim.media(str(project.output_video_url)).read()
            assert dubkit_sim.counts()["dubformer_projects_created"] == 1
            assert dubkit_sim.violations() == []
            assert dubkit_sim.config.manual_clock is True
            assert {r.operation for r in dubkit_sim.requests()} >= {"create_project", "get_project", "media"}

        def test_each_test_gets_a_fresh_simulator(dubformer_client, dubkit_sim):
            assert list(dubformer_client.projects.list()) == []
            assert dubkit_sim.counts()["dubformer_projects_created"] == 0
            assert dubkit_sim.context.clock.elapsed() == 0
        """
    )
    result = inner.runpytest_inprocess()
    result.assert_outcomes(passed=2)


def test_async_dubformer_client_fixture(inner: pytest.Pytester) -> None:
    """async_dubformer_client works from asyncio.run in a sync test, against the same simulator."""
    inner.makepyfile(
        """
        import asyncio

        def test_async_flow(async_dubformer_client, dubkit_sim):
            async def scenario():
                job = await async_dubformer_client.projects.create(
                    source_lang="en", target_lang="de-DE", source_video_url="https://cdn.example.com/v.mp4"
                )
                dubkit_sim.advance(3600)
                project = await async_dubformer_client.projects.wait(job.project_id, timeout=5)
                balance = await async_dubformer_client.balance()
                return job, project, balance

            job, project, balance = asyncio.run(scenario())
            assert project.status.value == "ready"
            assert project.target_lang == "de-DE"
            assert balance.balance_minutes == 10_000 - job.cost_minutes
            assert dubkit_sim.counts()["dubformer_projects_created"] == 1
        """
    )
    inner.runpytest_inprocess().assert_outcomes(passed=1)


def test_the_marker_configures_the_simulator(inner: pytest.Pytester) -> None:
    """@pytest.mark.dubkit_sim(...) sets SimConfig fields of the fixture (and the marker is registered)."""
    inner.makepyfile(
        """
        import pytest
        from dubkit import PaymentRequiredError

        @pytest.mark.dubkit_sim(seed=7, balance_minutes=1, job_seconds=10)
        def test_configured(dubkit_sim, dubformer_client):
            assert dubkit_sim.config.seed == 7
            assert dubkit_sim.config.job_seconds == 10
            assert dubformer_client.balance().balance_minutes == 1
            with pytest.raises(PaymentRequiredError):
                dubformer_client.projects.create(
                    source_lang="en", target_lang="fr-FR", source_video_url="https://cdn.example.com/v.mp4?sim-seconds=90"
                )

        @pytest.mark.dubkit_sim(manual_clock=False, speed=50)
        def test_the_marker_can_start_the_real_clock(dubkit_sim):
            assert dubkit_sim.context.clock.manual is False
            assert dubkit_sim.config.speed == 50

        def test_defaults(dubkit_sim):
            assert dubkit_sim.config.seed == 0
            assert dubkit_sim.config.manual_clock is True
            assert dubkit_sim.dubformer is not None and dubkit_sim.elevenlabs is not None
        """
    )
    inner.runpytest_inprocess().assert_outcomes(passed=3)
    markers = inner.runpytest_inprocess("--markers")
    markers.stdout.fnmatch_lines(["*dubkit_sim(**config): SimConfig fields for the dubkit_sim fixture*"])


def test_a_marker_with_a_bad_setting_errors_the_test(inner: pytest.Pytester) -> None:
    """An invalid marker value fails the fixture's setup with the simulator's own message."""
    inner.makepyfile(
        """
        import pytest

        @pytest.mark.dubkit_sim(fault_rate=3)
        def test_bad(dubkit_sim):
            pass
        """
    )
    result = inner.runpytest_inprocess()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fault_rate must be between 0 and 1*"])


def test_the_server_fixture(inner: pytest.Pytester) -> None:
    """dubkit_sim_server serves dubkit_sim on a loopback port for clients that need a real socket."""
    inner.makepyfile(
        """
        import httpx2
        from dubkit import Dubformer

        def test_served(dubkit_sim, dubkit_sim_server):
            assert dubkit_sim_server.url.startswith("http://127.0.0.1:")
            with httpx2.Client(base_url=dubkit_sim_server.url, trust_env=False) as http:
                assert http.get("/_sim/health").json()["ok"] is True
            with Dubformer(api_key="k", base_url=dubkit_sim_server.url) as client:
                job = client.projects.create(
                    source_lang="en", target_lang="fr-FR", source_video_url="https://cdn.example.com/v.mp4"
                )
            assert dubkit_sim.counts()["dubformer_projects_created"] == 1
            assert dubkit_sim.requests()[0].host == dubkit_sim_server.url.removeprefix("http://")
            assert job.project_id
        """
    )
    inner.runpytest_inprocess().assert_outcomes(passed=1)


def test_the_plugin_loads_by_entry_point_in_a_fresh_process(inner: pytest.Pytester) -> None:
    """A new pytest process finds the fixtures through the pytest11 entry point, with no conftest."""
    inner.makepyfile(
        """
        def test_fixture_is_there(dubkit_sim, dubformer_client):
            assert dubformer_client.options().source_langs
            assert dubkit_sim.requests()[-1].operation == "get_options"
        """
    )
    inner.runpytest_subprocess().assert_outcomes(passed=1)


# --- the ``dubkit sim`` command -------------------------------------------------------------------------------


def _dubkit() -> str:
    found = shutil.which("dubkit", path=str(Path(sys.executable).parent)) or shutil.which("dubkit")
    assert found, "the dubkit script is not installed next to this Python"
    return found


def _env() -> dict[str, str]:
    # Wide, plain output: option names must not be wrapped or coloured.
    return {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}


def test_help_lists_the_options() -> None:
    """`dubkit sim --help` describes the command and every option."""
    result = subprocess.run(
        [_dubkit(), "sim", "--help"], capture_output=True, text=True, timeout=30, env=_env(), check=False
    )
    assert result.returncode == 0, result.stderr
    assert "Serve a stateful simulator of the ElevenLabs and Dubformer APIs" in result.stdout
    options = (
        "--host",
        "--port",
        "--seed",
        "--speed",
        "--fault-rate",
        "--job-seconds",
        "--source-seconds",
        "--api-key",
    )
    for option in options:
        assert option in result.stdout


class _Served:
    """A ``dubkit sim`` subprocess and the lines it has printed."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [_dubkit(), "sim", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self._pumping = threading.Thread(target=self._pump, daemon=True)
        self._pumping.start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def banner(self) -> list[str]:
        seen: list[str] = []
        while True:
            line = self.lines.get(timeout=20)
            assert line is not None, f"dubkit sim exited early: {seen!r}"
            seen.append(line)
            if "Ctrl-C to stop" in line:
                return seen

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self._pumping.join(timeout=10)
        for pipe in (self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def served() -> Iterator[type[_Served]]:
    started: list[_Served] = []

    class Tracked(_Served):
        def __init__(self, *args: str) -> None:
            super().__init__(*args)
            started.append(self)

    yield Tracked
    for process in started:
        process.stop()


def test_the_command_serves_until_interrupted(served: type[_Served]) -> None:
    """`dubkit sim --port 0` prints its base URLs, serves requests, and exits cleanly on SIGINT."""
    sim = served("--api-key", "good", "--seed", "3", "--fault-rate", "0")
    banner = sim.banner()
    found = re.search(r"dubkit simulator on (http://127\.0\.0\.1:(\d+))", banner[0])
    assert found, banner
    url, port = found.group(1), int(found.group(2))
    assert port != 0
    assert "(seed 3, speed 1x, fault rate 0%)" in banner[0]
    text = "".join(banner)
    assert f"ELEVENLABS_BASE_URL={url}" in text
    assert f"DUBFORMER_BASE_URL={url}" in text
    assert f"{url}/_sim/" in text
    assert "Only the --api-key keys are accepted" in text
    with httpx2.Client(base_url=url, trust_env=False, timeout=10) as http:
        assert http.get("/_sim/health").json() == {"ok": True, "providers": ["dubformer", "elevenlabs"]}
        assert http.get("/api/v1/balance", headers={"Authorization": "Bearer good"}).json() == {
            "balance_minutes": 10_000.0
        }
        assert http.get("/api/v1/balance", headers={"Authorization": "Bearer bad"}).status_code == 401
        assert http.get("/_sim/config").status_code == 401
        config = http.get("/_sim/config", headers={"Authorization": "Bearer good"}).json()
        assert (config["seed"], config["api_keys"]) == (3, {"count": 1})
    sim.process.send_signal(signal.SIGINT)
    assert sim.process.wait(timeout=10) == 0
    with pytest.raises(httpx2.ConnectError), httpx2.Client(trust_env=False) as http:
        http.get(f"{url}/_sim/health")


def test_the_command_says_any_key_works_by_default(served: type[_Served]) -> None:
    """Without --api-key the banner says any non-empty key is accepted, and the options reach the simulator."""
    sim = served("--job-seconds", "5", "--speed", "2", "--source-seconds", "12.5")
    text = "".join(sim.banner())
    assert "Any non-empty API key is accepted" in text
    assert "speed 2x" in text
    url = re.search(r"http://127\.0\.0\.1:\d+", text)
    assert url
    with httpx2.Client(base_url=url.group(0), trust_env=False, timeout=10) as http:
        config = http.get("/_sim/config").json()
        assert (config["job_seconds"], config["speed"], config["api_keys"]) == (5.0, 2.0, None)
        assert config["source_seconds"] == 12.5
        assert http.get("/api/v1/balance", headers={"Authorization": "Bearer anything"}).status_code == 200


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--fault-rate", "2"], "--fault-rate"),
        (["--port", "70000"], "--port"),
        (["--speed", "0"], "--speed"),
        (["--seed", "x"], "--seed"),
    ],
)
def test_the_command_rejects_bad_options(args: list[str], complaint: str) -> None:
    """Out-of-range or malformed options exit with status 2 and name the option."""
    result = CliRunner().invoke(app, ["sim", *args], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 2
    assert complaint in result.output


def test_the_command_reports_a_port_in_use() -> None:
    """If the port is taken the command prints an error and exits 1 instead of hanging."""
    from dubkit.sim import Simulator  # noqa: PLC0415 - only this test needs a second simulator

    with Simulator(manual_clock=True, providers=("dubformer",)).serve() as server:
        result = CliRunner().invoke(app, ["sim", "--port", str(server.port)])
    assert result.exit_code == 1
    assert "could not start" in result.output


@pytest.mark.parametrize(
    ("args", "complaint"),
    [(["--job-seconds", "1e308"], "job_seconds"), (["--speed", "1e300"], "speed"), (["--api-key", " "], "api_keys")],
)
def test_the_command_rejects_settings_beyond_the_simulators_bounds(args: list[str], complaint: str) -> None:
    """Values the options' own ranges let through but the simulator bounds exit 2 naming the setting."""
    result = CliRunner().invoke(app, ["sim", *args], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 2
    assert complaint in result.output


def _banner_for(host: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[str, str]:
    """Run `dubkit sim --host HOST` once through its banner; the socket is really bound on loopback only."""
    from dubkit.cli import _sim as command  # noqa: PLC0415 - patched for this call only
    from dubkit.sim import Simulator  # noqa: PLC0415

    real_serve = Simulator.serve

    def serve_on_loopback(self: Simulator, host: str = "127.0.0.1", port: int = 0, **options: Any) -> Any:
        server = real_serve(self, "127.0.0.1", 0, **options)
        server.host = host  # what the banner is computed from
        return server

    def interrupt(_: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Simulator, "serve", serve_on_loopback)
    monkeypatch.setattr(command, "time", SimpleNamespace(sleep=interrupt))
    result = CliRunner().invoke(app, ["sim", "--host", host, "--port", "0", *args], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


@pytest.mark.parametrize("host", ["0.0.0.0", "::"])  # noqa: S104 - only the banner sees it
def test_a_wildcard_bind_warns_and_suggests_a_loopback_url(host: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """--host 0.0.0.0 prints a loud warning on stderr, and base URLs on loopback that dubkit accepts."""
    out, err = _banner_for(host, monkeypatch)
    assert "WARNING: listening on" in err
    assert "control plane needs none" in err
    url = re.search(r"export ELEVENLABS_BASE_URL=(\S+)", out)
    assert url
    assert url.group(1).startswith(("http://127.0.0.1:", "http://[::1]:"))
    assert f"//{host}" not in out
    from dubkit._settings import resolve_base_url  # noqa: PLC0415

    assert resolve_base_url(url.group(1), env_var="UNSET_FOR_TEST", default="https://x")


def test_a_lan_bind_warns_and_suggests_no_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """--host on a non-loopback address warns, and prints no base URL (dubkit refuses plain http beyond loopback)."""
    out, err = _banner_for("192.0.2.7", monkeypatch, "--api-key", "k")
    assert "WARNING: listening on 192.0.2.7" in err
    assert "control plane needs none" not in err
    assert "export" not in out
    assert "HTTPS proxy" in out


def test_a_loopback_bind_does_not_warn(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default loopback bind prints no warning."""
    out, err = _banner_for("127.0.0.1", monkeypatch)
    assert "WARNING" not in err
    assert "export DUBFORMER_BASE_URL=http://127.0.0.1:" in out
