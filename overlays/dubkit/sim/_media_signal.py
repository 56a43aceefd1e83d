"""The simulator's audio signals: speech-like stand-ins, the tone that marks each language, and the dubbed mix.

Every signal is mono 16-bit PCM at :data:`RATE` Hz held in a numpy array. A dub's audio is its source's
audio mixed with a steady tone whose frequency names the target language (:func:`language_tone_hz`), so a
test can tell which language reached which file and that the file came from that source.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

__all__ = [
    "RATE",
    "Pcm",
    "concat",
    "dubbed_mix",
    "gate",
    "language_tone_hz",
    "samples_for",
    "silence",
    "speech_like",
    "speech_timeline",
]

RATE = 16_000
"""Samples per second of every signal (speech-band audio; MP3, AAC and WAV all take it)."""

Pcm = npt.NDArray[np.int16]
Span = tuple[float, float]

# The tones sit between 300 Hz and 3.5 kHz, 40 Hz apart: inside what a 16 kHz MP3 keeps, and far enough apart
# for a one-second FFT (1 Hz bins) to tell neighbours apart.
_TONE_BASE_HZ = 300.0
_TONE_STEP_HZ = 40.0
_TONE_SLOTS = 80
# Known language codes first, each with its own slot; any other code hashes into the slots after them.
_KNOWN_LANGUAGES = (
    "ar", "bg", "cs", "da", "de", "el", "en", "es", "fi", "fil", "fr", "hi", "hr", "hu", "id", "it", "ja", "ko",
    "ms", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sv", "ta", "tr", "uk", "vi", "zh",
)  # fmt: skip
_SOURCE_GAIN = 0.6
_TONE_AMPLITUDE = 0.25 * 32767
_SPEECH_AMPLITUDE = 0.5 * 32767
_SYLLABLES_PER_SECOND = 4.0


def samples_for(seconds: float) -> int:
    """Return how many samples last ``seconds``.

    Args:
        seconds: A duration, >= 0.

    Returns:
        The sample count, rounded to the nearest sample.
    """
    return max(round(seconds * RATE), 0)


def silence(seconds: float) -> Pcm:
    """Return silence.

    Args:
        seconds: How long.

    Returns:
        The samples.
    """
    return np.zeros(samples_for(seconds), dtype=np.int16)


def language_tone_hz(language: str) -> float:
    """Return the frequency of the tone that marks audio dubbed into a language.

    Regional variants share their language's base slot plus an offset (``es-ES`` and ``es-MX`` differ
    from each other and from ``es``), so every code a provider accepts has a distinct tone.

    Args:
        language: A language code such as ``es``, ``pt-BR`` or ``zh-Hans``.

    Returns:
        The frequency in Hz, between 300 and 3,500.

    Example:
        >>> language_tone_hz("es"), language_tone_hz("es-ES") != language_tone_hz("es")
        (580.0, True)
    """
    code = language.strip().lower().replace("_", "-")
    base, _, region = code.partition("-")
    if base in _KNOWN_LANGUAGES and not region:
        slot = _KNOWN_LANGUAGES.index(base)
    else:
        digest = int(hashlib.sha256(code.encode()).hexdigest()[:8], 16)
        slot = len(_KNOWN_LANGUAGES) + digest % (_TONE_SLOTS - len(_KNOWN_LANGUAGES))
    return _TONE_BASE_HZ + _TONE_STEP_HZ * slot


def _seed(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:16], 16)


def speech_like(seconds: float, spans: Iterable[Span], seed: str) -> Pcm:
    """Synthesise speech-like audio: voiced syllables during the spans, silence between them.

    Each span is one line: a fundamental between 110 and 220 Hz with five harmonics, opened and closed
    about four times a second like syllables. It is deterministic in ``seed``.

    Args:
        seconds: The length of the whole signal.
        spans: ``(start, end)`` seconds of each line; parts outside ``[0, seconds]`` are cut off.
        seed: Picks the voice pitch and the syllable rhythm.

    Returns:
        The samples.
    """
    out = silence(seconds).astype(np.float32)
    rng = np.random.default_rng(_seed(seed))
    for start, end in spans:
        first, last = samples_for(max(start, 0.0)), min(samples_for(end), len(out))
        if last <= first:
            continue
        t = np.arange(last - first, dtype=np.float32) / RATE
        pitch = rng.uniform(110.0, 220.0)
        voice = sum(np.sin(2 * np.pi * pitch * k * t) / k for k in range(1, 6))
        rhythm = _SYLLABLES_PER_SECOND * rng.uniform(0.8, 1.2)
        envelope = np.clip(np.sin(np.pi * rhythm * t + rng.uniform(0, np.pi)) ** 2 * 1.4, 0.0, 1.0)
        out[first:last] = _SPEECH_AMPLITUDE * 0.5 * voice * envelope
    return out.astype(np.int16)


# Speech is cut into lines of 2-6 s with pauses of 0.2-1.2 s, about what ElevenLabs' segmentation gives.
_LINE_SECONDS = (2.0, 6.0)
_PAUSE_SECONDS = (0.2, 1.2)


def speech_timeline(seed: str, seconds: float, limit: int) -> list[Span]:
    """Cut media into lines of speech and pauses, seeded, all inside the media.

    Args:
        seed: Seeds the lengths, so the same source gives the same lines.
        seconds: How long the media lasts.
        limit: The most lines to cut.

    Returns:
        ``(start, end)`` seconds of each line, in order; media shorter than one line holds one line
        that spans all of it.
    """
    rng = random.Random(seed)  # noqa: S311 - test data
    spans: list[Span] = []
    cursor = rng.uniform(*_PAUSE_SECONDS)
    while len(spans) < limit:
        end = cursor + rng.uniform(*_LINE_SECONDS)
        if end > seconds - 0.1:
            break
        spans.append((round(cursor, 3), round(end, 3)))
        cursor = end + rng.uniform(*_PAUSE_SECONDS)
    return spans or [(0.0, round(seconds, 3))]


def gate(pcm: Pcm, spans: Iterable[Span], *, keep_inside: bool = True) -> Pcm:
    """Keep a signal only inside (or only outside) some spans, silence elsewhere.

    Args:
        pcm: The signal.
        spans: ``(start, end)`` seconds.
        keep_inside: True keeps the spans (a speaker's track); False mutes them (the background).

    Returns:
        A new signal of the same length.
    """
    mask = np.zeros(len(pcm), dtype=bool)
    for start, end in spans:
        mask[samples_for(max(start, 0.0)) : samples_for(end)] = True
    return np.where(mask if keep_inside else ~mask, pcm, 0).astype(np.int16)


def dubbed_mix(source: Pcm, language: str, *, offset: float = 0.0) -> Pcm:
    """Return a source's audio 'dubbed' into a language: the source, softer, with the language's tone.

    Args:
        source: The source signal.
        language: The target language (see :func:`language_tone_hz`).
        offset: Where ``source`` starts in the whole media, in seconds, so that clips cut from one dub
            keep the tone's phase continuous.

    Returns:
        A signal of the same length.
    """
    t = (np.arange(len(source), dtype=np.float64) + samples_for(offset)) / RATE
    tone = _TONE_AMPLITUDE * np.sin(2 * np.pi * language_tone_hz(language) * t)
    mixed = _SOURCE_GAIN * source.astype(np.float64) + tone
    return np.clip(mixed, -32768, 32767).astype(np.int16)


def concat(parts: Sequence[Pcm]) -> Pcm:
    """Join signals end to end.

    Args:
        parts: The signals.

    Returns:
        One signal.
    """
    return np.concatenate(parts).astype(np.int16) if parts else silence(0)
