"""Media of simulated dubs: media references, and the files the simulator serves for them."""

from __future__ import annotations

import abc
from collections.abc import Callable
from typing import Generic, TypeVar

import attrs
import pydantic
from dubkit_models.elevenlabs import DubbingMediaReference

from dubkit.sim._media_files import add_media
from dubkit.sim._media_types import extension_for, guess_content_type
from dubkit.sim._protocol import SimContext

__all__ = [
    "BUCKET",
    "ApiRecord",
    "MediaRef",
    "dub_prefix",
    "extension_for",
    "guess_content_type",
    "new_ref",
]

BUCKET = "sim-dubbing-resources"

_Model = TypeVar("_Model", bound=pydantic.BaseModel)


def dub_prefix(dubbing_id: str) -> str:
    """Return the media-store prefix under which every file of a dub lives (so deleting it is one call).

    Args:
        dubbing_id: The dub.

    Returns:
        The prefix, ending in ``/``.
    """
    return f"el/dubs/{dubbing_id}/"


class ApiRecord(abc.ABC, Generic[_Model]):
    """A part of a dub the API describes as a model (a file, a segment, a speaker, a render, the resource)."""

    @abc.abstractmethod
    def to_model(self, context: SimContext, base_url: str) -> _Model:
        """Describe this part as the API does; the files it references get URLs under the request's base URL.

        Args:
            context: The simulator context (for media URLs).
            base_url: The request's base URL.

        Returns:
            The API's model of this part.
        """


@attrs.frozen
class MediaRef(ApiRecord[DubbingMediaReference]):
    """A file of a dubbing resource: where the simulator serves it and what it holds."""

    key: str
    src: str
    slug: str
    content_type: str
    duration: float

    @property
    def is_audio(self) -> bool:
        """Whether the file has no picture (everything but video is audio or an archive of audio)."""
        return not self.content_type.startswith("video/")

    def to_model(self, context: SimContext, base_url: str) -> DubbingMediaReference:
        """Describe the file as a media reference (see ``ApiRecord.to_model``)."""
        return DubbingMediaReference(
            src=self.src,
            content_type=self.content_type,
            bucket_name=BUCKET,
            random_path_slug=self.slug,
            duration_secs=round(self.duration, 3),
            is_audio=self.is_audio,
            url=context.media_url(base_url, self.key),
        )


def new_ref(  # noqa: PLR0917 - each argument is a distinct fact of the file, passed in this order everywhere
    context: SimContext,
    dubbing_id: str,
    filename: str,
    content_type: str,
    duration: float,
    build: Callable[[], bytes],
) -> MediaRef:
    """Register a new file of a dub in the media store and return its reference.

    Args:
        context: The simulator context.
        dubbing_id: The dub the file belongs to.
        filename: The file's name.
        content_type: Its media type.
        duration: Its length in seconds (what ``build`` encodes must last as long).
        build: Makes the file's bytes on its first download.

    Returns:
        The reference.
    """
    slug = context.ids.token(12)
    key = f"{dub_prefix(dubbing_id)}{slug}/{filename}"
    add_media(context, key, content_type, filename, build)
    return MediaRef(key, f"dubbing/{dubbing_id}/{slug}/{filename}", slug, content_type, duration)
