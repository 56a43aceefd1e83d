"""The steps of a dub that need no I/O, shared by ``dub_file`` and the ``dubkit`` command: check, build, name.

``plan_dub`` checks everything a dub needs before any request. The steps that talk to a provider,
``create_job`` (the paid create) and ``download_outputs`` (a finished job's outputs, under the names
``dub_file`` documents), are written once, async, in ``_async/_dub_steps.py``; ``scripts/unasync.py`` writes
the sync ones. They send what is built here. The command line runs these steps itself so it can record each
job as soon as it exists.
"""

from __future__ import annotations

import contextlib
import datetime
import mimetypes
import os
import pathlib
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import attrs

from ._dub_options import DubformerDubOptions, ElevenLabsDubOptions, check_language_code, source_stem
from ._literals import Provider
from ._partfiles import create_part_file
from ._safe_names import path_in, safe_component, safe_extension
from ._server_values import duration_seconds, timestamp, utc_after
from ._transfers import ProgressReader, current_observer
from ._validation import check_str

__all__ = [
    "PROVIDERS",
    "AsyncOutputFetch",
    "Created",
    "DubPlan",
    "OutputFetch",
    "Provider",
    "dubformer_arguments",
    "dubformer_created",
    "dubformer_paths",
    "elevenlabs_arguments",
    "elevenlabs_created",
    "elevenlabs_paths",
    "is_url",
    "media_seconds",
    "plan_dub",
    "tag_created_job",
    "write_text",
]

OutputFetch = Callable[[pathlib.Path], pathlib.Path]
"""Writes one output to the path given and returns where it is."""
AsyncOutputFetch = Callable[[pathlib.Path], Awaitable[pathlib.Path]]
"""Writes one output to the path given and returns where it is (async)."""
PROVIDERS: tuple[Provider, ...] = ("elevenlabs", "dubformer")
_AUTO = "auto"  # ElevenLabs: detect the source language
# Media extensions some systems' mimetypes tables lack; the rest come from mimetypes (audio/*, video/*).
_MEDIA_SUFFIXES = frozenset({
    ".mp3", ".mp4", ".m4a", ".m4v", ".wav", ".flac", ".ogg", ".oga", ".opus", ".aac",
    ".webm", ".mkv", ".mov", ".avi", ".wma", ".wmv", ".mpeg", ".mpg", ".3gp", ".aiff",
})  # fmt: skip


@attrs.frozen
class DubPlan:
    """The checked arguments of one dub: what to send, and how to name the outputs.

    Attributes:
        provider: ``"elevenlabs"`` or ``"dubformer"``.
        path: The local file to upload (ElevenLabs), or None for a URL.
        url: The source URL, or None for a local file.
        target_lang: The language to dub into.
        source_lang: The spoken language, if given.
        out_dir: Where the outputs go.
        stem: The outputs' file-name stem.
        name: The job's name at the provider.
        options: The provider's create options.
    """

    provider: Provider
    path: pathlib.Path | None
    url: str | None
    target_lang: str
    source_lang: str | None
    out_dir: pathlib.Path
    stem: str
    name: str
    options: ElevenLabsDubOptions | DubformerDubOptions | None


@attrs.frozen
class Created:
    """A job the provider accepted.

    Attributes:
        job_id: The dubbing id or project id.
        expected_seconds: How long ElevenLabs expects the dub to take, if it said.
        estimate: When the provider expects the job to finish (UTC), if it said.
    """

    job_id: str
    expected_seconds: float | None
    estimate: datetime.datetime | None


def is_url(source: object) -> bool:
    """Tell whether a source is an http(s) URL (not a local path).

    Args:
        source: What the caller passed.

    Returns:
        True for an ``http://`` or ``https://`` string.
    """
    return isinstance(source, str) and urlsplit(source).scheme.lower() in {"http", "https"}


def _check_local_file(text: str) -> pathlib.Path:
    """Return a local source, refusing what cannot be media before a paid upload."""
    path = pathlib.Path(text)
    if path.is_dir():
        raise ValueError(f"source {text!r} is a directory; pass the media files in it (e.g. {text.rstrip('/')}/*.mp4)")
    if not path.exists():
        raise ValueError(f"source: no such file: {text!r}")
    if not path.is_file():
        raise ValueError(f"source {text!r} is not a regular file")
    kind = (mimetypes.guess_type(path.name, strict=False)[0] or "").split("/")[0]
    if kind not in {"audio", "video"} and path.suffix.lower() not in _MEDIA_SUFFIXES:
        raise ValueError(f"source {text!r} is not audio or video (by its name); give a media file such as .mp4 or .wav")
    if path.stat().st_size == 0:
        raise ValueError(f"source {text!r} is empty")
    if not os.access(path, os.R_OK):
        raise ValueError(f"source {text!r} cannot be read")
    return path


def _check_source(source: object) -> tuple[str, bool]:
    if not isinstance(source, str | os.PathLike):
        raise TypeError(f"source must be a path or an http(s) URL, not {type(source).__name__}")
    text = os.fspath(source)
    if not isinstance(text, str) or not text:
        raise ValueError("source must not be empty")
    url = isinstance(source, str) and is_url(text)
    scheme = urlsplit(text).scheme if isinstance(source, str) and "://" in text else ""
    if not url and len(scheme) > 1:
        raise ValueError(f"source {text!r}: only http(s) URLs and local files can be dubbed, not {scheme}://")
    return text, url


def _check_options(provider: Provider, options: object) -> ElevenLabsDubOptions | DubformerDubOptions | None:
    expected = ElevenLabsDubOptions if provider == "elevenlabs" else DubformerDubOptions
    if options is not None and not isinstance(options, expected):
        raise TypeError(
            f"options for provider={provider!r} must be a {expected.__name__}, not {type(options).__name__}"
        )
    return options


def plan_dub(
    source: object,
    *,
    provider: object,
    target_lang: object,
    source_lang: object = None,
    out_dir: object = ".",
    name: object = None,
    options: object = None,
    stem: str | None = None,
) -> DubPlan:
    """Check a dub's arguments, before any request, and return its plan.

    Args:
        source: A local media file (ElevenLabs only) or an http(s) URL.
        provider: ``"elevenlabs"`` or ``"dubformer"``.
        target_lang: One language code.
        source_lang: The spoken language (Dubformer needs it; ElevenLabs detects it, or ``"auto"``).
        out_dir: The output directory (created later, when the outputs are written).
        name: The job's name at the provider (default: the stem).
        options: ``ElevenLabsDubOptions`` or ``DubformerDubOptions`` for that provider.
        stem: The outputs' stem (default: from the source; a YouTube link gives its video id).

    Returns:
        The plan.

    Raises:
        TypeError: An argument has the wrong type.
        ValueError: An argument cannot work: no such file, a directory, not media, empty, another URL
            scheme, a malformed language, a local file for Dubformer, Dubformer without ``source_lang``.
    """
    if provider not in PROVIDERS:
        raise ValueError(f"provider must be one of {', '.join(map(repr, PROVIDERS))}, got {provider!r}")
    target = str(check_language_code("target_lang", target_lang))
    origin = None if source_lang == _AUTO and provider == "elevenlabs" else source_lang
    origin = check_language_code("source_lang", origin, required=False)
    job_name = check_str("name", name)
    if job_name is not None and not job_name.strip():
        raise ValueError("name must not be blank")
    checked = _check_options(provider, options)
    text, url = _check_source(source)
    if not isinstance(out_dir, str | os.PathLike) or not os.fspath(out_dir):
        raise ValueError("out_dir must be a directory path")
    directory = pathlib.Path(out_dir)
    if directory.exists() and not directory.is_dir():
        raise ValueError(f"out_dir {os.fspath(out_dir)!r} exists and is not a directory")
    if not url and provider == "dubformer":
        raise ValueError(
            f"source {text!r} is a local file, but Dubformer dubs a video from a URL and accepts no uploads. "
            "Put it where Dubformer can fetch it (an http(s) URL, or a YouTube link), or use provider='elevenlabs'."
        )
    if provider == "dubformer" and origin is None:
        raise ValueError("Dubformer needs source_lang (the language spoken in the video, e.g. 'en')")
    if provider == "dubformer" and ("-" in str(origin) or "-" not in target):
        # Dubformer's documented forms: the source without a locale, the target with one.
        raise ValueError(f"Dubformer takes source_lang without a locale ('en') and target_lang with one ('fr-FR'), "
                         f"got {origin!r} and {target!r}")  # fmt: skip
    path = None if url else _check_local_file(text)
    chosen = safe_component(stem, fallback="dub") if stem is not None else source_stem(text, is_url=url)
    return DubPlan(
        provider, path, text if url else None, target, origin, directory, chosen, job_name or chosen, checked
    )


def media_seconds(job: Any) -> float | None:
    """Return the source media's length as the provider reported it (ElevenLabs does), if it did.

    Args:
        job: A provider's model of a job.

    Returns:
        Seconds, or None (also when the value is not a plausible duration: see ``duration_seconds``).
    """
    return duration_seconds(getattr(getattr(job, "media_metadata", None), "duration", None), what="media duration")


def tag_created_job(error: BaseException, provider: str, job_id: str) -> None:
    """Make an error raised after a paid create carry the job's id (``job_id`` and a note).

    A dubkit error declares ``job_id``; any other (a full disk, say) gets the attribute the same way
    when it can take one. An error that already names a job keeps its own.

    Args:
        error: What was raised after the create.
        provider: The job's provider.
        job_id: The created job's id.
    """
    if getattr(error, "job_id", None) is None:
        with contextlib.suppress(AttributeError):
            error.job_id = job_id  # type: ignore[attr-defined]
    error.add_note(f"the {provider} job {job_id} was created: check it before creating another")


# ---- naming -----------------------------------------------------------------------------------------------------


def _output_path(out_dir: pathlib.Path, stem: str, language: object, suffix: str) -> pathlib.Path:
    """Return ``<out_dir>/<stem>.<lang><suffix>``, stem and language made safe names, checked to stay inside."""
    name = f"{safe_component(stem, fallback='dub')}.{safe_component(language, fallback='lang')}{suffix}"
    return path_in(out_dir, name)


def elevenlabs_paths(job: Any, out_dir: pathlib.Path, stem: str, language: str) -> tuple[pathlib.Path, pathlib.Path]:
    """Return where a dub's media and subtitles go: ``<stem>.<lang>.mp4`` (``.mp3`` for audio) and ``.srt``.

    Args:
        job: The dub's metadata (its content type picks the media's extension).
        out_dir: The output directory.
        stem: The outputs' stem.
        language: The target language.

    Returns:
        The media path and the subtitles path.

    Raises:
        ValueError: If a path would be a symbolic link.
    """
    content_type = getattr(job.media_metadata, "content_type", "")
    extension = ".mp4" if isinstance(content_type, str) and content_type.startswith("video/") else ".mp3"
    return _output_path(out_dir, stem, language, extension), _output_path(out_dir, stem, language, ".srt")


def dubformer_paths(project: Any, out_dir: pathlib.Path, stem: str) -> tuple[pathlib.Path, pathlib.Path]:
    """Return where a project's video and speech go: ``<stem>.<lang>.mp4`` and ``<stem>.<lang>.speech.wav``.

    Args:
        project: The ready project (its output URLs give the extensions).
        out_dir: The output directory.
        stem: The outputs' stem.

    Returns:
        The video path and the speech path.

    Raises:
        ValueError: If a path would be a symbolic link.
    """
    language = project.target_lang
    video = _output_path(out_dir, stem, language, safe_extension(project.output_video_url, ".mp4"))
    speech = _output_path(out_dir, stem, language, ".speech" + safe_extension(project.output_tts_audio_url, ".wav"))
    return video, speech


def write_text(path: pathlib.Path, text: str) -> pathlib.Path:
    """Write a text file atomically (complete, or not at all), with the mode ``open()`` would give.

    Its temporary file is removed on any failure, even when closing it fails again (a full disk).

    Args:
        path: The file, absolute (as ``path_in`` gives it); its directory must exist.
        text: The content (UTF-8).

    Returns:
        The path.

    Raises:
        OSError: The file could not be written; nothing was left behind.
    """
    part = create_part_file(path)
    try:
        try:
            part.write(text.encode("utf-8"))
        finally:
            part.close()
        os.replace(part.name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(part.name)
        raise
    return path


# ---- create -----------------------------------------------------------------------------------------------------


def elevenlabs_created(created: Any) -> Created:
    """Return the job an ElevenLabs create answered with (its expected duration checked, not trusted).

    Args:
        created: The create's answer.

    Returns:
        The job.
    """
    seconds = duration_seconds(created.expected_duration_sec, what="expected_duration_sec")
    return Created(created.dubbing_id, seconds, utc_after(seconds))


def elevenlabs_arguments(plan: DubPlan, stack: contextlib.ExitStack) -> dict[str, Any]:
    """Return the arguments of ``dubbing.create`` for a plan; an upload reports to the current transfer observer.

    Args:
        plan: What to create.
        stack: Where the opened file is closed, after the create.

    Returns:
        The keyword arguments.
    """
    file: Any = plan.path
    observer = current_observer()
    if plan.path is not None and observer is not None:
        handle = stack.enter_context(plan.path.open("rb"))
        file = (plan.path.name, ProgressReader(handle, plan.path.name, observer))
    options = plan.options.as_kwargs() if plan.options is not None else {}
    return {"file": file, "source_url": plan.url, "target_lang": plan.target_lang,
            "source_lang": plan.source_lang, "name": plan.name, **options}  # fmt: skip


def dubformer_arguments(plan: DubPlan, idempotency_key: str | None) -> dict[str, Any]:
    """Return the arguments of ``projects.create`` for a plan.

    Args:
        plan: What to create.
        idempotency_key: The key to send, if any.

    Returns:
        The keyword arguments.
    """
    options = plan.options.as_kwargs() if plan.options is not None else {}
    return {"source_lang": str(plan.source_lang), "target_lang": plan.target_lang, "source_video_url": str(plan.url),
            "name": plan.name, "idempotency_key": idempotency_key, **options}  # fmt: skip


def dubformer_created(submitted: Any) -> Created:
    """Return the project a Dubformer create answered with.

    Args:
        submitted: The create's answer.

    Returns:
        The job.
    """
    return Created(submitted.project_id, None, timestamp(submitted.estimated_completion_date))
