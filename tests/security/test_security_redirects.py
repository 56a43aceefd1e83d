"""A redirect to another origin never carries the key: not for API calls, not for downloads.

httpx2 drops ``Authorization`` when a redirect leaves the origin, but not custom headers such as ElevenLabs'
``xi-api-key``; dubkit strips it itself on every hop. The simulator's ``redirect`` fault answers 307 to
another origin. Each operation is redirected at its first request; then whole flows run with every
download redirected (the file served by the other origin), so the hop really happens. Both again with a
caller-supplied ``http_client`` that follows redirects itself (it leaked the ElevenLabs key until
the transport stopped the caller's client from following).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
from client_calls import MODES, PROVIDERS, invoke, open_client, resolve
from dubkit import DubkitError
from dubkit.sim import Simulator
from security_flows import FLOWS, Session
from security_surface import ForeignMediaTransport, carries_credentials, sim_transport
from spec_helpers import DEPRECATED_CALLS, file_operations
from valid_calls import API_CALLS, BASELINE, first_operation

pytestmark = DEPRECATED_CALLS

ELSEWHERE = "elsewhere.example.org"
REDIRECT = pytest.mark.dubkit_sim(redirect_origin=f"https://{ELSEWHERE}")
CALLS = API_CALLS
LEAK_REASON = (
    "BUG: with a caller-supplied http_client that follows redirects (httpx2.Client(follow_redirects=True)), that "
    "client follows the 307 itself, inside dubkit's transport, so dubkit's strip_if_foreign hook never sees the hop: "
    "httpx2 copies xi-api-key (a custom header it does not strip) to the other origin. Dubformer's Authorization "
    "header is stripped by httpx2, so only ElevenLabs leaks."
)
DOWNLOADS = {provider: [*file_operations(provider), "media"] for provider in PROVIDERS}
"""The operations (by operationId) that download a file, from the specs; ``media``: an output file on the media
host."""
FILE_ENDPOINTS = {
    (provider, path) for provider, path in CALLS if first_operation(provider, path) in DOWNLOADS[provider]
}
"""Methods whose first request is an API file endpoint: dubkit's streaming client follows its redirects."""


def _follow(provider: str, *, follow: bool) -> list[pytest.MarkDecorator]:
    # Fixed (a caller's client never follows redirects inside dubkit's transport); kept as a seam for new cases.
    del provider, follow
    return []


def _redirected(provider: str, path: str, mode: str, sim: Simulator, tmp_path: Path, *, follow: bool) -> list[Any]:
    """Call one operation with its first request answered 307 to another origin; return what reached that origin."""
    sim.engine.log.clear()
    sim.inject("redirect", times=1)
    # A 307 not followed, or the other origin's 401: the call fails either way; what it sent is what matters.
    with (
        open_client(provider, mode, sim_transport(sim, mode), follow_redirects=follow) as client,
        contextlib.suppress(DubkitError),
    ):
        invoke(provider, mode, path, resolve(BASELINE[provider, path], tmp_path), client)
    records = sim.requests()
    assert records[0].status == 307, f"{path}: the first request was not redirected"
    return [r for r in records if r.host == ELSEWHERE]


@REDIRECT
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("call", CALLS, ids=[f"{p}:{m}" for p, m in CALLS])
def test_no_operation_sends_the_key_across_a_redirect(
    call: tuple[str, str], mode: str, dubkit_sim_sleep: Simulator, tmp_path: Path
) -> None:
    """The first request of every operation is answered 307 to another origin; no request there has the key.

    API calls do not follow redirects (the 307 is an error); file downloads do, without the key.
    """
    provider, path = call
    elsewhere = _redirected(provider, path, mode, dubkit_sim_sleep, tmp_path, follow=False)
    assert bool(elsewhere) == (call in FILE_ENDPOINTS), "only file downloads follow a redirect"
    assert not [r for r in elsewhere if r.carried_credentials], "the key was sent to another origin"


@REDIRECT
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "provider", [pytest.param(p, marks=_follow(p, follow=True)) for p in ("elevenlabs", "dubformer")]
)
def test_a_caller_client_that_follows_redirects_never_gets_the_key_across(
    provider: str, mode: str, dubkit_sim_sleep: Simulator, tmp_path: Path
) -> None:
    """With http_client=httpx2.Client(follow_redirects=True), every operation's redirect is followed without the key."""
    leaked = []
    for name, path in CALLS:
        if name != provider:
            continue
        elsewhere = _redirected(provider, path, mode, dubkit_sim_sleep, tmp_path, follow=True)
        # dubkit never lets the caller's client follow: API calls stop at the 307, file downloads are
        # followed by dubkit's own client; either way, whatever reached the other origin has no key.
        if any(r.carried_credentials for r in elsewhere):
            leaked.append(path)
    assert not leaked, f"the key was sent to another origin by: {', '.join(leaked)}"


@REDIRECT
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("provider", "follow"),
    [
        pytest.param(provider, follow, marks=_follow(provider, follow=follow), id=f"{provider}-{label}")
        for provider in ("elevenlabs", "dubformer")
        for follow, label in ((False, "dubkit-follows"), (True, "caller-client-follows"))
    ],
)
def test_every_download_follows_a_redirect_without_the_key(
    provider: str, follow: bool, mode: str, dubkit_sim_sleep: Simulator, tmp_path: Path
) -> None:
    """Every file download is redirected to another origin, which serves it; no request there has the key."""
    for operation in DOWNLOADS[provider]:
        if operation != "media":  # the simulator does not redirect its own files: the transport does
            dubkit_sim_sleep.inject("redirect", operation=operation, times=100)
    transport = ForeignMediaTransport(dubkit_sim_sleep, answer_host=ELSEWHERE, redirect_media=True)
    with open_client(provider, mode, transport, follow_redirects=follow) as client:
        session = Session(provider, mode, client, tmp_path)
        FLOWS[provider](session)
    redirected = {r.operation for r in dubkit_sim_sleep.requests() if r.status == 307}
    redirected |= {"media"} if transport.redirected else set()
    assert redirected == set(DOWNLOADS[provider]), "every kind of download was redirected"
    assert len(transport.answered) >= len(DOWNLOADS[provider])
    assert not [r for r in transport.answered if carries_credentials(r)], "the key was sent to another origin"
