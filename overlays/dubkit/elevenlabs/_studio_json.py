"""Turn the caller's JSON-shaped Studio arguments into generated models, checked before any request.

Content JSON, podcast modes and sources, and pronunciation dictionary locators are nested
documents. Each is accepted either as the generated model or as plain mappings and lists, parsed
with the model's own ``from_dict`` (so the spec stays the one definition of the shape), and then
checked at the leaves that ``from_dict`` passes through unchecked (texts, ids, URLs, enum values). Every problem
becomes a ``TypeError`` or ``ValueError`` that names the argument and the place inside it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, Self, TypeGuard, TypeVar

from dubkit_elevenlabs.models import (
    ChapterContentBlockInputModelSubTypeType0,
    ChapterContentInputModel,
    PodcastBulletinMode,
    PodcastConversationMode,
    PodcastTextSource,
    PodcastURLSource,
    PronunciationDictionaryVersionLocatorDBModel,
)

from dubkit._validation import check_http_url, check_id, check_str

__all__ = [
    "ChapterContentInput",
    "ContentJSONInput",
    "LocatorInput",
    "PodcastModeInput",
    "PodcastSourceInput",
    "chapter_content",
    "content_json",
    "locator_strings",
    "locators",
    "parse_model",
    "podcast_mode",
    "podcast_source",
]


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_FromDict)

LocatorInput = PronunciationDictionaryVersionLocatorDBModel | Mapping[str, Any] | str
"""A locator: the generated model, ``{"pronunciation_dictionary_id": ..., "version_id": ...}``, or its JSON text."""
ChapterContentInput = ChapterContentInputModel | Mapping[str, Any]
"""A chapter's content: the generated model or ``{"blocks": [{"sub_type": "p", "nodes": [...]}, ...]}``."""
ContentJSONInput = Sequence[Mapping[str, Any]] | str
"""A project's content: ``[{"name": "Chapter 1", "blocks": [...]}, ...]``, or that list as JSON text."""
PodcastModeInput = PodcastConversationMode | PodcastBulletinMode | Mapping[str, Any]
"""``{"type": "conversation", "conversation": {...}}`` or ``{"type": "bulletin", "bulletin": {...}}`` (or a model)."""
_PODCAST_MODES: dict[str, type[PodcastConversationMode | PodcastBulletinMode]] = {
    "conversation": PodcastConversationMode,
    "bulletin": PodcastBulletinMode,
}
_PODCAST_SOURCES: dict[str, type[PodcastTextSource | PodcastURLSource]] = {
    "text": PodcastTextSource,
    "url": PodcastURLSource,
}
_OneSource = PodcastTextSource | PodcastURLSource | Mapping[str, Any]
PodcastSourceInput = _OneSource | Sequence[_OneSource]
"""``{"type": "text", "text": ...}``, ``{"type": "url", "url": ...}`` (or a model), or a list of them."""

_PARSE_ERRORS = (TypeError, ValueError, AttributeError)
# The generated enums keep an unknown value rather than refuse it (right for answers, not for requests).
_SUB_TYPES = frozenset(member.value for member in ChapterContentBlockInputModelSubTypeType0)


def _plain(value: Any) -> Any:
    """Return ``value`` as the plain dicts and lists ``from_dict`` expects (models become their dicts)."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _is_list(value: object) -> TypeGuard[Sequence[Any]]:
    return isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray)


def parse_model(name: str, value: object, model: type[M]) -> M:
    """Return ``value`` as a generated model: as given if it is one, else parsed from a mapping.

    Args:
        name: The argument's name (and place inside it), for messages.
        value: The model, or a mapping of its JSON fields.
        model: The generated model class.

    Returns:
        The model.

    Raises:
        TypeError: If ``value`` is neither the model nor a mapping, or a field has the wrong type.
        ValueError: If the mapping lacks a required field or holds a value the model refuses.
    """
    if isinstance(value, model):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a {model.__name__} or a mapping, not {type(value).__name__}")
    try:
        return model.from_dict(_plain(value))
    except KeyError as error:
        raise ValueError(f"{name} is missing the field {error.args[0]!r}") from None
    except TypeError as error:  # a field of the wrong JSON type (the generated models check them)
        raise TypeError(f"{name} does not match {model.__name__}: {error or type(error).__name__}") from None
    except _PARSE_ERRORS as error:
        raise ValueError(f"{name} does not match {model.__name__}: {error or type(error).__name__}") from None


def _text(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def _locator(name: str, value: object) -> PronunciationDictionaryVersionLocatorDBModel:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as error:
            raise ValueError(f"{name} is not valid JSON: {error}") from None
    locator = parse_model(name, value, PronunciationDictionaryVersionLocatorDBModel)
    check_id(f"{name}.pronunciation_dictionary_id", locator.pronunciation_dictionary_id)
    if locator.version_id is not None:
        check_id(f"{name}.version_id", locator.version_id)
    return locator


def locators(name: str, value: object) -> list[PronunciationDictionaryVersionLocatorDBModel]:
    """Return a list of pronunciation dictionary locators.

    Args:
        name: The argument's name.
        value: A list of models, mappings (``version_id`` None means the latest version) or JSON strings.

    Returns:
        The models.

    Raises:
        TypeError: If it is not a list, or an item has the wrong type.
        ValueError: If an item lacks ``pronunciation_dictionary_id`` or ``version_id``, or an id is blank.
    """
    if not _is_list(value):
        raise TypeError(f"{name} must be a list of locators, not {type(value).__name__}")
    return [_locator(f"{name}[{index}]", item) for index, item in enumerate(value)]


def locator_strings(name: str, value: object) -> list[str]:
    """Return locators as the JSON strings a multipart form carries (one form field each).

    Args:
        name: The argument's name.
        value: As for :func:`locators`.

    Returns:
        One JSON object per locator.

    Raises:
        TypeError: As for :func:`locators`.
        ValueError: As for :func:`locators`.
    """
    return [json.dumps(locator.to_dict()) for locator in locators(name, value)]


def chapter_content(name: str, value: object) -> ChapterContentInputModel:
    """Return a chapter's content (paragraph blocks of text-to-speech nodes).

    Args:
        name: The argument's name.
        value: A ``ChapterContentInputModel`` or ``{"blocks": [...]}``.

    Returns:
        The model.

    Raises:
        TypeError: If it, or a text or voice id inside it, has the wrong type.
        ValueError: If a field is missing or not acceptable (e.g. a node whose ``type`` is not ``"tts_node"``).
    """
    if isinstance(value, Mapping):
        if value.get("blocks") is None:
            raise ValueError(f"{name} is missing the field 'blocks'")
        if not _is_list(value["blocks"]):
            raise TypeError(f"{name}['blocks'] must be a list of blocks, not {type(value['blocks']).__name__}")
    content = parse_model(name, value, ChapterContentInputModel)
    for index, block in enumerate(content.blocks):
        if isinstance(block.sub_type, str) and block.sub_type not in _SUB_TYPES:
            choices = ", ".join(map(repr, sorted(_SUB_TYPES)))
            raise ValueError(f"{name}.blocks[{index}].sub_type must be one of {choices}; got {block.sub_type!r}")
        for position, node in enumerate(block.nodes):
            where = f"{name}.blocks[{index}].nodes[{position}]"
            _text(f"{where}.text", node.text)
            check_id(f"{where}.voice_id", node.voice_id)
    return content


def content_json(name: str, value: object) -> str:
    """Return a project's content as the JSON text ``from_content_json`` carries.

    Args:
        name: The argument's name.
        value: A list of chapters, each ``{"name": ..., "blocks": [...]}`` (blocks as in
            :func:`chapter_content`), or that list as JSON text.

    Returns:
        The JSON text, re-encoded from the checked chapters.

    Raises:
        TypeError: If it is not such a list, or an item has the wrong type.
        ValueError: If the text is not JSON, the list is empty, or a chapter is not acceptable.
    """
    parsed: object = value
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError as error:
            raise ValueError(f"{name} is not valid JSON: {error}") from None
    if not _is_list(parsed):
        raise TypeError(f"{name} must be a list of chapters ({{'name': ..., 'blocks': [...]}}) or its JSON text")
    chapters: list[dict[str, Any]] = []
    for index, chapter in enumerate(parsed):
        where = f"{name}[{index}]"
        if not isinstance(chapter, Mapping):
            raise TypeError(f"{where} must be a mapping with 'name' and 'blocks', not {type(chapter).__name__}")
        title = check_str(f"{where}['name']", chapter.get("name"), required=True)
        content = chapter_content(where, {key: chapter[key] for key in ("blocks",) if key in chapter})
        chapters.append({"name": title, **content.to_dict()})
    if not chapters:
        raise ValueError(f"{name} must list at least one chapter")
    return json.dumps(chapters)


def _tagged(name: str, value: object, kinds: Mapping[str, type[M]]) -> M:
    """Return one of several models, picked by a mapping's ``type`` (a model of one of them is taken as is)."""
    models = tuple(kinds.values())
    if isinstance(value, models):
        return value
    if not isinstance(value, Mapping):
        choices = ", ".join(f"a {model.__name__}" for model in models)
        raise TypeError(f"{name} must be {choices} or a mapping")
    kind = value.get("type")
    model = kinds.get(kind) if isinstance(kind, str) else None
    if model is None:
        raise ValueError(f"{name}['type'] must be {' or '.join(map(repr, kinds))}, got {kind!r}")
    return parse_model(name, value, model)


def podcast_mode(name: str, value: object) -> PodcastConversationMode | PodcastBulletinMode:
    """Return a podcast's mode: a conversation between two voices, or a bulletin read by one.

    Args:
        name: The argument's name.
        value: A model, or a mapping whose ``type`` is ``"conversation"`` or ``"bulletin"``.

    Returns:
        The model.

    Raises:
        TypeError: If it, or a voice id inside it, has the wrong type.
        ValueError: If its ``type`` is neither, or a field is missing or blank.
    """
    mode = _tagged(name, value, _PODCAST_MODES)
    if isinstance(mode, PodcastConversationMode):
        check_id(f"{name}.conversation.host_voice_id", mode.conversation.host_voice_id)
        check_id(f"{name}.conversation.guest_voice_id", mode.conversation.guest_voice_id)
    else:
        check_id(f"{name}.bulletin.host_voice_id", mode.bulletin.host_voice_id)
    return mode


def _one_source(name: str, value: object) -> PodcastTextSource | PodcastURLSource:
    source = _tagged(name, value, _PODCAST_SOURCES)
    if isinstance(source, PodcastTextSource):
        if not _text(f"{name}.text", source.text).strip():
            raise ValueError(f"{name}.text must not be empty")
    else:
        check_http_url(f"{name}.url", source.url)
    return source


def podcast_source(
    name: str, value: object
) -> PodcastTextSource | PodcastURLSource | list[PodcastTextSource | PodcastURLSource]:
    """Return what a podcast is about: one text or URL source, or a list of them.

    Args:
        name: The argument's name.
        value: A source (model or mapping with ``type`` ``"text"`` or ``"url"``), or a non-empty list of them.

    Returns:
        The model, or a list of models.

    Raises:
        TypeError: If it or an item has the wrong type.
        ValueError: If a list is empty, a ``type`` is unknown, a text is blank or a URL is not http(s).
    """
    if _is_list(value):
        items = [_one_source(f"{name}[{index}]", item) for index, item in enumerate(value)]
        if not items:
            raise ValueError(f"{name} must not be an empty list")
        return items
    return _one_source(name, value)
