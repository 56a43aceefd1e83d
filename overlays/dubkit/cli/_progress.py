"""The progress view of ``dubkit dub`` and ``dubkit wait``: one row per job, live on a terminal.

On a terminal, rich shows every job at once: its status, elapsed time and ETA, and a bar with bytes
and speed while it uploads or downloads. Elsewhere (a pipe, a CI log) it prints one line per status
change and per finished transfer. Jobs run in threads, so every method may be called from any thread.
Everything shown passes through ``visible``: labels, ids, statuses and file names may be server text.
"""

from __future__ import annotations

import datetime
import threading
import time
from collections.abc import Callable
from types import TracebackType

import attrs
from rich.console import Console
from rich.filesize import decimal
from rich.progress import BarColumn, DownloadColumn, Progress, ProgressColumn, SpinnerColumn, Task, TaskID, TextColumn
from rich.text import Text

from ._render import describe_eta, human_duration, visible

__all__ = ["DONE_STATUSES", "FAILED_STATUSES", "BatchView", "JobLine"]

DONE_STATUSES = frozenset({"dubbed", "ready"})
"""Statuses after which the outputs are downloaded (ElevenLabs ``dubbed``, Dubformer ``ready``)."""
FAILED_STATUSES = frozenset({"failed", "error"})
"""Statuses of a failed job (ElevenLabs ``failed``, Dubformer ``error``): no ETA to show."""


def _utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


@attrs.define
class JobLine:
    """What the view shows of one job.

    Attributes:
        label: What the job is, e.g. ``talk.mp4 → es``.
        provider: The provider's name.
        started: When the view began following it (monotonic seconds).
        job_id: The provider's id, once known.
        status: The provider's status, or a phase of dubkit's own (``creating``, ``downloading``).
        estimate: When the job should finish (UTC, wall time), if known.
        transfer: The running upload or download: ``(kind, name, done, total)``.
        completed: That transfer's last byte has been reported.
        finished: The job's outcome, once it has one.
        task: The row's rich task, on a terminal.
    """

    label: str
    provider: str
    started: float
    job_id: str | None = None
    status: str = "queued"
    estimate: datetime.datetime | None = None
    transfer: tuple[str, str, int, int | None] | None = None
    completed: bool = False
    finished: str | None = None
    task: TaskID | None = None


class _DetailColumn(ProgressColumn):
    """The job's status line (left of the bar)."""

    def render(self, task: Task) -> Text:
        return Text(str(task.fields.get("detail", "")), no_wrap=True, overflow="ellipsis")


class _BytesColumn(ProgressColumn):
    """Bytes done of total while a transfer runs; nothing otherwise."""

    def __init__(self) -> None:
        super().__init__()
        self._bytes = DownloadColumn()

    def render(self, task: Task) -> Text:
        return self._bytes.render(task) if task.total is not None else Text("")


class BatchView:
    """Follows the jobs of one command; use it as a context manager around their work.

    Args:
        console: Where to show progress (stderr, so stdout keeps only the result).
        clock: Monotonic seconds (tests may pass a fake).
        now: The current time, aware (tests may pass a fake).
    """

    def __init__(
        self,
        console: Console,
        *,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime.datetime] = _utc_now,
    ) -> None:
        self.console = console
        self._clock = clock
        self._now = now
        self._lock = threading.RLock()
        self._progress: Progress | None = None
        self._closed = False
        self.lines: list[JobLine] = []

    def __enter__(self) -> BatchView:
        """Start the live display if the console is a terminal.

        Returns:
            This view.
        """
        if self.console.is_terminal:
            self._progress = Progress(
                SpinnerColumn(style="cyan"), TextColumn("{task.description}", markup=False), _DetailColumn(),
                BarColumn(bar_width=24), _BytesColumn(), console=self.console, transient=True,
                refresh_per_second=4,
            )  # fmt: skip
            self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        """Stop the live display; later reports (from jobs a Ctrl-C left running) show nothing."""
        with self._lock:
            self._closed = True
            if self._progress is not None:
                self._progress.stop()
                self._progress = None

    def add(self, label: str, provider: str) -> JobLine:
        """Add a row for a job.

        Args:
            label: What the job is.
            provider: The provider's name.

        Returns:
            The row, to pass to the other methods.
        """
        line = JobLine(label, provider, self._clock())
        with self._lock:
            self.lines.append(line)
            if self._progress is not None:
                line.task = self._progress.add_task(visible(label), total=None, detail=self.describe(line))
        return line

    def describe(self, line: JobLine) -> str:
        """Return a job's state as one line: provider, id, status, ETA and elapsed time.

        Args:
            line: The row.

        Returns:
            The text.
        """
        elapsed = f"elapsed {human_duration(self._clock() - line.started)}"
        if line.job_id is None:
            return visible(f"{line.provider}: {line.status} ...  {elapsed}")
        status = line.finished or line.status
        if status in DONE_STATUSES or status in FAILED_STATUSES or line.finished or line.estimate is None:
            phase = status
        else:
            phase = f"{status}  {describe_eta(line.estimate, self._now())}"
        return visible(f"{line.provider} {line.job_id}: {phase}  {elapsed}")

    def update(
        self,
        line: JobLine,
        *,
        status: str,
        job_id: str | None = None,
        estimate: datetime.datetime | None = None,
    ) -> None:
        """Show a job's new status (off a terminal: one line, if it changed).

        Args:
            line: The row.
            status: The provider's status, or dubkit's phase (``creating``, ``downloading``, ...).
            job_id: The job's id, once known.
            estimate: When it should finish (wall time), if known.
        """
        with self._lock:
            if self._closed:
                return
            changed = status != line.status or (job_id is not None and job_id != line.job_id)
            line.status = status
            line.job_id = job_id or line.job_id
            # An estimate is about the provider's work: none once it is done (or while dubkit downloads).
            running = status not in DONE_STATUSES and status not in FAILED_STATUSES and status != "downloading"
            line.estimate = (estimate or line.estimate) if running else None
            line.transfer = None
            self._show(line, changed)

    def finish(self, line: JobLine, outcome: str) -> None:
        """Show how a job ended.

        Args:
            line: The row.
            outcome: ``done``, ``failed``, ``timed out``, ...
        """
        with self._lock:
            if self._closed:
                return
            line.finished = outcome
            line.transfer = None
            self._show(line, changed=True)

    def transfer(self, line: JobLine, kind: str, name: str, done: int, total: int | None) -> None:
        """Show an upload's or download's bytes (off a terminal: a line when it starts and when it ends).

        Args:
            line: The row.
            kind: ``upload`` or ``download``.
            name: The file's name.
            done: Bytes sent or received so far.
            total: Bytes in all, if known.
        """
        with self._lock:
            if self._closed:
                return
            previous = line.transfer
            line.transfer = (kind, name, done, total)
            if self._progress is not None and line.task is not None:
                verb = "uploading" if kind == "upload" else "downloading"
                self._progress.update(line.task, total=total, completed=done, detail=visible(f"{verb} {name}"))
                return
            size = decimal(total) if total is not None else "size unknown"
            if previous is None or previous[:2] != (kind, name):
                line.completed = False
                self.console.print(visible(f"{line.label}: {kind}ing {name} ({size})"), soft_wrap=True, markup=False)
            if total is not None and done >= total and not line.completed:
                line.completed = True
                self.console.print(visible(f"{line.label}: {kind}ed {name} ({size})"), soft_wrap=True, markup=False)

    def _show(self, line: JobLine, changed: bool) -> None:
        if self._progress is not None and line.task is not None:
            self._progress.update(line.task, total=None, completed=0, detail=self.describe(line))
        elif changed:
            self.console.print(f"{visible(line.label)}: {self.describe(line)}", soft_wrap=True, markup=False)
