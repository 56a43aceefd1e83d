"""What ``dub_file`` reports, and the bookkeeping of one call, shared by both twins.

``dub_file`` and ``adub_file`` (written once, async, in ``_async/_dub_file.py``; ``scripts/unasync.py`` writes
the sync one) create a dub, wait for it and download every output.
"""

from __future__ import annotations

import datetime
import pathlib
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import attrs

from ._dub_options import DubformerDubOptions, ElevenLabsDubOptions
from ._dub_plan import PROVIDERS, DubPlan, Provider, media_seconds, tag_created_job
from ._polling import check_wait_arguments
from ._validation import check_bool

__all__ = ["PROVIDERS", "DubOptions", "DubProgress", "DubResult", "DubRun", "check_dub_options"]

DubOptions = ElevenLabsDubOptions | DubformerDubOptions
JobT = TypeVar("JobT")
"""The provider's model of a job: ``DubbingMetadataResponse`` (ElevenLabs) or ``Project`` (Dubformer)."""


@attrs.frozen
class DubProgress(Generic[JobT]):
    """A job's state, as ``dub_file`` reports it to ``on_update`` at each status change.

    Attributes:
        provider: ``"elevenlabs"`` or ``"dubformer"``.
        job_id: The dubbing id or project id.
        status: The provider's own status (``"dubbing"``, ``"in_progress"``, ``"dubbed"``, ``"ready"``, ...).
        elapsed_seconds: Seconds since the job was created.
        estimated_completion: When the provider expects the job to finish (UTC), if it said.
        job: The provider's model of the job (``DubbingMetadataResponse`` or ``Project``).
    """

    provider: Provider
    job_id: str
    status: str
    elapsed_seconds: float
    estimated_completion: datetime.datetime | None
    job: JobT


@attrs.frozen
class DubResult(Generic[JobT]):
    """What ``dub_file`` did.

    Attributes:
        provider: ``"elevenlabs"`` or ``"dubformer"``.
        job_id: The dubbing id or project id.
        status: The job's last status.
        files: The files written, in order (empty with ``wait=False``).
        elapsed_seconds: Seconds from the create request to the last file written.
        media_duration_seconds: The media's length as the provider reported it, if it did.
        estimated_completion: The provider's estimate of when the job would finish (UTC), if any.
        job: The provider's last model of the job.
    """

    provider: Provider
    job_id: str
    status: str
    files: tuple[pathlib.Path, ...]
    elapsed_seconds: float
    media_duration_seconds: float | None
    estimated_completion: datetime.datetime | None
    job: JobT


def check_dub_options(wait: object, timeout: object, on_update: object) -> None:
    """Check ``dub_file``'s own options before anything is sent.

    The paid create must not be sent with options that then fail.

    Args:
        wait: A bool.
        timeout: Seconds, or None.
        on_update: A callable, or None.

    Raises:
        TypeError: A value of the wrong type (the message names the argument).
        ValueError: A timeout that is not a finite number > 0.
    """
    check_bool("wait", wait, required=True)
    check_wait_arguments(timeout, None, on_update)


class DubRun:
    """The bookkeeping of one call: its clock, its estimate and its progress reports.

    Args:
        plan: The checked arguments.
        on_update: The caller's progress callback, if any.
    """

    def __init__(self, plan: DubPlan, on_update: Callable[[DubProgress[Any]], None] | None) -> None:
        self.plan = plan
        self.on_update = on_update
        self.started = time.monotonic()
        self.job_id = ""
        self.estimate: datetime.datetime | None = None

    def report(self, job: Any) -> None:
        """Report the job's state to ``on_update`` (a wait calls it at each status change)."""
        if self.on_update is not None:
            status = str(job.status)
            self.on_update(DubProgress(self.plan.provider, self.job_id, status, self.elapsed(), self.estimate, job))

    def elapsed(self) -> float:
        """Return the seconds since the call started."""
        return time.monotonic() - self.started

    def tag(self, error: BaseException) -> None:
        """Make an error raised after the create carry the job's id, so the paid job is never lost."""
        if self.job_id:
            tag_created_job(error, self.plan.provider, self.job_id)

    def result(self, job: Any, files: list[pathlib.Path]) -> DubResult[Any]:
        """Return what the call did, with the job's last state and the files written."""
        return DubResult(
            provider=self.plan.provider,
            job_id=self.job_id,
            status=str(job.status),
            files=tuple(files),
            elapsed_seconds=self.elapsed(),
            media_duration_seconds=media_seconds(job),
            estimated_completion=self.estimate,
            job=job,
        )
