"""A simulated dub: its lifecycle on the simulated clock, its metadata, and the list cursor over dubs."""

from __future__ import annotations

import base64
import binascii
from datetime import datetime

import attrs
from dubkit_models.elevenlabs import DubbingMediaMetadata, DubbingMetadataResponse

from ._resource_state import Resource

__all__ = ["DUBBED", "DUBBING", "FAILED", "Dub", "decode_cursor", "encode_cursor"]

DUBBING = "dubbing"
DUBBED = "dubbed"
FAILED = "failed"

_CURSOR_PREFIX = "dubs:"


@attrs.define
class Dub:
    """One dub: ``dubbing`` until its deadline on the simulated clock, then ``dubbed`` or ``failed``.

    Status is derived from the clock on every read, so no background work is needed.

    Attributes:
        seq: Creation order (timestamps tie under a manual clock); lists and cursors use it.
        creator: The API key that created the dub (for ``filter_by_creator``).
        deadline: Simulated seconds (since the clock started) at which processing ends.
        error: Why the dub fails once processing ends, or None if it succeeds.
    """

    id: str
    seq: int
    name: str
    creator: str
    created_at: datetime
    expected_seconds: float
    deadline: float
    error: str | None
    content_type: str
    editable: bool
    resource: Resource

    @property
    def is_video(self) -> bool:
        """Whether the source has a picture (so the dubbed file is a video)."""
        return self.resource.source.has_video

    @property
    def target_languages(self) -> list[str]:
        """The languages the dub is in; languages added to its resource join them."""
        return self.resource.target_languages

    def status(self, elapsed: float) -> str:
        """Return the dub's state at a moment of simulated time.

        Args:
            elapsed: Simulated seconds since the clock started.

        Returns:
            ``dubbing``, ``dubbed`` or ``failed``.
        """
        if elapsed < self.deadline:
            return DUBBING
        return FAILED if self.error is not None else DUBBED

    def metadata(self, elapsed: float) -> DubbingMetadataResponse:
        """Describe the dub as ``GET /v1/dubbing/{id}`` does.

        The source language is reported once dubbing has completed, as the API documents.

        Args:
            elapsed: Simulated seconds since the clock started.

        Returns:
            The metadata, with every field set.
        """
        status = self.status(elapsed)
        return DubbingMetadataResponse(
            dubbing_id=self.id,
            name=self.name,
            status=status,
            target_languages=list(self.target_languages),
            editable=self.editable,
            created_at=self.created_at,
            media_metadata=DubbingMediaMetadata(
                content_type=self.content_type, duration=round(self.resource.duration, 3)
            ),
            error=self.error if status == FAILED else None,
            source_language=self.resource.source_language if status == DUBBED else None,
        )


def encode_cursor(seq: int, name: str | None = None) -> str:
    """Return the opaque cursor that continues a listing after the dub created ``seq``-th.

    Args:
        seq: The creation order of the last dub on the page.
        name: That dub's name, when the listing is ordered by name (it places the cursor even if the dub
            is deleted before the next page is asked for).

    Returns:
        The cursor (URL-safe base64).
    """
    text = f"{_CURSOR_PREFIX}{seq}" if name is None else f"{_CURSOR_PREFIX}{seq}:{name}"
    return base64.urlsafe_b64encode(text.encode()).decode()


def decode_cursor(cursor: str) -> int | None:
    """Read the position of a cursor made by ``encode_cursor``.

    A position rather than an offset, so dubs created or deleted between pages neither repeat
    nor skip items.

    Args:
        cursor: The cursor a client sent back.

    Returns:
        The creation order it continues after, or None if it is not one of ours.
    """
    position = decode_position(cursor)
    return None if position is None else position[0]


def decode_position(cursor: str) -> tuple[int, str | None] | None:
    """Read a cursor made by ``encode_cursor``: the creation order and, for a listing by name, the name.

    Args:
        cursor: The cursor a client sent back.

    Returns:
        ``(seq, name or None)``, or None if it is not one of ours.
    """
    try:
        text = base64.urlsafe_b64decode(cursor.encode("ascii")).decode()
    except (binascii.Error, UnicodeError, ValueError):
        return None
    rest = text.removeprefix(_CURSOR_PREFIX)
    number, _, name = rest.partition(":")
    if rest == text or not number.isascii() or not number.isdigit():
        return None
    return int(number), (name if ":" in rest else None)
