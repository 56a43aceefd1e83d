"""The dubbing resource a new dub starts with: speaker tracks and timed segments, dubbed into the target language."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from dubkit.sim._media_files import encode_for
from dubkit.sim._media_signal import Pcm, dubbed_mix, gate, samples_for, speech_timeline
from dubkit.sim._media_source import MediaSource
from dubkit.sim._protocol import SimContext

from ._dubbing_media import extension_for, new_ref
from ._resource_state import DubbedText, Resource, Segment, Speaker, translation_of
from ._resource_voices import CLONE_MODES, library_voice

__all__ = ["ResourcePlan", "build_resource", "dubbed_clip"]

_WAV = "audio/wav"
_MP3 = "audio/mpeg"


@attrs.frozen
class ResourcePlan:
    """What the resource of a new dub is built from.

    Attributes:
        media: The source media (its part to dub); every file of the resource is made from its audio.
        seed: Seeds segment timing, so the same source gives the same segments.
    """

    dubbing_id: str
    source_language: str
    target_language: str
    media: MediaSource
    num_speakers: int
    keep_background: bool
    clone_voices: bool
    seed: str


def dubbed_clip(
    context: SimContext, dubbing_id: str, media: MediaSource, segment: Segment, language: str
) -> DubbedText:
    """Return a fresh, up-to-date dubbed version of a segment (its audio clip registered as media).

    The clip is the source's audio over the segment's time, dubbed into the language (see
    ``dubkit.sim._media_signal.dubbed_mix``), as an MP3 exactly as long as the segment.

    Args:
        context: The simulator context.
        dubbing_id: The dub.
        media: The dub's source media.
        segment: The segment; its current version in ``language`` supplies timing and text.
        language: The target language.

    Returns:
        The dubbed version, not stale.
    """
    current = segment.dubs.get(language)
    start, end = (segment.start, segment.end) if current is None else (current.start, current.end)
    text = translation_of(segment.text, language) if current is None or current.text is None else current.text

    def clip_pcm() -> Pcm:
        return dubbed_mix(media.pcm[samples_for(start) : samples_for(end)], language, offset=start)

    clip = new_ref(context, dubbing_id, f"{segment.id}_{language}.mp3", _MP3, end - start, encode_for(clip_pcm, _MP3))
    return DubbedText(start, end, text, audio_stale=False, media=clip)


def _track(media: MediaSource, lines: list[tuple[float, float]], *, speech: bool) -> Callable[[], bytes]:
    """Return the build of a stem: the source's audio during the lines (a voice), or outside them (the rest)."""
    return encode_for(lambda: gate(media.pcm, lines, keep_inside=speech), _WAV)


def build_resource(context: SimContext, plan: ResourcePlan) -> Resource:
    """Build a new dub's resource, registering every file it references in the media store.

    Args:
        context: The simulator context.
        plan: What to build it from.

    Returns:
        The resource at version 0, with the target language dubbed, cut into at most
        ``SimConfig.max_resource_segments`` segments.
    """
    dub_id, target, media = plan.dubbing_id, plan.target_language, plan.media
    duration = media.duration
    timeline = speech_timeline(plan.seed, duration, context.config.max_resource_segments)
    input_type = media.input_type
    source = new_ref(context, dub_id, f"input.{extension_for(input_type)}", input_type, duration, media.input_file)
    background = (
        new_ref(context, dub_id, "background.wav", _WAV, duration, _track(media, timeline, speech=False))
        if plan.keep_background
        else None
    )
    foreground = new_ref(context, dub_id, "foreground.wav", _WAV, duration, _track(media, timeline, speech=True))
    speakers: list[Speaker] = []
    for index in range(plan.num_speakers):
        voice = CLONE_MODES[0] if plan.clone_voices else library_voice(index).voice_id
        lines = timeline[index :: plan.num_speakers]
        track = new_ref(context, dub_id, f"speaker_{index + 1}.wav", _WAV, duration, _track(media, lines, speech=True))
        speakers.append(Speaker(context.ids.token(), f"Speaker {index + 1}", track, {target: voice}, []))
    resource = Resource(
        id=dub_id,
        version=0,
        source_language=plan.source_language,
        target_languages=[target],
        input=source,
        source=media,
        background=background,
        foreground=foreground,
        speakers={speaker.id: speaker for speaker in speakers},
        segments={},
        dubbed_languages={target},
    )
    for number, (start, end) in enumerate(timeline, start=1):
        speaker = speakers[(number - 1) % len(speakers)]
        text = f"Line {number} from {speaker.name}."
        segment = Segment(context.ids.token(), speaker.id, start, end, text, heard=text, dubs={})
        segment.dubs[target] = dubbed_clip(context, dub_id, media, segment, target)
        resource.segments[segment.id] = segment
        speaker.segment_ids.append(segment.id)
    return resource
