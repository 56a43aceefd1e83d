"""ElevenLabs client construction: key and URL resolution, regions, settings checks, reprs and the key's reach."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import httpx2
import pytest
from dubkit import AsyncElevenLabs, ElevenLabs, MissingAPIKeyError
from dubkit.elevenlabs import REGIONS
from dubkit.elevenlabs import types as el_types
from dubkit.sim import Simulator

SPEC = Path(__file__).parents[2] / "generated" / "dubkit_specs" / "elevenlabs.json"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ELEVENLABS_API_KEY", raising=False)
    monkeypatch.delenv("ELEVENLABS_BASE_URL", raising=False)


@pytest.mark.parametrize("cls", [ElevenLabs, AsyncElevenLabs])
def test_the_key_comes_from_the_environment_at_construction(cls, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(MissingAPIKeyError, match="ELEVENLABS_API_KEY"):
        cls()
    monkeypatch.setenv("ELEVENLABS_API_KEY", "env-key")
    client = cls()
    assert client._http.auth is not None
    request = client._http.build_request("GET", "/v1/dubbing")
    flow = client._http.auth.auth_flow(request)
    assert next(flow).headers["xi-api-key"] == "env-key"


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        (None, "https://api.elevenlabs.io"),
        ("us", "https://api.us.elevenlabs.io"),
        ("eu", "https://api.eu.residency.elevenlabs.io"),
        ("in", "https://api.in.residency.elevenlabs.io"),
        ("EU", "https://api.eu.residency.elevenlabs.io"),
    ],
)
def test_region_selects_the_residency_server(region, expected: str) -> None:
    assert str(ElevenLabs(api_key="k", region=region).base_url) == expected
    assert str(AsyncElevenLabs(api_key="k", region=region).base_url) == expected


def test_regions_are_the_servers_the_spec_names() -> None:
    servers = {server["url"] for server in json.loads(SPEC.read_text())["servers"]}
    assert set(REGIONS.values()) | {"https://api.elevenlabs.io"} == servers


def test_base_url_comes_from_the_environment_and_an_explicit_region_beats_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELEVENLABS_BASE_URL", "https://proxy.example.com/el/")
    assert str(ElevenLabs(api_key="k").base_url) == "https://proxy.example.com/el"
    assert str(ElevenLabs(api_key="k", region="in").base_url) == REGIONS["in"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"region": "mars"}, "region must be one of"),
        ({"region": "eu", "base_url": "https://x.example.com"}, "either base_url or region"),
        ({"base_url": "http://api.example.com"}, "plain http://"),
        ({"base_url": "ftp://api.example.com"}, "absolute http"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
    ],
)
def test_bad_settings_are_refused_naming_the_setting(kwargs, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ElevenLabs(api_key="k", **kwargs)
    with pytest.raises(ValueError, match=message):
        AsyncElevenLabs(api_key="k", **kwargs)


def test_reprs_never_show_the_key() -> None:
    secret = "sk_live_very_secret_1234"
    for client in (ElevenLabs(api_key=secret), AsyncElevenLabs(api_key=secret)):
        assert secret not in repr(client)
        assert secret not in str(client)
        assert secret not in repr(client._http.auth)
        assert "ElevenLabs(base_url='https://api.elevenlabs.io'" in repr(client)


def test_types_re_exports_every_generated_model() -> None:
    import dubkit_elevenlabs.models as generated  # noqa: PLC0415

    assert set(generated.__all__) <= set(el_types.__all__)
    assert el_types.DubbingResource is generated.DubbingResource


@pytest.mark.dubkit_sim(redirect_origin="http://127.0.0.2:9")
def test_the_key_is_not_sent_on_a_redirect_to_another_origin(
    dubkit_sim: Simulator, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "sk_redirect_secret_987"
    sent: list[httpx2.Request] = []

    class Recording(httpx2.BaseTransport):
        def __init__(self) -> None:
            self.inner = dubkit_sim.transport()

        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            # A copy as sent: dubkit removes the key from the request object once its sending is over.
            sent.append(httpx2.Request(request.method, request.url, headers=request.headers.copy()))
            if request.url.host == "127.0.0.2":
                return httpx2.Response(200, content=b"elsewhere", headers={"content-length": "9"})
            return self.inner.handle_request(request)

    caplog.set_level(logging.DEBUG)
    with (
        httpx2.Client(transport=Recording()) as http,
        ElevenLabs(api_key=secret, base_url="http://127.0.0.1", http_client=http) as client,
    ):
        dub = client.dubbing.create(source_url="https://media.example.com/a.mp4", target_lang="es")
        dubkit_sim.advance(10_000)
        dubkit_sim.inject("redirect", operation="get_dubbed_file")
        path = client.dubbing.audio.download(dub.dubbing_id, "es", tmp_path / "a.mp4")
    assert path.read_bytes() == b"elsewhere"
    foreign = [r for r in sent if r.url.host == "127.0.0.2"]
    assert foreign, "the redirect was not followed"
    assert all("xi-api-key" not in r.headers for r in foreign)
    assert all(r.headers.get("xi-api-key") == secret for r in sent if r.url.host == "127.0.0.1")
    assert secret not in caplog.text
