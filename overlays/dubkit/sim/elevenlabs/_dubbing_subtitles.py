"""Subtitles of simulated dubs: segment text cut into frames, and whole transcripts as SRT or WebVTT."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

import attrs
from dubkit_models.elevenlabs import SegmentSubtitleFrame

__all__ = ["Frame", "frames_for", "to_srt", "to_webvtt"]

# Common broadcast limits (e.g. Netflix's timed-text guide): 42 characters a line, two lines a frame.
MAX_LINE = 42
MAX_LINES = 2


@attrs.frozen
class Frame:
    """One subtitle frame: what is on screen, and when."""

    start: float
    end: float
    lines: tuple[str, ...]

    def to_model(self) -> SegmentSubtitleFrame:
        """Describe the frame as the API does.

        Returns:
            The subtitle frame.
        """
        return SegmentSubtitleFrame(
            start_time=round(self.start, 3), end_time=round(self.end, 3), lines=list(self.lines)
        )


def frames_for(text: str | None, start: float, end: float) -> list[Frame]:
    """Cut a segment's text into frames that share its time span evenly.

    Args:
        text: The segment's text; None or blank gives no frames.
        start: The segment's start, in seconds.
        end: The segment's end, in seconds.

    Returns:
        The frames, in order.
    """
    lines = textwrap.wrap(text or "", MAX_LINE)
    if not lines:
        return []
    groups = [tuple(lines[i : i + MAX_LINES]) for i in range(0, len(lines), MAX_LINES)]
    step = (end - start) / len(groups)
    return [Frame(start + i * step, start + (i + 1) * step, group) for i, group in enumerate(groups)]


def _timestamp(seconds: float, separator: str) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def to_srt(frames: Iterable[Frame]) -> str:
    """Write frames as a SubRip (SRT) file.

    Args:
        frames: The frames, in time order.

    Returns:
        The file's text: numbered cues separated by blank lines, times as ``HH:MM:SS,mmm``.
    """
    cues = [
        f"{number}\n{_timestamp(frame.start, ',')} --> {_timestamp(frame.end, ',')}\n" + "\n".join(frame.lines)
        for number, frame in enumerate(frames, start=1)
    ]
    return "".join(f"{cue}\n\n" for cue in cues)


def to_webvtt(frames: Iterable[Frame]) -> str:
    """Write frames as a WebVTT file.

    Args:
        frames: The frames, in time order.

    Returns:
        The file's text: the ``WEBVTT`` header, then numbered cues with times as ``HH:MM:SS.mmm``.
    """
    cues = [
        f"{number}\n{_timestamp(frame.start, '.')} --> {_timestamp(frame.end, '.')}\n" + "\n".join(frame.lines)
        for number, frame in enumerate(frames, start=1)
    ]
    return "WEBVTT\n\n" + "".join(f"{cue}\n\n" for cue in cues)
