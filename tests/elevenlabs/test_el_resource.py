"""``client.dubbing.resource`` (sync) against the simulator: read, edit, render, wait, download; bad input."""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
import math
from collections.abc import Callable
from typing import Any

import attrs
import httpx2
import pytest
from dubkit import AsyncElevenLabs, DubbingFailedError, ElevenLabs, NotFoundError, WaitTimeoutError
from dubkit.elevenlabs._resource_inputs import classify_render
from dubkit.elevenlabs.types import (
    DubbedSegment,
    DubbingMediaReference,
    DubbingResource,
    Render,
    RenderStatus,
    RenderType,
    SegmentSubtitleFrame,
    SimilarVoice,
    SpeakerSegment,
    SpeakerTrack,
)
from dubkit.sim import Simulator
from dubkit.sim._protocol import SimContext

URL = "https://media.example.com/talk.mp4"

# The resource API is deprecated by ElevenLabs (2026-08-22); its warnings are tested in test_el_deprecations.py.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _studio_dub(client: ElevenLabs, url: str = URL) -> tuple[str, DubbingResource]:
    dub_id = client.dubbing.create(source_url=url, target_lang="es", source_lang="en", dubbing_studio=True).dubbing_id
    return dub_id, client.dubbing.resource.get(dub_id)


def _first_segment(resource: DubbingResource) -> SpeakerSegment:
    return resource.speaker_segments[resource.speaker_segments.additional_keys[0]]


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- reading ----------------------------------------------------------------------------------------


def test_get_returns_the_whole_resource_typed(elevenlabs_client: ElevenLabs) -> None:
    """get() parses every part of the resource into models, losslessly (to_dict equals the JSON served)."""
    dub_id, resource = _studio_dub(elevenlabs_client)
    served = elevenlabs_client.raw.get_httpx_client().get(f"/v1/dubbing/resource/{dub_id}").json()
    assert resource.to_dict() == served
    assert (resource.id, resource.version, resource.source_language, resource.target_languages) == (
        dub_id,
        0,
        "en",
        ["es"],
    )
    assert isinstance(resource.input_, DubbingMediaReference)
    assert resource.input_.content_type == "video/mp4"
    owned = [sid for track in resource.speaker_tracks.additional_properties.values() for sid in track.segments]
    assert sorted(owned) == sorted(resource.speaker_segments.additional_keys)
    assert all(isinstance(s, SpeakerSegment) for s in resource.speaker_segments.additional_properties.values())
    assert resource.renders.additional_properties == {}


def test_a_dub_without_studio_has_no_resource(elevenlabs_client: ElevenLabs, dubkit_sim: Simulator) -> None:
    """A dub created without dubbing_studio=True answers 404, raised as NotFoundError by get and by edits."""
    dub_id = elevenlabs_client.dubbing.create(source_url=URL, target_lang="es").dubbing_id
    with pytest.raises(NotFoundError) as missing:
        elevenlabs_client.dubbing.resource.get(dub_id)
    assert missing.value.error_type == "dubbing_resource_not_found"
    with pytest.raises(NotFoundError):
        elevenlabs_client.dubbing.resource.render(dub_id, "es", render_type="mp4")
    assert dubkit_sim.counts()["renders"] == 0


# --- editing ----------------------------------------------------------------------------------------


def test_language_add_reaches_every_segment(elevenlabs_client: ElevenLabs) -> None:
    """language.add() adds a target language: the dub lists it and every segment has an untranslated version."""
    dub_id, _ = _studio_dub(elevenlabs_client)
    assert elevenlabs_client.dubbing.resource.language.add(dub_id, language="de").version == 1
    resource = elevenlabs_client.dubbing.resource.get(dub_id)
    assert resource.target_languages == ["es", "de"]
    for segment in resource.speaker_segments.additional_properties.values():
        assert (segment.dubs["de"].text, segment.dubs["de"].audio_stale, segment.dubs["de"].media_ref) == (
            None,
            True,
            None,
        )
    assert elevenlabs_client.dubbing.get(dub_id).target_languages == ["es", "de"]


def test_segment_create_update_delete(elevenlabs_client: ElevenLabs) -> None:
    """A created segment joins its speaker with its text and translation; update changes it; delete removes it."""
    res = elevenlabs_client.dubbing.resource
    dub_id, before = _studio_dub(elevenlabs_client)
    speaker_id = before.speaker_tracks.additional_keys[0]
    created = res.speaker.segment.create(
        dub_id, speaker_id, start_time=0.25, end_time=1.5, text="Hello there.", translations={"es": "Hola."}
    )
    assert created.version == 1
    after = res.get(dub_id)
    assert len(after.speaker_segments.additional_keys) == len(before.speaker_segments.additional_keys) + 1
    assert created.new_segment in after.speaker_tracks[speaker_id].segments
    segment = after.speaker_segments[created.new_segment]
    assert (segment.start_time, segment.end_time, segment.text) == (0.25, 1.5, "Hello there.")
    assert (segment.dubs["es"].text, segment.dubs["es"].audio_stale) == ("Hola.", True)

    assert res.segment.update(dub_id, created.new_segment, "en", start_time=0.5, text="Hi.").version == 2
    assert res.segment.update(dub_id, created.new_segment, "es", end_time=2, text="¡Hola!").version == 3
    segment = res.get(dub_id).speaker_segments[created.new_segment]
    assert (segment.start_time, segment.end_time, segment.text) == (0.5, 1.5, "Hi.")
    assert (segment.dubs["es"].end_time, segment.dubs["es"].text) == (2.0, "¡Hola!")

    assert res.segment.delete(dub_id, created.new_segment).version == 4
    final = res.get(dub_id)
    assert created.new_segment not in final.speaker_segments
    assert created.new_segment not in final.speaker_tracks[speaker_id].segments
    assert sorted(final.speaker_segments.additional_keys) == sorted(before.speaker_segments.additional_keys)


def test_transcribe_translate_dub_regenerate_in_order(elevenlabs_client: ElevenLabs, dubkit_sim: Simulator) -> None:
    """transcribe restores heard text; translate (all languages by default) makes audio stale; dub refreshes it."""
    res = elevenlabs_client.dubbing.resource
    dub_id, resource = _studio_dub(elevenlabs_client)
    segment = _first_segment(resource)
    original = segment.text
    res.language.add(dub_id, language="de")
    res.segment.update(dub_id, segment.id, "en", text="A typo.")
    assert res.transcribe(dub_id, segments=[segment.id]).version == 3
    assert res.get(dub_id).speaker_segments[segment.id].text == original

    res.segment.update(dub_id, segment.id, "en", text="New words.")
    assert res.translate(dub_id, segments=(segment.id,)).version == 5
    dubs = res.get(dub_id).speaker_segments[segment.id].dubs
    assert {lang: (dubs[lang].text, dubs[lang].audio_stale) for lang in ("es", "de")} == {
        "es": ("[es] New words.", True),
        "de": ("[de] New words.", True),
    }

    assert res.dub(dub_id, segments=[segment.id], languages=["es"]).version == 6
    dubs = res.get(dub_id).speaker_segments[segment.id].dubs
    assert (dubs["es"].text, dubs["es"].audio_stale, dubs["de"].audio_stale) == ("[es] New words.", False, True)
    assert dubs["es"].media_ref is not None
    assert dubkit_sim.media(dubs["es"].media_ref.url).content_type == "audio/mpeg"
    other = next(s for s in res.get(dub_id).speaker_segments.additional_keys if s != segment.id)
    assert res.get(dub_id).speaker_segments[other].dubs["de"].text is None  # only the listed segment was translated


def test_speaker_voices_can_be_found_and_changed(elevenlabs_client: ElevenLabs) -> None:
    """find_similar_voices lists typed voices; update() sets one for a language and makes its audio stale."""
    res = elevenlabs_client.dubbing.resource
    dub_id, resource = _studio_dub(elevenlabs_client)
    speaker_id = resource.speaker_tracks.additional_keys[0]
    voices = res.speaker.find_similar_voices(dub_id, speaker_id).voices
    assert voices
    assert all(isinstance(v, SimilarVoice) and v.voice_id for v in voices)
    assert res.speaker.update(dub_id, speaker_id, voice_id=voices[0].voice_id, languages=["es"]).version == 1
    after = res.get(dub_id)
    assert after.speaker_tracks[speaker_id].voices["es"] == voices[0].voice_id
    for segment_id in after.speaker_tracks[speaker_id].segments:
        assert after.speaker_segments[segment_id].dubs["es"].audio_stale is True


# --- rendering --------------------------------------------------------------------------------------


def test_render_wait_and_download(elevenlabs_client: ElevenLabs, clocked: Simulator, tmp_path) -> None:
    """A render goes processing -> complete; its file downloads byte for byte from the API origin."""
    res = elevenlabs_client.dubbing.resource
    dub_id, _ = _studio_dub(elevenlabs_client)
    job = res.render(dub_id, "es", render_type=RenderType.MP3)
    assert clocked.counts()["renders"] == 1
    seen: list[str] = []
    render = res.wait_for_render(dub_id, job.render_id, on_update=lambda r: seen.append(str(r.status)))
    assert seen == ["processing", "complete"]
    assert isinstance(render, Render)
    assert (render.id, render.status, render.type_, render.language) == (
        job.render_id,
        RenderStatus.COMPLETE,
        RenderType.MP3,
        "es",
    )
    assert render.media_ref is not None
    path = res.download_render(dub_id, job.render_id, tmp_path / "out" / "talk.es.mp3")
    assert _sha256(path) == clocked.media(render.media_ref.url).sha256()
    assert res.get(dub_id).renders[job.render_id].status == RenderStatus.COMPLETE


def test_a_render_file_on_another_host_is_fetched_without_the_key(
    elevenlabs_client: ElevenLabs, clocked: Simulator, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """When the render's URL is on another origin, the download goes out without the API key."""
    monkeypatch.setattr(
        SimContext, "media_url", lambda self, base_url, key: f"https://cdn.example.test/_sim/media/{key}"
    )
    res = elevenlabs_client.dubbing.resource
    dub_id, _ = _studio_dub(elevenlabs_client)
    job = res.render(dub_id, "es", render_type="wav")

    # Defence in depth: the authenticated client would strip the key too, but it must not even be used.
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a foreign file was fetched with the authenticated client")

    monkeypatch.setattr(elevenlabs_client.stream_http, "stream", refuse)
    monkeypatch.setattr(elevenlabs_client.stream_http, "send", refuse)
    path = res.download_render(dub_id, job.render_id, tmp_path / "talk.es.wav")
    [download] = clocked.requests("media")
    assert (download.host, download.carried_credentials) == ("cdn.example.test", False)
    render = res.get(dub_id).renders[job.render_id]
    assert render.media_ref is not None
    assert render.media_ref.url.startswith("https://cdn.example.test/")
    assert _sha256(path) == clocked.media(render.media_ref.url).sha256()


def test_the_render_wait_times_out_with_the_last_render(elevenlabs_client: ElevenLabs, dubkit_sim: Simulator) -> None:
    """With a deadline shorter than the render, WaitTimeoutError carries the render, still processing."""
    # The simulator's clock stands still (no `clocked`): the render never ends, and the real deadline passes.
    res = elevenlabs_client.dubbing.resource
    dub_id, _ = _studio_dub(elevenlabs_client)
    job = res.render(dub_id, "es", render_type="mp4")
    polls = len(dubkit_sim.requests("get_dubbing_resource"))
    with pytest.raises(WaitTimeoutError) as timed_out:
        res.wait_for_render(dub_id, job.render_id, timeout=0.2, poll_interval=0.02)
    assert timed_out.value.job_id == job.render_id
    assert timed_out.value.last_status == "processing"
    assert isinstance(timed_out.value.last_state, Render)
    assert timed_out.value.last_state.id == job.render_id
    assert len(dubkit_sim.requests("get_dubbing_resource")) >= polls + 2


@pytest.mark.dubkit_sim(failure_rate=1.0)
def test_a_failed_render_ends_the_wait(elevenlabs_client: ElevenLabs, clocked: Simulator, tmp_path) -> None:
    """A render of a dub that fails ends in failed: DubbingFailedError carries the render; nothing is downloaded."""
    res = elevenlabs_client.dubbing.resource
    dub_id, _ = _studio_dub(elevenlabs_client)
    job = res.render(dub_id, "es", render_type="aac")
    with pytest.raises(DubbingFailedError) as failed:
        res.wait_for_render(dub_id, job.render_id)
    assert failed.value.job_id == job.render_id
    assert failed.value.job.status == RenderStatus.FAILED
    with pytest.raises(DubbingFailedError):
        res.download_render(dub_id, job.render_id, tmp_path / "x.aac")
    assert not (tmp_path / "x.aac").exists()
    assert clocked.requests("media") == []


def test_an_unknown_render_id_fails_at_the_first_poll(elevenlabs_client: ElevenLabs, clocked: Simulator) -> None:
    """A render id the resource does not hold raises ValueError after one poll, naming the renders there are."""
    res = elevenlabs_client.dubbing.resource
    dub_id, _ = _studio_dub(elevenlabs_client)
    job = res.render(dub_id, "es", render_type="mp4")
    polls = len(clocked.requests("get_dubbing_resource"))
    with pytest.raises(ValueError, match=rf"no render 'nope'.*{job.render_id}"):
        res.wait_for_render(dub_id, "nope", timeout=30)
    assert len(clocked.requests("get_dubbing_resource")) == polls + 1


def test_render_of_a_language_the_dub_lacks_is_not_found(elevenlabs_client: ElevenLabs) -> None:
    """Rendering a language that is not a target of the dub raises NotFoundError."""
    dub_id, _ = _studio_dub(elevenlabs_client)
    with pytest.raises(NotFoundError):
        elevenlabs_client.dubbing.resource.render(dub_id, "ja", render_type="mp4")


def test_request_bodies_hold_exactly_the_fields_given(dubkit_sim: Simulator) -> None:
    """Only given fields are sent; languages=None is an explicit null (the spec requires the key); ids go in paths."""
    bodies: list[tuple[str, str, Any]] = []
    inner = dubkit_sim.transport()

    class Recording(httpx2.BaseTransport):
        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            if request.method in {"POST", "PATCH"} and "/resource/" in request.url.path:
                bodies.append((request.method, request.url.path, json.loads(request.read())))
            return inner.handle_request(request)

    with (
        httpx2.Client(transport=Recording()) as http,
        ElevenLabs(api_key="k", base_url="http://127.0.0.1", http_client=http) as client,
    ):
        res = client.dubbing.resource
        dub_id, resource = _studio_dub(client)
        seg, spk = _first_segment(resource).id, resource.speaker_tracks.additional_keys[0]
        res.language.add(dub_id, language="it")
        res.speaker.segment.create(dub_id, spk, start_time=1, end_time=2.5)
        res.speaker.segment.create(dub_id, spk, start_time=0, end_time=1, text="Hi", translations={"es": "Hola"})
        res.segment.update(dub_id, seg, "es", text="Hola")
        res.speaker.update(dub_id, spk, voice_id="clip-clone")
        res.speaker.update(dub_id, spk, voice_id="track-clone", languages=("es",))
        res.transcribe(dub_id, segments=[seg])
        res.translate(dub_id, segments=[seg])
        res.dub(dub_id, segments=[seg], languages=["es"])
        res.render(dub_id, "es", render_type=RenderType.AAF)
    base = f"/v1/dubbing/resource/{dub_id}"
    assert bodies == [
        ("POST", f"{base}/language", {"language": "it"}),
        ("POST", f"{base}/speaker/{spk}/segment", {"start_time": 1.0, "end_time": 2.5}),
        ("POST", f"{base}/speaker/{spk}/segment", {"start_time": 0.0, "end_time": 1.0, "text": "Hi",
                                                   "translations": {"es": "Hola"}}),
        ("PATCH", f"{base}/segment/{seg}/es", {"text": "Hola"}),
        ("PATCH", f"{base}/speaker/{spk}", {"voice_id": "clip-clone"}),
        ("PATCH", f"{base}/speaker/{spk}", {"voice_id": "track-clone", "languages": ["es"]}),
        ("POST", f"{base}/transcribe", {"segments": [seg]}),
        ("POST", f"{base}/translate", {"segments": [seg], "languages": None}),
        ("POST", f"{base}/dub", {"segments": [seg], "languages": ["es"]}),
        ("POST", f"{base}/render/es", {"render_type": "aaf"}),
    ]  # fmt: skip


def test_render_statuses_are_classified_and_unknown_ones_run_on() -> None:
    """complete is done, failed is failed, processing and any unknown status are still running."""
    assert [classify_render(s) for s in ("processing", "complete", "failed")] == ["running", "done", "failed"]
    assert classify_render("queued") is None  # the wait loop treats None as running, logged once


# --- bad input: refused before any request, sync and async alike -------------------------------------

Call = Callable[[Any, str, str, str], Any]
BAD_INPUTS: list[tuple[str, Call, type[Exception], str]] = [
    ("empty id", lambda r, d, s, p: r.get(""), ValueError, "dubbing_id"),
    ("id with slash", lambda r, d, s, p: r.get("a/b"), ValueError, "dubbing_id"),
    ("id with dots", lambda r, d, s, p: r.get(".."), ValueError, "dubbing_id"),
    ("id not a str", lambda r, d, s, p: r.get(7), TypeError, "dubbing_id"),
    ("language empty", lambda r, d, s, p: r.language.add(d, language=""), ValueError, "language"),
    ("language None", lambda r, d, s, p: r.language.add(d, language=None), ValueError, "language"),
    ("language list", lambda r, d, s, p: r.language.add(d, language=["de"]), TypeError, "language"),
    ("segment reversed", lambda r, d, s, p: r.speaker.segment.create(d, p, start_time=2, end_time=1), ValueError,
     "start_time"),
    ("segment empty", lambda r, d, s, p: r.speaker.segment.create(d, p, start_time=1, end_time=1), ValueError,
     "start_time"),
    ("segment negative", lambda r, d, s, p: r.speaker.segment.create(d, p, start_time=-1, end_time=1), ValueError,
     "start_time"),
    ("segment nan", lambda r, d, s, p: r.speaker.segment.create(d, p, start_time=0, end_time=math.nan), ValueError,
     "end_time"),
    ("segment str time", lambda r, d, s, p: r.speaker.segment.create(d, p, start_time="0", end_time=1), TypeError,
     "start_time"),
    ("segment bool time", lambda r, d, s, p: r.speaker.segment.create(d, p, start_time=0, end_time=True), TypeError,
     "end_time"),
    ("translations str", lambda r, d, s, p: r.speaker.segment.create(d, p, start_time=0, end_time=1,
     translations="es"), TypeError, "translations"),
    ("translation not str", lambda r, d, s, p: r.speaker.segment.create(d, p, start_time=0, end_time=1,
     translations={"es": 1}), TypeError, "translations"),
    ("speaker id slash", lambda r, d, s, p: r.speaker.segment.create(d, "a/b", start_time=0, end_time=1), ValueError,
     "speaker_id"),
    ("voice missing", lambda r, d, s, p: r.speaker.update(d, p), ValueError, "voice_id"),
    ("voice blank", lambda r, d, s, p: r.speaker.update(d, p, voice_id=" "), ValueError, "voice_id"),
    ("speaker languages str", lambda r, d, s, p: r.speaker.update(d, p, voice_id="v", languages="es"), TypeError,
     "languages"),
    ("speaker languages empty", lambda r, d, s, p: r.speaker.update(d, p, voice_id="v", languages=[]), ValueError,
     "languages"),
    ("similar empty speaker", lambda r, d, s, p: r.speaker.find_similar_voices(d, ""), ValueError, "speaker_id"),
    ("update nothing", lambda r, d, s, p: r.segment.update(d, s, "es"), ValueError, "nothing to update"),
    ("update reversed", lambda r, d, s, p: r.segment.update(d, s, "es", start_time=3, end_time=2), ValueError,
     "start_time"),
    ("update negative", lambda r, d, s, p: r.segment.update(d, s, "es", end_time=-0.5), ValueError, "end_time"),
    ("update language dots", lambda r, d, s, p: r.segment.update(d, s, "..", text="x"), ValueError, "language"),
    ("update language space", lambda r, d, s, p: r.segment.update(d, s, "e s", text="x"), ValueError, "language"),
    ("update text not str", lambda r, d, s, p: r.segment.update(d, s, "es", text=3), TypeError, "text"),
    ("delete id slash", lambda r, d, s, p: r.segment.delete(d, "x/../y"), ValueError, "segment_id"),
    ("transcribe empty", lambda r, d, s, p: r.transcribe(d, segments=[]), ValueError, "segments"),
    ("transcribe bare str", lambda r, d, s, p: r.transcribe(d, segments=s), TypeError, "segments"),
    ("transcribe None", lambda r, d, s, p: r.transcribe(d, segments=None), TypeError, "segments"),
    ("transcribe empty id", lambda r, d, s, p: r.transcribe(d, segments=[""]), ValueError, r"segments\[0\]"),
    ("translate languages str", lambda r, d, s, p: r.translate(d, segments=[s], languages="es"), TypeError,
     "languages"),
    ("translate languages empty", lambda r, d, s, p: r.translate(d, segments=[s], languages=[]), ValueError,
     "languages"),
    ("translate bad language", lambda r, d, s, p: r.translate(d, segments=[s], languages=["e/s"]), ValueError,
     r"languages\[0\]"),
    ("dub bare str", lambda r, d, s, p: r.dub(d, segments="abc"), TypeError, "segments"),
    ("dub bad id", lambda r, d, s, p: r.dub(d, segments=[s, "a/b"]), ValueError, r"segments\[1\]"),
    ("render unknown type", lambda r, d, s, p: r.render(d, "es", render_type="mkv"), ValueError, "render_type"),
    ("render no type", lambda r, d, s, p: r.render(d, "es", render_type=None), ValueError, "render_type"),
    ("render empty language", lambda r, d, s, p: r.render(d, "", render_type="mp4"), ValueError, "language"),
    ("render language path", lambda r, d, s, p: r.render(d, "es/..", render_type="mp4"), ValueError, "language"),
    ("wait empty render", lambda r, d, s, p: r.wait_for_render(d, ""), ValueError, "render_id"),
    ("wait zero timeout", lambda r, d, s, p: r.wait_for_render(d, "r", timeout=0), ValueError, "timeout"),
    ("wait inf interval", lambda r, d, s, p: r.wait_for_render(d, "r", poll_interval=math.inf), ValueError,
     "poll_interval"),
    ("wait str timeout", lambda r, d, s, p: r.wait_for_render(d, "r", timeout="5"), TypeError, "timeout"),
    ("wait bad callback", lambda r, d, s, p: r.wait_for_render(d, "r", on_update="print"), TypeError, "on_update"),
    ("download empty path", lambda r, d, s, p: r.download_render(d, "r", ""), ValueError, "path"),
    ("download dir path", lambda r, d, s, p: r.download_render(d, "r", "."), ValueError, "path"),
]  # fmt: skip


@pytest.mark.parametrize("twin", ["sync", "async"])
@pytest.mark.parametrize("case", [c[1:] for c in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_is_refused_before_any_request(
    elevenlabs_client: ElevenLabs,
    async_elevenlabs_client: AsyncElevenLabs,
    dubkit_sim: Simulator,
    twin: str,
    case: tuple[Call, type[Exception], str],
) -> None:
    """Each bad argument raises ValueError/TypeError naming it, and the simulator receives no request."""
    call, error, match = case
    dub_id, resource = _studio_dub(elevenlabs_client)
    segment_id = _first_segment(resource).id
    speaker_id = resource.speaker_tracks.additional_keys[0]
    client: ElevenLabs | AsyncElevenLabs = elevenlabs_client if twin == "sync" else async_elevenlabs_client

    def attempt() -> None:
        outcome = call(client.dubbing.resource, dub_id, segment_id, speaker_id)
        if inspect.iscoroutine(outcome):
            asyncio.run(outcome)

    sent = len(dubkit_sim.requests())
    with pytest.raises(error, match=match):
        attempt()
    assert len(dubkit_sim.requests()) == sent
    assert dubkit_sim.counts()["renders"] == 0


# --- the twins and the seed document ----------------------------------------------------------------


def _same_surface(sync_obj: Any, async_obj: Any, where: str) -> None:
    names = {n for n in dir(sync_obj) if not n.startswith("_")}
    assert names == {n for n in dir(async_obj) if not n.startswith("_")}, where
    for name in names:
        sync_attr, async_attr = getattr(sync_obj, name), getattr(async_obj, name)
        if inspect.ismethod(sync_attr):
            # A byte iterator is returned at once, and read with ``async for``.
            assert inspect.iscoroutinefunction(async_attr) is not name.startswith("iter_"), f"{where}.{name}"
            assert inspect.signature(sync_attr).parameters.keys() == inspect.signature(async_attr).parameters.keys()
            assert sync_attr.__doc__
            assert async_attr.__doc__
        else:
            _same_surface(sync_attr, async_attr, f"{where}.{name}")


def test_the_sync_and_async_twins_have_the_same_surface(
    elevenlabs_client: ElevenLabs, async_elevenlabs_client: AsyncElevenLabs
) -> None:
    """resource and its sub-objects (language, speaker, speaker.segment, segment) match their async twins."""
    sync_resource, async_resource = elevenlabs_client.dubbing.resource, async_elevenlabs_client.dubbing.resource
    _same_surface(sync_resource, async_resource, "resource")
    assert {"language", "speaker", "segment", "render", "wait_for_render", "download_render"} <= set(dir(sync_resource))
    assert {"segment", "update", "find_similar_voices"} <= set(dir(sync_resource.speaker))


def _media(name: str, *, audio: bool = True) -> dict[str, Any]:
    return {
        "src": f"dubs/abc/{name}",
        "content_type": "audio/mpeg" if audio else "video/mp4",
        "bucket_name": "dubbing",
        "random_path_slug": "Xy12",
        "duration_secs": 12.5,
        "is_audio": audio,
        "url": f"https://storage.example.com/dubs/abc/{name}?sig=1",
    }


# Every property of the seed page's DubbingResource schema (shared/seeds/elevenlabs-get-dubbing-resource.md),
# nullable ones both set and null. The page gives no example body, so this one follows its schema.
SEED_RESOURCE: dict[str, Any] = {
    "id": "abc",
    "version": 3,
    "source_language": "en",
    "target_languages": ["es", "de"],
    "input": _media("input.mp4", audio=False),
    "background": _media("background.wav"),
    "foreground": None,
    "speaker_tracks": {
        "spk1": {
            "id": "spk1",
            "media_ref": _media("speaker_1.wav"),
            "speaker_name": "Speaker 1",
            "voices": {"es": "track-clone", "de": "21m00Tcm4TlvDq8ikWAM"},
            "segments": ["seg1"],
        }
    },
    "speaker_segments": {
        "seg1": {
            "id": "seg1",
            "start_time": 0.5,
            "end_time": 3.25,
            "text": "Hello there.",
            "subtitles": [{"start_time": 0.5, "end_time": 3.25, "lines": ["Hello there."]}],
            "dubs": {
                "es": {
                    "start_time": 0.5,
                    "end_time": 3.0,
                    "text": "Hola.",
                    "subtitles": [{"start_time": 0.5, "end_time": 3.0, "lines": ["Hola."]}],
                    "audio_stale": False,
                    "media_ref": _media("seg1_es.mp3"),
                },
                "de": {
                    "start_time": 0.5,
                    "end_time": 3.25,
                    "text": None,
                    "subtitles": [],
                    "audio_stale": True,
                    "media_ref": None,
                },
            },
        }
    },
    "renders": {
        "r1": {
            "id": "r1",
            "version": 3,
            "language": "es",
            "type": "mp4",
            "media_ref": _media("abc_es_v3.mp4", audio=False),
            "status": "complete",
        },
        "r2": {"id": "r2", "version": 3, "language": None, "type": None, "media_ref": None, "status": "processing"},
    },
}

# Map-shaped models (only additional_properties) and what their values must be.
_MAPS = {"DubbingResourceSpeakerTracks", "DubbingResourceSpeakerSegments", "DubbingResourceRenders"}
_MAPS |= {"SpeakerSegmentDubs", "SpeakerTrackVoices"}


def _untyped(value: Any, where: str) -> list[str]:
    """Return where a dict (an unparsed object) or an unexpected extra field is left in a model tree."""
    if isinstance(value, dict):
        return [where]
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in _untyped(item, f"{where}[{i}]")]
    if not attrs.has(type(value)):
        return []
    found = []
    for field in attrs.fields(type(value)):
        item = getattr(value, field.name)
        if field.name != "additional_properties":
            found += _untyped(item, f"{where}.{field.name}")
        elif type(value).__name__ in _MAPS:
            found += [p for k, v in item.items() for p in _untyped(v, f"{where}[{k!r}]")]
        elif item:
            found.append(f"{where} extra fields {sorted(item)}")
    return found


def test_the_seed_document_parses_into_models_with_nothing_left_untyped() -> None:
    """Every object of the seed schema becomes its model (nested ones too), enums become enums, and nothing is lost."""
    resource = DubbingResource.from_dict(SEED_RESOURCE)
    assert _untyped(resource, "resource") == []
    assert resource.to_dict() == SEED_RESOURCE
    assert isinstance(resource.input_, DubbingMediaReference)
    assert resource.input_.is_audio is False
    assert isinstance(resource.background, DubbingMediaReference)
    assert resource.foreground is None
    track = resource.speaker_tracks["spk1"]
    assert isinstance(track, SpeakerTrack)
    assert isinstance(track.media_ref, DubbingMediaReference)
    assert track.voices["de"] == "21m00Tcm4TlvDq8ikWAM"
    segment = resource.speaker_segments["seg1"]
    assert isinstance(segment, SpeakerSegment)
    assert isinstance(segment.subtitles[0], SegmentSubtitleFrame)
    assert isinstance(segment.dubs["es"], DubbedSegment)
    assert isinstance(segment.dubs["es"].media_ref, DubbingMediaReference)
    assert isinstance(segment.dubs["es"].subtitles[0], SegmentSubtitleFrame)
    assert (segment.dubs["de"].text, segment.dubs["de"].media_ref) == (None, None)
    assert isinstance(segment.start_time, float)
    assert isinstance(segment.dubs["es"].media_ref.duration_secs, float)
    done, pending = resource.renders["r1"], resource.renders["r2"]
    assert (done.type_, done.status) == (RenderType.MP4, RenderStatus.COMPLETE)
    assert type(done.type_) is RenderType
    assert type(done.status) is RenderStatus
    assert isinstance(done.media_ref, DubbingMediaReference)
    assert (pending.language, pending.type_, pending.media_ref, pending.status) == (
        None,
        None,
        None,
        RenderStatus.PROCESSING,
    )


def test_a_served_resource_has_nothing_left_untyped(elevenlabs_client: ElevenLabs, clocked: Simulator) -> None:
    """A real simulator resource, with an added language, edits and a complete render, parses fully typed."""
    res = elevenlabs_client.dubbing.resource
    dub_id, _ = _studio_dub(elevenlabs_client)
    res.language.add(dub_id, language="fr")
    res.wait_for_render(dub_id, res.render(dub_id, "es", render_type="tracks_zip").render_id)
    resource = res.get(dub_id)
    assert _untyped(resource, "resource") == []
    assert any(r.media_ref is not None for r in resource.renders.additional_properties.values())
