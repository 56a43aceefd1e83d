"""Fault injection: what can go wrong with a request, chosen per request, queued, or at random."""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Mapping
from typing import Any

import attrs

from ._bounds import MAX_FAULT_DELAY, MAX_RETRY_AFTER, check_int, check_number
from ._json import read_float, read_int

__all__ = [
    "FAULT_HEADER",
    "FAULT_KINDS",
    "MAX_QUEUED_FAULTS",
    "TRANSIENT_KINDS",
    "Fault",
    "FaultPlan",
    "fault_from_json",
    "parse_fault",
]

FAULT_HEADER = "x-sim-fault"

FAULT_KINDS = (
    "rate_limit",  # 429 with Retry-After; nothing done
    "error_before",  # 500/502/503 before any work
    "error_after",  # the work is done, then 500: the response is lost
    "disconnect_before",  # headers sent, then the connection drops; nothing done
    "disconnect_after",  # the work is done; the connection drops mid-body
    "slow",  # the response is delayed (real seconds)
    "truncated_json",  # the work is done; the JSON body is cut short (with a matching Content-Length)
    "malformed_json",  # the work is done; the body is not JSON
    "unknown_enum",  # an enum value the spec does not list appears in the response
    "extra_fields",  # fields the spec does not define appear in the response
    "redirect",  # 307 to another origin
)
# The faults a well-behaved client recovers from by retrying (and that random injection draws from).
TRANSIENT_KINDS = ("rate_limit", "error_before", "error_after", "disconnect_before", "disconnect_after", "slow")
_DEFAULT_STATUS = {"error_before": 503, "error_after": 500}
_MAX_TIMES = 1_000_000
MAX_QUEUED_FAULTS = 10_000
_MAX_OPERATION_LENGTH = 200


def _check_status(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        check_int(attribute.name, value, minimum=500, maximum=599)


def _check_operation(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or len(value) > _MAX_OPERATION_LENGTH):
        raise ValueError(f"{attribute.name} must be an operationId (a string of at most {_MAX_OPERATION_LENGTH})")


@attrs.frozen
class Fault:
    """One fault to inject.

    Attributes:
        kind: One of ``FAULT_KINDS``.
        status: The status of ``error_before`` (500, 502 or 503) or ``error_after`` (5xx).
        retry_after: Seconds in the Retry-After header of ``rate_limit`` (and of a 503), at most a day.
        delay: Real seconds ``slow`` waits before answering, at most ``MAX_FAULT_DELAY`` (600).
        operation: Only requests to this operationId (or ``"media"`` for downloads); None for any.
        times: How many requests it hits before it is used up (1 to 1,000,000).

    Raises:
        ValueError: If a field is out of bounds (every field is checked, whoever sets it: a header, a
            control-plane body, or code).
    """

    kind: str = attrs.field()
    status: int | None = attrs.field(default=None, validator=_check_status)
    retry_after: float = attrs.field(
        default=1.0, validator=lambda _, a, v: check_number(a.name, v, maximum=MAX_RETRY_AFTER)
    )
    delay: float = attrs.field(default=0.5, validator=lambda _, a, v: check_number(a.name, v, maximum=MAX_FAULT_DELAY))
    operation: str | None = attrs.field(default=None, validator=_check_operation)
    times: int = attrs.field(default=1, validator=lambda _, a, v: check_int(a.name, v, minimum=1, maximum=_MAX_TIMES))

    @kind.validator
    def _check_kind(self, _: object, value: object) -> None:
        if not isinstance(value, str) or value not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {value!r}; expected one of {', '.join(FAULT_KINDS)}")

    @property
    def http_status(self) -> int:
        """The status the fault answers with (where it answers with one)."""
        if self.kind == "rate_limit":
            return 429
        if self.kind == "redirect":
            return 307
        return self.status or _DEFAULT_STATUS.get(self.kind, 500)

    @property
    def retry_after_header(self) -> str:
        """The Retry-After header's value: whole seconds, rounded up so a client never retries early."""
        return str(math.ceil(self.retry_after))

    def to_json(self) -> dict[str, Any]:
        """Describe the fault as JSON (for ``/_sim/faults`` and the request log).

        Returns:
            The fault's fields.
        """
        return attrs.asdict(self)


def parse_fault(value: str) -> Fault:
    """Read a fault from the ``X-Sim-Fault`` header, e.g. ``rate_limit;retry_after=2`` or ``error_before;status=502``.

    Args:
        value: The header's value.

    Returns:
        The fault.

    Raises:
        ValueError: If the kind is unknown or a parameter is malformed.
    """
    kind, *params = (part.strip() for part in value.split(";"))
    options: dict[str, Any] = {}
    for param in params:
        name, _, raw = param.partition("=")
        if name == "status":
            options["status"] = read_int(raw)
        elif name in {"retry_after", "delay"}:
            options[name] = read_float(raw)
        else:
            raise ValueError(f"unknown fault parameter {name[:100]!r} in {value[:200]!r}")
    return Fault(kind, **options)


def fault_from_json(data: Mapping[str, Any]) -> Fault:
    """Read a fault from its JSON form (the body of ``POST /_sim/faults``).

    Args:
        data: ``{"kind": ..., "status": ..., "operation": ..., "times": ...}``.

    Returns:
        The fault.

    Raises:
        ValueError: If a field is unknown or invalid.
    """
    known = {field.name for field in attrs.fields(Fault)}
    unknown = set(data) - known
    if unknown:
        raise ValueError(f"unknown fault field(s): {', '.join(sorted(map(str, unknown)))[:500]}")
    return Fault(**data)


class FaultPlan:
    """Decides the fault (if any) for each request: the request's header, then queued faults, then chance.

    Args:
        rate: The share of requests that get a random fault.
        kinds: The kinds random faults are drawn from.
        seed: Seeds the random draws.
    """

    def __init__(self, rate: float, kinds: tuple[str, ...] | None, seed: int) -> None:
        self.rate = rate
        self.kinds: tuple[str, ...] = TRANSIENT_KINDS
        self.set_kinds(kinds)
        self._random = random.Random(seed ^ 0x5EED)  # noqa: S311 - reproducible chaos, not security
        self._queue: list[Fault] = []
        self._lock = threading.Lock()
        self.injected: dict[str, int] = {}

    def set_kinds(self, kinds: tuple[str, ...] | None) -> None:
        """Choose the kinds random faults are drawn from.

        Args:
            kinds: Kinds from ``FAULT_KINDS``; None or empty for ``TRANSIENT_KINDS``.

        Raises:
            ValueError: If a kind is unknown.
        """
        chosen = tuple(kinds or TRANSIENT_KINDS)
        for kind in chosen:
            Fault(kind)  # validates the name
        self.kinds = chosen

    def queue(self, fault: Fault) -> None:
        """Queue a fault for the next matching request(s).

        Args:
            fault: The fault; it hits ``fault.times`` requests.

        Raises:
            ValueError: If ``MAX_QUEUED_FAULTS`` are queued already (each request looks through the queue).
        """
        with self._lock:
            if len(self._queue) >= MAX_QUEUED_FAULTS:
                raise ValueError(f"{MAX_QUEUED_FAULTS} faults are queued already; clear them first")
            self._queue.append(fault)

    def clear(self) -> None:
        """Drop every queued fault and reset the counters."""
        with self._lock:
            self._queue.clear()
            self.injected.clear()

    def pending(self) -> list[Fault]:
        """Return the queued faults not used up yet.

        Returns:
            The faults, in order.
        """
        with self._lock:
            return list(self._queue)

    def pick(self, operation: str, header: str | None) -> Fault | None:
        """Choose the fault for one request.

        Args:
            operation: The request's operationId (``"media"`` for downloads).
            header: The request's ``X-Sim-Fault`` header, if any.

        Returns:
            The fault to inject, or None.

        Raises:
            ValueError: If the header names an unknown fault.
        """
        fault = parse_fault(header) if header else self._from_queue(operation) or self._by_chance()
        if fault is not None:
            with self._lock:
                self.injected[fault.kind] = self.injected.get(fault.kind, 0) + 1
        return fault

    def _from_queue(self, operation: str) -> Fault | None:
        with self._lock:
            for index, fault in enumerate(self._queue):
                if fault.operation in (None, operation):
                    if fault.times <= 1:
                        del self._queue[index]
                    else:
                        self._queue[index] = attrs.evolve(fault, times=fault.times - 1)
                    return fault
        return None

    def _by_chance(self) -> Fault | None:
        with self._lock:
            if self.rate <= 0 or self._random.random() >= self.rate:
                return None
            kind = self._random.choice(self.kinds)
            status = self._random.choice((500, 502, 503)) if kind == "error_before" else None
            return Fault(kind, status=status, retry_after=self._random.choice((0.0, 1.0)), delay=0.05)
