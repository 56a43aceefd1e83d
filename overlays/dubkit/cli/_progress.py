"""The progress display of ``dubkit dub``: a live status line on a terminal, one line per change otherwise."""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console, RenderableType
from rich.live import Live
from rich.spinner import Spinner
from rich.text import Text

from ._render import describe_eta, human_duration, visible

if TYPE_CHECKING:
    from dubkit import DubProgress

__all__ = ["DONE_STATUSES", "FAILED_STATUSES", "DubMonitor"]

DONE_STATUSES = frozenset({"dubbed", "ready"})
"""Statuses after which ``dub_file`` downloads the outputs (ElevenLabs ``dubbed``, Dubformer ``ready``)."""
FAILED_STATUSES = frozenset({"failed", "error"})
"""Statuses of a failed job (ElevenLabs ``failed``, Dubformer ``error``): no ETA to show."""


def _utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


class DubMonitor:
    """Follows one dub: ``update`` is ``dub_file``'s ``on_update``; use it as a context manager around the call.

    On a terminal it shows a spinner with the status, the elapsed time and the API's ETA, refreshed
    continuously and removed at the end; elsewhere (a pipe, a CI log) it prints a line per status change.

    Args:
        console: Where to show progress (stderr, so stdout keeps only the result).
        provider: The provider's name, for the display.
        clock: Monotonic seconds (tests may pass a fake).
        now: The current time, aware (tests may pass a fake).
    """

    def __init__(
        self,
        console: Console,
        *,
        provider: str,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime.datetime] = _utc_now,
    ) -> None:
        self.console = console
        self.provider = provider
        self.job_id: str | None = None
        """The job's id, once the provider has answered."""
        self.status: str | None = None
        self.estimate: datetime.datetime | None = None
        self._clock = clock
        self._now = now
        self._started = clock()
        self._spinner = Spinner("dots", style="cyan")
        self._live: Live | None = None
        self._finished = False

    def __enter__(self) -> DubMonitor:
        """Start the live display if the console is a terminal.

        Returns:
            This monitor.
        """
        if self.console.is_terminal:
            self._live = Live(self, console=self.console, refresh_per_second=4, transient=True)
            self._live.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """Stop the live display; after a success on a terminal, leave one line saying how it ended."""
        if self._live is None:
            return
        self._live.stop()
        self._live = None
        if error is None and self.job_id is not None:
            # The live line was transient; a pipe already got a line per change, so this is for terminals only.
            self._finished = True
            self.console.print(Text.assemble(("✓ ", "green"), self.describe()), soft_wrap=True)

    @property
    def elapsed(self) -> float:
        """Seconds since the monitor was made."""
        return self._clock() - self._started

    def describe(self) -> str:
        """Return the current state as one line: job, status, elapsed time and ETA.

        Returns:
            The line.
        """
        if self.job_id is None:
            return f"{self.provider}: creating the job ... {human_duration(self.elapsed)}"
        if self.status in DONE_STATUSES:
            phase = str(self.status) if self._finished else f"{self.status}, downloading the outputs"
        elif self.status in FAILED_STATUSES:
            phase = str(self.status)
        else:
            phase = f"{self.status}  {describe_eta(self.estimate, self._now())}"
        return visible(f"{self.provider} {self.job_id}: {phase}  elapsed {human_duration(self.elapsed)}")

    def update(self, progress: DubProgress) -> None:
        """Take a status change from ``dub_file`` (its ``on_update``).

        Args:
            progress: The job's new state.
        """
        self.job_id = progress.job_id
        self.status = progress.status
        self.estimate = progress.estimated_completion
        if self._live is None:
            self.console.print(self.describe(), soft_wrap=True, markup=False)
        else:
            self._live.refresh()

    def __rich__(self) -> RenderableType:
        """Render the live line (called by rich at every refresh)."""
        self._spinner.update(text=Text(self.describe()))
        return self._spinner
