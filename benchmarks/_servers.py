"""The servers a benchmark talks to, each run by uvicorn in its own process on loopback.

Run as a script (the benchmark does this with ``subprocess``); it prints its base URL as the first line
of stdout, then serves until its stdin is closed, so it never outlives the benchmark that started it:

    python benchmarks/_servers.py sim --segments 5000
    python benchmarks/_servers.py sim --segments 5 --providers elevenlabs,dubformer
    python benchmarks/_servers.py replay --body resource.json --path /v1/dubbing/resource/abc [--body ... --path ...]
    python benchmarks/_servers.py jobs --speed 10 --window 60 --seed 1
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


def replay_app(bodies: dict[str, bytes]) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """Return an ASGI app that answers ``GET path`` with that path's body as JSON, and 404 to anything else.

    It does no work per request beyond sending the bytes, so what a client measures is its own cost.

    Args:
        bodies: The exact bytes to serve, by path.

    Returns:
        The app.
    """
    answers = {
        path: [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        for path, body in bodies.items()
    }
    not_found = [(b"content-length", b"0")]

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path = scope["path"]
        found = scope["method"] == "GET" and path in answers
        status, headers, payload = (200, answers[path], bodies[path]) if found else (404, not_found, b"")
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    return app


def sim_app(segments: int, providers: tuple[str, ...] = ("elevenlabs",)) -> Any:
    """Return the simulator, configured to build a dubbing resource of ``segments`` segments.

    The clock is manual (the benchmark advances it over ``/_sim/clock/advance``) and responses are not
    validated against the spec: validating a resource of thousands of segments takes seconds.

    Args:
        segments: The number of segments a new dub's resource is cut into.
        providers: The APIs it serves.

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
    return Simulator(config, providers=providers).app


def jobs_app(speed: float, window: float, seed: int) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """Return the ElevenLabs simulator on a held real clock, its dubs finishing at random times within ``window``.

    Each dub takes a seeded random time spread evenly over 0 to ``window`` simulated seconds
    (``job_seconds = window / 2`` with ``job_jitter = 1``). The clock stands still until ``POST
    /_bench/release`` starts it at ``speed``x (the answer is ``GET /_sim/clock``'s), so dubs created before
    then all start at the same simulated instant however long creating them took. Responses are not validated
    against the spec and every dub's resource is one short segment: the benchmark measures the client.

    Args:
        speed: Simulated seconds per real second, once released.
        window: The longest a dub takes, in simulated seconds.
        seed: Seeds the dubs' durations and IDs.

    Returns:
        The ASGI app.
    """
    import json  # noqa: PLC0415 - only this server needs them
    import time  # noqa: PLC0415

    from dubkit.sim import SimConfig, Simulator  # noqa: PLC0415 - the replay server does not need the sim
    from dubkit.sim._clock import SimClock  # noqa: PLC0415 - the benchmark holds the simulator's own clock

    class HeldClock(SimClock):
        """A real clock that stands still from its creation until ``release()``, then runs at its speed."""

        def __init__(self) -> None:
            super().__init__(speed=speed)
            self._held_since = time.monotonic()
            self._held_for: float | None = None

        def release(self) -> None:
            """Start the clock (once; later calls change nothing)."""
            if self._held_for is None:
                self._held_for = time.monotonic() - self._held_since

        def elapsed(self) -> float:
            """Return the simulated seconds since the clock started, not counting the time it was held.

            Returns:
                Seconds of simulated time.
            """
            held = time.monotonic() - self._held_since if self._held_for is None else self._held_for
            return max(0.0, super().elapsed() - held * self.speed)

    config = SimConfig(
        seed=seed,
        speed=speed,
        job_seconds=window / 2,
        job_jitter=1.0,
        validate_responses=False,
        max_resource_segments=1,
        source_seconds=10.0,
        media_size=1024,
    )
    sim = Simulator(config, providers=("elevenlabs",))
    clock = HeldClock()
    sim.context.clock = clock  # every part of the simulator reads the clock from its context

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/_bench/release":
            await sim.app(scope, receive, send)
            return
        clock.release()
        body = json.dumps(sim.clock_json()).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


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
    # Listen before the URL is printed: a client connecting while uvicorn still starts then waits in the
    # backlog instead of being refused (asyncio calls listen() again, which is harmless).
    sock.listen(2048)
    # Idle keep-alive connections stay open: the official SDK spends ~9 s parsing one resource, longer than
    # uvicorn's default 5 s, and would otherwise find its connection closed under it on the next call.
    config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False, timeout_keep_alive=3600)
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
    sim.add_argument("--providers", default="elevenlabs", help="comma-separated: elevenlabs,dubformer")
    jobs = commands.add_parser("jobs", help="the ElevenLabs simulator on a held real clock, dubs of random durations")
    jobs.add_argument("--speed", type=float, required=True, help="simulated seconds per real second")
    jobs.add_argument("--window", type=float, required=True, help="dubs take 0 to this many simulated seconds")
    jobs.add_argument("--seed", type=int, default=0)
    replay = commands.add_parser("replay", help="serve captured bodies, each at its path")
    replay.add_argument("--body", type=Path, action="append", required=True, help="repeat with --path, in pairs")
    replay.add_argument("--path", action="append", required=True)
    args = parser.parse_args(argv)
    if args.command == "sim":
        serve(sim_app(args.segments, tuple(args.providers.split(","))))
    elif args.command == "jobs":
        serve(jobs_app(args.speed, args.window, args.seed))
    elif len(args.body) != len(args.path):
        parser.error("give --body and --path in pairs")
    else:
        serve(replay_app({path: body.read_bytes() for path, body in zip(args.path, args.body, strict=True)}))


if __name__ == "__main__":
    main()
