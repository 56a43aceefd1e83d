"""Check and build the arguments of ``client.dubbing.resource`` methods, shared by the sync and async twins."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

import httpx2
from dubkit_elevenlabs.models import (
    AddResourceLanguageBody,
    CreateSpeakerBody,
    DubbingResource,
    DubSegmentsBody,
    MigrateSegmentsBody,
    Render,
    RenderDubbingBody,
    RenderType,
    SegmentCreatePayload,
    SegmentCreatePayloadTranslationsType0,
    SegmentUpdatePayload,
    TranscribeSegmentsBody,
    TranslateSegmentsBody,
    UpdateSpeakerBody,
)

from dubkit._errors import DownloadError
from dubkit._retry import retry_after_seconds
from dubkit._validation import check_bool, check_choice, check_id, check_number, check_str
from dubkit._waiting import JobState, Observation

from ._bodies import only_given
from ._dubbing_inputs import check_language, unset
from ._lists import string_list

SL = TypeVar("SL", TranslateSegmentsBody, DubSegmentsBody)

__all__ = [
    "RENDER_STATUSES",
    "RENDER_TYPES",
    "OnRenderUpdate",
    "add_language_body",
    "classify_render",
    "path_language",
    "render_body",
    "render_error",
    "render_media_url",
    "render_observation",
    "segment_create_body",
    "segment_update_body",
    "segments_languages_body",
    "speaker_update_body",
    "transcribe_body",
]

RENDER_STATUSES: dict[str, JobState] = {"processing": "running", "complete": "done", "failed": "failed"}
"""The documented statuses of a render; any other is treated as still running (and logged once)."""
RENDER_TYPES = tuple(kind.value for kind in RenderType)
"""The render types the spec's ``RenderType`` enum allows."""

OnRenderUpdate = Callable[[Render], None]


def path_language(name: str, value: object) -> str:
    """Return a language code that goes into a URL path, or raise naming the argument.

    Args:
        name: The argument's name.
        value: What the caller passed.

    Returns:
        The code.

    Raises:
        TypeError: If it is not a string.
        ValueError: If it is empty or not a language code (white space, ``/``, ``..``, control characters).
    """
    return check_id(name, check_language(name, value))


def _segment_ids(value: object, name: str = "segments") -> list[str]:
    ids = string_list(name, value, required=True) or []
    for index, segment_id in enumerate(ids):
        check_id(f"{name}[{index}]", segment_id)
    return ids


def _languages(value: object) -> list[str] | None:
    """Return the languages an operation is limited to, or None for every target language."""
    if value is None:
        return None
    try:
        codes = string_list("languages", value, required=True) or []
    except ValueError:
        # The API reads [] as "every language": say so rather than send a list that may be empty by accident.
        raise ValueError("languages must not be empty; pass None to address every target language") from None
    for index, code in enumerate(codes):
        check_language(f"languages[{index}]", code)
    return codes


def _time(name: str, value: object) -> float | None:
    seconds = check_number(name, value)
    if seconds is not None and seconds < 0:
        raise ValueError(f"{name} must be >= 0 seconds, got {value!r}")
    return seconds


def _required_time(name: str, value: object) -> float:
    seconds = _time(name, value)
    if seconds is None:
        raise ValueError(f"{name} is required")
    return seconds


def _translations(value: object) -> SegmentCreatePayloadTranslationsType0 | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise TypeError(f"translations must be a mapping of language code to text, not {type(value).__name__}")
    by_language = SegmentCreatePayloadTranslationsType0()
    for language, text in value.items():
        code = check_language("translations key", language)
        if not isinstance(text, str):
            raise TypeError(f"translations[{language!r}] must be a str, not {type(text).__name__}")
        by_language[str(code)] = text
    return by_language


def _check_order(start: float | None, end: float | None) -> None:
    if start is not None and end is not None and not start < end:
        raise ValueError(f"start_time ({start:g}) must be before end_time ({end:g})")


def _share(name: str, value: object) -> float | None:
    number = check_number(name, value)
    if number is not None and not 0.0 <= number <= 1.0:
        raise ValueError(f"{name} must be between 0.0 and 1.0, got {number}")
    return number


def speaker_create_body(
    speaker_name: object, voice_id: object, stability: object, similarity: object, style: object
) -> CreateSpeakerBody:
    """Check the arguments of a new speaker and build its body (only the given fields are sent).

    Args:
        speaker_name: A name, or None.
        voice_id: A library voice id or ``"track-clone"`` / ``"clip-clone"``, or None.
        stability: 0.0 to 1.0, or None.
        similarity: 0.0 to 1.0, or None.
        style: 0.0 to 1.0, or None.

    Returns:
        The body.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If a setting is outside 0-1 or a text is empty.
    """
    return only_given(
        CreateSpeakerBody,
        speaker_name=unset(check_str("speaker_name", speaker_name)),
        voice_id=unset(None if voice_id is None else check_id("voice_id", voice_id)),
        voice_stability=unset(_share("voice_stability", stability)),
        voice_similarity=unset(_share("voice_similarity", similarity)),
        voice_style=unset(_share("voice_style", style)),
    )


def migrate_segments_body(segment_ids: object, speaker_id: object) -> MigrateSegmentsBody:
    """Check a segment migration and build its body.

    Args:
        segment_ids: The segments to move (a non-empty sequence of ids).
        speaker_id: The speaker that takes them.

    Returns:
        The body.

    Raises:
        TypeError: If ``segment_ids`` is a bare string or not a sequence.
        ValueError: If it is empty, or an id is bad.
    """
    return MigrateSegmentsBody(
        segment_ids=_segment_ids(segment_ids, "segment_ids"), speaker_id=check_id("speaker_id", speaker_id)
    )


def add_language_body(language: object) -> AddResourceLanguageBody:
    """Build the body that adds a target language.

    Args:
        language: The language code to add.

    Returns:
        The body.

    Raises:
        TypeError: If it is not a string.
        ValueError: If it is missing or not a language code.
    """
    return AddResourceLanguageBody(language=check_language("language", language))


def segment_create_body(
    start_time: object, end_time: object, text: object, translations: object
) -> SegmentCreatePayload:
    """Build the body of a new segment.

    Args:
        start_time: Where it starts, in seconds (>= 0).
        end_time: Where it ends, in seconds (after ``start_time``).
        text: Its source-language text, if known.
        translations: Its text per target language, if known.

    Returns:
        The body; fields not given are left out.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If a time is negative or not finite, or the times are out of order.
    """
    start = _required_time("start_time", start_time)
    end = _required_time("end_time", end_time)
    _check_order(start, end)
    return SegmentCreatePayload(
        start_time=start,
        end_time=end,
        text=unset(check_str("text", text)),
        translations=unset(_translations(translations)),
    )


def segment_update_body(start_time: object, end_time: object, text: object) -> SegmentUpdatePayload:
    """Build the body that changes a segment in one language.

    Args:
        start_time: The new start, in seconds, if it changes.
        end_time: The new end, in seconds, if it changes.
        text: The new text, if it changes.

    Returns:
        The body; fields not given are left out, so they keep their values.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If nothing would change, a time is negative or not finite, or the times are out of order.
    """
    start = _time("start_time", start_time)
    end = _time("end_time", end_time)
    _check_order(start, end)
    new_text = check_str("text", text)
    if start is None and end is None and new_text is None:
        raise ValueError("pass at least one of start_time, end_time and text: there is nothing to update")
    return SegmentUpdatePayload(start_time=unset(start), end_time=unset(end), text=unset(new_text))


def speaker_update_body(voice_id: object, languages: object) -> UpdateSpeakerBody:
    """Build the body that changes a speaker's voice.

    Args:
        voice_id: A library voice id, ``"track-clone"`` or ``"clip-clone"``.
        languages: The target languages to change it in; None for all.

    Returns:
        The body.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If ``voice_id`` is missing or blank (it is the only setting the API can change),
            or ``languages`` is empty.
    """
    if voice_id is None:
        raise ValueError("voice_id is required: it is the only speaker setting the API can change")
    voice = check_str("voice_id", voice_id, required=True)
    return UpdateSpeakerBody(voice_id=voice, languages=unset(_languages(languages)))


def transcribe_body(segments: object) -> TranscribeSegmentsBody:
    """Build the body that re-transcribes segments.

    Args:
        segments: The segment ids.

    Returns:
        The body.

    Raises:
        TypeError: If ``segments`` is not a list of strings (a bare ``str`` is refused).
        ValueError: If it is empty or holds an empty id, or one with ``/`` or ``..``.
    """
    return TranscribeSegmentsBody(segments=_segment_ids(segments))


def segments_languages_body(kind: type[SL], segments: object, languages: object) -> SL:
    """Build the body that re-translates (``TranslateSegmentsBody``) or re-dubs (``DubSegmentsBody``) segments.

    Args:
        kind: Which of the two bodies; both carry the same two lists.
        segments: The segment ids.
        languages: The target languages; None for all (sent as ``null``).

    Returns:
        The body.

    Raises:
        TypeError: If an argument is not a list of strings.
        ValueError: If a list is empty or holds a bad id or language code.
    """
    return kind(segments=_segment_ids(segments), languages=_languages(languages))


def render_body(render_type: object, normalize_volume: object = None) -> RenderDubbingBody:
    """Build the body that starts a render; ``normalize_volume`` is sent only when the caller gave it.

    The generated body defaults ``normalize_volume`` to False, so it is set to UNSET explicitly:
    dubkit never sends a value the caller did not ask for.

    Args:
        render_type: One of ``RENDER_TYPES`` (a string or a ``RenderType``).
        normalize_volume: True or False to ask the API to (not) normalise the volume; None to leave it out.

    Returns:
        The body.

    Raises:
        ValueError: If it is missing or not a render type the API knows.
        TypeError: If ``normalize_volume`` is not a bool.
    """
    kind = check_choice("render_type", render_type, RENDER_TYPES)
    if kind is None:
        raise ValueError(f"render_type is required: one of {', '.join(map(repr, RENDER_TYPES))}")
    normalize = check_bool("normalize_volume", normalize_volume)
    return only_given(RenderDubbingBody, render_type=RenderType(kind), normalize_volume=unset(normalize))


def render_observation(
    resource: DubbingResource, headers: httpx2.Headers, dubbing_id: str, render_id: str
) -> Observation[Render]:
    """Return one poll's observation of a render, read from its dub's resource.

    The API records a render before ``render()`` returns its id, so an id missing from the resource
    is one the caller got wrong (or a render the API no longer keeps): waiting would never end.

    Args:
        resource: The dub's resource.
        headers: The response headers (a ``Retry-After`` lengthens the next wait).
        dubbing_id: The dub's id.
        render_id: The render's id.

    Returns:
        The observation.

    Raises:
        ValueError: If the resource has no render with that id.
    """
    if render_id not in resource.renders:
        known = ", ".join(map(repr, resource.renders.additional_keys)) or "none"
        raise ValueError(f"dub {dubbing_id!r} has no render {render_id!r} (its renders: {known})")
    render = resource.renders[render_id]
    return Observation(state=render, status=str(render.status), retry_after=retry_after_seconds(headers, cap=None))


def classify_render(status: str) -> JobState | None:
    """Map a render's status to the wait states; None for a status dubkit does not know.

    Args:
        status: The status the API reported.

    Returns:
        ``"running"``, ``"done"``, ``"failed"`` or None.
    """
    return RENDER_STATUSES.get(status)


def render_error(render: Render) -> str | None:
    """Return why a render failed: the API gives no reason, so there is none to return.

    Args:
        render: The failed render.

    Returns:
        None.
    """
    return None


def render_media_url(render: Render, base_url: httpx2.URL) -> tuple[str, bool]:
    """Return where a completed render's file is, and whether that is the API's own origin.

    Args:
        render: A render in status ``complete``.
        base_url: The API base URL (a relative media URL is resolved against it).

    Returns:
        The absolute URL, and True if it is on the API origin (so the key may be sent with it).

    Raises:
        DownloadError: If the render has no file.
    """
    if render.media_ref is None:
        raise DownloadError(f"render {render.id!r} is complete but has no file", url="", received=0, expected=None)
    url = base_url.join(render.media_ref.url)
    same_origin = (url.scheme, url.host, url.port) == (base_url.scheme, base_url.host, base_url.port)
    return str(url), same_origin
