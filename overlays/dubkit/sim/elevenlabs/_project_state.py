"""Dubbing projects (the 2026 Dubbing Project API) as records: a source transcript and its language targets.

A project is ``queued`` for a tenth of its preparation time, then ``preparing``, then ``ready`` (its
source transcript is cut into segments) or ``failed``. A language target is ``queued`` until its
project is ready, ``processing`` for its generation time, then ``completed`` (its dubbed output is
downloadable) or ``failed``; an edit after completion makes it ``stale`` until it is regenerated.
Every state is worked out from the simulated clock when read.
"""

from __future__ import annotations

from datetime import datetime

import attrs
from dubkit_models.elevenlabs import (
    DubbingError,
    DubbingLanguageOutputs,
    DubbingLanguageResponse,
    DubbingProjectResponse,
    DubbingSourceMediaInfo,
    DubbingTargetTranscriptSegment,
    DubbingTranscriptSegment,
)

__all__ = ["Generation", "LanguageTarget", "Project", "SourceSegment", "translate"]

QUEUED_SHARE = 0.1
"""The share of a project's preparation time it spends ``queued`` before ``preparing``."""


def translate(text: str, language: str) -> str:
    """Return the simulator's machine translation of a source text.

    Args:
        text: The source text.
        language: The target language.

    Returns:
        The text, marked with the language.
    """
    return f"[{language}] {text}"


@attrs.define
class SourceSegment:
    """One segment of a project's source transcript."""

    id: str
    text: str
    speaker_id: str
    start_s: float
    end_s: float
    external_id: str | None = None

    def to_model(self) -> DubbingTranscriptSegment:
        """Return the segment as the API shows it.

        Returns:
            The model.
        """
        return DubbingTranscriptSegment(
            id=self.id, text=self.text, speaker_id=self.speaker_id, start_s=self.start_s, end_s=self.end_s,
            external_id=self.external_id,
        )  # fmt: skip


@attrs.define
class Generation:
    """One run that dubs a language target: from ``start`` for ``seconds``, ending in failure or not."""

    start: float
    seconds: float
    fails: bool
    revision: int

    def done(self, elapsed: float) -> bool:
        """Tell whether the run has ended.

        Args:
            elapsed: Simulated seconds since the clock started.

        Returns:
            True once ``start + seconds`` has passed.
        """
        return elapsed >= self.start + self.seconds


@attrs.define
class LanguageTarget:
    """A language a project is dubbed into: its translations, revision and generations."""

    language_id: str
    target_language: str
    model_id: str | None
    created_at: datetime
    updated_at: datetime
    translations: dict[str, str | None]
    generation_seconds: float
    fails: bool
    revision: int = 1
    generation: Generation | None = None
    output: Generation | None = None
    """The last generation that completed: its revision is the output's."""
    edited: set[str] = attrs.field(factory=set)
    """Segments whose translation changed since the last output."""
    free_seconds: float = 0.0

    def settle(self, elapsed: float) -> None:
        """Record a generation that has ended since the last read.

        Args:
            elapsed: Simulated seconds since the clock started.
        """
        run = self.generation
        if run is not None and run.done(elapsed) and not run.fails and self.output is not run:
            self.output = run
            self.edited.clear()

    def status(self, project_ready_at: float | None, elapsed: float) -> str:
        """Return the target's state at a moment of simulated time.

        Args:
            project_ready_at: When its project became ready, or None while it is not (or failed).
            elapsed: Simulated seconds since the clock started.

        Returns:
            ``queued``, ``processing``, ``completed``, ``stale`` or ``failed``.
        """
        if project_ready_at is None or self.generation is None:
            return "queued"
        self.settle(elapsed)
        if not self.generation.done(elapsed):
            return "processing"
        if self.generation.fails:
            return "failed"
        return "completed" if self.revision == self.generation.revision else "stale"

    def segments(self, source: list[SourceSegment]) -> list[DubbingTargetTranscriptSegment]:
        """Return the target transcript: each source segment with its translation.

        Args:
            source: The project's source segments.

        Returns:
            The segments, in playback order.
        """
        return [
            DubbingTargetTranscriptSegment(
                id=segment.id,
                speaker_id=segment.speaker_id,
                start_s=segment.start_s,
                end_s=segment.end_s,
                source_text=segment.text,
                translation=self.translations.get(segment.id),
            )
            for segment in source
        ]


@attrs.define
class Project:
    """A dubbing project: its source, its transcript and its language targets."""

    project_id: str
    seq: int
    reference: str | None
    source_language: str | None
    model_id: str | None
    webhook_ids: list[str]
    media: DubbingSourceMediaInfo
    created_at: datetime
    updated_at: datetime
    created: float
    preparation_seconds: float
    fails: bool
    planned: list[SourceSegment]
    """The segments transcription yields; the transcript once the project is ready."""
    problem: str | None = None
    """Why the source cannot be dubbed (not media, or its download failed): the project fails with it."""
    segments: list[SourceSegment] = attrs.field(factory=list)
    revision: int = 1
    languages: dict[str, LanguageTarget] = attrs.field(factory=dict)
    ready: bool = False

    @property
    def ready_at(self) -> float:
        """When preparation ends (simulated seconds)."""
        return self.created + self.preparation_seconds

    def status(self, elapsed: float) -> str:
        """Return the project's state at a moment of simulated time (making it ready when due).

        Args:
            elapsed: Simulated seconds since the clock started.

        Returns:
            ``queued``, ``preparing``, ``ready`` or ``failed``.
        """
        if elapsed < self.created + QUEUED_SHARE * self.preparation_seconds:
            return "queued"
        if elapsed < self.ready_at:
            return "preparing"
        if self.fails:
            return "failed"
        if not self.ready:
            self.ready = True
            self.segments = list(self.planned)
        return "ready"

    def is_ready(self, elapsed: float) -> bool:
        """Tell whether the project is ready (its transcript exists).

        Args:
            elapsed: Simulated seconds since the clock started.

        Returns:
            True when ready.
        """
        return self.status(elapsed) == "ready"

    def start_generations(self, elapsed: float) -> None:
        """Start the first generation of every target that waited for the project to be ready.

        Args:
            elapsed: Simulated seconds since the clock started.
        """
        if not self.is_ready(elapsed):
            return
        for target in self.languages.values():
            if target.generation is None:
                start = max(self.ready_at, elapsed if target.created_at > self.created_at else self.ready_at)
                for segment in self.segments:
                    target.translations.setdefault(segment.id, translate(segment.text, target.target_language))
                target.generation = Generation(start, target.generation_seconds, target.fails, target.revision)

    def find_segment(self, segment_id: str) -> SourceSegment | None:
        """Return a source segment by id.

        Args:
            segment_id: Its id.

        Returns:
            The segment, or None.
        """
        return next((segment for segment in self.segments if segment.id == segment_id), None)

    def to_model(self, elapsed: float) -> DubbingProjectResponse:
        """Describe the project as the API does.

        Args:
            elapsed: Simulated seconds since the clock started.

        Returns:
            The model.
        """
        status = self.status(elapsed)
        error = (
            DubbingError(code="source_unprocessable", message=self.problem or "Simulated failure.", retryable=False)
            if status == "failed"
            else None
        )
        return DubbingProjectResponse(
            project_id=self.project_id, status=status, reference=self.reference,
            source_language=self.source_language, model_id=self.model_id,
            media=self.media if status == "ready" else None, language_ids=list(self.languages),
            webhook_ids=list(self.webhook_ids), revision=self.revision, error=error, warnings=[],
            created_at=self.created_at, updated_at=self.updated_at,
        )  # fmt: skip

    def language_model(self, target: LanguageTarget, elapsed: float, output_url: str | None) -> DubbingLanguageResponse:
        """Describe one language target as the API does.

        Args:
            target: The target.
            elapsed: Simulated seconds since the clock started.
            output_url: The signed URL of its dubbed audio, when it has an output.

        Returns:
            The model.
        """
        self.start_generations(elapsed)
        status = target.status(self.ready_at if self.is_ready(elapsed) else None, elapsed)
        if self.status(elapsed) == "failed":
            status = "failed"
        output = target.output
        failed = status == "failed"
        return DubbingLanguageResponse(
            language_id=target.language_id, project_id=self.project_id, target_language=target.target_language,
            status=status, model_id=target.model_id or self.model_id, voice_settings=None,
            outputs=DubbingLanguageOutputs(lossless_audio=output_url) if output is not None else None,
            revision=target.revision, output_revision=output.revision if output is not None else None,
            error=DubbingError(code="generation_failed", message="Simulated failure.", retryable=True)
            if failed
            else None,
            warnings=[], created_at=target.created_at, updated_at=target.updated_at,
        )  # fmt: skip
