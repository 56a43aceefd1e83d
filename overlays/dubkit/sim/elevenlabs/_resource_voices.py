"""Voices the simulated dubbing resource offers: the clone modes and a few ElevenLabs premade voices."""

from __future__ import annotations

import hashlib

import attrs

__all__ = ["CLONE_MODES", "LIBRARY_VOICES", "LibraryVoice", "library_voice", "similar_voices"]

CLONE_MODES = ("track-clone", "clip-clone")
"""The ``voice_id`` values that clone the speaker's own voice instead of using a library voice."""


@attrs.frozen
class LibraryVoice:
    """A voice of the ElevenLabs voice library."""

    voice_id: str
    name: str
    description: str


# ElevenLabs' long-standing premade voices, with their public IDs, so a pipeline that stores a
# voice_id from the simulator sees the same shape of value the real API gives.
LIBRARY_VOICES: tuple[LibraryVoice, ...] = (
    LibraryVoice("21m00Tcm4TlvDq8ikWAM", "Rachel", "Calm young American female voice."),
    LibraryVoice("AZnzlk1XvdvUeBnXmlld", "Domi", "Strong young American female voice."),
    LibraryVoice("EXAVITQu4vr4xnSDxMaL", "Bella", "Soft young American female voice."),
    LibraryVoice("ErXwobaYiN019PkySvjV", "Antoni", "Well-rounded young American male voice."),
    LibraryVoice("MF3mGyEYCl7XYWbV9V6O", "Elli", "Emotional young American female voice."),
    LibraryVoice("TxGEqnHWrfWFTfGW9XjX", "Josh", "Deep young American male voice."),
    LibraryVoice("VR6AewLTigWG4xSOukaG", "Arnold", "Crisp middle-aged American male voice."),
    LibraryVoice("pNInz6obpgDQGcFmaJgB", "Adam", "Deep middle-aged American male voice."),
    LibraryVoice("yoZ06aMxZJJ28mfd3POQ", "Sam", "Raspy young American male voice."),
)
SIMILAR_COUNT = 3


def _offset(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def library_voice(index: int) -> LibraryVoice:
    """Return the library voice given to the n-th speaker when voice cloning is disabled.

    Args:
        index: The speaker's position (0-based).

    Returns:
        A library voice.
    """
    return LIBRARY_VOICES[index % len(LIBRARY_VOICES)]


def similar_voices(speaker_id: str) -> list[LibraryVoice]:
    """Return the library voices 'similar' to a speaker: a stable choice derived from the speaker's ID.

    Args:
        speaker_id: The speaker.

    Returns:
        A few distinct voices; the same speaker always gets the same ones.
    """
    start = _offset(speaker_id)
    return [LIBRARY_VOICES[(start + i) % len(LIBRARY_VOICES)] for i in range(SIMILAR_COUNT)]
