"""How ``dubkit`` shows things: its consoles, tables of fields and files, durations, sizes and ETAs."""

from __future__ import annotations

import datetime
import enum
import os
import pathlib
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from rich import box
from rich.console import Console
from rich.filesize import decimal
from rich.table import Table
from rich.text import Text

from dubkit._server_values import timestamp

__all__ = [
    "PIPE_WIDTH",
    "cell",
    "describe_eta",
    "error_console",
    "fields_table",
    "files_table",
    "human_duration",
    "list_table",
    "output_console",
    "public_url",
    "visible",
    "visible_lines",
]

PIPE_WIDTH = 200
"""Columns of output that goes to a file or a pipe: wide enough that tables keep every id whole."""
_EMPTY = "-"
_MINUTE, _HOUR = 60, 3600


def _console(stream: Any) -> Console:
    # Rich assumes 80 columns off a terminal and would squeeze ids; $COLUMNS still wins if set.
    wide = not stream.isatty() and not os.environ.get("COLUMNS")
    return Console(file=stream, highlight=False, width=PIPE_WIDTH if wide else None)


def output_console() -> Console:
    """Return a console on stdout, for results (tables, ids).

    Returns:
        The console.
    """
    return _console(sys.stdout)


def error_console() -> Console:
    """Return a console on stderr, for progress and messages that are not the result.

    Returns:
        The console.
    """
    return _console(sys.stderr)


# Unicode categories that draw nothing or steer the terminal: controls (C0, C1 with ESC), format characters
# (bidi overrides, zero-width), surrogates, private use, unassigned, and the line/paragraph separators.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def visible(text: str) -> str:
    r"""Return text with every control or invisible character shown as an escape (``\x1b``, ``\u202e``).

    Server text (names, statuses, error messages) passes through here before it reaches a terminal, so it
    cannot clear the screen, set the window title, write the clipboard or reorder what is shown.

    Args:
        text: Text from outside dubkit.

    Returns:
        The same text where it is printable; each other character as its Python escape.
    """
    if text.isprintable():
        return text
    return "".join(repr(char)[1:-1] if unicodedata.category(char) in _INVISIBLE else char for char in text)


def visible_lines(text: str) -> str:
    """Return multi-line text (a traceback, say) with each line made ``visible``, the line breaks kept.

    Args:
        text: Text from outside dubkit, over several lines.

    Returns:
        The text, each line passed through ``visible``.
    """
    return "\n".join(visible(line) for line in text.split("\n"))


def cell(value: object) -> str:  # noqa: PLR0911 - one return per kind of value
    """Return a model field as table text: ``-`` for nothing, enum values, local times, lists joined.

    Args:
        value: A field of a generated model.

    Returns:
        The text.
    """
    if value is None or value == "":
        return _EMPTY
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime.datetime):
        shown = timestamp(value)
        return visible(value.isoformat()) if shown is None else shown.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(cell(item) for item in value) or _EMPTY
    return visible(str(value))


def public_url(url: object) -> str:
    """Return an output URL without its query string (signed URLs carry credentials there).

    Args:
        url: A URL field, possibly unset.

    Returns:
        The URL without query or fragment, marked ``(signed)`` if it had a query; ``-`` for nothing.
    """
    text = cell(url)
    if text == _EMPTY:
        return text
    parts = urlsplit(text)
    bare = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return f"{bare} (signed)" if parts.query else bare


def human_duration(seconds: float) -> str:
    """Return a duration as ``45s``, ``2m 10s`` or ``1h 05m``.

    Args:
        seconds: A duration (negative counts as zero).

    Returns:
        The text.
    """
    total = max(0, round(seconds))
    if total < _MINUTE:
        return f"{total}s"
    if total < _HOUR:
        return f"{total // _MINUTE}m {total % _MINUTE:02d}s"
    return f"{total // _HOUR}h {total % _HOUR // _MINUTE:02d}m"


def describe_eta(estimate: datetime.datetime | None, now: datetime.datetime) -> str:
    """Return the API's completion estimate as local time and time left, e.g. ``ETA 14:03:10 (in 2m 10s)``.

    Args:
        estimate: When the API expects the job to finish (aware), if it said.
        now: The current time (aware).

    Returns:
        The text; ``ETA unknown`` without an estimate.
    """
    estimate = timestamp(estimate)
    if estimate is None:
        return "ETA unknown"
    local = estimate.astimezone()
    same_day = local.date() == now.astimezone().date()
    when = local.strftime("%H:%M:%S" if same_day else "%Y-%m-%d %H:%M:%S")
    left = (estimate - now).total_seconds()
    if left >= 0:
        return f"ETA {when} (in {human_duration(left)})"
    return f"ETA {when} (overdue by {human_duration(-left)})"


def fields_table(rows: Iterable[tuple[str, str]], *, title: str | None = None) -> Table:
    """Return a two-column table of field names and values.

    Args:
        rows: ``(field, value)`` pairs, in display order.
        title: A title above the table.

    Returns:
        The table.
    """
    table = Table(box=None, show_header=False, title=title, title_justify="left", pad_edge=False)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    for name, value in rows:
        table.add_row(name, Text(visible(value)))
    return table


def list_table(columns: Sequence[str], rows: Iterable[Sequence[str]], *, no_wrap: Iterable[str] = ()) -> Table:
    """Return a table with a header row.

    Args:
        columns: The column titles.
        rows: The rows, one text per column.
        no_wrap: Columns whose text must stay on one line (ids, statuses, dates).

    Returns:
        The table.
    """
    keep = set(no_wrap)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for title in columns:
        table.add_column(title, no_wrap=title in keep)
    for row in rows:
        # Text, not str: names and paths are data, and rich would read "[...]" in them as markup.
        table.add_row(*(Text(visible(value)) for value in row))
    return table


def _shown_path(path: pathlib.Path) -> str:
    """Return a path relative to the working directory when it is inside it (shorter), else as it is."""
    try:
        return str(path.resolve().relative_to(pathlib.Path.cwd()))
    except ValueError:
        return str(path)


def files_table(files: Iterable[tuple[str, pathlib.Path]]) -> Table:
    """Return a table of files written: what each is, its path and its size.

    Args:
        files: ``(label, path)`` pairs, e.g. ``("es", Path("talk.es.mp4"))``.

    Returns:
        The table.
    """
    rows = []
    for label, path in files:
        size = path.stat().st_size
        rows.append((label, _shown_path(path), decimal(size), f"{size:,}"))
    table = list_table(("output", "path", "size", "bytes"), rows, no_wrap=("output", "path", "size", "bytes"))
    table.columns[2].justify = table.columns[3].justify = "right"
    return table
