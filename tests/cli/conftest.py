"""Fixtures for the ``dubkit`` command tests: a shared simulator, the app wired to it, and clients on it."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx2
import pytest
from dubkit import Dubformer, ElevenLabs
from dubkit.cli._app import make_app
from dubkit.cli._context import SIM_API_KEY, SIM_BASE_URL
from dubkit.sim import Simulator
from typer.testing import CliRunner, Result

# What the command reads from the environment; each test starts without any of it (and with plain output).
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


class Cli:
    """Runs ``dubkit`` commands in process and keeps the app between them."""

    def __init__(self, app) -> None:
        self.app = app
        self.runner = CliRunner()

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> Result:
        return self.runner.invoke(self.app, list(args), env=env)

    def json(self, *args: str) -> tuple[Result, dict]:
        """Run a command with --json; return the result and the one JSON document that is all of its stdout."""
        result = self(*args, "--json")
        return result, json.loads(result.stdout)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No key, base URL or default provider leaks in from the machine running the tests; outputs stay in tmp."""
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


@pytest.fixture
def sim(dubkit_sim_sleep: Simulator) -> Simulator:
    """The shared simulator (manual clock that every client sleep advances: waits finish at once)."""
    return dubkit_sim_sleep


@pytest.fixture
def cli(sim: Simulator) -> Cli:
    """``dubkit`` with every invocation served by ``sim``."""
    return Cli(make_app(simulator=sim))


@pytest.fixture
def cli_for():
    """Build ``dubkit`` served by a simulator of the test's own making."""
    return lambda simulator: Cli(make_app(simulator=simulator))


@pytest.fixture
def plain_cli() -> Cli:
    """``dubkit`` as installed: real APIs unless ``--sim``."""
    return Cli(make_app())


@pytest.fixture
def http(sim: Simulator) -> Iterator[httpx2.Client]:
    with httpx2.Client(transport=sim.transport()) as client:
        yield client


@pytest.fixture
def elevenlabs(http: httpx2.Client) -> Iterator[ElevenLabs]:
    """An ElevenLabs client on ``sim`` with the key the command uses (the simulator scopes jobs by key)."""
    with ElevenLabs(api_key=SIM_API_KEY, base_url=SIM_BASE_URL, http_client=http) as client:
        yield client


@pytest.fixture
def dubformer(http: httpx2.Client) -> Iterator[Dubformer]:
    """A Dubformer client on ``sim`` with the key the command uses."""
    with Dubformer(api_key=SIM_API_KEY, base_url=SIM_BASE_URL, http_client=http) as client:
        yield client


@pytest.fixture
def finished_dub(elevenlabs: ElevenLabs, sim: Simulator):
    """Make a dub on ``sim`` and let it finish; return its id."""

    def make(url: str = "https://cdn.example.com/talk.mp4", target_lang: str = "es", name: str | None = None) -> str:
        dub = elevenlabs.dubbing.create(source_url=url, target_lang=target_lang, name=name)
        sim.advance(3600)
        return dub.dubbing_id

    return make


@pytest.fixture
def finished_project(dubformer: Dubformer, sim: Simulator):
    """Make a Dubformer project named ``talk`` on ``sim`` and let it finish; return its id."""

    def make(url: str = "https://cdn.example.com/talk.mp4") -> str:
        job = dubformer.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=url, name="talk")
        sim.advance(3600)
        return job.project_id

    return make
