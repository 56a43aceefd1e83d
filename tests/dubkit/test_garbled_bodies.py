"""A success body that is not JSON at all is asked for again when that is safe; any other mismatch is not."""

from __future__ import annotations

import httpx2
import pytest
from dubkit import ElevenLabs, OutcomeUnknownError, ResponseValidationError, TooEarlyError
from fake_api import FakeAPI, json_response

DUB = {
    "dubbing_id": "d1", "name": "n", "status": "dubbing", "target_languages": ["es"],
    "created_at": "2025-01-01T00:00:00Z", "source_language": None,
}  # fmt: skip


def _client(api: FakeAPI) -> ElevenLabs:
    http = httpx2.Client(transport=httpx2.MockTransport(api))
    return ElevenLabs(api_key="k", base_url="https://api.example.com", http_client=http)


def test_a_cut_short_body_of_a_read_is_fetched_again(api: FakeAPI) -> None:
    whole = json_response(200, DUB)
    api.add("GET", "/v1/dubbing/d1", httpx2.Response(200, content=whole.content[:40]), whole)
    assert _client(api).dubbing.get("d1").dubbing_id == "d1"
    assert api.count("GET", "/v1/dubbing/d1") == 2


def test_a_read_that_stays_garbled_fails_with_the_raw_body(api: FakeAPI) -> None:
    api.add("GET", "/v1/dubbing/d1", httpx2.Response(200, content=b"<html>proxy error</html>"))
    with pytest.raises(ResponseValidationError) as invalid:
        _client(api).dubbing.get("d1")
    assert invalid.value.raw_body == b"<html>proxy error</html>"
    assert api.count("GET", "/v1/dubbing/d1") == 3


def test_json_that_breaks_the_spec_is_not_asked_again(api: FakeAPI) -> None:
    api.add("GET", "/v1/dubbing/d1", json_response(200, {"dubbing_id": "d1"}))
    with pytest.raises(ResponseValidationError):
        _client(api).dubbing.get("d1")
    assert api.count("GET", "/v1/dubbing/d1") == 1


def test_a_garbled_answer_to_a_paid_create_is_never_resent(api: FakeAPI) -> None:
    """The dub was made (HTTP 200) but its id is unreadable: the outcome is unknown, and nothing is re-sent."""
    api.add("POST", "/v1/dubbing", httpx2.Response(200, content=b'{"dubbing_id": "d'))
    with pytest.raises(OutcomeUnknownError, match="could not be read"):
        _client(api).dubbing.create(source_url="https://example.com/a.mp4", target_lang="es")
    assert api.count("POST", "/v1/dubbing") == 1


def test_a_hint_ends_the_message(api: FakeAPI) -> None:
    busy = json_response(425, {"detail": {"status": "x", "message": "Busy"}})
    api.add("GET", "/v1/dubbing/d1/transcripts/es/format/srt", busy)
    with pytest.raises(TooEarlyError) as early:
        _client(api).dubbing.transcripts.get("d1", "es", "srt")
    assert str(early.value).endswith(
        "Busy. The dub is not finished: call client.dubbing.wait('d1') first, or pass wait=True"
    )
    assert early.value.hint.startswith("The dub is not finished")
