"""The source media of a simulated job: probed from the bytes received, or a stand-in of a set length.

A source the simulator received (an upload, or a URL it could fetch) is probed with PyAV: its length,
whether it has a picture, its streams, and its audio, decoded to the simulator's PCM. A source it cannot
fetch (a URL on the internet) is a stand-in: speech-like audio of ``SimConfig.source_seconds`` (or the
URL's ``sim-seconds`` query parameter), of the kind the URL's extension names, made only when a file
needs it.
"""

from __future__ import annotations

import io
import threading
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs
import av
import numpy as np
import numpy.typing as npt

from ._bounds import MAX_SOURCE_SECONDS, check_number
from ._json import read_float
from ._media_codecs import can_encode, encode
from ._media_signal import RATE, Pcm, samples_for, silence, speech_like, speech_timeline

__all__ = ["SECONDS_PARAMETER", "MediaSource", "UnreadableMediaError", "read_media", "requested_seconds"]

SECONDS_PARAMETER = "sim-seconds"
"""A source URL's query parameter that sets how long its stand-in lasts, e.g. ``talk.mp4?sim-seconds=12``."""

_MAX_STAND_IN_LINES = 100_000
# Container names FFmpeg reports, to the media type of a file with (video) and without (audio) a picture.
_FORMAT_TYPES = (
    ("mp3", "audio/mpeg", "audio/mpeg"),
    ("wav", "audio/wav", "audio/wav"),
    ("aac", "audio/aac", "audio/aac"),
    ("flac", "audio/flac", "audio/flac"),
    ("ogg", "audio/ogg", "video/ogg"),
    ("mov", "audio/mp4", "video/mp4"),
    ("matroska", "audio/webm", "video/webm"),
    ("avi", "audio/x-msvideo", "video/x-msvideo"),
)
_EXTENSION_OVERRIDES = {".mov": "video/quicktime", ".mkv": "video/x-matroska", ".opus": "audio/opus"}


class UnreadableMediaError(ValueError):
    """Bytes that hold no audio or video the simulator can read; the message says why, as an API would."""


@attrs.define(eq=False)
class MediaSource:
    """What a job's source is: how long it lasts, its media type, whether it has a picture, and its audio.

    Attributes:
        duration: Seconds.
        content_type: The media type (``audio/*`` or ``video/*``).
        has_video: Whether it has a picture.
        streams: ``kind:codec`` of each stream (``("audio:mp3",)``); a stand-in names what it would hold.
        seed: Seeds a stand-in's speech.
        original: The exact bytes received, if any (served back as the job's input).
        probed: True when the facts come from the media itself, False for a stand-in.
    """

    duration: float
    content_type: str
    has_video: bool
    streams: tuple[str, ...]
    seed: str
    original: bytes | None = attrs.field(default=None, repr=False)
    probed: bool = False
    _pcm: Pcm | None = attrs.field(default=None, repr=False, alias="pcm")
    _lock: threading.Lock = attrs.field(factory=threading.Lock, repr=False, init=False)

    @classmethod
    def stand_in(cls, seconds: float, content_type: str, seed: str) -> MediaSource:
        """Describe a source the simulator cannot read: speech-like audio of a set length, made on demand.

        Args:
            seconds: How long it lasts.
            content_type: What the URL names (``video/*`` gets a picture in the files made from it).
            seed: Seeds its speech (the URL, or the upload's digest).

        Returns:
            The source.
        """
        video = content_type.startswith("video/")
        streams = ("video:h264", "audio:aac") if video else ("audio:" + content_type.rsplit("/", maxsplit=1)[-1],)
        return cls(seconds, content_type, video, streams, seed)

    @property
    def pcm(self) -> Pcm:
        """The audio as mono 16-bit samples at ``RATE`` Hz, exactly ``duration`` long (made on first use)."""
        if self._pcm is None:
            with self._lock:
                if self._pcm is None:
                    spans = speech_timeline(self.seed, self.duration, _MAX_STAND_IN_LINES)
                    self._pcm = speech_like(self.duration, spans, self.seed)
        return self._pcm

    def trimmed(self, start: float, end: float) -> MediaSource:
        """Return the part between two moments (as a dub's ``start_time``/``end_time`` select).

        Args:
            start: Seconds from the start.
            end: Seconds from the start, > ``start``.

        Returns:
            A source as long as the part, without the original bytes (they hold all of it).
        """
        end = min(end, self.duration)
        if start <= 0 and end >= self.duration:
            return self
        part = self.pcm[samples_for(start) : samples_for(end)]
        return attrs.evolve(self, duration=round(end - start, 3), original=None, pcm=part)

    @property
    def input_type(self) -> str:
        """The media type of :meth:`input_file`."""
        if self.original is not None or can_encode(self.content_type):
            return self.content_type
        return _fallback_type(self.has_video)

    def input_file(self) -> bytes:
        """Return the source as a file: the bytes received, else its audio written in its media type.

        Returns:
            The file's bytes.
        """
        if self.original is not None:
            return self.original
        return encode(self.pcm, self.input_type, seed=self.seed)


def _fallback_type(video: bool) -> str:
    return "video/mp4" if video else "audio/mpeg"


def requested_seconds(url: str) -> float | None:
    """Return the stand-in length a source URL asks for with ``?sim-seconds=N``, if any.

    Args:
        url: The source URL.

    Returns:
        A number of seconds above 0 and at most ``MAX_SOURCE_SECONDS`` (12 hours), or None when absent or
        not such a number.
    """
    values = parse_qs(urlsplit(url).query).get(SECONDS_PARAMETER, [])
    try:
        return check_number(
            SECONDS_PARAMETER, read_float(values[-1]), maximum=MAX_SOURCE_SECONDS, exclusive_minimum=True
        )
    except (IndexError, ValueError):
        return None


def _content_type(format_name: str, video: bool, name: str) -> str:
    extension = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    override = _EXTENSION_OVERRIDES.get(extension)
    if override is not None and override.startswith("video/") == video:
        return override
    names = format_name.split(",")
    for prefix, audio_type, video_type in _FORMAT_TYPES:
        if any(n.startswith(prefix) for n in names):
            return video_type if video else audio_type
    return _fallback_type(video)


def _too_long() -> UnreadableMediaError:
    return UnreadableMediaError(f"The media lasts longer than {MAX_SOURCE_SECONDS / 3600:g} hours.")


def _decode_audio(container: av.container.InputContainer, stream: av.AudioStream) -> Pcm:
    resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
    parts: list[npt.NDArray[Any]] = []
    # A few kilobytes of compressed silence can decode to days of samples: count them as they come.
    budget = samples_for(MAX_SOURCE_SECONDS)
    for frame in container.decode(stream):
        parts.extend(out.to_ndarray().reshape(-1) for out in resampler.resample(frame))
        budget -= frame.samples * RATE // max(frame.sample_rate or RATE, 1)
        if budget < 0:
            raise _too_long()
    parts.extend(out.to_ndarray().reshape(-1) for out in resampler.resample(None))
    return np.concatenate(parts).astype(np.int16) if parts else silence(0)


def read_media(data: bytes, name: str = "", *, seed: str = "") -> MediaSource:
    """Probe media bytes and decode their audio.

    Args:
        data: The file's bytes.
        name: Its file name or URL (tells ``.mov`` from ``.mp4``: FFmpeg reads both as one format).
        seed: Kept on the source (its files' colours and names derive from it).

    Returns:
        The source: an audio file lasts as long as its decoded audio; a video as long as its
        container says (its audio, if shorter or absent, is padded with silence).

    Raises:
        UnreadableMediaError: If the bytes are not media FFmpeg can read, hold no audio or video, or last
            longer than ``MAX_SOURCE_SECONDS`` (12 hours).
    """
    try:
        with av.open(io.BytesIO(data), mode="r") as container:
            video = next((s for s in container.streams.video if s.codec_context is not None), None)
            audio = container.streams.audio[0] if container.streams.audio else None
            if video is None and audio is None:
                raise UnreadableMediaError("The file has no audio or video stream.")
            streams = tuple(
                f"{s.type}:{s.codec_context.name}" for s in container.streams if s.type in {"audio", "video"}
            )
            container_seconds = container.duration / av.time_base if container.duration else None
            if container_seconds is not None and container_seconds > MAX_SOURCE_SECONDS:
                raise _too_long()  # a header's claim: the silence padding it up would be allocated
            pcm = _decode_audio(container, audio) if audio is not None else silence(0)
            format_name = container.format.name
    except av.FFmpegError as error:
        raise UnreadableMediaError(f"The file could not be read as audio or video ({error.strerror}).") from None
    seconds = len(pcm) / RATE
    if video is not None and container_seconds:
        seconds = container_seconds
        pcm = pcm[: samples_for(seconds)]
        pcm = np.concatenate([pcm, silence(seconds - len(pcm) / RATE)]).astype(np.int16)
    if seconds <= 0:
        raise UnreadableMediaError("The file holds no audio or video to dub (it lasts 0 seconds).")
    return MediaSource(
        duration=round(seconds, 3),
        content_type=_content_type(format_name, video is not None, urlsplit(name).path or name),
        has_video=video is not None,
        streams=streams,
        seed=seed,
        original=data,
        probed=True,
        pcm=pcm,
    )
