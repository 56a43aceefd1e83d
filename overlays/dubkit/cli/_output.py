"""``--json``: every command's result as one JSON document on stdout, and nothing else there.

Progress, notes and ``error:`` lines stay on stderr. A command that fails before it has a result
still writes a document: ``{"ok": false, "error": {...}}``.
"""

from __future__ import annotations

import datetime
import enum
import json
import pathlib
from collections.abc import Iterable, Sequence
from typing import Annotated, Any

import typer

from ._errors import Diagnosis

__all__ = ["JsonOption", "error_document", "file_entry", "json_value", "records", "write_json"]

JsonOption = Annotated[
    bool,
    typer.Option(
        "--json", help="Print the result as one JSON document on stdout (progress and errors stay on stderr)."
    ),
]


def json_value(value: object) -> Any:  # noqa: PLR0911 - one return per kind of value
    """Return a model field as JSON: None for unset, enum values, ISO times, lists and dicts through.

    Args:
        value: A field of a generated model, or plain data.

    Returns:
        A JSON-serialisable value.
    """
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, pathlib.Path):
        return str(value)
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): json_value(item) for key, item in value.items()}
    if isinstance(value, str | int | float | bool):
        return value
    return str(value)


def file_entry(path: pathlib.Path, kind: str, language: str | None = None) -> dict[str, Any]:
    """Return one written file as JSON: path, kind, language and size.

    Args:
        path: The file.
        kind: ``video``, ``audio``, ``speech`` or ``subtitles``.
        language: Its language, if known.

    Returns:
        The entry.
    """
    return {"path": str(path), "kind": kind, "language": language, "bytes": path.stat().st_size}


def error_document(diagnosis: Diagnosis) -> dict[str, Any]:
    """Return an error as JSON.

    Args:
        diagnosis: What ``diagnose`` made of it.

    Returns:
        ``{"message", "hint", "exit_code"}``.
    """
    return {"message": diagnosis.message, "hint": diagnosis.hint, "exit_code": diagnosis.exit_code}


def records(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> list[dict[str, object]]:
    """Return a table's rows as JSON objects keyed by its columns.

    Args:
        columns: The column names.
        rows: The rows, each with one value per column.

    Returns:
        One object per row.
    """
    return [dict(zip(columns, row, strict=True)) for row in rows]


def write_json(document: dict[str, Any]) -> None:
    """Write the command's one JSON document to stdout.

    Args:
        document: The result.
    """
    typer.echo(json.dumps(document, indent=2, ensure_ascii=False))
