"""httpx transports that call the simulator's ASGI app in process: a sync one and an async one.

``httpx2.ASGITransport`` is async-only and buffers whole response bodies; these stream both ways (a
1 GiB download never sits in memory), honour the read timeout, and turn a dropped connection into
the ``httpx2.RemoteProtocolError`` a real socket would give.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx2
from starlette.types import ASGIApp, Message

from ._responses import SimulatedDisconnectError

__all__ = ["AsyncSimTransport", "SimTransport"]

_START, _BODY, _END, _ERROR = "start", "body", "end", "error"
_QUEUE_DEPTH = 16


def _scope(request: httpx2.Request) -> dict[str, Any]:
    url = request.url
    port = url.port or (443 if url.scheme == "https" else 80)
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": request.method,
        "scheme": url.scheme,
        "path": url.path,
        "raw_path": url.raw_path.split(b"?")[0],
        "query_string": url.query,
        "root_path": "",
        "headers": [(k.lower(), v) for k, v in request.headers.raw],
        "client": ("127.0.0.1", 50000),
        "server": (url.host, port),
        "extensions": {},
    }


def _read_timeout(request: httpx2.Request) -> float | None:
    timeout: dict[str, float | None] = request.extensions.get("timeout", {})
    return timeout.get("read")


def _dropped(error: BaseException) -> httpx2.TransportError:
    if isinstance(error, SimulatedDisconnectError):
        return httpx2.RemoteProtocolError("peer closed connection without sending complete message body")
    return httpx2.RemoteProtocolError(f"the simulator failed: {error!r}")


def _head(item: tuple[str, Any]) -> tuple[int, list[tuple[bytes, bytes]]]:
    """Return the status and headers the app's first message carries; raise if it failed before answering."""
    kind, value = item
    if kind == _ERROR:
        raise _dropped(value)
    status, headers = value
    return status, headers


def _chunk(item: tuple[str, Any]) -> bytes | None:
    """Return the body chunk an item carries, or None at the end of the body; raise if the app failed midway."""
    kind, value = item
    if kind == _ERROR:
        raise _dropped(value)
    chunk: bytes | None = None if kind == _END else value
    return chunk


async def _run_app(
    app: ASGIApp,
    request: httpx2.Request,
    next_chunk: Callable[[], Awaitable[bytes | None]],
    emit: Callable[[tuple[str, Any]], Awaitable[None]],
) -> None:
    """Run the ASGI app for one request, feeding it the body and emitting what it sends."""
    finished = asyncio.Event()
    body_done = False

    async def receive() -> Message:
        nonlocal body_done
        if body_done:
            await finished.wait()
            return {"type": "http.disconnect"}
        chunk = await next_chunk()
        if chunk is None:
            body_done = True
            return {"type": "http.request", "body": b"", "more_body": False}
        return {"type": "http.request", "body": chunk, "more_body": True}

    started = ended = False

    async def send(message: Message) -> None:
        nonlocal started, ended
        if message["type"] == "http.response.start":
            started = True
            await emit((_START, (message["status"], message.get("headers", []))))
        elif message["type"] == "http.response.body":
            if message.get("body"):
                await emit((_BODY, message["body"]))
            if not message.get("more_body", False):
                ended = True
                await emit((_END, None))

    try:
        await app(_scope(request), receive, send)
    except Exception as error:  # an app error becomes a transport error, as over a socket
        if not ended:
            await emit((_ERROR, error))
    else:
        if not ended:
            await emit((_ERROR, RuntimeError("the app returned without completing its response")))
    finally:
        finished.set()


class _SyncBody(httpx2.SyncByteStream):
    def __init__(
        self, items: queue.Queue[tuple[str, Any]], timeout: float | None, on_close: Callable[[], None]
    ) -> None:
        self._items, self._timeout, self._on_close = items, timeout, on_close

    def __iter__(self) -> Iterator[bytes]:
        while (chunk := _chunk(self._next())) is not None:
            yield chunk

    def _next(self) -> tuple[str, Any]:
        try:
            return self._items.get(timeout=self._timeout)
        except queue.Empty:
            raise httpx2.ReadTimeout("timed out reading the simulator's response") from None

    def close(self) -> None:
        self._on_close()


class SimTransport(httpx2.BaseTransport):
    """A sync httpx transport that runs an ASGI app on a private event loop thread.

    Args:
        app: The ASGI app (e.g. ``Simulator().app``).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="dubkit-sim-transport", daemon=True)
        self._thread.start()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send one request to the app on the transport's loop thread (the request body is read off that loop).

        Args:
            request: The request.

        Returns:
            The response; its body streams from the loop thread through a bounded queue, so a slow reader
            holds the app back instead of buffering.

        Raises:
            httpx2.ReadTimeout: If the app does not answer within the read timeout.
            httpx2.RemoteProtocolError: If the app drops the connection before answering.
        """
        items: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=_QUEUE_DEPTH)
        closed = threading.Event()
        chunks = iter(request.stream)  # type: ignore[arg-type]

        async def next_chunk() -> bytes | None:
            # Reading the request body may block (a file upload): do it off the loop.
            return await asyncio.to_thread(lambda: next(chunks, None))

        async def emit(item: tuple[str, Any]) -> None:
            while not closed.is_set():
                try:
                    items.put_nowait(item)
                    return
                except queue.Full:
                    await asyncio.sleep(0.001)

        future = asyncio.run_coroutine_threadsafe(_run_app(self.app, request, next_chunk, emit), self._loop)
        timeout = _read_timeout(request)

        def on_close() -> None:
            closed.set()
            future.cancel()

        try:
            status, headers = _head(items.get(timeout=timeout))
        except queue.Empty:
            on_close()
            raise httpx2.ReadTimeout("timed out waiting for the simulator's response") from None
        except httpx2.TransportError:
            on_close()
            raise
        return httpx2.Response(status, headers=headers, stream=_SyncBody(items, timeout, on_close), request=request)

    def close(self) -> None:
        """Stop the event loop thread."""
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
        with contextlib.suppress(RuntimeError):
            self._loop.close()


class _AsyncBody(httpx2.AsyncByteStream):
    def __init__(self, items: asyncio.Queue[tuple[str, Any]], timeout: float | None, task: asyncio.Task[None]) -> None:
        self._items, self._timeout, self._task = items, timeout, task

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while (chunk := _chunk(await self._next())) is not None:
            yield chunk

    async def _next(self) -> tuple[str, Any]:
        try:
            return await asyncio.wait_for(self._items.get(), self._timeout)
        except TimeoutError:
            raise httpx2.ReadTimeout("timed out reading the simulator's response") from None

    async def aclose(self) -> None:
        if not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


class AsyncSimTransport(httpx2.AsyncBaseTransport):
    """An async httpx transport that runs an ASGI app on the caller's event loop, streaming both ways.

    Args:
        app: The ASGI app (e.g. ``Simulator().app``).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send one request to the app, run as a task on the caller's event loop.

        Args:
            request: The request.

        Returns:
            The response; its body streams from the app's task, which closing the response cancels.

        Raises:
            httpx2.ReadTimeout: If the app does not answer within the read timeout.
            httpx2.RemoteProtocolError: If the app drops the connection before answering.
        """
        items: asyncio.Queue[tuple[str, Any]] = asyncio.Queue(maxsize=_QUEUE_DEPTH)
        chunks = request.stream.__aiter__()  # type: ignore[union-attr]

        async def next_chunk() -> bytes | None:
            try:
                chunk: bytes = await chunks.__anext__()
            except StopAsyncIteration:
                return None
            return chunk

        task = asyncio.create_task(_run_app(self.app, request, next_chunk, items.put))
        timeout = _read_timeout(request)
        try:
            item = await asyncio.wait_for(items.get(), timeout)
        except TimeoutError:
            task.cancel()
            raise httpx2.ReadTimeout("timed out waiting for the simulator's response") from None
        status, headers = _head(item)
        return httpx2.Response(status, headers=headers, stream=_AsyncBody(items, timeout, task), request=request)
