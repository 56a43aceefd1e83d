"""The simulator's media is real: every output decodes, lasts as long as its source and is of its kind."""

from __future__ import annotations

import asyncio
import functools
import http.server
import io
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx2
import numpy as np
import pytest
from dubkit import AsyncElevenLabs, Dubformer, ElevenLabs, dub_file
from dubkit.sim import Simulator, language_tone_hz
from dubkit.sim._media import MediaItem
from dubkit.sim._media_codecs import encode, encoding_for
from dubkit.sim._media_padding import pad_media
from dubkit.sim._media_signal import dubbed_mix, speech_like
from dubkit.sim._media_source import UnreadableMediaError, read_media
from media_samples import language_of, probe, speech_sample, tolerance, video_sample

BASE = "http://127.0.0.1"
LANGUAGES = ["es", "fr", "de", "it", "ja", "pt"]
CONTENT = [
    {"name": "One", "blocks": [{"sub_type": "p", "nodes": [{"type": "tts_node", "voice_id": "voiceone",
                                                            "text": "Hello there, this is chapter one."}]}]},
    {"name": "Two", "blocks": [{"sub_type": "p", "nodes": [{"type": "tts_node", "voice_id": "voicetwo",
                                                            "text": "And a second, longer chapter follows it."}]}]},
]  # fmt: skip
ALL_TYPES = [
    "audio/mpeg", "audio/wav", "audio/mp4", "audio/aac", "audio/flac", "audio/ogg", "audio/opus", "audio/webm",
    "video/mp4", "video/quicktime", "video/webm", "video/x-matroska", "video/x-msvideo",
]  # fmt: skip


def _near(found, seconds: float) -> bool:
    return abs(found.duration - seconds) <= tolerance(found) and abs(found.audio_seconds - seconds) <= tolerance(found)


@pytest.fixture
def sim() -> Simulator:
    return Simulator(manual_clock=True, job_seconds=10)


@pytest.fixture
def el(sim: Simulator) -> Iterator[ElevenLabs]:
    with httpx2.Client(transport=sim.transport(), base_url=BASE) as http:
        yield ElevenLabs(api_key="k", base_url=BASE, http_client=http)


@pytest.fixture
def df(sim: Simulator) -> Iterator[Dubformer]:
    with httpx2.Client(transport=sim.transport(), base_url=BASE) as http:
        yield Dubformer(api_key="k", base_url=BASE, http_client=http)


@pytest.fixture
def file_server(tmp_path: Path) -> Iterator[str]:
    """Serve tmp_path on a loopback port, as a user's test would serve its media."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(tmp_path))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield f"http://127.0.0.1:{server.server_address[1]}"
        server.shutdown()


# The codecs ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("content_type", ALL_TYPES)
def test_every_media_type_encodes_to_a_file_that_decodes_at_its_length(content_type: str) -> None:
    """Audio types hold one audio stream, video types a picture and audio, each as long as the samples."""
    pcm = speech_like(2.3, [(0.1, 2.0)], "x")
    found = probe(encode(pcm, content_type, seed="x"))
    assert _near(found, 2.3), found
    assert found.kinds == (("video", "audio") if content_type.startswith("video/") else ("audio",))


def test_an_unknown_media_type_is_refused() -> None:
    """The codec table names what it cannot write instead of writing something else."""
    with pytest.raises(ValueError, match="cannot write"):
        encoding_for("application/pdf")


def test_each_language_has_its_own_tone_and_a_dub_carries_it() -> None:
    """Tones differ for every language a provider takes, and the tone of the dub's language is the strongest."""
    codes = [*LANGUAGES, "en", "es-ES", "es-MX", "pt-BR", "zh-Hans", "fil"]
    assert len({language_tone_hz(code) for code in codes}) == len(codes)
    source = speech_like(2.0, [(0.0, 2.0)], "voice")
    for language in LANGUAGES:
        found = probe(encode(dubbed_mix(source, language), "audio/mpeg"))
        assert language_of(found, LANGUAGES) == language


@pytest.mark.parametrize("content_type", ["audio/mpeg", "audio/aac", "audio/wav", "audio/mp4", "video/mp4"])
def test_padding_reaches_the_size_asked_and_the_file_still_plays(content_type: str) -> None:
    """media_size padding (ID3, JUNK, free box) gives the exact size, and decoders skip it."""
    data = encode(speech_like(1.5, [(0.0, 1.5)], "p"), content_type)
    padded = MediaItem("k", content_type, "f", lambda: pad_media(data, content_type, len(data) + 100_001)).read()
    assert len(padded) - (len(data) + 100_001) in {0, -1}
    found = probe(padded)
    assert _near(found, 1.5)
    assert pad_media(data, content_type, 10) == data


def test_probing_reads_duration_kind_and_streams_and_refuses_what_is_not_media() -> None:
    """An upload's length, kind and streams come from the bytes; bytes that are not media are refused."""
    audio = read_media(speech_sample(2.2, content_type="audio/mpeg"), "talk.mp3")
    video = read_media(video_sample(1.7), "clip.mov")
    assert (audio.duration, audio.content_type, audio.has_video, audio.streams) == (
        2.2, "audio/mpeg", False, ("audio:mp3float",)
    )  # fmt: skip
    assert (video.duration, video.content_type, video.has_video) == (1.7, "video/quicktime", True)
    assert len(video.pcm) == round(1.7 * 16_000)
    with pytest.raises(UnreadableMediaError, match="could not be read"):
        read_media(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40, "fake.mp4")


# ElevenLabs dubbing ------------------------------------------------------------------------------------------


def _audio(el: ElevenLabs, dub_id: str, language: str):
    """Download a dub's file in one language and decode it."""
    with tempfile.TemporaryDirectory() as folder:
        return probe(el.dubbing.audio.download(dub_id, language, Path(folder) / "dub"))


def _dub(sim: Simulator, el: ElevenLabs, source: bytes, name: str, language: str = "es", **options) -> str:
    dub = el.dubbing.create(file=(name, io.BytesIO(source)), target_lang=language, **options)
    sim.advance(60)
    return dub.dubbing_id


@pytest.mark.parametrize(
    ("sample", "name", "kind", "content_type"),
    [
        (lambda: speech_sample(3.2), "talk.wav", ("audio",), "audio/wav"),
        (lambda: speech_sample(2.6, content_type="audio/mpeg"), "talk.mp3", ("audio",), "audio/mpeg"),
        (lambda: video_sample(2.4), "clip.mp4", ("video", "audio"), "video/mp4"),
    ],
)
def test_an_elevenlabs_dub_is_real_media_as_long_as_its_upload_and_of_its_kind(  # noqa: PLR0917 - pytest passes fixtures and parameters by name
    sim, el, sample, name, kind, content_type
) -> None:
    """Audio in gives an MP3 out, video in an MP4 (video + AAC); metadata, cues and file agree with the upload."""
    source = sample()
    seconds = probe(source).duration
    dub_id = _dub(sim, el, source, name)
    meta = el.dubbing.get(dub_id)
    assert meta.status == "dubbed"
    assert (meta.media_metadata.content_type, meta.media_metadata.duration) == (content_type, round(seconds, 3))
    found = _audio(el, dub_id, "es")
    assert found.kinds == kind
    assert found.codecs[-1] == ("aac" if "video" in kind else "mp3float")
    assert _near(found, seconds)
    assert language_of(found, LANGUAGES) == "es"
    srt = el.dubbing.transcript.get(dub_id, "es")
    last_cue_end = srt.strip().split("\n\n")[-1].splitlines()[1].split(" --> ")[1]
    hours, minutes, rest = last_cue_end.split(":")
    assert 0 < int(hours) * 3600 + int(minutes) * 60 + float(rest.replace(",", ".")) <= seconds


def test_each_language_of_a_dub_gets_its_own_file_derived_from_the_source(sim, el) -> None:
    """A language added and dubbed later has a file with its own tone, as long as the first."""
    source = speech_sample(4.0)
    dub_id = _dub(sim, el, source, "talk.wav", dubbing_studio=True)
    el.dubbing.resource.language.add(dub_id, language="fr")
    segments = list(el.dubbing.resource.get(dub_id).speaker_segments.additional_properties)
    el.dubbing.resource.translate(dub_id, segments=segments, languages=["fr"])
    el.dubbing.resource.dub(dub_id, segments=segments, languages=["fr"])
    spanish, french = _audio(el, dub_id, "es"), _audio(el, dub_id, "fr")
    assert (language_of(spanish, LANGUAGES), language_of(french, LANGUAGES)) == ("es", "fr")
    assert _near(spanish, 4.0)
    assert _near(french, 4.0)
    # Derived from the source: the dub's loudness, tenth of a second by tenth, follows the source's.
    original = probe(source).samples
    windows = range(0, len(original) - 1600, 1600)
    for found in (spanish, french):
        envelope = [abs(original[i : i + 1600]).mean() for i in windows]
        dubbed = [abs(found.samples[i : i + 1600]).mean() for i in windows]
        assert np.corrcoef(envelope, dubbed)[0, 1] > 0.9


def test_an_upload_that_is_not_media_fails_the_dub_with_a_message(sim, el) -> None:
    """The API answers unreadable media with a failed dub and an error, never a crash."""
    dub_id = _dub(sim, el, b"RIFF" + bytes(range(256)) * 100, "broken.wav")
    meta = el.dubbing.get(dub_id)
    assert meta.status == "failed"
    assert "could not be read" in meta.error


def test_a_url_the_simulator_cannot_fetch_stands_in_for_its_set_length(sim, el) -> None:
    """source_seconds (60 s by default) and the URL's sim-seconds parameter set a stand-in's length."""
    default = el.dubbing.create(source_url="https://media.example.com/talk.mp3", target_lang="es")
    asked = el.dubbing.create(source_url="https://media.example.com/clip.mp4?sim-seconds=3.5", target_lang="de")
    sim.advance(60)
    assert el.dubbing.get(default.dubbing_id).media_metadata.duration == 60.0
    meta = el.dubbing.get(asked.dubbing_id)
    assert (meta.media_metadata.content_type, meta.media_metadata.duration) == ("video/mp4", 3.5)
    found = _audio(el, asked.dubbing_id, "de")
    assert found.is_video
    assert _near(found, 3.5)
    assert language_of(found, LANGUAGES) == "de"


def test_a_loopback_source_url_is_fetched_and_probed(sim, el, tmp_path, file_server) -> None:
    """A URL on loopback (a test's file server) is downloaded and read like an upload."""
    (tmp_path / "clip.mp4").write_bytes(video_sample(2.0))
    dub = el.dubbing.create(source_url=f"{file_server}/clip.mp4", target_lang="it")
    missing = el.dubbing.create(source_url=f"{file_server}/missing.mp4", target_lang="it")
    sim.advance(60)
    assert el.dubbing.get(dub.dubbing_id).media_metadata.duration == 2.0
    found = _audio(el, dub.dubbing_id, "it")
    assert found.is_video
    assert _near(found, 2.0)
    failed = el.dubbing.get(missing.dubbing_id)
    assert failed.status == "failed"
    assert "HTTP 404" in failed.error


def test_start_and_end_time_cut_the_dub_to_that_part(sim, el) -> None:
    """A dub of part of the media lasts that part."""
    dub_id = _dub(sim, el, speech_sample(5.0), "talk.wav", start_time=1, end_time=4)
    assert el.dubbing.get(dub_id).media_metadata.duration == 3.0
    assert _near(_audio(el, dub_id, "es"), 3.0)


def test_the_async_client_downloads_the_same_real_media(sim, tmp_path) -> None:
    """The async twin gets a decodable dub of the upload's length too."""

    async def flow() -> bytes:
        async with httpx2.AsyncClient(transport=sim.async_transport(), base_url=BASE) as http:
            client = AsyncElevenLabs(api_key="k", base_url=BASE, http_client=http)
            dub = await client.dubbing.create(file=("a.wav", io.BytesIO(speech_sample(1.8))), target_lang="ja")
            sim.advance(60)
            return await client.dubbing.audio.download(dub.dubbing_id, "ja", tmp_path / "async.mp3")

    found = probe(asyncio.run(flow()))
    assert _near(found, 1.8)
    assert language_of(found, LANGUAGES) == "ja"


# The dubbing resource ----------------------------------------------------------------------------------------


def test_every_file_of_a_dubbing_resource_decodes_at_its_listed_duration(sim, el) -> None:
    """Input, stems, speaker tracks and segment clips all decode and last their duration_secs."""
    source = video_sample(6.0)
    dub_id = _dub(sim, el, source, "clip.mp4", dubbing_studio=True, num_speakers=2)
    resource = el.dubbing.resource.get(dub_id)
    refs = [resource.input_, resource.background, resource.foreground]
    refs += [track.media_ref for track in resource.speaker_tracks.additional_properties.values()]
    refs += [seg.dubs["es"].media_ref for seg in resource.speaker_segments.additional_properties.values()]
    assert len(refs) >= 6
    for ref in refs:
        found = probe(sim.media(ref.url).read())
        assert _near(found, ref.duration_secs), (ref.src, found)
        assert found.is_video == (not ref.is_audio)
        for cue in [seg.dubs["es"] for seg in resource.speaker_segments.additional_properties.values()]:
            assert 0 <= cue.start_time < cue.end_time <= 6.0
    assert sim.media(resource.input_.url).read() == source


@pytest.mark.parametrize(
    ("render_type", "kinds"),
    [("mp4", ("video", "audio")), ("mp3", ("audio",)), ("wav", ("audio",)), ("aac", ("audio",))],
)
def test_renders_are_real_media_of_their_type(sim, el, render_type, kinds) -> None:
    """mp4, mp3, wav and aac renders decode, last the dub's length and carry the language's tone."""
    dub_id = _dub(sim, el, speech_sample(3.0), "talk.wav", dubbing_studio=True)
    job = el.dubbing.resource.render(dub_id, "es", render_type=render_type)
    sim.advance(60)
    render = el.dubbing.resource.get(dub_id).renders.additional_properties[job.render_id]
    found = probe(sim.media(render.media_ref.url).read())
    assert (found.kinds, _near(found, 3.0), language_of(found, LANGUAGES)) == (kinds, True, "es")


def test_zip_renders_hold_real_tracks_and_clips_and_aaf_fails(sim, el) -> None:
    """tracks_zip holds WAV stems, clips_zip MP3 clips, zip the MP4 and subtitles; aaf cannot be written."""
    dub_id = _dub(sim, el, speech_sample(8.0), "talk.wav", dubbing_studio=True, num_speakers=2)
    jobs = {kind: el.dubbing.resource.render(dub_id, "es", render_type=kind).render_id for kind in
            ("tracks_zip", "clips_zip", "zip", "aaf")}  # fmt: skip
    sim.advance(60)
    renders = el.dubbing.resource.get(dub_id).renders.additional_properties
    assert renders[jobs["aaf"]].status == "failed"
    assert renders[jobs["aaf"]].media_ref is None
    members = {}
    for kind in ("tracks_zip", "clips_zip", "zip"):
        with zipfile.ZipFile(io.BytesIO(sim.media(renders[jobs[kind]].media_ref.url).read())) as archive:
            members[kind] = {name: archive.read(name) for name in archive.namelist()}
    assert sorted(members["tracks_zip"]) == ["Speaker 1.wav", "Speaker 2.wav", "background.wav"]
    assert all(_near(probe(data), 8.0) for data in members["tracks_zip"].values())
    assert members["clips_zip"]
    assert all(probe(data).codecs == ("mp3float",) for data in members["clips_zip"].values())
    video = next(data for name, data in members["zip"].items() if name.endswith(".mp4"))
    assert probe(video).is_video
    assert _near(probe(video), 8.0)
    assert b"-->" in next(data for name, data in members["zip"].items() if name.endswith(".srt"))


# Dubformer ----------------------------------------------------------------------------------------------------


def _ready(sim: Simulator, df: Dubformer, url: str, target: str = "es-ES"):
    created = df.projects.create(source_video_url=url, source_lang="en", target_lang=target)
    sim.advance(60)
    return created, df.projects.get(created.project_id)


@pytest.mark.parametrize(
    ("sample", "name", "video"), [(video_sample, "clip.mp4", True), (speech_sample, "talk.wav", False)]
)
def test_dubformer_outputs_are_real_and_match_a_fetched_source(  # noqa: PLR0917 - pytest passes fixtures and parameters by name
    sim, df, tmp_path, file_server, sample, name, video
) -> None:
    """The output video and the speech track decode, last the source's length, and the script lies inside it."""
    (tmp_path / name).write_bytes(sample(2.8))
    created, project = _ready(sim, df, f"{file_server}/{name}")
    assert created.cost_minutes == 1
    assert all(0 <= line.start_ms < line.end_ms <= 2800 for line in project.output_target_script)
    output = probe(sim.media(project.output_video_url).read())
    speech = probe(sim.media(project.output_tts_audio_url).read())
    assert output.is_video is video
    assert _near(output, 2.8)
    assert speech.kinds == ("audio",)
    assert speech.format == "wav"
    assert _near(speech, 2.8)
    candidates = ["es-ES", "fr-FR", "de-DE", "it-IT"]
    assert language_of(output, candidates) == language_of(speech, candidates) == "es-ES"


def test_dubformer_bills_the_source_minutes_and_refuses_media_it_cannot_read(sim, df, tmp_path, file_server) -> None:
    """A 61-second source costs 2 minutes; a fetched file that is not video is a 422 VideoInfoError."""
    assert df.projects.create(source_video_url="https://cdn.example.com/v.mp4?sim-seconds=61", source_lang="en",
                              target_lang="es-ES").cost_minutes == 2  # fmt: skip
    (tmp_path / "fake.mp4").write_bytes(b"\x00" * 5000)
    with pytest.raises(Exception, match="Unable to read video information") as raised:
        df.projects.create(source_video_url=f"{file_server}/fake.mp4", source_lang="en", target_lang="es-ES")
    assert getattr(raised.value, "status_code", None) == 422


def test_an_elevenlabs_dub_of_a_dubformer_output_reads_it_from_the_simulator_itself(sim, el, df) -> None:
    """A source URL of the simulator's own file is read from its store (no request to itself)."""
    _, project = _ready(sim, df, "https://cdn.example.com/v.mp4?sim-seconds=4")
    dub = el.dubbing.create(source_url=project.output_video_url, target_lang="fr")
    sim.advance(60)
    meta = el.dubbing.get(dub.dubbing_id)
    assert (meta.status, meta.media_metadata.content_type, meta.media_metadata.duration) == ("dubbed", "video/mp4", 4.0)


def test_a_source_url_on_the_simulators_own_origin_is_never_fetched_over_http(sim, el) -> None:
    """Only the simulator's own files are read back; any other path of its origin fails at once (no self-request)."""
    dub = el.dubbing.create(source_url=f"{BASE}/v1/dubbing/talk.mp4", target_lang="es")
    sim.advance(60)
    failed = el.dubbing.get(dub.dubbing_id)
    assert failed.status == "failed"
    assert "HTTP 404" in failed.error
    assert [record.operation for record in sim.requests()].count("media") == 0


# Studio --------------------------------------------------------------------------------------------------------


def test_studio_snapshot_audio_lasts_what_the_snapshot_says(sim, el, tmp_path) -> None:
    """Chapter and project snapshot audio decode as MP3 of audio_duration_secs; the archive holds each chapter."""
    project_id = el.studio.projects.create(name="Book", from_content_json=CONTENT).project.project_id
    el.studio.projects.convert(project_id)
    sim.advance(120)
    (listed,) = el.studio.projects.snapshots.list(project_id)
    snapshot_id = listed.project_snapshot_id
    snapshot = el.studio.projects.snapshots.get(project_id, snapshot_id)
    found = probe(el.studio.projects.snapshots.download(project_id, snapshot_id, tmp_path / "book.mp3"))
    assert found.codecs == ("mp3float",)
    assert abs(found.duration - snapshot.audio_duration_secs) <= tolerance(found)
    archive = el.studio.projects.snapshots.download_archive(project_id, snapshot_id, tmp_path / "book.zip")
    with zipfile.ZipFile(archive) as zipped:
        durations = [probe(zipped.read(name)).duration for name in zipped.namelist()]
    assert len(durations) == 2
    assert abs(sum(durations) - snapshot.audio_duration_secs) <= 2 * tolerance(found)


# The user's entry points ----------------------------------------------------------------------------------------


def test_dub_file_writes_outputs_that_play_for_both_providers(sim, el, df, tmp_path, file_server) -> None:
    """dub_file's files decode and match the source's length and kind, for ElevenLabs and Dubformer."""
    sim.configure(tick_seconds=30)
    source = tmp_path / "hello.wav"
    source.write_bytes(speech_sample(2.0))
    eleven = dub_file(source, provider="elevenlabs", target_lang="es", out_dir=tmp_path / "el", client=el)
    former = dub_file(f"{file_server}/hello.wav", provider="dubformer", target_lang="es-ES", source_lang="en",
                      out_dir=tmp_path / "df", client=df)  # fmt: skip
    written = {path.name: probe(path) for path in [*eleven.files, *former.files] if path.suffix != ".srt"}
    assert sorted(written) == ["hello.es-ES.mp4", "hello.es-ES.speech.wav", "hello.es.mp3"]
    assert all(_near(found, 2.0) and not found.is_video for found in written.values())
