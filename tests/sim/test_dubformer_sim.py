"""The simulated Dubformer API, driven over HTTP through the in-process transport."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx2
import pytest
from dubkit.sim import Simulator
from media_samples import probe, tolerance

BASE = "http://127.0.0.1"
AUTH = {"Authorization": "Bearer k"}
EPOCH = datetime.fromisoformat("2026-01-01T00:00:00+00:00")
VIDEO = "https://cdn.example.com/talks/keynote.mp4"
SOURCE_SECONDS = 12.0
JOB_SECONDS = 30.0
# Every job ends by job_seconds + 25 % jitter.
LONGEST_JOB = JOB_SECONDS * 1.25 + 1
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
OUTPUT_FIELDS = {
    "completion_date",
    "output_video_url",
    "output_tts_audio_url",
    "output_source_script",
    "output_target_script",
    "output_target_speakers",
}


def new_sim(**config: Any) -> Simulator:
    options = {"manual_clock": True, "source_seconds": SOURCE_SECONDS, "job_seconds": JOB_SECONDS, **config}
    return Simulator(providers=("dubformer",), **options)


@pytest.fixture
def sim() -> Iterator[Simulator]:
    simulator = new_sim()
    yield simulator
    assert simulator.violations() == [], "the simulator sent responses that break the spec"


@pytest.fixture
def http(sim: Simulator) -> Iterator[httpx2.Client]:
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as client:
        yield client


def project_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"source_lang": "en", "target_lang": "fr-FR", "source_video_url": VIDEO, "name": "Keynote"}
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


def create(http: httpx2.Client, **overrides: Any) -> dict[str, Any]:
    response = http.post("/api/v1/projects", json=project_body(**overrides))
    assert response.status_code == 200, response.text
    receipt: dict[str, Any] = response.json()
    return receipt


def get(http: httpx2.Client, project_id: str) -> dict[str, Any]:
    response = http.get(f"/api/v1/projects/{project_id}")
    assert response.status_code == 200, response.text
    project: dict[str, Any] = response.json()
    return project


def ready_project(sim: Simulator, http: httpx2.Client, **overrides: Any) -> dict[str, Any]:
    receipt = create(http, **overrides)
    sim.advance(LONGEST_JOB)
    project = get(http, receipt["project_id"])
    assert project["status"] == "ready"
    return project


def retranslation_of(project: dict[str, Any]) -> dict[str, Any]:
    """A re-translation request that keeps the project's script and voices (valid by construction)."""
    return {
        "target_script": copy.deepcopy(project["output_target_script"]),
        "target_speakers": copy.deepcopy(project["output_target_speakers"]),
    }


def balance(http: httpx2.Client, headers: dict[str, str] | None = None) -> float:
    response = http.get("/api/v1/balance", headers=headers)
    assert response.status_code == 200, response.text
    minutes: float = response.json()["balance_minutes"]
    return minutes


def assert_error(response: httpx2.Response, status: int, error: str, message_part: str = "") -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error", "message"}
    assert body["error"] == error
    assert isinstance(body["message"], str)
    assert body["message"]
    assert message_part in body["message"]
    message: str = body["message"]
    return message


def when(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --- creating and following a project -------------------------------------------------------------------------


def test_create_returns_a_receipt_and_charges_the_balance(http: httpx2.Client) -> None:
    """Creating a project answers with its id, cost, estimate and the balance left after the charge."""
    receipt = create(http)
    assert set(receipt) == {
        "project_id",
        "cost_minutes",
        "estimated_completion_date",
        "balance_minutes",
        "translations_count",
    }
    assert UUID.match(receipt["project_id"])
    assert 1 <= receipt["cost_minutes"] <= 15
    assert receipt["cost_minutes"] == int(receipt["cost_minutes"])
    assert receipt["balance_minutes"] == 10_000 - receipt["cost_minutes"]
    assert receipt["translations_count"] == 0
    estimate = when(receipt["estimated_completion_date"])
    assert EPOCH + timedelta(seconds=JOB_SECONDS * 0.75) <= estimate <= EPOCH + timedelta(seconds=JOB_SECONDS * 1.25)
    assert balance(http) == receipt["balance_minutes"]


def test_the_cost_is_a_stable_function_of_the_video(http: httpx2.Client) -> None:
    """The same video costs the same each time; the balance drops by the sum of the costs."""
    first = create(http)
    second = create(http)
    other = create(http, source_video_url="https://cdn.example.com/other.mp4")
    assert first["cost_minutes"] == second["cost_minutes"]
    spent = first["cost_minutes"] + second["cost_minutes"] + other["cost_minutes"]
    assert balance(http) == 10_000 - spent
    assert other["balance_minutes"] == 10_000 - spent


def test_a_new_project_is_in_progress_with_its_estimate(http: httpx2.Client) -> None:
    """Right after creation the project is in_progress, reports its estimate and has no outputs."""
    receipt = create(http, mixing_mode="voiceover_only")
    project = get(http, receipt["project_id"])
    assert project["status"] == "in_progress"
    assert project["estimated_completion_date"] == receipt["estimated_completion_date"]
    assert project["project_id"] == receipt["project_id"]
    assert project["name"] == "Keynote"
    assert (project["source_lang"], project["target_lang"]) == ("en", "fr-FR")
    assert project["mixing_mode"] == "voiceover_only"
    assert project["cost_minutes"] == receipt["cost_minutes"]
    assert when(project["created_date"]) == EPOCH
    assert not OUTPUT_FIELDS & set(project)
    assert "error_message" not in project


def test_mixing_mode_defaults_to_voiceover_with_original_track(http: httpx2.Client) -> None:
    """Without a mixing_mode the project reports the documented default."""
    project = get(http, create(http, name=None)["project_id"])
    assert project["mixing_mode"] == "voiceover_with_original_track"
    assert project["name"] is None


def test_the_project_becomes_ready_exactly_at_its_estimate(sim: Simulator, http: httpx2.Client) -> None:
    """The status flips from in_progress to ready when the simulated clock passes the estimate."""
    receipt = create(http)
    estimate = when(receipt["estimated_completion_date"])
    sim.advance((estimate - EPOCH).total_seconds() - 0.5)
    assert get(http, receipt["project_id"])["status"] == "in_progress"
    sim.advance(1.0)
    project = get(http, receipt["project_id"])
    assert project["status"] == "ready"
    assert when(project["completion_date"]) == estimate
    assert "estimated_completion_date" not in project


def test_a_ready_project_has_scripts_and_speakers(sim: Simulator, http: httpx2.Client) -> None:
    """A ready project lists its source and target scripts and voices from the target language's catalogue."""
    project = ready_project(sim, http, target_lang="de-DE")
    assert set(project) >= OUTPUT_FIELDS
    source, target = project["output_source_script"], project["output_target_script"]
    assert len(source) == len(target) >= 2
    for line, dubbed in zip(source, target, strict=True):
        assert set(line) == {"start_ms", "end_ms", "text", "speaker_id"}
        assert 0 <= line["start_ms"] < line["end_ms"]
        assert (dubbed["start_ms"], dubbed["end_ms"]) == (line["start_ms"], line["end_ms"])
        assert dubbed["text"] == f"[de-DE] {line['text']}"
    voices = http.get("/api/v1/voices").json()["voices"]["de-DE"]
    keys = {voice["voice_key"]: voice["style"] for voice in voices}
    speakers = project["output_target_speakers"]
    assert {s["speaker_id"] for s in speakers} == {line["speaker_id"] for line in target}
    for speaker in speakers:
        assert keys[speaker["voice_key"]] == speaker["style"]


def test_outputs_are_served_by_the_simulator(sim: Simulator, http: httpx2.Client) -> None:
    """The output URLs point at the simulator, and downloading them gives the simulator's files."""
    project = ready_project(sim, http)
    video_url, audio_url = project["output_video_url"], project["output_tts_audio_url"]
    assert video_url.startswith(f"{BASE}/_sim/media/")
    assert audio_url.startswith(f"{BASE}/_sim/media/")
    video = http.get(video_url)
    audio = http.get(audio_url)
    assert video.status_code == audio.status_code == 200
    assert video.headers["content-type"] == "video/mp4"
    assert audio.headers["content-type"] == "audio/wav"
    assert probe(video.content).kinds == ("video", "audio")  # the source URL names a video
    assert probe(audio.content).kinds == ("audio",)
    assert abs(probe(video.content).duration - SOURCE_SECONDS) <= tolerance(probe(video.content))
    assert video.content == sim.media(video_url).read()
    assert audio.content == sim.media(audio_url).read()
    assert video.content[:64] != audio.content[:64]
    # Asking again serves the same files.
    again = get(http, project["project_id"])
    assert again["output_video_url"] == video_url
    assert http.get(video_url).content == video.content


@pytest.mark.parametrize(
    "url",
    ["https://x.invalid/v.mp4", "https://cdn.example.com/sim-fail/v.mp4", "https://cdn.example.com/v.mp4?sim-fail=1"],
)
def test_an_unreachable_source_ends_in_error(sim: Simulator, http: httpx2.Client, url: str) -> None:
    """A source that cannot be downloaded is accepted, charged, then ends in error with a message."""
    receipt = create(http, source_video_url=url)
    assert get(http, receipt["project_id"])["status"] == "in_progress"
    sim.advance(LONGEST_JOB)
    project = get(http, receipt["project_id"])
    assert project["status"] == "error"
    assert project["error_message"] == f"Unable to download the source video from {url}"
    assert not OUTPUT_FIELDS & set(project)
    assert "estimated_completion_date" not in project
    listed = http.get("/api/v1/projects").json()["projects"]
    assert [p["status"] for p in listed] == ["error"]


def test_failure_rate_one_fails_every_project() -> None:
    """With failure_rate=1.0 every project (and every re-translation) ends in error."""
    sim = new_sim(failure_rate=1.0)
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as http:
        ids = [create(http)["project_id"] for _ in range(3)]
        sim.advance(LONGEST_JOB)
        for project_id in ids:
            project = get(http, project_id)
            assert project["status"] == "error"
            assert project["error_message"] == "Dubbing failed: the audio could not be processed"
    assert sim.violations() == []


def test_failure_rate_zero_fails_none(sim: Simulator, http: httpx2.Client) -> None:
    """With the default failure_rate=0 every project with a good source becomes ready."""
    ids = [create(http, source_video_url=f"https://cdn.example.com/{n}.mp4")["project_id"] for n in range(5)]
    sim.advance(LONGEST_JOB)
    assert [get(http, project_id)["status"] for project_id in ids] == ["ready"] * 5


# --- request errors -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://cdn.example.com/notes.txt",
        "https://cdn.example.com/page.HTML",
        "https://cdn.example.com/slides.pdf",
        "https://cdn.example.com/poster.png",
    ],
)
def test_a_url_that_is_not_a_video_is_422(sim: Simulator, http: httpx2.Client, url: str) -> None:
    """A source that is not a video gets 422 VideoInfoError; nothing is created or charged."""
    response = http.post("/api/v1/projects", json=project_body(source_video_url=url))
    assert_error(response, 422, "VideoInfoError", "Unable to read video information")
    assert sim.counts()["dubformer_projects_created"] == 0
    assert balance(http) == 10_000


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"source_lang": "xx"}, "Unsupported source_lang 'xx'"),
        ({"source_lang": "en-US"}, "Unsupported source_lang 'en-US'"),
        ({"target_lang": "fr"}, "Unsupported target_lang 'fr'"),
        ({"target_lang": ""}, "target_lang"),
        ({"source_lang": None}, "'source_lang' is a required property"),
        ({"target_lang": None}, "'target_lang' is a required property"),
        ({"source_video_url": None}, "'source_video_url' is a required property"),
        ({"source_lang": 1}, "source_lang: 1 is not of type 'string'"),
        ({"source_video_url": "not a url"}, "source_video_url: 'not a url' is not a 'uri'"),
        ({"name": ["x"]}, "name: ['x'] is not of type 'string'"),
        ({"use_soundalike_voices": "yes"}, "use_soundalike_voices: 'yes' is not of type 'boolean'"),
        ({"mixing_mode": "loud"}, "mixing_mode: 'loud' is not one of"),
    ],
)
def test_invalid_create_requests_are_400(
    sim: Simulator, http: httpx2.Client, overrides: dict[str, Any], expected: str
) -> None:
    """An invalid body gets 400 ValidationError naming the problem; nothing is created."""
    response = http.post("/api/v1/projects", json=project_body(**overrides))
    assert_error(response, 400, "ValidationError", expected)
    assert sim.counts()["dubformer_projects_created"] == 0
    assert balance(http) == 10_000


def test_missing_fields_are_all_named(http: httpx2.Client) -> None:
    """A body missing several required fields gets one 400 naming each of them."""
    response = http.post("/api/v1/projects", json={"name": "only a name"})
    message = assert_error(response, 400, "ValidationError")
    for field in ("source_lang", "target_lang", "source_video_url"):
        assert f"'{field}' is a required property" in message


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        (b"{not json", "application/json", "JSON decode error"),
        (b"", None, "Field required"),
        (b"   ", "application/json", "Field required"),
        (b'["en", "fr-FR"]', "application/json", "is not of type 'object'"),
        (b"source_lang=en", "application/x-www-form-urlencoded", "Expected a application/json body"),
    ],
)
def test_bodies_that_are_not_a_json_object_are_400(
    sim: Simulator, http: httpx2.Client, content: bytes, content_type: str | None, expected: str
) -> None:
    """Bad JSON, an empty body, a JSON array or a form body get 400 ValidationError."""
    headers = {"content-type": content_type} if content_type else {}
    response = http.post("/api/v1/projects", content=content, headers=headers)
    assert_error(response, 400, "ValidationError", expected)
    assert sim.counts()["dubformer_projects_created"] == 0


def test_unknown_endpoints_and_methods(http: httpx2.Client) -> None:
    """An unknown path under /api/ is 404 and a wrong method 405 with Allow, both in the error envelope."""
    assert_error(http.get("/api/v1/nothing"), 404, "NotFoundError", "/api/v1/nothing")
    response = http.put("/api/v1/balance")
    assert_error(response, 405, "MethodNotAllowedError")
    assert response.headers["allow"] == "GET"
    assert http.patch("/api/v1/projects/abc").headers["allow"] == "DELETE, GET"


# --- authentication -------------------------------------------------------------------------------------------


@pytest.fixture
def locked() -> Iterator[httpx2.Client]:
    sim = new_sim(api_keys=frozenset({"good"}))
    with httpx2.Client(transport=sim.transport(), base_url=BASE) as client:
        yield client


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "Missing API key"),
        ({"Authorization": "Bearer "}, "Missing API key"),
        ({"Authorization": "Basic Z29vZA=="}, "Missing API key"),
        ({"Authorization": "good"}, "Missing API key"),
        ({"Authorization": "Bearer bad"}, "Invalid API key"),
        ({"Authorization": "Bearer goodx"}, "Invalid API key"),
    ],
)
@pytest.mark.parametrize("path", ["/api/v1/balance", "/api/v1/projects", "/api/v1/projects/abc"])
def test_requests_without_an_accepted_key_are_401(
    locked: httpx2.Client, headers: dict[str, str], message: str, path: str
) -> None:
    """A missing, malformed or unknown key gets 401 UnauthorizedError."""
    assert_error(locked.get(path, headers=headers), 401, "UnauthorizedError", message)


def test_an_accepted_key_gets_through(locked: httpx2.Client) -> None:
    """The configured key works, with either capitalisation of the scheme."""
    assert locked.get("/api/v1/balance", headers={"Authorization": "Bearer good"}).status_code == 200
    assert locked.get("/api/v1/balance", headers={"Authorization": "bearer good"}).status_code == 200


def test_a_rejected_create_does_nothing() -> None:
    """A create with a bad key is answered 401 before any work: nothing is created or charged."""
    sim = new_sim(api_keys=frozenset({"good"}))
    with httpx2.Client(transport=sim.transport(), base_url=BASE) as client:
        response = client.post("/api/v1/projects", json=project_body(), headers={"Authorization": "Bearer bad"})
        assert_error(response, 401, "UnauthorizedError")
        assert sim.counts()["dubformer_projects_created"] == 0
        assert balance(client, {"Authorization": "Bearer good"}) == 10_000


def test_without_api_keys_any_non_empty_key_is_accepted(http: httpx2.Client) -> None:
    """By default every non-empty bearer token is its own account."""
    assert balance(http, {"Authorization": "Bearer anything-at-all"}) == 10_000
    assert_error(http.get("/api/v1/balance", headers={"Authorization": ""}), 401, "UnauthorizedError")


# --- balance --------------------------------------------------------------------------------------------------


def test_creating_is_refused_with_402_when_the_balance_runs_out(sim: Simulator, http: httpx2.Client) -> None:
    """A project costing more than the balance gets 402; one costing exactly the balance empties it."""
    cost = create(http)["cost_minutes"]
    sim.set_balance(cost - 1)
    assert balance(http) == cost - 1
    refused = http.post("/api/v1/projects", json=project_body())
    assert_error(refused, 402, "PaymentRequiredError", "Not enough minutes")
    assert balance(http) == cost - 1
    assert sim.counts()["dubformer_projects_created"] == 1
    sim.set_balance(cost)
    receipt = create(http)
    assert receipt["balance_minutes"] == 0
    assert balance(http) == 0
    assert_error(http.post("/api/v1/projects", json=project_body()), 402, "PaymentRequiredError")
    assert sim.counts()["dubformer_projects_created"] == 2


def test_set_balance_for_one_account(sim: Simulator, http: httpx2.Client) -> None:
    """set_balance with an api_key changes only that account."""
    sim.set_balance(0, api_key="k")
    assert balance(http) == 0
    assert_error(http.post("/api/v1/projects", json=project_body()), 402, "PaymentRequiredError")
    other = {"Authorization": "Bearer other"}
    assert balance(http, other) == 10_000
    assert http.post("/api/v1/projects", json=project_body(), headers=other).status_code == 200


def test_set_balance_for_every_account_applies_to_new_ones_too(sim: Simulator, http: httpx2.Client) -> None:
    """set_balance without an api_key resets existing accounts and is the starting balance of new ones."""
    create(http)
    sim.set_balance(7.5)
    assert balance(http) == 7.5
    assert balance(http, {"Authorization": "Bearer newcomer"}) == 7.5


def test_set_balance_needs_the_dubformer_provider() -> None:
    """A simulator that does not serve Dubformer refuses set_balance."""
    with pytest.raises(ValueError, match="does not serve Dubformer"):
        Simulator(providers=("elevenlabs",), manual_clock=True).set_balance(1)


# --- listing, accounts, deletion ------------------------------------------------------------------------------


def test_projects_are_listed_newest_first(sim: Simulator, http: httpx2.Client) -> None:
    """The list shows every project of the account, newest first, with its current status."""
    first = create(http, name="first")
    sim.advance(LONGEST_JOB)
    second = create(http, name="second", target_lang="es-ES")
    third = create(http, name="third", source_lang="de")
    projects = http.get("/api/v1/projects").json()["projects"]
    assert [p["project_id"] for p in projects] == [third["project_id"], second["project_id"], first["project_id"]]
    assert [p["name"] for p in projects] == ["third", "second", "first"]
    assert [p["status"] for p in projects] == ["in_progress", "in_progress", "ready"]
    assert set(projects[0]) == {
        "project_id",
        "name",
        "status",
        "source_lang",
        "target_lang",
        "cost_minutes",
        "created_date",
    }
    assert (projects[0]["source_lang"], projects[1]["target_lang"]) == ("de", "es-ES")
    assert when(projects[2]["created_date"]) == EPOCH
    assert when(projects[0]["created_date"]) == EPOCH + timedelta(seconds=LONGEST_JOB)
    assert projects[2]["cost_minutes"] == first["cost_minutes"]


def test_an_empty_account_lists_nothing(http: httpx2.Client) -> None:
    """An account without projects gets an empty list."""
    assert http.get("/api/v1/projects").json() == {"projects": []}


def test_accounts_are_isolated(sim: Simulator, http: httpx2.Client) -> None:
    """Another key sees none of the account's projects: listing is empty and every project call is 404."""
    project = ready_project(sim, http)
    project_id = project["project_id"]
    other = {"Authorization": "Bearer someone-else"}
    assert http.get("/api/v1/projects", headers=other).json() == {"projects": []}
    base = f"/api/v1/projects/{project_id}"
    assert_error(http.get(base, headers=other), 404, "NotFoundError", "Project not found")
    assert_error(http.delete(base, headers=other), 404, "NotFoundError")
    body = retranslation_of(project)
    assert_error(http.post(f"{base}/translations", json=body, headers=other), 404, "NotFoundError")
    assert_error(http.post(f"{base}/validate-translation-request", json=body, headers=other), 404, "NotFoundError")
    # The owner still has it, untouched.
    assert get(http, project_id)["status"] == "ready"
    assert [p["project_id"] for p in http.get("/api/v1/projects").json()["projects"]] == [project_id]
    # Balances are per account too.
    assert balance(http, other) == 10_000
    assert balance(http) == 10_000 - project["cost_minutes"]


def test_an_unknown_project_is_404(http: httpx2.Client) -> None:
    """Every project operation on an id that does not exist is 404 NotFoundError."""
    assert_error(http.get("/api/v1/projects/nope"), 404, "NotFoundError", "Project not found")
    assert_error(http.delete("/api/v1/projects/nope"), 404, "NotFoundError")
    body = {"target_script": [], "target_speakers": []}
    assert_error(http.post("/api/v1/projects/nope/translations", json=body), 404, "NotFoundError")


def test_delete_removes_the_project_and_its_outputs(sim: Simulator, http: httpx2.Client) -> None:
    """Deleting answers {"success": true}; the project, its listing and its media are gone."""
    project = ready_project(sim, http)
    kept = create(http, name="kept")
    url = project["output_video_url"]
    assert http.get(url).status_code == 200
    response = http.delete(f"/api/v1/projects/{project['project_id']}")
    assert response.status_code == 200
    assert response.json() == {"success": True}
    assert_error(http.get(f"/api/v1/projects/{project['project_id']}"), 404, "NotFoundError")
    assert [p["project_id"] for p in http.get("/api/v1/projects").json()["projects"]] == [kept["project_id"]]
    assert http.get(url).status_code == 404
    assert http.get(project["output_tts_audio_url"]).status_code == 404
    with pytest.raises(KeyError):
        sim.media(url)
    assert_error(http.delete(f"/api/v1/projects/{project['project_id']}"), 404, "NotFoundError")
    counts = sim.counts()
    assert counts["dubformer_projects"] == 1
    assert counts["dubformer_projects_created"] == 2
    # Deleting does not refund.
    assert balance(http) == 10_000 - project["cost_minutes"] - kept["cost_minutes"]


# --- re-translation -------------------------------------------------------------------------------------------


def test_retranslation_starts_a_new_free_translation(sim: Simulator, http: httpx2.Client) -> None:
    """A re-translation bumps translations_count, costs nothing, and the project is in_progress again."""
    project = ready_project(sim, http)
    project_id = project["project_id"]
    before = balance(http)
    body = retranslation_of(project)
    body["target_script"][0]["text"] = "Bienvenue à tous."
    body["target_speakers"][0]["voice_key"] = "emotional_transfer"
    body["mixing_mode"] = "voiceover_without_original_voice"
    response = http.post(f"/api/v1/projects/{project_id}/translations", json=body)
    assert response.status_code == 200, response.text
    receipt = response.json()
    assert receipt["project_id"] == project_id
    assert receipt["translations_count"] == 1
    assert receipt["cost_minutes"] == 0
    assert receipt["balance_minutes"] == before == balance(http)
    now = EPOCH + timedelta(seconds=LONGEST_JOB)
    assert when(receipt["estimated_completion_date"]) > now
    again = get(http, project_id)
    assert again["status"] == "in_progress"
    assert again["estimated_completion_date"] == receipt["estimated_completion_date"]
    assert not OUTPUT_FIELDS & set(again)
    sim.advance(LONGEST_JOB)
    done = get(http, project_id)
    assert done["status"] == "ready"
    assert done["mixing_mode"] == "voiceover_without_original_voice"
    assert done["output_target_script"] == body["target_script"]
    assert done["output_target_speakers"] == body["target_speakers"]
    assert done["output_source_script"] == project["output_source_script"]
    # The new translation has new output files; the old URLs belong to translation 0.
    assert done["output_video_url"] != project["output_video_url"]
    assert "/t1/" in done["output_video_url"]
    assert "/t0/" in project["output_video_url"]
    assert http.get(done["output_video_url"]).content != http.get(project["output_video_url"]).content
    assert sim.counts()["dubformer_retranslations"] == 1
    assert sim.counts()["dubformer_projects_created"] == 1


def test_translations_count_keeps_counting(sim: Simulator, http: httpx2.Client) -> None:
    """Each re-translation of a ready project adds one to translations_count."""
    project = ready_project(sim, http)
    for expected in (1, 2, 3):
        response = http.post(f"/api/v1/projects/{project['project_id']}/translations", json=retranslation_of(project))
        assert response.json()["translations_count"] == expected
        sim.advance(LONGEST_JOB)
    assert sim.counts()["dubformer_retranslations"] == 3


def test_a_project_still_in_progress_cannot_be_retranslated(sim: Simulator, http: httpx2.Client) -> None:
    """Re-translating (or validating) before the project is ready is a 400."""
    project = ready_project(sim, http)
    path = f"/api/v1/projects/{project['project_id']}"
    assert http.post(f"{path}/translations", json=retranslation_of(project)).status_code == 200
    for endpoint in ("translations", "validate-translation-request"):
        response = http.post(f"{path}/{endpoint}", json=retranslation_of(project))
        assert_error(response, 400, "ValidationError", "not ready")
    assert sim.counts()["dubformer_retranslations"] == 1


def test_validation_accepts_a_valid_request_without_changing_anything(sim: Simulator, http: httpx2.Client) -> None:
    """The validate endpoint answers {"valid": true} and starts no translation."""
    project = ready_project(sim, http)
    body = retranslation_of(project)
    body["target_speakers"][0]["voice_key"] = "soundalike"
    response = http.post(f"/api/v1/projects/{project['project_id']}/validate-translation-request", json=body)
    assert response.status_code == 200, response.text
    assert response.json() == {"valid": True}
    after = get(http, project["project_id"])
    assert after["status"] == "ready"
    assert after["output_target_speakers"] == project["output_target_speakers"]
    assert sim.counts()["dubformer_retranslations"] == 0


def _unknown_voice(body: dict[str, Any]) -> None:
    body["target_speakers"][0]["voice_key"] = "unknown-voice"


def _voice_of_another_language(body: dict[str, Any]) -> None:
    body["target_speakers"][0]["voice_key"] = "53f154:de-DE-KatjaNeural"


def _duplicate_speaker(body: dict[str, Any]) -> None:
    body["target_speakers"].append(dict(body["target_speakers"][0]))


def _script_names_an_unknown_speaker(body: dict[str, Any]) -> None:
    body["target_script"][1]["speaker_id"] = 99


def _line_ends_before_it_starts(body: dict[str, Any]) -> None:
    line = body["target_script"][0]
    line["end_ms"] = line["start_ms"] - 1


def _bad_style(body: dict[str, Any]) -> None:
    body["target_speakers"][0]["style"] = "robotic"


def _no_script(body: dict[str, Any]) -> None:
    del body["target_script"]


def _text_is_a_number(body: dict[str, Any]) -> None:
    body["target_script"][0]["text"] = 5


def _negative_start(body: dict[str, Any]) -> None:
    body["target_script"][0]["start_ms"] = -1


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_unknown_voice, "Unknown voice unknown-voice"),
        (_voice_of_another_language, "Unknown voice 53f154:de-DE-KatjaNeural"),
        (_duplicate_speaker, "speaker_id values must be unique"),
        (_script_names_an_unknown_speaker, "target_script[1]: unknown speaker_id 99"),
        (_line_ends_before_it_starts, "target_script[0]: end_ms is before start_ms"),
        (_bad_style, "'robotic' is not one of"),
        (_no_script, "'target_script' is a required property"),
        (_text_is_a_number, "5 is not of type 'string'"),
        (_negative_start, "-1 is less than the minimum of 0"),
    ],
)
@pytest.mark.parametrize("endpoint", ["validate-translation-request", "translations"])
def test_invalid_retranslations_are_400_naming_the_problem(
    sim: Simulator, http: httpx2.Client, mutate: Any, expected: str, endpoint: str
) -> None:
    """Both the validate and the re-translate endpoint reject a bad script or voice with the same 400."""
    project = ready_project(sim, http, target_lang="fr-FR", source_video_url="https://cdn.example.com/long.mp4")
    assert len(project["output_target_script"]) >= 2
    body = retranslation_of(project)
    mutate(body)
    response = http.post(f"/api/v1/projects/{project['project_id']}/{endpoint}", json=body)
    assert_error(response, 400, "ValidationError", expected)
    after = get(http, project["project_id"])
    assert after["status"] == "ready"
    assert after["output_target_script"] == project["output_target_script"]
    assert sim.counts()["dubformer_retranslations"] == 0


# --- idempotency ----------------------------------------------------------------------------------------------


def test_a_repeated_create_with_the_same_key_is_replayed(sim: Simulator, http: httpx2.Client) -> None:
    """The same Idempotency-Key and body get the original response back, marked replayed; nothing new is made."""
    headers = {"Idempotency-Key": "create-1"}
    first = http.post("/api/v1/projects", json=project_body(), headers=headers)
    second = http.post("/api/v1/projects", json=project_body(), headers=headers)
    assert first.status_code == second.status_code == 200
    assert "idempotent-replayed" not in first.headers
    assert second.headers["idempotent-replayed"] == "true"
    assert second.content == first.content
    assert sim.counts()["dubformer_projects_created"] == 1
    assert len(http.get("/api/v1/projects").json()["projects"]) == 1
    assert balance(http) == 10_000 - first.json()["cost_minutes"]
    records = sim.requests("create_project")
    assert [(r.idempotency_key, r.replayed) for r in records] == [("create-1", False), ("create-1", True)]


def test_key_order_does_not_make_a_different_request(sim: Simulator, http: httpx2.Client) -> None:
    """The same JSON with its keys in another order is the same request."""
    body = project_body()
    reordered = dict(reversed(list(body.items())))
    first = http.post("/api/v1/projects", json=body, headers={"Idempotency-Key": "k1"})
    second = http.post("/api/v1/projects", json=reordered, headers={"Idempotency-Key": "k1"})
    assert second.headers.get("idempotent-replayed") == "true"
    assert second.json() == first.json()
    assert sim.counts()["dubformer_projects_created"] == 1


def test_the_same_key_with_another_body_is_422(sim: Simulator, http: httpx2.Client) -> None:
    """Reusing a key for a different request gets 422 IdempotencyKeyReusedError and creates nothing."""
    headers = {"Idempotency-Key": "create-1"}
    assert http.post("/api/v1/projects", json=project_body(), headers=headers).status_code == 200
    response = http.post("/api/v1/projects", json=project_body(name="another"), headers=headers)
    assert_error(response, 422, "IdempotencyKeyReusedError", "different request")
    assert sim.counts()["dubformer_projects_created"] == 1
    # The original body still replays.
    assert http.post("/api/v1/projects", json=project_body(), headers=headers).headers["idempotent-replayed"] == "true"


def test_without_a_key_or_with_new_keys_each_create_is_new(sim: Simulator, http: httpx2.Client) -> None:
    """Requests without a key, or with distinct keys, each create a project."""
    http.post("/api/v1/projects", json=project_body())
    http.post("/api/v1/projects", json=project_body())
    http.post("/api/v1/projects", json=project_body(), headers={"Idempotency-Key": "a"})
    http.post("/api/v1/projects", json=project_body(), headers={"Idempotency-Key": "b"})
    assert sim.counts()["dubformer_projects_created"] == 4


def test_keys_belong_to_an_account(sim: Simulator, http: httpx2.Client) -> None:
    """Another account using the same Idempotency-Key gets its own project, not a replay."""
    headers = {"Idempotency-Key": "shared"}
    mine = http.post("/api/v1/projects", json=project_body(), headers=headers)
    theirs = http.post("/api/v1/projects", json=project_body(), headers={**headers, "Authorization": "Bearer other"})
    assert "idempotent-replayed" not in theirs.headers
    assert theirs.json()["project_id"] != mine.json()["project_id"]
    assert sim.counts()["dubformer_projects_created"] == 2


def test_keys_expire_after_24_simulated_hours(sim: Simulator, http: httpx2.Client) -> None:
    """A key is remembered for 24 simulated hours; after that the same request is new work."""
    headers = {"Idempotency-Key": "daily"}
    first = http.post("/api/v1/projects", json=project_body(), headers=headers)
    sim.advance(24 * 3600 - 1)
    replay = http.post("/api/v1/projects", json=project_body(), headers=headers)
    assert replay.headers.get("idempotent-replayed") == "true"
    assert replay.json()["project_id"] == first.json()["project_id"]
    sim.advance(2)
    fresh = http.post("/api/v1/projects", json=project_body(), headers=headers)
    assert "idempotent-replayed" not in fresh.headers
    assert fresh.json()["project_id"] != first.json()["project_id"]
    assert sim.counts()["dubformer_projects_created"] == 2
    # Expired, then stored again: a different body is now the reuse.
    assert_error(
        http.post("/api/v1/projects", json=project_body(name="x"), headers=headers), 422, "IdempotencyKeyReusedError"
    )


def test_a_refused_create_is_replayed_too(sim: Simulator, http: httpx2.Client) -> None:
    """A 402 answered for a key is what that key keeps answering, even after the balance is topped up."""
    sim.set_balance(0)
    headers = {"Idempotency-Key": "broke"}
    assert http.post("/api/v1/projects", json=project_body(), headers=headers).status_code == 402
    sim.set_balance(100)
    again = http.post("/api/v1/projects", json=project_body(), headers=headers)
    assert_error(again, 402, "PaymentRequiredError")
    assert again.headers["idempotent-replayed"] == "true"
    assert http.post("/api/v1/projects", json=project_body(), headers={"Idempotency-Key": "new"}).status_code == 200


def test_an_invalid_request_does_not_burn_its_key(sim: Simulator, http: httpx2.Client) -> None:
    """A request rejected by validation stores nothing: the key can then be used for a valid one."""
    headers = {"Idempotency-Key": "fix-me"}
    assert http.post("/api/v1/projects", json={"source_lang": "en"}, headers=headers).status_code == 400
    response = http.post("/api/v1/projects", json=project_body(), headers=headers)
    assert response.status_code == 200
    assert "idempotent-replayed" not in response.headers


def test_a_repeated_retranslation_is_replayed(sim: Simulator, http: httpx2.Client) -> None:
    """Re-translations honour Idempotency-Key: the repeat is replayed and translations_count stays at 1."""
    project = ready_project(sim, http)
    path = f"/api/v1/projects/{project['project_id']}/translations"
    headers = {"Idempotency-Key": "rt-1"}
    first = http.post(path, json=retranslation_of(project), headers=headers)
    second = http.post(path, json=retranslation_of(project), headers=headers)
    assert second.headers["idempotent-replayed"] == "true"
    assert second.json() == first.json()
    assert second.json()["translations_count"] == 1
    assert sim.counts()["dubformer_retranslations"] == 1
    changed = retranslation_of(project)
    changed["target_script"][0]["text"] = "changed"
    assert_error(http.post(path, json=changed, headers=headers), 422, "IdempotencyKeyReusedError")


def test_an_empty_idempotency_key_is_400(http: httpx2.Client) -> None:
    """The spec requires a key of at least one character."""
    response = http.post("/api/v1/projects", json=project_body(), headers={"Idempotency-Key": ""})
    assert_error(response, 400, "ValidationError", "Idempotency-Key")


# --- catalogue and account ------------------------------------------------------------------------------------


def test_options_lists_source_and_target_languages(http: httpx2.Client) -> None:
    """Source languages have no locale, target languages do; both include the documented examples."""
    options = http.get("/api/v1/options").json()
    assert set(options) == {"source_langs", "target_langs"}
    assert {"ar", "de", "en"} <= set(options["source_langs"])
    assert {"af-ZA", "am-ET", "ar-AE", "en-US", "uk-UA", "fr-FR"} <= set(options["target_langs"])
    assert all(re.fullmatch(r"[a-z]{2}", lang) for lang in options["source_langs"])
    assert all(re.fullmatch(r"[a-z]{2}-[A-Z]{2}", lang) for lang in options["target_langs"])
    assert len(set(options["target_langs"])) == len(options["target_langs"])


def test_voices_cover_every_target_language(http: httpx2.Client) -> None:
    """Each target language has voices of both styles, keyed like the documentation's example."""
    targets = set(http.get("/api/v1/options").json()["target_langs"])
    voices = http.get("/api/v1/voices").json()["voices"]
    assert set(voices) == targets
    assert voices["af-ZA"][0] == {"name": "Adri", "voice_key": "53f154:af-ZA-AdriNeural", "style": "feminine"}
    for lang, entries in voices.items():
        assert {v["style"] for v in entries} == {"feminine", "masculine"}
        for voice in entries:
            assert set(voice) == {"name", "voice_key", "style"}
            assert voice["voice_key"] == f"53f154:{lang}-{voice['name']}Neural"


def test_a_new_account_starts_with_the_configured_balance() -> None:
    """The balance endpoint reports balance_minutes, starting from the configuration's value."""
    sim = new_sim(balance_minutes=90)
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as http:
        response = http.get("/api/v1/balance")
        assert response.json() == {"balance_minutes": 90.0}


# --- reproducibility ------------------------------------------------------------------------------------------


def _run(seed: int) -> list[tuple[str, str]]:
    sim = new_sim(seed=seed)
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as http:
        receipts = [create(http, source_video_url=f"https://cdn.example.com/{n}.mp4") for n in range(4)]
    return [(r["project_id"], r["estimated_completion_date"]) for r in receipts]


def test_the_same_seed_gives_the_same_ids_and_timings() -> None:
    """Two simulators with the same seed hand out the same project IDs and estimates; another seed does not."""
    first, second = _run(42), _run(42)
    assert first == second
    assert len({project_id for project_id, _ in first}) == 4
    other = _run(43)
    assert {project_id for project_id, _ in other}.isdisjoint({project_id for project_id, _ in first})


def test_the_same_seed_gives_the_same_media() -> None:
    """Output files are the same bytes in two simulators with the same seed."""
    digests = []
    for _ in range(2):
        sim = new_sim(seed=5)
        with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as http:
            project = ready_project(sim, http)
            digests.append(sim.media(project["output_video_url"]).sha256())
    assert digests[0] == digests[1]
