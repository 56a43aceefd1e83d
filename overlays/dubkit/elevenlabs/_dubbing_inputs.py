"""Build and check the arguments of ``client.dubbing`` methods and read their answers: the twins' shared core."""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Callable, Iterator
from typing import Any, Literal, TypeVar

import httpx2
from dubkit_elevenlabs.models import (
    CreateDubbingBody,
    CreateDubbingBodyMode,
    DubbingMetadataPageResponseModel,
    DubbingMetadataResponse,
    GetDubbingTranscriptsFormatType,
    ListDubsCreationSourcesType0Item,
    ListDubsDubbingModelsType0Item,
    ListDubsDubbingStatus,
    ListDubsDubbingStatusesType0Item,
    ListDubsFilterByCreator,
    ListDubsOrderBy,
    ListDubsOrderDirection,
)
from dubkit_elevenlabs.types import UNSET, Unset

from dubkit._errors import TooEarlyError
from dubkit._http import on_unparsable
from dubkit._pagination import Page
from dubkit._retry import retry_after_seconds
from dubkit._validation import (
    check_bool,
    check_choice,
    check_enum,
    check_http_url,
    check_int,
    check_number,
    check_path_segment,
    check_str,
)
from dubkit._waiting import JobState, Observation

from ._lists import enum_list, string_list
from ._uploads import FileInput, declare_multipart, open_upload

__all__ = [
    "DUBBING_STATUSES",
    "MODES",
    "TRANSCRIPT_FORMATS",
    "OnUpdate",
    "TranscriptAnswer",
    "check_language",
    "classify_dubbing",
    "create_body",
    "dubbing_error",
    "dubbing_observation",
    "list_filters",
    "not_ready_hint",
    "page",
    "transcript_answer",
    "transcript_format",
    "transcripts_format",
    "unset",
]

T = TypeVar("T")

DUBBING_STATUSES: dict[str, JobState] = {
    "queued": "running", "preparing": "running", "cloning": "running", "dubbing": "running",
    "dubbed": "done", "failed": "failed",
}  # fmt: skip
"""The statuses of a dub the 2026 document names, its examples included (``queued``, ``preparing``,
``cloning``); any other is treated as still running (and logged once)."""
MODES = tuple(mode.value for mode in CreateDubbingBodyMode)
"""The create modes the spec lists (an enum since the 2026-08-22 document; null is no longer accepted)."""
TRANSCRIPT_FORMATS = ("srt", "webvtt")
OnUpdate = Callable[[DubbingMetadataResponse], None]
_PAGE_SIZE_LIMIT = 200


def unset(value: T | None) -> T | Unset:
    """Return ``value``, or the generated ``UNSET`` for None, so only given fields are sent."""
    return UNSET if value is None else value


def check_language(name: str, value: object, *, required: bool = True) -> str | None:
    """Return a language code argument, or raise naming it.

    Args:
        name: The argument's name.
        value: What the caller passed.
        required: Refuse None.

    Returns:
        The code (e.g. ``"es"``), or None when optional and not given.

    Raises:
        TypeError: If it is not a string.
        ValueError: If it is missing, blank, contains white space or ``/``, or is ``.``/``..`` in any spelling.
    """
    code = check_str(name, value, required=required)
    if code is not None and (not code.strip() or any(c.isspace() or c == "/" for c in code)):
        raise ValueError(f"{name} must be a language code such as 'es' or 'pt-BR', got {code!r}")
    return None if code is None else check_path_segment(name, code)


def create_body(
    stack: contextlib.ExitStack,
    *,
    file: FileInput | None,
    source_url: object,
    target_lang: object,
    source_lang: object,
    name: object,
    csv_file: FileInput | None,
    foreground_audio_file: FileInput | None,
    background_audio_file: FileInput | None,
    target_accent: object,
    num_speakers: object,
    watermark: object,
    start_time: object,
    end_time: object,
    highest_resolution: object,
    drop_background_audio: object,
    use_profanity_filter: object,
    dubbing_studio: object,
    disable_voice_cloning: object,
    mode: object,
    csv_fps: object,
) -> CreateDubbingBody:
    """Check every create-dubbing argument and build the multipart body (files opened on ``stack``).

    Args:
        stack: Closes the files opened here when the call ends.
        file: The media to dub (path, binary file object, or ``(name, file[, type])``).
        source_url: Or the URL of the media.
        target_lang: The language to dub into.
        source_lang: The source language (the API detects it when not given).
        name: The dub's name.
        csv_file: A CSV of transcription/translation metadata.
        foreground_audio_file: For CSV input: the foreground audio.
        background_audio_file: For CSV input: the background audio.
        target_accent: An accent to prefer (experimental).
        num_speakers: Speakers to use; 0 detects them.
        watermark: Watermark the output video.
        start_time: Start of the part to dub, in seconds.
        end_time: End of the part to dub, in seconds.
        highest_resolution: Use the highest resolution available.
        drop_background_audio: Drop the background audio from the dub.
        use_profanity_filter: Censor profanities in transcripts.
        dubbing_studio: Prepare the dub for editing (needed for ``client.dubbing.resource``).
        disable_voice_cloning: Use library voices instead of clones.
        mode: ``"automatic"`` or ``"manual"``.
        csv_fps: Frames per second for CSV timecodes.

    Returns:
        The generated body; fields not given are left out, so the API's defaults apply.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If an argument is not acceptable (nothing has been sent).
    """
    if (file is None) == (source_url is None):
        raise ValueError("pass exactly one of file or source_url" + (", not both" if file is not None else ""))
    url = check_http_url("source_url", source_url) if source_url is not None else None
    start = check_int("start_time", start_time, minimum=0)
    end = check_int("end_time", end_time, minimum=0)
    if start is not None and end is not None and end <= start:
        raise ValueError(f"end_time ({end}) must be after start_time ({start})")
    for flag, value in (
        ("foreground_audio_file", foreground_audio_file),
        ("background_audio_file", background_audio_file),
    ):
        if value is not None and csv_file is None:
            raise ValueError(f"{flag} is only used with csv_file")
    # Every check above runs before any file is opened, so a bad argument leaves nothing open.
    scalars: dict[str, Any] = {
        "source_url": url,
        "target_lang": check_language("target_lang", target_lang),
        "source_lang": check_language("source_lang", source_lang, required=False),
        "name": check_str("name", name),
        "target_accent": check_str("target_accent", target_accent),
        "num_speakers": check_int("num_speakers", num_speakers, minimum=0),
        "watermark": check_bool("watermark", watermark),
        "start_time": start,
        "end_time": end,
        "highest_resolution": check_bool("highest_resolution", highest_resolution),
        "drop_background_audio": check_bool("drop_background_audio", drop_background_audio),
        "use_profanity_filter": check_bool("use_profanity_filter", use_profanity_filter),
        "dubbing_studio": check_bool("dubbing_studio", dubbing_studio),
        "disable_voice_cloning": check_bool("disable_voice_cloning", disable_voice_cloning),
        "mode": check_enum("mode", mode, CreateDubbingBodyMode),
        "csv_fps": check_number("csv_fps", csv_fps, positive=True),
    }
    declare_multipart(stack)
    uploads = {
        field: open_upload(field, value, stack)
        for field, value in (
            ("file", file),
            ("csv_file", csv_file),
            ("foreground_audio_file", foreground_audio_file),
            ("background_audio_file", background_audio_file),
        )
        if value is not None
    }
    fields = {key: unset(value) for key, value in {**scalars, **uploads}.items()}
    return CreateDubbingBody(**fields)


def dubbing_observation(dub: DubbingMetadataResponse, headers: httpx2.Headers) -> Observation[DubbingMetadataResponse]:
    """Return one poll's observation of a dub.

    Args:
        dub: The dub's metadata.
        headers: The response headers (a ``Retry-After`` lengthens the next wait).

    Returns:
        The observation.
    """
    return Observation(state=dub, status=str(dub.status), retry_after=retry_after_seconds(headers, cap=None))


def classify_dubbing(status: str) -> JobState | None:
    """Map a dub's status to the wait states; None for a status dubkit does not know.

    Args:
        status: The status the API reported.

    Returns:
        ``"running"``, ``"done"``, ``"failed"`` or None.
    """
    return DUBBING_STATUSES.get(status)


def dubbing_error(dub: DubbingMetadataResponse) -> str | None:
    """Return a failed dub's error message, if the API gave one.

    Args:
        dub: The dub's metadata.

    Returns:
        The message, or None.
    """
    return dub.error if isinstance(dub.error, str) and dub.error else None


def transcript_format(value: object) -> Literal["srt", "webvtt"]:
    """Return a transcript format, or raise naming the accepted ones.

    Args:
        value: What the caller passed.

    Returns:
        ``"srt"`` or ``"webvtt"``.

    Raises:
        ValueError: For any other value (the API's transcript endpoint serves only these two).
    """
    checked = check_choice("format", value, TRANSCRIPT_FORMATS)
    if checked is None:
        raise ValueError("format must be one of 'srt', 'webvtt'; got None")
    return checked  # type: ignore[return-value]


def transcripts_format(value: object) -> GetDubbingTranscriptsFormatType:
    """Return the format of ``client.dubbing.transcripts.get``, or raise naming the accepted ones.

    Args:
        value: What the caller passed.

    Returns:
        ``srt``, ``webvtt`` or ``json``.

    Raises:
        ValueError: For any other value, None included.
    """
    kind = check_enum("format_type", value, GetDubbingTranscriptsFormatType)
    if kind is None:
        raise ValueError("format_type is required: 'srt', 'webvtt' or 'json'")
    return kind


@dataclasses.dataclass(frozen=True)
class TranscriptAnswer:
    """The deprecated transcript call's answer, shaped like a generated ``Response`` (for ``expect``)."""

    parsed: str
    headers: httpx2.Headers
    content: bytes
    status_code: int


def _subtitle_text(response: httpx2.Response) -> str:
    if "json" not in response.headers.get("content-type", ""):
        return response.text
    value = json.loads(response.content)
    if not isinstance(value, str):
        raise TypeError(f"expected subtitle text, got JSON {type(value).__name__}")
    return value


def transcript_answer(response: httpx2.Response) -> TranscriptAnswer:
    """Read the subtitle text of the deprecated transcript call, sent as text or as a JSON string.

    Args:
        response: The successful answer (read).

    Returns:
        The text, with the answer's headers.

    Raises:
        ResponseValidationError: A JSON answer that is not a string (e.g. the JSON transcript), or a JSON
            answer that is not JSON at all once asked again as any GET is (``on_unparsable``).
    """
    try:
        text = _subtitle_text(response)
    except (ValueError, TypeError) as error:
        on_unparsable(response, error)  # raises dubkit's error, or signals that the call is asked again
        raise
    return TranscriptAnswer(text, response.headers, response.content, response.status_code)


def list_filters(
    *,
    page_size: object,
    dubbing_status: object,
    filter_by_creator: object,
    dubbing_statuses: object = None,
    dubbing_models: object = None,
    target_language_codes: object = None,
    creation_sources: object = None,
    order_by: object = None,
    order_direction: object = None,
) -> dict[str, Any]:
    """Check the filters of ``client.dubbing.list`` (see its docstring) and return them as the query's arguments.

    Args:
        page_size: Dubs per request, 1 to 200, or None.
        dubbing_status: A status name, or None.
        filter_by_creator: ``"personal"``, ``"others"``, ``"all"``, or None.
        dubbing_statuses: Status names (the 2026 list filter, which knows ``queued`` and ``preparing``).
        dubbing_models: Model generations, ``"dubbing_v1"`` or ``"dubbing_v2"``.
        target_language_codes: Language codes, e.g. ``["es", "pt-BR"]``.
        creation_sources: ``"dubbing_api"``, ``"dubbing_ui"`` or ``"flow_node"``.
        order_by: ``"created_at"`` or ``"name"``.
        order_direction: ``"DESCENDING"`` or ``"ASCENDING"``.

    Returns:
        The generated ``list_dubs`` keyword arguments (``UNSET`` where not given), without the cursor.

    Raises:
        TypeError: If a list filter is not a list of strings.
        ValueError: On a value out of range or unknown.
    """
    size = check_int("page_size", page_size, minimum=1)
    if size is not None and size > _PAGE_SIZE_LIMIT:
        raise ValueError(f"page_size must be at most {_PAGE_SIZE_LIMIT}, got {size}")
    languages = string_list("target_language_codes", target_language_codes)
    for index, code in enumerate(languages or []):
        check_language(f"target_language_codes[{index}]", code)
    given = {
        "page_size": size,
        "dubbing_status": check_enum("dubbing_status", dubbing_status, ListDubsDubbingStatus),
        "dubbing_statuses": enum_list("dubbing_statuses", dubbing_statuses, ListDubsDubbingStatusesType0Item),
        "dubbing_models": enum_list("dubbing_models", dubbing_models, ListDubsDubbingModelsType0Item),
        "target_language_codes": languages,
        "creation_sources": enum_list("creation_sources", creation_sources, ListDubsCreationSourcesType0Item),
        "filter_by_creator": check_enum("filter_by_creator", filter_by_creator, ListDubsFilterByCreator),
        "order_by": check_enum("order_by", order_by, ListDubsOrderBy),
        "order_direction": check_enum("order_direction", order_direction, ListDubsOrderDirection),
    }
    return {key: unset(value) for key, value in given.items()}


def page(listing: DubbingMetadataPageResponseModel) -> Page[DubbingMetadataResponse]:
    """Turn one answer of the list endpoint into a cursor page.

    Args:
        listing: The answer.

    Returns:
        The page, with the next cursor when there is one.
    """
    cursor = listing.next_cursor if isinstance(listing.next_cursor, str) else None
    return Page(listing.dubs, next_cursor=cursor, has_more=listing.has_more)


@contextlib.contextmanager
def not_ready_hint(dubbing_id: str) -> Iterator[None]:
    """Add to a 425 answer raised inside the hint of what to do about a dub that is not finished.

    Args:
        dubbing_id: The dub's id.

    Yields:
        Nothing; wrap the call that fetches the dub's files or transcripts.

    Raises:
        TooEarlyError: As raised inside, with its hint.
    """
    try:
        yield
    except TooEarlyError as error:
        error.with_hint(f"The dub is not finished: call client.dubbing.wait({dubbing_id!r}) first, or pass wait=True")
        raise error from None
