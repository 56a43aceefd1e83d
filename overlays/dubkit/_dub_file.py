"""One call across providers: ``dub_file`` creates a dub, waits for it and downloads every output.

It is built from the public client methods (``create``, ``wait``, ``download``), so it behaves
exactly as they do: the same retries, errors, streamed and atomic downloads.
"""

from __future__ import annotations

import datetime
import os
import pathlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

import attrs

from ._dub_options import DubformerDubOptions, ElevenLabsDubOptions
from ._dub_steps import (
    PROVIDERS,
    DubPlan,
    Provider,
    acreate_job,
    adownload_outputs,
    create_job,
    download_outputs,
    media_seconds,
    plan_dub,
    tag_created_job,
)
from ._waiting import check_wait_arguments

if TYPE_CHECKING:
    from dubkit_dubformer.models import Project
    from dubkit_elevenlabs.models import DubbingMetadataResponse

    from .dubformer import AsyncDubformer, Dubformer
    from .elevenlabs import AsyncElevenLabs, ElevenLabs

__all__ = ["PROVIDERS", "DubProgress", "DubResult", "adub_file", "dub_file"]

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


def _check_options(wait: object, timeout: object, on_update: object) -> None:
    if not isinstance(wait, bool):
        raise TypeError(f"wait must be a bool, not {type(wait).__name__}")
    # Checked here, not first in wait(): the paid create must not be sent with options that then fail.
    check_wait_arguments(timeout, None, on_update)


class _Run:
    """The bookkeeping of one call: its clock, its estimate and its progress reports."""

    def __init__(self, plan: DubPlan, on_update: Callable[[DubProgress[Any]], None] | None) -> None:
        self.plan = plan
        self.on_update = on_update
        self.started = time.monotonic()
        self.job_id = ""
        self.estimate: datetime.datetime | None = None

    def report(self, job: Any) -> None:
        if self.on_update is not None:
            status = str(job.status)
            self.on_update(DubProgress(self.plan.provider, self.job_id, status, self.elapsed(), self.estimate, job))

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def tag(self, error: BaseException) -> None:
        """Make an error raised after the create carry the job's id, so the paid job is never lost."""
        if self.job_id:
            tag_created_job(error, self.plan.provider, self.job_id)

    def result(self, job: Any, files: list[pathlib.Path]) -> DubResult[Any]:
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


def _sync_steps(client: ElevenLabs | Dubformer, run: _Run, wait: bool, timeout: float | None) -> DubResult[Any]:
    from .elevenlabs import ElevenLabs  # noqa: PLC0415

    created = create_job(client, run.plan)
    run.job_id, run.estimate = created.job_id, created.estimate
    resource: Any = client.dubbing if isinstance(client, ElevenLabs) else client.projects
    if not wait:
        job = resource.get(run.job_id)
        run.report(job)
        return run.result(job, [])
    job = resource.wait(run.job_id, timeout=timeout, on_update=run.report)
    plan = run.plan
    files = download_outputs(client, job, language=plan.target_lang, out_dir=plan.out_dir, stem=plan.stem)
    return run.result(job, files)


async def _async_steps(
    client: AsyncElevenLabs | AsyncDubformer, run: _Run, wait: bool, timeout: float | None
) -> DubResult[Any]:
    from .elevenlabs import AsyncElevenLabs  # noqa: PLC0415

    created = await acreate_job(client, run.plan)
    run.job_id, run.estimate = created.job_id, created.estimate
    resource: Any = client.dubbing if isinstance(client, AsyncElevenLabs) else client.projects
    if not wait:
        job = await resource.get(run.job_id)
        run.report(job)
        return run.result(job, [])
    job = await resource.wait(run.job_id, timeout=timeout, on_update=run.report)
    plan = run.plan
    files = await adownload_outputs(client, job, language=plan.target_lang, out_dir=plan.out_dir, stem=plan.stem)
    return run.result(job, files)


@overload
def dub_file(
    source: str | os.PathLike[str],
    *,
    provider: Literal["elevenlabs"],
    target_lang: str,
    source_lang: str | None = ...,
    out_dir: str | os.PathLike[str] = ...,
    name: str | None = ...,
    options: ElevenLabsDubOptions | None = ...,
    client: ElevenLabs | None = ...,
    on_update: Callable[[DubProgress[DubbingMetadataResponse]], None] | None = ...,
    wait: bool = ...,
    timeout: float | None = ...,
) -> DubResult[DubbingMetadataResponse]: ...
@overload
def dub_file(
    source: str | os.PathLike[str],
    *,
    provider: Literal["dubformer"],
    target_lang: str,
    source_lang: str | None = ...,
    out_dir: str | os.PathLike[str] = ...,
    name: str | None = ...,
    options: DubformerDubOptions | None = ...,
    client: Dubformer | None = ...,
    on_update: Callable[[DubProgress[Project]], None] | None = ...,
    wait: bool = ...,
    timeout: float | None = ...,
) -> DubResult[Project]: ...
@overload
def dub_file(
    source: str | os.PathLike[str],
    *,
    provider: Provider,
    target_lang: str,
    source_lang: str | None = ...,
    out_dir: str | os.PathLike[str] = ...,
    name: str | None = ...,
    options: DubOptions | None = ...,
    client: ElevenLabs | Dubformer | None = ...,
    on_update: Callable[[DubProgress[Any]], None] | None = ...,
    wait: bool = ...,
    timeout: float | None = ...,
) -> DubResult[Any]: ...
def dub_file(
    source: str | os.PathLike[str],
    *,
    provider: Provider,
    target_lang: str,
    source_lang: str | None = None,
    out_dir: str | os.PathLike[str] = ".",
    name: str | None = None,
    options: DubOptions | None = None,
    client: ElevenLabs | Dubformer | None = None,
    on_update: Callable[[DubProgress[Any]], None] | None = None,
    wait: bool = True,
    timeout: float | None = None,
) -> DubResult[Any]:
    """Dub a local file or a URL with one provider, wait for it, and download every output.

    Files are named after the source: ElevenLabs writes ``<stem>.<lang>.mp3`` (``.mp4`` for a video)
    and the subtitles ``<stem>.<lang>.srt``; Dubformer writes ``<stem>.<lang>.mp4`` and the dubbed
    speech alone, ``<stem>.<lang>.speech.wav``. A YouTube link's stem is its video id. Outputs get the
    mode a plain ``open()`` would give under the process umask.

    Args:
        source: A local media file (ElevenLabs only) or an http(s) URL of the media.
        provider: ``"elevenlabs"`` or ``"dubformer"``.
        target_lang: The language to dub into (ElevenLabs ``"es"``, Dubformer with locale ``"es-ES"``).
        source_lang: The spoken language; ElevenLabs detects it when not given, Dubformer needs it.
        out_dir: Where to write the outputs (created if missing).
        name: The job's name at the provider (default: the source's stem).
        options: Every other create option of the provider: an ``ElevenLabsDubOptions`` or a
            ``DubformerDubOptions`` (checked when made, so nothing is sent with a bad value).
        client: A client of that provider to use; by default one is made from the environment and closed.
        on_update: Called with a ``DubProgress`` at every status change while waiting.
        wait: With False, create the job and return at once (no files).
        timeout: Give up waiting after this many seconds (default: the clients' three hours).

    Returns:
        The provider, job id, final status, files written and durations.

    Raises:
        ValueError: On bad input before any request: a missing, empty or non-media file, a directory,
            a URL other than http(s), a malformed language, a local file with Dubformer.
        TypeError: If ``client`` or ``options`` is not for ``provider``.
        DubbingFailedError: The job failed.
        WaitTimeoutError: The job did not finish in time (it keeps running at the provider).
        DubkitError: Any other error of the family, as the client methods raise it.

    Anything raised after the create (the job exists, and may be billed) carries the job's id in
    ``job_id`` and in a note, so it can be checked rather than created again.

    Example:
        >>> result = dub_file("talk.mp4", provider="elevenlabs", target_lang="es", out_dir="out",
        ...                   options=ElevenLabsDubOptions(num_speakers=2))  # doctest: +SKIP
        >>> [path.name for path in result.files]  # doctest: +SKIP
        ['talk.es.mp4', 'talk.es.srt']
    """
    from .dubformer import Dubformer  # noqa: PLC0415 - the clients load on first use
    from .elevenlabs import ElevenLabs  # noqa: PLC0415

    _check_options(wait, timeout, on_update)
    plan = plan_dub(source, provider=provider, target_lang=target_lang, source_lang=source_lang, out_dir=out_dir,
                    name=name, options=options)  # fmt: skip
    run = _Run(plan, on_update)
    expected = ElevenLabs if plan.provider == "elevenlabs" else Dubformer
    if client is not None and not isinstance(client, expected):
        raise TypeError(f"client must be a {expected.__name__} for provider={provider!r}, not {type(client).__name__}")
    owned = client is None
    active = expected() if client is None else client
    try:
        return _sync_steps(active, run, wait, timeout)
    except Exception as error:
        run.tag(error)
        raise
    finally:
        if owned:
            active.close()


@overload
async def adub_file(
    source: str | os.PathLike[str],
    *,
    provider: Literal["elevenlabs"],
    target_lang: str,
    source_lang: str | None = ...,
    out_dir: str | os.PathLike[str] = ...,
    name: str | None = ...,
    options: ElevenLabsDubOptions | None = ...,
    client: AsyncElevenLabs | None = ...,
    on_update: Callable[[DubProgress[DubbingMetadataResponse]], None] | None = ...,
    wait: bool = ...,
    timeout: float | None = ...,
) -> DubResult[DubbingMetadataResponse]: ...
@overload
async def adub_file(
    source: str | os.PathLike[str],
    *,
    provider: Literal["dubformer"],
    target_lang: str,
    source_lang: str | None = ...,
    out_dir: str | os.PathLike[str] = ...,
    name: str | None = ...,
    options: DubformerDubOptions | None = ...,
    client: AsyncDubformer | None = ...,
    on_update: Callable[[DubProgress[Project]], None] | None = ...,
    wait: bool = ...,
    timeout: float | None = ...,
) -> DubResult[Project]: ...
@overload
async def adub_file(
    source: str | os.PathLike[str],
    *,
    provider: Provider,
    target_lang: str,
    source_lang: str | None = ...,
    out_dir: str | os.PathLike[str] = ...,
    name: str | None = ...,
    options: DubOptions | None = ...,
    client: AsyncElevenLabs | AsyncDubformer | None = ...,
    on_update: Callable[[DubProgress[Any]], None] | None = ...,
    wait: bool = ...,
    timeout: float | None = ...,
) -> DubResult[Any]: ...
async def adub_file(
    source: str | os.PathLike[str],
    *,
    provider: Provider,
    target_lang: str,
    source_lang: str | None = None,
    out_dir: str | os.PathLike[str] = ".",
    name: str | None = None,
    options: DubOptions | None = None,
    client: AsyncElevenLabs | AsyncDubformer | None = None,
    on_update: Callable[[DubProgress[Any]], None] | None = None,
    wait: bool = True,
    timeout: float | None = None,
) -> DubResult[Any]:
    """Dub a local file or a URL, wait and download every output (async twin of ``dub_file``).

    Args:
        source: A local media file (ElevenLabs only) or an http(s) URL of the media.
        provider: ``"elevenlabs"`` or ``"dubformer"``.
        target_lang: The language to dub into.
        source_lang: The spoken language (Dubformer needs it).
        out_dir: Where to write the outputs (created if missing).
        name: The job's name at the provider (default: the source's stem).
        options: An ``ElevenLabsDubOptions`` or ``DubformerDubOptions`` for that provider.
        client: An async client of that provider; by default one is made from the environment and closed.
        on_update: Called with a ``DubProgress`` at every status change while waiting.
        wait: With False, create the job and return at once (no files).
        timeout: Give up waiting after this many seconds.

    Returns:
        The provider, job id, final status, files written and durations.

    Raises:
        ValueError: On bad input before any request.
        TypeError: If ``client`` or ``options`` is not for ``provider``.
        DubbingFailedError: The job failed.
        WaitTimeoutError: The job did not finish in time.
        DubkitError: Any other error of the family.

    Anything raised after the create carries the job's id in ``job_id`` and in a note.
    """
    from .dubformer import AsyncDubformer  # noqa: PLC0415
    from .elevenlabs import AsyncElevenLabs  # noqa: PLC0415

    _check_options(wait, timeout, on_update)
    plan = plan_dub(source, provider=provider, target_lang=target_lang, source_lang=source_lang, out_dir=out_dir,
                    name=name, options=options)  # fmt: skip
    run = _Run(plan, on_update)
    expected = AsyncElevenLabs if plan.provider == "elevenlabs" else AsyncDubformer
    if client is not None and not isinstance(client, expected):
        raise TypeError(f"client must be an {expected.__name__} for provider={provider!r}, not {type(client).__name__}")
    owned = client is None
    active = expected() if client is None else client
    try:
        return await _async_steps(active, run, wait, timeout)
    except Exception as error:
        run.tag(error)
        raise
    finally:
        if owned:
            await active.aclose()
