"""``dubkit balance`` and ``dubkit voices``: the Dubformer account and voice catalogue."""

from __future__ import annotations

import re

import pytest
from dubkit.cli._catalog import matches_language
from dubkit.cli._errors import EXIT_OK, EXIT_USAGE


def test_balance_shows_the_minutes_left(cli, sim):
    """`balance` prints the account's minutes."""
    sim.set_balance(1234.5)
    result = cli("balance")
    assert result.exit_code == EXIT_OK, result.stderr
    assert result.stdout.strip() == "Dubformer balance: 1,234.5 minutes"


def test_voices_lists_the_catalogue(cli, dubformer):
    """`voices` is a table of every language's voices with their keys."""
    catalogue = dubformer.voices().voices.additional_properties
    result = cli("voices")
    assert result.exit_code == EXIT_OK, result.stderr
    for language, voices in catalogue.items():
        for voice in voices:
            assert re.search(rf"^{language}\s+{voice.name}\s+\S+\s+{re.escape(voice.voice_key)}\s*$", result.stdout,
                             re.MULTILINE)  # fmt: skip


def test_voices_filtered_by_language(cli):
    """--lang fr keeps every French locale and nothing else."""
    result = cli("voices", "--lang", "fr")
    assert result.exit_code == EXIT_OK, result.stderr
    languages = {line.split()[0] for line in result.stdout.splitlines()[2:] if line.strip()}
    assert languages == {"fr-FR", "fr-CA"}


def test_voices_for_an_unknown_language_exit_2_with_the_list(cli):
    """A language with no voices: exit 2, the hint lists the catalogue's languages."""
    result = cli("voices", "--lang", "xx-XX")
    assert result.exit_code == EXIT_USAGE
    assert "fr-FR" in result.stderr.splitlines()[1]


@pytest.mark.parametrize(
    ("language", "wanted", "expected"),
    [("fr-FR", "fr", True), ("fr-FR", "FR-fr", True), ("fr-CA", "fr-FR", False), ("frr-XX", "fr", False)],
)
def test_matches_language(language, wanted, expected):
    """A bare language matches its locales; a full tag matches itself, ignoring case."""
    assert matches_language(language, wanted) is expected
