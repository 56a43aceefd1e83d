"""``dubkit balance`` and ``dubkit voices``: the Dubformer account and voice catalogue."""

from __future__ import annotations

from typing import Annotated

import typer

from ._context import Provider, state_of
from ._errors import EXIT_USAGE, CliError
from ._output import JsonOption, records
from ._render import cell, list_table, output_console

__all__ = ["balance", "matches_language", "voices"]


def matches_language(language: str, wanted: str) -> bool:
    """Tell whether a catalogue language matches ``--lang``: the same tag, or its language part (``fr``: ``fr-FR``).

    Args:
        language: A catalogue language, e.g. ``fr-FR``.
        wanted: What the user asked for, e.g. ``fr`` or ``FR-fr``.

    Returns:
        True if it matches, ignoring case.
    """
    language, wanted = language.lower(), wanted.lower()
    return language == wanted or ("-" not in wanted and language.split("-", 1)[0] == wanted)


def balance(ctx: typer.Context, *, json_output: JsonOption = False) -> None:
    """Show the Dubformer account's balance in minutes."""
    state = state_of(ctx, json_output=json_output)
    minutes = state.client(Provider.DUBFORMER).balance().balance_minutes
    if json_output:
        state.write_json({"ok": True, "provider": "dubformer", "balance_minutes": minutes})
        return
    output_console().print(f"Dubformer balance: {minutes:,.1f} minutes")


def voices(
    ctx: typer.Context,
    *,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="LANG",
            help="Only this language: fr-FR, or fr for every French locale.",
            show_default=False,
        ),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """List the Dubformer voices by target language (for re-translations)."""
    state = state_of(ctx, json_output=json_output)
    catalogue = state.client(Provider.DUBFORMER).voices().voices.additional_properties
    languages = sorted(catalogue)
    if lang is not None:
        chosen = [language for language in languages if matches_language(language, lang)]
        if not chosen:
            raise CliError(
                f"Dubformer has no voices for {lang!r}",
                hint=f"its languages: {', '.join(languages) or 'none'}",
                exit_code=EXIT_USAGE,
            )
        languages = chosen
    rows = [
        (language, voice.name, cell(voice.style), voice.voice_key)
        for language in languages
        for voice in sorted(catalogue[language], key=lambda voice: voice.name)
    ]
    columns = ("language", "name", "style", "voice_key")
    if json_output:
        state.write_json({"ok": True, "provider": "dubformer", "voices": records(columns, rows)})
        return
    output_console().print(list_table(("language", "name", "style", "voice key"), rows, no_wrap=("voice key",)))
