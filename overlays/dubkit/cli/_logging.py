"""Logging for ``dubkit``: the ``dubkit`` logger to stderr (DEBUG with ``--verbose``), API keys masked.

dubkit never logs a key; the redaction is defence in depth, so a future log line, a third-party
message or a traceback cannot put one on a terminal or in a CI log.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable

from dubkit._redact import redact_text

from ._render import visible_lines

__all__ = ["KEY_ENV_VARS", "MASK", "Redactor", "install_logging"]

KEY_ENV_VARS = ("ELEVENLABS_API_KEY", "DUBFORMER_API_KEY")
"""The environment variables whose values are masked."""
MASK = "***"
# Masking a very short value would garble every log line that happens to contain it; no real key is this short.
_MIN_SECRET_LENGTH = 4
_FORMAT = "%(levelname)s %(name)s: %(message)s"


class Redactor:
    """Replaces secret values in text with ``***``, and URLs' query strings as ``redact_url`` does.

    Args:
        secrets: The values to mask; empty and very short ones are ignored.
    """

    def __init__(self, secrets: Iterable[str]) -> None:
        found = {s.strip() for s in secrets if len(s.strip()) >= _MIN_SECRET_LENGTH}
        # Longest first, so a key that contains another is masked whole.
        self._secrets = sorted(found, key=len, reverse=True)

    @classmethod
    def from_environment(cls) -> Redactor:
        """Return a redactor for the API keys configured in the environment.

        Returns:
            The redactor.
        """
        return cls(os.environ.get(name, "") for name in KEY_ENV_VARS)

    def __call__(self, text: str) -> str:
        """Return ``text`` with every secret replaced by ``***``.

        Args:
            text: Any text about to be shown.

        Returns:
            The masked text.
        """
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return redact_text(text)


class _RedactingFilter(logging.Filter):
    """Rewrites each record's message (and any formatted traceback) with the secrets masked and controls shown."""

    def __init__(self, redact: Callable[[str], str]) -> None:
        super().__init__()
        self._redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        # Messages quote server text (statuses, URLs): control characters are shown, never sent to the terminal.
        record.msg = visible_lines(self._redact(record.getMessage()))
        record.args = None
        if record.exc_info:
            record.exc_text = visible_lines(self._redact(logging.Formatter().formatException(record.exc_info)))
            record.exc_info = None
        return True


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (a live display or a test runner may replace it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def install_logging(*, verbose: bool, redact: Callable[[str], str]) -> Callable[[], None]:
    """Send the ``dubkit`` logger's records to stderr, masked: warnings always, everything with ``verbose``.

    Args:
        verbose: Log at DEBUG instead of WARNING.
        redact: Masks secrets in each message.

    Returns:
        A function that undoes this (removes the handler, restores the level).
    """
    logger = logging.getLogger("dubkit")
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(_RedactingFilter(redact))
    level = logging.DEBUG if verbose else logging.WARNING
    handler.setLevel(level)
    previous = logger.level
    logger.setLevel(level)
    logger.addHandler(handler)

    def uninstall() -> None:
        logger.removeHandler(handler)
        logger.setLevel(previous)

    return uninstall
