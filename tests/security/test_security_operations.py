"""Every operation of both clients, sync and async, with a distinctive key: the key reaches the API and nothing else.

Each flow calls every public method once against the simulator (with output files moved to another host,
as real APIs serve them), capturing the ``dubkit``, ``httpx2`` and ``httpcore2`` loggers at DEBUG. A coverage
check compares the methods called with the methods found on the client by introspection, so a new method
fails here until its flow calls it.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx2
import pytest
from client_calls import MODES, SECRET, open_client, public_methods, surface
from dubkit.sim import Simulator
from security_flows import FLOWS, Session
from security_surface import API_HOST, MEDIA_HOST, ForeignMediaTransport, capture_debug, logged_text
from spec_helpers import DEPRECATED_CALLS, missing_rows

pytestmark = DEPRECATED_CALLS


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Capture every record of dubkit, httpx2 and httpcore2, at DEBUG."""
    return capture_debug(caplog)


def shown(value: Any) -> str:
    """Every text a returned value shows: repr, str, and its JSON form for models."""
    parts = [repr(value), str(value)]
    if hasattr(value, "to_dict"):
        parts.append(json.dumps(value.to_dict(), default=str))
    return "\n".join(parts)


@pytest.mark.parametrize("provider", ["elevenlabs", "dubformer"])
@pytest.mark.parametrize("mode", MODES)
def test_every_operation_keeps_the_key_to_the_api_origin(
    provider: str, mode: str, dubkit_sim_sleep: Simulator, debug_logs: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """Every method runs with the key; it is in no DEBUG log, no repr or str, and reaches no host but the API's."""
    sim = dubkit_sim_sleep
    with open_client(provider, mode, ForeignMediaTransport(sim)) as client:
        session = Session(provider, mode, client, tmp_path)
        FLOWS[provider](session)
        resources = public_methods(client)
        objects = [client, *{id(m.__self__): m.__self__ for m in resources.values()}.values()]

    problem = missing_rows(f"tests/security/security_flows.py ({mode})", session.called, surface(provider, mode))
    assert not problem, problem  # the flow must call every public method
    for path, result in session.results:
        assert SECRET not in shown(result), f"{path} returned something that shows the key"
    for obj in objects:
        assert SECRET not in repr(obj)
        assert SECRET not in str(obj)
    text = logged_text(debug_logs)
    assert debug_logs.records, "nothing was logged: the capture is not working"
    assert SECRET not in text

    requests = sim.requests()
    foreign = [r for r in requests if r.host != API_HOST]
    assert {r.host for r in foreign} == {MEDIA_HOST}, "the output files were not fetched from the media host"
    assert not [r for r in foreign if r.carried_credentials], "the key went to a host that is not the API's"
    api = [r for r in requests if r.host == API_HOST]
    assert api
    assert all(r.carried_credentials for r in api), "every API request authenticates (the test can fail)"


@pytest.mark.parametrize("provider", ["elevenlabs", "dubformer"])
def test_over_a_real_socket_the_key_is_in_no_log_either(
    provider: str,
    dubkit_sim: Simulator,
    debug_logs: pytest.LogCaptureFixture,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every method again, over loopback TCP (so httpcore logs its connection and header events at DEBUG)."""
    with dubkit_sim.serve() as server:
        # Only the client's time.sleep moves the simulated clock: the server's event loop must keep its own sleeps.
        monkeypatch.setattr(time, "sleep", dubkit_sim.advance)
        with open_client(provider, "sync", httpx2.HTTPTransport(), base_url=server.url) as client:
            FLOWS[provider](Session(provider, "sync", client, tmp_path))
        monkeypatch.undo()
    assert any(record.name.startswith("httpcore2") for record in debug_logs.records), "httpcore2 logged nothing"
    assert SECRET not in logged_text(debug_logs)
    assert all(r.carried_credentials for r in dubkit_sim.requests() if r.operation != "media")
