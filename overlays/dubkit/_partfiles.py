"""Temporary ``.part`` files that become outputs, created with the mode a plain ``open()`` would give.

``tempfile`` makes its files ``0600`` whatever the umask, and ``os.replace`` keeps that mode, so an
output written through one would be unreadable to a web server, a media container or a shared drive
running as another user. These are created with ``0666`` filtered by the process umask instead, as
``open(path, "wb")`` would create the destination itself. A file that must stay private (the CLI's
run state, which keeps source URLs with their signed query strings) asks for ``mode=0o600``.
"""

from __future__ import annotations

import os
import pathlib
import secrets
from typing import IO

__all__ = ["create_part_file"]

_ATTEMPTS = 100


def create_part_file(destination: pathlib.Path, *, mode: int = 0o666) -> IO[bytes]:
    """Create and open a new, uniquely named ``.part`` file next to ``destination`` (same file system).

    Args:
        destination: The file the part will replace once complete; its directory must exist.
        mode: Its permission bits, before the umask (``0o666``: as ``open()`` gives; ``0o600``: private).

    Returns:
        The part file, open for binary writing; its ``name`` is its path. The caller closes and removes it.

    Raises:
        FileExistsError: If no unused name was found (practically never).
        OSError: If the directory cannot be written.
    """
    for _ in range(_ATTEMPTS):
        path = destination.parent / f".{destination.name}.{secrets.token_hex(4)}.part"
        try:
            # "x": created here or not at all (O_EXCL, so never through a link), with ``mode`` less the umask.
            return open(path, "xb", opener=lambda name, flags: os.open(name, flags, mode))
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name next to {destination}")
