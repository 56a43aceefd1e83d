"""The servers a benchmark talks to, each run by uvicorn in its own process on loopback.

Run as a script (the benchmark does this with ``subprocess``); it prints its base URL as the first line
of stdout, then serves until its stdin is closed, so it never outlives the benchmark that started it:

    python benchmarks/_servers.py sim --segments 5000
    python benchmarks/_servers.py replay --body resource.json --path /v1/dubbing/resource/abc
"""

from __future__ import annotations

import argparse
import socket
import sys
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

import uvicorn

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

# A dubbing resource has at most this many seconds of media per segment (a 6 s line and a 1.2 s pause,
# see dubkit.sim.elevenlabs._resource_seed), so a source this long always holds the segments asked for.
SECONDS_PER_SEGMENT = 7.2


def replay_app(path: str, body: bytes) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """Return an ASGI app that answers ``GET path`` with ``body`` as JSON, and 404 to anything else.

    It does no work per request beyond sending the bytes, so what a client measures is its own cost.

    Args:
        path: The one path it serves.
        body: The exact bytes to serve.

    Returns:
        The app.
    """
    ok_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        found = scope["method"] == "GET" and scope["path"] == path
        status, headers, payload = (200, ok_headers, body) if found else (404, [(b"content-length", b"0")], b"")
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    return app


def sim_app(segments: int) -> Any:
    """Return the ElevenLabs simulator, configured to build a dubbing resource of ``segments`` segments.

    The clock is manual (the benchmark advances it over ``/_sim/clock/advance``) and responses are not
    validated against the spec: validating a resource of thousands of segments takes seconds.

    Args:
        segments: The number of segments a new dub's resource is cut into.

    Returns:
        The ASGI app.
    """
    from dubkit.sim import SimConfig, Simulator  # noqa: PLC0415 - the replay server does not need the sim

    config = SimConfig(
        manual_clock=True,
        validate_responses=False,
        max_resource_segments=segments,
        source_seconds=segments * SECONDS_PER_SEGMENT + 10,
        # The resource references one media file per dubbed segment; their bytes are never fetched here.
        media_size=1024,
    )
    return Simulator(config, providers=("elevenlabs",)).app


def serve(app: Any) -> None:
    """Serve ``app`` on a free loopback port, print the base URL, and stop when stdin closes.

    Args:
        app: The ASGI app.
    """
    # The protocol must be named: asyncio sets TCP_NODELAY only on sockets whose proto is IPPROTO_TCP, and
    # without it every keep-alive response waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    server = uvicorn.Server(config)

    def watch_stdin() -> None:
        sys.stdin.read()  # returns at EOF: the benchmark closed the pipe or ended
        server.should_exit = True

    threading.Thread(target=watch_stdin, daemon=True).start()
    print(f"http://127.0.0.1:{port}", flush=True)
    server.run(sockets=[sock])


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and serve.

    Args:
        argv: The arguments (``sys.argv[1:]`` by default).
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sim = commands.add_parser("sim", help="the ElevenLabs simulator")
    sim.add_argument("--segments", type=int, required=True)
    replay = commands.add_parser("replay", help="serve one captured body")
    replay.add_argument("--body", type=Path, required=True)
    replay.add_argument("--path", required=True)
    args = parser.parse_args(argv)
    if args.command == "sim":
        serve(sim_app(args.segments))
    else:
        serve(replay_app(args.path, args.body.read_bytes()))


if __name__ == "__main__":
    main()
