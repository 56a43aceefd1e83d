"""The reliability suite's flows: create → wait → download with each provider, sync and async, as a user writes them.

An ElevenLabs create that raises ``OutcomeUnknownError`` is resolved the way its hint says: list the
dubs, go on with the dub if it is there, create again if it is not. Every flow also records what its
simulator saw, so the suite can check duplicates and bytes from the server's side.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx2
from dubkit import AsyncDubformer, AsyncElevenLabs, Dubformer, ElevenLabs, OutcomeUnknownError
from dubkit.sim import Simulator
from media_samples import speech_sample
from reliability_support import (
    CREATE_OPERATIONS,
    MAX_RETRIES,
    Figures,
    Flow,
    FlowResult,
    applied_creates,
    new_simulator,
    summarize,
    virtual_client_sleeps,
)

__all__ = ["run_flows"]

API_KEY = "reliability-key"
BASE_URL = "http://127.0.0.1"
EL_LANGUAGES = ("es", "fr", "de")
DF_LANGUAGES = ("fr-FR", "de-DE", "es-ES")
MAX_CREATE_CALLS = 5
"""How many times a flow creates again after a listing showed its ambiguous create did not land."""
_COUNTER = {"elevenlabs": "dubs_created", "dubformer": "dubformer_projects_created"}


def _digest_and_remove(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    path.unlink()
    return digest


class _Recorder:
    """The bookkeeping of one flow, shared by its sync and async twins."""

    def __init__(self, flow: Flow, sim: Simulator, workdir: Path) -> None:
        self.flow, self.sim = flow, sim
        self.result = FlowResult(flow)
        self.language = (EL_LANGUAGES if flow.provider == "elevenlabs" else DF_LANGUAGES)[flow.index % 3]
        self.workdir = workdir

    def phase(self, name: str) -> None:
        self.sim.configure(fault_kinds=self.flow.kinds(name))

    def created(self) -> int:
        return self.sim.counts()[_COUNTER[self.flow.provider]]

    def el_source(self) -> tuple[dict[str, Any], str]:
        """Upload a file for even flows, give a URL for odd ones; return the arguments and the dub's extension."""
        if self.flow.index % 2 == 0:
            upload = self.workdir / f"{self.flow.name}.mp3"
            upload.write_bytes(speech_sample(1.0, content_type="audio/mpeg", seed=str(self.flow.seed)))
            return {"file": upload}, ".mp3"
        return {"source_url": f"https://media.example.com/{self.flow.name}.mp4"}, ".mp4"

    def resolved(self, created_before: int, names: Sequence[str]) -> bool:
        """Record an ambiguous create and its listing; tell whether the dub is there."""
        applied = self.created() > created_before
        found = names.count(self.flow.name)
        self.result.ambiguous += 1
        self.result.ambiguous_applied += applied
        self.result.resolution_mismatches += found != int(applied)
        self.result.found_by_listing += found > 0
        return found > 0

    def downloaded(self, path: Path, served_key: str) -> None:
        self.result.bytes_match = _digest_and_remove(path) == self.sim.media(served_key).sha256()
        self.result.completed = True

    def finish(self, error: BaseException | None) -> FlowResult:
        result = self.result
        if error is not None:
            result.completed = False
            result.error = "".join(traceback.format_exception(error))
            result.error_type = type(error).__name__
        result.records = self.sim.requests()
        result.server_creates = self.created()
        result.violations = len(self.sim.violations())
        result.unused_faults = len(self.sim.engine.faults.pending())
        if self.flow.provider == "dubformer":
            per_key = applied_creates(result.records, CREATE_OPERATIONS["dubformer"])
            result.key_duplicates = sum(count - 1 for count in per_key.values() if count > 1)
            keys = {r.idempotency_key for r in result.records if r.operation == CREATE_OPERATIONS["dubformer"]}
            result.create_keys = [len(keys)]
        return result


def _el_flow(client: ElevenLabs, rec: _Recorder) -> None:
    source, extension = rec.el_source()
    dubbing_id: str | None = None
    for _ in range(MAX_CREATE_CALLS):
        rec.phase("create")
        before = rec.created()
        try:
            dubbing_id = client.dubbing.create(**source, target_lang=rec.language, name=rec.flow.name).dubbing_id
        except OutcomeUnknownError:
            rec.phase("read")
            dubs = list(client.dubbing.list())
            if rec.resolved(before, [str(dub.name) for dub in dubs]):
                dubbing_id = next(dub.dubbing_id for dub in dubs if dub.name == rec.flow.name)
                break
            continue
        rec.result.creates_ok += 1
        break
    if dubbing_id is None:
        raise RuntimeError(f"no create landed in {MAX_CREATE_CALLS} attempts")
    rec.phase("read")
    client.dubbing.wait(dubbing_id)
    rec.phase("download")
    path = client.dubbing.audio.download(dubbing_id, rec.language, rec.workdir / f"{rec.flow.name}{extension}")
    rec.downloaded(path, f"el/dubs/{dubbing_id}/{rec.language}{extension}")


async def _async_el_flow(client: AsyncElevenLabs, rec: _Recorder) -> None:
    source, extension = rec.el_source()
    dubbing_id: str | None = None
    for _ in range(MAX_CREATE_CALLS):
        rec.phase("create")
        before = rec.created()
        try:
            job = await client.dubbing.create(**source, target_lang=rec.language, name=rec.flow.name)
            dubbing_id = job.dubbing_id
        except OutcomeUnknownError:
            rec.phase("read")
            dubs = [dub async for dub in client.dubbing.list()]
            if rec.resolved(before, [str(dub.name) for dub in dubs]):
                dubbing_id = next(dub.dubbing_id for dub in dubs if dub.name == rec.flow.name)
                break
            continue
        rec.result.creates_ok += 1
        break
    if dubbing_id is None:
        raise RuntimeError(f"no create landed in {MAX_CREATE_CALLS} attempts")
    rec.phase("read")
    await client.dubbing.wait(dubbing_id)
    rec.phase("download")
    path = await client.dubbing.audio.download(dubbing_id, rec.language, rec.workdir / f"{rec.flow.name}{extension}")
    rec.downloaded(path, f"el/dubs/{dubbing_id}/{rec.language}{extension}")


def _df_create_arguments(rec: _Recorder) -> dict[str, str]:
    return {
        "source_lang": "en",
        "target_lang": rec.language,
        "source_video_url": f"https://media.example.com/{rec.flow.name}.mp4",
        "name": rec.flow.name,
    }


def _df_flow(client: Dubformer, rec: _Recorder) -> None:
    rec.phase("create")
    job = client.projects.create(**_df_create_arguments(rec))
    rec.result.creates_ok += 1
    rec.phase("read")
    project = client.projects.wait(job.project_id)
    rec.phase("download")
    path = client.projects.download(project, rec.workdir / f"{rec.flow.name}.mp4")
    rec.downloaded(path, str(project.output_video_url))


async def _async_df_flow(client: AsyncDubformer, rec: _Recorder) -> None:
    rec.phase("create")
    job = await client.projects.create(**_df_create_arguments(rec))
    rec.result.creates_ok += 1
    rec.phase("read")
    project = await client.projects.wait(job.project_id)
    rec.phase("download")
    path = await client.projects.download(project, rec.workdir / f"{rec.flow.name}.mp4")
    rec.downloaded(path, str(project.output_video_url))


def run_sync_flow(flow: Flow, workdir: Path) -> FlowResult:
    """Run one sync flow against its own simulator.

    Args:
        flow: The flow.
        workdir: Where its upload and download go (removed once hashed).

    Returns:
        What happened.
    """
    sim = new_simulator(flow)
    rec = _Recorder(flow, sim, workdir)
    error: BaseException | None = None
    with httpx2.Client(transport=sim.transport()) as http:
        try:
            if flow.provider == "elevenlabs":
                with ElevenLabs(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=MAX_RETRIES) as el:
                    _el_flow(el, rec)
            else:
                with Dubformer(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=MAX_RETRIES) as df:
                    _df_flow(df, rec)
        except Exception as exc:  # any error ends the flow; the suite reports it
            error = exc
    return rec.finish(error)


async def run_async_flow(flow: Flow, workdir: Path) -> FlowResult:
    """Run one async flow against its own simulator.

    Args:
        flow: The flow.
        workdir: Where its upload and download go (removed once hashed).

    Returns:
        What happened.
    """
    sim = new_simulator(flow)
    rec = _Recorder(flow, sim, workdir)
    error: BaseException | None = None
    async with httpx2.AsyncClient(transport=sim.async_transport()) as http:
        client: AsyncElevenLabs | AsyncDubformer
        if flow.provider == "elevenlabs":
            client = AsyncElevenLabs(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=MAX_RETRIES)
        else:
            client = AsyncDubformer(api_key=API_KEY, base_url=BASE_URL, http_client=http, max_retries=MAX_RETRIES)
        try:
            if isinstance(client, AsyncElevenLabs):
                await _async_el_flow(client, rec)
            else:
                await _async_df_flow(client, rec)
        except Exception as exc:  # any error ends the flow; the suite reports it
            error = exc
        finally:
            await client.aclose()
    return rec.finish(error)


async def _run_async_flows(flows: Sequence[Flow], workdir: Path, concurrency: int) -> list[FlowResult]:
    gate = asyncio.Semaphore(concurrency)

    async def one(flow: Flow) -> FlowResult:
        async with gate:
            return await run_async_flow(flow, workdir)

    return list(await asyncio.gather(*(one(flow) for flow in flows)))


def run_flows(flows: Sequence[Flow], workdir: Path, *, concurrency: int = 50) -> Figures:
    """Run the sync flows one after another, then the async ones concurrently on one event loop.

    Args:
        flows: The flows (``plan_flows``).
        workdir: A scratch directory.
        concurrency: How many async flows run at once.

    Returns:
        The run's figures.
    """
    started = time.perf_counter()
    with virtual_client_sleeps() as slept:
        results = [run_sync_flow(flow, workdir) for flow in flows if flow.mode == "sync"]
        asynchronous = [flow for flow in flows if flow.mode == "async"]
        results += asyncio.run(_run_async_flows(asynchronous, workdir, concurrency))
    results.sort(key=lambda result: result.flow.index)
    return summarize(results, time.perf_counter() - started, slept.seconds)
