"""``dub_file``'s ``name=`` and ``options=`` (both twins), checks before sending, names, file modes, byte counts."""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path

import httpx2
import pytest
from dubkit import (
    AsyncDubformer,
    AsyncElevenLabs,
    Dubformer,
    DubformerDubOptions,
    ElevenLabs,
    ElevenLabsDubOptions,
    adub_file,
    dub_file,
)
from dubkit._downloads import download_to_path
from dubkit._dub_options import source_stem
from dubkit._safe_names import MAX_COMPONENT, safe_component
from dubkit._transfers import observe_transfers
from dubkit.sim import Simulator
from media_samples import speech_sample

VIDEO = "https://cdn.example.com/talk.mp4"


def test_elevenlabs_options_and_name_reach_the_dub(
    elevenlabs_client: ElevenLabs, dubkit_sim: Simulator, tmp_path, monkeypatch
):
    """name= and every given ElevenLabsDubOptions field arrive in client.dubbing.create; the dub bears the name."""
    sent: list[dict] = []
    Dubbing = type(elevenlabs_client.dubbing)  # noqa: N806 - a class
    original = Dubbing.create

    def spy(self, **kwargs):
        sent.append(kwargs)
        return original(self, **kwargs)

    monkeypatch.setattr(Dubbing, "create", spy)
    result = dub_file(
        VIDEO, provider="elevenlabs", target_lang="es", out_dir=tmp_path, client=elevenlabs_client, name="Keynote",
        options=ElevenLabsDubOptions(num_speakers=3, watermark=True, drop_background_audio=False), wait=False,
    )  # fmt: skip
    assert result.job.name == "Keynote"
    (call,) = sent
    assert {k: call[k] for k in ("name", "num_speakers", "watermark", "drop_background_audio")} == {
        "name": "Keynote", "num_speakers": 3, "watermark": True, "drop_background_audio": False,
    }  # fmt: skip
    assert "highest_resolution" not in call  # options not given are not sent


def test_the_async_twin_takes_the_same_options(
    async_elevenlabs_client: AsyncElevenLabs, async_dubformer_client: AsyncDubformer, clocked: Simulator, tmp_path
):
    """adub_file takes name= and options= as dub_file does, for both providers."""

    async def both():
        eleven = await adub_file(
            VIDEO, provider="elevenlabs", target_lang="de", out_dir=tmp_path, name="Talk DE",
            options=ElevenLabsDubOptions(num_speakers=1), client=async_elevenlabs_client,
        )  # fmt: skip
        former = await adub_file(VIDEO, provider="dubformer", source_lang="en", target_lang="fr-FR", out_dir=tmp_path,
                                 options=DubformerDubOptions(mixing_mode="voiceover_only"),
                                 client=async_dubformer_client)  # fmt: skip
        return eleven, former

    eleven, former = asyncio.run(both())
    assert eleven.job.name == "Talk DE"
    assert [p.name for p in eleven.files] == ["talk.de.mp4", "talk.de.srt"]
    assert str(former.job.mixing_mode) == "voiceover_only"
    assert [p.name for p in former.files] == ["talk.fr-FR.mp4", "talk.fr-FR.speech.wav"]


def test_dubformer_options_reach_the_project(dubformer_client: Dubformer, dubkit_sim: Simulator, tmp_path):
    """DubformerDubOptions' mixing mode is the project's."""
    result = dub_file(VIDEO, provider="dubformer", source_lang="en", target_lang="de-DE", out_dir=tmp_path,
                      options=DubformerDubOptions(mixing_mode="voiceover_only"), client=dubformer_client,
                      wait=False)  # fmt: skip
    assert str(dubformer_client.projects.get(result.job_id).mixing_mode) == "voiceover_only"


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda: ElevenLabsDubOptions(num_speakers=-1), ValueError),
        (lambda: ElevenLabsDubOptions(num_speakers="2"), TypeError),
        (lambda: ElevenLabsDubOptions(start_time=10, end_time=5), ValueError),
        (lambda: ElevenLabsDubOptions(mode="manual"), ValueError),
        (lambda: ElevenLabsDubOptions(foreground_audio_file=__file__), ValueError),
        (lambda: ElevenLabsDubOptions(csv_file="/no/such.csv"), ValueError),
        (lambda: ElevenLabsDubOptions(watermark="yes"), TypeError),
        (lambda: DubformerDubOptions(mixing_mode="loud"), ValueError),
        (lambda: DubformerDubOptions(glossary_content="  "), ValueError),
        (lambda: DubformerDubOptions(use_soundalike_voices=1), TypeError),
    ],
)
def test_bad_options_fail_when_made(make, error):
    """Each option is checked when the options are made: nothing can be sent with it."""
    with pytest.raises(error):
        make()


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"provider": "dubformer", "source_lang": "en", "target_lang": "fr-FR", "options": ElevenLabsDubOptions()},
         TypeError, "DubformerDubOptions"),
        ({"provider": "elevenlabs", "target_lang": "es,de"}, ValueError, "one language code"),
        ({"provider": "elevenlabs", "target_lang": "es", "name": " "}, ValueError, "blank"),
        ({"provider": "dubformer", "source_lang": "en", "target_lang": "fr"}, ValueError, "with one"),
    ],
)  # fmt: skip
def test_bad_arguments_are_refused_before_any_request(dubkit_sim: Simulator, elevenlabs_client, kwargs, error, message):
    """Options of the other provider, a list of languages, a blank name, a Dubformer language without locale."""
    with pytest.raises(error, match=message):
        dub_file(VIDEO, out_dir="unused", **kwargs)
    assert dubkit_sim.requests() == []


@pytest.mark.parametrize(
    ("source", "message"),
    [("ftp://host/a.mp4", "only http"), ("{tmp}", "is a directory"), ("{tmp}/empty.wav", "is empty"),
     ("{tmp}/notes.txt", "is not audio or video")],
)  # fmt: skip
def test_sources_that_cannot_be_media_are_refused(tmp_path, source, message):
    """Another URL scheme, a directory, an empty file, a text file: ValueError, no client needed."""
    (tmp_path / "empty.wav").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ValueError, match=message):
        dub_file(source.format(tmp=tmp_path), provider="elevenlabs", target_lang="es")


@pytest.mark.parametrize(
    ("source", "is_url", "stem"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10", True, "dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", True, "dQw4w9WgXcQ"),
        ("https://www.youtube.com/shorts/abc_DEF-1", True, "abc_DEF-1"),
        ("https://cdn.example.com/Team Talk (final).mp4?sig=x", True, "Team_Talk_final"),
        ("/media/../etc/.hidden.wav", False, "hidden"),
        ("/media/clip", False, "clip"),
    ],
)
def test_source_stems(source, is_url, stem):
    """Stems: a YouTube link's video id, a file's name without extension, made safe."""
    assert source_stem(source, is_url=is_url) == stem


@pytest.mark.parametrize(
    ("text", "stem"),
    [("../../etc/passwd", "etc_passwd"), ("", "dub"), ("...", "dub"), ("a" * 300, "a" * MAX_COMPONENT),
     ("ok-name_1.2", "ok-name_1.2")],
)  # fmt: skip
def test_output_stems_are_always_plain_names(text, stem):
    """Stems are safe components: no separator, no leading dot, bounded length; a default when nothing is left."""
    assert safe_component(text, fallback="dub") == stem


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_downloads_get_the_umask_mode_and_report_their_bytes(tmp_path: Path, umask: int):
    """A downloaded file is 0666 less the umask (not 0600); the observer sees its bytes up to the total."""
    body = bytes(range(256)) * 1000
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, content=body))
    seen: list[tuple[str, str, int, int | None]] = []
    previous = os.umask(umask)
    try:
        with httpx2.Client(transport=transport) as client, observe_transfers(lambda *event: seen.append(event)):
            path = download_to_path(client, "https://cdn.example.com/a.mp4", tmp_path / "a.mp4", chunk_size=50_000)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    assert seen[-1] == ("download", "a.mp4", len(body), len(body))
    assert [event[2] for event in seen] == sorted(event[2] for event in seen)
    assert len(seen) > 1


def test_uploads_report_their_bytes(elevenlabs_client: ElevenLabs, dubkit_sim: Simulator, tmp_path):
    """A local file's upload reports its bytes read up to its size."""
    source = tmp_path / "talk.wav"
    source.write_bytes(speech_sample(3.0))
    seen: list[tuple] = []
    with observe_transfers(lambda *event: seen.append(event)):
        dub_file(source, provider="elevenlabs", target_lang="es", client=elevenlabs_client, wait=False)
    assert seen[0][:2] == ("upload", "talk.wav")
    assert max(event[2] for event in seen) == source.stat().st_size == seen[-1][3]
