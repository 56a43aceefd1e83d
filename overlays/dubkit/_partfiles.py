"""Temporary ``.part`` files that become outputs, created with the mode a plain ``open()`` would give.

``tempfile`` makes its files ``0600`` whatever the umask, and ``os.replace`` keeps that mode, so an
output written through one would be unreadable to a web server, a media container or a shared drive
running as another user. These are created with ``0666`` filtered by the process umask instead, as
``open(path, "wb")`` would create the destination itself.
"""

from __future__ import annotations

import pathlib
import secrets
from typing import IO

__all__ = ["create_part_file"]

_ATTEMPTS = 100


def create_part_file(destination: pathlib.Path) -> IO[bytes]:
    """Create and open a new, uniquely named ``.part`` file next to ``destination`` (same file system).

    Args:
        destination: The file the part will replace once complete; its directory must exist.

    Returns:
        The part file, open for binary writing; its ``name`` is its path. The caller closes and removes it.

    Raises:
        FileExistsError: If no unused name was found (practically never).
        OSError: If the directory cannot be written.
    """
    for _ in range(_ATTEMPTS):
        path = destination.parent / f".{destination.name}.{secrets.token_hex(4)}.part"
        try:
            # "x": created here or not at all (O_EXCL), with open()'s 0666 less the umask.
            return path.open("xb")
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name next to {destination}")
