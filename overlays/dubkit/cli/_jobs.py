"""``dubkit status`` and ``dubkit list``: the jobs a provider already has."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer

from dubkit._server_values import duration_seconds

from ._context import PLAIN_TEXT, Provider, ProviderOption, TimeScale, state_of
from ._output import JsonOption, json_value, records
from ._render import (
    cell,
    describe_eta,
    error_console,
    fields_table,
    human_duration,
    list_table,
    output_console,
    public_url,
)

if TYPE_CHECKING:
    from dubkit import Dubformer, ElevenLabs

__all__ = ["list_jobs", "status"]

DEFAULT_LIMIT = 20
"""Jobs ``dubkit list`` shows unless ``--limit`` says otherwise."""
_MAX_PAGE_SIZE = 200  # the ElevenLabs API's limit

IdArgument = Annotated[
    str,
    typer.Argument(metavar="ID", help="The dubbing id (ElevenLabs) or project id (Dubformer).", click_type=PLAIN_TEXT),
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
    if media is not None:
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


def _dubformer_fields(project: Any, scale: TimeScale) -> list[tuple[str, str]]:
    estimate = project.estimated_completion_date
    eta = describe_eta(scale.wall(estimate), _now()) if isinstance(estimate, datetime.datetime) else "-"
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


def _elevenlabs_json(dub: Any) -> dict[str, Any]:
    media = dub.media_metadata
    return {
        "id": dub.dubbing_id, "name": json_value(dub.name), "status": json_value(dub.status),
        "source_lang": json_value(dub.source_language), "target_langs": json_value(dub.target_languages),
        "created": json_value(dub.created_at), "editable": json_value(dub.editable), "error": json_value(dub.error),
        "media": None if media is None else
        {"content_type": json_value(media.content_type), "duration": json_value(getattr(media, "duration", None))},
    }  # fmt: skip


def _dubformer_json(project: Any, scale: TimeScale) -> dict[str, Any]:
    estimate = project.estimated_completion_date
    return {
        "id": json_value(project.project_id), "name": json_value(project.name), "status": json_value(project.status),
        "source_lang": json_value(project.source_lang), "target_langs": [json_value(project.target_lang)],
        "mixing_mode": json_value(project.mixing_mode), "cost_minutes": json_value(project.cost_minutes),
        "created": json_value(project.created_date),
        "estimated_completion": json_value(scale.wall(estimate) if isinstance(estimate, datetime.datetime) else None),
        "completed": json_value(project.completion_date), "error": json_value(project.error_message),
        "video_url": _public_or_none(project.output_video_url),
        "speech_url": _public_or_none(project.output_tts_audio_url),
    }  # fmt: skip


def _public_or_none(url: object) -> str | None:
    shown = public_url(url)
    return None if shown == "-" else shown


def status(
    ctx: typer.Context,
    job_id: IdArgument,
    *,
    provider: ProviderOption = Provider.ELEVENLABS,
    json_output: JsonOption = False,
) -> None:
    """Show one job's fields: status, languages, dates, ETA, error and outputs."""
    state = state_of(ctx, json_output=json_output)
    if provider is Provider.ELEVENLABS:
        dub = state.client(Provider.ELEVENLABS).dubbing.get(job_id)
        document, rows = _elevenlabs_json(dub), _elevenlabs_fields(dub)
    else:
        project = state.client(Provider.DUBFORMER).projects.get(job_id)
        document, rows = _dubformer_json(project, state.time_scale), _dubformer_fields(project, state.time_scale)
    if json_output:
        state.write_json({"ok": True, "provider": provider.value, "job": document})
        return
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
    json_output: JsonOption = False,
) -> None:
    """List your jobs, newest first (ElevenLabs fetches pages only as far as --limit needs)."""
    state = state_of(ctx, json_output=json_output)
    rows: list[tuple[str, ...]] = []
    more = False
    source = (
        _elevenlabs_rows(state.client(Provider.ELEVENLABS), limit, page_size)
        if provider is Provider.ELEVENLABS
        else _dubformer_rows(state.client(Provider.DUBFORMER))
    )
    for row in source:
        if limit and len(rows) >= limit:
            more = True
            break
        if row:
            rows.append(row)
    columns = ("id", "name", "status", "languages", "created")
    if json_output:
        state.write_json({"ok": True, "provider": provider.value, "jobs": records(columns, rows), "more": more})
        return
    if not rows:
        error_console().print(f"no {provider.value} jobs")
        return
    output_console().print(list_table(columns, rows, no_wrap=("id", "status", "created")))
    if more:
        error_console().print(f"showing the first {len(rows)}; more exist (--limit 0 shows all)")
