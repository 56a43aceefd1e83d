# Generated from overlays/dubkit/_async/_dub_file.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""One call across providers: ``dub_file`` creates a dub, waits for it and downloads every output.

It is built from the public client methods (``create``, ``wait``, ``download``), so it behaves
exactly as they do: the same retries, errors, streamed and atomic downloads.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, overload

from dubkit._dub_file import DubOptions, DubProgress, DubResult, DubRun, check_dub_options
from dubkit._dub_options import DubformerDubOptions, ElevenLabsDubOptions
from dubkit._dub_plan import Provider, plan_dub

from ._dub_steps import create_job, download_outputs

if TYPE_CHECKING:
    from dubkit_dubformer.models import Project
    from dubkit_elevenlabs.models import DubbingMetadataResponse

    from dubkit.dubformer import Dubformer
    from dubkit.elevenlabs import ElevenLabs

__all__ = ["dub_file"]


def _steps(client: ElevenLabs | Dubformer, run: DubRun, wait: bool, timeout: float | None) -> DubResult[Any]:
    from dubkit.elevenlabs import ElevenLabs  # noqa: PLC0415

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
        >>> result = dub_file(  # doctest: +SKIP
        ...     "talk.mp4", provider="elevenlabs", target_lang="es", out_dir="out",
        ...     options=ElevenLabsDubOptions(num_speakers=2),
        ... )
        >>> [path.name for path in result.files]  # doctest: +SKIP
        ['talk.es.mp4', 'talk.es.srt']
    """
    from dubkit.dubformer import Dubformer  # noqa: PLC0415 - the clients load on first use
    from dubkit.elevenlabs import ElevenLabs  # noqa: PLC0415

    check_dub_options(wait, timeout, on_update)
    plan = plan_dub(source, provider=provider, target_lang=target_lang, source_lang=source_lang, out_dir=out_dir,
                    name=name, options=options)  # fmt: skip
    run = DubRun(plan, on_update)
    expected = ElevenLabs if plan.provider == "elevenlabs" else Dubformer
    if client is not None and not isinstance(client, expected):
        raise TypeError(
            f"client must be an instance of {expected.__name__} for provider={provider!r}, not {type(client).__name__}"
        )
    owned = client is None
    active = expected() if client is None else client
    try:
        return _steps(active, run, wait, timeout)
    except Exception as error:
        run.tag(error)
        raise
    finally:
        if owned:
            active.close()
