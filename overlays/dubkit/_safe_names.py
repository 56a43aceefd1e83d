"""File names built from what a server (or a caller) sent, made safe to write to.

Every local file name dubkit builds from outside text (a job id, a language code, a project name, an
extension taken from an output URL) goes through ``safe_component`` and ``safe_extension``, and the
result is joined to the output folder by ``path_in``, which checks that the final path lies directly
inside that folder before anything is written. A server's ``target_lang`` of ``"/../../x"`` or an
output URL ending in ``.pth`` therefore can never name a file outside ``--out``, nor an executable one.
"""

from __future__ import annotations

import os
import pathlib
import posixpath
import re
import unicodedata
from urllib.parse import unquote, urlsplit

__all__ = ["MAX_COMPONENT", "MEDIA_EXTENSIONS", "check_not_symlink", "path_in", "safe_component", "safe_extension"]

MAX_COMPONENT = 120
"""The longest file name ``safe_component`` returns, in characters (file systems allow 255 bytes)."""
MEDIA_EXTENSIONS = frozenset({".mp4", ".mov", ".mkv", ".webm", ".mp3", ".wav", ".m4a", ".aac", ".ogg", ".flac"})
"""The extensions an output file may get from a server's URL; anything else falls back to the default."""

# Anything but letters, digits, '-', '_' and '.' becomes '_' (after NFKC, so full-width forms are folded first).
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Windows device names, refused whatever their extension.
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?")


def safe_component(text: object, *, fallback: str) -> str:
    """Return one safe path component built from untrusted text.

    The result contains only ASCII letters, digits, ``-``, ``_`` and inner dots; it has no separator,
    is never ``.`` or ``..``, never starts with a dot (no hidden files), is not a Windows device name,
    and is at most ``MAX_COMPONENT`` characters long.

    Args:
        text: The untrusted text (a non-string gives ``fallback``).
        fallback: What to return when nothing safe is left (must itself be safe).

    Returns:
        The component.

    Example:
        >>> safe_component("/../../site-packages/x.pth", fallback="job")
        'site-packages_x.pth'
    """
    if not isinstance(text, str):
        return fallback
    folded = unicodedata.normalize("NFKC", text)
    name = _UNSAFE.sub("_", folded)
    name = re.sub(r"\.{2,}", ".", name).strip("._-")[:MAX_COMPONENT].rstrip("._-")
    if not name or _RESERVED.fullmatch(name):
        return fallback
    return name


def safe_extension(url: object, default: str, allowed: frozenset[str] = MEDIA_EXTENSIONS) -> str:
    """Return the extension of a URL's path if it is on the allow-list, else ``default``.

    Args:
        url: The untrusted URL (a non-string gives ``default``).
        default: The extension to use otherwise, with its dot (e.g. ``".mp4"``).
        allowed: The accepted extensions, lower case with their dot.

    Returns:
        The extension, lower case, with its dot.
    """
    if not isinstance(url, str):
        return default
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return default
    suffix = posixpath.splitext(path)[1].lower()
    return suffix if suffix in allowed else default


def path_in(directory: str | os.PathLike[str], name: str) -> pathlib.Path:
    """Return ``directory / name``, checked to lie directly inside ``directory`` and not to be a link.

    Args:
        directory: The output folder.
        name: A file name, normally built by ``safe_component``.

    Returns:
        The absolute path (the folder's own symlinks are kept as the caller gave them).

    Raises:
        ValueError: If the name would leave the folder, or the path is a symbolic link.
    """
    folder = pathlib.Path(os.path.abspath(directory))
    path = pathlib.Path(os.path.abspath(folder / name))
    if path.parent != folder or name in {"", ".", ".."} or path.name != name:
        raise ValueError(f"refusing to write {name!r}: it is not a file name inside {os.fspath(folder)!r}")
    check_not_symlink(path)
    return path


def check_not_symlink(path: pathlib.Path) -> None:
    """Refuse a destination that is a symbolic link: dubkit never writes through a link it did not create.

    Args:
        path: The destination file.

    Raises:
        ValueError: If it is a symbolic link (dangling or not).
    """
    if path.is_symlink():
        raise ValueError(f"refusing to write {os.fspath(path)!r}: it is a symbolic link (remove it or pick another)")
