"""Seeded identifiers, so a simulator run with the same seed hands out the same IDs."""

from __future__ import annotations

import random
import string
import threading

__all__ = ["IdFactory"]

_ALPHABET = string.ascii_letters + string.digits


class IdFactory:
    """Makes IDs like ElevenLabs' (20 alphanumerics) or UUID-like ones, from one seeded generator.

    Args:
        seed: The seed; the same seed gives the same sequence of IDs.
    """

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)  # noqa: S311 - reproducible test IDs, not secrets
        self._lock = threading.Lock()

    def token(self, length: int = 20) -> str:
        """Return a new alphanumeric ID.

        Args:
            length: How many characters.

        Returns:
            The ID.
        """
        with self._lock:
            return "".join(self._random.choices(_ALPHABET, k=length))

    def uuid(self) -> str:
        """Return a new ID in UUID form (version 4 layout).

        Returns:
            The ID, e.g. ``3f2b...-....``.
        """
        with self._lock:
            value = self._random.getrandbits(128)
        value = (value & ~(0xF000 << 64)) | (0x4000 << 64)  # version 4
        value = (value & ~(0xC000 << 48)) | (0x8000 << 48)  # RFC 4122 variant
        text = f"{value:032x}"
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"

    def fraction(self) -> float:
        """Return a seeded number in [0, 1), for jitter in simulated durations.

        Returns:
            The number.
        """
        with self._lock:
            return self._random.random()
