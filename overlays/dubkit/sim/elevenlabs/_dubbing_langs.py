"""The languages ElevenLabs dubs between, and how the simulator 'detects' a source language."""

from __future__ import annotations

__all__ = ["AUTO", "DUBBING_LANGUAGES", "detect_source_language", "is_dubbing_language"]

# The 29 dubbing languages of ElevenLabs' dubbing documentation, as the API's ISO codes
# (Filipino is the three-letter "fil"); the real API accepts these codes and nothing else.
DUBBING_LANGUAGES: tuple[str, ...] = (
    "en",
    "hi",
    "pt",
    "zh",
    "es",
    "fr",
    "de",
    "ja",
    "ar",
    "ru",
    "ko",
    "id",
    "it",
    "nl",
    "tr",
    "pl",
    "sv",
    "fil",
    "ms",
    "ro",
    "uk",
    "el",
    "cs",
    "da",
    "fi",
    "bg",
    "hr",
    "sk",
    "ta",
)
_KNOWN = frozenset(DUBBING_LANGUAGES)

AUTO = "auto"
"""The ``source_lang`` that asks ElevenLabs to detect the spoken language."""


def is_dubbing_language(code: str) -> bool:
    """Tell whether a code names one of the dubbing languages (case-sensitive, as the API is).

    Args:
        code: A language code such as ``"es"``.

    Returns:
        True for a dubbing language.
    """
    return code in _KNOWN


def detect_source_language(requested: str, target: str) -> str:
    """Return the language a dub's source is taken to be in.

    The simulator has no audio to listen to, so ``auto`` resolves to English, or to Spanish when the
    target is English (a dub never has the same source and target language).

    Args:
        requested: The ``source_lang`` of the request (a code, or ``auto``).
        target: The dub's target language.

    Returns:
        A dubbing language code.
    """
    if requested != AUTO:
        return requested
    return "es" if target == "en" else "en"
