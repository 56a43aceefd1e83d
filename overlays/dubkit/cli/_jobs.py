"""``dubkit status``, ``dubkit list`` and ``dubkit download``: the jobs a provider already has."""

from __future__ import annotations

import datetime
import functools
import pathlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer

from dubkit import DubbingFailedError
from dubkit._safe_names import path_in, safe_component, safe_extension
from dubkit._server_values import duration_seconds

from ._context import Provider, ProviderOption, state_of
from ._dub import output_kind
from ._errors import EXIT_API, EXIT_USAGE, CliError
from ._render import (
    cell,
    describe_eta,
    error_console,
    fields_table,
    files_table,
    human_duration,
    is_unset,
    list_table,
    output_console,
    public_url,
)

if TYPE_CHECKING:
    from dubkit import Dubformer, ElevenLabs

__all__ = ["download", "list_jobs", "status"]

DEFAULT_LIMIT = 20
"""Jobs ``dubkit list`` shows unless ``--limit`` says otherwise."""
_MAX_PAGE_SIZE = 200  # the ElevenLabs API's limit

IdArgument = Annotated[str, typer.Argument(metavar="ID", help="The dubbing id (ElevenLabs) or project id (Dubformer).")]
OutOption = Annotated[
    pathlib.Path, typer.Option("--out", "-o", metavar="DIR", help="Directory to write into (created if missing).")
]


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _languages(source: object, targets: object) -> str:
    origin = cell(source)
    return f"{'auto' if origin == '-' else origin} → {cell(targets)}"


# ---- status ---------------------------------------------------------------------------------------------------


def _elevenlabs_fields(dub: Any) -> list[tuple[str, str]]:
    media = dub.media_metadata
    duration = getattr(media, "duration", None)
    described = "-"
    if media is not None and not is_unset(media):
        seconds = duration_seconds(duration, what="media duration")
        length = "?" if seconds is None else human_duration(seconds)
        described = f"{cell(media.content_type)}, {length}"
    return [
        ("id", dub.dubbing_id),
        ("name", cell(dub.name)),
        ("status", cell(dub.status)),
        ("languages", _languages(dub.source_language, dub.target_languages)),
        ("created", cell(dub.created_at)),
        ("media", described),
        ("editable", cell(dub.editable)),
        ("error", cell(dub.error)),
    ]


def _dubformer_fields(project: Any) -> list[tuple[str, str]]:
    estimate = project.estimated_completion_date
    eta = describe_eta(estimate, _now()) if isinstance(estimate, datetime.datetime) else "-"
    return [
        ("id", cell(project.project_id)),
        ("name", cell(project.name)),
        ("status", cell(project.status)),
        ("languages", _languages(project.source_lang, project.target_lang)),
        ("mixing", cell(project.mixing_mode)),
        ("cost", f"{cell(project.cost_minutes)} min"),
        ("created", cell(project.created_date)),
        ("estimate", eta),
        ("completed", cell(project.completion_date)),
        ("error", cell(project.error_message)),
        ("video", public_url(project.output_video_url)),
        ("speech", public_url(project.output_tts_audio_url)),
    ]


def status(ctx: typer.Context, job_id: IdArgument, *, provider: ProviderOption = Provider.ELEVENLABS) -> None:
    """Show one job's fields: status, languages, dates, ETA, error and outputs."""
    state = state_of(ctx)
    if provider is Provider.ELEVENLABS:
        rows = _elevenlabs_fields(state.elevenlabs().dubbing.get(job_id))
    else:
        rows = _dubformer_fields(state.dubformer().projects.get(job_id))
    output_console().print(fields_table(rows, title=f"{provider.value} job"))


# ---- list -----------------------------------------------------------------------------------------------------


def _elevenlabs_rows(client: ElevenLabs, limit: int, page_size: int | None) -> Iterator[tuple[str, ...]]:
    """Yield one row per dub, fetching pages only as far as ``limit`` needs (then one more marker row)."""
    if page_size is None and limit:
        page_size = min(limit, _MAX_PAGE_SIZE)
    for page in client.dubbing.list(page_size=page_size).iter_pages():
        for dub in page.items:
            yield (dub.dubbing_id, cell(dub.name), cell(dub.status),
                   _languages(dub.source_language, dub.target_languages), cell(dub.created_at))  # fmt: skip
        if not page.has_more:
            return
        yield ()  # "more pages follow": lets the caller stop without fetching them


def _dubformer_rows(client: Dubformer) -> Iterator[tuple[str, ...]]:
    for project in client.projects.list():
        yield (project.project_id, cell(project.name), cell(project.status),
               _languages(project.source_lang, project.target_lang), cell(project.created_date))  # fmt: skip


def list_jobs(
    ctx: typer.Context,
    *,
    provider: ProviderOption = Provider.ELEVENLABS,
    limit: Annotated[
        int, typer.Option("--limit", "-n", metavar="N", min=0, help="Show at most this many jobs; 0 for all.")
    ] = (DEFAULT_LIMIT),
    page_size: Annotated[
        int | None,
        typer.Option(
            metavar="N",
            min=1,
            max=_MAX_PAGE_SIZE,
            help="ElevenLabs: dubs per request (default: up to --limit).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """List your jobs, newest first (ElevenLabs fetches pages only as far as --limit needs)."""
    state = state_of(ctx)
    rows: list[tuple[str, ...]] = []
    more = False
    source = (
        _elevenlabs_rows(state.elevenlabs(), limit, page_size)
        if provider is Provider.ELEVENLABS
        else _dubformer_rows(state.dubformer())
    )
    for row in source:
        if limit and len(rows) >= limit:
            more = True
            break
        if row:
            rows.append(row)
    if not rows:
        error_console().print(f"no {provider.value} jobs")
        return
    columns = ("id", "name", "status", "languages", "created")
    output_console().print(list_table(columns, rows, no_wrap=("id", "status", "created")))
    if more:
        error_console().print(f"showing the first {len(rows)}; more exist (--limit 0 shows all)")


# ---- download -------------------------------------------------------------------------------------------------


def _output_path(out_dir: pathlib.Path, job_id: str, language: object, suffix: str) -> pathlib.Path:
    """Return ``<out>/<id>.<lang><suffix>``: id and language are server text, each made a safe name."""
    name = f"{safe_component(job_id, fallback='job')}.{safe_component(language, fallback='lang')}{suffix}"
    return path_in(out_dir, name)


def _not_finished(job_id: str, job_status: str, provider: Provider) -> CliError:
    return CliError(
        f"{provider.value} job {job_id} is not finished yet (status: {job_status})",
        hint=f"wait until `dubkit status {job_id} -p {provider.value}` says it is done, then download again",
        exit_code=EXIT_API,
    )


def _elevenlabs_download(
    client: ElevenLabs, job_id: str, lang: str | None, out_dir: pathlib.Path
) -> list[tuple[str, pathlib.Path]]:
    dub = client.dubbing.get(job_id)
    job_status = cell(dub.status)
    if job_status == "failed":
        raise DubbingFailedError(job_id, dub.error if isinstance(dub.error, str) else None, dub)
    if job_status == "dubbing":
        raise _not_finished(job_id, job_status, Provider.ELEVENLABS)
    languages = list(dub.target_languages)
    if lang is not None:
        if lang not in languages:
            raise CliError(
                f"dub {job_id} has no target language {lang!r}",
                hint=f"its languages: {', '.join(languages) or 'none'}",
                exit_code=EXIT_USAGE,
            )
        languages = [lang]
    content_type = str(getattr(dub.media_metadata, "content_type", "") or "")
    extension = ".mp4" if content_type.startswith("video/") else ".mp3"
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        path = client.dubbing.audio.download(job_id, language, _output_path(out_dir, job_id, language, extension))
        written.append((language, path))
    return written


def _dubformer_download(
    client: Dubformer, job_id: str, lang: str | None, out_dir: pathlib.Path
) -> list[tuple[str, pathlib.Path]]:
    project = client.projects.get(job_id)
    job_status = cell(project.status)
    if job_status == "error":
        message = project.error_message if isinstance(project.error_message, str) else None
        raise DubbingFailedError(job_id, message, project)
    if job_status == "in_progress":
        raise _not_finished(job_id, job_status, Provider.DUBFORMER)
    language = project.target_lang
    if lang is not None and lang != language:
        raise CliError(
            f"project {job_id} has no target language {lang!r}", hint=f"its language: {language}", exit_code=EXIT_USAGE
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    video_path = _output_path(out_dir, job_id, language, safe_extension(project.output_video_url, ".mp4"))
    speech_path = _output_path(
        out_dir, job_id, language, ".speech" + safe_extension(project.output_tts_audio_url, ".wav")
    )
    video = client.projects.download(project, video_path)
    speech = client.projects.download(project, speech_path, output="tts_audio")
    return [(language, video), (language, speech)]


def download(
    ctx: typer.Context,
    job_ids: Annotated[
        list[str], typer.Argument(metavar="ID...", help="One or more dubbing ids (ElevenLabs) or project ids.")
    ],
    *,
    provider: ProviderOption = Provider.ELEVENLABS,
    out_dir: OutOption = pathlib.Path(),
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="LANG",
            help="Only this target language (default: every language of the dub).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Download finished jobs: ElevenLabs, the dubbed media of each language; Dubformer, the video and speech.

    Files are named <id>.<lang>.mp3 or .mp4; Dubformer's speech is <id>.<lang>.speech.wav.
    Each is written whole or not at all.
    """
    state = state_of(ctx)
    fetch: Callable[[str], list[tuple[str, pathlib.Path]]]
    if provider is Provider.ELEVENLABS:
        fetch = functools.partial(_elevenlabs_download, state.elevenlabs(), lang=lang, out_dir=out_dir)
    else:
        fetch = functools.partial(_dubformer_download, state.dubformer(), lang=lang, out_dir=out_dir)
    written: list[tuple[str, pathlib.Path]] = []
    try:
        for job_id in job_ids:
            written += fetch(job_id)
    finally:
        # What was written before a failure is still worth listing.
        if written:
            rows = ((f"{language} {output_kind(path)}", path) for language, path in written)
            output_console().print(files_table(rows))
