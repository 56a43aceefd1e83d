"""The simulator: both providers' apps, their shared state, and the handles tests and users drive it by."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

import attrs
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from ._bounds import MAX_BALANCE_MINUTES, check_number
from ._clock import SimClock
from ._control import CONTROL_PREFIX, control_routes
from ._engine import Engine, Violation
from ._faults import Fault
from ._ids import IdFactory
from ._inbound import limit_body
from ._log import RequestRecord
from ._media import MediaItem, MediaStore
from ._protocol import SimConfig, SimContext
from ._provider import ProviderSim
from ._server import DEFAULT_HEADER_TIMEOUT, DEFAULT_MAX_CONNECTIONS, SimServer
from ._transport import AsyncSimTransport, SimTransport
from .dubformer import DubformerSim

if TYPE_CHECKING:
    from .elevenlabs import ElevenLabsSim

__all__ = ["Simulator"]

ProviderName = Literal["elevenlabs", "dubformer"]


class _ApiDispatch:
    """Sends every HTTP request outside ``/_sim/`` to the engine; the rest to the control routes.

    Every request's body is capped at ``max_upload_bytes`` on the way in.
    """

    def __init__(self, app: ASGIApp, engine: Engine) -> None:
        self.app, self.engine = app, engine

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        receive = limit_body(scope, receive, self.engine.context.config.max_upload_bytes)
        if scope["path"].startswith(f"{CONTROL_PREFIX}/"):
            await self.app(scope, receive, send)
            return
        response = await self.engine.handle(Request(scope, receive))
        await response(scope, receive, send)


class Simulator:
    """A stateful local ElevenLabs + Dubformer API.

    ``sim.app`` is the ASGI app (both providers on one port: their paths do not collide);
    ``sim.transport()`` / ``sim.async_transport()`` plug it into httpx clients in process;
    ``sim.serve()`` runs it on loopback with uvicorn.

    Args:
        config: How it behaves; ``SimConfig()`` by default.
        providers: Which providers to serve.
        **overrides: Fields of ``SimConfig`` to change, e.g. ``manual_clock=True``.

    Raises:
        ValueError: If a provider name or a configuration value is not valid.

    Example:
        >>> sim = Simulator(manual_clock=True)
        >>> sim.advance(60).isoformat()
        '2026-01-01T00:01:00+00:00'
    """

    def __init__(
        self,
        config: SimConfig | None = None,
        *,
        providers: Iterable[ProviderName] = ("elevenlabs", "dubformer"),
        **overrides: Any,
    ) -> None:
        config = attrs.evolve(config or SimConfig(), **overrides)
        wanted = tuple(dict.fromkeys(providers))
        unknown = set(wanted) - {"elevenlabs", "dubformer"}
        if unknown or not wanted:
            raise ValueError(f"providers must name elevenlabs and/or dubformer, got {list(providers)!r}")
        self.context = SimContext(
            config=config,
            clock=SimClock(speed=config.speed, manual=config.manual_clock),
            ids=IdFactory(config.seed),
            media=MediaStore(),
        )
        self.elevenlabs: ElevenLabsSim | None = None
        if "elevenlabs" in wanted:
            from .elevenlabs import ElevenLabsSim  # noqa: PLC0415 - a Dubformer-only simulator need not load it

            self.elevenlabs = ElevenLabsSim(self.context)
        self.dubformer = DubformerSim(self.context) if "dubformer" in wanted else None
        served: list[ProviderSim] = [p for p in (self.elevenlabs, self.dubformer) if p is not None]
        self.engine = Engine(self.context, served)
        # The API is dispatched by a middleware rather than a catch-all route: Starlette's path
        # convertors do not match every byte a client can send (e.g. an encoded newline in an ID).
        self.app = Starlette(routes=control_routes(self), middleware=[Middleware(_ApiDispatch, engine=self.engine)])
        self.app.state.simulator = self

    @property
    def config(self) -> SimConfig:
        """The current configuration."""
        return self.context.config

    def configure(self, **changes: Any) -> SimConfig:
        """Change tunable settings while running (fault_rate, failure_rate, job_seconds, media_size, ...).

        Args:
            **changes: ``SimConfig`` fields and their new values.

        Returns:
            The new configuration.

        Raises:
            ValueError: If a value is invalid.
            TypeError: If a field does not exist.
        """
        config = attrs.evolve(self.context.config, **changes)
        if "fault_kinds" in changes:
            self.engine.faults.set_kinds(config.fault_kinds)
        self.engine.log.set_limit(config.max_logged_requests)
        self.context.config = config
        self.engine.faults.rate = config.fault_rate
        return self.context.config

    def reset(self) -> None:
        """Forget every job, file, request, fault and idempotency key; IDs restart from the seed (the clock runs on)."""
        self.engine.reset()

    def advance(self, seconds: float) -> Any:
        """Move simulated time forward (jobs progress accordingly).

        Args:
            seconds: Simulated seconds, >= 0.

        Returns:
            The new simulated time (a datetime).

        Raises:
            ValueError: If ``seconds`` is negative or not finite, or would take the clock past its horizon
                (1,000 years after its start).
        """
        return self.context.clock.advance(seconds)

    def clock_json(self) -> dict[str, Any]:
        """Describe the clock (for ``GET /_sim/clock``).

        Returns:
            ``now``, ``elapsed``, ``manual`` and ``speed``.
        """
        clock = self.context.clock
        return {
            "now": clock.now().isoformat(),
            "elapsed": clock.elapsed(),
            "manual": clock.manual,
            "speed": clock.speed,
        }

    def inject(self, fault: Fault | str, **options: Any) -> Fault:
        """Queue a fault for the next matching request(s).

        Args:
            fault: A ``Fault``, or a kind (``"rate_limit"``, ``"error_after"``, ...) completed by ``options``.
            **options: ``Fault`` fields: ``status``, ``retry_after``, ``delay``, ``operation``, ``times``.

        Returns:
            The queued fault.

        Raises:
            ValueError: If the kind or an option is invalid.
        """
        queued = fault if isinstance(fault, Fault) else Fault(fault, **options)
        self.engine.faults.queue(queued)
        return queued

    def requests(self, operation: str | None = None) -> list[RequestRecord]:
        """Return the requests received since the last reset.

        Args:
            operation: Only those to this operationId (``"media"`` for downloads).

        Returns:
            The records, in order.
        """
        records = self.engine.log.records()
        return [r for r in records if operation is None or r.operation == operation]

    def counts(self) -> dict[str, int]:
        """Return each provider's counters (e.g. how many dubs and projects were ever created).

        Returns:
            Counter names to values.
        """
        merged: dict[str, int] = {}
        for provider in self.engine.providers.values():
            merged.update(provider.counts())
        return merged

    def violations(self) -> list[Violation]:
        """Return the responses sent that did not match the spec (there should be none).

        Returns:
            The violations.
        """
        return list(self.engine.violations)

    def set_balance(self, minutes: float, api_key: str | None = None) -> None:
        """Set the Dubformer balance of one account, or of all (and of accounts created later).

        Args:
            minutes: The balance.
            api_key: The account's key; None for every account.

        Raises:
            ValueError: If this simulator does not serve Dubformer, or ``minutes`` is not a number from 0 to
                ``MAX_BALANCE_MINUTES``.
        """
        if self.dubformer is None:
            raise ValueError("this simulator does not serve Dubformer")
        minutes = check_number("balance_minutes", minutes, maximum=MAX_BALANCE_MINUTES)
        with self.engine.lock:
            self.dubformer.projects.set_balance(minutes, api_key)

    def media(self, url_or_key: str) -> MediaItem:
        """Return a media file the simulator serves, to compare a download with.

        Args:
            url_or_key: Its URL (``.../_sim/media/<key>``) or key.

        Returns:
            The file.

        Raises:
            KeyError: If there is no such file.
        """
        key = url_or_key.split(f"{CONTROL_PREFIX}/media/", 1)[-1]
        item = self.context.media.get(key)
        if item is None:
            raise KeyError(f"no media {key!r}")
        return item

    def transport(self) -> SimTransport:
        """Return a sync httpx transport that sends requests to this simulator in process.

        Returns:
            A ``SimTransport``; use ``httpx2.Client(transport=sim.transport())``.
        """
        return SimTransport(self.app)

    def async_transport(self) -> AsyncSimTransport:
        """Return an async httpx transport that sends requests to this simulator in process.

        Returns:
            An ``AsyncSimTransport``; use ``httpx2.AsyncClient(transport=sim.async_transport())``.
        """
        return AsyncSimTransport(self.app)

    def serve(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        header_timeout: float = DEFAULT_HEADER_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> SimServer:
        """Start serving on a socket (uvicorn, in a background thread).

        Args:
            host: The interface to bind.
            port: The port; 0 picks a free one.
            header_timeout: Seconds a connection has to send a complete request head before it is closed.
            max_connections: The most connections open at once; more are closed as they arrive.

        Returns:
            A started ``SimServer``; use it as a context manager, or call ``stop()``.

        Raises:
            RuntimeError: If it cannot start (e.g. the port is taken).
            ValueError: If ``header_timeout`` or ``max_connections`` is out of bounds.
        """
        server = SimServer(
            self.app, host=host, port=port, header_timeout=header_timeout, max_connections=max_connections
        )
        return server.start()
