"""The Dubformer client against a scripted fake API: every method, retries, idempotency and errors."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from typing import Any

import dubkit
import httpx2
import pytest
from dubkit.dubformer.types import MixingMode, Project, ProjectStatus, RetranslationCheck
from dubkit_dubformer.api.account import get_balance
from dubkit_dubformer.api.projects import get_project
from dubkit_dubformer.models import Balance, ErrorResponse
from fake_api import FakeAPI, json_response

KEY = "df-secret-key-0123456789"
BASE = "https://df.test"
SUBMITTED = {
    "project_id": "p1",
    "cost_minutes": 10,
    "estimated_completion_date": "2024-06-05T12:00:00Z",
    "balance_minutes": 90,
    "translations_count": 0,
}
PROJECT = {
    "project_id": "p1",
    "name": "My project",
    "source_lang": "en",
    "target_lang": "fr-FR",
    "cost_minutes": 10,
    "created_date": "2024-06-01T12:00:00Z",
    "status": "in_progress",
    "estimated_completion_date": "2024-06-05T12:00:00Z",
}
READY = {**PROJECT, "status": "ready", "output_video_url": "https://cdn.test/out.mp4?sig=abc"}
SCRIPT = [{"start_ms": 100, "end_ms": 1544, "text": "Au revoir", "speaker_id": 1}]
SPEAKERS = [{"speaker_id": 1, "voice_key": "voice:NewVoice", "style": "feminine"}]
CREATE = {"source_lang": "en", "target_lang": "fr-FR", "source_video_url": "https://example.com/v.mp4"}


def make(api: FakeAPI, **kwargs: Any) -> dubkit.Dubformer:
    return dubkit.Dubformer(
        KEY, base_url=BASE, http_client=httpx2.Client(transport=httpx2.MockTransport(api)), **kwargs
    )


def amake(api: FakeAPI, **kwargs: Any) -> dubkit.AsyncDubformer:
    transport = httpx2.MockTransport(api)
    return dubkit.AsyncDubformer(KEY, base_url=BASE, http_client=httpx2.AsyncClient(transport=transport), **kwargs)


def test_create_sends_json_bearer_and_one_uuid_idempotency_key(api: FakeAPI) -> None:
    """create() posts the JSON body with Bearer auth and a fresh UUID4 Idempotency-Key."""
    api.add("POST", "/api/v1/projects", json_response(200, SUBMITTED))
    with make(api) as client:
        job = client.projects.create(**CREATE, name="My project", mixing_mode="voiceover_only")
    assert job.project_id == "p1"
    assert job.balance_minutes == 90
    (request,) = api.requests
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.headers["content-type"] == "application/json"
    assert uuid.UUID(request.headers["idempotency-key"]).version == 4
    assert json.loads(api.bodies[0]) == {**CREATE, "name": "My project", "mixing_mode": "voiceover_only"}


def test_create_retries_with_the_same_idempotency_key(api: FakeAPI, slept: list[float]) -> None:
    """A 503 then a dropped connection are retried; every attempt carries the same key and body."""
    api.add(
        "POST",
        "/api/v1/projects",
        json_response(503, {"error": "ServiceUnavailableError", "message": "busy"}, {"retry-after": "2"}),
        httpx2.ReadError("connection reset"),
        json_response(200, SUBMITTED),
    )
    with make(api) as client:
        client.projects.create(**CREATE)
    keys = {r.headers["idempotency-key"] for r in api.requests}
    assert len(api.requests) == 3
    assert len(keys) == 1
    assert len(set(api.bodies)) == 1
    assert slept[0] == 2.0  # Retry-After honoured
    assert len(slept) == 2


def test_caller_idempotency_key_wins(api: FakeAPI) -> None:
    """A caller-supplied key is sent as given."""
    api.add("POST", "/api/v1/projects", json_response(200, SUBMITTED))
    with make(api) as client:
        client.projects.create(**CREATE, idempotency_key="order-42")
    assert api.requests[0].headers["idempotency-key"] == "order-42"


def test_max_retries_bounds_attempts_then_raises_typed(api: FakeAPI, slept: list[float]) -> None:
    """With max_retries=1 a persistent 500 makes two attempts and raises InternalServerError."""
    api.add("GET", "/api/v1/balance", json_response(500, {"error": "InternalServerError", "message": "boom"}))
    with make(api, max_retries=1) as client, pytest.raises(dubkit.InternalServerError) as caught:
        client.balance()
    assert api.count("GET", "/api/v1/balance") == 2
    assert caught.value.status_code == 500
    assert caught.value.error_type == "InternalServerError"
    assert "boom" in str(caught.value)


def test_per_call_max_retries_override(api: FakeAPI, slept: list[float]) -> None:
    """max_retries_for(0) turns retries off for the calls inside the block."""
    api.add("GET", "/api/v1/balance", json_response(503, {"error": "x", "message": "busy"}))
    with (
        make(api, max_retries=5) as client,
        dubkit.max_retries_for(0),
        pytest.raises(dubkit.InternalServerError),
    ):
        client.balance()
    assert api.count("GET", "/api/v1/balance") == 1


def test_nonstandard_status_does_not_crash(api: FakeAPI, slept: list[float]) -> None:
    """A 520 (which the stock generated code cannot even represent) becomes InternalServerError."""
    api.add("GET", "/api/v1/options", httpx2.Response(520, text="origin error"))
    with make(api, max_retries=0) as client, pytest.raises(dubkit.InternalServerError) as caught:
        client.options()
    assert caught.value.status_code == 520
    assert "origin error" in str(caught.value)


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, dubkit.BadRequestError), (401, dubkit.AuthenticationError), (402, dubkit.PaymentRequiredError),
        (403, dubkit.PermissionDeniedError), (404, dubkit.NotFoundError), (409, dubkit.ConflictError),
        (422, dubkit.UnprocessableEntityError), (425, dubkit.TooEarlyError), (429, dubkit.RateLimitError),
        (500, dubkit.InternalServerError), (503, dubkit.InternalServerError), (418, dubkit.APIStatusError),
    ],
)  # fmt: skip
def test_every_status_maps_to_its_error(api: FakeAPI, slept: list[float], status: int, error: type) -> None:
    """Each error status raises its class, carrying status, parsed body, raw body and request id."""
    body = {"error": "SomeError", "message": "explained"}
    api.add("GET", "/api/v1/projects/p1", json_response(status, body, {"x-request-id": "req-9"}))
    with make(api, max_retries=0) as client, pytest.raises(error) as caught:
        client.projects.get("p1")
    assert type(caught.value) is error
    assert isinstance(caught.value, dubkit.APIStatusError)
    assert caught.value.status_code == status
    assert caught.value.body == body
    assert json.loads(caught.value.raw_body) == body
    assert caught.value.request_id == "req-9"
    assert "explained" in str(caught.value)


def test_validation_error_details_are_parsed() -> None:
    """Dubformer's ValidationError and ElevenLabs' 422 detail list both become issues."""
    request = httpx2.Request("POST", "https://x.test/y")
    dub = dubkit.APIStatusError(httpx2.Response(400, request=request), {"error": "ValidationError", "message": "bad"})
    assert [(i.location, i.message) for i in dub.issues] == [((), "bad")]
    detail = {"detail": [{"loc": ["body", "target_lang"], "msg": "field required", "type": "missing"}]}
    eleven = dubkit.APIStatusError(httpx2.Response(422, request=request), detail)
    assert eleven.issues == [dubkit.ValidationIssue(("body", "target_lang"), "field required", "missing")]
    assert "body.target_lang: field required" in str(eleven)


def test_connection_failure_is_typed(api: FakeAPI, slept: list[float]) -> None:
    """Refused connections are retried, then APIConnectionError; timeouts are APITimeoutError."""
    api.add("GET", "/api/v1/balance", httpx2.ConnectError("refused"))
    api.add("GET", "/api/v1/voices", httpx2.ReadTimeout("slow"))
    with make(api, max_retries=2) as client:
        with pytest.raises(dubkit.APIConnectionError):
            client.balance()
        with pytest.raises(dubkit.APITimeoutError):
            client.voices()
    assert api.count("GET", "/api/v1/balance") == 3


def test_unparseable_success_is_response_validation_error(api: FakeAPI) -> None:
    """A 2xx body that does not match the spec raises ResponseValidationError with the raw body."""
    api.add("GET", "/api/v1/balance", json_response(200, {"minutes": 5}))
    api.add("GET", "/api/v1/options", httpx2.Response(200, text="<html>oops"))
    with make(api) as client:
        with pytest.raises(dubkit.ResponseValidationError) as caught:
            client.balance()
        assert caught.value.raw_body == b'{"minutes":5}'
        with pytest.raises(dubkit.ResponseValidationError) as caught:
            client.options()
        assert caught.value.raw_body == b"<html>oops"


def test_unknown_enum_and_extra_fields_are_kept(api: FakeAPI) -> None:
    """A status and mixing mode the spec does not know, and unknown keys, parse instead of failing."""
    api.add(
        "GET",
        "/api/v1/projects/p1",
        json_response(200, {**PROJECT, "status": "queued", "mixing_mode": "new", "x": 1}),
    )
    with make(api) as client:
        project = client.projects.get("p1")
    assert project.status == "queued"
    assert project.mixing_mode == "new"
    assert project.additional_properties == {"x": 1}


def test_list_options_voices_balance_delete(api: FakeAPI) -> None:
    """The read methods return the generated models; list() iterates every project."""
    summary = {
        k: PROJECT[k]
        for k in (
            "project_id",
            "name",
            "status",
            "source_lang",
            "target_lang",
            "cost_minutes",
            "created_date",
        )
    }
    api.add(
        "GET",
        "/api/v1/projects",
        json_response(200, {"projects": [summary, {**summary, "project_id": "p2"}]}),
    )
    api.add("GET", "/api/v1/options", json_response(200, {"source_langs": ["en"], "target_langs": ["fr-FR"]}))
    api.add(
        "GET",
        "/api/v1/voices",
        json_response(200, {"voices": {"fr-FR": [{"name": "A", "voice_key": "k", "style": "feminine"}]}}),
    )
    api.add("GET", "/api/v1/balance", json_response(200, {"balance_minutes": 12.5}))
    api.add("DELETE", "/api/v1/projects/p1", json_response(200, {"success": True}))
    with make(api) as client:
        assert [p.project_id for p in client.projects.list()] == ["p1", "p2"]
        assert client.options().target_langs == ["fr-FR"]
        assert client.voices().voices["fr-FR"][0].voice_key == "k"
        assert client.balance().balance_minutes == 12.5
        assert client.projects.delete("p1").success is True


def test_retranslate_and_validate(api: FakeAPI) -> None:
    """retranslate() posts script and speakers; validate_retranslation() returns invalid as a value."""
    api.add("POST", "/api/v1/projects/p1/translations", json_response(200, {**SUBMITTED, "translations_count": 1}))
    api.add(
        "POST",
        "/api/v1/projects/p1/validate-translation-request",
        json_response(200, {"valid": True}),
        json_response(400, {"error": "ValidationError", "message": "Unknown voice unknown-voice"}),
    )
    with make(api) as client:
        job = client.projects.retranslate(
            "p1", target_script=SCRIPT, target_speakers=SPEAKERS, mixing_mode=MixingMode.VOICEOVER_ONLY
        )
        ok = client.projects.validate_retranslation("p1", target_script=SCRIPT, target_speakers=SPEAKERS)
        bad = client.projects.validate_retranslation("p1", target_script=SCRIPT, target_speakers=SPEAKERS)
    assert job.translations_count == 1
    assert json.loads(api.bodies[0]) == {
        "target_script": SCRIPT,
        "target_speakers": SPEAKERS,
        "mixing_mode": "voiceover_only",
    }
    assert ok == RetranslationCheck(valid=True)
    assert bad == RetranslationCheck(valid=False, message="Unknown voice unknown-voice", error_type="ValidationError")
    assert not bad


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.projects.get(""), "project_id must not be empty"),
        (lambda c: c.projects.get("a/b"), "must not contain"),
        (lambda c: c.projects.delete(".."), "must not contain"),
        (lambda c: c.projects.get(7), "project_id must be a str"),
        (lambda c: c.projects.create(**{**CREATE, "source_lang": ""}), "source_lang must not be empty"),
        (
            lambda c: c.projects.create(**{**CREATE, "source_video_url": "ftp://x/v.mp4"}),
            "source_video_url must be an absolute http",
        ),
        (lambda c: c.projects.create(**CREATE, mixing_mode="loud"), "mixing_mode must be one of"),
        (
            lambda c: c.projects.create(**CREATE, use_soundalike_voices="yes"),
            "use_soundalike_voices must be a bool",
        ),
        (lambda c: c.projects.create(**CREATE, idempotency_key=""), "idempotency_key"),
        (
            lambda c: c.projects.retranslate("p1", target_script=[], target_speakers=SPEAKERS),
            "target_script must not be empty",
        ),
        (
            lambda c: c.projects.retranslate("p1", target_script=[{"text": "x"}], target_speakers=SPEAKERS),
            "missing end_ms, speaker_id, start_ms",
        ),
        (
            lambda c: c.projects.retranslate(
                "p1", target_script=SCRIPT, target_speakers=[{**SPEAKERS[0], "style": "robotic"}]
            ),
            "style must be one of",
        ),
        (
            lambda c: c.projects.retranslate("p1", target_script=SCRIPT, target_speakers=SPEAKERS * 2),
            "duplicate speaker_id",
        ),
        (
            lambda c: c.projects.retranslate(
                "p1", target_script=[{**SCRIPT[0], "speaker_id": 9}], target_speakers=SPEAKERS
            ),
            "does not define",
        ),
        (
            lambda c: c.projects.retranslate(
                "p1", target_script=[{**SCRIPT[0], "end_ms": 1}], target_speakers=SPEAKERS
            ),
            "ends (1) before it starts",
        ),
        (lambda c: c.projects.wait("p1", timeout=0), "timeout"),
        (lambda c: c.projects.download(Project.from_dict(PROJECT), "out.mp4"), "no video output"),
        (lambda c: c.projects.download(Project.from_dict(READY), "out.mp4", output="gif"), "output must be"),
    ],
)
def test_bad_input_is_rejected_before_any_request(api: FakeAPI, call: Any, message: str) -> None:
    """Invalid arguments raise ValueError/TypeError naming the problem, and nothing is sent."""
    with (
        make(api) as client,
        pytest.raises((ValueError, TypeError), match=message.replace("(", r"\(").replace(")", r"\)")),
    ):
        call(client)
    assert api.requests == []


def test_wait_polls_until_ready_and_reports_changes(api: FakeAPI, slept: list[float]) -> None:
    """wait() polls through in_progress to ready, calling on_update on each status change."""
    api.add(
        "GET",
        "/api/v1/projects/p1",
        json_response(200, PROJECT),
        json_response(200, PROJECT),
        json_response(200, READY),
    )
    seen: list[str] = []
    with make(api) as client:
        project = client.projects.wait("p1", poll_interval=1.0, on_update=lambda p: seen.append(str(p.status)))
    assert project.status == ProjectStatus.READY
    assert seen == ["in_progress", "ready"]
    assert api.count("GET", "/api/v1/projects/p1") == 3


def test_wait_raises_on_error_status(api: FakeAPI, slept: list[float]) -> None:
    """A project in error raises DubbingFailedError with the project and its message."""
    failed = {**PROJECT, "status": "error", "error_message": "bad video"}
    api.add("GET", "/api/v1/projects/p1", json_response(200, failed))
    with make(api) as client, pytest.raises(dubkit.DubbingFailedError) as caught:
        client.projects.wait("p1")
    assert caught.value.error_message == "bad video"
    assert caught.value.job.status == ProjectStatus.ERROR


def test_download_streams_without_the_api_key(api: FakeAPI, tmp_path: Any) -> None:
    """download() writes the output file and never sends the API key to the output host."""
    payload = b"\x00mp4" * 5000
    api.add("GET", "/api/v1/projects/p1", json_response(200, READY))
    cdn_requests: list[httpx2.Request] = []

    def cdn(request: httpx2.Request) -> httpx2.Response:
        cdn_requests.append(request)
        return httpx2.Response(200, stream=httpx2.ByteStream(payload), headers={"content-length": str(len(payload))})

    with make(api) as client:
        client.downloads_http = httpx2.Client(transport=httpx2.MockTransport(cdn))
        written = client.projects.download("p1", tmp_path / "out.mp4")
    assert written.read_bytes() == payload
    assert cdn_requests[0].url.host == "cdn.test"
    assert "authorization" not in cdn_requests[0].headers
    assert KEY not in str(cdn_requests[0].headers)


def test_key_never_leaves_the_api_origin(api: FakeAPI) -> None:
    """An absolute URL to another origin through the client gets no Authorization header."""
    api.add("GET", "/elsewhere", json_response(200, {}))
    with make(api) as client:
        client.raw.get_httpx_client().get("https://evil.test/elsewhere")
        client.raw.get_httpx_client().get("http://df.test/elsewhere")  # same host, other scheme: other origin
    assert all("authorization" not in r.headers for r in api.requests)


def test_key_is_redacted_everywhere(api: FakeAPI, caplog: pytest.LogCaptureFixture, slept: list[float]) -> None:
    """The key appears in no DEBUG/INFO log, repr or exception message."""
    api.add(
        "GET",
        "/api/v1/projects/p1",
        json_response(503, {"error": "x", "message": "busy"}),
        json_response(401, {"error": "UnauthorizedError", "message": "Invalid API key"}),
    )
    caplog.set_level(logging.DEBUG)
    client = make(api)
    with pytest.raises(dubkit.AuthenticationError) as caught:
        client.projects.get("p1")
    texts = [
        caplog.text,
        repr(client),
        repr(client.raw),
        str(caught.value),
        repr(caught.value),
        repr(client.raw.get_httpx_client().auth),
    ]
    assert any("HTTP GET" in record.getMessage() for record in caplog.records)
    assert any("retrying" in record.getMessage() for record in caplog.records)
    for text in texts:
        assert KEY not in text
    client.close()


def test_construction_reads_env_and_validates(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key and base URL come from the environment at construction; bad settings are refused."""
    monkeypatch.delenv("DUBFORMER_API_KEY", raising=False)
    monkeypatch.delenv("DUBFORMER_BASE_URL", raising=False)
    with pytest.raises(dubkit.MissingAPIKeyError, match="DUBFORMER_API_KEY"):
        dubkit.Dubformer()
    monkeypatch.setenv("DUBFORMER_API_KEY", "env-key")
    monkeypatch.setenv("DUBFORMER_BASE_URL", "http://127.0.0.1:8080/")
    client = dubkit.Dubformer()
    assert str(client.base_url) == "http://127.0.0.1:8080"
    assert client.timeout.read == 60.0
    for bad in ("http://api.example.com", "ftp://x", "https://user:pw@x.test", "not a url"):
        with pytest.raises(ValueError, match=r"base_url|http"):
            dubkit.Dubformer("k", base_url=bad)
    with pytest.raises(ValueError, match="max_retries"):
        dubkit.Dubformer("k", max_retries=-1)
    with pytest.raises(ValueError, match="timeout"):
        dubkit.Dubformer("k", timeout=0)
    client.close()


def test_async_twin(api: FakeAPI, slept: list[float]) -> None:
    """AsyncDubformer has the same methods, awaited, with the same retries and errors."""
    api.add(
        "POST",
        "/api/v1/projects",
        json_response(502, {"error": "x", "message": "gw"}),
        json_response(200, SUBMITTED),
    )
    api.add("GET", "/api/v1/projects/p1", json_response(200, PROJECT), json_response(200, READY))
    summary = {
        k: PROJECT[k] for k in ("project_id", "status", "source_lang", "target_lang", "cost_minutes", "created_date")
    }
    api.add("GET", "/api/v1/projects", json_response(200, {"projects": [summary]}))
    api.add(
        "GET",
        "/api/v1/balance",
        json_response(402, {"error": "PaymentRequiredError", "message": "no minutes"}),
    )

    async def scenario() -> None:
        async with amake(api) as client:
            job = await client.projects.create(**CREATE)
            project = await client.projects.wait(job.project_id)
            assert project.status == ProjectStatus.READY
            assert [p.project_id async for p in client.projects.list()] == ["p1"]
            with pytest.raises(dubkit.PaymentRequiredError):
                await client.balance()

    asyncio.run(scenario())
    posts = [r for r in api.requests if r.method == "POST"]
    assert len(posts) == 2
    assert posts[0].headers["idempotency-key"] == posts[1].headers["idempotency-key"]


def test_redirect_to_another_origin_is_not_followed(api: FakeAPI) -> None:
    """A 3xx from the API raises instead of following it, so the key never reaches the new origin."""
    api.add("GET", "/api/v1/balance", httpx2.Response(302, headers={"location": "https://evil.test/steal"}))
    with make(api) as client, pytest.raises(dubkit.APIStatusError) as caught:
        client.balance()
    assert caught.value.status_code == 302
    assert [r.url.host for r in api.requests] == ["df.test"]


def test_raw_generated_functions_get_auth_retries_and_the_responses_their_types_promise(
    api: FakeAPI, slept: list[float]
) -> None:
    """client.raw runs any generated function with dubkit's auth and retries; an error status comes back as the
    response its type promises (a 404 with its ErrorResponse), and only a status it cannot represent raises."""

    api.add(
        "GET",
        "/api/v1/balance",
        json_response(503, {"error": "x", "message": "busy"}),
        json_response(200, {"balance_minutes": 3}),
    )
    api.add("GET", "/api/v1/projects/odd", json_response(520, {"error": "x", "message": "origin down"}))
    with make(api) as client:
        balance = get_balance.sync(client=client.raw)
        assert isinstance(balance, Balance)
        assert balance.balance_minutes == 3
        missing = get_project.sync_detailed("missing", client=client.raw)
        assert missing.status_code == 404
        assert isinstance(missing.parsed, ErrorResponse)
        assert missing.parsed.error == "NotFoundError"
        with pytest.raises(dubkit.InternalServerError):  # no HTTPStatus(520): the generated code would crash
            get_project.sync_detailed("odd", client=client.raw)
        with pytest.raises(dubkit.NotFoundError):  # dubkit's own methods still raise
            client.projects.get("missing")
    assert api.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert api.count("GET", "/api/v1/balance") == 2


def test_library_is_silent_without_logging_configuration() -> None:
    """The dubkit logger has a NullHandler, so warnings never reach stderr unless the app asks."""
    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("dubkit").handlers)


def test_wait_honours_retry_after_and_reports_bad_bodies(api: FakeAPI, slept: list[float]) -> None:
    """A poll's Retry-After lengthens the wait; a poll body that does not match raises ResponseValidationError."""
    api.add("GET", "/api/v1/projects/p1", json_response(200, PROJECT, {"retry-after": "20"}), json_response(200, READY))
    api.add("GET", "/api/v1/projects/p2", json_response(200, {"status": "ready"}))
    with make(api) as client:
        client.projects.wait("p1", poll_interval=1.0)
        assert slept[0] >= 20.0
        with pytest.raises(dubkit.ResponseValidationError) as caught:
            client.projects.wait("p2")
    assert b'"status":"ready"' in caught.value.raw_body
