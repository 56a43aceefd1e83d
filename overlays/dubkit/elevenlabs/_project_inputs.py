"""Check the arguments of ``client.dubbing.project`` methods and read their answers: the twins' shared core."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import httpx2
from dubkit_elevenlabs.models import (
    CreateDubbingLanguageBody,
    CreateDubbingLanguageBodyTranslationsType0,
    CreateDubbingProjectBody,
    DubbingBulkSegmentUpdateRequest,
    DubbingBulkSegmentUpdateRequestSegments,
    DubbingBulkTargetSegmentUpdateRequest,
    DubbingBulkTargetSegmentUpdateRequestSegments,
    DubbingLanguageResponse,
    DubbingProjectResponse,
    DubbingSegmentCreateRequest,
    DubbingSegmentUpdateRequest,
    DubbingTargetSegmentUpdateRequest,
    ListDubbingProjectsSortDirection,
)
from dubkit_elevenlabs.types import Unset

from dubkit._pagination import Page
from dubkit._retry import retry_after_seconds
from dubkit._validation import check_choice, check_enum, check_http_url, check_id, check_int, check_number, check_str
from dubkit._waiting import JobState, Observation

from ._bodies import only_given
from ._dubbing_inputs import check_language, unset
from ._lists import string_list
from ._uploads import FileInput, open_upload

__all__ = [
    "LANGUAGE_STATUSES",
    "PROJECT_STATUSES",
    "OnLanguageUpdate",
    "OnProjectUpdate",
    "check_segment_id",
    "create_language_body",
    "create_project_body",
    "create_segment_body",
    "cursor_page",
    "failure_message",
    "language_observation",
    "list_filters",
    "output_url",
    "project_observation",
    "segment_update",
    "segments_update",
    "target_segment_update",
    "target_segments_update",
]

PROJECT_STATUSES: dict[str, JobState] = {
    "queued": "running", "preparing": "running", "processing": "running", "ready": "done", "failed": "failed",
}  # fmt: skip
"""A project's documented statuses; any other is still running (and logged once)."""
LANGUAGE_STATUSES: dict[str, JobState] = {
    "queued": "running", "processing": "running", "stale": "running", "completed": "done", "failed": "failed",
}  # fmt: skip
"""A language target's documented statuses: ``stale`` waits for the regeneration that brings it up to date."""
_PAGE_SIZE_LIMIT = 100
_MAX_SEGMENTS = 500
T = TypeVar("T")
OnProjectUpdate = Callable[[DubbingProjectResponse], None]
OnLanguageUpdate = Callable[[DubbingLanguageResponse], None]


def _language(name: str, value: object, *, required: bool = False) -> str | None:
    code = check_language(name, value, required=required)
    if code is not None and not code.replace("-", "").isalnum():
        raise ValueError(f"{name} must be a BCP-47 language tag such as 'es' or 'es-MX', got {code!r}")
    return code


def create_project_body(
    stack: contextlib.ExitStack,
    *,
    file: FileInput | None,
    source_url: object,
    reference: object,
    source_language: object,
    model_id: object,
    keyterms: object,
    webhook_ids: object,
    target_language: object,
    transcript: FileInput | None,
) -> CreateDubbingProjectBody:
    """Check the create-project arguments and build the multipart body (files opened last, in ``stack``).

    Args:
        stack: Closes the opened files once the request is sent.
        file: The source media (path, binary file object, or ``(name, file[, content_type])``).
        source_url: Or a public URL of the media.
        reference: Your own identifier for the project (at most 500 characters).
        source_language: The source's BCP-47 tag; detected when not given.
        model_id: ``"dubbing_v1"`` or ``"dubbing_v2"`` (the spec leaves it open to newer model ids).
        keyterms: Terms to bias transcription and translation toward.
        webhook_ids: Up to 3 workspace webhooks to notify.
        target_language: Also create a language target in this language.
        transcript: A JSON transcript to use instead of transcription (needs ``source_language``).

    Returns:
        The body.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If an argument is not acceptable (before any file is opened).
    """
    if (file is None) == (source_url is None):
        raise ValueError("give exactly one of file and source_url")
    url = None if source_url is None else check_http_url("source_url", source_url)
    ref = check_str("reference", reference)
    if ref is not None and len(ref) > 500:  # noqa: PLR2004 - the documented limit
        raise ValueError(f"reference must be at most 500 characters, got {len(ref)}")
    source = _language("source_language", source_language)
    if transcript is not None and source is None:
        raise ValueError("transcript needs source_language")
    terms = string_list("keyterms", keyterms, non_blank=True)
    hooks = string_list("webhook_ids", webhook_ids, non_blank=True)
    if hooks is not None and len(hooks) > 3:  # noqa: PLR2004 - the documented limit
        raise ValueError(f"webhook_ids holds at most 3 ids, got {len(hooks)}")
    fields: dict[str, Any] = {
        "source_url": url, "reference": ref, "source_language": source,
        "model_id": None if model_id is None else check_id("model_id", model_id),
        "keyterms": terms, "webhook_ids": hooks,
        "target_language": _language("target_language", target_language),
    }  # fmt: skip
    for name, value in (("file", file), ("transcript", transcript)):
        if value is not None:
            fields[name] = open_upload(name, value, stack)
    return only_given(CreateDubbingProjectBody, **{key: unset(value) for key, value in fields.items()})


def create_language_body(target_language: object, translations: object) -> CreateDubbingLanguageBody:
    """Check the arguments that add a language target and build its body.

    Args:
        target_language: The BCP-47 tag to dub into, e.g. ``"fr"`` or ``"es-MX"``.
        translations: Optional ``{segment id or external id: translated text}`` (Enterprise).

    Returns:
        The body.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the language is missing or malformed.
    """
    language = _language("target_language", target_language, required=True)
    given: dict[str, Any] = {"target_language": language}
    if translations is not None:
        if not isinstance(translations, Mapping):
            raise TypeError(
                f"translations must be a mapping of segment ids to texts, not {type(translations).__name__}"
            )
        texts: dict[str, str] = {}
        for key, text in translations.items():
            check_str("translations key", key, required=True)
            check_str(f"translations[{key!r}]", text, required=True)
            texts[key] = text
        given["translations"] = CreateDubbingLanguageBodyTranslationsType0.from_dict(texts)
    return only_given(CreateDubbingLanguageBody, **given)


def check_segment_id(value: object, name: str = "segment_id") -> str:
    """Return a segment id, or raise naming it.

    Args:
        value: What the caller passed.
        name: The argument's name (a bulk edit names the key of its mapping).

    Returns:
        The id.
    """
    return check_id(name, value)


def _times(start_s: object, end_s: object, prefix: str = "") -> tuple[float | None, float | None]:
    start = check_number(f"{prefix}start_s", start_s)
    end = check_number(f"{prefix}end_s", end_s)
    if start is not None and start < 0:
        raise ValueError(f"{prefix}start_s must be >= 0, got {start}")
    if start is not None and end is not None and end <= start:
        raise ValueError(f"{prefix}end_s must be after {prefix}start_s ({start}), got {end}")
    return start, end


def create_segment_body(
    text: object, speaker_id: object, start_s: object, end_s: object
) -> DubbingSegmentCreateRequest:
    """Check a new source segment and build its body.

    Args:
        text: Its text.
        speaker_id: Its speaker.
        start_s: Start, in seconds.
        end_s: End, in seconds (after ``start_s``).

    Returns:
        The body.
    """
    words = check_str("text", text, required=True)
    speaker = check_id("speaker_id", speaker_id)
    start, end = _times(start_s, end_s)
    if start is None or end is None:
        raise ValueError("start_s and end_s are required")
    return DubbingSegmentCreateRequest(text=str(words), speaker_id=speaker, start_s=start, end_s=end)


def segment_update(
    text: object, speaker_id: object, start_s: object, end_s: object, *, prefix: str = ""
) -> DubbingSegmentUpdateRequest:
    """Check a partial source-segment edit and build it (only the given fields are sent).

    Args:
        text: New text, or None.
        speaker_id: New speaker, or None.
        start_s: New start, or None.
        end_s: New end, or None.
        prefix: Put before each field's name in messages (``"segments['seg_1']."`` in a bulk edit).

    Returns:
        The edit.

    Raises:
        ValueError: If nothing is given, or a value is not acceptable.
    """
    start, end = _times(start_s, end_s, prefix)
    speaker = None if speaker_id is None else check_id(f"{prefix}speaker_id", speaker_id)
    fields = {"text": check_str(f"{prefix}text", text), "speaker_id": speaker, "start_s": start, "end_s": end}
    if all(value is None for value in fields.values()):
        raise ValueError(f"{prefix or ''}give at least one of text, speaker_id, start_s and end_s")
    return only_given(DubbingSegmentUpdateRequest, **{key: unset(value) for key, value in fields.items()})


def _edits(segments: object) -> Mapping[str, Mapping[str, object]]:
    if not isinstance(segments, Mapping) or not segments:
        raise TypeError("segments must be a non-empty mapping of segment ids to edits")
    if len(segments) > _MAX_SEGMENTS:
        raise ValueError(f"segments holds at most {_MAX_SEGMENTS} edits, got {len(segments)}")
    for key, edit in segments.items():
        check_segment_id(key, "segments key")
        if not isinstance(edit, Mapping):
            raise TypeError(f"segments[{key!r}] must be a mapping of fields, not {type(edit).__name__}")
    return segments


def segments_update(segments: object) -> DubbingBulkSegmentUpdateRequest:
    """Check a bulk source edit ``{segment_id: {"text": ..., "speaker_id": ..., "start_s": ..., "end_s": ...}}``.

    Args:
        segments: The edits, by segment id (1 to 500).

    Returns:
        The body.

    Raises:
        TypeError: If it is not such a mapping.
        ValueError: If an edit is empty or names an unknown field.
    """
    known = {"text", "speaker_id", "start_s", "end_s"}
    edits = {}
    for key, edit in _edits(segments).items():
        unknown = set(edit) - known
        if unknown:
            raise ValueError(f"segments[{key!r}] has unknown fields {sorted(unknown)}; known: {sorted(known)}")
        edits[key] = segment_update(
            edit.get("text"),
            edit.get("speaker_id"),
            edit.get("start_s"),
            edit.get("end_s"),
            prefix=f"segments[{key!r}].",
        )
    body = DubbingBulkSegmentUpdateRequestSegments()
    body.additional_properties = edits
    return DubbingBulkSegmentUpdateRequest(segments=body)


def target_segment_update(translation: object, name: str = "translation") -> DubbingTargetSegmentUpdateRequest:
    """Build a translation edit: the new text, or None to ask for a new machine translation.

    Args:
        translation: The translated text, or None.
        name: The argument's name in messages.

    Returns:
        The edit (``translation`` is always sent: null means re-translate).
    """
    text = check_str(name, translation)
    edit = DubbingTargetSegmentUpdateRequest(translation=text)
    if text is None:
        # Generated models spell "absent" as None, so to_dict would leave the field out (no change);
        # the API reads an explicit null as "translate again": it goes as an additional property.
        edit.additional_properties["translation"] = None
    return edit


def target_segments_update(translations: object) -> DubbingBulkTargetSegmentUpdateRequest:
    """Check a bulk translation edit ``{segment_id: text or None}``.

    Args:
        translations: The new translations, by segment id (1 to 500).

    Returns:
        The body.
    """
    if not isinstance(translations, Mapping) or not translations:
        raise TypeError("translations must be a non-empty mapping of segment ids to texts (or None)")
    if len(translations) > _MAX_SEGMENTS:
        raise ValueError(f"translations holds at most {_MAX_SEGMENTS} edits, got {len(translations)}")
    body = DubbingBulkTargetSegmentUpdateRequestSegments()
    body.additional_properties = {
        check_segment_id(key, "translations key"): target_segment_update(value, f"translations[{key!r}]")
        for key, value in translations.items()
    }
    return DubbingBulkTargetSegmentUpdateRequest(segments=body)


def list_filters(
    page_size: object, status: object, sort_direction: object = None, *, statuses: Iterable[str] = PROJECT_STATUSES
) -> tuple[int | Unset, str | Unset, ListDubbingProjectsSortDirection | Unset]:
    """Check the filters of a project or language list.

    Args:
        page_size: Items per request, 1 to 100.
        status: Only items in this status.
        sort_direction: ``"ASCENDING"`` or ``"DESCENDING"`` (projects only).
        statuses: The statuses the list knows (``PROJECT_STATUSES`` or ``LANGUAGE_STATUSES``).

    Returns:
        The values to send (``UNSET`` when not given).
    """
    size = check_int("page_size", page_size, minimum=1)
    if size is not None and size > _PAGE_SIZE_LIMIT:
        raise ValueError(f"page_size must be at most {_PAGE_SIZE_LIMIT}, got {size}")
    state = check_choice("status", status, sorted(statuses))
    direction = check_enum("sort_direction", sort_direction, ListDubbingProjectsSortDirection)
    return unset(size), unset(state), unset(direction)


def cursor_page(items: list[T], next_cursor: object) -> Page[T]:
    """Turn one answer of the project or language list into a page (they say no ``has_more``).

    Args:
        items: The answer's items.
        next_cursor: The answer's cursor (a string while more follow).

    Returns:
        The page: there is more exactly when a cursor is given.
    """
    cursor = next_cursor if isinstance(next_cursor, str) else None
    return Page(items, next_cursor=cursor, has_more=cursor is not None)


def project_observation(
    project: DubbingProjectResponse, headers: httpx2.Headers
) -> Observation[DubbingProjectResponse]:
    """Return one poll's observation of a project.

    Args:
        project: The project.
        headers: The response headers (a ``Retry-After`` lengthens the next wait).

    Returns:
        The observation.
    """
    return Observation(state=project, status=str(project.status), retry_after=retry_after_seconds(headers, cap=None))


def language_observation(
    target: DubbingLanguageResponse, headers: httpx2.Headers
) -> Observation[DubbingLanguageResponse]:
    """Return one poll's observation of a language target.

    Args:
        target: The target.
        headers: The response headers.

    Returns:
        The observation.
    """
    return Observation(state=target, status=str(target.status), retry_after=retry_after_seconds(headers, cap=None))


def failure_message(job: DubbingProjectResponse | DubbingLanguageResponse) -> str | None:
    """Return why a project or target failed, if the API said.

    Args:
        job: The failed project or target.

    Returns:
        ``code: message``, or None.
    """
    error = job.error
    if error is None or isinstance(error, Unset):
        return None
    return f"{error.code}: {error.message}"


def output_url(target: DubbingLanguageResponse) -> str:
    """Return the signed URL of a finished target's dubbed audio, or raise why there is none.

    Args:
        target: The target, as ``language.get`` returns it.

    Returns:
        The URL.

    Raises:
        ValueError: The target has no output yet (not completed), or the API gave none for a completed one.
    """
    outputs = target.outputs
    url = None if outputs is None or isinstance(outputs, Unset) else outputs.lossless_audio
    if not isinstance(url, str) or not url:
        if str(target.status) == "completed":
            # Waiting would not help: the API itself contradicts the status.
            raise ValueError(f"language {target.language_id!r} is completed, but the API gave no output URL")
        raise ValueError(
            f"language {target.language_id!r} has no output yet (status {target.status}); "
            "wait for it with client.dubbing.project.language.wait"
        )
    return url
