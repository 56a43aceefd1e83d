"""The simulator's clock: real time scaled by a speed factor, or a manual clock that tests advance."""

from __future__ import annotations

import math
import threading
import time
from datetime import UTC, datetime, timedelta

__all__ = ["SimClock"]

# A fixed epoch for the manual clock, so seeded runs produce the same timestamps.
MANUAL_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


class SimClock:
    """Simulated time.

    In real mode, simulated time runs ``speed`` times faster than the wall clock; in manual mode it
    stands still until ``advance()`` is called. Both modes accept ``advance()``.

    Args:
        speed: How many simulated seconds pass per real second (real mode).
        manual: Freeze time unless advanced explicitly.
        start: The simulated time at creation; defaults to now (real) or 2026-01-01 (manual).

    Raises:
        ValueError: If ``speed`` is not positive.
    """

    def __init__(self, *, speed: float = 1.0, manual: bool = False, start: datetime | None = None) -> None:
        if speed <= 0:
            raise ValueError(f"speed must be > 0, got {speed!r}")
        self.speed = speed
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
            return running + self._offset

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
            ValueError: If ``seconds`` is negative.
        """
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"the clock only moves forward by a finite amount; got {seconds!r} seconds")
        with self._lock:
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
