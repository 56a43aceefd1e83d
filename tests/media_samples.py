"""Real media for tests, made at test time with PyAV, and what tests read back from media files.

``speech_sample`` and ``video_sample`` write a few seconds of speech-like audio (and a tiny picture);
``probe`` decodes a file completely and reports what it holds; ``language_of`` tells which language's
tone a dubbed file carries.
"""

from __future__ import annotations

import io
from pathlib import Path

import attrs
import av
import numpy as np
from dubkit.sim import language_tone_hz
from dubkit.sim._media_codecs import encode
from dubkit.sim._media_signal import RATE, speech_like, speech_timeline

__all__ = ["Probe", "language_of", "probe", "speech_sample", "tolerance", "video_sample"]


def speech_sample(seconds: float = 3.0, *, content_type: str = "audio/wav", seed: str = "sample") -> bytes:
    """Return a few seconds of speech-like audio as a file of a media type."""
    return encode(speech_like(seconds, speech_timeline(seed, seconds, 50), seed), content_type, seed=seed)


def video_sample(seconds: float = 3.0, *, seed: str = "sample") -> bytes:
    """Return a tiny MP4 video with speech-like audio."""
    return speech_sample(seconds, content_type="video/mp4", seed=seed)


@attrs.frozen
class Probe:
    """What a media file holds, decoded to the last sample."""

    format: str
    duration: float
    audio_seconds: float
    kinds: tuple[str, ...]
    codecs: tuple[str, ...]
    samples: np.ndarray = attrs.field(repr=False, eq=False)
    rate: int

    @property
    def is_video(self) -> bool:
        return "video" in self.kinds


def probe(source: bytes | Path) -> Probe:
    """Decode every stream of a media file and describe it (raises av.FFmpegError if it does not decode)."""
    data = source.read_bytes() if isinstance(source, Path) else source
    with av.open(io.BytesIO(data)) as container:
        kinds = tuple(s.type for s in container.streams if s.type in {"audio", "video"})
        codecs = tuple(s.codec_context.name for s in container.streams if s.type in {"audio", "video"})
        duration = container.duration / av.time_base if container.duration else 0.0
        fmt = container.format.name
        chunks, rate = [], 0
        for video in container.streams.video:
            assert sum(1 for _ in container.decode(video)) > 0
            container.seek(0)
        for audio in container.streams.audio[:1]:
            for frame in container.decode(audio):
                rate = frame.sample_rate
                chunks.append(frame.to_ndarray().astype(np.float64).mean(axis=0))
    samples = np.concatenate(chunks) if chunks else np.zeros(0)
    audio_seconds = len(samples) / rate if rate else 0.0
    return Probe(fmt, duration or audio_seconds, audio_seconds, kinds, codecs, samples, rate)


def tolerance(found: Probe) -> float:
    """Return how far a file's length may be from its source's: one frame of its codecs.

    An AAC stream starts with one frame of encoder priming that raw ADTS cannot mark, so its decoded
    length may run two AAC frames (128 ms at 16 kHz) long; a video may run one picture (0.1 s) long.
    """
    if "aac" in found.codecs:
        return 2 * 1024 / RATE + 1e-3
    return 0.1 + 1e-3 if found.is_video else 1152 / RATE + 1e-3


def _strength(samples: np.ndarray, rate: int, hz: float) -> float:
    t = np.arange(len(samples)) / rate
    return float(abs(np.dot(samples, np.exp(-2j * np.pi * hz * t))) / max(len(samples), 1))


def language_of(found: Probe, candidates: list[str]) -> str:
    """Return the candidate language whose tone is strongest in a file's audio."""
    return max(candidates, key=lambda language: _strength(found.samples, found.rate, language_tone_hz(language)))
