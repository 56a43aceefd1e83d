"""``dubkit dub``'s create options: every field of each provider reaches the create call, checked before sending."""

from __future__ import annotations

import inspect

import pytest
from dubkit import Dubformer, DubformerDubOptions, ElevenLabs, ElevenLabsDubOptions
from dubkit.cli._errors import EXIT_OK, EXIT_USAGE

# The resource classes whose create calls the command makes (found from clients, not private modules).
with ElevenLabs(api_key="unused") as _elevenlabs, Dubformer(api_key="unused") as _dubformer:
    Dubbing, Projects = type(_elevenlabs.dubbing), type(_dubformer.projects)

VIDEO = "https://cdn.example.com/talk.mp4"


@pytest.fixture
def sent(monkeypatch):
    """The keyword arguments of every create call the command makes (the real call still runs)."""
    calls: list[dict] = []
    for owner in (Dubbing, Projects):
        original = owner.create

        def spy(self, *, _original=original, **kwargs):
            calls.append(kwargs)
            return _original(self, **kwargs)

        monkeypatch.setattr(owner, "create", spy)
    return calls


def test_every_elevenlabs_option_reaches_the_create(cli, sent, tmp_path):
    """Each ElevenLabs option of `dub --help` arrives in client.dubbing.create with its value."""
    csv = tmp_path / "lines.csv"
    csv.write_text("speaker,start_time,end_time,transcription,translation\n")
    result = cli(
        "dub", VIDEO, "--to", "es", "--no-wait", "-o", str(tmp_path), "--name", "Keynote 2026",
        "--num-speakers", "2", "--watermark", "--start-time", "5", "--end-time", "65", "--highest-resolution",
        "--drop-background-audio", "--profanity-filter", "--dubbing-studio", "--library-voices",
        "--mode", "manual", "--target-accent", "british", "--csv", str(csv), "--csv-fps", "25",
        "--foreground-audio", str(csv), "--background-audio", str(csv),
    )  # fmt: skip
    assert result.exit_code == EXIT_OK, result.stderr
    (call,) = sent
    assert {key: value for key, value in call.items() if key not in {"file", "source_url"}} == {
        "target_lang": "es", "source_lang": None, "name": "Keynote 2026", "num_speakers": 2, "watermark": True,
        "start_time": 5, "end_time": 65, "highest_resolution": True, "drop_background_audio": True,
        "use_profanity_filter": True, "dubbing_studio": True, "disable_voice_cloning": True, "mode": "manual",
        "target_accent": "british", "csv_file": csv, "csv_fps": 25.0, "foreground_audio_file": csv,
        "background_audio_file": csv,
    }  # fmt: skip


def test_every_dubformer_option_reaches_the_create(cli, sent, dubformer, tmp_path):
    """Each Dubformer option arrives in client.projects.create; the script and glossary are read from files."""
    script, glossary = tmp_path / "talk.srt", tmp_path / "terms.tsv"
    script.write_text("1\n00:00:00,000 --> 00:00:01,000\nHello\n")
    glossary.write_text("hello\tbonjour\n")
    result, document = cli.json(
        "dub", VIDEO, "-p", "dubformer", "--from", "en", "--to", "fr-FR", "--no-wait", "-o", str(tmp_path),
        "--mixing-mode", "voiceover_only", "--emotional-transfer", "--no-soundalike-voices",
        "--script", str(script), "--glossary", str(glossary),
    )  # fmt: skip
    assert result.exit_code == EXIT_OK, result.stderr
    (call,) = sent
    assert call["mixing_mode"] == "voiceover_only"
    assert call["use_emotional_transfer"] is True
    assert call["use_soundalike_voices"] is False
    assert call["source_script_content"] == script.read_text()
    assert call["glossary_content"] == glossary.read_text()
    assert call["name"] == "talk"
    assert str(dubformer.projects.get(document["jobs"][0]["job_id"]).mixing_mode) == "voiceover_only"


def test_name_defaults_to_the_stem_and_is_shown_by_the_provider(cli, elevenlabs, tmp_path):
    """Without --name the job is named after the file; with it, as given."""
    _, document = cli.json("dub", VIDEO, "--to", "es", "--no-wait", "-o", str(tmp_path))
    assert elevenlabs.dubbing.get(document["jobs"][0]["job_id"]).name == "talk"
    _, document = cli.json("dub", VIDEO, "--to", "de", "--no-wait", "--name", "My talk", "-o", str(tmp_path))
    assert elevenlabs.dubbing.get(document["jobs"][0]["job_id"]).name == "My talk"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--mixing-mode", "voiceover_only"], "--mixing-mode is not an option of elevenlabs"),
        (["--start-time", "60", "--end-time", "10"], "end_time (10) must be after start_time (60)"),
        (["--mode", "manual"], "mode='manual' needs dubbing_studio=True and a csv_file"),
        (["--mode", "auto"], "mode"),
        (["--foreground-audio", "missing.wav"], "no such file"),
        (["--num-speakers", "-1"], "-1"),
    ],
)
def test_bad_elevenlabs_options_are_refused_before_sending(cli, sim, args, message):
    """A wrong, inconsistent or other provider's option: exit 2, and nothing was sent."""
    result = cli("dub", VIDEO, "--to", "es", *args)
    assert result.exit_code == EXIT_USAGE
    assert message in result.stderr
    assert sim.requests() == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--num-speakers", "2"], "--num-speakers is not an option of dubformer"),
        (["--mixing-mode", "loud"], "mixing_mode"),
        (["--script", "missing.srt"], "--script: cannot read"),
    ],
)
def test_bad_dubformer_options_are_refused_before_sending(cli, sim, args, message):
    """The same for Dubformer."""
    result = cli("dub", VIDEO, "-p", "dubformer", "--from", "en", "--to", "fr-FR", *args)
    assert result.exit_code == EXIT_USAGE
    assert message in result.stderr
    assert sim.requests() == []


def test_help_documents_every_option_by_provider(plain_cli):
    """`dub --help` lists each create option in its provider's panel."""
    text = " ".join(plain_cli("dub", "--help", env={"COLUMNS": "250"}).stdout.split())
    assert "ElevenLabs options" in text
    assert "Dubformer options" in text
    for option in ("--num-speakers", "--watermark", "--start-time", "--end-time", "--highest-resolution",
                   "--drop-background-audio", "--profanity-filter", "--dubbing-studio", "--library-voices", "--mode",
                   "--target-accent", "--csv", "--foreground-audio", "--background-audio", "--csv-fps",
                   "--mixing-mode", "--emotional-transfer", "--soundalike-voices", "--script", "--glossary",
                   "--name", "--concurrency", "--resume", "--json"):  # fmt: skip
        assert option in text, option


def test_every_create_field_has_an_option_class_field():
    """The option classes cover every create parameter dub_file does not set itself."""
    own = {"self", "file", "source_url", "target_lang", "source_lang", "name", "source_video_url", "idempotency_key"}
    own |= {"options"}  # the request options (timeout, extra_headers, ...), not a create field
    for method, kind in ((Dubbing.create, ElevenLabsDubOptions), (Projects.create, DubformerDubOptions)):
        parameters = set(inspect.signature(method).parameters) - own
        assert parameters == {field.name for field in kind.__attrs_attrs__}
