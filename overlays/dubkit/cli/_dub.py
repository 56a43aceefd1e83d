"""``dubkit dub``: dub a file or URL, follow the job live, and write every output."""

from __future__ import annotations

import datetime
import pathlib
from typing import Annotated, Any
from urllib.parse import urlsplit

import typer

from dubkit import DubResult, dub_file
from dubkit._literals import Provider as ProviderName

from ._context import CliState, Provider, ProviderOption, state_of
from ._errors import EXIT_INTERRUPTED, EXIT_USAGE, CliError
from ._progress import DubMonitor
from ._render import describe_eta, error_console, fields_table, files_table, human_duration, output_console

__all__ = ["dub", "output_kind"]

_KINDS = {".mp4": "video", ".mp3": "audio", ".wav": "audio", ".srt": "subtitles", ".vtt": "subtitles"}


def output_kind(path: pathlib.Path) -> str:
    """Return what an output file is, from its name: ``video``, ``audio``, ``speech`` or ``subtitles``.

    Args:
        path: A file ``dub_file`` or ``download`` wrote.

    Returns:
        The kind (the suffix itself when unknown).
    """
    if ".speech." in path.name:
        return "speech"
    return _KINDS.get(path.suffix.lower(), path.suffix.lstrip(".") or "file")


def _is_url(source: str) -> bool:
    return urlsplit(source).scheme in {"http", "https"}


def _check_dubformer(source: str, source_lang: str | None) -> None:
    """Refuse what Dubformer cannot do, with the options of this command in the hint."""
    if not _is_url(source):
        raise CliError(
            f"Dubformer dubs a video from a URL and accepts no uploads; {source!r} is not an http(s) URL",
            hint="put the file where Dubformer can fetch it and pass its URL, or use --provider elevenlabs",
            exit_code=EXIT_USAGE,
        )
    if source_lang is None:
        raise CliError(
            "Dubformer needs the language spoken in the video",
            hint="pass --from, e.g. --from en",
            exit_code=EXIT_USAGE,
        )


def _show_created(state: CliState, result: DubResult[Any]) -> None:
    rows = [
        ("job id", result.job_id),
        ("provider", result.provider),
        ("status", result.status),
        ("estimate", describe_eta(result.estimated_completion, datetime.datetime.now(datetime.UTC))),
    ]
    output_console().print(fields_table(rows))
    if state.ephemeral:
        error_console().print("note: --sim's simulator, and this job, end with this command")
    else:
        follow = f"dubkit status {result.job_id} -p {result.provider}"
        fetch = f"dubkit download {result.job_id} -p {result.provider}"
        error_console().print(f"follow it with `{follow}`, then fetch it with `{fetch}`", soft_wrap=True)


def _name(provider: Provider) -> ProviderName:
    return "elevenlabs" if provider is Provider.ELEVENLABS else "dubformer"


def _show_done(result: DubResult[Any]) -> None:
    rows = [("job id", result.job_id), ("provider", result.provider), ("status", result.status)]
    if result.media_duration_seconds is not None:
        rows.append(("media", human_duration(result.media_duration_seconds)))
    rows.append(("took", human_duration(result.elapsed_seconds)))
    console = output_console()
    console.print(fields_table(rows))
    console.print(files_table((output_kind(path), path) for path in result.files))


def dub(
    ctx: typer.Context,
    source: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE", help="A local media file (ElevenLabs only) or an http(s) URL of it.", show_default=False
        ),
    ],
    *,
    target_lang: Annotated[
        str,
        typer.Option(
            "--to",
            metavar="LANG",
            help="Language to dub into: e.g. es (ElevenLabs), es-ES (Dubformer).",
            show_default=False,
        ),
    ],
    provider: ProviderOption = Provider.ELEVENLABS,
    source_lang: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="LANG",
            help="Language spoken in the source, e.g. en; ElevenLabs detects it, Dubformer needs it.",
        ),
    ] = None,
    out_dir: Annotated[
        pathlib.Path, typer.Option("--out", "-o", metavar="DIR", help="Directory for the outputs (created if missing).")
    ] = pathlib.Path(),
    no_wait: Annotated[
        bool, typer.Option("--no-wait", help="Create the job, print its id and status, and return at once.")
    ] = False,
    timeout: Annotated[
        float | None,
        typer.Option(
            metavar="SECONDS", help="Stop waiting after this many seconds (the job keeps running).", show_default=False
        ),
    ] = None,
) -> None:
    """Dub a media file or URL, show its progress, and download every output into --out.

    ElevenLabs writes the dubbed media, <name>.<lang>.mp3 (.mp4 for a video), and <name>.<lang>.srt.
    Dubformer writes the dubbed video, <name>.<lang>.mp4, and the speech alone, <name>.<lang>.speech.wav.
    """
    if provider is Provider.DUBFORMER:
        _check_dubformer(source, source_lang)
    state = state_of(ctx)
    client = state.client(provider)
    if no_wait:
        result = dub_file(
            source, provider=_name(provider), target_lang=target_lang, source_lang=source_lang, out_dir=out_dir,
            client=client, wait=False,
        )  # fmt: skip
        _show_created(state, result)
        return
    monitor = DubMonitor(error_console(), provider=provider.value)
    try:
        with monitor:
            result = dub_file(
                source, provider=_name(provider), target_lang=target_lang, source_lang=source_lang, out_dir=out_dir,
                client=client, on_update=monitor.update, timeout=timeout,
            )  # fmt: skip
    except KeyboardInterrupt:
        hint = None
        if monitor.job_id is not None and not state.ephemeral:
            hint = f"the job keeps running at the provider: `dubkit status {monitor.job_id} -p {provider.value}`"
        raise CliError("interrupted", hint=hint, exit_code=EXIT_INTERRUPTED) from None
    _show_done(result)
