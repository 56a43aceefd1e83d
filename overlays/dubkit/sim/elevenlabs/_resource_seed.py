"""The dubbing resource a new dub starts with: speaker tracks and timed segments, dubbed into the target language."""

from __future__ import annotations

import random

import attrs

from dubkit.sim._protocol import SimContext

from ._dubbing_media import extension_for, new_ref
from ._resource_state import DubbedText, Resource, Segment, Speaker, translation_of
from ._resource_voices import CLONE_MODES, library_voice

__all__ = ["ResourcePlan", "build_resource", "dubbed_clip"]

# Speech is cut into lines of 2-6 s with pauses of 0.2-1.2 s, about what ElevenLabs' segmentation gives.
_LINE_SECONDS = (2.0, 6.0)
_PAUSE_SECONDS = (0.2, 1.2)


@attrs.frozen
class ResourcePlan:
    """What the resource of a new dub is built from.

    Attributes:
        seed: Seeds segment timing, so the same source gives the same segments.
    """

    dubbing_id: str
    source_language: str
    target_language: str
    duration: float
    content_type: str
    num_speakers: int
    keep_background: bool
    clone_voices: bool
    seed: str


def dubbed_clip(context: SimContext, dubbing_id: str, segment: Segment, language: str) -> DubbedText:
    """Return a fresh, up-to-date dubbed version of a segment (its audio clip registered as media).

    Args:
        context: The simulator context.
        dubbing_id: The dub.
        segment: The segment; its current version in ``language`` supplies timing and text.
        language: The target language.

    Returns:
        The dubbed version, not stale.
    """
    current = segment.dubs.get(language)
    start, end = (segment.start, segment.end) if current is None else (current.start, current.end)
    text = translation_of(segment.text, language) if current is None or current.text is None else current.text
    clip = new_ref(context, dubbing_id, f"{segment.id}_{language}.mp3", "audio/mpeg", end - start)
    return DubbedText(start, end, text, audio_stale=False, media=clip)


def _timeline(rng: random.Random, duration: float, limit: int) -> list[tuple[float, float]]:
    spans: list[tuple[float, float]] = []
    cursor = rng.uniform(*_PAUSE_SECONDS)
    while len(spans) < limit:
        end = cursor + rng.uniform(*_LINE_SECONDS)
        if end > duration - 0.1:
            break
        spans.append((round(cursor, 3), round(end, 3)))
        cursor = end + rng.uniform(*_PAUSE_SECONDS)
    # Media shorter than one line still holds one line of speech.
    return spans or [(0.0, round(duration, 3))]


def build_resource(context: SimContext, plan: ResourcePlan) -> Resource:
    """Build a new dub's resource, registering every file it references in the media store.

    Args:
        context: The simulator context.
        plan: What to build it from.

    Returns:
        The resource at version 0, with the target language dubbed, cut into at most
        ``SimConfig.max_resource_segments`` segments.
    """
    dub_id, target, duration = plan.dubbing_id, plan.target_language, plan.duration
    source = new_ref(context, dub_id, f"input.{extension_for(plan.content_type)}", plan.content_type, duration)
    background = new_ref(context, dub_id, "background.wav", "audio/wav", duration) if plan.keep_background else None
    foreground = new_ref(context, dub_id, "foreground.wav", "audio/wav", duration)
    speakers: list[Speaker] = []
    for index in range(plan.num_speakers):
        voice = CLONE_MODES[0] if plan.clone_voices else library_voice(index).voice_id
        track = new_ref(context, dub_id, f"speaker_{index + 1}.wav", "audio/wav", duration)
        speakers.append(Speaker(context.ids.token(), f"Speaker {index + 1}", track, {target: voice}, []))
    resource = Resource(
        id=dub_id,
        version=0,
        source_language=plan.source_language,
        target_languages=[target],
        input=source,
        background=background,
        foreground=foreground,
        speakers={speaker.id: speaker for speaker in speakers},
        segments={},
        dubbed_languages={target},
    )
    timeline = _timeline(random.Random(plan.seed), duration, context.config.max_resource_segments)  # noqa: S311
    for number, (start, end) in enumerate(timeline, start=1):
        speaker = speakers[(number - 1) % len(speakers)]
        text = f"Line {number} from {speaker.name}."
        segment = Segment(context.ids.token(), speaker.id, start, end, text, heard=text, dubs={})
        segment.dubs[target] = dubbed_clip(context, dub_id, segment, target)
        resource.segments[segment.id] = segment
        speaker.segment_ids.append(segment.id)
    return resource
