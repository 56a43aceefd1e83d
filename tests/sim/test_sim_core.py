"""The simulator core: faults, media, control endpoints, request log, clock, transports and the server."""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import re
import time
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import httpx2
import pytest
from dubkit import AsyncDubformer, Dubformer
from dubkit.sim import (
    FAULT_HEADER,
    FAULT_KINDS,
    TRANSIENT_KINDS,
    Fault,
    MediaItem,
    SimConfig,
    Simulator,
    create_app,
)

BASE = "http://127.0.0.1"
AUTH = {"Authorization": "Bearer k"}
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
VIDEO = "https://cdn.example.com/talks/keynote.mp4"
PROJECT = {"source_lang": "en", "target_lang": "fr-FR", "source_video_url": VIDEO, "name": "Keynote"}
LONGEST_JOB = 30 * 1.25 + 1
MEDIA_SIZE = 200_000  # crosses the 64 KiB chunk boundaries; outputs of the 5 s sources are padded up to it
SOURCE_SECONDS = 5.0
FAST = 0.05  # real seconds of an injected "slow"


def new_sim(**config: Any) -> Simulator:
    defaults = {"manual_clock": True, "media_size": MEDIA_SIZE, "source_seconds": SOURCE_SECONDS}
    return Simulator(providers=("dubformer",), **{**defaults, **config})


@pytest.fixture
def sim() -> Iterator[Simulator]:
    simulator = new_sim()
    yield simulator
    assert simulator.violations() == []


@pytest.fixture
def http(sim: Simulator) -> Iterator[httpx2.Client]:
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as client:
        yield client


def create(http: httpx2.Client, **headers: str) -> dict[str, Any]:
    response = http.post("/api/v1/projects", json=PROJECT, headers=headers)
    assert response.status_code == 200, response.text
    receipt: dict[str, Any] = response.json()
    return receipt


def ready_url(sim: Simulator, http: httpx2.Client) -> str:
    project_id = create(http)["project_id"]
    sim.advance(LONGEST_JOB)
    url: str = http.get(f"/api/v1/projects/{project_id}").json()["output_video_url"]
    return url


def when(text: str) -> datetime:
    return datetime.fromisoformat(text)


def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the client's retry backoff instead of sleeping through it."""
    delays: list[float] = []
    monkeypatch.setattr(time, "sleep", delays.append)
    return delays


# --- every fault kind, through every channel ------------------------------------------------------------------


def _check_fault(kind: str, outcome: httpx2.Response | httpx2.TransportError, normal: bytes, seconds: float) -> None:
    """Assert what a GET of an in-progress project looks like under one fault."""
    if kind in {"disconnect_before", "disconnect_after"}:
        assert isinstance(outcome, httpx2.RemoteProtocolError), outcome
        return
    assert isinstance(outcome, httpx2.Response), outcome
    response = outcome
    if kind == "rate_limit":
        assert response.status_code == 429
        assert response.headers["retry-after"] == "1"
        assert response.json()["error"] == "TooManyRequestsError"
    elif kind == "error_before":
        assert response.status_code == 503
        assert response.headers["retry-after"] == "1"
        assert response.json() == {"error": "ServiceUnavailableError", "message": "Server error (injected fault)"}
    elif kind == "error_after":
        assert response.status_code == 500
        assert "retry-after" not in response.headers
        assert response.json()["error"] == "InternalServerError"
    elif kind == "slow":
        assert response.status_code == 200
        assert response.content == normal
        assert seconds >= FAST
    elif kind == "truncated_json":
        assert response.status_code == 200
        assert response.content == normal[: math.ceil(len(normal) / 2)]
        assert response.headers["content-length"] == str(len(response.content))
        with pytest.raises(json.JSONDecodeError):
            json.loads(response.content)
    elif kind == "malformed_json":
        assert response.status_code == 200
        assert response.content == b"<html>502 Bad Gateway</html>" + normal[:8]
        with pytest.raises(json.JSONDecodeError):
            response.json()
    elif kind == "unknown_enum":
        body, expected = response.json(), json.loads(normal)
        changed = {k for k in expected if body[k] != expected[k]}
        assert len(changed) == 1
        assert changed <= {"status", "mixing_mode"}
        assert body[changed.pop()] == "sim_unknown_value"
    elif kind == "extra_fields":
        assert response.json() == {**json.loads(normal), "sim_extra_field": {"added": True}}
    elif kind == "redirect":
        assert response.status_code == 307
        assert response.headers["location"] == f"http://redirect-target.invalid{response.request.url.path}"
    else:  # pragma: no cover - a new kind needs an expectation here
        pytest.fail(f"no expectation for fault kind {kind!r}")


def _attempt(http: httpx2.Client, path: str, headers: dict[str, str]) -> tuple[Any, float]:
    started = time.monotonic()
    try:
        outcome: Any = http.get(path, headers=headers)
    except httpx2.TransportError as error:
        outcome = error
    return outcome, time.monotonic() - started


@pytest.mark.parametrize("channel", ["header", "inject", "control"])
@pytest.mark.parametrize("kind", FAULT_KINDS)
def test_every_fault_kind_through_every_channel(sim: Simulator, http: httpx2.Client, kind: str, channel: str) -> None:
    """Each fault kind behaves as documented whether sent in X-Sim-Fault, queued by inject() or by POST /_sim/faults."""
    path = f"/api/v1/projects/{create(http)['project_id']}"
    normal = http.get(path).content
    headers: dict[str, str] = {}
    if channel == "header":
        headers[FAULT_HEADER] = f"slow;delay={FAST}" if kind == "slow" else kind
    elif channel == "inject":
        sim.inject(kind, operation="get_project", delay=FAST)
    else:
        queued = http.post("/_sim/faults", json={"kind": kind, "operation": "get_project", "delay": FAST})
        assert queued.status_code == 200
        assert [f["kind"] for f in queued.json()["pending"]] == [kind]
    outcome, seconds = _attempt(http, path, headers)
    _check_fault(kind, outcome, normal, seconds)
    record = sim.requests("get_project")[-1]
    assert record.fault == kind
    # The fault is used up: the next request is served normally.
    assert http.get(path).content == normal
    assert sim.requests("get_project")[-1].fault is None
    assert sim.engine.faults.injected == {kind: 1}


def test_fault_kinds_are_the_documented_ones() -> None:
    """The transient kinds are a subset of all kinds; an unknown kind is refused."""
    assert set(TRANSIENT_KINDS) < set(FAULT_KINDS)
    assert len(FAULT_KINDS) == 11
    with pytest.raises(ValueError, match="unknown fault kind 'gremlins'"):
        Fault("gremlins")


@pytest.mark.parametrize(
    ("header", "status", "retry_after", "error"),
    [
        ("error_before;status=502", 502, None, "BadGatewayError"),
        ("error_before;status=500", 500, None, "InternalServerError"),
        ("error_before;status=503;retry_after=7", 503, "7", "ServiceUnavailableError"),
        ("rate_limit;retry_after=2.5", 429, "3", "TooManyRequestsError"),
        ("rate_limit;retry_after=0", 429, "0", "TooManyRequestsError"),
        (" rate_limit ; retry_after = 4 ", 429, "4", "TooManyRequestsError"),
    ],
)
def test_fault_header_parameters(
    http: httpx2.Client, header: str, status: int, retry_after: str | None, error: str
) -> None:
    """X-Sim-Fault parameters set the status and a Retry-After rounded up to whole seconds."""
    response = http.get("/api/v1/balance", headers={FAULT_HEADER: header.replace(" = ", "=")})
    assert response.status_code == status
    assert response.headers.get("retry-after") == retry_after
    assert response.json()["error"] == error


@pytest.mark.parametrize("header", ["gremlins", "rate_limit;colour=red", "error_before;status=abc", ""])
def test_a_bad_fault_header_is_400(sim: Simulator, http: httpx2.Client, header: str) -> None:
    """An X-Sim-Fault the simulator cannot read is a 400 naming the header, and no work is done."""
    response = http.post("/api/v1/projects", json=PROJECT, headers={FAULT_HEADER: header or ";"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("bad x-sim-fault header")
    assert sim.counts()["dubformer_projects_created"] == 0


def test_the_header_wins_over_a_queued_fault(sim: Simulator, http: httpx2.Client) -> None:
    """A request's own X-Sim-Fault does not consume a queued fault."""
    sim.inject("rate_limit")
    extra = http.get("/api/v1/balance", headers={FAULT_HEADER: "extra_fields"})
    assert extra.json()["sim_extra_field"] == {"added": True}
    assert http.get("/api/v1/balance").status_code == 429
    assert http.get("/api/v1/balance").status_code == 200


def test_inject_hits_n_matching_requests_in_order(sim: Simulator, http: httpx2.Client) -> None:
    """Queued faults hit only their operation, `times` times each, in the order they were queued."""
    sim.inject("rate_limit", operation="get_balance", times=2)
    sim.inject(Fault("error_before", status=502, operation="get_balance"))
    assert http.get("/api/v1/options").status_code == 200
    assert [f.times for f in sim.engine.faults.pending()] == [2, 1]
    assert http.get("/api/v1/balance").status_code == 429
    assert [f.times for f in sim.engine.faults.pending()] == [1, 1]
    assert http.get("/api/v1/balance").status_code == 429
    assert http.get("/api/v1/voices").status_code == 200
    assert http.get("/api/v1/balance").status_code == 502
    assert http.get("/api/v1/balance").status_code == 200
    assert sim.engine.faults.pending() == []
    assert [(r.operation, r.fault) for r in sim.requests()] == [
        ("get_options", None),
        ("get_balance", "rate_limit"),
        ("get_balance", "rate_limit"),
        ("list_voices", None),
        ("get_balance", "error_before"),
        ("get_balance", None),
    ]


def test_a_fault_without_operation_hits_any_request(sim: Simulator, http: httpx2.Client) -> None:
    """inject() without an operation hits the next API request, whatever it is."""
    sim.inject("error_after", times=2)
    assert http.get("/api/v1/options").status_code == 500
    assert http.get("/api/v1/voices").status_code == 500
    assert http.get("/api/v1/balance").status_code == 200


def test_inject_refuses_bad_faults(sim: Simulator) -> None:
    """inject() validates the kind and options."""
    with pytest.raises(ValueError, match="unknown fault kind"):
        sim.inject("nope")
    with pytest.raises(TypeError):
        sim.inject("rate_limit", colour="red")
    assert sim.engine.faults.pending() == []


def test_faults_do_not_touch_errors(sim: Simulator, http: httpx2.Client) -> None:
    """A post-work fault leaves an error response as it is (there was no work to lose)."""
    sim.inject("error_after")
    response = http.get("/api/v1/projects/nope")
    assert response.status_code == 404
    assert response.json()["error"] == "NotFoundError"
    assert sim.requests()[-1].fault == "error_after"


def test_faults_spare_the_control_endpoints(sim: Simulator, http: httpx2.Client) -> None:
    """X-Sim-Fault and queued faults apply to API calls only, so tests can always drive the simulator."""
    sim.inject("rate_limit")
    assert http.get("/_sim/health", headers={FAULT_HEADER: "error_before"}).status_code == 200
    assert http.get("/_sim/state").status_code == 200
    assert len(sim.engine.faults.pending()) == 1


# --- whether the work is done ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "status", "created"),
    [
        ("rate_limit", 429, 0),
        ("error_before", 503, 0),
        ("disconnect_before", None, 0),
        ("redirect", 307, 0),
        ("error_after", 500, 1),
        ("disconnect_after", None, 1),
        ("slow", 200, 1),
        ("truncated_json", 200, 1),
        ("malformed_json", 200, 1),
        ("extra_fields", 200, 1),
        ("unknown_enum", 200, 1),
    ],
)
def test_which_faults_do_the_work(
    sim: Simulator, http: httpx2.Client, kind: str, status: int | None, created: int
) -> None:
    """Faults before the work leave nothing behind; faults after it leave the project created and charged."""
    sim.inject(kind, operation="create_project", delay=FAST)
    if status is None:
        with pytest.raises(httpx2.RemoteProtocolError):
            http.post("/api/v1/projects", json=PROJECT)
    else:
        assert http.post("/api/v1/projects", json=PROJECT).status_code == status
    assert sim.counts()["dubformer_projects_created"] == created
    projects = http.get("/api/v1/projects").json()["projects"]
    assert len(projects) == created
    charged = sum(p["cost_minutes"] for p in projects)
    assert http.get("/api/v1/balance").json()["balance_minutes"] == 10_000 - charged


def test_a_lost_response_is_recovered_with_its_idempotency_key(sim: Simulator, http: httpx2.Client) -> None:
    """After error_after, resending with the same Idempotency-Key returns the project made the first time."""
    sim.inject("error_after", operation="create_project")
    headers = {"Idempotency-Key": "retry-me"}
    assert http.post("/api/v1/projects", json=PROJECT, headers=headers).status_code == 500
    retry = http.post("/api/v1/projects", json=PROJECT, headers=headers)
    assert retry.status_code == 200
    assert retry.headers["idempotent-replayed"] == "true"
    assert [p["project_id"] for p in http.get("/api/v1/projects").json()["projects"]] == [retry.json()["project_id"]]
    assert sim.counts()["dubformer_projects_created"] == 1


def test_the_real_client_retries_a_create_with_the_same_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """The request log proves dubkit's retry of a failed create reused its Idempotency-Key and made one project."""
    slept = no_sleep(monkeypatch)
    sim = new_sim()
    sim.inject("error_after", operation="create_project")
    with (
        httpx2.Client(transport=sim.transport()) as http,
        Dubformer(api_key="k", base_url=BASE, http_client=http) as client,
    ):
        job = client.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=VIDEO, name="Keynote")
        listed = [p.project_id for p in client.projects.list()]
    records = sim.requests("create_project")
    assert len(records) == 2
    first, second = records
    assert first.idempotency_key is not None
    assert first.idempotency_key == second.idempotency_key
    assert (first.fault, first.status, first.replayed) == ("error_after", 500, False)
    assert (second.fault, second.status, second.replayed) == (None, 200, True)
    assert first.carried_credentials
    assert second.carried_credentials
    assert sim.counts()["dubformer_projects_created"] == 1
    assert listed == [job.project_id]
    assert len(slept) == 1


@pytest.mark.parametrize("kind", ["disconnect_before", "disconnect_after"])
def test_the_real_client_retries_a_create_whose_connection_dropped(monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    """A create whose connection drops mid-response is retried with the same key: one project, no bare httpx error."""
    no_sleep(monkeypatch)
    sim = new_sim()
    sim.inject(kind, operation="create_project")
    with (
        httpx2.Client(transport=sim.transport()) as http,
        Dubformer(api_key="k", base_url=BASE, http_client=http) as client,
    ):
        job = client.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=VIDEO)
    records = sim.requests("create_project")
    assert [r.fault for r in records] == [kind, None]
    assert records[0].idempotency_key == records[1].idempotency_key
    assert sim.counts()["dubformer_projects_created"] == 1
    assert job.project_id


def test_the_real_client_honours_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 429 with Retry-After: 3 makes dubkit wait at least 3 seconds before its retry."""
    slept = no_sleep(monkeypatch)
    sim = new_sim()
    sim.inject("rate_limit", operation="get_balance", retry_after=3)
    with (
        httpx2.Client(transport=sim.transport()) as http,
        Dubformer(api_key="k", base_url=BASE, http_client=http) as client,
    ):
        assert client.balance().balance_minutes == 10_000
    assert [r.status for r in sim.requests("get_balance")] == [429, 200]
    assert len(slept) == 1
    assert slept[0] >= 3


def test_the_async_client_retries_a_create_with_the_same_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """The async twin also reuses the key across a retry, over the async transport."""
    delays: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    sim = new_sim()
    sim.inject("error_after", operation="create_project")

    async def scenario() -> str:
        async with httpx2.AsyncClient(transport=sim.async_transport()) as http:
            client = AsyncDubformer(api_key="k", base_url=BASE, http_client=http)
            job = await client.projects.create(source_lang="en", target_lang="fr-FR", source_video_url=VIDEO)
            await client.aclose()
            return job.project_id

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    project_id = asyncio.run(scenario())
    monkeypatch.undo()
    records = sim.requests("create_project")
    assert [r.fault for r in records] == ["error_after", None]
    assert records[0].idempotency_key == records[1].idempotency_key
    assert records[1].replayed
    assert sim.counts()["dubformer_projects_created"] == 1
    assert len(delays) == 1
    assert sim.dubformer is not None
    assert [p.project_id for p in sim.dubformer.projects._projects.values()] == [project_id]


# --- random faults --------------------------------------------------------------------------------------------


def _statuses(sim: Simulator, count: int) -> list[int | str]:
    seen: list[int | str] = []
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as http:
        for _ in range(count):
            try:
                seen.append(http.get("/api/v1/balance").status_code)
            except httpx2.RemoteProtocolError:
                seen.append("dropped")
    return seen


def test_random_faults_hit_roughly_the_configured_share() -> None:
    """fault_rate=0.25 faults about a quarter of 400 requests, only with the allowed kinds."""
    sim = new_sim(seed=11, fault_rate=0.25, fault_kinds=("rate_limit", "error_before"))
    statuses = _statuses(sim, 400)
    faulted = [s for s in statuses if s != 200]
    assert 0.18 <= len(faulted) / 400 <= 0.32
    assert set(faulted) <= {429, 500, 502, 503}
    assert 429 in faulted
    assert {500, 502, 503} & set(faulted)
    kinds = [r.fault for r in sim.requests() if r.fault]
    assert len(kinds) == len(faulted)
    assert set(kinds) == {"rate_limit", "error_before"}
    assert sim.engine.faults.injected == {k: kinds.count(k) for k in set(kinds)}


def test_random_faults_are_reproducible_with_a_seed() -> None:
    """Two simulators with the same seed fault the same requests the same way; another seed differs."""
    config = {"fault_rate": 0.3, "fault_kinds": ("rate_limit", "error_after", "disconnect_before")}
    first = _statuses(new_sim(seed=3, **config), 60)
    assert first == _statuses(new_sim(seed=3, **config), 60)
    assert first != _statuses(new_sim(seed=4, **config), 60)
    assert {"dropped", 429, 500} <= set(first)


def test_random_faults_default_to_the_transient_kinds() -> None:
    """Without fault_kinds, every random fault is a transient one."""
    sim = new_sim(seed=2, fault_rate=1.0)
    _statuses(sim, 40)
    kinds = {r.fault for r in sim.requests()}
    assert None not in kinds
    assert kinds <= set(TRANSIENT_KINDS)
    assert len(kinds) >= 4


def test_fault_rate_can_change_while_running() -> None:
    """configure(fault_rate=...) takes effect for the next requests."""
    sim = new_sim(fault_kinds=("rate_limit",))
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as http:
        assert [http.get("/api/v1/options").status_code for _ in range(5)] == [200] * 5
        sim.configure(fault_rate=1.0)
        assert [http.get("/api/v1/options").status_code for _ in range(5)] == [429] * 5
        sim.configure(fault_rate=0.0)
        assert [http.get("/api/v1/options").status_code for _ in range(5)] == [200] * 5


def test_fault_kinds_can_change_while_running(sim: Simulator, http: httpx2.Client) -> None:
    """configure(fault_kinds=...) restricts the random faults from then on."""
    sim.configure(fault_rate=1.0, fault_kinds=("rate_limit",))
    assert [http.get("/api/v1/options").status_code for _ in range(10)] == [429] * 10


def test_bad_fault_settings_are_refused() -> None:
    """An unknown fault kind or a rate outside 0..1 is refused when the simulator is made."""
    with pytest.raises(ValueError, match="unknown fault kind"):
        new_sim(fault_kinds=("rate_limit", "gremlins"))
    with pytest.raises(ValueError, match="fault_rate must be between 0 and 1"):
        new_sim(fault_rate=1.5)
    with pytest.raises(ValueError, match="fault_rate"):
        new_sim().configure(fault_rate=-0.1)


# --- disconnects, corrupt bodies, redirects, timeouts ---------------------------------------------------------


@pytest.mark.parametrize("kind", ["disconnect_before", "disconnect_after"])
def test_disconnects_raise_remote_protocol_error_on_the_sync_transport(http: httpx2.Client, kind: str) -> None:
    """A dropped connection surfaces as httpx2.RemoteProtocolError, as it would over a socket."""
    with pytest.raises(httpx2.RemoteProtocolError):
        http.get("/api/v1/balance", headers={FAULT_HEADER: kind})
    # The transport is still usable afterwards.
    assert http.get("/api/v1/balance").status_code == 200


@pytest.mark.parametrize("kind", ["disconnect_before", "disconnect_after"])
def test_disconnects_raise_remote_protocol_error_on_the_async_transport(sim: Simulator, kind: str) -> None:
    """The async transport turns a dropped connection into httpx2.RemoteProtocolError too."""

    async def scenario() -> int:
        async with httpx2.AsyncClient(transport=sim.async_transport(), base_url=BASE, headers=AUTH) as http:
            with pytest.raises(httpx2.RemoteProtocolError):
                await http.get("/api/v1/balance", headers={FAULT_HEADER: kind})
            return (await http.get("/api/v1/balance")).status_code

    assert asyncio.run(scenario()) == 200


def _stream_until_dropped(http: httpx2.Client, url: str, headers: dict[str, str]) -> tuple[httpx2.Response, bytes]:
    """Stream a response whose connection is expected to drop; return it and the bytes that arrived."""
    received = b""
    with http.stream("GET", url, headers=headers) as response:
        try:
            for chunk in response.iter_raw():
                received += chunk
        except httpx2.RemoteProtocolError:
            return response, received
    pytest.fail("the connection did not drop")


def test_disconnect_after_sends_part_of_the_body(http: httpx2.Client) -> None:
    """disconnect_after sends the status and part of the body before dropping, so streaming sees some bytes."""
    response, received = _stream_until_dropped(http, "/api/v1/voices", {FAULT_HEADER: "disconnect_after"})
    assert response.status_code == 200
    assert 0 < len(received) < int(response.headers["content-length"])


def test_unknown_enum_reaches_the_project_status(sim: Simulator, http: httpx2.Client) -> None:
    """Over repeated injections unknown_enum corrupts each enum field of a project, status included."""
    path = f"/api/v1/projects/{create(http)['project_id']}"
    sim.inject("unknown_enum", operation="get_project", times=12)
    corrupted = set()
    for _ in range(12):
        body = http.get(path).json()
        corrupted |= {k for k, v in body.items() if v == "sim_unknown_value"}
    assert corrupted == {"status", "mixing_mode"}


def test_unknown_enum_leaves_a_body_without_enums_alone(http: httpx2.Client) -> None:
    """A response with no enum field is unchanged by unknown_enum."""
    normal = http.get("/api/v1/balance").content
    assert http.get("/api/v1/balance", headers={FAULT_HEADER: "unknown_enum"}).content == normal


def test_unknown_enum_reaches_statuses_in_the_project_list(http: httpx2.Client) -> None:
    """unknown_enum on list_projects puts an unknown value into a listed project's status."""
    create(http)
    body = http.get("/api/v1/projects", headers={FAULT_HEADER: "unknown_enum"}).json()
    assert "sim_unknown_value" in {body["projects"][0]["status"]}


def test_extra_fields_reach_nested_objects(sim: Simulator, http: httpx2.Client) -> None:
    """extra_fields adds an unknown field to every object, including those inside arrays."""
    create(http)
    body = http.get("/api/v1/projects", headers={FAULT_HEADER: "extra_fields"}).json()
    assert body["sim_extra_field"] == {"added": True}
    assert body["projects"][0]["sim_extra_field"] == {"added": True}
    assert body["projects"][0]["status"] == "in_progress"


def test_redirect_goes_to_the_configured_origin() -> None:
    """redirect answers 307 to redirect_origin, keeping the path and query; nothing follows it by default."""
    sim = new_sim(redirect_origin="http://elsewhere.invalid:8080/")
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as http:
        response = http.get("/api/v1/projects?page=2", headers={FAULT_HEADER: "redirect"})
        assert response.status_code == 307
        assert response.headers["location"] == "http://elsewhere.invalid:8080/api/v1/projects?page=2"
        assert response.next_request is not None
        assert response.next_request.url.host == "elsewhere.invalid"
    assert [r.host for r in sim.requests()] == ["127.0.0.1"]


def test_slow_is_really_slow_and_a_read_timeout_cuts_it_short(sim: Simulator) -> None:
    """slow delays the answer by its real delay; a shorter read timeout raises httpx2.ReadTimeout."""
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH, timeout=5) as http:
        started = time.monotonic()
        assert http.get("/api/v1/balance", headers={FAULT_HEADER: "slow;delay=0.1"}).status_code == 200
        assert time.monotonic() - started >= 0.1
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH, timeout=0.05) as http:
        with pytest.raises(httpx2.ReadTimeout):
            http.get("/api/v1/balance", headers={FAULT_HEADER: "slow;delay=2"})
        assert http.get("/api/v1/balance").status_code == 200


def test_a_read_timeout_on_the_async_transport(sim: Simulator) -> None:
    """The async transport honours the read timeout as well."""

    async def scenario() -> None:
        async with httpx2.AsyncClient(
            transport=sim.async_transport(), base_url=BASE, headers=AUTH, timeout=0.05
        ) as http:
            with pytest.raises(httpx2.ReadTimeout):
                await http.get("/api/v1/balance", headers={FAULT_HEADER: "slow;delay=2"})

    asyncio.run(scenario())


# --- media ----------------------------------------------------------------------------------------------------


@pytest.fixture
def media(sim: Simulator, http: httpx2.Client) -> tuple[str, bytes]:
    url = ready_url(sim, http)
    return url, sim.media(url).read()


def test_a_full_download(http: httpx2.Client, media: tuple[str, bytes]) -> None:
    """A GET serves the whole file with its length, type, name and Accept-Ranges."""
    url, full = media
    response = http.get(url)
    assert response.status_code == 200
    assert response.content == full
    assert len(full) == MEDIA_SIZE
    assert response.headers["content-length"] == str(MEDIA_SIZE)
    assert response.headers["content-type"] == "video/mp4"
    assert response.headers["accept-ranges"] == "bytes"
    assert response.headers["content-disposition"] == 'attachment; filename="output_video.mp4"'
    assert "content-range" not in response.headers


def test_head_sends_the_headers_only(http: httpx2.Client, media: tuple[str, bytes]) -> None:
    """HEAD answers the GET's headers with no body."""
    url, _ = media
    response = http.head(url)
    assert response.status_code == 200
    assert response.content == b""
    assert response.headers["content-length"] == str(MEDIA_SIZE)
    assert response.headers["content-type"] == "video/mp4"
    ranged = http.head(url, headers={"Range": "bytes=0-9"})
    assert ranged.status_code == 206
    assert ranged.content == b""
    assert ranged.headers["content-range"] == f"bytes 0-9/{MEDIA_SIZE}"


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [
        ("bytes=0-9", 0, 9),
        ("bytes=-5", MEDIA_SIZE - 5, MEDIA_SIZE - 1),
        ("bytes=100-", 100, MEDIA_SIZE - 1),
        ("bytes=65530-65545", 65530, 65545),
        ("bytes=7-7", 7, 7),
        (f"bytes={MEDIA_SIZE - 10}-{MEDIA_SIZE * 2}", MEDIA_SIZE - 10, MEDIA_SIZE - 1),
        (f"bytes=-{MEDIA_SIZE * 3}", 0, MEDIA_SIZE - 1),
    ],
)
def test_range_requests(http: httpx2.Client, media: tuple[str, bytes], header: str, first: int, last: int) -> None:
    """A satisfiable Range gets 206 with exactly those bytes and a matching Content-Range."""
    url, full = media
    response = http.get(url, headers={"Range": header})
    assert response.status_code == 206
    assert response.content == full[first : last + 1]
    assert response.headers["content-range"] == f"bytes {first}-{last}/{MEDIA_SIZE}"
    assert response.headers["content-length"] == str(last - first + 1)


@pytest.mark.parametrize("header", [f"bytes={MEDIA_SIZE}-", "bytes=-0", "bytes=10-5", f"bytes={MEDIA_SIZE + 1}-2"])
def test_unsatisfiable_ranges_are_416(http: httpx2.Client, media: tuple[str, bytes], header: str) -> None:
    """A Range selecting no byte gets 416 with Content-Range: bytes */size."""
    url, _ = media
    response = http.get(url, headers={"Range": header})
    assert response.status_code == 416
    assert response.headers["content-range"] == f"bytes */{MEDIA_SIZE}"
    assert response.content == b""


@pytest.mark.parametrize("header", ["bytes=0-1,5-6", "items=0-9", "bytes=-", "bytes=a-b"])
def test_unsupported_range_forms_serve_the_whole_file(
    http: httpx2.Client, media: tuple[str, bytes], header: str
) -> None:
    """Range forms the simulator does not support are ignored (as RFC 9110 allows): 200 with everything."""
    url, full = media
    response = http.get(url, headers={"Range": header})
    assert response.status_code == 200
    assert response.content == full


def test_a_media_item_is_built_once_on_first_read_and_sliced_across_its_parts() -> None:
    """The build runs once, at the first read; zero padding kept as a count slices like real bytes."""
    calls = []

    def build() -> tuple[bytes | int, ...]:
        calls.append(1)
        return (b"head" * 20_000, 70_000, bytes(range(256)) * 40)

    item = MediaItem("k/video.mp4", "video/mp4", "v.mp4", build)
    assert (calls, item.built) == ([], False)
    full = item.read()
    assert len(full) == item.size == 80_000 + 70_000 + 10_240
    assert full == b"head" * 20_000 + bytes(70_000) + bytes(range(256)) * 40
    for start, end in [(0, 0), (65535, 65536), (79_990, 150_010), (1000, 140_000), (160_239, 160_239)]:
        assert b"".join(item.iter_bytes(start, end)) == full[start : end + 1]
    assert item.sha256() == hashlib.sha256(full).hexdigest()
    assert all(len(chunk) <= 64 * 1024 for chunk in item.iter_bytes())
    assert calls == [1]
    assert MediaItem.fixed("fixed", "application/zip", "a.zip", b"PK\x03\x04!").read() == b"PK\x03\x04!"


def test_unknown_media_is_404(sim: Simulator, http: httpx2.Client) -> None:
    """A media key the simulator never produced is 404 (and sim.media raises KeyError)."""
    response = http.get("/_sim/media/df/nothing/video.mp4")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}
    with pytest.raises(KeyError, match="no media"):
        sim.media("df/nothing/video.mp4")
    assert sim.requests()[-1].operation == "media"
    assert sim.requests()[-1].status == 404


def test_media_downloads_are_logged_without_credentials(sim: Simulator, media: tuple[str, bytes]) -> None:
    """Downloads are logged as "media" with their Range, and show whether they carried credentials."""
    url, _ = media
    with httpx2.Client(transport=sim.transport()) as anonymous:
        assert anonymous.get(url, headers={"Range": "bytes=0-9"}).status_code == 206
    record = sim.requests("media")[-1]
    assert (record.method, record.range, record.status) == ("GET", "bytes=0-9", 206)
    assert not record.carried_credentials
    assert record.provider is None


@pytest.mark.parametrize(
    ("kind", "status"), [("rate_limit", 429), ("error_before", 503), ("error_after", 200), ("redirect", 200)]
)
def test_faults_on_media(sim: Simulator, http: httpx2.Client, media: tuple[str, bytes], kind: str, status: int) -> None:
    """Downloads take rate_limit and error_before (with Retry-After); other non-dropping kinds do not apply."""
    url, full = media
    sim.inject(kind, operation="media", retry_after=2)
    response = http.get(url)
    assert response.status_code == status
    if status == 200:
        assert response.content == full
    else:
        assert response.headers["retry-after"] == "2"
    assert sim.requests("media")[-1].fault == kind


def test_retry_after_on_media_rounds_up(sim: Simulator, http: httpx2.Client, media: tuple[str, bytes]) -> None:
    """A fractional Retry-After is rounded up on downloads, as on API calls, never down to 0."""
    url, _ = media
    response = http.get(url, headers={FAULT_HEADER: "rate_limit;retry_after=0.5"})
    assert response.status_code == 429
    assert response.headers["retry-after"] == "1"


def test_a_dropped_download_keeps_the_first_half(sim: Simulator, http: httpx2.Client, media: tuple[str, bytes]) -> None:
    """disconnect_after on a download sends a correct prefix of the file, then drops the connection."""
    url, full = media
    sim.inject("disconnect_after", operation="media")
    response, received = _stream_until_dropped(http, url, {})
    assert response.headers["content-length"] == str(MEDIA_SIZE)
    assert len(received) == MEDIA_SIZE // 2
    assert received == full[: len(received)]
    assert http.get(url).content == full


def test_a_large_file_is_streamed_without_being_held_in_memory() -> None:
    """A 64 MiB output streams through the sync transport in bounded memory, byte for byte."""
    size = 64 * 1024 * 1024
    sim = new_sim()
    sim.configure(media_size=size)
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as http:
        url = ready_url(sim, http)
        digest, count = hashlib.sha256(), 0
        tracemalloc.start()
        try:
            with http.stream("GET", url) as response:
                assert response.headers["content-length"] == str(size)
                for chunk in response.iter_bytes():
                    digest.update(chunk)
                    count += len(chunk)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert count == size
    assert digest.hexdigest() == sim.media(url).sha256()
    assert peak < 8 * 1024 * 1024


# --- control endpoints ----------------------------------------------------------------------------------------


def test_health_names_the_providers() -> None:
    """GET /_sim/health answers ok with the providers served, and needs no API key."""
    for providers, expected in [
        (("dubformer",), ["dubformer"]),
        (("elevenlabs", "dubformer"), ["dubformer", "elevenlabs"]),
    ]:
        sim = Simulator(providers=providers, manual_clock=True)
        with httpx2.Client(transport=sim.transport(), base_url=BASE) as http:
            assert http.get("/_sim/health").json() == {"ok": True, "providers": expected}


def test_reset_forgets_everything_but_the_clock(sim: Simulator, http: httpx2.Client) -> None:
    """POST /_sim/reset forgets projects, media, balances, log, faults and idempotency keys; IDs restart from the
    seed; time keeps its place."""
    url = ready_url(sim, http)
    first_id = http.get("/api/v1/projects").json()["projects"][0]["project_id"]
    create(http, **{"Idempotency-Key": "once"})
    sim.inject("rate_limit", operation="get_options")
    response = http.post("/_sim/reset")
    assert response.json() == {"reset": True}
    assert sim.requests() == []
    assert sim.engine.faults.pending() == []
    assert sim.counts() == {"dubformer_projects_created": 0, "dubformer_projects": 0, "dubformer_retranslations": 0}
    assert http.get("/api/v1/projects").json() == {"projects": []}
    assert http.get("/api/v1/balance").json() == {"balance_minutes": 10_000}
    assert http.get(url).status_code == 404
    assert http.get("/api/v1/options").status_code == 200
    again = http.post("/api/v1/projects", json=PROJECT, headers={"Idempotency-Key": "once"})
    assert "idempotent-replayed" not in again.headers
    assert again.json()["project_id"] == first_id
    assert http.get("/_sim/clock").json()["elapsed"] == LONGEST_JOB


def test_the_clock_endpoints(http: httpx2.Client) -> None:
    """GET /_sim/clock describes the manual clock; POST /_sim/clock/advance moves it."""
    assert http.get("/_sim/clock").json() == {
        "now": "2026-01-01T00:00:00+00:00",
        "elapsed": 0.0,
        "manual": True,
        "speed": 1.0,
    }
    moved = http.post("/_sim/clock/advance", json={"seconds": 90}).json()
    assert moved["now"] == "2026-01-01T00:01:30+00:00"
    assert moved["elapsed"] == 90.0
    assert http.post("/_sim/clock/advance", json={"seconds": 0.5}).json()["elapsed"] == 90.5
    assert http.post("/_sim/clock/advance", json={"seconds": 0}).json()["elapsed"] == 90.5


@pytest.mark.parametrize(
    "body",
    [
        b'{"seconds": -1}',
        b'{"seconds": "5"}',
        b'{"seconds": true}',
        b'{"seconds": null}',
        b"{}",
        b"",
        b"not json",
        b"[5]",
        b'{"seconds": NaN}',
        b'{"seconds": Infinity}',
    ],
)
def test_a_bad_advance_is_400(sim: Simulator, http: httpx2.Client, body: bytes) -> None:
    """Advancing by a negative, non-numeric, non-finite or missing amount is 400, and the clock stays put."""
    response = http.post("/_sim/clock/advance", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert "detail" in response.json()
    assert sim.context.clock.elapsed() == 0.0


def test_the_faults_endpoint(sim: Simulator, http: httpx2.Client) -> None:
    """GET/POST/DELETE /_sim/faults list, queue (one or several) and clear faults, with counts of those injected."""
    assert http.get("/_sim/faults").json() == {"pending": [], "injected": {}}
    one = http.post("/_sim/faults", json={"kind": "rate_limit", "operation": "get_balance", "times": 2})
    assert one.json()["pending"] == [
        {"kind": "rate_limit", "status": None, "retry_after": 1.0, "delay": 0.5, "operation": "get_balance", "times": 2}
    ]
    several = http.post("/_sim/faults", json=[{"kind": "error_before", "status": 502}, {"kind": "extra_fields"}])
    assert [f["kind"] for f in several.json()["pending"]] == ["rate_limit", "error_before", "extra_fields"]
    assert http.get("/api/v1/balance").status_code == 429
    assert http.get("/api/v1/options").status_code == 502
    listed = http.get("/_sim/faults").json()
    assert [(f["kind"], f["times"]) for f in listed["pending"]] == [("rate_limit", 1), ("extra_fields", 1)]
    assert listed["injected"] == {"rate_limit": 1, "error_before": 1}
    assert http.delete("/_sim/faults").json() == {"pending": [], "injected": {}}
    assert http.get("/api/v1/balance").status_code == 200


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"kind": "gremlins"}, "unknown fault kind"),
        ({"kind": "rate_limit", "colour": "red"}, "unknown fault field(s): colour"),
        ({"kind": "rate_limit", "times": 0}, "times must be between 1 and"),
        ({"kind": "rate_limit", "times": "2"}, "times must be an integer"),
        ({}, "kind"),
        (["rate_limit"], "each fault must be an object"),
        ("not json", "not JSON"),
    ],
)
def test_a_bad_fault_is_400(sim: Simulator, http: httpx2.Client, body: Any, message: str) -> None:
    """POST /_sim/faults refuses unknown kinds and fields with 400, queuing nothing."""
    content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    response = http.post("/_sim/faults", content=content, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert sim.engine.faults.pending() == []


def test_the_request_log(sim: Simulator, http: httpx2.Client) -> None:
    """GET /_sim/requests lists every API request with what the simulator saw; DELETE clears it."""
    create(http, **{"Idempotency-Key": "abc"})
    create(http, **{"Idempotency-Key": "abc"})
    with httpx2.Client(transport=sim.transport(), base_url=BASE) as anonymous:
        assert anonymous.get("/api/v1/balance").status_code == 401
    http.get("/api/v1/options", headers={FAULT_HEADER: "extra_fields"})
    http.get("/elsewhere")
    records = http.get("/_sim/requests").json()["requests"]
    assert records[0] == {
        "seq": 1,
        "method": "POST",
        "path": "/api/v1/projects",
        "host": "127.0.0.1",
        "operation": "create_project",
        "provider": "dubformer",
        "idempotency_key": "abc",
        "carried_credentials": True,
        "range": None,
        "fault": None,
        "status": 200,
        "replayed": False,
    }
    assert records[1]["replayed"] is True
    assert (records[2]["operation"], records[2]["carried_credentials"], records[2]["status"]) == (
        "get_balance",
        False,
        401,
    )
    assert (records[3]["fault"], records[3]["idempotency_key"]) == ("extra_fields", None)
    assert (records[4]["path"], records[4]["operation"], records[4]["status"]) == ("/elsewhere", None, 404)
    assert [r["seq"] for r in records] == [1, 2, 3, 4, 5]
    assert [r.operation for r in sim.requests("get_options")] == ["get_options"]
    assert http.delete("/_sim/requests").json() == {"requests": []}
    assert sim.requests() == []


def test_the_state_endpoint(sim: Simulator, http: httpx2.Client) -> None:
    """GET /_sim/state reports the counters and any spec violations."""
    create(http)
    state = http.get("/_sim/state").json()
    assert state == {
        "counts": {"dubformer_projects_created": 1, "dubformer_projects": 1, "dubformer_retranslations": 0},
        "violations": [],
    }


def test_the_config_endpoint_reads_and_tunes(sim: Simulator, http: httpx2.Client) -> None:
    """GET /_sim/config shows every setting; PATCH changes the tunable ones, and the change takes effect."""
    config = http.get("/_sim/config").json()
    assert set(config) == {field.name for field in attrs.fields(SimConfig)}
    assert (
        config.items()
        >= {
            "seed": 0,
            "speed": 1.0,
            "manual_clock": True,
            "fault_rate": 0.0,
            "fault_kinds": None,
            "api_keys": None,
            "job_seconds": 30.0,
            "media_size": MEDIA_SIZE,
            "balance_minutes": 10_000.0,
            "failure_rate": 0.0,
            "validate_responses": True,
            "redirect_origin": "http://redirect-target.invalid",
        }.items()
    )
    changed = http.patch("/_sim/config", json={"job_seconds": 4, "media_size": 500_000, "balance_minutes": 3}).json()
    assert (changed["job_seconds"], changed["media_size"], changed["balance_minutes"]) == (4, 500_000, 3.0)
    assert sim.config.job_seconds == 4
    assert http.get("/api/v1/balance").json() == {"balance_minutes": 3.0}
    sim.set_balance(100)
    receipt = create(http)
    assert when(receipt["estimated_completion_date"]) <= EPOCH + timedelta(seconds=5)
    sim.advance(5)
    project = http.get(f"/api/v1/projects/{receipt['project_id']}").json()
    assert len(http.get(project["output_video_url"]).content) == 500_000  # a 5 s MP4 padded with a free box
    http.patch("/_sim/config", json={"fault_rate": 1.0})
    assert sim.engine.faults.rate == 1.0


def test_the_config_endpoint_counts_api_keys_and_never_shows_them() -> None:
    """GET /_sim/config says how many keys are accepted, never which; other sets are shown as JSON lists."""
    sim = new_sim(api_keys=frozenset({"key-bravo", "key-alpha"}), fault_kinds=("rate_limit",))
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers={"xi-api-key": "key-alpha"}) as http:
        response = http.get("/_sim/config")
    assert response.json()["api_keys"] == {"count": 2}
    assert response.json()["fault_kinds"] == ["rate_limit"]
    assert b"key-alpha" not in response.content
    assert b"key-bravo" not in response.content
    assert "key-alpha" not in repr(sim.config)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"seed": 3}, "not tunable: seed"),
        ({"api_keys": ["x"]}, "not tunable: api_keys"),
        ({"manual_clock": False, "speed": 2}, "not tunable: manual_clock, speed"),
        ({"bogus": 1}, "not tunable: bogus"),
        ({"fault_rate": 2}, "fault_rate must be between 0 and 1"),
        ([1, 2], "expected a JSON object"),
    ],
)
def test_the_config_endpoint_refuses_what_it_cannot_change(
    sim: Simulator, http: httpx2.Client, body: Any, message: str
) -> None:
    """PATCH /_sim/config is 400 for settings that cannot change while running, and for invalid values."""
    response = http.patch("/_sim/config", json=body)
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert sim.config.seed == 0
    assert sim.config.fault_rate == 0.0


@pytest.mark.parametrize(
    "change",
    [
        {"failure_rate": 1.5},
        {"media_size": -1},
        {"media_size": "big"},
        {"job_seconds": -5},
        {"tick_seconds": -1},
        {"source_seconds": 0},
        {"source_seconds": "long"},
    ],
)
def test_configure_refuses_invalid_values(sim: Simulator, change: dict[str, Any]) -> None:
    """Out-of-range or mistyped settings are refused, through configure() and PATCH /_sim/config alike."""
    with pytest.raises((ValueError, TypeError)):
        sim.configure(**change)
    if "tick_seconds" not in change:
        with httpx2.Client(transport=sim.transport(), base_url=BASE) as http:
            assert http.patch("/_sim/config", json=change).status_code == 400


def test_configure_refuses_unknown_fields(sim: Simulator) -> None:
    """configure() raises TypeError for a field SimConfig does not have."""
    with pytest.raises(TypeError):
        sim.configure(colour="red")


# --- the clock ------------------------------------------------------------------------------------------------


def test_a_manual_clock_stands_still_until_advanced(sim: Simulator) -> None:
    """A manual clock ignores real time; advance() moves it and returns the new time."""
    clock = sim.context.clock
    time.sleep(0.02)
    assert clock.elapsed() == 0.0
    assert clock.now() == EPOCH
    assert sim.advance(3600) == EPOCH + timedelta(hours=1)
    assert clock.real_seconds(100) == 0.0
    with pytest.raises(ValueError, match="only moves forward"):
        sim.advance(-1)
    assert clock.elapsed() == 3600.0


def test_a_real_clock_runs_at_its_speed() -> None:
    """A real clock runs `speed` times faster than the wall clock, and jobs finish on it without advance()."""
    # At 1x, a real clock shows the wall-clock time.
    assert abs(new_sim(manual_clock=False).context.clock.now() - datetime.now(UTC)) < timedelta(seconds=2)
    sim = new_sim(manual_clock=False, speed=1000.0, job_seconds=20)
    clock = sim.context.clock
    assert not clock.manual
    assert clock.real_seconds(100) == pytest.approx(0.1)
    before = clock.elapsed()
    time.sleep(0.05)
    assert clock.elapsed() - before >= 40
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as http:
        project_id = create(http)["project_id"]
        assert http.get(f"/api/v1/projects/{project_id}").json()["status"] == "in_progress"
        deadline = time.monotonic() + 5
        while http.get(f"/api/v1/projects/{project_id}").json()["status"] != "ready":
            assert time.monotonic() < deadline, "the project never became ready on a 1000x clock"
            time.sleep(0.01)
    # advance() works on a real clock too.
    elapsed = clock.elapsed()
    sim.advance(1000)
    assert clock.elapsed() >= elapsed + 1000


def test_advancing_by_nan_is_refused_and_harmless(sim: Simulator) -> None:
    """advance() refuses a non-finite amount without changing the clock."""
    with pytest.raises(ValueError, match="seconds"):
        sim.advance(float("nan"))
    assert sim.context.clock.now() == EPOCH


def test_speed_must_be_positive() -> None:
    """A clock speed of zero or less is refused."""
    with pytest.raises(ValueError, match="speed must be > 0"):
        new_sim(speed=0)


# --- transports and apps --------------------------------------------------------------------------------------


def test_the_async_transport_serves_a_whole_flow(sim: Simulator) -> None:
    """Create, wait (by advancing), read and stream a download over the async in-process transport."""

    async def scenario() -> tuple[str, str, int]:
        async with httpx2.AsyncClient(transport=sim.async_transport(), base_url=BASE, headers=AUTH) as http:
            receipt = (await http.post("/api/v1/projects", json=PROJECT)).json()
            sim.advance(LONGEST_JOB)
            project = (await http.get(f"/api/v1/projects/{receipt['project_id']}")).json()
            digest, count = hashlib.sha256(), 0
            async with http.stream("GET", project["output_video_url"], headers={"Range": "bytes=10-"}) as response:
                assert response.status_code == 206
                async for chunk in response.aiter_bytes():
                    digest.update(chunk)
                    count += len(chunk)
            return project["output_video_url"], digest.hexdigest(), count

    url, digest, count = asyncio.run(scenario())
    assert count == MEDIA_SIZE - 10
    assert digest == hashlib.sha256(sim.media(url).read()[10:]).hexdigest()


def test_the_sync_transport_streams_request_bodies(sim: Simulator, http: httpx2.Client) -> None:
    """A request body sent as a generator (no Content-Length) reaches the simulator whole."""
    encoded = json.dumps(PROJECT).encode()

    def pieces() -> Iterator[bytes]:
        for start in range(0, len(encoded), 7):
            yield encoded[start : start + 7]

    response = http.post("/api/v1/projects", content=pieces(), headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text
    assert http.get(f"/api/v1/projects/{response.json()['project_id']}").json()["name"] == "Keynote"


def test_create_app_and_provider_choice() -> None:
    """create_app serves one provider or both; the simulator behind it is app.state.simulator."""
    app = create_app("dubformer")
    simulator = app.state.simulator
    assert isinstance(simulator, Simulator)
    assert simulator.elevenlabs is None
    assert simulator.dubformer is not None
    with pytest.raises(ValueError, match="providers must name"):
        Simulator(providers=("openai",))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="providers must name"):
        Simulator(providers=())


def test_a_dubformer_only_simulator_does_not_serve_elevenlabs(http: httpx2.Client) -> None:
    """Paths of a provider that is not served are a plain 404."""
    response = http.get("/v1/dubbing/abc", headers={"xi-api-key": "k"})
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


# --- the server -----------------------------------------------------------------------------------------------


def _socket_client(url: str) -> httpx2.Client:
    # trust_env=False: a proxy from the environment must not intercept loopback traffic.
    return httpx2.Client(base_url=url, headers=AUTH, trust_env=False, timeout=10)


def test_serve_answers_real_http(sim: Simulator) -> None:
    """sim.serve() listens on a free loopback port; outputs are served from the server's own origin."""
    with sim.serve() as server, _socket_client(server.url) as http:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.url)
        assert server.port != 0
        assert http.get("/_sim/health").json()["ok"] is True
        project_id = create(http)["project_id"]
        sim.advance(LONGEST_JOB)
        url = http.get(f"/api/v1/projects/{project_id}").json()["output_video_url"]
        assert url.startswith(f"{server.url}/_sim/media/")
        assert http.get(url).content == sim.media(url).read()
        assert sim.requests()[0].host == f"127.0.0.1:{server.port}"
    with pytest.raises(httpx2.ConnectError), _socket_client(server.url) as http:
        http.get("/_sim/health")


@pytest.mark.parametrize("kind", ["disconnect_before", "disconnect_after"])
def test_a_disconnect_over_a_real_socket(sim: Simulator, kind: str) -> None:
    """A disconnect fault really drops the TCP connection: httpx raises RemoteProtocolError; the server lives on."""
    with sim.serve() as server, _socket_client(server.url) as http:
        with pytest.raises(httpx2.RemoteProtocolError):
            http.get("/api/v1/voices", headers={FAULT_HEADER: kind})
        assert http.get("/api/v1/balance").status_code == 200


def test_serve_reports_a_port_in_use(sim: Simulator) -> None:
    """Serving on a port that is taken raises RuntimeError instead of hanging."""
    with sim.serve() as server, pytest.raises(RuntimeError, match="could not start"):
        new_sim().serve(port=server.port)


def test_serve_with_the_real_client(sim: Simulator, tmp_path: Path) -> None:
    """The Dubformer client works against the served simulator over a socket, download included."""
    with sim.serve() as server, Dubformer(api_key="k", base_url=server.url) as client:
        job = client.projects.create(source_lang="en", target_lang="de-DE", source_video_url=VIDEO)
        sim.advance(LONGEST_JOB)
        project = client.projects.get(job.project_id)
        path = client.projects.download(project, tmp_path / "dub.mp4")
    assert path.read_bytes() == sim.media(str(project.output_video_url)).read()
