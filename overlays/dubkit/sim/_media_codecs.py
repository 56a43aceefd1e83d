"""Encoding the simulator's files with PyAV: audio in the container its media type names, video as a tiny picture.

A video is a 64x36 picture at 10 frames a second (one colour, so it costs almost nothing to encode)
with the audio beside it: it lasts as long as its audio, to within one frame.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from typing import cast

import attrs
import av
import numpy as np

from ._media_signal import RATE, Pcm

__all__ = ["AUDIO_BIT_RATE", "VIDEO_FPS", "Encoding", "can_encode", "encode", "encoding_for", "zip_archive"]

VIDEO_FPS = 10
_WIDTH, _HEIGHT = 64, 36
AUDIO_BIT_RATE = 48_000
# LAME's quality 7 is several times faster than its default and transparent enough for speech-band audio.
_LAME_QUALITY = "7"
_CHUNK = RATE  # samples handed to the encoder at a time
# A fixed timestamp keeps archives byte-identical between runs.
_ZIP_DATE = (2026, 1, 1, 0, 0, 0)
_ZIP_UNIX_SYSTEM = 3


@attrs.frozen
class Encoding:
    """How one media type is written: container format, audio codec, and video codec (None for audio)."""

    container: str
    audio_codec: str
    video_codec: str | None = None


_ENCODINGS = {
    "audio/mpeg": Encoding("mp3", "libmp3lame"),
    "audio/wav": Encoding("wav", "pcm_s16le"),
    "audio/mp4": Encoding("mp4", "aac"),
    "audio/aac": Encoding("adts", "aac"),
    "audio/flac": Encoding("flac", "flac"),
    "audio/ogg": Encoding("ogg", "libopus"),
    "audio/opus": Encoding("ogg", "libopus"),
    "audio/webm": Encoding("webm", "libopus"),
    "video/mp4": Encoding("mp4", "aac", "libx264"),
    "video/quicktime": Encoding("mov", "aac", "libx264"),
    "video/webm": Encoding("webm", "libopus", "libvpx"),
    "video/x-matroska": Encoding("matroska", "aac", "libx264"),
    "video/x-msvideo": Encoding("avi", "libmp3lame", "mpeg4"),
}


def can_encode(content_type: str) -> bool:
    """Tell whether the simulator can write a media type.

    Args:
        content_type: A media type such as ``audio/mpeg``.

    Returns:
        True for the audio and video types of the dubbing APIs (mp3, wav, m4a, aac, flac, ogg, opus,
        mp4, mov, webm, mkv, avi).
    """
    return content_type in _ENCODINGS


def encoding_for(content_type: str) -> Encoding:
    """Return how a media type is written.

    Args:
        content_type: A media type :func:`can_encode` accepts.

    Returns:
        The encoding.

    Raises:
        ValueError: For a type the simulator cannot write.
    """
    if content_type not in _ENCODINGS:
        raise ValueError(f"the simulator cannot write {content_type!r} media")
    return _ENCODINGS[content_type]


def _colour(seed: str) -> tuple[int, int, int]:
    value = sum(ord(c) * 31**i for i, c in enumerate(seed)) % 0xFFFFFF
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def _write_audio(container: av.container.OutputContainer, stream: av.AudioStream, pcm: Pcm) -> None:
    for first in range(0, len(pcm), _CHUNK):
        frame = av.AudioFrame.from_ndarray(pcm[first : first + _CHUNK].reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = RATE
        frame.pts = first
        container.mux(stream.encode(frame))
    container.mux(stream.encode(None))


def _write_video(container: av.container.OutputContainer, stream: av.VideoStream, seconds: float, seed: str) -> None:
    picture = np.empty((_HEIGHT, _WIDTH, 3), dtype=np.uint8)
    picture[:] = _colour(seed)
    frame = av.VideoFrame.from_ndarray(picture, format="rgb24").reformat(format="yuv420p")
    count = max(int(np.ceil(seconds * VIDEO_FPS - 1e-6)), 1)
    for index in range(count):
        frame.pts = index
        container.mux(stream.encode(frame))
    container.mux(stream.encode(None))


def _audio_stream(container: av.container.OutputContainer, codec: str, bit_rate: int) -> av.AudioStream:
    stream = cast("av.AudioStream", container.add_stream(codec, rate=RATE, layout="mono"))
    if codec not in {"pcm_s16le", "flac"}:
        stream.bit_rate = bit_rate
    if codec == "libmp3lame":
        stream.codec_context.options = {"compression_level": _LAME_QUALITY}
    return stream


def _video_stream(container: av.container.OutputContainer, codec: str) -> av.VideoStream:
    stream = cast("av.VideoStream", container.add_stream(codec, rate=VIDEO_FPS))
    stream.width, stream.height, stream.pix_fmt = _WIDTH, _HEIGHT, "yuv420p"
    if codec == "libx264":
        # Baseline-compatible settings every player decodes; a still picture costs next to nothing.
        stream.codec_context.options = {"preset": "ultrafast", "tune": "stillimage"}
    return stream


def encode(pcm: Pcm, content_type: str, *, seed: str = "", bit_rate: int = AUDIO_BIT_RATE) -> bytes:
    """Write audio as a file of a media type; a video type gets a one-colour picture as long as the audio.

    Args:
        pcm: Mono 16-bit samples at ``RATE`` Hz.
        content_type: The media type (see :func:`can_encode`).
        seed: Picks the picture's colour (so a video differs per language, as its audio does).
        bit_rate: The audio's bits per second (compressed codecs only).

    Returns:
        The file's bytes.

    Raises:
        ValueError: For a type the simulator cannot write.
    """
    encoding = encoding_for(content_type)
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=encoding.container) as container:
        video = None if encoding.video_codec is None else _video_stream(container, encoding.video_codec)
        audio = _audio_stream(container, encoding.audio_codec, bit_rate)
        if video is not None:
            _write_video(container, video, len(pcm) / RATE, seed)
        _write_audio(container, audio, pcm)
    return buffer.getvalue()


def zip_archive(members: Iterable[tuple[str, bytes]]) -> bytes:
    """Build a zip of files, stored uncompressed (media does not compress) with fixed timestamps.

    Args:
        members: ``(name, bytes)`` of each file, in order.

    Returns:
        The archive's bytes.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.create_system = _ZIP_UNIX_SYSTEM
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()
