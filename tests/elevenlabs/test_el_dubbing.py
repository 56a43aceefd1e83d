"""``client.dubbing`` end to end against the simulator: create, get, list, wait, audio, transcript, delete."""

from __future__ import annotations

import asyncio
import hashlib
import io
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path

import httpx2
import pytest
from dubkit import (
    AsyncElevenLabs,
    DubbingFailedError,
    ElevenLabs,
    NotFoundError,
    OutcomeUnknownError,
    TooEarlyError,
    WaitTimeoutError,
)
from dubkit.sim import Simulator
from dubkit.sim.elevenlabs._dubbing_media import dub_prefix
from media_samples import speech_sample, video_sample

URL = "https://media.example.com/talk.mp4"


def _served(sim: Simulator, dubbing_id: str, language: str, extension: str) -> str:
    return sim.media(f"{dub_prefix(dubbing_id)}{language}.{extension}").sha256()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _form(request_body: bytes, content_type: str) -> dict[str, tuple[str | None, bytes]]:
    """Parse a multipart body into {field: (file name, bytes)}."""
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request_body
    )
    return {
        part.get_param("name", header="content-disposition"): (part.get_filename(), part.get_payload(decode=True))
        for part in message.iter_parts()
    }


@pytest.mark.filterwarnings("ignore:client.dubbing.transcript.get:DeprecationWarning")
def test_create_wait_download_transcript_delete(elevenlabs_client: ElevenLabs, clocked: Simulator, tmp_path) -> None:
    source = tmp_path / "talk.mp4"
    source.write_bytes(video_sample(2.0))
    dub = elevenlabs_client.dubbing.create(file=source, target_lang="es", source_lang="en", name="Talk")
    meta = elevenlabs_client.dubbing.get(dub.dubbing_id)
    assert (meta.name, meta.status, meta.target_languages) == ("Talk", "dubbing", ["es"])
    with pytest.raises(TooEarlyError, match=r"client\.dubbing\.wait"):
        elevenlabs_client.dubbing.audio.download(dub.dubbing_id, "es", tmp_path / "early.mp4")
    assert not (tmp_path / "early.mp4").exists()
    assert list(tmp_path.iterdir()) == [source]  # no partial or temporary file left behind

    statuses: list[str] = []
    done = elevenlabs_client.dubbing.wait(dub.dubbing_id, on_update=lambda m: statuses.append(m.status))
    assert statuses == ["dubbing", "dubbed"]
    assert done.status == "dubbed"
    assert done.media_metadata.content_type == "video/mp4"

    path = elevenlabs_client.dubbing.audio.download(dub.dubbing_id, "es", tmp_path / "talk.es.mp4")
    assert _sha256(path) == _served(clocked, dub.dubbing_id, "es", "mp4")
    srt = elevenlabs_client.dubbing.transcript.get(dub.dubbing_id, "es")
    vtt = elevenlabs_client.dubbing.transcript.get(dub.dubbing_id, "es", format="webvtt")
    assert srt.startswith("1\n")
    assert "-->" in srt
    assert vtt.startswith("WEBVTT")

    assert elevenlabs_client.dubbing.delete(dub.dubbing_id).status == "ok"
    with pytest.raises(NotFoundError):
        elevenlabs_client.dubbing.get(dub.dubbing_id)


def test_download_can_wait_for_the_dub_first(elevenlabs_client: ElevenLabs, clocked: Simulator, tmp_path) -> None:
    dub = elevenlabs_client.dubbing.create(source_url="https://media.example.com/song.mp3", target_lang="de")
    path = elevenlabs_client.dubbing.audio.download(dub.dubbing_id, "de", tmp_path / "song.de.mp3", wait=True)
    assert _sha256(path) == _served(clocked, dub.dubbing_id, "de", "mp3")


def test_a_failed_dub_ends_the_wait_with_its_error(elevenlabs_client: ElevenLabs, clocked: Simulator) -> None:
    dub = elevenlabs_client.dubbing.create(source_url="https://media.example.com/sim-fail.mp4", target_lang="es")
    with pytest.raises(DubbingFailedError) as failed:
        elevenlabs_client.dubbing.wait(dub.dubbing_id)
    assert failed.value.job_id == dub.dubbing_id
    assert failed.value.job.status == "failed"
    assert failed.value.error_message


@pytest.mark.dubkit_sim(job_seconds=5000.0)
def test_the_wait_times_out_with_the_last_state(elevenlabs_client: ElevenLabs, dubkit_sim: Simulator) -> None:
    # The simulator's clock stands still (no `clocked`): the job never ends, and the real deadline passes.
    dub = elevenlabs_client.dubbing.create(source_url=URL, target_lang="es")
    with pytest.raises(WaitTimeoutError) as timed_out:
        elevenlabs_client.dubbing.wait(dub.dubbing_id, timeout=0.2, poll_interval=0.02)
    assert timed_out.value.last_status == "dubbing"
    assert timed_out.value.last_state.dubbing_id == dub.dubbing_id
    assert len(dubkit_sim.requests("get_dubbing")) >= 2


@pytest.mark.dubkit_sim(job_seconds=5000.0)
def test_the_async_wait_times_out(async_elevenlabs_client: AsyncElevenLabs) -> None:
    async def flow() -> None:
        dub = await async_elevenlabs_client.dubbing.create(source_url=URL, target_lang="es")
        with pytest.raises(WaitTimeoutError) as timed_out:
            await async_elevenlabs_client.dubbing.wait(dub.dubbing_id, timeout=0.2, poll_interval=0.02)
        assert timed_out.value.last_status == "dubbing"

    asyncio.run(flow())


def test_list_walks_every_page_lazily_with_filters(elevenlabs_client: ElevenLabs, clocked: Simulator) -> None:
    created = [
        elevenlabs_client.dubbing.create(source_url=f"{URL}?n={i}", target_lang="fr").dubbing_id for i in range(7)
    ]
    pages = list(elevenlabs_client.dubbing.list(page_size=3).iter_pages())
    assert [len(page.items) for page in pages] == [3, 3, 1]
    assert [page.has_more for page in pages] == [True, True, False]
    assert [d.dubbing_id for d in elevenlabs_client.dubbing.list(page_size=3)] == created[::-1]
    before = len(clocked.requests("list_dubs"))
    pager = elevenlabs_client.dubbing.list(page_size=2)
    first = next(iter(pager))
    assert first.dubbing_id == created[-1]
    assert len(clocked.requests("list_dubs")) == before + 1  # only the first page was fetched
    assert list(elevenlabs_client.dubbing.list(dubbing_status="dubbed")) == []
    clocked.advance(10_000)
    assert len(list(elevenlabs_client.dubbing.list(dubbing_status="dubbed", filter_by_creator="personal"))) == 7


def test_list_2026_filters_and_orders(elevenlabs_client: ElevenLabs, clocked: Simulator) -> None:
    """The 2026 filters narrow the listing on the server; order_by name pages in name order, both directions."""
    dubs = elevenlabs_client.dubbing
    made = {
        name: dubs.create(source_url=f"{URL}?n={name}", target_lang=lang, name=name).dubbing_id
        for name, lang in (("delta", "es"), ("alpha", "fr"), ("charlie", "es"), ("bravo", "de"))
    }
    assert {d.name for d in dubs.list(dubbing_statuses=["queued", "preparing"])} == set()
    assert {d.name for d in dubs.list(dubbing_statuses=["dubbing", "failed"])} == set(made)
    assert {d.name for d in dubs.list(target_language_codes=["es", "de"])} == {"delta", "charlie", "bravo"}
    assert {d.name for d in dubs.list(creation_sources=["dubbing_ui"])} == set()
    assert len(list(dubs.list(creation_sources=["dubbing_api"], dubbing_models=["dubbing_v1", "dubbing_v2"]))) == 4
    by_name = dubs.list(order_by="name", order_direction="ASCENDING", page_size=3)
    assert [d.name for d in by_name] == ["alpha", "bravo", "charlie", "delta"]
    descending = list(dubs.list(order_by="name", page_size=1).iter_pages())
    assert [page.items[0].name for page in descending] == ["delta", "charlie", "bravo", "alpha"]
    oldest = [d.dubbing_id for d in dubs.list(order_direction="ASCENDING", page_size=2)]
    assert oldest == list(made.values())
    clocked.advance(10_000)
    assert {d.name for d in dubs.list(dubbing_statuses=["dubbed"], target_language_codes=["fr"])} == {"alpha"}
    with pytest.raises(ValueError, match=r"dubbing_statuses\[1\]"):
        dubs.list(dubbing_statuses=["dubbed", "done"])
    with pytest.raises(TypeError, match="target_language_codes"):
        dubs.list(target_language_codes="es")


def test_upload_form_fields_survive_a_retry(elevenlabs_client: ElevenLabs, clocked: Simulator, tmp_path) -> None:
    """A 429 on the create is retried (the API did not process it) with every byte and field re-sent."""
    bodies: list[tuple[bytes, str]] = []
    inner = clocked.transport()

    class Recording(httpx2.BaseTransport):
        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            if request.method == "POST":
                # Iterating the multipart stream renders it afresh (rewinding the file), as each attempt does.
                bodies.append((b"".join(request.stream), request.headers["content-type"]))
            return inner.handle_request(request)

    payload = b"RIFF" + bytes(range(256)) * 1000 + b"\r\n--+++\r\n" + b"tail"
    csv_path = tmp_path / "lines.csv"
    csv_path.write_text("speaker,start_time,end_time,transcription,translation\n")
    clocked.inject("rate_limit", operation="create_dubbing", retry_after=2)
    with (
        httpx2.Client(transport=Recording()) as http,
        ElevenLabs(api_key="k", base_url="http://127.0.0.1", http_client=http) as client,
    ):
        dub = client.dubbing.create(
            file=("voice.wav", io.BytesIO(payload)), target_lang="it", source_lang="en", name="Retry me",
            num_speakers=2, watermark=False, start_time=1, end_time=90, highest_resolution=True,
            drop_background_audio=True, use_profanity_filter=True, dubbing_studio=True,
            disable_voice_cloning=True, mode="automatic", target_accent="roman",
        )  # fmt: skip
    assert len(bodies) == 2
    assert bodies[0][0] == bodies[1][0]
    form = _form(*bodies[1])
    assert form["file"] == ("voice.wav", payload)
    assert {k: v[1].decode() for k, v in form.items() if k != "file"} == {
        "target_lang": "it", "source_lang": "en", "name": "Retry me", "num_speakers": "2", "watermark": "false",
        "start_time": "1", "end_time": "90", "highest_resolution": "true", "drop_background_audio": "true",
        "use_profanity_filter": "true", "dubbing_studio": "true", "disable_voice_cloning": "true",
        "mode": "automatic", "target_accent": "roman",
    }  # fmt: skip
    assert clocked.counts()["dubs_created"] == 1
    assert elevenlabs_client.dubbing.get(dub.dubbing_id).name == "Retry me"


@pytest.mark.parametrize("kind", ["error_after", "disconnect_after", "error_before"])
def test_a_create_whose_outcome_is_unknown_is_never_resent(
    elevenlabs_client: ElevenLabs, clocked: Simulator, kind: str
) -> None:
    clocked.inject(kind, operation="create_dubbing")
    with pytest.raises(OutcomeUnknownError) as unknown:
        elevenlabs_client.dubbing.create(source_url=URL, target_lang="es")
    assert "client.dubbing.list()" in str(unknown.value)
    assert len(clocked.requests("create_dubbing")) == 1
    assert clocked.counts()["dubs_created"] == (0 if kind == "error_before" else 1)


def test_reads_are_retried_through_faults(elevenlabs_client: ElevenLabs, clocked: Simulator) -> None:
    dub = elevenlabs_client.dubbing.create(source_url=URL, target_lang="es")
    for pair in (("rate_limit", "error_before"), ("disconnect_after", "truncated_json")):
        for kind in pair:  # two faults, within the two retries a call is allowed
            clocked.inject(kind, operation="get_dubbing")
        assert elevenlabs_client.dubbing.get(dub.dubbing_id).dubbing_id == dub.dubbing_id
    assert len(clocked.requests("get_dubbing")) == 6


def test_an_interrupted_audio_download_resumes(elevenlabs_client: ElevenLabs, clocked: Simulator, tmp_path) -> None:
    clocked.configure(media_size=2 * 1024 * 1024 + 5)
    dub = elevenlabs_client.dubbing.create(source_url=URL, target_lang="es")
    elevenlabs_client.dubbing.wait(dub.dubbing_id)
    clocked.inject("disconnect_after", operation="get_dubbed_file")
    path = elevenlabs_client.dubbing.audio.download(dub.dubbing_id, "es", tmp_path / "out.mp4")
    attempts = clocked.requests("get_dubbed_file")
    assert attempts[0].range is None
    assert attempts[-1].range is not None
    assert attempts[-1].range.startswith("bytes=")
    assert path.stat().st_size == 2 * 1024 * 1024 + 5
    assert _sha256(path) == _served(clocked, dub.dubbing_id, "es", "mp4")


def test_a_download_for_a_failed_dub_is_not_found(elevenlabs_client: ElevenLabs, clocked: Simulator, tmp_path) -> None:
    dub = elevenlabs_client.dubbing.create(source_url="https://media.example.com/sim-fail.mp4", target_lang="es")
    clocked.advance(10_000)
    with pytest.raises(NotFoundError):
        elevenlabs_client.dubbing.audio.download(dub.dubbing_id, "es", tmp_path / "x.mp4")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda c: c.dubbing.create(target_lang="es"), ValueError, "exactly one of file or source_url"),
        (lambda c: c.dubbing.create(file=b"x", source_url=URL, target_lang="es"), ValueError, "not both"),
        (lambda c: c.dubbing.create(file="/no/such/file.mp4", target_lang="es"), ValueError, "no such file"),
        (lambda c: c.dubbing.create(file=io.StringIO("x"), target_lang="es"), TypeError, "binary mode"),
        (lambda c: c.dubbing.create(source_url="not a url", target_lang="es"), ValueError, "source_url"),
        (lambda c: c.dubbing.create(source_url=URL, target_lang=""), ValueError, "target_lang"),
        (lambda c: c.dubbing.create(source_url=URL, target_lang="e s"), ValueError, "target_lang"),
        (lambda c: c.dubbing.create(source_url=URL, target_lang="es", num_speakers=-1), ValueError, "num_speakers"),
        (lambda c: c.dubbing.create(source_url=URL, target_lang="es", watermark="yes"), TypeError, "watermark"),
        (
            lambda c: c.dubbing.create(source_url=URL, target_lang="es", start_time=9, end_time=3),
            ValueError,
            "end_time",
        ),
        (lambda c: c.dubbing.create(source_url=URL, target_lang="es", mode="fast"), ValueError, "mode"),
        (lambda c: c.dubbing.create(source_url=URL, target_lang="es", csv_fps=0), ValueError, "csv_fps"),
        (
            lambda c: c.dubbing.create(source_url=URL, target_lang="es", background_audio_file=b"x"),
            ValueError,
            "only used with csv_file",
        ),
        (lambda c: c.dubbing.get(""), ValueError, "dubbing_id"),
        (lambda c: c.dubbing.get("../admin"), ValueError, "dubbing_id"),
        (lambda c: c.dubbing.delete("a/b"), ValueError, "dubbing_id"),
        (lambda c: c.dubbing.get(42), TypeError, "dubbing_id"),
        (lambda c: c.dubbing.list(page_size=0), ValueError, "page_size"),
        (lambda c: c.dubbing.list(page_size=201), ValueError, "page_size"),
        (lambda c: c.dubbing.list(dubbing_status="done"), ValueError, "dubbing_status"),
        (lambda c: c.dubbing.list(filter_by_creator="me"), ValueError, "filter_by_creator"),
        (lambda c: c.dubbing.wait("d1", timeout=-1), ValueError, "timeout"),
        (lambda c: c.dubbing.wait("d1", poll_interval=0), ValueError, "poll_interval"),
        (lambda c: c.dubbing.audio.download("d1", "", "out.mp3"), ValueError, "language_code"),
        (lambda c: c.dubbing.audio.download("d1", "es", ""), ValueError, "path"),
        (lambda c: c.dubbing.transcript.get("d1", "es", format="json"), ValueError, "'srt', 'webvtt'"),
        (lambda c: c.dubbing.transcript.get("d1", "es/x"), ValueError, "language_code"),
    ],
)
def test_bad_input_is_refused_before_any_request(
    elevenlabs_client: ElevenLabs, dubkit_sim: Simulator, call, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        call(elevenlabs_client)  # list() checks its filters when called, not when iterated
    assert dubkit_sim.requests() == []


@pytest.mark.filterwarnings("ignore:client.dubbing.transcript.get:DeprecationWarning")
def test_the_async_twin_does_the_whole_flow(
    async_elevenlabs_client: AsyncElevenLabs, clocked: Simulator, tmp_path
) -> None:
    client = async_elevenlabs_client

    async def flow() -> None:
        dubs = [
            await client.dubbing.create(
                file=("a.mp3", io.BytesIO(speech_sample(1.0, content_type="audio/mpeg"))), target_lang="es"
            )
        ]
        dubs += [await client.dubbing.create(source_url=f"{URL}?{i}", target_lang="fr") for i in range(4)]
        listed = [d.dubbing_id async for d in client.dubbing.list(page_size=2)]
        assert listed == [d.dubbing_id for d in dubs][::-1]
        pages = [len(page.items) async for page in client.dubbing.list(page_size=2).iter_pages()]
        assert pages == [2, 2, 1]
        with pytest.raises(TooEarlyError):
            await client.dubbing.transcript.get(dubs[0].dubbing_id, "es")
        done = await client.dubbing.wait(dubs[0].dubbing_id)
        assert done.status == "dubbed"
        path = await client.dubbing.audio.download(dubs[0].dubbing_id, "es", tmp_path / "a.es.mp3")
        assert _sha256(path) == _served(clocked, dubs[0].dubbing_id, "es", "mp3")
        assert "-->" in await client.dubbing.transcript.get(dubs[0].dubbing_id, "es", format="srt")
        assert (await client.dubbing.get(dubs[1].dubbing_id)).target_languages == ["fr"]
        assert (await client.dubbing.delete(dubs[1].dubbing_id)).status == "ok"
        with pytest.raises(NotFoundError):
            await client.dubbing.get(dubs[1].dubbing_id)
        clocked.inject("error_after", operation="create_dubbing")
        with pytest.raises(OutcomeUnknownError):
            await client.dubbing.create(source_url=URL, target_lang="es")
        failing = await client.dubbing.create(source_url="https://media.example.com/sim-fail.mp4", target_lang="es")
        with pytest.raises(DubbingFailedError):
            await client.dubbing.wait(failing.dubbing_id)
        clocked.inject("disconnect_after", operation="get_dubbed_file")
        again = await client.dubbing.audio.download(dubs[0].dubbing_id, "es", tmp_path / "again.mp3")
        assert _sha256(again) == _sha256(path)

    asyncio.run(flow())
