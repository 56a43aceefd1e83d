"""Serve a simulator on a socket with uvicorn, in a background thread, bounded against idle and slow clients.

uvicorn closes an idle keep-alive connection, but waits forever for the head of a request: a client
that connects and sends nothing (or a byte at a time) holds a file descriptor for good, and about a
thousand of them exhaust the process's. Here every connection must deliver a complete request head
within ``header_timeout`` seconds of opening (or of its previous response), a body may not stop
arriving for longer than that, and connections beyond ``max_connections`` are closed as they arrive.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from types import TracebackType
from typing import Any, Self

import h11
import uvicorn
from starlette.types import ASGIApp
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._bounds import check_int, check_number
from ._responses import SimulatedDisconnectError

__all__ = ["DEFAULT_HEADER_TIMEOUT", "DEFAULT_MAX_CONNECTIONS", "SimServer"]

DEFAULT_HEADER_TIMEOUT = 10.0
DEFAULT_MAX_CONNECTIONS = 512
# The largest request head (request line and headers) accepted, as h11's own default.
_MAX_HEAD_BYTES = 16 * 1024
# A wildcard address is where a server listens, not one a client can use: clients reach it on loopback.
_WILDCARDS = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}  # noqa: S104 - recognised, not bound
# How long stop() lets requests in flight finish before it closes their connections.
_SHUTDOWN_GRACE = 3.0


class _QuietDisconnects(logging.Filter):
    """Injected connection drops are deliberate; uvicorn would log each as an application crash."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], SimulatedDisconnectError))


# One instance: addFilter() ignores a filter already added, so starting many servers adds it once.
_QUIET_DISCONNECTS = _QuietDisconnects()


def _guarded_protocol(header_timeout: float, max_connections: int) -> type[asyncio.Protocol]:
    """Return uvicorn's HTTP/1.1 protocol with a deadline for request heads and a cap on connections."""
    refusing = False  # warn once per run of refusals, not once per connection of a flood

    class GuardedH11Protocol(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            nonlocal refusing
            super().connection_made(transport)
            if len(self.connections) > max_connections:
                if not refusing:
                    self.logger.warning("Refusing connections: %d are open already.", max_connections)
                refusing = True
                transport.close()
                return
            refusing = False
            self._await_head()

        def _await_head(self) -> None:
            self._cancel_head_timer()
            self._head_timer = self.loop.call_later(header_timeout, self._head_overdue)

        def _cancel_head_timer(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_overdue(self) -> None:
            self._head_timer = None
            if self.transport.is_closing():
                return
            state = self.conn.their_state
            # Still waiting for the head of a request (none, or part of one, has arrived), or for more of a
            # body that stopped arriving (not held back by the server's own flow control): give up on it.
            if state is h11.IDLE or (state is h11.SEND_BODY and not self.flow.read_paused):
                self.transport.close()
            elif state is h11.SEND_BODY:
                self._await_head()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.conn.their_state is h11.SEND_BODY and not self.transport.is_closing():
                self._await_head()  # a body that keeps arriving keeps its connection

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._await_head()

        def connection_lost(self, exc: Exception | None) -> None:
            self._cancel_head_timer()
            super().connection_lost(exc)

    return GuardedH11Protocol


class SimServer(contextlib.AbstractContextManager["SimServer"]):
    """A running uvicorn server for an ASGI app.

    Args:
        app: The app.
        host: The interface to bind (loopback by default).
        port: The port; 0 picks a free one.
        header_timeout: Seconds a connection has to send a complete request head, from when it opens or
            from its previous response; then it is closed.
        max_connections: The most connections open at once; more are closed as soon as they are accepted.

    Raises:
        ValueError: If ``header_timeout`` or ``max_connections`` is out of bounds.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        header_timeout: float = DEFAULT_HEADER_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> None:
        header_timeout = check_number("header_timeout", header_timeout, maximum=3600.0, exclusive_minimum=True)
        max_connections = check_int("max_connections", max_connections, minimum=1, maximum=1_000_000)
        options: dict[str, Any] = {"log_level": "warning", "lifespan": "off", "access_log": False}
        config = uvicorn.Config(
            app, host=host, port=port, **options,
            http=_guarded_protocol(header_timeout, max_connections),
            h11_max_incomplete_event_size=_MAX_HEAD_BYTES,
            timeout_keep_alive=5, timeout_graceful_shutdown=int(_SHUTDOWN_GRACE),
        )  # fmt: skip
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="dubkit-sim-server", daemon=True)
        self.host = host
        self.port = port

    def _run(self) -> None:
        # uvicorn calls sys.exit() when it cannot bind; in this thread that only means "did not start",
        # which start() reports as RuntimeError.
        with contextlib.suppress(SystemExit):
            self._server.run()

    @property
    def url(self) -> str:
        """The base URL to reach it, e.g. ``http://127.0.0.1:8765`` (on loopback for a wildcard bind: ``0.0.0.0``)."""
        host = _WILDCARDS.get(self.host, self.host)
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    def start(self, timeout: float = 10.0) -> Self:
        """Start serving and wait until the socket accepts connections.

        Args:
            timeout: Seconds to wait for start-up.

        Returns:
            The server.

        Raises:
            RuntimeError: If it does not start in time (e.g. the port is taken).
        """
        logging.getLogger("uvicorn.error").addFilter(_QUIET_DISCONNECTS)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the simulator could not start on {self.host}:{self.port}")
            time.sleep(0.01)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread to end."""
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
