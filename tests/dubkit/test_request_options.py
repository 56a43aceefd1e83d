"""Per-call request options, ``with_options()``, ``with_raw_response`` and ``with_streaming_response``, on both twins.

Every client here talks to the simulator in process through a transport that records what was sent.
"""

from __future__ import annotations

import asyncio
import io
import json

import httpx2
import pytest
from dubkit import AsyncDubformer, AsyncElevenLabs, Dubformer, ElevenLabs, InternalServerError, ResponseTooLargeError
from dubkit._raw_response import APIResponse
from dubkit.sim import Simulator
from dubkit_dubformer.api.account import get_balance
from dubkit_dubformer.models import Balance, Project

KEY = "opt-key"
BASE = "http://127.0.0.1:9"
VIDEO = "https://example.com/v.mp4"


class Recorder(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Passes requests to the simulator and keeps each one (bodies read)."""

    def __init__(self, sim: Simulator) -> None:
        self.sync, self.asynchronous = sim.transport(), sim.async_transport()
        self.requests: list[httpx2.Request] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        request.read()
        self.requests.append(request)
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        await request.aread()
        self.requests.append(request)
        return await self.asynchronous.handle_async_request(request)


@pytest.fixture
def sim() -> Simulator:
    return Simulator(manual_clock=True, seed=3)


@pytest.fixture
def recorder(sim: Simulator) -> Recorder:
    return Recorder(sim)


def dubformer(recorder: Recorder) -> Dubformer:
    return Dubformer(api_key=KEY, base_url=BASE, http_client=httpx2.Client(transport=recorder))


def async_dubformer(recorder: Recorder) -> AsyncDubformer:
    return AsyncDubformer(api_key=KEY, base_url=BASE, http_client=httpx2.AsyncClient(transport=recorder))


def elevenlabs(recorder: Recorder) -> ElevenLabs:
    return ElevenLabs(api_key=KEY, base_url=BASE, http_client=httpx2.Client(transport=recorder))


def async_elevenlabs(recorder: Recorder) -> AsyncElevenLabs:
    return AsyncElevenLabs(api_key=KEY, base_url=BASE, http_client=httpx2.AsyncClient(transport=recorder))


def _ready_project(sim: Simulator, client: Dubformer) -> str:
    project_id = client.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=VIDEO).project_id
    sim.advance(10**6)
    return project_id


# --- per-call options ---------------------------------------------------------------------------------


def test_per_call_options_reach_the_request(recorder: Recorder, sim: Simulator) -> None:
    """timeout, extra_headers and extra_query apply to that call only; the next call is sent as before."""
    with dubformer(recorder) as client:
        client.balance(timeout=7, extra_headers={"X-Trace": "t1"}, extra_query={"probe": True, "n": 2})
        client.balance()
    sent, plain = recorder.requests
    assert sent.headers["x-trace"] == "t1"
    assert sent.url.params["probe"] == "true"
    assert sent.url.params["n"] == "2"
    assert sent.extensions["timeout"] == httpx2.Timeout(7).as_dict()
    assert sim.requests()[0].carried_credentials  # the options add to the request, the key is still sent
    assert "x-trace" not in plain.headers
    assert "probe" not in plain.url.params
    assert plain.extensions["timeout"] == httpx2.Timeout(60.0, connect=10.0).as_dict()


def test_per_call_options_reach_the_request_async(recorder: Recorder) -> None:
    """The async twin takes the same options and sends them the same way."""

    async def main() -> None:
        async with async_dubformer(recorder) as client:
            await client.balance(timeout=3, extra_headers={"X-Trace": "a1"}, extra_query={"probe": "x"})
            await client.balance()

    asyncio.run(main())
    sent, plain = recorder.requests
    assert (sent.headers["x-trace"], sent.url.params["probe"]) == ("a1", "x")
    assert sent.extensions["timeout"] == httpx2.Timeout(3).as_dict()
    assert "x-trace" not in plain.headers


def test_extra_body_joins_a_json_body(recorder: Recorder) -> None:
    """extra_body adds fields to (or overrides fields of) a JSON body."""
    with dubformer(recorder) as client:
        client.projects.create(
            source_lang="en", target_lang="fr-FR", source_video_url=VIDEO, name="a", extra_body={"name": "b", "x": 1}
        )
    body = json.loads(recorder.requests[-1].content)
    assert (body["name"], body["x"], body["target_lang"]) == ("b", 1, "fr-FR")


def test_extra_body_joins_a_multipart_form(recorder: Recorder) -> None:
    """On a multipart create, extra_body fields are sent as form fields, replacing one of the same name."""
    with elevenlabs(recorder) as client:
        client.dubbing.create(source_url=VIDEO, target_lang="es", name="a", extra_body={"name": "b"})
    content = recorder.requests[-1].content
    assert b'name="name"\r\nContent-Type: text/plain\r\n\r\nb\r\n' in content
    assert b"\r\n\r\na\r\n" not in content


def test_extra_body_on_a_request_without_a_body_is_refused_before_sending(recorder: Recorder) -> None:
    """A GET has no body to add fields to: ValueError, and nothing is sent."""
    with dubformer(recorder) as client, pytest.raises(ValueError, match="GET request, which has no body"):
        client.balance(extra_body={"x": 1})
    assert recorder.requests == []


def test_a_misspelt_option_is_refused_before_sending(recorder: Recorder) -> None:
    """**options must not swallow a typo: an unknown keyword is a TypeError naming it."""
    with dubformer(recorder) as client, pytest.raises(TypeError, match="extra_header"):
        client.balance(extra_header={"X": "1"})  # type: ignore[call-arg]
    assert recorder.requests == []


def test_every_page_of_a_list_gets_the_options(recorder: Recorder, sim: Simulator) -> None:
    """A pager fetches later, outside the call: each of its requests still carries the call's options."""
    with elevenlabs(recorder) as client:
        for _ in range(3):
            client.dubbing.create(source_url=VIDEO, target_lang="es")
        recorder.requests.clear()
        dubs = list(client.dubbing.list(page_size=1, extra_headers={"X-Page": "yes"}))
        client.dubbing.get(dubs[0].dubbing_id)
    *pages, after = recorder.requests
    assert len(pages) == 3
    assert all(page.headers["x-page"] == "yes" for page in pages)
    assert "x-page" not in after.headers


def test_a_byte_iterator_sends_its_options_without_leaking_them(recorder: Recorder, sim: Simulator) -> None:
    """The options of iter_bytes go with its own API requests, not with a call made while it is being read, and
    never to the file host."""
    with dubformer(recorder) as client:
        project_id = _ready_project(sim, client)
        recorder.requests.clear()
        chunks = client.projects.iter_bytes(project_id, extra_headers={"X-Iter": "1"})
        next(chunks)
        client.balance()
        rest = list(chunks)
    get, media, balance = recorder.requests
    assert get.headers["x-iter"] == "1"
    assert "x-iter" not in media.headers  # the output lives on another host: it gets none of the API's options
    assert "x-iter" not in balance.headers
    assert rest


# --- with_options --------------------------------------------------------------------------------------


def test_with_options_makes_a_configured_copy_over_the_same_pool(recorder: Recorder, sim: Simulator) -> None:
    """The copy has its own timeout and retries, shares the connection pool, and closing it closes nothing."""
    client = dubformer(recorder)
    strict = client.with_options(timeout=5, max_retries=0)
    assert (strict.max_retries, strict.timeout, client.max_retries) == (0, httpx2.Timeout(5), 2)
    assert strict._http._transport._wrapped is client._http._transport._wrapped  # one pool
    assert strict.projects._client is strict
    sim.inject("error_before", status=503, times=1)
    with pytest.raises(InternalServerError):
        strict.balance()  # not retried
    sim.inject("error_before", status=503, times=1)
    assert isinstance(client.balance(), Balance)  # retried once
    strict.close()
    assert isinstance(client.balance(), Balance)  # the original still works
    timeouts = {r.extensions["timeout"]["read"] for r in recorder.requests}
    assert timeouts == {5, 60.0}
    response = get_balance.sync_detailed(client=strict.raw)
    assert response.status_code == 200
    assert recorder.requests[-1].extensions["timeout"]["read"] == 5
    client.close()


def test_with_options_async(recorder: Recorder, sim: Simulator) -> None:
    """The async copy behaves the same."""

    async def main() -> None:
        async with async_dubformer(recorder) as client:
            strict = client.with_options(max_retries=0, timeout=2)
            sim.inject("error_before", status=503, times=1)
            with pytest.raises(InternalServerError):
                await strict.balance()
            await strict.aclose()
            assert isinstance(await client.balance(), Balance)

    asyncio.run(main())
    assert recorder.requests[0].extensions["timeout"]["read"] == 2


def test_with_options_sets_the_call_limits(recorder: Recorder, sim: Simulator) -> None:
    """A copy's answer size cap and deadline are its own; the original keeps the client's."""
    with dubformer(recorder) as client:
        tiny = client.with_options(max_response_size=8)
        with pytest.raises(ResponseTooLargeError) as caught:
            tiny.balance()
        assert caught.value.limit == 8
        unbounded = tiny.with_options(deadline=None)  # the cap stays, the deadline goes
        with pytest.raises(ResponseTooLargeError):
            unbounded.balance()
        assert unbounded._http._transport._limits.deadline is None
        assert tiny._http._transport._limits.deadline == client._http._transport._limits.deadline
        assert isinstance(client.balance(), Balance)


@pytest.mark.parametrize(
    "bad", [{"timeout": 0}, {"timeout": float("inf")}, {"max_retries": -1}, {"deadline": 0}, {"max_response_size": 0}]
)
def test_with_options_refuses_bad_values(recorder: Recorder, bad: dict[str, float]) -> None:
    """A non-positive or infinite timeout, or negative retries, is a ValueError naming it."""
    with dubformer(recorder) as client, pytest.raises(ValueError, match=next(iter(bad))):
        client.with_options(**bad)  # type: ignore[arg-type]


# --- raw and streamed responses ------------------------------------------------------------------------


def test_with_raw_response_gives_headers_status_and_the_model(recorder: Recorder, sim: Simulator) -> None:
    """with_raw_response returns the answer behind the call; parse() is what the method returns."""
    with dubformer(recorder) as client:
        raw = client.with_raw_response.balance()
        assert isinstance(raw, APIResponse)
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        assert isinstance(raw.parse(), Balance)
        project_id = _ready_project(sim, client)
        got = client.projects.with_raw_response.get(project_id, extra_headers={"X-R": "1"})
        assert isinstance(got.parse(), Project)
        assert got.http_response.request.headers["x-r"] == "1"
        nested = client.with_raw_response.projects.get(project_id)
        assert nested.parse().project_id == project_id
        sink = io.BytesIO()
        download = client.projects.with_raw_response.download(project_id, sink)
        assert download.parse() is None
        assert int(download.headers["content-length"]) == len(sink.getvalue()) > 0
        asked = len(recorder.requests)
        listed = client.projects.with_raw_response.list()  # a list's answer is its first page's
        assert len(recorder.requests) == asked + 1
        assert listed.status_code == 200
        assert listed.http_response.request.url.path.endswith("/projects")
        assert project_id in [p.project_id for p in listed.parse()]
        assert len(recorder.requests) == asked + 1  # the first page is not asked for twice
        assert project_id in [p.project_id for p in listed.parse()]
        assert len(recorder.requests) == asked + 2  # a second iteration starts afresh


def test_with_raw_response_request_id(recorder: Recorder) -> None:
    """The request id comes from the provider's header; the repr shows status and id, not the URL."""
    transport = httpx2.MockTransport(
        lambda request: httpx2.Response(200, json={"balance_minutes": 1}, headers={"x-request-id": "req-42"})
    )
    with Dubformer(api_key=KEY, base_url=BASE, http_client=httpx2.Client(transport=transport)) as client:
        raw = client.with_raw_response.balance()
    assert raw.request_id == "req-42"
    assert repr(raw) == "<APIResponse [200] request_id='req-42'>"


def test_with_raw_response_async(recorder: Recorder, sim: Simulator) -> None:
    """The async proxy returns a coroutine resolving to the APIResponse."""

    async def main() -> None:
        async with async_elevenlabs(recorder) as client:
            dub = await client.dubbing.create(source_url=VIDEO, target_lang="es")
            raw = await client.dubbing.with_raw_response.get(dub.dubbing_id)
            assert raw.status_code == 200
            assert raw.parse().dubbing_id == dub.dubbing_id
            listed = await client.dubbing.with_raw_response.list(page_size=1)
            assert listed.status_code == 200
            asked = len(recorder.requests)
            assert [d.dubbing_id async for d in listed.parse()] == [dub.dubbing_id]
            assert len(recorder.requests) == asked  # one dub: the prefetched page was the only one

    asyncio.run(main())


def test_with_streaming_response_streams_a_download(recorder: Recorder, sim: Simulator) -> None:
    """Headers are known on entering the block; iter_bytes yields the whole file."""
    with dubformer(recorder) as client:
        project_id = _ready_project(sim, client)
        expected = io.BytesIO()
        client.projects.download(project_id, expected)
        with client.projects.with_streaming_response.download(project_id) as response:
            assert response.status_code == 200
            assert int(response.headers["content-length"]) == len(expected.getvalue())
            assert b"".join(response.iter_bytes()) == expected.getvalue()
        with pytest.raises(AttributeError, match="only downloads"):
            client.projects.with_streaming_response.get(project_id)


def test_with_streaming_response_async(recorder: Recorder, sim: Simulator) -> None:
    """async with / async for on the async twin."""

    async def main() -> bytes:
        async with async_elevenlabs(recorder) as client:
            dub = await client.dubbing.create(source_url=VIDEO, target_lang="es")
            sim.advance(10**6)
            expected = io.BytesIO()
            await client.dubbing.audio.download(dub.dubbing_id, "es", expected)
            async with client.dubbing.audio.with_streaming_response.download(dub.dubbing_id, "es") as response:
                assert response.status_code == 200
                received = b"".join([chunk async for chunk in response.iter_bytes()])
            assert received == expected.getvalue()
            return received

    assert len(asyncio.run(main())) > 0
