"""The dubbing resource of a simulated dub: speakers, segments, per-language dubs and renders, as mutable records."""

from __future__ import annotations

from typing import Any

import attrs
from dubkit_models.elevenlabs import (
    DubbedSegment,
    DubbingResource,
    Render,
    RenderStatus,
    RenderType,
    SpeakerSegment,
    SpeakerTrack,
)

from dubkit.sim._media_source import MediaSource
from dubkit.sim._protocol import SimContext

from ._dubbing_media import ApiRecord, MediaRef
from ._dubbing_subtitles import Frame, frames_for

__all__ = ["DubbedText", "RenderJob", "Resource", "Segment", "Speaker", "heard_text", "translation_of"]


def translation_of(text: str, language: str) -> str:
    """Return the simulator's 'translation' of a text: the text tagged with the language.

    Args:
        text: The source text.
        language: The target language.

    Returns:
        The translated text, e.g. ``"[es] Line 1 from Speaker 1."``.
    """
    return f"[{language}] {text}"


def heard_text(start: float, end: float) -> str:
    """Return what transcribing a stretch of audio that no generated line covers yields.

    Args:
        start: Where the stretch starts, in seconds.
        end: Where it ends.

    Returns:
        The transcript.
    """
    return f"Speech from {start:.1f} to {end:.1f} seconds."


class _Timed:
    """A stretch of text with times (a segment, or one language's version of it): its subtitles."""

    start: float
    end: float
    text: str | None

    def frames(self) -> list[Frame]:
        """Return the subtitle frames of this text (none while it has no text).

        Returns:
            The frames.
        """
        return frames_for(self.text, self.start, self.end)

    def _timing(self) -> dict[str, Any]:
        # The fields DubbedSegment and SpeakerSegment share.
        subtitles = [frame.to_model() for frame in self.frames()]
        return {
            "start_time": round(self.start, 3),
            "end_time": round(self.end, 3),
            "text": self.text,
            "subtitles": subtitles,
        }


@attrs.define
class DubbedText(_Timed, ApiRecord[DubbedSegment]):
    """One target language's version of a segment: its text, timing and dubbed audio."""

    start: float
    end: float
    text: str | None
    audio_stale: bool
    media: MediaRef | None = None

    def to_model(self, context: SimContext, base_url: str) -> DubbedSegment:
        """Describe this version as the API does (see ``ApiRecord.to_model``)."""
        return DubbedSegment(
            **self._timing(),
            audio_stale=self.audio_stale,
            media_ref=None if self.media is None else self.media.to_model(context, base_url),
        )


@attrs.define
class Segment(_Timed, ApiRecord[SpeakerSegment]):
    """A stretch of one speaker's speech, in the source language and in every target language.

    Attributes:
        heard: What transcribing the segment's audio yields (the text ``transcribe`` restores).
    """

    id: str
    speaker_id: str
    start: float
    end: float
    text: str
    heard: str
    dubs: dict[str, DubbedText]

    def to_model(self, context: SimContext, base_url: str) -> SpeakerSegment:
        """Describe the segment as the API does (see ``ApiRecord.to_model``)."""
        return SpeakerSegment(
            id=self.id,
            **self._timing(),
            dubs={language: dub.to_model(context, base_url) for language, dub in self.dubs.items()},
        )


@attrs.define
class Speaker(ApiRecord[SpeakerTrack]):
    """One speaker: the isolated track of their voice, the voice used per language, and their segments."""

    id: str
    name: str
    media: MediaRef
    voices: dict[str, str]
    segment_ids: list[str]

    def to_model(self, context: SimContext, base_url: str) -> SpeakerTrack:
        """Describe the speaker as the API does (see ``ApiRecord.to_model``)."""
        return SpeakerTrack(
            id=self.id,
            media_ref=self.media.to_model(context, base_url),
            speaker_name=self.name,
            voices=dict(self.voices),
            segments=list(self.segment_ids),
        )


@attrs.define
class RenderJob(ApiRecord[Render]):
    """A render of one language: processing until ``ready_at`` on the simulated clock, then complete or failed.

    Attributes:
        media: The rendered file; None for a render that will fail.
    """

    id: str
    version: int
    language: str
    type: RenderType
    ready_at: float
    fails: bool
    media: MediaRef | None

    def status(self, elapsed: float) -> RenderStatus:
        """Return the render's state at a moment of simulated time.

        Args:
            elapsed: Simulated seconds since the clock started.

        Returns:
            processing, complete or failed.
        """
        if elapsed < self.ready_at:
            return RenderStatus.PROCESSING
        return RenderStatus.FAILED if self.fails else RenderStatus.COMPLETE

    def to_model(self, context: SimContext, base_url: str) -> Render:
        """Describe the render as the API does (see ``ApiRecord.to_model``); its file only once it is complete."""
        status = self.status(context.clock.elapsed())
        media = self.media.to_model(context, base_url) if status is RenderStatus.COMPLETE and self.media else None
        return Render(
            id=self.id,
            version=self.version,
            language=self.language,
            type=self.type,
            media_ref=media,
            status=status,
        )


@attrs.define
class Resource(ApiRecord[DubbingResource]):
    """A dub's editable document; every edit bumps ``version``.

    Attributes:
        input: The source file as the resource lists it.
        source: The source media every file of the dub is made from.
        dubbed_languages: Target languages whose dubbed file exists (the original target, and any
            language whose segments were dubbed since it was added).
    """

    id: str
    version: int
    source_language: str
    target_languages: list[str]
    input: MediaRef
    source: MediaSource
    background: MediaRef | None
    foreground: MediaRef | None
    speakers: dict[str, Speaker]
    segments: dict[str, Segment]
    renders: dict[str, RenderJob] = attrs.field(factory=dict)
    dubbed_languages: set[str] = attrs.field(factory=set)

    @property
    def duration(self) -> float:
        """The length of the source media, in seconds."""
        return self.input.duration

    def bump(self) -> int:
        """Record an edit.

        Returns:
            The new version.
        """
        self.version += 1
        return self.version

    def ordered_segments(self) -> list[Segment]:
        """Return every segment in time order (ties broken by ID, so the order is stable).

        Returns:
            The segments.
        """
        return sorted(self.segments.values(), key=lambda segment: (segment.start, segment.id))

    def sort_speaker(self, speaker: Speaker) -> None:
        """Keep a speaker's segment list in time order after an edit.

        Args:
            speaker: The speaker.
        """
        speaker.segment_ids.sort(key=lambda sid: (self.segments[sid].start, sid))

    def frames(self, language: str) -> list[Frame]:
        """Return the subtitle frames of a language across all speakers, in time order.

        Args:
            language: The source language or a target language.

        Returns:
            The frames; untranslated segments contribute none.
        """
        found: list[Frame] = []
        for segment in self.ordered_segments():
            if language == self.source_language:
                found.extend(segment.frames())
            elif language in segment.dubs:
                found.extend(segment.dubs[language].frames())
        return sorted(found, key=lambda frame: frame.start)

    def to_model(self, context: SimContext, base_url: str) -> DubbingResource:
        """Describe the resource as the API does (see ``ApiRecord.to_model``)."""
        return DubbingResource(
            id=self.id,
            version=self.version,
            source_language=self.source_language,
            target_languages=list(self.target_languages),
            input=self.input.to_model(context, base_url),
            background=None if self.background is None else self.background.to_model(context, base_url),
            foreground=None if self.foreground is None else self.foreground.to_model(context, base_url),
            speaker_tracks={sid: speaker.to_model(context, base_url) for sid, speaker in self.speakers.items()},
            speaker_segments={segment.id: segment.to_model(context, base_url) for segment in self.ordered_segments()},
            renders={rid: render.to_model(context, base_url) for rid, render in self.renders.items()},
        )
