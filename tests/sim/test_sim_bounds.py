"""The simulator as a server under attack: every number, size, count and text a client sends is bounded or
validated, the control plane is keyed, and nothing a client sends wedges it or breaks its answers."""

from __future__ import annotations

import json
import os
import select
import socket
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx2
import pytest
from dubkit.sim import SimConfig, SimServer, Simulator
from dubkit.sim import _clock as clock_module
from dubkit.sim import _media_source as media_source
from dubkit.sim._bounds import MAX_BODY_DEPTH, MAX_JSON_BYTES, MAX_SIM_SECONDS, MAX_SOURCE_SECONDS
from dubkit.sim._clock import SimClock
from dubkit.sim._idempotency import IdempotencyStore, StoredResponse
from dubkit.sim._json import encode_json
from dubkit.sim._media_codecs import encode
from dubkit.sim._media_signal import silence
from dubkit.sim._media_source import UnreadableMediaError, read_media

BASE = "http://127.0.0.1"
DF = {"authorization": "Bearer k"}
EL = {"xi-api-key": "k"}
PROJECT = {"source_lang": "en", "target_lang": "fr-FR", "source_video_url": "https://cdn.example.com/v.mp4"}
JSON = {"content-type": "application/json"}


def both(**config: Any) -> Simulator:
    return Simulator(manual_clock=True, media_size=64, **config)


@pytest.fixture
def sim() -> Iterator[Simulator]:
    simulator = both()
    yield simulator
    assert simulator.violations() == []


@pytest.fixture
def http(sim: Simulator) -> Iterator[httpx2.Client]:
    with httpx2.Client(transport=sim.transport(), base_url=BASE, timeout=30) as client:
        yield client


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


# --- the clock ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seconds", [3e11, MAX_SIM_SECONDS + 1, 1e308, 10**30, -1])
def test_advancing_the_clock_too_far_is_refused_and_nothing_wedges(
    sim: Simulator, http: httpx2.Client, seconds: float
) -> None:
    """POST /_sim/clock/advance beyond the horizon is 400; the clock, the API and reset go on working."""
    response = http.post("/_sim/clock/advance", json={"seconds": seconds})
    assert response.status_code == 400
    assert response.json()["detail"]
    assert http.get("/_sim/clock").json()["elapsed"] == 0.0
    assert http.post("/api/v1/projects", json=PROJECT, headers=DF).status_code == 200
    assert http.get("/api/v1/projects", headers=DF).status_code == 200
    assert http.post("/_sim/reset").json() == {"reset": True}
    assert http.get("/_sim/clock").status_code == 200


def test_the_horizon_itself_still_gives_valid_dates_for_the_longest_jobs(http: httpx2.Client) -> None:
    """At the clock's horizon, with the longest jobs allowed, every API answer still carries valid dates."""
    assert http.patch("/_sim/config", json={"job_seconds": MAX_SIM_SECONDS}).status_code == 200
    moved = http.post("/_sim/clock/advance", json={"seconds": MAX_SIM_SECONDS})
    assert moved.status_code == 200
    assert http.post("/_sim/clock/advance", json={"seconds": 1}).status_code == 400
    receipt = http.post("/api/v1/projects", json=PROJECT, headers=DF)
    assert receipt.status_code == 200
    assert datetime.fromisoformat(receipt.json()["estimated_completion_date"]).year > 3000
    assert http.get(f"/api/v1/projects/{receipt.json()['project_id']}", headers=DF).status_code == 200
    dub = http.post(
        "/v1/dubbing", data={"target_lang": "es", "source_url": "https://cdn.example.com/a.mp4"}, headers=EL
    )
    assert dub.status_code == 200
    assert http.get(f"/v1/dubbing/{dub.json()['dubbing_id']}", headers=EL).status_code == 200
    studio = http.post("/v1/studio/projects", data={"name": "far", "from_url": "https://example.com/a"}, headers=EL)
    assert studio.status_code == 200
    assert http.get("/v1/studio/projects", headers=EL).status_code == 200


def test_a_fast_real_clock_stops_at_its_horizon(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real clock running fast reaches the horizon and stays there, still a valid date."""
    real_seconds = [0.0]
    monkeypatch.setattr(clock_module, "time", SimpleNamespace(monotonic=lambda: real_seconds[0]))
    clock = SimClock(speed=1e6)
    clock.advance(MAX_SIM_SECONDS - 10)
    real_seconds[0] = 1.0  # a million simulated seconds: past the horizon
    assert clock.elapsed() == MAX_SIM_SECONDS
    assert clock.now().year > 3000
    with pytest.raises(ValueError, match="cannot advance 1 s"):
        clock.advance(1)


@pytest.mark.parametrize("speed", [0, -1, float("nan"), float("inf")])
def test_a_clock_speed_must_be_positive_and_finite(speed: float) -> None:
    """SimClock refuses a speed that is not a positive finite number."""
    with pytest.raises(ValueError, match="speed"):
        SimClock(speed=speed)


# --- configuration and balance -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b'{"job_seconds": 1e308}',
        b'{"job_seconds": 1e400}',
        b'{"job_seconds": NaN}',
        b'{"job_seconds": Infinity}',
        b'{"job_seconds": -1}',
        b'{"job_seconds": "5"}',
        b'{"job_seconds": 100000000000000000000000000000000000}',
        b'{"media_size": 1e300}',
        b'{"max_logged_requests": 0}',
        b'{"balance_minutes": 1e400}',
        b'{"balance_minutes": "lots"}',
        b'{"balance_minutes": -5}',
    ],
)
def test_out_of_bounds_settings_are_refused_before_anything_is_charged(
    sim: Simulator, http: httpx2.Client, body: bytes
) -> None:
    """PATCH /_sim/config refuses huge, NaN, infinite, negative or mistyped numbers; nothing changes."""
    before = http.get("/_sim/config").json()
    response = http.patch("/_sim/config", content=body, headers=JSON)
    assert response.status_code == 400, response.text
    assert http.get("/_sim/config").json() == before
    receipt = http.post("/api/v1/projects", json=PROJECT, headers=DF)
    assert receipt.status_code == 200
    assert receipt.json()["balance_minutes"] == 10_000 - receipt.json()["cost_minutes"]


@pytest.mark.parametrize(
    "field",
    [
        {"job_seconds": 1e308},
        {"job_seconds": float("nan")},
        {"speed": 1e300},
        {"tick_seconds": float("inf")},
        {"source_seconds": 1e12},
        {"max_resource_segments": 10**9},
        {"seed": 10**40},
        {"manual_clock": "yes"},
        {"api_keys": frozenset({""})},
        {"max_upload_bytes": -1},
    ],
)
def test_sim_config_bounds_every_number(field: dict[str, Any]) -> None:
    """SimConfig refuses out-of-bounds or mistyped values at construction, naming the field."""
    with pytest.raises((TypeError, ValueError), match=next(iter(field))):
        SimConfig(**field)


def test_a_create_that_fails_charges_nothing(
    sim: Simulator, http: httpx2.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Dubformer create that fails while building its answer leaves the balance as it was."""

    def broken(_: float) -> datetime:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(sim.context.clock, "at", broken)
    assert http.post("/api/v1/projects", json=PROJECT, headers=DF).status_code == 500
    monkeypatch.undo()
    assert http.get("/api/v1/balance", headers=DF).json() == {"balance_minutes": 10_000}
    assert http.get("/api/v1/projects", headers=DF).json() == {"projects": []}


# --- JSON from clients: depth, size, numbers, text ---------------------------------------------------------

DEEP_TARGETS = [
    ("/api/v1/projects", DF, {"error": "ValidationError"}),
    ("/v1/dubbing/resource/d1/render/es", EL, {"detail": "There was an error parsing the body"}),
    ("/v1/studio/podcasts", EL, {"detail": "There was an error parsing the body"}),
]


@pytest.mark.parametrize("depth", [MAX_BODY_DEPTH + 1, 100_000])
@pytest.mark.parametrize(("path", "headers", "expected"), DEEP_TARGETS)
def test_a_deeply_nested_body_gets_the_providers_400(
    http: httpx2.Client, path: str, headers: dict[str, str], expected: dict[str, str], depth: int
) -> None:
    """A JSON body nested too deep is answered 400 in the provider's format (FastAPI's for ElevenLabs)."""
    response = http.post(path, content=nested(depth), headers={**headers, **JSON})
    assert response.status_code == 400
    assert response.json().items() >= expected.items()


def test_a_body_at_the_depth_limit_is_read(http: httpx2.Client) -> None:
    """A body exactly MAX_BODY_DEPTH deep is parsed and judged on its content (a schema error)."""
    response = http.post("/api/v1/projects", content=nested(MAX_BODY_DEPTH), headers={**DF, **JSON})
    assert response.status_code == 400
    assert "nested deeper" not in response.json()["message"]


def test_a_deep_control_plane_body_is_400(http: httpx2.Client) -> None:
    """The control plane reads JSON with the same limits."""
    response = http.post("/_sim/faults", content=nested(100_000), headers=JSON)
    assert response.status_code == 400
    assert "nested deeper" in response.json()["detail"]


@pytest.mark.parametrize(
    ("number", "provider"),
    [(b"1e400", "dubformer"), (b"-1e400", "elevenlabs"), (b"1" + b"0" * 30, "dubformer"), (b"9" * 5000, "elevenlabs")],
)
def test_numbers_out_of_range_in_json_are_refused(http: httpx2.Client, number: bytes, provider: str) -> None:
    """A JSON number that is not finite as a float, or an integer beyond 64 bits, is a validation error."""
    if provider == "dubformer":
        body = b'{"source_lang": "en", "target_lang": "fr-FR", "source_video_url": "https://x.example/v.mp4", "n": %s}'
        response = http.post("/api/v1/projects", content=body % number, headers={**DF, **JSON})
        assert (response.status_code, response.json()["error"]) == (400, "ValidationError")
    else:
        body = b'{"start_time": %s, "end_time": 2}'
        response = http.post(
            "/v1/dubbing/resource/d1/speaker/s1/segment", content=body % number, headers={**EL, **JSON}
        )
        assert response.status_code == 422
        assert response.json()["detail"][0]["type"] == "json_invalid"


@pytest.mark.parametrize("value", ["1e400", "nan", "inf", "-inf"])
def test_numbers_that_are_not_finite_in_form_fields_are_refused(http: httpx2.Client, value: str) -> None:
    """A form number that is not finite is a 422, never stored."""
    form = {"target_lang": "es", "source_url": "https://cdn.example.com/a.mp4", "csv_fps": value}
    response = http.post("/v1/dubbing", data=form, headers=EL)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "csv_fps"]
    assert http.get("/v1/dubbing", headers=EL).json()["dubs"] == []


@pytest.mark.parametrize("value", ["1e400", "nan", "9" * 30, "9" * 5000])
def test_integers_out_of_range_in_queries_are_refused(http: httpx2.Client, value: str) -> None:
    """A query integer that is not one, or beyond 64 bits, is a 422."""
    response = http.get("/v1/dubbing", params={"page_size": value}, headers=EL)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "page_size"]


def test_a_dub_cannot_ask_for_unbounded_speakers(http: httpx2.Client) -> None:
    """num_speakers beyond the limit is a 422 (each speaker is a track to build), not minutes of work."""
    form = {"target_lang": "es", "source_url": "https://cdn.example.com/a.mp4", "num_speakers": str(10**9)}
    response = http.post("/v1/dubbing", data=form, headers=EL)
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "num_speakers"]


def test_lone_surrogates_in_stored_text_never_break_listing(sim: Simulator, http: httpx2.Client) -> None:
    """A name holding a lone surrogate is stored, listed and read back; so is one in a fault's operation."""
    body = json.dumps({**PROJECT, "name": "bad \ud800 name"}).encode()  # ensure_ascii: a \ud800 escape
    created = http.post("/api/v1/projects", content=body, headers={**DF, **JSON})
    assert created.status_code == 200
    listing = http.get("/api/v1/projects", headers=DF)
    assert listing.status_code == 200
    assert listing.json()["projects"][0]["name"] == "bad \ud800 name"
    assert http.get(f"/api/v1/projects/{created.json()['project_id']}", headers=DF).json()["name"] == "bad \ud800 name"
    fault = json.dumps({"kind": "rate_limit", "operation": "op\udfff"}).encode()
    assert http.post("/_sim/faults", content=fault, headers=JSON).status_code == 200
    assert http.get("/_sim/faults").json()["pending"][0]["operation"] == "op\udfff"


def test_encoded_answers_keep_non_ascii_text_as_utf8() -> None:
    """Ordinary non-ASCII text is sent as UTF-8; only a lone surrogate makes the answer fall back to escapes."""
    assert encode_json({"name": "café"}) == '{"name":"café"}'.encode()
    assert encode_json({"name": "\ud800é"}) == b'{"name":"\\ud800\\u00e9"}'


# --- sizes ---------------------------------------------------------------------------------------------------


def test_a_json_body_over_the_cap_is_413(http: httpx2.Client) -> None:
    """A JSON body larger than MAX_JSON_BYTES is refused with 413 in the provider's format."""
    big = b'{"name": "' + b"x" * MAX_JSON_BYTES + b'"}'
    response = http.post("/api/v1/projects", content=big, headers={**DF, **JSON})
    assert response.status_code == 413
    assert response.json()["error"] == "PayloadTooLargeError"


def test_an_upload_over_max_upload_bytes_is_413() -> None:
    """A multipart upload beyond max_upload_bytes is refused with 413, counted as it streams."""
    sim = both(max_upload_bytes=10_000)
    with httpx2.Client(transport=sim.transport(), base_url=BASE) as http:

        def chunks() -> Iterator[bytes]:  # no Content-Length: only counting can catch it
            yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.mp4"\r\n\r\n'
            for _ in range(20):
                yield b"x" * 1000
            yield b"\r\n--b--\r\n"

        headers = {**EL, "content-type": "multipart/form-data; boundary=b"}
        streamed = http.post("/v1/dubbing", content=chunks(), headers=headers)
        assert streamed.status_code == 413
        declared = http.post(
            "/v1/dubbing", files={"file": ("a.mp4", b"x" * 20_000)}, data={"target_lang": "es"}, headers=EL
        )
        assert declared.status_code == 413
        assert sim.counts()["dubs_created"] == 0


# --- faults --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header", ["slow;delay=1e400", "slow;delay=99999", "rate_limit;retry_after=nan", "error_before;status=200"]
)
def test_a_fault_header_out_of_bounds_is_400(sim: Simulator, http: httpx2.Client, header: str) -> None:
    """X-Sim-Fault options out of bounds are refused with 400, on the API and on downloads alike."""
    assert http.get("/api/v1/balance", headers={**DF, "x-sim-fault": header}).status_code == 400
    project = http.post("/api/v1/projects", json=PROJECT, headers=DF).json()
    sim.advance(3600)
    url = http.get(f"/api/v1/projects/{project['project_id']}", headers=DF).json()["output_video_url"]
    assert http.get(url, headers={"x-sim-fault": header}).status_code == 400


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "slow", "delay": 1e9},
        {"kind": "rate_limit", "retry_after": 1e300},
        {"kind": "rate_limit", "times": 10**30},
        {"kind": "error_after", "status": "500"},
        {"kind": "rate_limit", "operation": 5},
        {"kind": ["rate_limit"]},
    ],
)
def test_a_queued_fault_out_of_bounds_is_400(sim: Simulator, http: httpx2.Client, fault: dict[str, Any]) -> None:
    """POST /_sim/faults checks every field's type and range; nothing is queued."""
    assert http.post("/_sim/faults", json=fault).status_code == 400
    assert sim.engine.faults.pending() == []


# --- the control plane ---------------------------------------------------------------------------------------

CONTROL = [
    ("POST", "/_sim/reset", None),
    ("GET", "/_sim/clock", None),
    ("POST", "/_sim/clock/advance", {"seconds": 1}),
    ("GET", "/_sim/faults", None),
    ("POST", "/_sim/faults", {"kind": "rate_limit"}),
    ("DELETE", "/_sim/faults", None),
    ("GET", "/_sim/requests", None),
    ("DELETE", "/_sim/requests", None),
    ("GET", "/_sim/state", None),
    ("GET", "/_sim/config", None),
    ("PATCH", "/_sim/config", {"fault_rate": 0}),
]


@pytest.mark.parametrize(("method", "path", "body"), CONTROL)
def test_the_control_plane_needs_a_key_when_keys_are_configured(method: str, path: str, body: Any) -> None:
    """With api_keys, every control endpoint is 401 without a key or with a wrong one, and works with either
    provider's header carrying a right one."""
    sim = both(api_keys=frozenset({"secret-one", "secret-two"}))
    with httpx2.Client(transport=sim.transport(), base_url=BASE) as http:
        for headers in (
            {},
            {"xi-api-key": "wrong"},
            {"authorization": "Bearer wrong"},
            {"authorization": "secret-one"},
        ):
            refused = http.request(method, path, json=body, headers=headers)
            assert refused.status_code == 401
            assert b"secret" not in refused.content
        for headers in ({"xi-api-key": "secret-two"}, {"authorization": "Bearer secret-one"}):
            allowed = http.request(method, path, json=body, headers=headers)
            assert allowed.status_code == 200, allowed.text
            assert b"secret-" not in allowed.content


def test_health_and_media_stay_open_with_keys(sim: Simulator) -> None:
    """Health and the outputs' download URLs need no key (the real APIs' output URLs need none either)."""
    keyed = both(api_keys=frozenset({"k"}))
    with httpx2.Client(transport=keyed.transport(), base_url=BASE) as http:
        assert http.get("/_sim/health").status_code == 200
        project = http.post("/api/v1/projects", json=PROJECT, headers=DF).json()
        keyed.advance(3600)
        url = http.get(f"/api/v1/projects/{project['project_id']}", headers=DF).json()["output_video_url"]
        assert http.get(url).status_code == 200


# --- the request log and other stores ------------------------------------------------------------------------


def test_the_request_log_is_a_ring_buffer(http: httpx2.Client, sim: Simulator) -> None:
    """The log keeps the latest max_logged_requests records; seq keeps counting; the limit is tunable."""
    sim.configure(max_logged_requests=5)
    for _ in range(12):
        http.get("/api/v1/balance", headers=DF)
    assert [r.seq for r in sim.requests()] == [8, 9, 10, 11, 12]
    assert http.patch("/_sim/config", json={"max_logged_requests": 2}).status_code == 200
    assert [r.seq for r in sim.requests()] == [11, 12]
    http.get("/api/v1/projects/" + "x" * 60_000, headers=DF)
    assert sim.requests()[-1].path == "/api/v1/projects/" + "x" * (2048 - len("/api/v1/projects/")) + "..."


def test_the_idempotency_store_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond MAX_KEYS the oldest key is forgotten first."""
    monkeypatch.setattr("dubkit.sim._idempotency.MAX_KEYS", 3)
    store = IdempotencyStore()
    for n in range(5):
        store.store("k", f"key-{n}", StoredResponse("f", 200, b"{}", 0.0))
    assert [store.lookup("k", f"key-{n}", 0.0) is not None for n in range(5)] == [False, False, True, True, True]


# --- the server on loopback: raw sockets -----------------------------------------------------------------------


def raw(server: SimServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=30)


def closed_by_server(sock: socket.socket) -> bool:
    """Wait (at most the socket's timeout) for the server to close the connection."""
    try:
        return sock.recv(1024) == b""
    except ConnectionResetError:
        return True


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts file descriptors in /proc")
def test_half_open_connections_cannot_exhaust_file_descriptors() -> None:
    """Connections beyond max_connections are closed as they arrive, and idle ones once header_timeout passes:
    the server holds at most max_connections descriptors for them, and serves again afterwards."""
    with both().serve(header_timeout=0.5, max_connections=8) as server:
        before = open_fds()
        clients = [raw(server) for _ in range(200)]
        assert all(closed_by_server(sock) for sock in clients[8:])
        held_by_server = open_fds() - before - len(clients)
        assert held_by_server <= 8
        assert all(closed_by_server(sock) for sock in clients[:8])
        for sock in clients:
            sock.close()
        with httpx2.Client(base_url=server.url, trust_env=False, timeout=30) as http:
            assert http.get("/_sim/health").status_code == 200


def test_a_request_head_dripped_byte_by_byte_is_cut_off() -> None:
    """A client that keeps sending a request head without finishing it is closed after header_timeout."""
    with both().serve(header_timeout=0.3) as server, raw(server) as sock:
        sock.sendall(b"GET /_sim/health HTTP/1.1\r\nHost: x\r\n")
        cut_off = False
        for _ in range(600):  # at most ~30 s of dripping
            try:
                sock.sendall(b"X-Drip: 1\r\n")
            except (BrokenPipeError, ConnectionResetError):
                cut_off = True
                break
            ready, _, _ = select.select([sock], [], [], 0.05)
            if ready:
                cut_off = closed_by_server(sock)
                break
        assert cut_off


def test_complete_requests_are_served_however_long_they_take() -> None:
    """The deadline is for the head only: a request whose answer takes longer still gets it, on a kept-alive
    connection, and so does the next request on it."""
    with both().serve(header_timeout=0.2) as server, raw(server) as sock:
        head = (
            b"GET /api/v1/balance HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nX-Sim-Fault: slow;delay=0.5\r\n\r\n"
        )
        for _ in range(2):
            sock.sendall(head)
            answer = b""
            while b"balance_minutes" not in answer:
                chunk = sock.recv(4096)
                assert chunk, answer
                answer += chunk
            assert answer.startswith(b"HTTP/1.1 200")


def test_an_oversized_request_head_is_refused() -> None:
    """An unfinished request head beyond 16 KiB is answered 400 without waiting for its end."""
    with both().serve() as server, raw(server) as sock:
        sock.sendall(b"GET /_sim/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20_000)
        assert sock.recv(64).startswith(b"HTTP/1.1 400")


@pytest.mark.parametrize(
    ("option", "value"), [("header_timeout", 0), ("header_timeout", float("nan")), ("max_connections", 0)]
)
def test_server_limits_are_checked(option: str, value: float) -> None:
    """SimServer refuses a non-positive or NaN header timeout and a connection cap below 1."""
    with pytest.raises(ValueError, match=option):
        SimServer(both().app, **{option: value})


WILDCARD_V4 = "0.0.0.0"  # noqa: S104 - a host name to compute a URL from; nothing is bound to it


@pytest.mark.parametrize(
    ("host", "url"), [(WILDCARD_V4, "http://127.0.0.1:0"), ("::", "http://[::1]:0"), ("::1", "http://[::1]:0")]
)
def test_a_wildcard_bind_is_reached_on_loopback(host: str, url: str) -> None:
    """SimServer.url never names a wildcard address a client cannot use (nor dubkit accept)."""
    assert SimServer(both().app, host=host).url == url


@pytest.mark.parametrize("header", ["bytes=" + "9" * 5000 + "-", "bytes=0-" + "9" * 5000, "bytes=-" + "9" * 4000])
def test_a_range_header_with_absurd_offsets_is_ignored(sim: Simulator, http: httpx2.Client, header: str) -> None:
    """A Range header whose numbers could not be offsets is ignored (the whole file), on every download route."""
    dub = http.post(
        "/v1/dubbing", data={"target_lang": "es", "source_url": "https://cdn.example.com/a.mp4"}, headers=EL
    )
    sim.advance(3600)
    audio_path = f"/v1/dubbing/{dub.json()['dubbing_id']}/audio/es"
    audio = http.get(audio_path, headers={**EL, "range": header})
    assert audio.status_code == 200
    assert audio.content == http.get(audio_path, headers=EL).content
    project = http.post("/api/v1/projects", json=PROJECT, headers=DF).json()
    sim.advance(3600)
    url = http.get(f"/api/v1/projects/{project['project_id']}", headers=DF).json()["output_video_url"]
    video = http.get(url, headers={"range": header})
    assert video.status_code == 200
    assert video.content == sim.media(url).read()


def test_a_body_that_stops_arriving_is_cut_off_and_one_that_arrives_is_served() -> None:
    """A request whose body stalls is closed after header_timeout; a body sent in parts is served."""
    head = b"POST /api/v1/projects HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nContent-Type: application/json\r\n"
    body = json.dumps(PROJECT).encode()
    with both().serve(header_timeout=0.3) as server:
        with raw(server) as stalled:
            stalled.sendall(head + b"Content-Length: %d\r\n\r\n" % len(body) + body[:10])
            assert closed_by_server(stalled)
        with raw(server) as steady:
            steady.sendall(head + b"Content-Length: %d\r\n\r\n" % len(body) + body[:10])
            steady.sendall(body[10:])
            assert steady.recv(64).startswith(b"HTTP/1.1 200")


def test_the_fault_queue_is_bounded(sim: Simulator, http: httpx2.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond MAX_QUEUED_FAULTS, queuing a fault is refused (400 over HTTP)."""
    monkeypatch.setattr("dubkit.sim._faults.MAX_QUEUED_FAULTS", 3)
    assert http.post("/_sim/faults", json=[{"kind": "slow"}] * 3).status_code == 200
    response = http.post("/_sim/faults", json={"kind": "slow"})
    assert response.status_code == 400
    assert "queued already" in response.json()["detail"]
    assert len(sim.engine.faults.pending()) == 3


def test_ticks_at_the_horizon_leave_time_standing() -> None:
    """With tick_seconds, requests at the clock's horizon are served; time simply stops there."""
    sim = both(tick_seconds=MAX_SIM_SECONDS / 2)
    with httpx2.Client(transport=sim.transport(), base_url=BASE) as http:
        for _ in range(4):
            assert http.get("/api/v1/balance", headers=DF).status_code == 200
    assert sim.context.clock.elapsed() == MAX_SIM_SECONDS


@pytest.mark.parametrize("seconds", ["1e300", "inf", "nan", "-5", str(MAX_SOURCE_SECONDS + 1)])
def test_a_source_urls_sim_seconds_out_of_bounds_is_ignored(sim: Simulator, http: httpx2.Client, seconds: str) -> None:
    """A source URL's ?sim-seconds= beyond 12 hours (or not a positive finite number) is ignored: the dub is
    made at the default length instead of trying to build years of audio."""
    url = f"https://cdn.example.com/a.mp3?sim-seconds={seconds}"
    dub = http.post("/v1/dubbing", data={"target_lang": "es", "source_url": url}, headers=EL)
    assert dub.status_code == 200
    sim.advance(3600)
    shown = http.get(f"/v1/dubbing/{dub.json()['dubbing_id']}", headers=EL).json()
    assert shown["media_metadata"]["duration"] == pytest.approx(60.0, abs=1)


@pytest.mark.parametrize("content_type", ["audio/mpeg", "audio/wav", "video/mp4"])
def test_probed_media_longer_than_the_bound_is_unreadable(monkeypatch: pytest.MonkeyPatch, content_type: str) -> None:
    """A source whose audio decodes (or whose container claims to last) beyond MAX_SOURCE_SECONDS is refused
    as unreadable before its samples are all in memory; one within the bound is read."""
    data = encode(silence(5.0), content_type)
    assert read_media(data, "a").duration == pytest.approx(5.0, abs=0.2)
    monkeypatch.setattr(media_source, "MAX_SOURCE_SECONDS", 2.0)
    with pytest.raises(UnreadableMediaError, match="longer than"):
        read_media(data, "a")


def test_an_upload_longer_than_the_bound_fails_its_dub(
    sim: Simulator, http: httpx2.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over HTTP, such an upload fails the dub with the reason, as unreadable media does."""
    monkeypatch.setattr(media_source, "MAX_SOURCE_SECONDS", 2.0)
    upload = {"file": ("long.mp3", encode(silence(5.0), "audio/mpeg"), "audio/mpeg")}
    dub = http.post("/v1/dubbing", files=upload, data={"target_lang": "es"}, headers=EL)
    assert dub.status_code == 200
    sim.advance(3600)
    shown = http.get(f"/v1/dubbing/{dub.json()['dubbing_id']}", headers=EL).json()
    assert shown["status"] == "failed"
    assert "longer than" in shown["error"]
