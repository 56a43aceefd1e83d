"""1,000 concurrent async ``wait()``s on one event loop, next to the ideal poll schedule.

The server is the simulator (``_servers.py jobs``), run by uvicorn in its own process, whose dubs each take
a seeded random time spread evenly over 0 to ``--window`` simulated seconds. Its clock stands still while
the dubs are created, then runs ``--speed`` times faster than the wall clock, so every dub starts at the
same simulated instant however long creating them took. The client runs in a fresh process of its own, so
its peak RSS is dubkit's and its coroutines' alone: one ``AsyncElevenLabs``, as a user gets it (its own
connection pool), creates the dubs, then awaits ``asyncio.gather`` of one ``client.dubbing.wait()`` per dub.

Time is scaled, not faked: ``wait()`` sleeps for real on the real event loop and polls over real sockets,
with ``poll_interval = 2.0 / speed``, so in simulated seconds it follows the default schedule (polls at
0, 2, 5, 9.5, 16.25, 26.4, 41.6, 64.3 s). Its 30 s cap on a wait is not scaled, but within 64 simulated
seconds no wait reaches it, scaled or not. The speed multiplies the client's load (polls per real second)
as much as it shortens the run, so it is kept low (``FULL``): 1,000 waits started together poll in bursts
(1,000 polls at 0 s, again around 2 s, 5 s, ...; the 10 % jitter spreads later ones only a little), and
each poll costs the client ~3 ms of CPU on a small machine, most of it httpcore's pool bookkeeping.

The ideal schedule is what a waiter following the same policy without jitter and without any overhead
needs: for each job, polls at 0, i, i + 1.5i, ... from the moment its ``wait()`` started, until the first
poll at or after the job's finish; summed over the jobs. The actual polls are the ``GET /v1/dubbing/{id}``
requests the waits sent (counted by event hooks on the ``httpx2.AsyncClient`` dubkit's methods call),
cross-checked with the simulator's request log (which also counts any attempt dubkit's transport retried).
A client that falls behind its schedule polls later, so less, not more: the polls row is read with the
poll latency and how long after its finish each job was seen done, both in the JSON details and the note.

Usage:
    python benchmarks/concurrent_waits.py [--jobs 1000] [--window 60] [--speed 1] [--json PATH]
    python benchmarks/concurrent_waits.py --smoke        # 20 jobs within 6 s: checks that everything runs
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx2
from _harness import KEY, Row, peak_rss_mb, print_table, server, write_json

if TYPE_CHECKING:
    from dubkit import AsyncElevenLabs

BENCHMARK = "concurrent async wait()s"
# The full run in real time (~80 s of wall time: the schedule's last poll is at 64.3 s), so the client's load
# is a real deployment's. Compressed, the load grows with the speed and a 2-CPU machine's client falls
# behind: at 2x (~45 s) polls were 0.71-0.80x the schedule with a median poll latency of 1-2 s, at 10x 0.32x
# with 2 s; the figures then measure the compression more than dubkit.
FULL = {"jobs": 1000, "window": 60.0, "speed": 1.0}
SMOKE = {"jobs": 20, "window": 6.0, "speed": 5.0}
SEED = 1
POLL_TARGET = 1.1
RSS_TARGET_MB = 150.0
# Creating is not what is measured: on loopback ten creates in flight keep the simulator busy, and more only
# add httpcore's bookkeeping, which walks every open connection for each request (1,000 creates: ~2 s at 10,
# ~10 s at 100 on the machine this was tuned on).
CREATE_CONCURRENCY = 10
# Generous: a wait that has not finished after twice its window (plus a margin for a slow machine) is stuck.
TIMEOUT_MARGIN_S = 30.0
POLL_PATH = re.compile(r"/v1/dubbing/([^/]+)")  # what wait() GETs: the dub's metadata


def ideal_polls(remaining: float, interval: float, cap: float, multiplier: float) -> tuple[int, float]:
    """Return the polls a jitter-free waiter with no overhead needs to see a job done, and when it sees it.

    Args:
        remaining: Seconds from the start of the wait to the job's finish (<= 0: it is already done).
        interval: The wait before the second poll.
        cap: The longest wait between polls.
        multiplier: Each wait is this many times the previous one (before the cap).

    Returns:
        ``(polls, seconds from the start of the wait to the poll that sees it done)``.
    """
    polls, at, step = 1, 0.0, interval
    # The simulator reports a dub done from its finish on (``elapsed >= deadline``), so a poll exactly
    # at the finish sees it done.
    while at < remaining:
        at += min(step, cap)
        step = min(step * multiplier, cap)
        polls += 1
    return polls, at


def spread(values: Sequence[float]) -> dict[str, float]:
    """Summarise figures as median, 99th percentile and maximum.

    Args:
        values: The figures (NaN ones are left out).

    Returns:
        ``median``, ``p99`` and ``max``; NaN when there are no figures.
    """
    ordered = sorted(value for value in values if not math.isnan(value))
    if not ordered:
        return {"median": math.nan, "p99": math.nan, "max": math.nan}
    return {
        "median": statistics.median(ordered),
        "p99": ordered[math.ceil(0.99 * len(ordered)) - 1],
        "max": ordered[-1],
    }


# --- the client process --------------------------------------------------------------------------------------


@dataclass
class PollLog:
    """The polls of every wait, as the event hooks of dubkit's API client see them (real monotonic seconds).

    Attributes:
        recording: Whether polls are being recorded (only during the waits).
        polls: Polls sent, by dubbing ID.
        first_sent: When each dub's first poll was sent.
        answered: When each dub's latest poll was answered.
        latencies: Seconds from sending each poll to its response's headers.
    """

    recording: bool = False
    polls: Counter[str] = field(default_factory=Counter)
    first_sent: dict[str, float] = field(default_factory=dict)
    answered: dict[str, float] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    _in_flight: dict[int, tuple[str, float]] = field(default_factory=dict)

    def attach(self, api: httpx2.AsyncClient) -> None:
        """Hook into the client dubkit's methods send through.

        Counted there, each poll a wait makes counts once; an attempt dubkit's transport retries below it
        shows in the simulator's log only.

        Args:
            api: ``client.raw.get_async_httpx_client()``.
        """
        api.event_hooks["request"].append(self._sent)
        # First: dubkit's own response hook raises on an error status, and the poll was answered all the same.
        api.event_hooks["response"].insert(0, self._answered)

    async def _sent(self, request: httpx2.Request) -> None:
        poll = POLL_PATH.fullmatch(request.url.path) if self.recording and request.method == "GET" else None
        if poll is not None:
            now = time.monotonic()
            self.polls[poll[1]] += 1
            self.first_sent.setdefault(poll[1], now)
            self._in_flight[id(request)] = (poll[1], now)

    async def _answered(self, response: httpx2.Response) -> None:
        poll = self._in_flight.pop(id(response.request), None)
        if poll is not None:
            now = time.monotonic()
            self.answered[poll[0]] = now
            self.latencies.append(now - poll[1])


async def create_dubs(client: AsyncElevenLabs, jobs: int) -> dict[str, float]:
    """Create the dubs, at most ``CREATE_CONCURRENCY`` at a time.

    Args:
        client: The client.
        jobs: How many.

    Returns:
        Each dub's processing time (simulated seconds), by dubbing ID.
    """
    gate = asyncio.Semaphore(CREATE_CONCURRENCY)

    async def create(number: int) -> tuple[str, float]:
        async with gate:
            dub = await client.dubbing.create(source_url=f"https://example.com/bench/{number}.mp4", target_lang="es")
        return dub.dubbing_id, dub.expected_duration_sec

    return dict(await asyncio.gather(*(create(number) for number in range(jobs))))


async def client_run(url: str, *, jobs: int, speed: float, window: float) -> dict[str, Any]:
    """Create ``jobs`` dubs, start the simulator's clock, and wait for all of them at once.

    Runs in the client process (``--client URL``).

    Args:
        url: The simulator's base URL.
        jobs: How many dubs.
        speed: The simulator's speed (simulated seconds per real second).
        window: The longest a dub takes, in simulated seconds.

    Returns:
        The raw figures: per-job polls and ideal polls, timings, errors, peak RSS.
    """
    import dubkit  # noqa: PLC0415 - imported here, so the RSS measured before it is the interpreter's
    from dubkit import _retry as policy  # noqa: PLC0415

    rss_start = peak_rss_mb()
    log = PollLog()
    poll_interval = policy.DEFAULT_POLL_INTERVAL / speed
    timeout = 2 * window / speed + TIMEOUT_MARGIN_S
    started = time.monotonic()
    async with dubkit.AsyncElevenLabs(api_key=KEY, base_url=url) as client:
        api = client.raw.get_async_httpx_client()
        log.attach(api)
        expected = await create_dubs(client, jobs)
        creating = time.monotonic() - started
        # The simulator's clock stood still while the dubs were created: start it, and note the simulated
        # time at a known real moment (the middle of the round trip that read it).
        before = time.monotonic()
        clock = (await api.post("/_bench/release")).json()
        reference, sim_reference = (before + time.monotonic()) / 2, datetime.fromisoformat(clock["now"])
        wait_started: dict[str, float] = {}

        async def wait(dubbing_id: str) -> Any:
            wait_started[dubbing_id] = time.monotonic()
            return await client.dubbing.wait(dubbing_id, poll_interval=poll_interval, timeout=timeout)

        log.recording = True
        waiting = time.monotonic()
        cpu_waiting = time.process_time()
        outcomes = await asyncio.gather(*(wait(dubbing_id) for dubbing_id in expected), return_exceptions=True)
        waited = time.monotonic() - waiting
        cpu_waited = time.process_time() - cpu_waiting
        log.recording = False
        errors: Counter[str] = Counter()
        rereads = 0
        finished: dict[str, datetime] = {}  # each dub's finish, in simulated time
        for dubbing_id, outcome in zip(expected, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                errors[f"{type(outcome).__name__}: {outcome}"[:200]] += 1
                # A failed wait returned no created_at: read it (not counted: recording is off).
                outcome = await client.dubbing.get(dubbing_id)  # noqa: PLW2901 - the same dub, read again
                rereads += 1
            elif outcome.status != "dubbed":
                errors[f"status {outcome.status}"] += 1
            finished[dubbing_id] = outcome.created_at + timedelta(seconds=expected[dubbing_id])
    rss_peak = peak_rss_mb()

    def simulated(real: float) -> datetime:
        return sim_reference + timedelta(seconds=(real - reference) * speed)

    # The policy the waits follow, in simulated seconds.
    interval = poll_interval * speed
    cap = max(policy.MAX_POLL_INTERVAL, poll_interval) * speed
    per_job = []
    for dubbing_id, done_at in finished.items():
        start = simulated(wait_started[dubbing_id])
        remaining = (done_at - start).total_seconds()
        ideal, ideal_seen = ideal_polls(remaining, interval, cap, policy.POLL_BACKOFF_MULTIPLIER)
        answered, first = log.answered.get(dubbing_id), log.first_sent.get(dubbing_id)
        seen = math.nan if answered is None else (simulated(answered) - start).total_seconds()
        per_job.append(
            {
                "remaining": remaining,
                "polls": log.polls[dubbing_id],
                "ideal": ideal,
                # How long after its finish each job was seen done: what polling costs, in simulated seconds.
                "seen_late": seen - remaining,
                "ideal_seen_late": ideal_seen - remaining,
                "first_poll_lag_ms": math.nan if first is None else (first - wait_started[dubbing_id]) * 1000,
            }
        )
    return {
        "jobs": jobs,
        "completed": jobs - sum(errors.values()),
        "errors": dict(errors),
        "polls": sum(log.polls.values()),
        "ideal_polls": sum(job["ideal"] for job in per_job),
        "per_job": per_job,
        "rereads": rereads,
        "poll_latency_ms": spread([seconds * 1000 for seconds in log.latencies]),
        "create_s": creating,
        "wait_s": waited,
        "wait_cpu_s": cpu_waited,
        "wait_cpu_ms_per_poll": cpu_waited * 1000 / max(1, sum(log.polls.values())),
        "wall_s": time.monotonic() - started,
        "poll_interval_s": poll_interval,
        "timeout_s": timeout,
        "rss_after_import_mb": rss_start,
        "peak_rss_mb": rss_peak,
    }


# --- the driver ----------------------------------------------------------------------------------------------


def measure(*, jobs: int, window: float, speed: float, seed: int = SEED) -> dict[str, Any]:
    """Serve the simulator, run the client in a fresh process against it, and cross-check its poll count.

    Args:
        jobs: How many dubs to create and wait for.
        window: Dubs take 0 to this many simulated seconds.
        speed: Simulated seconds per real second.
        seed: Seeds the dubs' durations.

    Returns:
        The client's figures, plus ``server_polls`` (the polls the simulator logged during the waits).

    Raises:
        RuntimeError: If the client process fails.
    """
    with server("jobs", "--speed", str(speed), "--window", str(window), "--seed", str(seed)) as url:
        command = [sys.executable, str(Path(__file__).resolve()), "--client", url]
        command += ["--jobs", str(jobs), "--window", str(window), "--speed", str(speed)]
        limit = 2 * window / speed + TIMEOUT_MARGIN_S + 300  # the waits' own timeout, plus creating the dubs
        done = subprocess.run(command, capture_output=True, text=True, timeout=limit, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"the client process exited with {done.returncode}:\n{done.stderr}")
        result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
        log = httpx2.get(f"{url}/_sim/requests", timeout=60).raise_for_status().json()["requests"]
    # A failed wait's dub is read once more after the waits; that read is no poll.
    result["server_polls"] = sum(1 for r in log if r["operation"] == "get_dubbing") - result["rereads"]
    result["client_stderr"] = done.stderr[-2000:]
    return result


def rows_from(result: dict[str, Any], *, window: float, speed: float) -> list[Row]:
    """Turn a measurement into the table's rows.

    Args:
        result: What ``measure`` returned.
        window: Dubs took 0 to this many simulated seconds.
        speed: Simulated seconds per real second.

    Returns:
        The polls, completed and peak-RSS rows.
    """
    jobs, polls, ideal = result["jobs"], result["polls"], result["ideal_polls"]
    per_job = result.pop("per_job")
    latency = result["poll_latency_ms"]
    late, ideal_late = (spread([job[key] for job in per_job]) for key in ("seen_late", "ideal_seen_late"))
    details = {
        **result,
        "window_sim_s": window,
        "speed": speed,
        "polls_per_job": spread([float(job["polls"]) for job in per_job]),
        "jobs_over_ideal": sum(1 for job in per_job if job["polls"] > job["ideal"]),
        "jobs_under_ideal": sum(1 for job in per_job if job["polls"] < job["ideal"]),
        "jobs_done_before_their_wait_started": sum(1 for job in per_job if job["remaining"] <= 0),
        "seen_late_sim_s": late,
        "ideal_seen_late_sim_s": ideal_late,
        "first_poll_lag_ms": spread([job["first_poll_lag_ms"] for job in per_job]),
    }
    name = f"{jobs:,} {BENCHMARK}"
    polls_note = (
        f"simulator logged {result['server_polls']:,}; poll latency median {latency['median']:.0f} ms, "
        f"p99 {latency['p99']:.0f} ms; done seen {late['median']:.1f} s after finish "
        f"(median, simulated; ideal {ideal_late['median']:.1f} s)"
    )
    timing = (
        f"{window:g} s simulated at {speed:g}x: created in {result['create_s']:.1f} s, "
        f"waited {result['wait_s']:.1f} s, {result['wall_s']:.1f} s wall"
    )
    return [
        Row(
            name, "polls", "polls", polls, "ideal schedule", ideal, f"<= {POLL_TARGET:g}x schedule",
            polls <= POLL_TARGET * ideal, note=polls_note, details=details,
        ),
        Row(
            name, "completed", "jobs", result["completed"], None, None, f"all {jobs:,}",
            result["completed"] == jobs, note=timing, details={"errors": result["errors"]},
        ),
        Row(
            name, "peak RSS", "MB", round(result["peak_rss_mb"], 1), None, None, f"<= {RSS_TARGET_MB:g} MB",
            result["peak_rss_mb"] <= RSS_TARGET_MB,
            details={"client_process_only": True, "after_import_mb": result["rss_after_import_mb"]},
        ),
    ]  # fmt: skip


def sizes(*, smoke: bool, jobs: int | None, window: float | None, speed: float | None) -> tuple[int, float, float]:
    """Return the run's size: the preset's, with any override applied.

    Args:
        smoke: Use the smoke preset rather than the full one.
        jobs: Overrides the number of dubs.
        window: Overrides the longest a dub takes (simulated seconds).
        speed: Overrides the simulator's speed.

    Returns:
        ``(jobs, window, speed)``.
    """
    preset = SMOKE if smoke else FULL
    return (
        int(preset["jobs"]) if jobs is None else jobs,
        preset["window"] if window is None else window,
        preset["speed"] if speed is None else speed,
    )


def run(*, smoke: bool, jobs: int | None = None, window: float | None = None, speed: float | None = None) -> list[Row]:
    """Measure, and return the rows of the ``make bench`` table.

    Args:
        smoke: Tiny sizes, to check that everything runs (a few seconds).
        jobs: Overrides the number of dubs.
        window: Overrides the longest a dub takes (simulated seconds).
        speed: Overrides the simulator's speed.

    Returns:
        The rows.
    """
    jobs, window, speed = sizes(smoke=smoke, jobs=jobs, window=window, speed=speed)
    return rows_from(measure(jobs=jobs, window=window, speed=speed), window=window, speed=speed)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or, with ``--client``, its client side), print the table, optionally save it.

    Args:
        argv: The arguments (``sys.argv[1:]`` by default).

    Returns:
        The exit code: 0 when it ran (whether or not the targets are met).
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, help=f"dubs to wait for (default {FULL['jobs']:,})")
    parser.add_argument(
        "--window", type=float, help=f"dubs take 0 to this many simulated s (default {FULL['window']:g})"
    )
    parser.add_argument("--speed", type=float, help=f"simulated seconds per real second (default {FULL['speed']:g})")
    parser.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    parser.add_argument("--smoke", action="store_true", help=f"tiny sizes {SMOKE}: checks that everything runs")
    parser.add_argument("--client", metavar="URL", help=argparse.SUPPRESS)  # the client process, run by measure()
    args = parser.parse_args(argv)
    for name in ("jobs", "window", "speed"):
        value = getattr(args, name)
        if value is not None and not value > 0:
            parser.error(f"--{name} must be > 0")
    jobs, window, speed = sizes(smoke=args.smoke, jobs=args.jobs, window=args.window, speed=args.speed)
    if args.client:
        print(json.dumps(asyncio.run(client_run(args.client, jobs=jobs, speed=speed, window=window))))
        return 0
    rows = rows_from(measure(jobs=jobs, window=window, speed=speed), window=window, speed=speed)
    print_table(rows)
    if args.json:
        write_json(args.json, rows, smoke=args.smoke, jobs=jobs, window=window, speed=speed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
