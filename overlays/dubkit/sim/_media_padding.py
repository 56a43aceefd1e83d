"""Making a media file bigger without changing what it plays: each container's own padding.

``SimConfig.media_size`` lets a test download files of a chosen size (several chunks, a resumed
transfer) while every file still decodes. The padding is the kind the formats define for this purpose
(room left to edit tags in place) and every decoder skips it:

* MP3 and ADTS AAC: an ID3v2.4 tag in front, one ``TSSE`` frame then zero padding;
* WAV: a ``JUNK`` chunk before the ``fmt`` chunk;
* MP4, M4A and MOV: a top-level ``free`` box at the end.

Other types (zip archives, Ogg, Matroska, AVI, FLAC) are served at their natural size.
"""

from __future__ import annotations

import struct

from ._media import Content

__all__ = ["pad_media"]

_ID3_FRAME = b"TSSE"
_ID3_TEXT = b"\x03dubkit simulator"  # encoding byte 3 = UTF-8
_ID3_HEADER = 10
_WAV_HEADER = 12
_CHUNK_HEADER = 8
_MP4_TYPES = frozenset({"audio/mp4", "video/mp4", "video/quicktime"})
_MAX_SYNCSAFE = (1 << 28) - 1
_MAX_BOX = (1 << 32) - 1


def _syncsafe(value: int) -> bytes:
    return bytes(((value >> shift) & 0x7F) for shift in (21, 14, 7, 0))


def _id3(data: bytes, size: int) -> Content:
    frame = _ID3_FRAME + _syncsafe(len(_ID3_TEXT)) + b"\x00\x00" + _ID3_TEXT
    body = size - len(data) - _ID3_HEADER
    if body < len(frame) or body > _MAX_SYNCSAFE:
        return data
    return b"ID3\x04\x00\x00" + _syncsafe(body) + frame, body - len(frame), data


def _junk_chunk(data: bytes, size: int) -> Content:
    extra = size - len(data) - _CHUNK_HEADER
    if extra < 0 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return data
    extra -= extra % 2  # RIFF chunks are word-aligned
    riff_size = struct.unpack("<I", data[4:8])[0] + _CHUNK_HEADER + extra
    header = b"RIFF" + struct.pack("<I", riff_size) + b"WAVE" + b"JUNK" + struct.pack("<I", extra)
    return header, extra, data[_WAV_HEADER:]


def _free_box(data: bytes, size: int) -> Content:
    extra = size - len(data)
    if extra < _CHUNK_HEADER or extra > _MAX_BOX:
        return data
    return data + struct.pack(">I", extra) + b"free", extra - _CHUNK_HEADER


def pad_media(data: bytes, content_type: str, size: int) -> Content:
    """Pad a media file to ``size`` bytes with its container's padding, where the container has one.

    Args:
        data: The file.
        content_type: Its media type.
        size: The size wanted; a file already that big, or too close to it for the smallest padding,
            is returned as it is.

    Returns:
        The padded file as parts, its zero padding as a count (so a large file is never held in memory):
        exactly ``size`` bytes, or one byte less for WAV when the shortfall is odd; or ``data`` unchanged.
    """
    if size <= len(data):
        return data
    if content_type in {"audio/mpeg", "audio/aac"}:
        return _id3(data, size)
    if content_type == "audio/wav":
        return _junk_chunk(data, size)
    if content_type in _MP4_TYPES:
        return _free_box(data, size)
    return data
