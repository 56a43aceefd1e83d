"""Undo an answer's ``Content-Encoding`` a bounded piece at a time, however the codings are stacked.

httpx2 inflates each chunk it reads in one go, coding after coding: ``Content-Encoding: gzip, gzip``
turns a 1,829-byte answer into 1 GiB before anyone can count it. Here every coding gives out at most
``PIECE`` bytes per step, so whoever reads the pieces (``BodyReader``, with its size cap) holds no
more than that beyond its own count, whatever the ratio or the depth of the stack.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator

import httpx2

__all__ = ["ACCEPTED_ENCODINGS", "PIECE", "decoder_for"]

PIECE = 64 * 1024
"""The most bytes one coding gives out per step."""
ACCEPTED_ENCODINGS = "gzip, deflate"
"""The ``Accept-Encoding`` dubkit's API clients send: the codings decoded here."""
_MAX_CODINGS = 4
"""Codings one answer may stack; a server has no reason to send more than one."""

Step = Callable[[bytes], Iterator[bytes]]


class _Inflater:
    """One zlib-based coding (gzip or deflate); raw deflate is accepted for ``deflate`` as httpx2 does."""

    def __init__(self, wbits: int) -> None:
        self._wbits = wbits
        self._inflate = zlib.decompressobj(wbits)
        self._first = True

    def __call__(self, data: bytes) -> Iterator[bytes]:
        while True:
            try:
                piece = self._inflate.decompress(data, PIECE)
            except zlib.error as error:
                if not (self._first and self._wbits == zlib.MAX_WBITS):
                    raise httpx2.DecodingError(f"the answer's content coding is corrupt: {error}") from None
                self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)  # a deflate stream without its zlib header
                self._first = False
                continue
            self._first = False
            data = self._inflate.unconsumed_tail
            if piece:
                yield piece
            if not data and len(piece) < PIECE:  # a full piece may leave output pending inside zlib
                return


def _identity(data: bytes) -> Iterator[bytes]:
    if data:
        yield data


_CODINGS: dict[str, Callable[[], Step]] = {
    "gzip": lambda: _Inflater(zlib.MAX_WBITS | 16),
    "x-gzip": lambda: _Inflater(zlib.MAX_WBITS | 16),
    "deflate": lambda: _Inflater(zlib.MAX_WBITS),
    "identity": lambda: _identity,
}


def decoder_for(headers: httpx2.Headers) -> Step:
    """Return the decoder for an answer's ``Content-Encoding``: raw bytes in, decoded pieces out.

    Args:
        headers: The answer's headers.

    Returns:
        A function turning each raw chunk into pieces of at most ``PIECE`` bytes each (per coding).

    Raises:
        httpx2.DecodingError: A coding dubkit did not ask for, or more than ``_MAX_CODINGS`` of them.
    """
    names = [name.strip().lower() for value in headers.get_list("content-encoding") for name in value.split(",")]
    names = [name for name in names if name]
    if len(names) > _MAX_CODINGS:
        raise httpx2.DecodingError(f"the answer stacks {len(names)} content codings")
    unknown = sorted({name for name in names if name not in _CODINGS})
    if unknown:
        raise httpx2.DecodingError(f"the answer's content coding {', '.join(unknown)} was not asked for")
    steps = [_CODINGS[name]() for name in reversed(names)]  # the last coding applied is undone first

    def decode(data: bytes) -> Iterator[bytes]:
        pieces: Iterator[bytes] = iter((data,))
        for step in steps:
            pieces = _chain(step, pieces)
        yield from pieces

    return decode


def _chain(step: Step, pieces: Iterator[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        yield from step(piece)
