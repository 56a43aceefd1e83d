"""Media types of the simulator's files: guessed from a name or URL, and the extension each type gets."""

from __future__ import annotations

import posixpath
from urllib.parse import urlsplit

__all__ = ["extension_for", "guess_content_type"]

# A fixed table rather than ``mimetypes``: the platform's table differs between systems
# (audio/wav vs audio/x-wav), and a seeded simulator must answer the same everywhere.
_EXTENSION_TYPES = {
    ".mp3": "audio/mpeg",
    ".wav": "audio/wav",
    ".m4a": "audio/mp4",
    ".aac": "audio/aac",
    ".ogg": "audio/ogg",
    ".flac": "audio/flac",
    ".opus": "audio/opus",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
    ".mka": "audio/webm",
    ".mkv": "video/x-matroska",
    ".avi": "video/x-msvideo",
}
_TYPE_EXTENSIONS = {
    "audio/mpeg": "mp3",
    "audio/wav": "wav",
    "audio/mp4": "m4a",
    "audio/aac": "aac",
    "audio/ogg": "ogg",
    "audio/flac": "flac",
    "audio/opus": "opus",
    "audio/webm": "webm",
    "audio/x-msvideo": "avi",
    "video/ogg": "ogv",
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "video/webm": "webm",
    "video/x-matroska": "mkv",
    "video/x-msvideo": "avi",
    "application/zip": "zip",
}
# Most source URLs without an extension are video pages (YouTube, Vimeo, ...).
_FALLBACK_TYPE = "video/mp4"


def guess_content_type(name: str, declared: str | None = None) -> str:
    """Guess a source's media type from its file name or URL, then from the type its upload declared.

    Args:
        name: A file name or a URL.
        declared: The Content-Type of the multipart part, if any.

    Returns:
        An ``audio/*`` or ``video/*`` media type.
    """
    path = urlsplit(name).path if "://" in name else name
    extension = posixpath.splitext(path.lower())[1]
    if extension in _EXTENSION_TYPES:
        return _EXTENSION_TYPES[extension]
    if declared and declared.split("/")[0] in {"audio", "video"}:
        return declared.split(";")[0].strip()
    return _FALLBACK_TYPE


def extension_for(content_type: str) -> str:
    """Return the file extension the simulator gives a media type.

    Args:
        content_type: A media type.

    Returns:
        An extension without the dot (``bin`` for an unknown type).
    """
    return _TYPE_EXTENSIONS.get(content_type, "bin")
