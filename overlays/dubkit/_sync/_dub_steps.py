# Generated from overlays/dubkit/_async/_dub_steps.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
"""The steps of a dub that talk to a provider: send the paid create, download a finished job's outputs."""

from __future__ import annotations

import contextlib
import pathlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dubkit._dub_plan import (
    Created,
    DubPlan,
    OutputFetch,
    dubformer_arguments,
    dubformer_created,
    dubformer_paths,
    elevenlabs_arguments,
    elevenlabs_created,
    elevenlabs_paths,
    write_text,
)

if TYPE_CHECKING:
    from dubkit.dubformer import Dubformer
    from dubkit.elevenlabs import ElevenLabs

__all__ = ["create_job", "download_outputs"]


def create_job(client: ElevenLabs | Dubformer, plan: DubPlan, *, idempotency_key: str | None = None) -> Created:
    """Send the paid create for a plan (uploads report to the current transfer observer).

    Args:
        client: A client of the plan's provider.
        plan: What to create.
        idempotency_key: Dubformer: the key to send (a retry of the same create makes no second project).

    Returns:
        The new job.

    Raises:
        OutcomeUnknownError: The create may have reached the provider, but no answer came back.
        DubkitError: Any other error of the family.
    """
    from dubkit.elevenlabs import ElevenLabs  # noqa: PLC0415 - the clients load on first use

    if isinstance(client, ElevenLabs):
        with contextlib.ExitStack() as stack:
            created = client.dubbing.create(**elevenlabs_arguments(plan, stack))
        return elevenlabs_created(created)
    return dubformer_created(client.projects.create(**dubformer_arguments(plan, idempotency_key)))


def download_outputs(
    client: ElevenLabs | Dubformer,
    job: Any,
    *,
    language: str,
    out_dir: pathlib.Path,
    stem: str,
    have: Callable[[pathlib.Path], bool] | None = None,
    on_file: Callable[[pathlib.Path], None] | None = None,
) -> list[pathlib.Path]:
    """Write a finished job's outputs: ElevenLabs media + ``.srt``; Dubformer video + speech.

    Args:
        client: A client of the job's provider.
        job: The finished job (``DubbingMetadataResponse`` or ``Project``).
        language: The target language to write (ElevenLabs; a Dubformer project has one).
        out_dir: The output directory (created if missing).
        stem: The outputs' stem.
        have: Tells whether an output is already there, whole (it is then not downloaded again).
        on_file: Called with each output once it is written (or found there).

    Returns:
        The files, in order.

    Raises:
        DubkitError: A download failed (nothing half-written is left).
    """
    from dubkit.elevenlabs import ElevenLabs  # noqa: PLC0415

    out_dir.mkdir(parents=True, exist_ok=True)
    fetches: list[tuple[pathlib.Path, OutputFetch]]
    if isinstance(client, ElevenLabs):
        media, srt = elevenlabs_paths(job, out_dir, stem, language)

        def subtitles(path: pathlib.Path) -> pathlib.Path:
            return write_text(path, (client.dubbing.transcripts.get(job.dubbing_id, language, "srt")).srt or "")

        fetches = [
            (media, lambda path: client.dubbing.audio.download(job.dubbing_id, language, path)),
            (srt, subtitles),
        ]
    else:
        video, speech = dubformer_paths(job, out_dir, stem)
        fetches = [
            (video, lambda path: client.projects.download(job, path)),
            (speech, lambda path: client.projects.download(job, path, output="tts_audio")),
        ]
    written = []
    for path, fetch in fetches:
        done = path if have is not None and have(path) else fetch(path)
        if on_file is not None:
            on_file(done)
        written.append(done)
    return written
