"""Several jobs at once: run them in threads within a concurrency limit, then summarise and pick the exit code.

``dubkit dub``, ``wait`` and ``download`` each give ``run_jobs`` one work function and one
``JobOutcome`` per job; the work function fills the outcome and never raises. A Ctrl-C stops the
waiting at once: the summary then says, per job, what was left and how to continue.
"""

from __future__ import annotations

import pathlib
import threading
import traceback
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import typer

from dubkit import DubbingFailedError, WaitTimeoutError

from ._context import CliState
from ._errors import EXIT_INTERRUPTED, EXIT_OK, Diagnosis, Situation, diagnose
from ._output import error_document, file_entry
from ._progress import JobLine
from ._render import error_console, files_table, human_duration, list_table, output_console, visible, visible_lines

__all__ = ["JobOutcome", "exit_code", "output_kind", "run_jobs", "show_outcomes"]

_KINDS = {".mp4": "video", ".mp3": "audio", ".wav": "audio", ".srt": "subtitles", ".vtt": "subtitles"}
_JOIN_SECONDS = 0.2  # how often the main thread wakes to notice Ctrl-C


def output_kind(path: pathlib.Path) -> str:
    """Return what an output file is, from its name: ``video``, ``audio``, ``speech`` or ``subtitles``.

    Args:
        path: An output file.

    Returns:
        The kind (the suffix itself when unknown).
    """
    if ".speech." in path.name:
        return "speech"
    return _KINDS.get(path.suffix.lower(), path.suffix.lstrip(".") or "file")


@attrs.define
class JobOutcome:
    """What became of one job of a command.

    Attributes:
        label: What the job is, for people (``talk.mp4 → es``, or the id).
        provider: The provider's name.
        line: Its row in the progress view.
        source: The source, if the command knows it.
        target_lang: The target language, if known.
        job_id: The provider's id, once known.
        status: The provider's last status seen.
        result: ``pending``, then ``done``, ``created``, ``waited``, ``deleted``, ``failed``, ``timed out``,
            ``error`` or ``interrupted``.
        phase: What it was doing: ``creating``, ``waiting``, ``downloading`` (for the Ctrl-C message).
        resumed: The job came from an earlier run's state (no new job was created).
        media_seconds: The source media's length, as the provider reported it.
        files: The output files.
        error: What went wrong, if something did.
        exception: The exception behind ``error`` (its traceback is shown with ``--verbose``).
    """

    label: str
    provider: str
    line: JobLine | None = None
    source: str | None = None
    target_lang: str | None = None
    job_id: str | None = None
    status: str | None = None
    result: str = "pending"
    phase: str = "queued"
    resumed: bool = False
    media_seconds: float | None = None
    files: list[pathlib.Path] = attrs.Factory(list)
    error: Diagnosis | None = None
    exception: BaseException | None = None

    def fail(self, error: BaseException, situation: Situation) -> None:
        """Record an error as this job's outcome.

        Args:
            error: What the work raised.
            situation: For the hint's commands.
        """
        self.error = diagnose(error, situation)
        self.exception = error
        if isinstance(error, DubbingFailedError):
            self.result = "failed"
        elif isinstance(error, WaitTimeoutError):
            self.result = "timed out"
        else:
            self.result = "error"

    def interrupt(self) -> None:
        """Record that Ctrl-C stopped this job's work, with what that means for it."""
        if self.result != "pending":
            return
        self.result = "interrupted"
        where = f"`dubkit download {self.job_id} -p {self.provider} --wait`" if self.job_id else ""
        if self.phase == "creating":
            hint = "run the same command again: it checks whether the job was created before creating it"
        elif self.phase == "downloading":
            hint = f"the job is done at the provider: run the same command again, or {where}"
        elif self.job_id is not None:
            hint = f"the job keeps running at the provider: run the same command again, or {where}"
        else:
            hint = "nothing was sent for it"
        self.error = Diagnosis("interrupted", hint, EXIT_INTERRUPTED)

    def exit_code(self) -> int:
        """Return this job's exit code (0 unless it failed).

        Returns:
            The code.
        """
        return EXIT_OK if self.error is None else self.error.exit_code

    def as_json(self) -> dict[str, Any]:
        """Return this outcome as JSON.

        Returns:
            The entry.
        """
        return {
            "label": self.label,
            "provider": self.provider,
            "source": self.source,
            "target_lang": self.target_lang,
            "job_id": self.job_id,
            "status": self.status,
            "result": self.result,
            "resumed": self.resumed,
            "media_seconds": self.media_seconds,
            "files": [file_entry(path, output_kind(path), self.target_lang) for path in self.files if path.exists()],
            "error": None if self.error is None else error_document(self.error),
        }


def run_jobs(outcomes: Sequence[JobOutcome], work: Callable[[JobOutcome], None], concurrency: int) -> bool:
    """Run ``work`` on every outcome in up to ``concurrency`` threads; return at the end or at Ctrl-C.

    Args:
        outcomes: One per job, in order.
        work: Fills one outcome; must not raise.
        concurrency: The most jobs worked on at once.

    Returns:
        True if Ctrl-C interrupted the run (the unfinished outcomes are then marked ``interrupted``).
    """
    pending = list(outcomes)
    lock = threading.Lock()

    def worker() -> None:
        while True:
            with lock:
                if not pending:
                    return
                outcome = pending.pop(0)
            work(outcome)

    # Daemon threads: after a Ctrl-C the command reports and exits without waiting for a poll's sleep.
    threads = [threading.Thread(target=worker, name=f"dubkit-job-{n}", daemon=True) for n in range(concurrency)]
    try:
        for thread in threads[: len(outcomes)]:
            thread.start()
        for thread in threads[: len(outcomes)]:
            while thread.is_alive():
                thread.join(_JOIN_SECONDS)
    except KeyboardInterrupt:
        with lock:
            pending.clear()
        for outcome in outcomes:
            outcome.interrupt()
        return True
    return False


def exit_code(outcomes: Sequence[JobOutcome], interrupted: bool = False) -> int:
    """Return the command's exit code: 0 if every job succeeded, else the first failed job's code.

    Args:
        outcomes: The jobs, in order.
        interrupted: Ctrl-C ended the run (130 wins).

    Returns:
        The code.
    """
    if interrupted:
        return EXIT_INTERRUPTED
    return next((code for outcome in outcomes if (code := outcome.exit_code()) != EXIT_OK), EXIT_OK)


def show_outcomes(outcomes: Sequence[JobOutcome], state: CliState, *, extra: dict[str, Any] | None = None) -> None:
    """Print the summary (a table of jobs, the files written, each error) or, with --json, the JSON document.

    Args:
        outcomes: The jobs, in order.
        state: The command's state: ``--json``, and the redaction of keys (defence in depth: dubkit's
            messages carry none).
        extra: More top-level fields for the JSON document.

    Raises:
        typer.Exit: With ``exit_code``'s code, unless every job succeeded.
    """
    redact = state.redact
    code = exit_code(outcomes, any(outcome.result == "interrupted" for outcome in outcomes))
    errors = error_console()
    for outcome in outcomes:  # on stderr, with --json too; server text shown, never sent to the terminal
        if outcome.error is not None:
            line = f"error: {outcome.label}: {outcome.error.message}"
            errors.print(visible(redact(line)), markup=False, soft_wrap=True)
            if outcome.error.hint:
                errors.print(visible(redact(f"hint: {outcome.error.hint}")), markup=False, soft_wrap=True)
            if state.verbose and outcome.exception is not None:
                trace = "".join(traceback.format_exception(outcome.exception)).rstrip()
                errors.print(visible_lines(redact(trace)), markup=False, soft_wrap=True, highlight=False)
    if state.json_output:
        state.write_json({"ok": code == EXIT_OK, "exit_code": code, **(extra or {}),
                          "jobs": [outcome.as_json() for outcome in outcomes]})  # fmt: skip
    else:
        _show_tables(outcomes)
        errors.print(f"{sum(o.error is None for o in outcomes)} of {len(outcomes)} jobs succeeded", markup=False)
    if code != EXIT_OK:
        raise typer.Exit(code)


def _show_tables(outcomes: Sequence[JobOutcome]) -> None:
    rows = [
        (o.label, o.provider, o.job_id or "-", o.status or "-",
         "-" if o.media_seconds is None else human_duration(o.media_seconds),
         o.result + (" (resumed)" if o.resumed else ""))
        for o in outcomes
    ]  # fmt: skip
    console = output_console()
    columns = ("job", "provider", "id", "status", "media", "result")
    console.print(list_table(columns, rows, no_wrap=("id", "status", "media")))
    written = [(f"{o.target_lang or '-'} {output_kind(path)}", path) for o in outcomes for path in o.files]
    if written:
        console.print(files_table((label, path) for label, path in written if path.exists()))
