"""``dubkit dub``: dub files and URLs into languages, one job per pair, followed live, with every output written."""

from __future__ import annotations

import functools
import pathlib
from typing import Annotated

import typer

from dubkit import DubformerDubOptions, ElevenLabsDubOptions
from dubkit._dub_plan import is_url
from dubkit._waiting import check_wait_arguments

from ._batch import run_jobs, show_outcomes
from ._context import PLAIN_TEXT, Provider, ProviderOption, state_of
from ._dubjobs import DubOptions, DubRequest, DubWorker, plan_jobs
from ._errors import EXIT_USAGE, CliError
from ._output import JsonOption
from ._progress import BatchView
from ._render import error_console
from ._runstate import STATE_FILE, RunState

__all__ = ["dub", "split_languages"]

DEFAULT_CONCURRENCY = 4
"""Jobs ``dubkit dub`` works on at once unless ``--concurrency`` says otherwise."""
_elevenlabs = functools.partial(typer.Option, rich_help_panel="ElevenLabs options")
"""An option of ``dubkit dub`` that only ElevenLabs takes, listed under its own heading in ``--help``."""
_dubformer = functools.partial(typer.Option, rich_help_panel="Dubformer options")
"""An option of ``dubkit dub`` that only Dubformer takes, listed under its own heading in ``--help``."""


def split_languages(values: list[str]) -> list[str]:
    """Return the ``--to`` languages: repeated and comma-separated values, each once, in order.

    Args:
        values: What ``--to`` got.

    Returns:
        The languages.

    Raises:
        CliError: An empty language (``--to es,``).
    """
    languages: list[str] = []
    for value in values:
        for part in value.split(","):
            language = part.strip()
            if not language:
                raise CliError(f"--to {value!r} has an empty language", hint="e.g. --to es --to de, or --to es,de")
            if language not in languages:
                languages.append(language)
    return languages


def _read_text(option: str, path: pathlib.Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CliError(f"{option}: cannot read {str(path)!r}: {error}", exit_code=EXIT_USAGE) from None


def _options(provider: Provider, elevenlabs: dict[str, object], dubformer: dict[str, object]) -> DubOptions | None:
    """Build the provider's options, refusing the other provider's."""
    given = {key: value for key, value in elevenlabs.items() if value is not None}
    other = {key: value for key, value in dubformer.items() if value is not None}
    if provider is Provider.DUBFORMER:
        given, other = other, given
    if other:
        names = ", ".join("--" + key.replace("_", "-") for key in sorted(other))
        raise CliError(
            f"{names} {'is' if len(other) == 1 else 'are'} not an option of {provider.value}",
            hint="see `dubkit dub --help`: options are grouped by provider",
            exit_code=EXIT_USAGE,
        )
    if not given:
        return None
    kind = ElevenLabsDubOptions if provider is Provider.ELEVENLABS else DubformerDubOptions
    return kind(**given)  # type: ignore[arg-type]


def _check_dubformer(sources: list[str], source_lang: str | None) -> None:
    """Refuse what Dubformer cannot do, with the options of this command in the hint."""
    for source in sources:
        if not is_url(source):
            raise CliError(
                f"Dubformer dubs a video from a URL and accepts no uploads; {source!r} is not an http(s) URL",
                hint="put the file where Dubformer can fetch it and pass its URL, or use --provider elevenlabs",
                exit_code=EXIT_USAGE,
            )
    if sources and source_lang is None:
        raise CliError("Dubformer needs the language spoken in the video", hint="pass --from, e.g. --from en")


def dub(
    ctx: typer.Context,
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="SOURCE...",
            help="Local media files (ElevenLabs only) or http(s) URLs; none with --resume.",
            click_type=PLAIN_TEXT,
            show_default=False,
        ),
    ] = None,
    *,
    targets: Annotated[
        list[str] | None,
        typer.Option(
            "--to",
            metavar="LANG",
            help="Language to dub into: repeat it or separate with commas (--to es --to de, --to es,de). "
            "One job per file and language. ElevenLabs: es; Dubformer: es-ES.",
            show_default=False,
        ),
    ] = None,
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
        pathlib.Path,
        typer.Option(
            "--out", "-o", metavar="DIR", help="Directory for the outputs and the run state (created if missing)."
        ),
    ] = pathlib.Path(),
    name: Annotated[
        str | None, typer.Option(metavar="TEXT", help="The jobs' name at the provider (default: the file's stem).")
    ] = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", "-j", metavar="N", min=1, max=64, help="Jobs to run at once.")
    ] = DEFAULT_CONCURRENCY,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help=f"Finish the jobs recorded in DIR/{STATE_FILE} without naming them again (re-running the same "
            "command also continues its jobs instead of creating new ones).",
        ),
    ] = False,
    no_wait: Annotated[
        bool, typer.Option("--no-wait", help="Create the jobs, print their ids and statuses, and return at once.")
    ] = False,
    timeout: Annotated[
        float | None,
        typer.Option(
            metavar="SECONDS",
            min=0.0,
            help="Stop waiting for a job after this many seconds (it keeps running).",
            show_default=False,
        ),
    ] = None,
    json_output: JsonOption = False,
    num_speakers: Annotated[int | None, _elevenlabs(metavar="N", min=0, help="Speakers; 0 detects them.")] = None,
    watermark: Annotated[bool | None, _elevenlabs("--watermark/--no-watermark", help="Watermark the video.")] = None,
    start_time: Annotated[int | None, _elevenlabs(metavar="SECONDS", min=0, help="Dub from this second on.")] = None,
    end_time: Annotated[int | None, _elevenlabs(metavar="SECONDS", min=0, help="Dub up to this second.")] = None,
    highest_resolution: Annotated[
        bool | None, _elevenlabs("--highest-resolution/--no-highest-resolution", help="Keep the best video.")
    ] = None,
    drop_background_audio: Annotated[
        bool | None, _elevenlabs("--drop-background-audio/--keep-background-audio", help="Leave out the background.")
    ] = None,
    use_profanity_filter: Annotated[
        bool | None, _elevenlabs("--profanity-filter/--no-profanity-filter", help="Censor transcripts.")
    ] = None,
    dubbing_studio: Annotated[
        bool | None, _elevenlabs("--dubbing-studio/--no-dubbing-studio", help="Make the dub editable.")
    ] = None,
    disable_voice_cloning: Annotated[
        bool | None, _elevenlabs("--library-voices/--clone-voices", help="Similar library voices instead of clones.")
    ] = None,
    mode: Annotated[
        str | None, _elevenlabs(metavar="automatic|manual", help="manual needs --dubbing-studio and --csv.")
    ] = None,
    target_accent: Annotated[
        str | None, _elevenlabs(metavar="TEXT", help="An accent to prefer (experimental).")
    ] = None,
    csv_file: Annotated[
        pathlib.Path | None, _elevenlabs("--csv", metavar="FILE", help="Transcription/translation CSV.")
    ] = None,
    foreground_audio_file: Annotated[
        pathlib.Path | None, _elevenlabs("--foreground-audio", metavar="FILE", help="With --csv: the foreground.")
    ] = None,
    background_audio_file: Annotated[
        pathlib.Path | None, _elevenlabs("--background-audio", metavar="FILE", help="With --csv: the background.")
    ] = None,
    csv_fps: Annotated[
        float | None, _elevenlabs(metavar="FPS", min=0.001, help="Frame rate of --csv timecodes.")
    ] = None,
    mixing_mode: Annotated[
        str | None,
        _dubformer(
            metavar="MODE", help="voiceover_only, voiceover_with_original_track or voiceover_without_original_voice."
        ),
    ] = None,
    use_emotional_transfer: Annotated[
        bool | None, _dubformer("--emotional-transfer/--no-emotional-transfer", help="Emotional voices.")
    ] = None,
    use_soundalike_voices: Annotated[
        bool | None, _dubformer("--soundalike-voices/--no-soundalike-voices", help="Soundalike voices.")
    ] = None,
    script: Annotated[
        pathlib.Path | None, _dubformer(metavar="FILE", help="The source's transcript: srt, vtt or text.")
    ] = None,
    glossary: Annotated[pathlib.Path | None, _dubformer(metavar="FILE", help="A TSV translation glossary.")] = None,
) -> None:
    """Dub files or URLs into one or more languages, follow every job live, and download every output into --out.

    One job per (file, language), --concurrency at a time. ElevenLabs writes <stem>.<lang>.mp3 (.mp4 for
    a video) and <stem>.<lang>.srt; Dubformer writes <stem>.<lang>.mp4 and <stem>.<lang>.speech.wav. Two
    sources with the same stem get distinct names (talk, talk-2); a YouTube link is named by its video id.
    Every job is recorded in DIR/.dubkit-run.json as it is created, so running the same command again
    (or --resume) after a Ctrl-C, a timeout or a crash continues the jobs instead of paying for new ones.
    """
    state = state_of(ctx, json_output=json_output)
    languages = split_languages(targets or [])
    if not resume and not sources:
        raise CliError(
            "give at least one SOURCE (or --resume)", hint="dubkit dub talk.mp4 --to es", exit_code=EXIT_USAGE
        )
    if sources and not languages:
        raise CliError("--to is required", hint="e.g. --to es, or --to es,de for two jobs per file")
    if provider is Provider.DUBFORMER:
        _check_dubformer(sources or [], source_lang)
    check_wait_arguments(timeout, None, None)  # before any job is created
    options = _options(
        provider,
        {"num_speakers": num_speakers, "watermark": watermark, "start_time": start_time, "end_time": end_time,
         "highest_resolution": highest_resolution, "drop_background_audio": drop_background_audio,
         "use_profanity_filter": use_profanity_filter, "dubbing_studio": dubbing_studio,
         "disable_voice_cloning": disable_voice_cloning, "mode": mode, "target_accent": target_accent,
         "csv_file": csv_file, "foreground_audio_file": foreground_audio_file,
         "background_audio_file": background_audio_file, "csv_fps": csv_fps},
        {"mixing_mode": mixing_mode, "use_emotional_transfer": use_emotional_transfer,
         "use_soundalike_voices": use_soundalike_voices, "source_script_content": _read_text("--script", script),
         "glossary_content": _read_text("--glossary", glossary)},
    )  # fmt: skip
    request = DubRequest(sources or [], languages, provider, source_lang, name, options, out_dir, resume)
    with RunState.open(out_dir) as run, BatchView(error_console()) as view:
        jobs = plan_jobs(run, request, view)
        providers = {job.record.provider for job in jobs}
        clients = {p: state.client(Provider(p)) for p in sorted(providers)}
        by_outcome = {id(job.outcome): job for job in jobs}
        worker = DubWorker(state, clients, run, view, wait=not no_wait, timeout=timeout)
        run_jobs([job.outcome for job in jobs], lambda outcome: worker(by_outcome[id(outcome)]), concurrency)
    outcomes = [job.outcome for job in jobs]
    if state.ephemeral and any(outcome.result == "created" for outcome in outcomes):
        error_console().print("note: --sim's simulator, and these jobs, end with this command")
    elif no_wait and all(outcome.result == "created" for outcome in outcomes):
        error_console().print(
            f"finish them with `dubkit wait ID...` or `dubkit download ID... --wait -p {provider.value}`, or run "
            "this command again without --no-wait",
            soft_wrap=True,
        )
    show_outcomes(outcomes, state, extra={"out_dir": str(out_dir.resolve())})
