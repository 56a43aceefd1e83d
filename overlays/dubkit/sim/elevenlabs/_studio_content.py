"""Where a Studio project's text comes from: parsed JSON, and stand-in text for documents, URLs and podcasts.

The simulator never reads an uploaded document or fetches a URL. It writes deterministic stand-in
paragraphs instead, seeded by the document's SHA-256 or the URL, so the same input always gives the
same chapters.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import attrs
import pydantic
from dubkit_models.elevenlabs import ChapterContentBlockInputModel, ChapterContentInputModel

from dubkit.sim._protocol import Issue, SimInvalidError

from ._studio_state import Node

__all__ = [
    "BlockDraft",
    "ChapterDraft",
    "Voices",
    "blank_chapters",
    "blocks_from_input",
    "document_chapters",
    "parse_content_json",
    "parse_locator_strings",
    "podcast_content",
    "url_chapters",
]

_WORDS = (
    "voice",
    "studio",
    "river",
    "morning",
    "signal",
    "harbor",
    "quiet",
    "letter",
    "window",
    "garden",
    "engine",
    "story",
    "lantern",
    "silver",
    "travel",
    "paper",
    "winter",
    "market",
    "orchard",
    "bridge",
    "echo",
    "canvas",
    "summer",
    "meadow",
    "compass",
    "thunder",
    "violet",
    "circle",
    "anchor",
    "ribbon",
    "marble",
    "island",
    "candle",
    "forest",
    "chapter",
    "northern",
    "gentle",
    "distant",
    "golden",
    "hollow).split(",
)
# Podcast length in paragraphs for each ``duration_scale``.
_PODCAST_TURNS = {"short": 6, "default": 12, "long": 24}


@attrs.frozen
class Voices:
    """A project's default voices: one for headings, one for paragraphs."""

    title: str
    paragraph: str


@attrs.frozen
class BlockDraft:
    """A paragraph before it gets an ID (``block_id`` is kept when the client names an existing one)."""

    sub_type: str | None
    nodes: tuple[Node, ...]
    block_id: str | None = None


@attrs.frozen
class ChapterDraft:
    """A chapter before it gets an ID."""

    name: str
    blocks: tuple[BlockDraft, ...]


class _ContentChapter(pydantic.BaseModel):
    """One chapter of ``from_content_json``."""

    name: str
    blocks: list[ChapterContentBlockInputModel]


_CONTENT = pydantic.TypeAdapter(list[_ContentChapter])
_LOCATOR = pydantic.TypeAdapter(dict[str, str | None])


def _issues(error: pydantic.ValidationError, loc: tuple[str | int, ...]) -> SimInvalidError:
    return SimInvalidError(
        *(Issue((*loc, *item["loc"]), item["msg"], item["type"]) for item in error.errors(include_url=False))
    )


def blocks_from_input(content: ChapterContentInputModel) -> tuple[BlockDraft, ...]:
    """Turn the ``content`` of a chapter update (or one chapter of content JSON) into paragraph drafts.

    Args:
        content: The validated content.

    Returns:
        The drafts, keeping any ``block_id`` the client gave.
    """
    return tuple(_block_draft(block) for block in content.blocks)


def _block_draft(block: ChapterContentBlockInputModel) -> BlockDraft:
    nodes = tuple(Node(node.voice_id, node.text) for node in block.nodes)
    return BlockDraft(block.sub_type.value if block.sub_type else None, nodes, block.block_id)


def parse_content_json(text: str, loc: tuple[str | int, ...]) -> list[ChapterDraft]:
    """Parse ``from_content_json``: a JSON list of chapters, each with a name and blocks of TTS nodes.

    Args:
        text: The field's value.
        loc: Where the field sits in the request, for error messages.

    Returns:
        One draft per chapter.

    Raises:
        SimInvalidError: If the text is not such a list, or lists no chapter.
    """
    try:
        chapters = _CONTENT.validate_json(text)
    except pydantic.ValidationError as error:
        raise _issues(error, loc) from None
    if not chapters:
        raise SimInvalidError(Issue(loc, "The content must list at least one chapter", "value_error"))
    return [ChapterDraft(chapter.name, tuple(_block_draft(block) for block in chapter.blocks)) for chapter in chapters]


def parse_locator_strings(values: Sequence[str], loc: tuple[str | int, ...]) -> list[tuple[str, str | None]]:
    """Parse form-encoded pronunciation dictionary locators (each a JSON object in a string).

    Args:
        values: The strings.
        loc: Where the field sits in the request.

    Returns:
        ``(pronunciation_dictionary_id, version_id)`` pairs.

    Raises:
        SimInvalidError: If a string is not a JSON object with a ``pronunciation_dictionary_id``.
    """
    found: list[tuple[str, str | None]] = []
    for index, value in enumerate(values):
        try:
            locator = _LOCATOR.validate_json(value)
        except pydantic.ValidationError as error:
            raise _issues(error, (*loc, index)) from None
        dictionary_id = locator.get("pronunciation_dictionary_id")
        if not dictionary_id:
            raise SimInvalidError(Issue((*loc, index), "pronunciation_dictionary_id is required", "missing"))
        found.append((dictionary_id, locator.get("version_id")))
    return found


def blank_chapters() -> list[ChapterDraft]:
    """Return the content of a blank project: one empty chapter, as the real API creates.

    Returns:
        The drafts.
    """
    return [ChapterDraft("Chapter 1", ())]


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_WORDS, k=rng.randint(6, 12))
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))


def _chapter(rng: random.Random, name: str, voices: Voices) -> ChapterDraft:
    heading = BlockDraft("h2", (Node(voices.title, name),))
    paragraphs = tuple(BlockDraft("p", (Node(voices.paragraph, _paragraph(rng)),)) for _ in range(rng.randint(2, 4)))
    return ChapterDraft(name, (heading, *paragraphs))


def document_chapters(sha256: str, voices: Voices) -> list[ChapterDraft]:
    """Return stand-in chapters for an uploaded document: one to three, seeded by its digest.

    Args:
        sha256: The document's SHA-256.
        voices: The project's default voices.

    Returns:
        The drafts.
    """
    rng = random.Random(f"document:{sha256}")  # noqa: S311 - deterministic stand-in text
    return [_chapter(rng, f"Chapter {number}", voices) for number in range(1, rng.randint(1, 3) + 1)]


def url_chapters(url: str, voices: Voices, *, name: str | None = None) -> list[ChapterDraft]:
    """Return stand-in content for a web page: one chapter, named after the page unless ``name`` is given.

    Args:
        url: The page's URL.
        voices: The project's default voices.
        name: The chapter's name.

    Returns:
        The drafts (one).
    """
    rng = random.Random(f"url:{url}")  # noqa: S311 - deterministic stand-in text
    parts = urlsplit(url)
    slug = parts.path.rstrip("/").rsplit("/", 1)[-1]
    title = name or slug.replace("_", " ").replace("-", " ").strip().capitalize() or parts.netloc or "Chapter 1"
    return [_chapter(rng, title, voices)]


def _topic(source: Any) -> str:
    first = source[0] if isinstance(source, list) and source else source
    if not isinstance(first, Mapping):
        return "Untitled"
    if first.get("type") == "url":
        parts = urlsplit(str(first.get("url", "")))
        return f"{parts.netloc}{parts.path}".rstrip("/")[:60] or "Untitled"
    return str(first.get("text", "")).split(".", maxsplit=1)[0].strip()[:60] or "Untitled"


def podcast_content(body: Mapping[str, Any]) -> tuple[str, Voices, list[ChapterDraft]]:
    """Return a podcast's name, voices and script: host and guest take turns (or the host alone).

    Args:
        body: The ``create_podcast`` request body.

    Returns:
        The project name, the host's voices, and one chapter of alternating turns.
    """
    mode = body["mode"]
    data = mode["conversation"] if mode["type"] == "conversation" else mode["bulletin"]
    host = str(data["host_voice_id"])
    speakers = [host, str(data["guest_voice_id"])] if mode["type"] == "conversation" else [host]
    topic = _topic(body["source"])
    rng = random.Random(f"podcast:{topic}:{json.dumps(body, sort_keys=True)}")  # noqa: S311 - stand-in text
    lines: list[tuple[str, str]] = []
    if body.get("intro"):
        lines.append((host, str(body["intro"])))
    lines.append((host, f"Today we are talking about {topic}."))
    lines.extend((host, f"One highlight: {highlight}.") for highlight in body.get("highlights") or ())
    turns = _PODCAST_TURNS.get(str(body.get("duration_scale", "default")), _PODCAST_TURNS["default"])
    lines.extend((speakers[turn % len(speakers)], _paragraph(rng)) for turn in range(turns))
    if body.get("outro"):
        lines.append((host, str(body["outro"])))
    blocks = tuple(BlockDraft("p", (Node(voice, text),)) for voice, text in lines)
    return f"Podcast: {topic}"[:100], Voices(host, host), [ChapterDraft(topic, blocks)]
