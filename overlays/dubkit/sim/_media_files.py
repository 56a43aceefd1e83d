"""How providers get their media: a job's source resolved from what the client sent, and files registered lazily.

``resolve_source`` turns an upload or a URL into a :class:`MediaSource` (probed, or a stand-in) or the
reason it cannot be dubbed; ``add_media`` registers a file whose bytes are encoded on its first download
and padded to ``SimConfig.media_size``; ``encode_for`` is the usual build function.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from ._media import Content, MediaItem
from ._media_codecs import AUDIO_BIT_RATE, encode
from ._media_fetch import FetchError, fetch_source
from ._media_padding import pad_media
from ._media_signal import Pcm
from ._media_source import MediaSource, UnreadableMediaError, read_media, requested_seconds
from ._media_types import guess_content_type
from ._protocol import SimContext

__all__ = ["ResolvedSource", "add_media", "encode_for", "resolve_source"]


@attrs.frozen
class ResolvedSource:
    """A job's source as the simulator understood it.

    Attributes:
        media: The source (a stand-in when it could not be read, so the job still has a length).
        problem: Why the source cannot be dubbed (unreadable, or its download failed), or None.
        unreadable: True when the bytes were fetched but are not media (Dubformer rejects these at once).
    """

    media: MediaSource
    problem: str | None = None
    unreadable: bool = False


def resolve_source(
    context: SimContext,
    *,
    base_url: str,
    upload: tuple[str, str, bytes] | None = None,
    url: str | None = None,
) -> ResolvedSource:
    """Probe an upload or a fetchable URL; describe any other URL by a stand-in.

    Args:
        context: The simulator context (configuration, files).
        base_url: Where the client reached the simulator (to read its own files by URL).
        upload: ``(filename, declared content type, bytes)`` of an uploaded file.
        url: A source URL (used when there is no upload).

    Returns:
        The source, with the problem that fails the job, if any.
    """
    name = upload[0] if upload is not None else url or ""
    seed = name if upload is None else f"{upload[0]}:{len(upload[2])}"
    declared = upload[1] if upload is not None else None
    stand_in_seconds = (requested_seconds(url) if url else None) or context.config.source_seconds
    stand_in = MediaSource.stand_in(stand_in_seconds, guess_content_type(name, declared), seed)
    try:
        data = upload[2] if upload is not None else fetch_source(url or "", base_url=base_url, store=context.media)
    except FetchError as error:
        return ResolvedSource(stand_in, str(error))
    if data is None:
        return ResolvedSource(stand_in)
    try:
        return ResolvedSource(read_media(data, name, seed=seed))
    except UnreadableMediaError as error:
        return ResolvedSource(stand_in, f"The source media could not be read: {error}", unreadable=True)


def add_media(context: SimContext, key: str, content_type: str, filename: str, build: Callable[[], bytes]) -> MediaItem:
    """Register a file built on its first download (and kept), unless one is already under the key.

    Args:
        context: The simulator context.
        key: The file's key.
        content_type: Its media type.
        filename: The name offered for download.
        build: Makes its bytes; they are padded to ``SimConfig.media_size`` as the file is first read.

    Returns:
        The file under the key.
    """

    def padded() -> Content:
        return pad_media(build(), content_type, context.config.media_size)

    return context.media.get_or_add(key, lambda: MediaItem(key, content_type, filename, padded))


def encode_for(
    make_pcm: Callable[[], Pcm], content_type: str, seed: str = "", bit_rate: int = AUDIO_BIT_RATE
) -> Callable[[], bytes]:
    """Return a build function that encodes audio, made when the file is first read, in a media type.

    Args:
        make_pcm: Returns the audio.
        content_type: The media type (a video type adds a picture whose colour ``seed`` picks).
        seed: See :func:`dubkit.sim._media_codecs.encode`.
        bit_rate: See :func:`dubkit.sim._media_codecs.encode`.

    Returns:
        The build function.
    """
    return lambda: encode(make_pcm(), content_type, seed=seed, bit_rate=bit_rate)
