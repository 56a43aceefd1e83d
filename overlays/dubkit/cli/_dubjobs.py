"""The jobs of one ``dubkit dub``: one per (source, language), planned against the folder's run state, then run.

Planning checks every source, language and option before anything is sent, gives each source an
output stem no other source of the folder uses, and finds the record an earlier run left for each
job. Running one job records it before the paid create and after every step (see ``_runstate``),
so a re-run continues it: an unknown create is resolved by listing, a created job is waited for, and
a file already written whole is not downloaded again.
"""

from __future__ import annotations

import datetime
import os
import pathlib
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from dubkit import DubbingFailedError, DubformerDubOptions, ElevenLabsDubOptions, OutcomeUnknownError
from dubkit._dub_plan import Created, DubPlan, is_url, media_seconds, plan_dub, tag_created_job
from dubkit._sync._dub_steps import create_job, download_outputs
from dubkit._transfers import observe_transfers

from ._batch import JobOutcome
from ._context import CliState, Provider, TimeScale
from ._errors import EXIT_USAGE, CliError, Situation
from ._progress import BatchView
from ._recover import find_created
from ._render import public_url
from ._runstate import JobRecord, RunState, job_key

if TYPE_CHECKING:
    from dubkit import Dubformer, ElevenLabs

__all__ = ["DubJob", "DubRequest", "DubWorker", "plan_jobs"]

DubOptions = ElevenLabsDubOptions | DubformerDubOptions


@attrs.frozen
class DubRequest:
    """What ``dubkit dub`` was asked, checked by typer.

    Attributes:
        sources: The files and URLs (empty with ``resume``: every unfinished job of the folder).
        targets: The target languages, each once.
        provider: The provider.
        source_lang: The spoken language, if given.
        name: ``--name``, if given.
        options: The provider's create options, if any were given.
        out_dir: The output folder.
        resume: ``--resume``.
    """

    sources: Sequence[str]
    targets: Sequence[str]
    provider: Provider
    source_lang: str | None
    name: str | None
    options: DubOptions | None
    out_dir: pathlib.Path
    resume: bool


@attrs.define
class DubJob:
    """One job of the run: its outcome (what the user sees), its record (what the folder keeps), its plan.

    Attributes:
        outcome: Filled as the job runs.
        record: Saved at every step.
        plan: What to create, when it has to be created (None for a job that already exists).
    """

    outcome: JobOutcome
    record: JobRecord
    plan: DubPlan | None


def _options_json(options: DubOptions | None) -> dict[str, Any]:
    given = options.as_kwargs() if options is not None else {}
    return {key: os.fspath(value) if isinstance(value, os.PathLike) else value for key, value in given.items()}


def _options_from_json(provider: str, data: dict[str, Any]) -> DubOptions | None:
    if not data:
        return None
    kind = ElevenLabsDubOptions if provider == Provider.ELEVENLABS else DubformerDubOptions
    return kind(**data)


def _unique_stem(stem: str, used: set[str]) -> str:
    candidate, number = stem, 1
    while candidate in used:
        number += 1
        candidate = f"{stem}-{number}"
    used.add(candidate)
    return candidate


def _outcome(record: JobRecord, view: BatchView) -> JobOutcome:
    label = f"{record.stem} → {record.target_lang}"
    source = public_url(record.source) if is_url(record.source) else record.source
    resumed = record.job_id is not None or record.create_sent_at is not None
    return JobOutcome(label, record.provider, view.add(label, record.provider), source, record.target_lang,
                      record.job_id, record.status, resumed=resumed)  # fmt: skip


def _replan(record: JobRecord, out_dir: pathlib.Path) -> DubPlan:
    return plan_dub(record.source, provider=record.provider, target_lang=record.target_lang,
                    source_lang=record.source_lang, out_dir=out_dir, name=record.name,
                    options=_options_from_json(record.provider, record.options), stem=record.stem)  # fmt: skip


def _resume_all(run: RunState, out_dir: pathlib.Path, view: BatchView) -> list[DubJob]:
    records = [record for record in run.records() if record.phase != "failed"]
    if not records:
        raise CliError(f"nothing to resume in {out_dir}", hint="give the files and --to languages to dub")
    return [DubJob(_outcome(r, view), r, None if r.job_id else _replan(r, out_dir)) for r in records]


def plan_jobs(run: RunState, request: DubRequest, view: BatchView) -> list[DubJob]:
    """Check every (source, language) and pair it with its record, new or left by an earlier run.

    Args:
        run: The folder's state.
        request: The command's arguments.
        view: Gets a row per job.

    Returns:
        The jobs, sources first, then languages, in the order given.

    Raises:
        CliError: ``--resume`` without sources in a folder with nothing to resume.
        ValueError: A source, language or option that cannot work (nothing has been sent).
    """
    if request.resume and not request.sources:
        return _resume_all(run, request.out_dir, view)
    records = run.records()
    stems = {record.source: record.stem for record in records}
    used = set(stems.values())
    options = _options_json(request.options)
    planned: list[tuple[DubPlan, JobRecord]] = []
    for source in request.sources:
        for target in request.targets:
            plan = plan_dub(source, provider=request.provider.value, target_lang=target,
                            source_lang=request.source_lang, out_dir=request.out_dir, name=request.name,
                            options=request.options)  # fmt: skip
            canonical = plan.url or str(plan.path.resolve() if plan.path else source)
            if canonical not in stems:
                stems[canonical] = _unique_stem(plan.stem, used)
            plan = attrs.evolve(plan, stem=stems[canonical], name=request.name or stems[canonical])
            key = job_key(
                plan.provider, canonical, target, source_lang=request.source_lang, name=request.name, options=options
            )
            record = run.get(key)
            if record is None or record.phase == "failed":
                record = JobRecord(key=key, provider=plan.provider, source=canonical, target_lang=plan.target_lang,
                                   source_lang=plan.source_lang, name=plan.name, given_name=request.name,
                                   stem=plan.stem, options=options)  # fmt: skip
            planned.append((plan, record))
    for _, record in planned:  # the whole run is on disk before anything is sent: --resume knows all of it
        if record.phase == "planned":
            run.save(record)
    # Every job is checked before the first is created; then the rows appear.
    return [DubJob(_outcome(record, view), record, plan) for plan, record in planned]


class DubWorker:
    """Runs one job at a time to its end (called from ``run_jobs``' threads); never raises.

    Args:
        state: The command's state (for the time scale and hints).
        clients: A client per provider, made on the main thread.
        run: The folder's state.
        view: The progress view.
        wait: Wait for the jobs and download their outputs (else create and return).
        timeout: Stop waiting for a job after this many seconds.
    """

    def __init__(
        self,
        state: CliState,
        clients: dict[str, ElevenLabs | Dubformer],
        run: RunState,
        view: BatchView,
        *,
        wait: bool,
        timeout: float | None,
    ) -> None:
        self.state = state
        self.clients = clients
        self.run = run
        self.view = view
        self.wait = wait
        self.timeout = timeout
        self.scale: TimeScale = state.time_scale

    def __call__(self, job: DubJob) -> None:
        """Run a job and fill its outcome.

        Args:
            job: The job.
        """
        outcome = job.outcome
        line = outcome.line
        assert line is not None  # noqa: S101 - every planned job has a row

        def transfer(kind: str, name: str, done: int, total: int | None) -> None:
            self.view.transfer(line, kind, name, done, total)

        try:
            with observe_transfers(transfer):
                self._run(job)
        except Exception as error:
            self._name_job(job, error)
            outcome.fail(error, Situation(provider=outcome.provider, ephemeral_sim=self.state.ephemeral))
            if isinstance(error, DubbingFailedError):
                job.record.phase, job.record.error = "failed", outcome.error.message if outcome.error else None
                self.run.save(job.record)
        if outcome.line is not None:
            self.view.finish(outcome.line, outcome.result)

    def _name_job(self, job: DubJob, error: Exception) -> None:
        """Make a failure of a job that exists name it, and record the id of one only the error names.

        A create whose answer could not be read may still name the new job (``error.job_id``): the
        record takes that id, so a re-run waits for the job instead of paying for another.
        """
        record, named = job.record, getattr(error, "job_id", None)
        if record.job_id is None and record.phase == "creating" and isinstance(named, str):
            self._adopt(job, named)
        elif record.job_id is not None:
            tag_created_job(error, record.provider, record.job_id)
            job.outcome.job_id = record.job_id

    def _owned(self, record: JobRecord) -> set[str]:
        return {other.job_id for other in self.run.records() if other.job_id and other.key != record.key}

    def _adopt(self, job: DubJob, job_id: str) -> None:
        job.record.job_id, job.record.phase = job_id, "created"
        # The outcome first: a Ctrl-C as soon as the record shows the id must describe a job that exists.
        job.outcome.job_id, job.outcome.phase = job_id, "waiting"
        self.run.save(job.record)

    def _create(self, job: DubJob, client: ElevenLabs | Dubformer) -> datetime.datetime | None:
        """Create the job, recorded before the request; return its wall-clock ETA."""
        record, outcome, plan = job.record, job.outcome, job.plan
        if plan is None:  # pragma: no cover - planning gives every job without an id a plan
            raise CliError(f"{outcome.label}: no plan to create it from", exit_code=EXIT_USAGE)
        # Dated by the provider's clock as best known: the jobs it lists are compared with this.
        record.phase, record.create_sent_at = "creating", self.scale.provider_now().isoformat(timespec="seconds")
        if record.provider == Provider.DUBFORMER and record.idempotency_key is None:
            record.idempotency_key = str(uuid.uuid4())
        self.run.save(record)
        assert outcome.line is not None  # noqa: S101
        self.view.update(outcome.line, status="creating")
        try:
            created: Created = create_job(client, plan, idempotency_key=record.idempotency_key)
        except OutcomeUnknownError:
            found = find_created(client, record, self._owned(record))
            if found is None:
                raise
            self._adopt(job, found)
            return None
        self._adopt(job, created.job_id)
        if created.expected_seconds is not None:
            seconds = self.scale.seconds(created.expected_seconds)
            return datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=seconds)
        return self.scale.wall(created.estimate)

    def _run(self, job: DubJob) -> None:
        record, outcome = job.record, job.outcome
        line = outcome.line
        assert line is not None  # noqa: S101
        if (
            record.phase == "done"
            and record.files
            and all(record.has_file(self.run.folder / entry["path"]) for entry in record.files)
        ):
            outcome.files = [(self.run.folder / entry["path"]).resolve() for entry in record.files]
            outcome.result = "done"
            return
        client = self.clients[record.provider]
        estimate = None
        outcome.phase = "creating"
        if record.job_id is None and record.create_sent_at is not None:
            self.view.update(line, status="checking whether an earlier create made the job")
            found = find_created(client, record, self._owned(record))
            if found is not None:
                self._adopt(job, found)
        if record.job_id is None:
            estimate = self._create(job, client)
        job_id = str(record.job_id)
        outcome.job_id, outcome.phase = job_id, "waiting"
        resource: Any = client.projects if record.provider == Provider.DUBFORMER else client.dubbing  # type: ignore[union-attr]

        def on_update(model: Any) -> None:
            status = str(model.status)
            outcome.status = record.status = status
            outcome.media_seconds = media_seconds(model)
            eta = getattr(model, "estimated_completion_date", None)
            wall = self.scale.wall(eta) if isinstance(eta, datetime.datetime) else estimate
            self.view.update(line, status=status, job_id=job_id, estimate=wall)

        if not self.wait:
            on_update(resource.get(job_id))
            self.run.save(record)
            outcome.result = "created"
            return
        model = resource.wait(job_id, timeout=self.timeout, on_update=on_update)
        outcome.phase = "downloading"
        self.view.update(line, status="downloading", job_id=job_id)

        def written(path: pathlib.Path) -> None:
            record.add_file(path)
            self.run.save(record)

        outcome.files = download_outputs(client, model, language=record.target_lang, out_dir=self.run.folder,
                                         stem=record.stem, have=record.has_file, on_file=written)  # fmt: skip
        outcome.status = record.status = str(model.status)
        record.phase = "done"
        self.run.save(record)
        outcome.result = "done"
