"""Formatting helpers and the dub progress display."""

from __future__ import annotations

import datetime
import enum
import io

import pytest
from dubkit import DubProgress
from dubkit.cli._progress import DubMonitor
from dubkit.cli._render import cell, describe_eta, human_duration, public_url, visible
from dubkit_dubformer.types import UNSET
from rich.console import Console

NOW = datetime.datetime(2026, 3, 1, 12, 0, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0s"), (44.6, "45s"), (60, "1m 00s"), (130, "2m 10s"), (3599, "59m 59s"), (3900, "1h 05m"), (-3, "0s")],
)
def test_human_duration(seconds, text):
    """Durations read as seconds, minutes and seconds, or hours and minutes."""
    assert human_duration(seconds) == text


def test_eta_in_the_future_shows_local_time_and_time_left():
    """An estimate 2m 10s ahead: its local clock time and `(in 2m 10s)`."""
    estimate = NOW + datetime.timedelta(seconds=130)
    local = estimate.astimezone()
    expected_when = local.strftime("%H:%M:%S" if local.date() == NOW.astimezone().date() else "%Y-%m-%d %H:%M:%S")
    assert describe_eta(estimate, NOW) == f"ETA {expected_when} (in 2m 10s)"


def test_eta_in_the_past_is_overdue():
    """An estimate already passed says by how much."""
    assert describe_eta(NOW - datetime.timedelta(seconds=5), NOW).endswith("(overdue by 5s)")


def test_eta_on_another_day_shows_the_date():
    """An estimate days away includes its date."""
    estimate = NOW + datetime.timedelta(days=3)
    assert estimate.astimezone().strftime("%Y-%m-%d") in describe_eta(estimate, NOW)


def test_no_estimate():
    """Without an estimate: `ETA unknown`."""
    assert describe_eta(None, NOW) == "ETA unknown"


class Color(enum.Enum):
    RED = "red"


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, "-"), (UNSET, "-"), ("", "-"), (Color.RED, "red"), (True, "yes"), (2.50, "2.5"), (["es", "fr"], "es, fr"),
     ([], "-"), ("plain", "plain")],
)  # fmt: skip
def test_cell(value, text):
    """Model fields become table text: dashes for nothing, enum values, joined lists."""
    assert cell(value) == text


def test_public_url_drops_the_signature():
    """Signed URLs lose their query (the signature) and are marked."""
    assert public_url("https://cdn.example.com/v.mp4?sig=abc&exp=1") == "https://cdn.example.com/v.mp4 (signed)"
    assert public_url("https://cdn.example.com/v.mp4") == "https://cdn.example.com/v.mp4"
    assert public_url(UNSET) == "-"


def test_monitor_prints_a_line_per_status_change_off_a_terminal():
    """Off a terminal: one line per update with status, ETA and elapsed time (from the injected clock)."""
    stream = io.StringIO()
    ticks = iter([0.0, 3.0, 65.0])
    monitor = DubMonitor(Console(file=stream, width=200), provider="dubformer", clock=lambda: next(ticks),
                         now=lambda: NOW)  # fmt: skip
    with monitor:
        assert monitor.describe() == "dubformer: creating the job ... 3s"
        estimate = NOW + datetime.timedelta(minutes=2)
        monitor.update(DubProgress("dubformer", "p-1", "in_progress", 1.0, estimate, None))
    line = stream.getvalue().splitlines()[0]
    assert line.startswith("dubformer p-1: in_progress  ETA ")
    assert line.endswith("(in 2m 00s)  elapsed 1m 05s")
    assert monitor.job_id == "p-1"


def test_monitor_on_a_terminal_leaves_one_final_line():
    """On a terminal the live line is replaced, at the end, by one line with the final status."""
    stream = io.StringIO()
    console = Console(file=stream, width=200, force_terminal=True, color_system=None)
    with DubMonitor(console, provider="elevenlabs", now=lambda: NOW) as monitor:
        monitor.update(DubProgress("elevenlabs", "d-1", "dubbing", 0.0, None, None))
        monitor.update(DubProgress("elevenlabs", "d-1", "dubbed", 9.0, None, None))
    assert "✓ elevenlabs d-1: dubbed  elapsed" in stream.getvalue()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain name é 日本", "plain name é 日本"),
        ("\x1b[2Jclear", "\\x1b[2Jclear"),
        ("\x1b]52;c;ZXZpbA==\x07", "\\x1b]52;c;ZXZpbA==\\x07"),
        ("csi\x9b31m", "csi\\x9b31m"),
        ("bidi\u202eevil", "bidi\\u202eevil"),
        ("zero\u200bwidth", "zero\\u200bwidth"),
        ("line\nbreak\r", "line\\nbreak\\r"),
        ("sep\u2028x", "sep\\u2028x"),
    ],
)
def test_visible_shows_every_control_character_as_an_escape(text: str, shown: str) -> None:
    """Controls, C1, bidi and zero-width characters become escapes; printable text is untouched."""
    assert visible(text) == shown
