"""Check the arguments of ``client.studio`` methods and build their request bodies, shared by the twins.

Every check runs before any file is opened or any request is sent. An argument left as None is sent
as the generated ``UNSET``, so the API's own default applies (never the generated model's default).
"""

from __future__ import annotations

import contextlib
import functools
import re
from typing import Any, TypeVar

from dubkit_elevenlabs.models import (
    CreateChapterBody,
    CreatePodcastBody,
    CreateProjectBody,
    CreateProjectBodyApplyTextNormalizationType0,
    CreateProjectBodyFictionType0,
    CreateProjectBodySourceTypeType0,
    CreateProjectBodyTargetAudienceType0,
    PodcastDurationScale,
    QualityPreset,
    StreamChapterSnapshotAudioBody,
    StreamProjectSnapshotAudioBody,
    UpdateChapterBody,
    UpdateProjectBody,
    UpdateProjectContentBody,
    UpdatePronunciationDictionariesBody,
)
from dubkit_elevenlabs.types import UNSET, Unset

from dubkit._validation import check_bool, check_enum, check_http_url, check_id, check_str

from . import _studio_json as studio_json
from ._bodies import only_given
from ._dubbing_inputs import unset
from ._lists import string_list
from ._uploads import FileInput, declare_multipart, open_upload

__all__ = [
    "PODCAST_TEXT_LIMITS",
    "QUALITY_PRESETS",
    "content_body",
    "create_chapter_body",
    "create_project_body",
    "dictionaries_body",
    "podcast_body",
    "stream_body",
    "stream_chapter_body",
    "stream_project_body",
    "update_chapter_body",
    "update_project_body",
]


QUALITY_PRESETS = tuple(preset.value for preset in QualityPreset)
"""The presets a project reports (the create form documents no enum; these are what the API answers with)."""
PODCAST_TEXT_LIMITS = {"intro": 1500, "outro": 1500, "instructions_prompt": 3000}
"""The longest ``intro``, ``outro`` and ``instructions_prompt`` of a podcast, in characters."""
_HIGHLIGHT_LENGTH = (10, 70)
_PUBLICATION_DATE = re.compile(r"\d{4}(-\d{2}-\d{2})?")
_LANGUAGE_LENGTH = 2
_AudioBody = TypeVar("_AudioBody", StreamProjectSnapshotAudioBody, StreamChapterSnapshotAudioBody)


def _required_text(name: str, value: object) -> str:
    text = check_str(name, value, required=True)
    if text is None:  # check_str refuses None when required; this narrows the type
        raise ValueError(f"{name} is required")
    return text


def _optional_id(name: str, value: object) -> str | None:
    return None if value is None else check_id(name, value)


def _language(name: str, value: object) -> str | None:
    code = check_str(name, value)
    if code is not None and (len(code) != _LANGUAGE_LENGTH or not code.isalpha()):
        raise ValueError(f"{name} must be a two-letter ISO 639-1 code such as 'en', got {code!r}")
    return code


def _limited(name: str, value: object, limit: int) -> str | None:
    text = check_str(name, value)
    if text is not None and len(text) > limit:
        raise ValueError(f"{name} must be at most {limit} characters, got {len(text)}")
    return text


def _optional_url(name: str, value: object) -> str | None:
    return None if value is None else check_http_url(name, value)


def _one_source(from_url: object, from_document: object, from_content_json: object) -> None:
    given = [
        name
        for name, value in (
            ("from_url", from_url),
            ("from_document", from_document),
            ("from_content_json", from_content_json),
        )
        if value is not None
    ]
    if len(given) > 1:
        both = " and ".join(given)
        raise ValueError(f"pass at most one of from_url, from_document and from_content_json, not {both}")


def _sources(
    stack: contextlib.ExitStack, from_url: object, from_document: FileInput | None, from_content_json: object
) -> dict[str, Any]:
    _one_source(from_url, from_document, from_content_json)
    declare_multipart(stack)
    url = _optional_url("from_url", from_url)
    content = None if from_content_json is None else studio_json.content_json("from_content_json", from_content_json)
    # Opened last: every other check has passed, so a bad argument leaves no file open.
    document = None if from_document is None else open_upload("from_document", from_document, stack)
    return {"from_url": url, "from_document": document, "from_content_json": content}


def create_project_body(
    stack: contextlib.ExitStack,
    *,
    name: object,
    default_title_voice_id: object,
    default_paragraph_voice_id: object,
    default_model_id: object,
    from_url: object,
    from_document: FileInput | None,
    from_content_json: object,
    quality_preset: object,
    title: object,
    author: object,
    description: object,
    genres: object,
    target_audience: object,
    language: object,
    content_type: object,
    original_publication_date: object,
    mature_content: object,
    isbn_number: object,
    acx_volume_normalization: object,
    volume_normalization: object,
    pronunciation_dictionary_locators: object,
    callback_url: object,
    fiction: object,
    apply_text_normalization: object,
    auto_convert: object,
    auto_assign_voices: object,
    source_type: object,
) -> CreateProjectBody:
    """Check every create-project argument and build the multipart body (a document opened on ``stack``).

    Args:
        stack: Closes the document this call opened, when the call ends.
        name: The project's name.
        default_title_voice_id: The voice for new titles.
        default_paragraph_voice_id: The voice for new paragraphs.
        default_model_id: The model to convert with.
        from_url: A web page to take the content from.
        from_document: A document (path, binary file, or ``(name, file[, type])``) to take the content from.
        from_content_json: The content itself (see ``_studio_json.content_json``).
        quality_preset: One of ``QUALITY_PRESETS``.
        title: Title metadata of the audio.
        author: Author metadata of the audio.
        description: A description.
        genres: A list of genres.
        target_audience: ``children``, ``young adult``, ``adult`` or ``all ages``.
        language: A two-letter ISO 639-1 code.
        content_type: E.g. ``"Book"``.
        original_publication_date: ``YYYY-MM-DD`` or ``YYYY``.
        mature_content: Whether it holds mature content.
        isbn_number: ISBN metadata of the audio.
        acx_volume_normalization: Deprecated twin of ``volume_normalization``.
        volume_normalization: Normalize volume to audiobook requirements on download.
        pronunciation_dictionary_locators: Dictionaries to apply (see ``_studio_json.locators``).
        callback_url: A URL the API calls when a conversion ends.
        fiction: ``fiction`` or ``non-fiction``.
        apply_text_normalization: ``auto``, ``on``, ``off`` or ``apply_english``.
        auto_convert: Convert as soon as it is created.
        auto_assign_voices: Let the API assign voices (alpha).
        source_type: ``blank``, ``book``, ``article``, ``genfm`` or ``video``.

    Returns:
        The generated body; arguments not given are ``UNSET``.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If an argument is not acceptable (nothing has been sent, no file left open).
    """
    date = check_str("original_publication_date", original_publication_date)
    if date is not None and not _PUBLICATION_DATE.fullmatch(date):
        raise ValueError(f"original_publication_date must be YYYY-MM-DD or YYYY, got {date!r}")
    locators = pronunciation_dictionary_locators
    fields: dict[str, Any] = {
        "default_title_voice_id": _optional_id("default_title_voice_id", default_title_voice_id),
        "default_paragraph_voice_id": _optional_id("default_paragraph_voice_id", default_paragraph_voice_id),
        "default_model_id": _optional_id("default_model_id", default_model_id),
        "quality_preset": check_enum("quality_preset", quality_preset, QualityPreset),
        "title": check_str("title", title),
        "author": check_str("author", author),
        "description": check_str("description", description),
        "genres": string_list("genres", genres),
        "target_audience": check_enum("target_audience", target_audience, CreateProjectBodyTargetAudienceType0),
        "language": _language("language", language),
        "content_type": check_str("content_type", content_type),
        "original_publication_date": date,
        "mature_content": check_bool("mature_content", mature_content),
        "isbn_number": check_str("isbn_number", isbn_number),
        "acx_volume_normalization": check_bool("acx_volume_normalization", acx_volume_normalization),
        "volume_normalization": check_bool("volume_normalization", volume_normalization),
        "pronunciation_dictionary_locators": None
        if locators is None
        else studio_json.locator_strings("pronunciation_dictionary_locators", locators),
        "callback_url": _optional_url("callback_url", callback_url),
        "fiction": check_enum("fiction", fiction, CreateProjectBodyFictionType0),
        "apply_text_normalization": check_enum(
            "apply_text_normalization", apply_text_normalization, CreateProjectBodyApplyTextNormalizationType0
        ),
        "auto_convert": check_bool("auto_convert", auto_convert),
        "auto_assign_voices": check_bool("auto_assign_voices", auto_assign_voices),
        "source_type": check_enum("source_type", source_type, CreateProjectBodySourceTypeType0),
    }
    project_name = _required_text("name", name)
    fields.update(_sources(stack, from_url, from_document, from_content_json))
    return only_given(CreateProjectBody, name=project_name, **{key: unset(value) for key, value in fields.items()})


def update_project_body(
    *,
    name: object,
    default_title_voice_id: object,
    default_paragraph_voice_id: object,
    title: object,
    author: object,
    isbn_number: object,
    volume_normalization: object,
) -> UpdateProjectBody:
    """Check the update-project arguments and build the body.

    Args:
        name: The project's name (required by the API).
        default_title_voice_id: The voice for new titles (required by the API).
        default_paragraph_voice_id: The voice for new paragraphs (required by the API).
        title: Title metadata.
        author: Author metadata.
        isbn_number: ISBN metadata.
        volume_normalization: Normalize volume to audiobook requirements on download.

    Returns:
        The body.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If a required argument is missing or blank.
    """
    return UpdateProjectBody(
        name=_required_text("name", name),
        default_title_voice_id=check_id("default_title_voice_id", default_title_voice_id),
        default_paragraph_voice_id=check_id("default_paragraph_voice_id", default_paragraph_voice_id),
        title=unset(check_str("title", title)),
        author=unset(check_str("author", author)),
        isbn_number=unset(check_str("isbn_number", isbn_number)),
        volume_normalization=unset(check_bool("volume_normalization", volume_normalization)),
    )


def content_body(
    stack: contextlib.ExitStack,
    *,
    from_url: object,
    from_document: FileInput | None,
    from_content_json: object,
    auto_convert: object,
) -> UpdateProjectContentBody:
    """Check the content-update arguments and build the multipart body (a document opened on ``stack``).

    Args:
        stack: Closes the document this call opened.
        from_url: A web page to take the content from.
        from_document: A document to take the content from.
        from_content_json: The content itself.
        auto_convert: Convert once the content is replaced.

    Returns:
        The body.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If more than one source is given, or one is not acceptable.
    """
    convert = check_bool("auto_convert", auto_convert)
    sources = _sources(stack, from_url, from_document, from_content_json)
    fields = {key: unset(value) for key, value in {**sources, "auto_convert": convert}.items()}
    return UpdateProjectContentBody(**fields)


def dictionaries_body(
    pronunciation_dictionary_locators: object, invalidate_affected_text: object
) -> UpdatePronunciationDictionariesBody:
    """Check the pronunciation-dictionary arguments and build the body.

    Args:
        pronunciation_dictionary_locators: The dictionaries the project should use (models, mappings or JSON).
        invalidate_affected_text: Mark text the change affects for reconversion.

    Returns:
        The body.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If a locator is not acceptable.
    """
    return UpdatePronunciationDictionariesBody(
        pronunciation_dictionary_locators=studio_json.locators(
            "pronunciation_dictionary_locators", pronunciation_dictionary_locators
        ),
        invalidate_affected_text=unset(check_bool("invalidate_affected_text", invalidate_affected_text)),
    )


def create_chapter_body(*, name: object, from_url: object) -> CreateChapterBody:
    """Check the create-chapter arguments and build the body.

    Args:
        name: The chapter's name.
        from_url: A web page to take its content from; blank when not given.

    Returns:
        The body.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the name is missing or blank, or the URL is not http(s).
    """
    return CreateChapterBody(
        name=_required_text("name", name),
        from_url=unset(_optional_url("from_url", from_url)),
    )


def update_chapter_body(*, name: object, content: object) -> UpdateChapterBody:
    """Check the update-chapter arguments and build the body.

    Args:
        name: The chapter's new name.
        content: Its new content (see ``_studio_json.chapter_content``).

    Returns:
        The body.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If the name is blank or the content is not acceptable.
    """
    return UpdateChapterBody(
        name=unset(check_str("name", name, required=name is not None)),
        content=UNSET if content is None else studio_json.chapter_content("content", content),
    )


def stream_body(body_type: type[_AudioBody], convert_to_mpeg: object) -> _AudioBody | Unset:
    """Return the body of a snapshot audio download (a project's or a chapter's: their bodies are alike).

    Args:
        body_type: ``StreamProjectSnapshotAudioBody`` or ``StreamChapterSnapshotAudioBody``.
        convert_to_mpeg: Ask for MPEG audio; None leaves the body out (the API's default).

    Returns:
        The body, or ``UNSET``.

    Raises:
        TypeError: If ``convert_to_mpeg`` is not a bool.
    """
    flag = check_bool("convert_to_mpeg", convert_to_mpeg)
    return UNSET if flag is None else body_type(convert_to_mpeg=flag)


stream_project_body = functools.partial(stream_body, StreamProjectSnapshotAudioBody)
"""The body of a project snapshot audio download (see :func:`stream_body`)."""
stream_chapter_body = functools.partial(stream_body, StreamChapterSnapshotAudioBody)
"""The body of a chapter snapshot audio download (see :func:`stream_body`)."""


def _highlights(value: object) -> list[str] | None:
    items = string_list("highlights", value)
    low, high = _HIGHLIGHT_LENGTH
    for index, item in enumerate(items or ()):
        if not low <= len(item) <= high:
            raise ValueError(f"highlights[{index}] must be {low} to {high} characters, got {len(item)}")
    return items


def podcast_body(
    *,
    model_id: object,
    mode: object,
    source: object,
    quality_preset: object,
    duration_scale: object,
    language: object,
    intro: object,
    outro: object,
    instructions_prompt: object,
    highlights: object,
    callback_url: object,
) -> CreatePodcastBody:
    """Check the create-podcast arguments and build the body.

    Args:
        model_id: The model to convert with.
        mode: Conversation or bulletin (see ``_studio_json.podcast_mode``).
        source: Text or URL sources (see ``_studio_json.podcast_source``).
        quality_preset: One of ``QUALITY_PRESETS``.
        duration_scale: ``short``, ``default`` or ``long``.
        language: A two-letter ISO 639-1 code.
        intro: Opening words (at most 1500 characters).
        outro: Closing words (at most 1500 characters).
        instructions_prompt: Guidance for the script (at most 3000 characters).
        highlights: Key points, each 10 to 70 characters.
        callback_url: A URL the API calls when the conversion ends.

    Returns:
        The body.

    Raises:
        TypeError: If an argument has the wrong type.
        ValueError: If an argument is not acceptable.
    """
    texts = {
        field: _limited(field, value, PODCAST_TEXT_LIMITS[field])
        for field, value in (("intro", intro), ("outro", outro), ("instructions_prompt", instructions_prompt))
    }
    return only_given(
        CreatePodcastBody,
        model_id=check_id("model_id", model_id),
        mode=studio_json.podcast_mode("mode", mode),
        source=studio_json.podcast_source("source", source),
        quality_preset=unset(check_enum("quality_preset", quality_preset, QualityPreset)),
        duration_scale=unset(check_enum("duration_scale", duration_scale, PodcastDurationScale)),
        language=unset(_language("language", language)),
        highlights=unset(_highlights(highlights)),
        callback_url=unset(_optional_url("callback_url", callback_url)),
        intro=unset(texts["intro"]),
        outro=unset(texts["outro"]),
        instructions_prompt=unset(texts["instructions_prompt"]),
    )
