"""The create options ``dub_file`` passes on to each provider, checked before anything is sent, and output names.

``ElevenLabsDubOptions`` and ``DubformerDubOptions`` hold every field of the providers' create calls
that ``dub_file`` does not set itself (the source, the languages and the name). Making one checks
every value, so a mistake fails at once rather than after an upload or a paid create.

``source_stem`` names a source's outputs; like every output name made from a user's or a server's
text, it goes through ``_safe_names.safe_component``.
"""

from __future__ import annotations

import os
import pathlib
import posixpath
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs

from ._safe_names import safe_component
from ._validation import check_bool, check_choice, check_int, check_number, check_str

__all__ = [
    "ELEVENLABS_MODES",
    "MIXING_MODES",
    "DubformerDubOptions",
    "ElevenLabsDubOptions",
    "check_language_code",
    "source_stem",
]

ELEVENLABS_MODES = ("automatic", "manual")
"""ElevenLabs' dubbing modes (``manual`` needs ``dubbing_studio``)."""
MIXING_MODES = ("voiceover_only", "voiceover_with_original_track", "voiceover_without_original_voice")
"""Dubformer's mixing modes."""

# ISO 639 language, then optional script/region/variant subtags: es, fil, pt-BR, zh-Hans, es-419.
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}")
_YOUTUBE_HOSTS = ("youtube.com", "youtu.be", "youtube-nocookie.com")


def check_language_code(name: str, value: object, *, required: bool = True) -> str | None:
    """Return a language code, or raise naming the argument: ``es``, ``fil``, ``pt-BR``, ``es-419``.

    Args:
        name: The argument's name, for the message.
        value: What the caller passed.
        required: Refuse None.

    Returns:
        The code, or None when optional and not given.

    Raises:
        TypeError: If it is not a string.
        ValueError: If it is missing or not shaped like a language code (e.g. ``"es,de"`` or ``"Spanish"``).
    """
    code = check_str(name, value, required=required)
    if code is not None and not _LANGUAGE.fullmatch(code):
        raise ValueError(f"{name} must be one language code such as 'es', 'pt-BR' or 'fr-FR', got {code!r}")
    return code


def _youtube_id(url: str) -> str | None:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not any(host == known or host.endswith("." + known) for known in _YOUTUBE_HOSTS):
        return None
    video = parse_qs(parts.query).get("v", [""])[0]
    if video:
        return video
    segments = [segment for segment in parts.path.split("/") if segment]
    return segments[-1] if segments else None


def source_stem(source: str, *, is_url: bool) -> str:
    """Return the output stem for a source: the file's name without extension, or a YouTube video's id.

    Args:
        source: A local path or an http(s) URL.
        is_url: Whether ``source`` is a URL.

    Returns:
        The stem, made safe by ``safe_component``.
    """
    if is_url:
        name = _youtube_id(source) or posixpath.basename(urlsplit(source).path.rstrip("/"))
    else:
        name = pathlib.Path(source).name
    return safe_component(posixpath.splitext(name)[0] if "." in name.lstrip(".") else name, fallback="dub")


def _given(options: ElevenLabsDubOptions | DubformerDubOptions) -> dict[str, Any]:
    return {key: value for key, value in attrs.asdict(options, recurse=False).items() if value is not None}


def _check_file(name: str, value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str | os.PathLike) or not os.fspath(value):
        raise TypeError(f"{name} must be a path to a file")
    if not pathlib.Path(value).is_file():
        raise ValueError(f"{name}: no such file: {os.fspath(value)!r}")


@attrs.frozen(kw_only=True)
class ElevenLabsDubOptions:
    """The ElevenLabs create options ``dub_file`` passes on; every value is checked when this is made.

    Attributes:
        num_speakers: How many speakers; 0 lets ElevenLabs detect them.
        watermark: Watermark the output video.
        start_time: Start of the part to dub, in seconds.
        end_time: End of the part to dub, in seconds (after ``start_time``).
        highest_resolution: Use the highest resolution available.
        drop_background_audio: Leave the background audio out of the dub.
        use_profanity_filter: Censor profanities in transcripts.
        dubbing_studio: Make the dub editable in Dubbing Studio (``client.dubbing.resource``).
        disable_voice_cloning: Use similar library voices instead of cloning the speakers.
        mode: ``"automatic"`` or ``"manual"`` (manual needs ``dubbing_studio=True`` and ``csv_file``).
        target_accent: An accent to prefer (experimental).
        csv_file: A CSV of transcription/translation metadata (a path).
        foreground_audio_file: For CSV input: the foreground audio (a path).
        background_audio_file: For CSV input: the background audio (a path).
        csv_fps: Frames per second of the CSV's timecodes.

    Raises:
        TypeError: A value has the wrong type.
        ValueError: A value is out of range, or the combination is one ElevenLabs refuses.

    Example:
        >>> ElevenLabsDubOptions(num_speakers=2, watermark=True).as_kwargs()
        {'num_speakers': 2, 'watermark': True}
    """

    num_speakers: int | None = None
    watermark: bool | None = None
    start_time: int | None = None
    end_time: int | None = None
    highest_resolution: bool | None = None
    drop_background_audio: bool | None = None
    use_profanity_filter: bool | None = None
    dubbing_studio: bool | None = None
    disable_voice_cloning: bool | None = None
    mode: str | None = None
    target_accent: str | None = None
    csv_file: str | os.PathLike[str] | None = None
    foreground_audio_file: str | os.PathLike[str] | None = None
    background_audio_file: str | os.PathLike[str] | None = None
    csv_fps: float | None = None

    def __attrs_post_init__(self) -> None:
        """Check every value (the same checks ``client.dubbing.create`` makes, before any upload)."""
        check_int("num_speakers", self.num_speakers, minimum=0)
        start = check_int("start_time", self.start_time, minimum=0)
        end = check_int("end_time", self.end_time, minimum=0)
        if start is not None and end is not None and end <= start:
            raise ValueError(f"end_time ({end}) must be after start_time ({start})")
        for flag in ("watermark", "highest_resolution", "drop_background_audio", "use_profanity_filter",
                     "dubbing_studio", "disable_voice_cloning"):  # fmt: skip
            check_bool(flag, getattr(self, flag))
        mode = check_choice("mode", self.mode, ELEVENLABS_MODES)
        if mode == "manual" and not (self.dubbing_studio and self.csv_file is not None):
            raise ValueError("mode='manual' needs dubbing_studio=True and a csv_file")
        check_str("target_accent", self.target_accent)
        check_number("csv_fps", self.csv_fps, positive=True)
        for name in ("csv_file", "foreground_audio_file", "background_audio_file"):
            _check_file(name, getattr(self, name))
        for name in ("foreground_audio_file", "background_audio_file"):
            if getattr(self, name) is not None and self.csv_file is None:
                raise ValueError(f"{name} is only used with csv_file")

    def as_kwargs(self) -> dict[str, Any]:
        """Return the options given (not None), as keyword arguments of ``client.dubbing.create``.

        Returns:
            The arguments.
        """
        return _given(self)


@attrs.frozen(kw_only=True)
class DubformerDubOptions:
    """The Dubformer create options ``dub_file`` passes on; every value is checked when this is made.

    Attributes:
        mixing_mode: ``voiceover_only``, ``voiceover_with_original_track`` or ``voiceover_without_original_voice``.
        use_emotional_transfer: Use emotional (less stable) soundalike voices.
        use_soundalike_voices: Use soundalike voices (subscription only).
        source_script_content: A transcript of the source: srt, vtt or plain text (Pro subscription).
        glossary_content: A TSV translation glossary (Pro subscription).

    Raises:
        TypeError: A value has the wrong type.
        ValueError: A value is not one Dubformer accepts.

    Example:
        >>> DubformerDubOptions(mixing_mode="voiceover_only").as_kwargs()
        {'mixing_mode': 'voiceover_only'}
    """

    mixing_mode: str | None = None
    use_emotional_transfer: bool | None = None
    use_soundalike_voices: bool | None = None
    source_script_content: str | None = None
    glossary_content: str | None = None

    def __attrs_post_init__(self) -> None:
        """Check every value (the same checks ``client.projects.create`` makes)."""
        check_choice("mixing_mode", self.mixing_mode, MIXING_MODES)
        check_bool("use_emotional_transfer", self.use_emotional_transfer)
        check_bool("use_soundalike_voices", self.use_soundalike_voices)
        for name in ("source_script_content", "glossary_content"):
            text = check_str(name, getattr(self, name))
            if text is not None and not text.strip():
                raise ValueError(f"{name} must not be blank")

    def as_kwargs(self) -> dict[str, Any]:
        """Return the options given (not None), as keyword arguments of ``client.projects.create``.

        Returns:
            The arguments.
        """
        return _given(self)
