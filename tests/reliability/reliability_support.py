"""The reliability suite's plan, clock and figures: which faults each flow meets, and what the run adds up to.

Every flow (create → wait → download) runs against its own simulator, seeded from the flow's index:

* random faults (``fault_rate``) on a quarter of the requests, drawn from the kinds that matter for
  reliability, re-chosen per phase with ``sim.configure(fault_kinds=...)`` (only JSON answers can be
  garbled, so the download phase does not draw those kinds);
* one queued fault (``sim.inject``) per flow, rotating over every (operation, kind) pair of the
  flow's provider, so every kind reaches every phase even in the small CI run;
* a manual clock that moves ``tick_seconds`` with every API request, and clients whose sleeps are
  virtual (``virtual_client_sleeps``): nothing waits for real, and a seed always replays the same
  requests, whatever the clients' jitter.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, pairwise, zip_longest

import pytest
from dubkit.sim import TRANSIENT_KINDS, Fault, RequestRecord, Simulator

__all__ = [
    "CREATE_OPERATIONS",
    "FAULT_RATE",
    "FLOWS",
    "GARBLED_KINDS",
    "MAX_RETRIES",
    "RELIABILITY_KINDS",
    "SEED",
    "Figures",
    "Flow",
    "FlowResult",
    "applied_creates",
    "count_retries",
    "describe_failures",
    "fault_pairs",
    "format_report",
    "new_simulator",
    "phase_kinds",
    "plan_flows",
    "show",
    "summarize",
    "virtual_client_sleeps",
]

FLOWS = int(os.environ.get("DUBKIT_RELIABILITY_FLOWS", "100"))
"""Flows in the main run: 100 in the normal test run, 1,000 with ``make reliability``."""
SEED = int(os.environ.get("DUBKIT_RELIABILITY_SEED", "20260101"))
"""The first flow's seed."""
GARBLED_KINDS = ("truncated_json", "malformed_json")
RELIABILITY_KINDS = (*TRANSIENT_KINDS, *GARBLED_KINDS)
"""429 with Retry-After, 5xx before and after the work, drops before and mid-body, slow, cut and garbled bodies."""
FAULT_RATE = 0.25
MAX_RETRIES = 8
"""Retries per request: at a 25 % fault rate, nine failed attempts in a row are a one-in-a-million event."""
TICK_SECONDS = 1.0
JOB_SECONDS = 6.0
MEDIA_SIZE = 256 * 1024
"""A file cut in half keeps two of the client's 64 KiB chunks, so a resumed download asks for a Range."""
SLOW_SECONDS = 0.005
"""The real delay of a queued ``slow`` fault (the simulator's random ones wait 0.05 s)."""

PROVIDERS = ("elevenlabs", "dubformer")
MODES = ("sync", "async")
CREATE_OPERATIONS = {"elevenlabs": "create_dubbing", "dubformer": "create_project"}
# The kinds that make an attempt fail (a slow answer still arrives whole).
_FAILING_KINDS = frozenset(RELIABILITY_KINDS) - {"slow"}
_PHASE_KINDS = {"create": RELIABILITY_KINDS, "read": RELIABILITY_KINDS, "download": TRANSIENT_KINDS}


def phase_kinds(phase: str) -> tuple[str, ...]:
    """Return the fault kinds a phase of a flow meets.

    Only JSON answers can be garbled (a media answer passes those faults through untouched), so
    downloads meet the transient kinds only.

    Args:
        phase: ``"create"``, ``"read"`` (wait, list) or ``"download"``.

    Returns:
        The kinds.
    """
    return _PHASE_KINDS[phase]


@dataclass(frozen=True)
class Flow:
    """One create → wait → download, and the faults it is planned to meet.

    Attributes:
        index: Its position in the run (names its files, dub and project).
        provider: ``"elevenlabs"`` or ``"dubformer"``.
        mode: ``"sync"`` or ``"async"``.
        seed: Its simulator's seed.
        queued: The faults queued before it starts.
    """

    index: int
    provider: str
    mode: str
    seed: int
    queued: tuple[Fault, ...]

    @property
    def name(self) -> str:
        """The name its dub or project gets (how a listing finds it)."""
        return f"reliability-{self.index:05d}"

    def kinds(self, phase: str) -> tuple[str, ...]:
        """Return the kinds this flow's random faults are drawn from in a phase (see ``phase_kinds``)."""
        return phase_kinds(phase)


_PHASE_OPERATIONS = {
    "elevenlabs": (("create", "create_dubbing"), ("read", "get_dubbing"), ("download", "get_dubbed_file")),
    "dubformer": (("create", "create_project"), ("read", "get_project"), ("download", "media")),
}


def fault_pairs() -> set[tuple[str, str]]:
    """Return every (operation, kind) pair the flows are planned to meet (the queued faults see to it).

    Returns:
        The pairs, both providers together.
    """
    return {
        (operation, kind)
        for phases in _PHASE_OPERATIONS.values()
        for phase, operation in phases
        for kind in phase_kinds(phase)
    }


def _fault(kind: str, operation: str, turn: int) -> Fault:
    status = (500, 502, 503)[turn % 3] if kind in {"error_before", "error_after"} else None
    return Fault(kind, status=status, retry_after=2.0, delay=SLOW_SECONDS, operation=operation)


def _rotation(provider: str) -> list[Fault]:
    """Every (operation, kind) pair of a provider's flow as a fault to queue, the phases taking turns."""
    per_phase = [
        [_fault(kind, operation, turn + position) for turn, kind in enumerate(phase_kinds(phase))]
        for position, (phase, operation) in enumerate(_PHASE_OPERATIONS[provider])
    ]
    # Round robin, so a short run still sees every phase faulted.
    return [fault for fault in chain.from_iterable(zip_longest(*per_phase)) if fault is not None]


def plan_flows(count: int, base_seed: int) -> list[Flow]:
    """Split ``count`` flows into four quarters: each provider, sync and async.

    Args:
        count: How many flows (at least 4).
        base_seed: The first flow's seed; flow ``i`` uses ``base_seed + i``.

    Returns:
        The flows, quarter by quarter.

    Raises:
        ValueError: If ``count`` is below 4.
    """
    if count < len(PROVIDERS) * len(MODES):
        raise ValueError(f"need at least 4 flows (one per provider and mode), got {count}")
    quarters = [(provider, mode) for provider in PROVIDERS for mode in MODES]
    flows: list[Flow] = []
    for quarter, (provider, mode) in enumerate(quarters):
        rotation = _rotation(provider)
        size = count // len(quarters) + (1 if quarter < count % len(quarters) else 0)
        for position in range(size):
            index = len(flows)
            flows.append(
                Flow(
                    index=index,
                    provider=provider,
                    mode=mode,
                    seed=base_seed + index,
                    queued=(rotation[position % len(rotation)],),
                )
            )
    return flows


def new_simulator(flow: Flow) -> Simulator:
    """Return the flow's simulator: seeded, manual clock, random faults, its queued faults in place.

    Args:
        flow: The flow.

    Returns:
        The simulator, drawing create-phase faults.
    """
    sim = Simulator(
        providers=(flow.provider,),  # type: ignore[arg-type]
        seed=flow.seed,
        manual_clock=True,
        tick_seconds=TICK_SECONDS,
        job_seconds=JOB_SECONDS,
        media_size=MEDIA_SIZE,
        fault_rate=FAULT_RATE,
        fault_kinds=flow.kinds("create"),
    )
    for fault in flow.queued:
        sim.inject(fault)
    return sim


class _SleepLedger:
    """The seconds clients asked to sleep, added up instead of slept."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.calls = 0
        self._lock = threading.Lock()

    def add(self, seconds: float) -> None:
        with self._lock:
            self.seconds += seconds
            self.calls += 1


def _client_is_calling() -> bool:
    """Tell whether the caller of the patched sleep is dubkit's client code (not the simulator, not a library)."""
    module = sys._getframe(2).f_globals.get("__name__", "")  # who asks decides: 0 is us, 1 the patched sleep
    return module.startswith("dubkit.") and not module.startswith("dubkit.sim")


@contextlib.contextmanager
def virtual_client_sleeps() -> Iterator[_SleepLedger]:
    """Make dubkit's client sleeps (retry backoff, Retry-After, poll intervals) return at once, and count them.

    The simulator's own delays (a ``slow`` fault) and every other caller still sleep for real.
    ``dubkit_sim_sleep`` would advance one simulator's clock instead; here every flow has its own
    simulator, whose clock ``tick_seconds`` moves.

    Yields:
        The ledger of the seconds the clients would have slept.
    """
    ledger = _SleepLedger()
    real_sleep, real_async_sleep = time.sleep, asyncio.sleep

    def sleep(seconds: float) -> None:
        if _client_is_calling():
            ledger.add(seconds)
            return
        real_sleep(seconds)

    def async_sleep(delay: float, result: object = None):
        if _client_is_calling():
            ledger.add(delay)
            return real_async_sleep(0, result)  # still yields, so concurrent flows take turns
        return real_async_sleep(delay, result)

    time.sleep, asyncio.sleep = sleep, async_sleep  # type: ignore[assignment]
    try:
        yield ledger
    finally:
        time.sleep, asyncio.sleep = real_sleep, real_async_sleep  # type: ignore[assignment]


@dataclass
class FlowResult:
    """What one flow did, and what its simulator saw.

    Attributes:
        flow: The flow.
        completed: The file was downloaded.
        error: The traceback of the error that ended the flow otherwise.
        error_type: That error's class name.
        creates_ok: Creates the client saw succeed.
        ambiguous: Creates that raised ``OutcomeUnknownError``.
        ambiguous_applied: ... of which the simulator had applied.
        found_by_listing: ... of which the listing found the dub (the flow then went on with it).
        resolution_mismatches: Listings that found a dub the simulator had not made, or missed one it had.
        server_creates: Dubs or projects the simulator created.
        key_duplicates: Idempotency keys that made more than one project.
        create_keys: Distinct idempotency keys per create call (1 when retries reuse the key).
        bytes_match: Whether the downloaded file is byte-identical to the served one (None if none).
        records: The simulator's request log.
        violations: Responses the simulator sent that break the spec.
        unused_faults: Queued faults no request met (the flow ended early).
    """

    flow: Flow
    completed: bool = False
    error: str | None = None
    error_type: str | None = None
    creates_ok: int = 0
    ambiguous: int = 0
    ambiguous_applied: int = 0
    found_by_listing: int = 0
    resolution_mismatches: int = 0
    server_creates: int = 0
    key_duplicates: int = 0
    create_keys: list[int] = field(default_factory=list)
    bytes_match: bool | None = None
    records: list[RequestRecord] = field(default_factory=list)
    violations: int = 0
    unused_faults: int = 0

    @property
    def duplicates(self) -> int:
        """Dubs or projects the simulator made beyond the ones the client knows of (or the reverse)."""
        return abs(self.server_creates - (self.creates_ok + self.found_by_listing)) + self.key_duplicates

    def fault_sequence(self) -> str:
        """Describe the flow's requests, one per line, for a failure report."""
        return "\n".join(
            f"  #{r.seq} {r.method} {r.path} op={r.operation} fault={r.fault} status={r.status}"
            + (f" range={r.range}" if r.range else "")
            + (" replayed" if r.replayed else "")
            for r in self.records
        )


def applied_creates(records: Sequence[RequestRecord], operation: str) -> Counter[str | None]:
    """Count, per idempotency key, the create requests the simulator carried out (not replayed).

    Args:
        records: A simulator's request log.
        operation: The create operation.

    Returns:
        Idempotency key (None without one) to the number of creates it made.
    """
    done_anyway = {"error_after", "disconnect_after", *GARBLED_KINDS}
    applied: Counter[str | None] = Counter()
    for record in records:
        if record.operation != operation or record.replayed:
            continue
        if record.fault in done_anyway or (record.fault in {None, "slow"} and 200 <= record.status < 300):
            applied[record.idempotency_key] += 1
    return applied


def count_retries(records: Sequence[RequestRecord]) -> int:
    """Count the attempts that repeat the previous request after it failed (resumed downloads included).

    Args:
        records: One flow's request log (a flow sends one request at a time).

    Returns:
        Attempts beyond the first.
    """
    return sum(
        1
        for before, after in pairwise(records)
        if before.fault in _FAILING_KINDS and (before.method, before.path) == (after.method, after.path)
    )


@dataclass
class Figures:
    """What a run adds up to."""

    flows: Counter[tuple[str, str]] = field(default_factory=Counter)
    completed: Counter[tuple[str, str]] = field(default_factory=Counter)
    failures: list[FlowResult] = field(default_factory=list)
    ambiguous_creates: int = 0
    ambiguous_applied: int = 0
    found_by_listing: int = 0
    resolution_mismatches: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    faults_by_operation: Counter[tuple[str, str]] = field(default_factory=Counter)
    requests: int = 0
    queued_faults: int = 0
    retries: int = 0
    resumes: int = 0
    replays: int = 0
    server_creates: int = 0
    duplicates: int = 0
    key_reuse_failures: int = 0
    byte_mismatches: int = 0
    violations: int = 0
    seconds: float = 0.0
    virtual_sleep_seconds: float = 0.0

    @property
    def total_flows(self) -> int:
        """Every flow run."""
        return sum(self.flows.values())

    @property
    def total_completed(self) -> int:
        """Every flow that ended with its file."""
        return sum(self.completed.values())

    @property
    def fault_share(self) -> float:
        """The share of requests that got a fault."""
        return sum(self.faults.values()) / self.requests if self.requests else 0.0

    @property
    def random_fault_share(self) -> float:
        """The share of the requests not hit by a queued fault that got a random one."""
        drawn = self.requests - self.queued_faults
        return (sum(self.faults.values()) - self.queued_faults) / drawn if drawn else 0.0


def summarize(results: Sequence[FlowResult], seconds: float, virtual_sleep_seconds: float) -> Figures:
    """Add the flows' results up.

    Args:
        results: Every flow's result.
        seconds: The run's wall time.
        virtual_sleep_seconds: What the clients would have slept.

    Returns:
        The figures.
    """
    figures = Figures(seconds=seconds, virtual_sleep_seconds=virtual_sleep_seconds)
    for result in results:
        key = (result.flow.provider, result.flow.mode)
        figures.flows[key] += 1
        if result.completed:
            figures.completed[key] += 1
        else:
            figures.failures.append(result)
        figures.ambiguous_creates += result.ambiguous
        figures.ambiguous_applied += result.ambiguous_applied
        figures.found_by_listing += result.found_by_listing
        figures.resolution_mismatches += result.resolution_mismatches
        figures.requests += len(result.records)
        figures.queued_faults += len(result.flow.queued) - result.unused_faults
        figures.retries += count_retries(result.records)
        figures.resumes += sum(1 for r in result.records if r.range)
        figures.replays += sum(1 for r in result.records if r.replayed)
        for record in result.records:
            if record.fault:
                figures.faults[record.fault] += 1
                figures.faults_by_operation[(str(record.operation), record.fault)] += 1
        figures.server_creates += result.server_creates
        figures.duplicates += result.duplicates
        figures.key_reuse_failures += sum(1 for keys in result.create_keys if keys != 1)
        figures.byte_mismatches += result.bytes_match is False
        figures.violations += result.violations
    return figures


def format_report(figures: Figures) -> str:
    """Lay the figures out for the terminal.

    Args:
        figures: A run's figures.

    Returns:
        The report's lines.
    """
    by_flow = ", ".join(
        f"{provider} {mode} {figures.completed[(provider, mode)]}/{figures.flows[(provider, mode)]}"
        for provider in PROVIDERS
        for mode in MODES
    )
    faults = ", ".join(f"{kind} {figures.faults[kind]}" for kind in RELIABILITY_KINDS)
    lines = [
        f"dubkit reliability: {figures.total_flows} flows (create -> wait -> download), "
        f"{figures.seconds:.1f} s wall, {figures.virtual_sleep_seconds:,.0f} s of client sleeps made virtual",
        f"  completed            {figures.total_completed}/{figures.total_flows} ({by_flow})",
        f"  failed               {len(figures.failures)}",
        f"  ambiguous creates    {figures.ambiguous_creates} (OutcomeUnknownError; applied by the server "
        f"{figures.ambiguous_applied}, found by listing {figures.found_by_listing}, "
        f"listing mismatches {figures.resolution_mismatches})",
        f"  requests             {figures.requests:,} ({figures.fault_share:.1%} faulted: {figures.queued_faults:,} "
        f"queued, the rest drawn at random on {figures.random_fault_share:.1%} of the other requests)",
        f"  faults by kind       {faults}",
        f"  retries              {figures.retries:,} attempts beyond the first ({figures.resumes} ranged resumes, "
        f"{figures.replays} idempotent replays)",
        f"  server creates       {figures.server_creates} (duplicates {figures.duplicates}, "
        f"create calls whose retries changed key {figures.key_reuse_failures})",
        f"  byte mismatches      {figures.byte_mismatches}",
        f"  spec violations      {figures.violations}",
    ]
    return "\n".join(lines)


def describe_failures(figures: Figures, limit: int = 3) -> str:
    """Describe the first failed flows: provider, mode, seed, queued fault, request log, traceback.

    Args:
        figures: A run's figures.
        limit: How many to describe.

    Returns:
        The description.
    """
    parts = [f"{len(figures.failures)} flow(s) failed"]
    for result in figures.failures[:limit]:
        flow = result.flow
        parts.append(
            f"flow {flow.index} ({flow.provider} {flow.mode}, seed {flow.seed}, queued {flow.queued}):\n"
            f"{result.fault_sequence()}\n{result.error}"
        )
    return "\n\n".join(parts)


def show(config: pytest.Config, capsys: pytest.CaptureFixture[str], report: str) -> None:
    """Write a report to the terminal, past pytest's output capture (so ``-s`` is not needed).

    Args:
        config: pytest's configuration (its terminal reporter writes the lines).
        capsys: The capture fixture, suspended while writing.
        report: The text.
    """
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None:  # pytest runs with -p no:terminal
        return
    with capsys.disabled():
        reporter.ensure_newline()
        reporter.write_line(report)
