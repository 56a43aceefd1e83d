"""Formatting helpers and the dub progress display."""

from __future__ import annotations

import datetime
import enum
import io

import pytest
from dubkit.cli._progress import BatchView
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


def test_view_prints_a_line_per_status_change_off_a_terminal():
    """Off a terminal: one line per change, prefixed by the job, with status, ETA and elapsed time."""
    stream = io.StringIO()
    ticks = iter([0.0, 3.0, 65.0, 65.0, 66.0])
    view = BatchView(Console(file=stream, width=200), clock=lambda: next(ticks), now=lambda: NOW)
    with view:
        line = view.add("talk → fr-FR", "dubformer")
        assert view.describe(line) == "dubformer: queued ...  elapsed 3s"
        view.update(line, status="in_progress", job_id="p-1", estimate=NOW + datetime.timedelta(minutes=2))
        view.update(line, status="in_progress", job_id="p-1")  # no change, no line
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("talk → fr-FR: dubformer p-1: in_progress  ETA ")
    assert lines[0].endswith("(in 2m 00s)  elapsed 1m 05s")


def test_view_reports_a_transfer_when_it_starts_and_when_it_ends_off_a_terminal():
    """Off a terminal a transfer is two lines (size included), not one per chunk."""
    stream = io.StringIO()
    with BatchView(Console(file=stream, width=200)) as view:
        line = view.add("talk → es", "elevenlabs")
        for done in (0, 500_000, 1_000_000, 2_000_000):
            view.transfer(line, "download", "talk.es.mp4", done, 2_000_000)
    assert stream.getvalue().splitlines() == [
        "talk → es: downloading talk.es.mp4 (2.0 MB)",
        "talk → es: downloaded talk.es.mp4 (2.0 MB)",
    ]


def test_view_on_a_terminal_shows_every_job_and_the_bytes_of_a_transfer():
    """On a terminal, each job has a live row; a transfer shows its file and bytes done of total."""
    stream = io.StringIO()
    console = Console(file=stream, width=200, force_terminal=True, color_system=None)
    with BatchView(console, now=lambda: NOW) as view:
        first = view.add("a → es", "elevenlabs")
        second = view.add("b → es", "elevenlabs")
        view.update(first, status="dubbing", job_id="d-1")
        view.transfer(second, "upload", "b.wav", 1_000_000, 4_000_000)
        view._progress.refresh()
        screen = stream.getvalue()
    assert "a → es" in screen
    assert "elevenlabs d-1: dubbing" in screen
    assert "uploading b.wav" in screen
    assert "1.0/4.0 MB" in screen


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
