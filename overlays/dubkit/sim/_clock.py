"""The simulator's clock: real time scaled by a speed factor, or a manual clock that tests advance."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from ._bounds import MAX_SIM_SECONDS, check_number

__all__ = ["SimClock"]

# A fixed epoch for the manual clock, so seeded runs produce the same timestamps.
MANUAL_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


class SimClock:
    """Simulated time.

    In real mode, simulated time runs ``speed`` times faster than the wall clock; in manual mode it
    stands still until ``advance()`` is called. Both modes accept ``advance()``.

    Time stops at a horizon, ``MAX_SIM_SECONDS`` (1,000 years) after the start: ``advance()`` refuses to
    go further, and a fast real clock that reaches it stays there, so every time the simulator reports
    (a job's end included) is a valid date.

    Args:
        speed: How many simulated seconds pass per real second (real mode).
        manual: Freeze time unless advanced explicitly.
        start: The simulated time at creation; defaults to now (real) or 2026-01-01 (manual).

    Raises:
        ValueError: If ``speed`` is not a positive finite number.
    """

    def __init__(self, *, speed: float = 1.0, manual: bool = False, start: datetime | None = None) -> None:
        self.speed = check_number("speed", speed, maximum=float("inf"), exclusive_minimum=True)
        self.manual = manual
        self._lock = threading.Lock()
        self._start = start or (MANUAL_EPOCH if manual else datetime.now(UTC))
        self._real_start = time.monotonic()
        self._offset = 0.0

    def elapsed(self) -> float:
        """Return the simulated seconds since the clock started.

        Returns:
            Seconds of simulated time.
        """
        with self._lock:
            running = 0.0 if self.manual else (time.monotonic() - self._real_start) * self.speed
            return min(running + self._offset, MAX_SIM_SECONDS)

    def now(self) -> datetime:
        """Return the simulated current time (UTC).

        Returns:
            An aware datetime.
        """
        return self.at(self.elapsed())

    def at(self, elapsed: float) -> datetime:
        """Return the simulated time a number of simulated seconds after the clock started.

        Args:
            elapsed: Seconds since the start (as ``elapsed()`` counts them), e.g. a job's deadline.

        Returns:
            An aware datetime.
        """
        return self._start + timedelta(seconds=elapsed)

    def advance(self, seconds: float) -> datetime:
        """Move simulated time forward.

        Args:
            seconds: How far; must be >= 0.

        Returns:
            The new simulated time.

        Raises:
            ValueError: If ``seconds`` is negative, not finite, or would take the clock past its horizon.
        """
        try:
            seconds = check_number("seconds", seconds, maximum=MAX_SIM_SECONDS)
        except ValueError as exc:
            raise ValueError(f"the clock only moves forward by a finite amount: {exc}") from None
        with self._lock:
            running = 0.0 if self.manual else (time.monotonic() - self._real_start) * self.speed
            left = MAX_SIM_SECONDS - running - self._offset
            if seconds > left:
                raise ValueError(
                    f"the clock cannot advance {seconds:g} s: it stops {MAX_SIM_SECONDS:g} s after its start "
                    f"({max(left, 0):g} s from now)"
                )
            self._offset += seconds
        return self.now()

    def real_seconds(self, simulated: float) -> float:
        """Convert a simulated duration into the real time it takes (0 for a manual clock).

        Args:
            simulated: Seconds of simulated time.

        Returns:
            Seconds of real time.
        """
        return 0.0 if self.manual else simulated / self.speed
