"""One call across providers: ``dub_file`` creates a dub, waits for it and downloads every output.

It is built from the public client methods (``create``, ``wait``, ``download``), so it behaves
exactly as they do: the same retries, errors, streamed and atomic downloads.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import pathlib
import posixpath
import tempfile
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import attrs

from ._safe_names import path_in, safe_component, safe_extension
from ._server_values import duration_seconds, timestamp, utc_after
from ._validation import check_str
from ._waiting import check_wait_arguments

if TYPE_CHECKING:
    from .dubformer import AsyncDubformer, Dubformer
    from .elevenlabs import AsyncElevenLabs, ElevenLabs

__all__ = ["PROVIDERS", "DubProgress", "DubResult", "adub_file", "dub_file"]

Provider = Literal["elevenlabs", "dubformer"]
PROVIDERS: tuple[Provider, ...] = ("elevenlabs", "dubformer")


@attrs.frozen
class DubProgress:
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
    job: Any


@attrs.frozen
class DubResult:
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
    job: Any


@attrs.frozen
class _Request:
    """The checked arguments of one ``dub_file`` call."""

    provider: Provider
    path: pathlib.Path | None
    url: str | None
    target_lang: str
    source_lang: str | None
    out_dir: pathlib.Path
    stem: str


def _check_options(wait: object, timeout: object, on_update: object) -> None:
    if not isinstance(wait, bool):
        raise TypeError(f"wait must be a bool, not {type(wait).__name__}")
    # Checked here, not first in wait(): the paid create must not be sent with options that then fail.
    check_wait_arguments(timeout, None, on_update)


def _check(source: object, provider: object, target_lang: object, source_lang: object, out_dir: object) -> _Request:
    if provider not in PROVIDERS:
        raise ValueError(f"provider must be one of {', '.join(map(repr, PROVIDERS))}, got {provider!r}")
    target = check_str("target_lang", target_lang, required=True)
    origin = check_str("source_lang", source_lang)
    if not isinstance(source, str | os.PathLike):
        raise TypeError(f"source must be a path or an http(s) URL, not {type(source).__name__}")
    text = os.fspath(source)
    if not text:
        raise ValueError("source must not be empty")
    if not isinstance(out_dir, str | os.PathLike) or not os.fspath(out_dir):
        raise ValueError("out_dir must be a directory path")
    directory = pathlib.Path(out_dir)
    if directory.exists() and not directory.is_dir():
        raise ValueError(f"out_dir {os.fspath(out_dir)!r} exists and is not a directory")
    is_url = isinstance(source, str) and urlsplit(text).scheme in {"http", "https"}
    if not is_url and provider == "dubformer":
        raise ValueError(
            f"source {text!r} is a local file, but Dubformer dubs a video from a URL and accepts no uploads. "
            "Put it where Dubformer can fetch it (an http(s) URL, or a YouTube link), or use provider='elevenlabs'."
        )
    if provider == "dubformer" and origin is None:
        raise ValueError("Dubformer needs source_lang (the language spoken in the video, e.g. 'en')")
    path = None if is_url else pathlib.Path(text)
    if path is not None and not path.is_file():
        raise ValueError(f"source: no such file: {text!r}")
    name = posixpath.basename(urlsplit(text).path.rstrip("/")) if is_url else pathlib.Path(text).name
    stem = safe_component(posixpath.splitext(name)[0], fallback="dub")
    return _Request(provider, path, text if is_url else None, target, origin, directory, stem)  # type: ignore[arg-type]


def _output_path(request: _Request, suffix: str) -> pathlib.Path:
    """Return ``<out_dir>/<stem>.<lang><suffix>``, every part made a safe name and checked to stay inside."""
    language = safe_component(request.target_lang, fallback="dub")
    return path_in(request.out_dir, f"{request.stem}.{language}{suffix}")


def _write_text(path: pathlib.Path, text: str) -> pathlib.Path:
    """Write a text file atomically: complete, or not at all (its temporary file removed on any failure)."""
    part = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, removed on failure
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".part", delete=False
    )
    try:
        try:
            part.write(text)
        finally:
            part.close()
        os.replace(part.name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(part.name)
        raise
    return path


class _Run:
    """The bookkeeping of one call: its clock, its estimate and its progress reports."""

    def __init__(self, request: _Request, on_update: Callable[[DubProgress], None] | None) -> None:
        self.request = request
        self.on_update = on_update
        self.started = time.monotonic()
        self.job_id = ""
        self.estimate: datetime.datetime | None = None

    def report(self, job: Any) -> None:
        if self.on_update is not None:
            status = str(job.status)
            self.on_update(DubProgress(self.request.provider, self.job_id, status, self.elapsed(), self.estimate, job))

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def tag(self, error: BaseException) -> None:
        """Make an error raised after the create carry the job's id, so the paid job is never lost."""
        if not self.job_id:
            return
        if getattr(error, "job_id", None) is None:
            # A dubkit error declares job_id; any other (a full disk, say) gets it the same way.
            with contextlib.suppress(AttributeError):
                error.job_id = self.job_id  # type: ignore[attr-defined]
        provider = self.request.provider
        error.add_note(f"the {provider} job {self.job_id} was created: check it before creating another")

    def result(self, job: Any, files: list[pathlib.Path], duration: float | None) -> DubResult:
        return DubResult(
            provider=self.request.provider,
            job_id=self.job_id,
            status=str(job.status),
            files=tuple(files),
            elapsed_seconds=self.elapsed(),
            media_duration_seconds=duration,
            estimated_completion=self.estimate,
            job=job,
        )


def _elevenlabs_duration(meta: Any) -> float | None:
    return duration_seconds(getattr(meta.media_metadata, "duration", None), what="media duration")


def _elevenlabs_media_path(run: _Run, meta: Any) -> pathlib.Path:
    content_type = getattr(meta.media_metadata, "content_type", "")
    extension = ".mp4" if isinstance(content_type, str) and content_type.startswith("video/") else ".mp3"
    return _output_path(run.request, extension)


def _dubformer_paths(run: _Run, project: Any) -> tuple[pathlib.Path, pathlib.Path]:
    video = _output_path(run.request, safe_extension(project.output_video_url, ".mp4"))
    speech = _output_path(run.request, ".speech" + safe_extension(project.output_tts_audio_url, ".wav"))
    return video, speech


def _elevenlabs_sync(client: ElevenLabs, run: _Run, wait: bool, timeout: float | None) -> DubResult:
    request = run.request
    created = client.dubbing.create(
        file=request.path, source_url=request.url, target_lang=request.target_lang, source_lang=request.source_lang
    )
    run.job_id = created.dubbing_id
    run.estimate = utc_after(duration_seconds(created.expected_duration_sec, what="expected_duration_sec"))
    if not wait:
        meta = client.dubbing.get(run.job_id)
        run.report(meta)
        return run.result(meta, [], _elevenlabs_duration(meta))
    meta = client.dubbing.wait(run.job_id, timeout=timeout, on_update=run.report)
    request.out_dir.mkdir(parents=True, exist_ok=True)
    media = client.dubbing.audio.download(run.job_id, request.target_lang, _elevenlabs_media_path(run, meta))
    subtitles = client.dubbing.transcript.get(run.job_id, request.target_lang, format="srt")
    srt = _write_text(_output_path(request, ".srt"), subtitles)
    return run.result(meta, [media, srt], _elevenlabs_duration(meta))


def _dubformer_sync(client: Dubformer, run: _Run, wait: bool, timeout: float | None) -> DubResult:
    request = run.request
    submitted = client.projects.create(
        source_lang=str(request.source_lang), target_lang=request.target_lang, source_video_url=str(request.url),
        name=request.stem,
    )  # fmt: skip
    run.job_id = submitted.project_id
    run.estimate = timestamp(submitted.estimated_completion_date)
    if not wait:
        project = client.projects.get(run.job_id)
        run.report(project)
        return run.result(project, [], None)
    project = client.projects.wait(run.job_id, timeout=timeout, on_update=run.report)
    request.out_dir.mkdir(parents=True, exist_ok=True)
    video_path, speech_path = _dubformer_paths(run, project)
    video = client.projects.download(project, video_path)
    speech = client.projects.download(project, speech_path, output="tts_audio")
    return run.result(project, [video, speech], None)


def dub_file(
    source: str | os.PathLike[str],
    *,
    provider: str,
    target_lang: str,
    source_lang: str | None = None,
    out_dir: str | os.PathLike[str] = ".",
    client: ElevenLabs | Dubformer | None = None,
    on_update: Callable[[DubProgress], None] | None = None,
    wait: bool = True,
    timeout: float | None = None,
) -> DubResult:
    """Dub a local file or a URL with one provider, wait for it, and download every output.

    Files are named after the source: ElevenLabs writes ``<stem>.<lang>.mp3`` (``.mp4`` for a video)
    and the subtitles ``<stem>.<lang>.srt``; Dubformer writes ``<stem>.<lang>.mp4`` and the dubbed
    speech alone, ``<stem>.<lang>.speech.wav``.

    Args:
        source: A local media file (ElevenLabs only) or an http(s) URL of the media.
        provider: ``"elevenlabs"`` or ``"dubformer"``.
        target_lang: The language to dub into (ElevenLabs ``"es"``, Dubformer with locale ``"es-ES"``).
        source_lang: The spoken language; ElevenLabs detects it when not given, Dubformer needs it.
        out_dir: Where to write the outputs (created if missing).
        client: A client of that provider to use; by default one is made from the environment and closed.
        on_update: Called with a ``DubProgress`` at every status change while waiting.
        wait: With False, create the job and return at once (no files).
        timeout: Give up waiting after this many seconds (default: the clients' three hours).

    Returns:
        The provider, job id, final status, files written and durations.

    Raises:
        ValueError: On bad input before any request, e.g. a local file with Dubformer.
        TypeError: If ``client`` is not a client of ``provider``.
        DubbingFailedError: The job failed.
        WaitTimeoutError: The job did not finish in time (it keeps running at the provider).
        DubkitError: Any other error of the family, as the client methods raise it.

    Anything raised after the create (the job exists, and may be billed) carries the job's id in
    ``job_id`` and in a note, so it can be checked rather than created again.

    Example:
        >>> result = dub_file("talk.mp4", provider="elevenlabs", target_lang="es", out_dir="out")  # doctest: +SKIP
        >>> [path.name for path in result.files]  # doctest: +SKIP
        ['talk.es.mp4', 'talk.es.srt']
    """
    from .dubformer import Dubformer  # noqa: PLC0415 - the clients load on first use
    from .elevenlabs import ElevenLabs  # noqa: PLC0415

    _check_options(wait, timeout, on_update)
    run = _Run(_check(source, provider, target_lang, source_lang, out_dir), on_update)
    expected = ElevenLabs if run.request.provider == "elevenlabs" else Dubformer
    if client is not None and not isinstance(client, expected):
        raise TypeError(f"client must be a {expected.__name__} for provider={provider!r}, not {type(client).__name__}")
    owned = client is None
    active = expected() if client is None else client
    try:
        if isinstance(active, ElevenLabs):
            return _elevenlabs_sync(active, run, wait, timeout)
        return _dubformer_sync(active, run, wait, timeout)
    except Exception as error:
        run.tag(error)
        raise
    finally:
        if owned:
            active.close()


async def _elevenlabs_async(client: AsyncElevenLabs, run: _Run, wait: bool, timeout: float | None) -> DubResult:
    request = run.request
    created = await client.dubbing.create(
        file=request.path, source_url=request.url, target_lang=request.target_lang, source_lang=request.source_lang
    )
    run.job_id = created.dubbing_id
    run.estimate = utc_after(duration_seconds(created.expected_duration_sec, what="expected_duration_sec"))
    if not wait:
        meta = await client.dubbing.get(run.job_id)
        run.report(meta)
        return run.result(meta, [], _elevenlabs_duration(meta))
    meta = await client.dubbing.wait(run.job_id, timeout=timeout, on_update=run.report)
    request.out_dir.mkdir(parents=True, exist_ok=True)
    media = await client.dubbing.audio.download(run.job_id, request.target_lang, _elevenlabs_media_path(run, meta))
    subtitles = await client.dubbing.transcript.get(run.job_id, request.target_lang, format="srt")
    srt = _write_text(_output_path(request, ".srt"), subtitles)
    return run.result(meta, [media, srt], _elevenlabs_duration(meta))


async def _dubformer_async(client: AsyncDubformer, run: _Run, wait: bool, timeout: float | None) -> DubResult:
    request = run.request
    submitted = await client.projects.create(
        source_lang=str(request.source_lang), target_lang=request.target_lang, source_video_url=str(request.url),
        name=request.stem,
    )  # fmt: skip
    run.job_id = submitted.project_id
    run.estimate = timestamp(submitted.estimated_completion_date)
    if not wait:
        project = await client.projects.get(run.job_id)
        run.report(project)
        return run.result(project, [], None)
    project = await client.projects.wait(run.job_id, timeout=timeout, on_update=run.report)
    request.out_dir.mkdir(parents=True, exist_ok=True)
    video_path, speech_path = _dubformer_paths(run, project)
    video = await client.projects.download(project, video_path)
    speech = await client.projects.download(project, speech_path, output="tts_audio")
    return run.result(project, [video, speech], None)


async def adub_file(
    source: str | os.PathLike[str],
    *,
    provider: str,
    target_lang: str,
    source_lang: str | None = None,
    out_dir: str | os.PathLike[str] = ".",
    client: AsyncElevenLabs | AsyncDubformer | None = None,
    on_update: Callable[[DubProgress], None] | None = None,
    wait: bool = True,
    timeout: float | None = None,
) -> DubResult:
    """Dub a local file or a URL, wait and download every output (async twin of ``dub_file``).

    Args:
        source: A local media file (ElevenLabs only) or an http(s) URL of the media.
        provider: ``"elevenlabs"`` or ``"dubformer"``.
        target_lang: The language to dub into.
        source_lang: The spoken language (Dubformer needs it).
        out_dir: Where to write the outputs (created if missing).
        client: An async client of that provider; by default one is made from the environment and closed.
        on_update: Called with a ``DubProgress`` at every status change while waiting.
        wait: With False, create the job and return at once (no files).
        timeout: Give up waiting after this many seconds.

    Returns:
        The provider, job id, final status, files written and durations.

    Raises:
        ValueError: On bad input before any request.
        TypeError: If ``client`` is not an async client of ``provider``.
        DubbingFailedError: The job failed.
        WaitTimeoutError: The job did not finish in time.
        DubkitError: Any other error of the family.

    Anything raised after the create carries the job's id in ``job_id`` and in a note.
    """
    from .dubformer import AsyncDubformer  # noqa: PLC0415
    from .elevenlabs import AsyncElevenLabs  # noqa: PLC0415

    _check_options(wait, timeout, on_update)
    run = _Run(_check(source, provider, target_lang, source_lang, out_dir), on_update)
    expected = AsyncElevenLabs if run.request.provider == "elevenlabs" else AsyncDubformer
    if client is not None and not isinstance(client, expected):
        raise TypeError(f"client must be an {expected.__name__} for provider={provider!r}, not {type(client).__name__}")
    owned = client is None
    active = expected() if client is None else client
    try:
        if isinstance(active, AsyncElevenLabs):
            return await _elevenlabs_async(active, run, wait, timeout)
        return await _dubformer_async(active, run, wait, timeout)
    except Exception as error:
        run.tag(error)
        raise
    finally:
        if owned:
            await active.aclose()
