"""Plain ``http://`` base URLs are refused off loopback (the key would cross the network in clear), accepted on it.

Both providers, sync and async, from the argument and from the environment variable. A refusal never
echoes a key the URL carries.
"""

from __future__ import annotations

import pytest
from client_calls import CLIENTS, MODES, PROVIDERS, SECRET

ENV = {"elevenlabs": "ELEVENLABS_BASE_URL", "dubformer": "DUBFORMER_BASE_URL"}
KEY_ENV = {"elevenlabs": "ELEVENLABS_API_KEY", "dubformer": "DUBFORMER_API_KEY"}
OFF_LOOPBACK = [
    "http://api.elevenlabs.io",
    "http://app.dubformer.ai/",
    "HTTP://api.example.com",
    "Http://Api.Example.Com:8080/v1",
    "http://10.0.0.5",
    "http://192.168.1.10:8765",
    "http://8.8.8.8",
    "http://0.0.0.0:8765",
    "http://[2001:db8::1]",
    "http://[2001:db8::1]:8080",
    "http://[::ffff:8.8.8.8]",
    "http://localhost.example.com",
    "http://127.0.0.1.nip.io",
    "http://2130706433",  # 127.0.0.1 as one number: resolvers disagree, so it is not trusted as loopback
    "  http://api.example.com  ",
]
LOOPBACK = {
    "http://127.0.0.1": "http://127.0.0.1",
    "http://127.0.0.1:8765": "http://127.0.0.1:8765",
    "http://127.0.0.2:9/": "http://127.0.0.2:9",
    "http://localhost": "http://localhost",
    "HTTP://LOCALHOST:8765/": "http://localhost:8765",
    "http://localhost.localdomain": "http://localhost.localdomain",
    "http://[::1]": "http://[::1]",
    "http://[::1]:8765/api": "http://[::1]:8765/api",
    "https://api.example.com": "https://api.example.com",  # https is fine anywhere
}
CARRYING_THE_KEY = [
    pytest.param(f"https://user:{SECRET}@api.example.com", id="https-userinfo"),
    pytest.param(f"http://user:{SECRET}@api.example.com", id="http-userinfo"),
    pytest.param(f"http://user:{SECRET}@127.0.0.1", id="loopback-userinfo"),
    pytest.param(f"ftp://user:{SECRET}@api.example.com", id="ftp-userinfo"),
    pytest.param(f"https://api.example.com/?xi-api-key={SECRET}", id="query"),
    pytest.param(f"https://api.example.com/#{SECRET}", id="fragment"),
]


@pytest.fixture(autouse=True)
def _no_settings_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*ENV.values(), *KEY_ENV.values()):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("url", OFF_LOOPBACK)
def test_plain_http_off_loopback_is_refused(url: str, provider: str, mode: str) -> None:
    """The argument is refused with a message that says why; the key is not in it."""
    with pytest.raises(ValueError, match=r"refusing plain http://.*unencrypted") as refused:
        CLIENTS[provider, mode](api_key=SECRET, base_url=url)
    assert SECRET not in str(refused.value)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("url", OFF_LOOPBACK[:6])
def test_plain_http_off_loopback_is_refused_from_the_environment(
    url: str, provider: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same URL in ``*_BASE_URL`` is refused too, when the client is made."""
    monkeypatch.setenv(ENV[provider], url)
    monkeypatch.setenv(KEY_ENV[provider], SECRET)
    with pytest.raises(ValueError, match="refusing plain http://"):
        CLIENTS[provider, mode]()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize(("url", "expected"), LOOPBACK.items())
def test_plain_http_on_loopback_is_accepted(url: str, expected: str, provider: str, mode: str) -> None:
    """Loopback addresses and names (and https anywhere) are accepted, normalised without a trailing slash."""
    assert str(CLIENTS[provider, mode](api_key=SECRET, base_url=url).base_url) == expected


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", PROVIDERS)
def test_plain_http_on_loopback_is_accepted_from_the_environment(
    provider: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A loopback ``*_BASE_URL`` is used as it is."""
    monkeypatch.setenv(ENV[provider], "http://localhost:8765")
    monkeypatch.setenv(KEY_ENV[provider], SECRET)
    assert str(CLIENTS[provider, mode]().base_url) == "http://localhost:8765"


def test_a_region_is_always_https() -> None:
    """ElevenLabs' data-residency servers are reached over https only."""
    for mode in MODES:
        for region in ("us", "eu", "in"):
            assert CLIENTS["elevenlabs", mode](api_key=SECRET, region=region).base_url.scheme == "https"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("url", CARRYING_THE_KEY)
def test_a_url_carrying_the_key_is_refused_without_echoing_it(url: str, provider: str, mode: str) -> None:
    """Credentials, a query or a fragment in base_url are refused; the message does not repeat the key."""
    with pytest.raises(ValueError, match=r"base_url|http") as refused:
        CLIENTS[provider, mode](api_key="another-key", base_url=url)
    assert SECRET not in str(refused.value)
