"""Polling until a dubbing job is done: backoff, deadline, failures, unknown statuses, 429s, both twins."""

from __future__ import annotations

import asyncio
import logging
import math
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpx2
import pytest
from dubkit._errors import DubbingFailedError, RateLimitError, WaitTimeoutError, error_for_response
from dubkit._retry import DEFAULT_POLL_INTERVAL, MAX_POLL_INTERVAL, POLL_BACKOFF_MULTIPLIER, POLL_JITTER
from dubkit._waiting import (
    DEFAULT_WAIT_TIMEOUT,
    JobState,
    Observation,
    await_until_done,
    wait_until_done,
)

MAX_CALLS = 10_000
STATES: dict[str, JobState] = {"in_progress": "running", "ready": "done", "error": "failed"}


@dataclass(frozen=True)
class Job:
    """A stand-in for a provider's model: which poll produced it, its status, its error."""

    poll: int
    status: str
    error: str | None = None


class FakeTime:
    """A clock that only moves when something sleeps on it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class NoJitter(random.Random):
    """An rng whose jitter factor is always exactly 1, so waits equal the backoff interval."""

    def uniform(self, a: float, b: float) -> float:
        return (a + b) / 2


class Script:
    """A fetch that replays statuses (or raises errors), then repeats the last one forever."""

    def __init__(self, steps: Iterable[str | Exception | Observation[Job]]) -> None:
        self.steps = list(steps)
        self.calls = 0

    def __call__(self) -> Observation[Job]:
        # A broken deadline would poll forever; failing beats hanging the suite.
        assert self.calls < MAX_CALLS, "still polling: the deadline was not enforced"
        step = self.steps[min(self.calls, len(self.steps) - 1)]
        self.calls += 1
        if isinstance(step, Exception):
            raise step
        if isinstance(step, Observation):
            return step
        return Observation(Job(self.calls, step, "boom" if step == "error" else None), step)

    async def async_call(self) -> Observation[Job]:
        return self()


def rate_limit(headers: dict[str, str]) -> RateLimitError:
    """Build the RateLimitError a 429 with these headers produces."""
    error = error_for_response(
        httpx2.Response(429, headers=headers, json={}, request=httpx2.Request("GET", "https://x/y"))
    )
    assert isinstance(error, RateLimitError)
    return error


def wait(script: Script, fake: FakeTime, **kwargs: Any) -> Job:
    """Run the sync twin against a script and a fake clock, jitter-free unless an rng is given."""
    kwargs.setdefault("rng", NoJitter())
    return wait_until_done(
        script,
        STATES.get,
        job_id="job-1",
        error_message=lambda job: job.error,
        sleep=fake.sleep,
        clock=fake.clock,
        **kwargs,
    )


def await_(script: Script, fake: FakeTime, **kwargs: Any) -> Job:
    """Run the async twin like ``wait``."""
    kwargs.setdefault("rng", NoJitter())
    return asyncio.run(
        await_until_done(
            script.async_call,
            STATES.get,
            job_id="job-1",
            error_message=lambda job: job.error,
            sleep=fake.async_sleep,
            clock=fake.clock,
            **kwargs,
        )
    )


def seeded(seed: int) -> random.Random:
    """A seeded rng for reproducible jitter."""
    return random.Random(seed)


def backoff(count: int, first: float = DEFAULT_POLL_INTERVAL) -> list[float]:
    """The jitter-free waits: ``first`` growing by POLL_BACKOFF_MULTIPLIER, capped at MAX_POLL_INTERVAL."""
    return [min(first * POLL_BACKOFF_MULTIPLIER**n, MAX_POLL_INTERVAL) for n in range(count)]


def test_policy_constants() -> None:
    """The policy numbers are the documented ones, and a wait is never unbounded."""
    policy = (DEFAULT_POLL_INTERVAL, POLL_BACKOFF_MULTIPLIER, MAX_POLL_INTERVAL, POLL_JITTER)
    assert policy == (2.0, 1.5, 30.0, 0.1)
    assert DEFAULT_WAIT_TIMEOUT == 3 * 3600


def test_done_on_first_poll_returns_without_sleeping() -> None:
    """A job already done is returned after a single poll and no sleep."""
    fake, script = FakeTime(), Script(["ready"])
    assert wait(script, fake) == Job(1, "ready")
    assert (script.calls, fake.sleeps) == (1, [])


def test_running_then_done_sleeps_the_exact_backoff() -> None:
    """Without jitter the waits are 2, 3, 4.5, ... seconds, capped at 30, until the job is done."""
    fake, script = FakeTime(), Script(["in_progress"] * 10 + ["ready"])
    assert wait(script, fake) == Job(11, "ready")
    assert fake.sleeps == [2.0, 3.0, 4.5, 6.75, 10.125, 15.1875, 22.78125, 30.0, 30.0, 30.0]
    assert script.calls == 11


def test_seeded_jitter_gives_the_exact_reproducible_sequence() -> None:
    """With a seeded rng each wait is the backoff times that rng's uniform(0.9, 1.1), capped at 30."""
    fake, script = FakeTime(), Script(["in_progress"] * 12 + ["ready"])
    wait(script, fake, rng=seeded(42))
    factors = seeded(42)
    expected = [min(base * factors.uniform(0.9, 1.1), MAX_POLL_INTERVAL) for base in backoff(12)]
    assert fake.sleeps == expected
    again = FakeTime()
    wait(Script(["in_progress"] * 12 + ["ready"]), again, rng=seeded(42))
    assert again.sleeps == fake.sleeps


@pytest.mark.parametrize("seed", range(20))
def test_each_jittered_wait_stays_within_jitter_of_the_capped_backoff(seed: int) -> None:
    """Every wait is within +-10% of the backoff interval and never above MAX_POLL_INTERVAL."""
    fake = FakeTime()
    wait(Script(["in_progress"] * 15 + ["ready"]), fake, rng=seeded(seed))
    assert len(fake.sleeps) == 15
    for slept, base in zip(fake.sleeps, backoff(15), strict=True):
        assert base * (1 - POLL_JITTER) <= slept <= min(base * (1 + POLL_JITTER), MAX_POLL_INTERVAL)
    # Jitter really varies the waits (a constant factor would mean the rng is ignored).
    assert len({slept / base for slept, base in zip(fake.sleeps[:5], backoff(5), strict=True)}) > 1


@pytest.mark.parametrize(
    ("poll_interval", "expected"),
    [
        (1.0, [1.0, 1.5, 2.25]),
        (20.0, [20.0, 30.0, 30.0]),
        (60.0, [60.0, 60.0, 60.0]),  # a caller asking for slower polls than the cap gets them
    ],
)
def test_poll_interval_sets_the_first_wait(poll_interval: float, expected: list[float]) -> None:
    """``poll_interval`` is the first wait; backoff continues from it up to the cap (or it, if larger)."""
    fake = FakeTime()
    wait(Script(["in_progress"] * 3 + ["ready"]), fake, poll_interval=poll_interval)
    assert fake.sleeps == expected


def test_failed_raises_with_the_state_and_message() -> None:
    """A failed status raises DubbingFailedError carrying the job id, provider message and last state."""
    fake, script = FakeTime(), Script(["in_progress", "error"])
    with pytest.raises(DubbingFailedError) as caught:
        wait(script, fake)
    assert caught.value.job_id == "job-1"
    assert caught.value.error_message == "boom"
    assert caught.value.job == Job(2, "error", "boom")
    assert "job-1" in str(caught.value)
    assert "boom" in str(caught.value)
    assert fake.sleeps == [2.0]


@pytest.mark.parametrize(("timeout", "seed"), [(10.0, None), (60.0, 1), (100.0, 2), (0.5, 3)])
def test_timeout_raises_with_the_last_status_and_never_oversleeps(timeout: float, seed: int | None) -> None:
    """At the deadline WaitTimeoutError carries the last status and state; total sleep equals the timeout."""
    fake, script = FakeTime(), Script(["in_progress"])
    rng = NoJitter() if seed is None else seeded(seed)
    with pytest.raises(WaitTimeoutError) as caught:
        wait(script, fake, timeout=timeout, rng=rng)
    assert caught.value.job_id == "job-1"
    assert caught.value.timeout == timeout
    assert caught.value.last_status == "in_progress"
    assert caught.value.last_state == Job(script.calls, "in_progress")
    # The last wait is cut short so one final poll happens right at the deadline.
    assert sum(fake.sleeps) == pytest.approx(timeout)
    assert sum(fake.sleeps) <= timeout + 1e-9


def test_timeout_waits_are_cut_to_the_deadline() -> None:
    """With timeout 10 the waits are 2, 3, 4.5 and then the 0.5 s left, followed by one last poll."""
    fake, script = FakeTime(), Script(["in_progress"])
    with pytest.raises(WaitTimeoutError):
        wait(script, fake, timeout=10.0)
    assert fake.sleeps == [2.0, 3.0, 4.5, 0.5]
    assert script.calls == 5


def test_default_timeout_is_used_when_none_is_given() -> None:
    """Without a timeout the wait still ends, after DEFAULT_WAIT_TIMEOUT seconds."""
    fake = FakeTime()
    with pytest.raises(WaitTimeoutError) as caught:
        wait(Script(["in_progress"]), fake)
    assert caught.value.timeout == DEFAULT_WAIT_TIMEOUT
    assert sum(fake.sleeps) == pytest.approx(DEFAULT_WAIT_TIMEOUT)


def test_unknown_status_keeps_polling_and_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    """An unknown status counts as running and logs one WARNING per distinct value, however often seen."""
    fake = FakeTime()
    script = Script(["in_progress", "mystery", "mystery", "mystery", "queued", "mystery", "ready"])
    with caplog.at_level(logging.WARNING, logger="dubkit"):
        assert wait(script, fake) == Job(7, "ready")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "dubkit"]
    assert len(warnings) == 2
    assert "'mystery'" in warnings[0].getMessage()
    assert "'queued'" in warnings[1].getMessage()
    assert "job-1" in warnings[0].getMessage()
    assert len(fake.sleeps) == 6


def test_each_poll_is_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    """Every poll leaves one DEBUG record naming the job and the status."""
    with caplog.at_level(logging.DEBUG, logger="dubkit"):
        wait(Script(["in_progress", "in_progress", "ready"]), FakeTime())
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    polls = [message for message in debug if "poll " in message]
    assert len(polls) == 3
    assert all("job-1" in message for message in polls)
    assert "'ready'" in polls[-1]


@pytest.mark.parametrize(
    ("retry_after", "first"),
    [
        (20.0, 20.0),  # the server asks for longer than our interval: it wins
        (0.5, 2.0),  # the server asks for less: our interval still applies
        (None, 2.0),
    ],
)
def test_retry_after_on_an_observation_lengthens_the_wait(retry_after: float | None, first: float) -> None:
    """A poll response's Retry-After makes that wait max(retry_after, interval); backoff carries on after."""
    fake = FakeTime()
    script = Script([Observation(Job(1, "in_progress"), "in_progress", retry_after), "in_progress", "ready"])
    wait(script, fake)
    assert fake.sleeps == [first, 3.0]


def test_retry_after_never_sleeps_past_the_deadline() -> None:
    """A Retry-After longer than the time left is cut to the deadline, then the wait times out."""
    fake = FakeTime()
    script = Script([Observation(Job(1, "in_progress"), "in_progress", 500.0)])
    with pytest.raises(WaitTimeoutError):
        wait(script, fake, timeout=60.0)
    assert fake.sleeps == [60.0]


def test_rate_limit_error_is_waited_out_then_polling_succeeds() -> None:
    """A 429 from fetch is not raised: its Retry-After (7 s) is slept, then the next poll succeeds."""
    fake = FakeTime()
    script = Script([rate_limit({"retry-after": "7"}), "ready"])
    assert wait(script, fake) == Job(2, "ready")
    assert fake.sleeps == [7.0]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": "1"}, 2.0),  # shorter than our interval: the interval applies
        ({"retry-after-ms": "7500"}, 7.5),
        ({"retry-after-ms": "9000", "retry-after": "3"}, 9.0),  # the precise header wins
        ({"retry-after": "soon"}, 2.0),  # unparseable: fall back to the interval
        ({"retry-after": "-5"}, 2.0),
        ({"retry-after": "nan"}, 2.0),
        ({"retry-after": "inf"}, 2.0),  # not "wait until the deadline"
        ({}, 2.0),
    ],
)
def test_rate_limit_retry_after_parsing(headers: dict[str, str], expected: float) -> None:
    """A 429's retry-after/retry-after-ms is honoured when it is a sane number, else the interval is used."""
    fake = FakeTime()
    wait(Script([rate_limit(headers), "ready"]), fake)
    assert fake.sleeps == [expected]


def test_rate_limited_until_the_deadline_times_out_with_no_status_seen() -> None:
    """If every poll is a 429, the wait times out with last_status None and the 429 as its context."""
    fake = FakeTime()
    with pytest.raises(WaitTimeoutError) as caught:
        wait(Script([rate_limit({"retry-after": "7"})]), fake, timeout=20.0)
    assert caught.value.last_status is None
    assert caught.value.last_state is None
    assert isinstance(caught.value.__context__, RateLimitError)
    assert fake.sleeps == [7.0, 7.0, 6.0]


def test_other_errors_from_fetch_propagate() -> None:
    """Errors other than a 429 are not swallowed: they reach the caller at once."""
    error = error_for_response(httpx2.Response(404, json={}, request=httpx2.Request("GET", "https://x/y")))
    fake, script = FakeTime(), Script([error])
    with pytest.raises(type(error)):
        wait(script, fake)
    assert (script.calls, fake.sleeps) == (1, [])


def test_on_update_is_called_exactly_on_status_changes() -> None:
    """on_update sees the first state and each state whose status differs from the previous poll's."""
    updates: list[Job] = []
    statuses = ["queued", "in_progress", "in_progress", "mystery", "mystery", "in_progress", "ready"]
    wait(Script(statuses), FakeTime(), on_update=updates.append)
    assert updates == [
        Job(1, "queued"),
        Job(2, "in_progress"),
        Job(4, "mystery"),
        Job(6, "in_progress"),
        Job(7, "ready"),
    ]


def test_on_update_sees_a_failed_state_before_the_error() -> None:
    """The failing state is reported through on_update before DubbingFailedError is raised."""
    updates: list[Job] = []
    with pytest.raises(DubbingFailedError):
        wait(Script(["error"]), FakeTime(), on_update=updates.append)
    assert updates == [Job(1, "error", "boom")]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": -1.0}, "timeout"),
        ({"timeout": math.nan}, "timeout"),
        ({"timeout": math.inf}, "timeout"),
        ({"poll_interval": 0}, "poll_interval"),
        ({"poll_interval": -0.1}, "poll_interval"),
        ({"poll_interval": math.nan}, "poll_interval"),
        ({"job_id": ""}, "job_id"),
    ],
)
@pytest.mark.parametrize("twin", ["sync", "async"])
def test_invalid_arguments_raise_before_any_fetch(kwargs: dict[str, Any], message: str, twin: str) -> None:
    """A bad timeout, poll_interval or job_id raises ValueError naming it, and nothing is fetched."""
    script = Script(["ready"])
    arguments: dict[str, Any] = {
        "job_id": "job-1",
        "error_message": lambda job: job.error,
        "sleep": FakeTime().sleep,
        **kwargs,
    }
    if twin == "async":
        arguments["sleep"] = FakeTime().async_sleep

    def call() -> object:
        if twin == "sync":
            return wait_until_done(script, STATES.get, **arguments)
        return asyncio.run(await_until_done(script.async_call, STATES.get, **arguments))

    with pytest.raises(ValueError, match=message):
        call()
    assert script.calls == 0


def run_twin(twin: str) -> Callable[..., Job]:
    """Pick the sync or async runner."""
    return wait if twin == "sync" else await_


@pytest.mark.parametrize("twin", ["sync", "async"])
def test_twins_return_the_done_state_after_the_same_waits(twin: str) -> None:
    """Both twins poll through running to done with the same waits and return the done state."""
    fake, script = FakeTime(), Script(["in_progress", "in_progress", "ready"])
    assert run_twin(twin)(script, fake) == Job(3, "ready")
    assert fake.sleeps == [2.0, 3.0]


@pytest.mark.parametrize("twin", ["sync", "async"])
def test_twins_raise_dubbing_failed(twin: str) -> None:
    """Both twins raise DubbingFailedError with the provider's message and state."""
    with pytest.raises(DubbingFailedError) as caught:
        run_twin(twin)(Script(["in_progress", "error"]), FakeTime())
    assert (caught.value.error_message, caught.value.job) == ("boom", Job(2, "error", "boom"))


@pytest.mark.parametrize("twin", ["sync", "async"])
def test_twins_time_out_identically(twin: str) -> None:
    """Both twins cut the last wait to the deadline and raise WaitTimeoutError with the last state."""
    fake, script = FakeTime(), Script(["in_progress"])
    with pytest.raises(WaitTimeoutError) as caught:
        run_twin(twin)(script, fake, timeout=10.0)
    assert fake.sleeps == [2.0, 3.0, 4.5, 0.5]
    assert (caught.value.last_status, caught.value.last_state) == ("in_progress", Job(5, "in_progress"))


@pytest.mark.parametrize("twin", ["sync", "async"])
def test_twins_wait_out_a_rate_limit(twin: str) -> None:
    """Both twins sleep a 429's Retry-After and keep polling."""
    fake = FakeTime()
    assert run_twin(twin)(Script([rate_limit({"retry-after": "7"}), "ready"]), fake) == Job(2, "ready")
    assert fake.sleeps == [7.0]


def test_async_default_sleep_is_asyncio_sleep() -> None:
    """The async twin really awaits asyncio.sleep by default (a tiny interval keeps the test fast)."""
    script = Script(["in_progress", "ready"])
    result = asyncio.run(
        await_until_done(
            script.async_call,
            STATES.get,
            job_id="job-1",
            error_message=lambda job: job.error,
            poll_interval=0.001,
        )
    )
    assert result == Job(2, "ready")
