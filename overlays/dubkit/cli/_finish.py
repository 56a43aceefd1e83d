"""``dubkit wait``, ``dubkit download`` and ``dubkit delete``: finish, fetch or remove jobs that already exist.

``download`` names files as ``dub`` does: by the stem the folder's run state recorded for the job,
else by the job's name at the provider (which ``dub`` sets to the stem), else by its id; it writes
the subtitles too. ``--wait`` waits for unfinished jobs first.
"""

from __future__ import annotations

import datetime
import pathlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

from dubkit._dub_plan import media_seconds
from dubkit._safe_names import safe_component
from dubkit._sync._dub_steps import download_outputs
from dubkit._transfers import observe_transfers

from ._batch import JobOutcome, run_jobs, show_outcomes
from ._context import PLAIN_TEXT, CliState, Provider, ProviderOption, state_of
from ._errors import EXIT_API, CliError, Situation
from ._output import JsonOption
from ._progress import DONE_STATUSES, FAILED_STATUSES, BatchView
from ._render import error_console
from ._runstate import STATE_FILE, RunState

if TYPE_CHECKING:
    from dubkit import Dubformer, ElevenLabs

__all__ = ["delete", "download", "wait"]

IdsArgument = Annotated[
    list[str],
    typer.Argument(metavar="ID...", help="Dubbing ids (ElevenLabs) or project ids (Dubformer).", click_type=PLAIN_TEXT),
]
OutOption = Annotated[
    pathlib.Path, typer.Option("--out", "-o", metavar="DIR", help="Directory to write into (created if missing).")
]
TimeoutOption = Annotated[
    float | None,
    typer.Option(
        metavar="SECONDS", min=0.0, help="Stop waiting for a job after this many seconds.", show_default=False
    ),
]
ConcurrencyOption = Annotated[
    int, typer.Option("--concurrency", "-j", metavar="N", min=1, max=64, help="Jobs at once.")
]


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


class _JobWork:
    """Waits for (and downloads) existing jobs, one per call, from ``run_jobs``' threads."""

    def __init__(self, state: CliState, provider: Provider, view: BatchView, timeout: float | None) -> None:
        self.state = state
        self.provider = provider
        self.client: ElevenLabs | Dubformer = state.client(provider)
        self.resource: Any = self.client.dubbing if provider is Provider.ELEVENLABS else self.client.projects  # type: ignore[union-attr]
        self.view = view
        self.timeout = timeout
        self.scale = state.time_scale

    def outcomes(self, ids: list[str]) -> list[JobOutcome]:
        return [JobOutcome(job_id, self.provider.value, self.view.add(job_id, self.provider.value), job_id=job_id)
                for job_id in _unique(ids)]  # fmt: skip

    def wait(self, outcome: JobOutcome, *, wait: bool = True) -> Any:
        """Return the job once finished (waiting only with ``wait``); raise if it failed or is unfinished."""
        line = outcome.line
        assert line is not None  # noqa: S101
        job_id = str(outcome.job_id)
        outcome.phase = "waiting"

        def on_update(model: Any) -> None:
            outcome.status = str(model.status)
            outcome.media_seconds = media_seconds(model)
            eta = getattr(model, "estimated_completion_date", None)
            wall = self.scale.wall(eta) if isinstance(eta, datetime.datetime) else None
            self.view.update(line, status=outcome.status, job_id=job_id, estimate=wall)

        if wait:
            return self.resource.wait(job_id, timeout=self.timeout, on_update=on_update)
        model = self.resource.get(job_id)
        on_update(model)
        if outcome.status in FAILED_STATUSES or outcome.status in DONE_STATUSES:
            return self.resource.wait(job_id, timeout=self.timeout)  # raises DubbingFailedError for a failed job
        raise CliError(
            f"{self.provider.value} job {job_id} is not finished yet (status: {outcome.status})",
            hint=f"add --wait, or run `dubkit wait {job_id} -p {self.provider.value}` first",
            exit_code=EXIT_API,
        )

    def guarded(self, outcome: JobOutcome, step: Callable[[JobOutcome], None]) -> None:
        """Run one job's step, turning any failure into its outcome."""
        try:
            step(outcome)
        except Exception as error:
            outcome.fail(error, Situation(provider=self.provider.value, ephemeral_sim=self.state.ephemeral))
        if outcome.line is not None:
            self.view.finish(outcome.line, outcome.result)


def wait(
    ctx: typer.Context,
    job_ids: IdsArgument,
    *,
    provider: ProviderOption = Provider.ELEVENLABS,
    timeout: TimeoutOption = None,
    concurrency: ConcurrencyOption = 8,
    json_output: JsonOption = False,
) -> None:
    """Wait for jobs to finish, showing their progress; exit 0 only if every one succeeded."""
    state = state_of(ctx, json_output=json_output)
    with BatchView(error_console()) as view:
        work = _JobWork(state, provider, view, timeout)
        outcomes = work.outcomes(job_ids)

        def step(outcome: JobOutcome) -> None:
            work.wait(outcome)
            outcome.result = "done"

        run_jobs(outcomes, lambda outcome: work.guarded(outcome, step), concurrency)
    show_outcomes(outcomes, state)


def _recorded_stems(out_dir: pathlib.Path) -> dict[str, str]:
    """Return the stems ``dub`` recorded in this folder, by job id (none if it has no readable state)."""
    if not (out_dir / STATE_FILE).is_file():
        return {}
    try:
        records = RunState._read(out_dir / STATE_FILE)
    except CliError:
        return {}
    return {record.job_id: record.stem for record in records.values() if record.job_id}


def download(
    ctx: typer.Context,
    job_ids: IdsArgument,
    *,
    provider: ProviderOption = Provider.ELEVENLABS,
    out_dir: OutOption = pathlib.Path(),
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", metavar="LANG", help="Only this target language (default: every one).", show_default=False
        ),
    ] = None,
    wait_first: Annotated[bool, typer.Option("--wait", help="Wait for unfinished jobs, then download them.")] = False,
    timeout: TimeoutOption = None,
    concurrency: ConcurrencyOption = 4,
    json_output: JsonOption = False,
) -> None:
    """Download finished jobs with the names and subtitles `dubkit dub` gives them.

    ElevenLabs writes <stem>.<lang>.mp3 (.mp4 for a video) and <stem>.<lang>.srt per language; Dubformer
    <stem>.<lang>.mp4 and <stem>.<lang>.speech.wav. The stem is the one `dub` recorded in DIR, else the
    job's name, else its id. Each file is written whole or not at all.
    """
    state = state_of(ctx, json_output=json_output)
    stems = _recorded_stems(out_dir)
    used: set[str] = set()
    naming = threading.Lock()  # jobs are named in threads
    with BatchView(error_console()) as view:
        work = _JobWork(state, provider, view, timeout)
        outcomes = work.outcomes(job_ids)

        def step(outcome: JobOutcome) -> None:
            model = work.wait(outcome, wait=wait_first)
            languages = list(model.target_languages) if provider is Provider.ELEVENLABS else [model.target_lang]
            if lang is not None:
                if lang not in languages:
                    hint = f"its languages: {', '.join(languages) or 'none'}"
                    raise CliError(f"job {outcome.job_id} has no target language {lang!r}", hint=hint)
                languages = [lang]
            name = model.name
            by_id = safe_component(str(outcome.job_id), fallback="job")
            stem = stems.get(str(outcome.job_id)) or safe_component(name, fallback=by_id)
            with naming:
                if stem in used and str(outcome.job_id) not in stems:
                    stem = f"{stem}-{by_id}"
                used.add(stem)
            outcome.phase, outcome.target_lang = "downloading", ",".join(languages)
            assert outcome.line is not None  # noqa: S101
            line = outcome.line
            view.update(line, status="downloading", job_id=outcome.job_id)
            with observe_transfers(lambda kind, file, done, total: view.transfer(line, kind, file, done, total)):
                for language in languages:
                    outcome.files += download_outputs(work.client, model, language=language, out_dir=out_dir, stem=stem)
            outcome.result = "done"

        run_jobs(outcomes, lambda outcome: work.guarded(outcome, step), concurrency)
    show_outcomes(outcomes, state, extra={"out_dir": str(out_dir.resolve())})


def delete(
    ctx: typer.Context,
    job_ids: IdsArgument,
    *,
    provider: ProviderOption = Provider.ELEVENLABS,
    json_output: JsonOption = False,
) -> None:
    """Delete jobs at the provider (their outputs there are gone; files already downloaded stay)."""
    state = state_of(ctx, json_output=json_output)
    client = state.client(provider)
    outcomes = [JobOutcome(job_id, provider.value, job_id=job_id) for job_id in _unique(job_ids)]
    for outcome in outcomes:
        try:
            if provider is Provider.ELEVENLABS:
                client.dubbing.delete(str(outcome.job_id))  # type: ignore[union-attr]
            else:
                client.projects.delete(str(outcome.job_id))  # type: ignore[union-attr]
            outcome.result = outcome.status = "deleted"
        except Exception as error:
            outcome.fail(error, Situation(provider=provider.value, ephemeral_sim=state.ephemeral))
    show_outcomes(outcomes, state)
