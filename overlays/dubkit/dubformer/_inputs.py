"""Turn Dubformer method arguments into generated request models, and answers into what a method returns.

The shared core of the sync and async resources (which are one source, ``_async/``, and its generated twin),
so both validate and interpret exactly alike.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import httpx2
from dubkit_dubformer.models import (
    CreateProjectRequest,
    MixingMode,
    Project,
    ProjectStatus,
    RetranslationRequest,
    ScriptSegment,
    TargetSpeaker,
    VoiceStyle,
)
from dubkit_dubformer.types import UNSET, Unset

from dubkit._errors import BadRequestError
from dubkit._literals import OutputKind
from dubkit._retry import retry_after_seconds
from dubkit._validation import check_bool, check_enum, check_http_url, check_str
from dubkit._waiting import Observation

from .types import RetranslationCheck

__all__ = [
    "OutputKind",
    "Script",
    "Speakers",
    "check_from_error",
    "check_output",
    "classify_status",
    "create_body",
    "error_message",
    "idempotency_key",
    "observation",
    "output_url",
    "retranslation_body",
]

Script = Iterable[ScriptSegment | Mapping[str, Any]]
Speakers = Iterable[TargetSpeaker | Mapping[str, Any]]
_STATES = {ProjectStatus.READY: "done", ProjectStatus.ERROR: "failed", ProjectStatus.IN_PROGRESS: "running"}


def _text(name: str, value: object, *, required: bool = False) -> str | Unset:
    checked = check_str(name, value, required=required)
    return UNSET if checked is None else checked


def _flag(name: str, value: object) -> bool | Unset:
    checked = check_bool(name, value)
    return UNSET if checked is None else checked


def mixing_mode(value: object) -> MixingMode | Unset:
    """Return a mixing mode from a ``MixingMode`` or its string value.

    Args:
        value: The caller's value, or None.

    Returns:
        The mode, or UNSET for None.

    Raises:
        ValueError: If the value is not one of the three modes.
    """
    mode = check_enum("mixing_mode", value, MixingMode)
    return UNSET if mode is None else mode


def idempotency_key(value: str | None) -> str:
    """Return the caller's idempotency key, or a new UUID4 made once for this call.

    Args:
        value: The caller's key, if any.

    Returns:
        The key to send on every attempt of the call.

    Raises:
        ValueError: If the caller's key is empty or longer than 255 characters.
    """
    if value is None:
        return str(uuid.uuid4())
    if not isinstance(value, str) or not value.strip() or len(value) > 255:  # noqa: PLR2004
        raise ValueError("idempotency_key must be a non-empty string of at most 255 characters")
    return value


def create_body(
    *,
    source_lang: object,
    target_lang: object,
    source_video_url: object,
    name: object,
    mixing_mode_value: object,
    use_emotional_transfer: object,
    use_soundalike_voices: object,
    source_script_content: object,
    glossary_content: object,
) -> CreateProjectRequest:
    """Build and validate the create-project body.

    Args:
        source_lang: Source language without locale (e.g. ``"en"``).
        target_lang: Target language with locale (e.g. ``"fr-FR"``).
        source_video_url: A direct video link or a YouTube link.
        name: The project's name, or None.
        mixing_mode_value: A ``MixingMode`` or its value, or None.
        use_emotional_transfer: Use emotional soundalike voices, or None.
        use_soundalike_voices: Use soundalike voices (subscription only), or None.
        source_script_content: The source transcript (srt, vtt or text), or None.
        glossary_content: A TSV translation glossary, or None.

    Returns:
        The generated request model.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If a required argument is empty or a value is not allowed.
    """
    video_url = check_http_url("source_video_url", source_video_url)
    return CreateProjectRequest(
        source_lang=str(_text("source_lang", source_lang, required=True)),
        target_lang=str(_text("target_lang", target_lang, required=True)),
        source_video_url=video_url,
        name=_text("name", name),
        mixing_mode=mixing_mode(mixing_mode_value),
        use_emotional_transfer=_flag("use_emotional_transfer", use_emotional_transfer),
        use_soundalike_voices=_flag("use_soundalike_voices", use_soundalike_voices),
        source_script_content=_text("source_script_content", source_script_content),
        glossary_content=_text("glossary_content", glossary_content),
    )


def _segment(index: int, item: ScriptSegment | Mapping[str, Any]) -> ScriptSegment:
    if isinstance(item, ScriptSegment):
        segment = item
    elif isinstance(item, Mapping):
        missing = {"start_ms", "end_ms", "text", "speaker_id"} - set(item)
        if missing:
            raise ValueError(f"target_script[{index}] is missing {', '.join(sorted(missing))}")
        segment = ScriptSegment.from_dict(dict(item))
    else:
        raise TypeError(f"target_script[{index}] must be a ScriptSegment or a mapping")
    for field in ("start_ms", "end_ms", "speaker_id"):
        value = getattr(segment, field)
        if not isinstance(value, int) or isinstance(value, bool) or (field != "speaker_id" and value < 0):
            raise ValueError(f"target_script[{index}].{field} must be a non-negative int, got {value!r}")
    if segment.end_ms < segment.start_ms:
        raise ValueError(f"target_script[{index}] ends ({segment.end_ms}) before it starts ({segment.start_ms})")
    if not isinstance(segment.text, str):
        raise TypeError(f"target_script[{index}].text must be a str")
    return segment


def _speaker(index: int, item: TargetSpeaker | Mapping[str, Any]) -> TargetSpeaker:
    if isinstance(item, TargetSpeaker):
        return item
    if not isinstance(item, Mapping):
        raise TypeError(f"target_speakers[{index}] must be a TargetSpeaker or a mapping")
    missing = {"speaker_id", "voice_key", "style"} - set(item)
    if missing:
        raise ValueError(f"target_speakers[{index}] is missing {', '.join(sorted(missing))}")
    if not isinstance(item["voice_key"], str) or not item["voice_key"].strip():
        raise ValueError(f"target_speakers[{index}].voice_key must be a non-empty str")
    try:
        style = VoiceStyle(item["style"])
    except ValueError:
        allowed = ", ".join(s.value for s in VoiceStyle)
        raise ValueError(f"target_speakers[{index}].style must be one of {allowed}; got {item['style']!r}") from None
    return TargetSpeaker(speaker_id=item["speaker_id"], voice_key=item["voice_key"], style=style)


def retranslation_body(
    target_script: Iterable[ScriptSegment | Mapping[str, Any]],
    target_speakers: Iterable[TargetSpeaker | Mapping[str, Any]],
    mixing_mode_value: object,
) -> RetranslationRequest:
    """Build and validate a re-translation body.

    Args:
        target_script: The lines to dub, as ``ScriptSegment`` models or mappings.
        target_speakers: The speakers, as ``TargetSpeaker`` models or mappings.
        mixing_mode_value: A ``MixingMode`` or its value, or None.

    Returns:
        The generated request model.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the script or speakers are empty or inconsistent.
    """
    for name, value in (("target_script", target_script), ("target_speakers", target_speakers)):
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
            raise TypeError(f"{name} must be a list, not {type(value).__name__}")
    script = [_segment(i, item) for i, item in enumerate(target_script)]
    speakers = [_speaker(i, item) for i, item in enumerate(target_speakers)]
    if not script:
        raise ValueError("target_script must not be empty")
    if not speakers:
        raise ValueError("target_speakers must not be empty")
    ids = [speaker.speaker_id for speaker in speakers]
    if len(set(ids)) != len(ids):
        raise ValueError(f"target_speakers has duplicate speaker_id values: {ids}")
    unknown = sorted({segment.speaker_id for segment in script} - set(ids))
    if unknown:
        raise ValueError(f"target_script uses speaker_id {unknown} that target_speakers does not define")
    return RetranslationRequest(
        target_script=script, target_speakers=speakers, mixing_mode=mixing_mode(mixing_mode_value)
    )


def classify_status(status: str) -> Literal["running", "done", "failed"] | None:
    """Map a project status to the wait states; None for a status dubkit does not know.

    Args:
        status: The status string the API reported.

    Returns:
        ``"done"``, ``"failed"``, ``"running"``, or None.
    """
    try:
        return _STATES[ProjectStatus(status)]  # type: ignore[return-value]
    except ValueError:
        return None


def check_output(output: object) -> None:
    """Refuse an output kind other than ``"video"`` and ``"tts_audio"``.

    Args:
        output: What the caller passed.

    Raises:
        ValueError: For any other value.
    """
    if output not in ("video", "tts_audio"):
        raise ValueError(f"output must be 'video' or 'tts_audio', got {output!r}")


def output_url(project: Project, output: OutputKind) -> str:
    """Return the URL of a ready project's output.

    Args:
        project: The project details.
        output: ``"video"`` or ``"tts_audio"``.

    Returns:
        The URL.

    Raises:
        ValueError: If ``output`` is unknown, or the project has no such output (yet).
    """
    check_output(output)
    url = project.output_video_url if output == "video" else project.output_tts_audio_url
    if not isinstance(url, str) or not url:
        status = project.status.value if isinstance(project.status, ProjectStatus) else project.status
        raise ValueError(f"the project has no {output} output (status: {status}); wait() for it to be ready first")
    return url


def observation(project: Project, headers: httpx2.Headers) -> Observation[Project]:
    """Return what one poll of a project saw, for ``wait``.

    Args:
        project: The project details.
        headers: The answer's headers (a ``Retry-After`` sets the next poll).

    Returns:
        The observation.
    """
    status = project.status
    return Observation(
        state=project,
        status=status.value if isinstance(status, ProjectStatus) else str(status),
        # Uncapped, as for a 429: wait() has its own deadline.
        retry_after=retry_after_seconds(headers, cap=None),
    )


def error_message(project: Project) -> str | None:
    """Return a failed project's error message, if the API gave one.

    Args:
        project: The project details.

    Returns:
        The message, or None.
    """
    return project.error_message if isinstance(project.error_message, str) else None


def check_from_error(error: BadRequestError) -> RetranslationCheck:
    """Turn the API's refusal of a re-translation into a ``RetranslationCheck`` value.

    Args:
        error: The 400 answer to a validation request.

    Returns:
        ``valid=False`` with the API's message and error type.
    """
    body = error.body if isinstance(error.body, dict) else {}
    message = body.get("message")
    return RetranslationCheck(
        valid=False, message=message if isinstance(message, str) else str(error), error_type=error.error_type
    )
