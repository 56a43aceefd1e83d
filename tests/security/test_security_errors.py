"""Errors provoked through the simulator never show the key: not in str/repr, args, or the formatted traceback.

Every operation of both clients (sync and async) is sent with a refused key (401), to unknown ids (404) and
into server errors (5xx); then one case for each other kind of error: 400/402/422, a lost answer
(``OutcomeUnknownError``), a broken download (``DownloadError``), a wait past its deadline
(``WaitTimeoutError``), a failed job, a garbled body, a rate limit, a dropped connection and a redirect.
The ``dubkit``, ``httpx2`` and ``httpcore2`` loggers are captured at DEBUG throughout.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from client_calls import MODES, SECRET, invoke, open_client, resolve
from dubkit import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    DownloadError,
    DubbingFailedError,
    DubkitError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    PaymentRequiredError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from dubkit.sim import Simulator
from security_surface import capture_debug, exception_texts, logged_text, sim_transport
from spec_helpers import DEPRECATED_CALLS
from valid_calls import API_CALLS, BASELINE, MEDIA_URL

pytestmark = DEPRECATED_CALLS

CALLS = API_CALLS
"""Every method that talks to the API, with its baseline arguments."""
_NOT_ADDRESSES = {"model_id", "voice_id"}
WITH_IDS = [
    (provider, path)
    for provider, path in CALLS
    if any(name.endswith("_id") and name not in _NOT_ADDRESSES for name in BASELINE[provider, path])
]
"""The methods that address something by id (all of them ids the simulator does not know)."""


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Capture every record of dubkit, httpx2 and httpcore2, at DEBUG."""
    return capture_debug(caplog)


def provoke(
    sim: Simulator, provider: str, mode: str, call: Callable[[Any], Any], error: Any, **options: Any
) -> BaseException:
    """Run ``call`` on a client with the secret key and return the error it raised (which must be ``error``)."""
    with open_client(provider, mode, sim_transport(sim, mode), **options) as client, pytest.raises(error) as caught:
        call(client)
    return caught.value


def assert_secret_kept(error: BaseException, caplog: pytest.LogCaptureFixture, sim: Simulator) -> None:
    text = exception_texts(error)
    assert SECRET not in text
    assert "Traceback" in text  # the formatted traceback really is part of what was searched
    assert SECRET not in logged_text(caplog)
    sent = [r for r in sim.requests() if r.operation != "media"]
    assert sent, "no request reached the simulator"
    assert all(r.carried_credentials for r in sent), "the key was sent (so it could have leaked)"


def _baseline(provider: str, path: str, tmp_path: Path) -> Callable[[Any], Any]:
    provider_name = provider

    def call(client: Any) -> Any:
        mode = "sync" if not type(client).__name__.startswith("Async") else "async"
        return invoke(provider_name, mode, path, resolve(BASELINE[provider, path], tmp_path), client)

    return call


# --- every operation ----------------------------------------------------------------------------------


@pytest.mark.dubkit_sim(api_keys=frozenset({"another-key"}))
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("call", CALLS, ids=[f"{p}:{m}" for p, m in CALLS])
def test_a_refused_key_is_in_no_error_text(
    call: tuple[str, str], mode: str, dubkit_sim: Simulator, debug_logs: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """401 from every operation: the AuthenticationError, its causes and the logs never show the key."""
    provider, path = call
    error = provoke(dubkit_sim, provider, mode, _baseline(provider, path, tmp_path), AuthenticationError)
    assert_secret_kept(error, debug_logs, dubkit_sim)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("call", WITH_IDS, ids=[f"{p}:{m}" for p, m in WITH_IDS])
def test_an_unknown_id_is_reported_without_the_key(
    call: tuple[str, str], mode: str, dubkit_sim: Simulator, debug_logs: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """404 from every operation that takes an id."""
    provider, path = call
    error = provoke(dubkit_sim, provider, mode, _baseline(provider, path, tmp_path), NotFoundError)
    assert_secret_kept(error, debug_logs, dubkit_sim)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("call", CALLS, ids=[f"{p}:{m}" for p, m in CALLS])
def test_a_server_error_is_reported_without_the_key(
    call: tuple[str, str], mode: str, dubkit_sim: Simulator, debug_logs: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """5xx (injected before any work) on every request of every operation, retries off."""
    provider, path = call
    dubkit_sim.inject("error_before", status=502, times=1_000)
    error = provoke(
        dubkit_sim, provider, mode, _baseline(provider, path, tmp_path), (InternalServerError, OutcomeUnknownError),
        max_retries=0,
    )  # fmt: skip
    assert_secret_kept(error, debug_logs, dubkit_sim)


# --- one of each other kind ---------------------------------------------------------------------------

Call = Callable[[Any, Path], Any]
"""Makes the failing call on a client; gets ``tmp_path`` for any file it writes."""


def _mode(client: Any) -> str:
    return "async" if type(client).__name__.startswith("Async") else "sync"


def _call(provider: str, path: str, **kwargs: Any) -> Call:
    return lambda client, tmp_path: invoke(provider, _mode(client), path, kwargs, client)


def _el_create(**overrides: Any) -> Call:
    return _call("elevenlabs", "dubbing.create", **{"source_url": MEDIA_URL, "target_lang": "es", **overrides})


def _df_create(**overrides: Any) -> Call:
    return _call("dubformer", "projects.create", **{**BASELINE["dubformer", "projects.create"], **overrides})


def _el_after_create(path: str, **kwargs: Any) -> Call:
    """Create a dub, then call ``path`` with its id (and ``path=`` a file in tmp_path, if the method writes one)."""

    def call(client: Any, tmp_path: Path) -> Any:
        mode = _mode(client)
        dub = invoke("elevenlabs", mode, "dubbing.create", {"source_url": MEDIA_URL, "target_lang": "es"}, client)
        files = {"path": tmp_path / "out.mp3"} if path.endswith("download") else {}
        return invoke("elevenlabs", mode, path, {"dubbing_id": dub.dubbing_id, **files, **kwargs}, client)

    return call


def _df_after_create(path: str, **kwargs: Any) -> Call:
    """Create a project, then call ``path`` with its id."""

    def call(client: Any, tmp_path: Path) -> Any:
        mode = _mode(client)
        project = invoke("dubformer", mode, "projects.create", BASELINE["dubformer", "projects.create"], client)
        return invoke("dubformer", mode, path, {"project_id": project.project_id, **kwargs}, client)

    return call


def _df_download_when_ready(client: Any, tmp_path: Path) -> Any:
    mode = _mode(client)
    project = invoke("dubformer", mode, "projects.create", BASELINE["dubformer", "projects.create"], client)
    ready = invoke("dubformer", mode, "projects.wait", {"project_id": project.project_id}, client)
    return invoke("dubformer", mode, "projects.download", {"project_or_id": ready, "path": tmp_path / "o.mp4"}, client)


def _fault(kind: str, *, instant_jobs: bool = False, **options: Any) -> Callable[[Simulator], None]:
    def setup(sim: Simulator) -> None:
        if instant_jobs:
            sim.configure(job_seconds=0)
        sim.inject(kind, **options)

    return setup


def _configure(**changes: Any) -> Callable[[Simulator], None]:
    def setup(sim: Simulator) -> None:
        sim.configure(**changes)

    return setup


@dataclasses.dataclass(frozen=True)
class Case:
    """One way to make an error happen through the simulator."""

    name: str
    provider: str
    setup: Callable[[Simulator], None]
    call: Call
    error: type[DubkitError]
    options: dict[str, Any] = dataclasses.field(default_factory=dict)


CASES = [
    Case(
        "422 unsupported target_lang",
        "elevenlabs",
        _configure(),
        _el_create(target_lang="xx"),
        UnprocessableEntityError,
    ),
    Case("400 unsupported target_lang", "dubformer", _configure(), _df_create(target_lang="xx-XX"), BadRequestError),
    Case("402 no minutes left", "dubformer", lambda sim: sim.set_balance(0), _df_create(), PaymentRequiredError),
    Case(
        "outcome unknown: create answered 500 after the work",
        "elevenlabs",
        _fault("error_after", operation="create_dubbing"),
        _el_create(),
        OutcomeUnknownError,
    ),
    Case(
        "outcome unknown: create cut off mid-answer",
        "elevenlabs",
        _fault("disconnect_after", operation="create_dubbing"),
        _el_create(),
        OutcomeUnknownError,
    ),
    Case(
        "download error: every media request dropped",
        "dubformer",
        _fault("disconnect_after", operation="media", times=1_000),
        _df_download_when_ready,
        DownloadError,
    ),
    Case(
        "download error: the dubbed file cut off again and again",
        "elevenlabs",
        _fault("disconnect_after", instant_jobs=True, operation="get_dubbed_file", times=1_000),
        _el_after_create("dubbing.audio.download", language_code="es"),
        DownloadError,
    ),
    Case(
        "wait timeout (ElevenLabs)",
        "elevenlabs",
        _configure(job_seconds=1e9),
        _el_after_create("dubbing.wait", timeout=0.05, poll_interval=0.01),
        WaitTimeoutError,
    ),
    Case(
        "wait timeout (Dubformer)",
        "dubformer",
        _configure(job_seconds=1e9),
        _df_after_create("projects.wait", timeout=0.05, poll_interval=0.01),
        WaitTimeoutError,
    ),
    Case(
        "failed job",
        "elevenlabs",
        _configure(failure_rate=1.0, job_seconds=0),
        _el_after_create("dubbing.wait"),
        DubbingFailedError,
    ),
    Case(
        "garbled answer",
        "dubformer",
        _fault("malformed_json", operation="get_balance", times=10),
        _call("dubformer", "balance"),
        ResponseValidationError,
    ),
    Case(
        "rate limited",
        "dubformer",
        _fault("rate_limit", times=10),
        _call("dubformer", "options"),
        RateLimitError,
        {"max_retries": 0},
    ),
    Case(
        "connection dropped",
        "elevenlabs",
        _fault("disconnect_before", times=10),
        _call("elevenlabs", "dubbing.list"),
        APIConnectionError,
        {"max_retries": 0},
    ),
    Case(
        "redirect answered to an API call",
        "elevenlabs",
        _fault("redirect", operation="list_dubs"),
        _call("elevenlabs", "dubbing.list"),
        APIStatusError,
    ),
    Case(
        "server error after retries",
        "dubformer",
        _fault("error_before", status=503, retry_after=0, times=10),
        _call("dubformer", "voices"),
        InternalServerError,
        {"max_retries": 1},
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_kind_of_error_is_reported_without_the_key(
    case: Case, mode: str, dubkit_sim_sleep: Simulator, debug_logs: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """The error is the one expected, and neither it (with its causes) nor the logs show the key."""
    case.setup(dubkit_sim_sleep)
    raised = provoke(
        dubkit_sim_sleep, case.provider, mode, lambda client: case.call(client, tmp_path), case.error, **case.options
    )
    assert_secret_kept(raised, debug_logs, dubkit_sim_sleep)
