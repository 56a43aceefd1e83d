"""Serve a simulator on a socket with uvicorn, in a background thread."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from types import TracebackType
from typing import Self

import uvicorn
from starlette.types import ASGIApp

from ._responses import SimulatedDisconnectError

__all__ = ["SimServer"]


class _QuietDisconnects(logging.Filter):
    """Injected connection drops are deliberate; uvicorn would log each as an application crash."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], SimulatedDisconnectError))


# One instance: addFilter() ignores a filter already added, so starting many servers adds it once.
_QUIET_DISCONNECTS = _QuietDisconnects()


class SimServer:
    """A running uvicorn server for an ASGI app.

    Args:
        app: The app.
        host: The interface to bind (loopback by default).
        port: The port; 0 picks a free one.
    """

    def __init__(self, app: ASGIApp, *, host: str = "127.0.0.1", port: int = 0) -> None:
        config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off", access_log=False)
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
        """The base URL, e.g. ``http://127.0.0.1:8765``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
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

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
