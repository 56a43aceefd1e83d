"""The global options of ``dubkit`` and the clients every command builds from them.

``CliState`` lives in ``ctx.obj`` for one command run: ``--sim``, ``--verbose``, the simulator (started
by ``--sim``, or injected by ``make_app(simulator=...)`` so several commands share it), and the clients
it made, all closed when the command ends.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal, overload

import httpx2
import typer
import typer.main
import typer.models

from dubkit._server_values import timestamp

from ._errors import EXIT_USAGE, CliError, Situation
from ._logging import Redactor, install_logging
from ._output import write_json

if TYPE_CHECKING:
    from dubkit import Dubformer, ElevenLabs
    from dubkit.sim import Simulator

__all__ = [
    "PLAIN_TEXT",
    "PROVIDER_ENV",
    "SIM_API_KEY",
    "SIM_BASE_URL",
    "SIM_SPEED",
    "CliState",
    "Provider",
    "ProviderOption",
    "TimeScale",
    "state_of",
]

PROVIDER_ENV = "DUBKIT_PROVIDER"
"""Environment variable for the default ``--provider``."""
SIM_SPEED = 10.0
"""Simulated seconds per real second for ``--sim``: a 30-second dub takes three."""
SIM_BASE_URL = "http://127.0.0.1"
"""Where the clients think the simulator is (requests never leave the process)."""
SIM_API_KEY = "sim"
"""The key sent to the simulator, which accepts any; not a secret, so not masked."""

logger = logging.getLogger("dubkit.cli")

# typer keeps its copy of click private; the class of the text type it makes for ``str`` is reachable publicly.
_TextType: type[Any] = type(typer.main.get_click_type(annotation=str, parameter_info=typer.models.ArgumentInfo()))


class _PlainText(_TextType):  # type: ignore[misc]  # a base found at run time, see above
    """A text argument whose help shows its metavar alone (typer's help would add ``<str>``)."""

    name = "text"

    def get_metavar(self, *args: object, **kwargs: object) -> str:
        """Return no type name.

        Args:
            *args: Click's arguments (they differ between click versions).
            **kwargs: Likewise.

        Returns:
            An empty text.
        """
        return ""


PLAIN_TEXT = _PlainText()
"""``click_type`` for text arguments: ``typer.Argument(..., click_type=PLAIN_TEXT)``."""


class Provider(enum.StrEnum):
    """The dubbing providers ``dubkit`` talks to."""

    ELEVENLABS = "elevenlabs"
    DUBFORMER = "dubformer"


ProviderOption = Annotated[
    Provider,
    typer.Option(
        "--provider",
        "-p",
        envvar=PROVIDER_ENV,
        case_sensitive=False,
        help=f"Which API to use (default from ${PROVIDER_ENV}).",
    ),
]


class TimeScale:
    """Turns the times an API gives into wall-clock times: the identity, except for a running simulator.

    A simulator at 10x speed says a job ends in 30 seconds of its time, which is 3 seconds of the
    user's; ``--sim`` shows the user's.

    Args:
        speed: Simulated seconds per real second.
        simulated_now: The running simulator's current time; None when times are real (or frozen).
        provider_now: The provider's current time (a simulator's own clock, even a frozen one).
    """

    def __init__(
        self,
        speed: float = 1.0,
        simulated_now: Callable[[], datetime.datetime] | None = None,
        provider_now: Callable[[], datetime.datetime] | None = None,
    ) -> None:
        self.speed = speed
        self.simulated_now = simulated_now
        self._provider_now = provider_now

    def provider_now(self) -> datetime.datetime:
        """Return the provider's current time, as best known (dates its jobs are compared with).

        Returns:
            An aware time.
        """
        return self._provider_now() if self._provider_now is not None else datetime.datetime.now(datetime.UTC)

    def seconds(self, seconds: float) -> float:
        """Return the wall-clock length of a duration the API gave.

        Args:
            seconds: The API's seconds.

        Returns:
            Real seconds.
        """
        return seconds / self.speed

    def wall(self, when: datetime.datetime | None) -> datetime.datetime | None:
        """Return the wall-clock time of a time the API gave.

        Args:
            when: An aware time from the API, or None.

        Returns:
            The real time it stands for, or None (also for a time no clock can show: see ``timestamp``).
        """
        when = timestamp(when)
        if when is None or self.simulated_now is None:
            return when
        try:
            return timestamp(datetime.datetime.now(datetime.UTC) + (when - self.simulated_now()) / self.speed)
        except OverflowError:  # a time so far off that the simulator's speed takes it beyond the calendar
            return None


class CliState:
    """The global options of one command run, and the resources made from them.

    Args:
        verbose: Log the ``dubkit`` logger at DEBUG to stderr.
        simulator: Serve every API call from this simulator, in process; ``None`` calls the real APIs.
        ephemeral: Whether ``simulator`` was started for this command alone (``--sim``), so its state
            ends with the command.
    """

    def __init__(self, *, verbose: bool = False, simulator: Simulator | None = None, ephemeral: bool = False) -> None:
        self.verbose = verbose
        self.simulator = simulator
        self.ephemeral = ephemeral
        self.provider: Provider | None = None
        """The provider the running command talks to (hints name it)."""
        self.redact = Redactor.from_environment()
        self.json_output = False
        """The command was given ``--json``: stdout gets one JSON document and nothing else."""
        self.json_written = False
        """That document has been written."""
        self._resources = contextlib.ExitStack()
        self._http: httpx2.Client | None = None
        self._resources.callback(install_logging(verbose=verbose, redact=self.redact))

    @classmethod
    def start(cls, *, sim: bool, verbose: bool, simulator: Simulator | None = None) -> CliState:
        """Return the state for a command run, starting a simulator for ``--sim``.

        Args:
            sim: ``--sim`` was given: start a fresh simulator for this command.
            verbose: ``--verbose`` was given.
            simulator: An injected simulator (shared by every command run of the app); wins over ``sim``.

        Returns:
            The state; call ``close()`` when the command ends.

        Raises:
            CliError: ``--sim`` without the simulator installed.
        """
        if simulator is None and sim:
            try:
                from dubkit.sim import Simulator  # noqa: PLC0415 - the sim extra is optional
            except ModuleNotFoundError as exc:
                raise CliError(
                    f"--sim needs the simulator, which is not installed ({exc.name} is missing)",
                    hint="pip install 'dubkit[sim]'",
                    exit_code=EXIT_USAGE,
                ) from None
            state = cls(verbose=verbose, simulator=Simulator(speed=SIM_SPEED), ephemeral=True)
            logger.debug("--sim: serving this command from an in-process simulator at %gx speed", SIM_SPEED)
            return state
        return cls(verbose=verbose, simulator=simulator)

    @property
    def time_scale(self) -> TimeScale:
        """How the API's times map to the user's: scaled for a simulator whose clock runs fast."""
        if self.simulator is None:
            return TimeScale()
        clock = self.simulator.context.clock
        if self.simulator.config.manual_clock:
            return TimeScale(provider_now=clock.now)
        return TimeScale(clock.speed, clock.now, clock.now)

    @property
    def situation(self) -> Situation:
        """What this run is doing, for error hints."""
        provider = None if self.provider is None else self.provider.value
        return Situation(provider=provider, ephemeral_sim=self.ephemeral)

    def _sim_http(self) -> httpx2.Client | None:
        """Return the httpx client that sends to the simulator (one per run), or ``None`` for the real APIs."""
        if self.simulator is None:
            return None
        if self._http is None:
            self._http = self._resources.enter_context(httpx2.Client(transport=self.simulator.transport()))
        return self._http

    @overload
    def client(self, provider: Literal[Provider.ELEVENLABS]) -> ElevenLabs: ...
    @overload
    def client(self, provider: Literal[Provider.DUBFORMER]) -> Dubformer: ...
    @overload
    def client(self, provider: Provider) -> ElevenLabs | Dubformer: ...
    def client(self, provider: Provider) -> ElevenLabs | Dubformer:
        """Return a client of a provider for this run (closed when the command ends).

        Args:
            provider: Which one.

        Returns:
            The client: the real API (key from ``ELEVENLABS_API_KEY`` or ``DUBFORMER_API_KEY``), or the simulator.

        Raises:
            MissingAPIKeyError: No key in the environment and no simulator.
        """
        from dubkit import Dubformer, ElevenLabs  # noqa: PLC0415 - the clients load on first use

        self.provider = provider
        kind: type[ElevenLabs] | type[Dubformer] = ElevenLabs if provider is Provider.ELEVENLABS else Dubformer
        http = self._sim_http()
        client = kind() if http is None else kind(api_key=SIM_API_KEY, base_url=SIM_BASE_URL, http_client=http)
        logger.debug("%s client for %s", kind.__name__, client.base_url)
        self._resources.enter_context(client)  # closed when the command ends
        return client

    def write_json(self, document: dict[str, Any]) -> None:
        """Write the command's one JSON document to stdout (so a failure after it writes none).

        Args:
            document: The result.
        """
        write_json(document)
        self.json_written = True

    def close(self) -> None:
        """Close the clients this run made and stop its logging."""
        self._resources.close()


def state_of(ctx: typer.Context, *, json_output: bool = False) -> CliState:
    """Return the ``CliState`` the root callback put in ``ctx.obj``.

    Args:
        ctx: A command's context.
        json_output: The command was given ``--json`` (recorded in the state, for error reports).

    Returns:
        The state.

    Raises:
        RuntimeError: If the root callback did not run (a command invoked on its own).
    """
    state = ctx.find_object(CliState)
    if state is None:
        raise RuntimeError("dubkit's root callback did not run; invoke commands through dubkit.cli._app.app")
    state.json_output = json_output
    return state
