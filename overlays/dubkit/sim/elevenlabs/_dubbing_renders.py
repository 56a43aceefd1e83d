"""The dubbed files of a simulated dub: the dubbed audio or video of a language, and its renders of every type.

A language's dubbed audio is the source's audio mixed with that language's tone
(``dubkit.sim._media_signal.dubbed_mix``). The dubbed file is MP3 for an audio source and MP4 (a tiny
picture with AAC audio) for a video source, as the API returns them; renders write the same audio in the
type asked for. The simulator has no AAF writer, so an ``aaf`` render ends ``failed``.
"""

from __future__ import annotations

from collections.abc import Callable

from dubkit_models.elevenlabs import RenderType

from dubkit.sim._media_codecs import zip_archive
from dubkit.sim._media_files import encode_for
from dubkit.sim._media_signal import Pcm, dubbed_mix
from dubkit.sim._media_source import MediaSource
from dubkit.sim._protocol import SimContext

from ._dubbing_subtitles import to_srt
from ._resource_state import Resource

__all__ = ["RENDER_CONTENT_TYPES", "dubbed_build", "dubbed_type", "render_build"]

RENDER_CONTENT_TYPES = {
    RenderType.MP4: "video/mp4",
    RenderType.AAC: "audio/aac",
    RenderType.MP3: "audio/mpeg",
    RenderType.WAV: "audio/wav",
    RenderType.AAF: "application/octet-stream",
    RenderType.TRACKS_ZIP: "application/zip",
    RenderType.CLIPS_ZIP: "application/zip",
    RenderType.ZIP: "application/zip",
}


def dubbed_type(media: MediaSource) -> str:
    """Return the media type of a dub's dubbed file: video for a video source, else MP3.

    Args:
        media: The dub's source.

    Returns:
        ``video/mp4`` or ``audio/mpeg``.
    """
    return "video/mp4" if media.has_video else "audio/mpeg"


def dubbed_build(media: MediaSource, language: str, content_type: str) -> Callable[[], bytes]:
    """Return the build of a language's dubbed audio (as long as the source) in a media type.

    Args:
        media: The dub's source.
        language: The target language.
        content_type: The type to write.

    Returns:
        The build function.
    """

    def mix() -> Pcm:
        return dubbed_mix(media.pcm, language)

    return encode_for(mix, content_type, seed=language)


def _stored(context: SimContext, key: str) -> bytes:
    item = context.media.get(key)
    return b"" if item is None else item.data()


def render_build(
    context: SimContext, resource: Resource, language: str, kind: RenderType
) -> Callable[[], bytes] | None:
    """Return the build of a render of one language, with the resource as it is now.

    Args:
        context: The simulator context (the files a zip gathers).
        resource: The dub's resource.
        language: The target language.
        kind: The render type.

    Returns:
        The build function, or None for a type the simulator cannot write (``aaf``).
    """
    media = resource.source
    if kind is RenderType.AAF:
        return None
    if kind is RenderType.TRACKS_ZIP:
        tracks = [(f"{speaker.name}.wav", speaker.media.key) for speaker in resource.speakers.values()]
        tracks += [("background.wav", resource.background.key)] if resource.background is not None else []
        return lambda: zip_archive((name, _stored(context, key)) for name, key in tracks)
    if kind is RenderType.CLIPS_ZIP:
        clips = [
            (f"{segment.id}_{language}.mp3", dubbed.media.key)
            for segment in resource.ordered_segments()
            if (dubbed := segment.dubs.get(language)) is not None and dubbed.media is not None
        ]
        return lambda: zip_archive((name, _stored(context, key)) for name, key in clips)
    if kind is RenderType.ZIP:
        video = dubbed_build(media, language, "video/mp4")
        subtitles = to_srt(resource.frames(language)).encode()
        members = ((f"{resource.id}_{language}.mp4", video), (f"{resource.id}_{language}.srt", lambda: subtitles))
        return lambda: zip_archive((name, build()) for name, build in members)
    return dubbed_build(media, language, RENDER_CONTENT_TYPES[kind])
