"""How big a simulated dubbing resource gets: SimConfig.max_resource_segments and SimConfig.source_seconds."""

from __future__ import annotations

import math
from typing import Any

import httpx2
import pytest
from dubkit.sim import SimConfig, Simulator

BASE = "http://127.0.0.1"
LONG_SOURCE = 4_000.0  # seconds: room for far more than 200 lines of 2-6 s


def _resource(sim: Simulator, *extra_languages: str) -> dict[str, Any]:
    """Create a studio dub, add and dub the extra languages, and return its resource."""
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers={"xi-api-key": "k"}) as http:
        form = {"source_url": "https://example.com/talk.mp4", "target_lang": "es", "source_lang": "en"}
        created = http.post("/v1/dubbing", files={k: (None, v) for k, v in {**form, "dubbing_studio": "true"}.items()})
        dub_id = created.raise_for_status().json()["dubbing_id"]
        sim.advance(3_600)
        path = f"/v1/dubbing/resource/{dub_id}"
        for language in extra_languages:
            http.post(f"{path}/language", json={"language": language}).raise_for_status()
        if extra_languages:
            every = {"segments": [], "languages": list(extra_languages)}
            http.post(f"{path}/translate", json=every).raise_for_status()
            http.post(f"{path}/dub", json=every).raise_for_status()
        resource: dict[str, Any] = http.get(path).raise_for_status().json()
        return resource


def test_a_resource_has_at_most_200_segments_by_default() -> None:
    """With the default cap, a long source is still cut into 200 segments."""
    resource = _resource(Simulator(manual_clock=True, source_seconds=LONG_SOURCE))
    assert len(resource["speaker_segments"]) == 200
    assert resource["input"]["duration_secs"] == LONG_SOURCE


def test_max_resource_segments_raises_the_cap() -> None:
    """A higher cap and a long enough source give that many segments, in every language, within the media."""
    sim = Simulator(manual_clock=True, max_resource_segments=300, source_seconds=LONG_SOURCE)
    resource = _resource(sim, "fr", "de")
    segments = resource["speaker_segments"].values()
    assert len(segments) == 300
    assert resource["target_languages"] == ["es", "fr", "de"]
    for segment in segments:
        assert set(segment["dubs"]) == {"es", "fr", "de"}
        assert all(dub["media_ref"] is not None and not dub["audio_stale"] for dub in segment["dubs"].values())
        assert 0 < segment["start_time"] < segment["end_time"] <= LONG_SOURCE
    # The suite's conftest fails this test if any of these responses broke the spec.


def test_a_short_source_holds_fewer_segments_than_the_cap() -> None:
    """The cap is a maximum: 60 s of media holds no more than 60 s of lines."""
    resource = _resource(Simulator(manual_clock=True, max_resource_segments=5_000, source_seconds=60.0))
    assert 8 <= len(resource["speaker_segments"]) <= 30
    assert resource["input"]["duration_secs"] == 60.0


def test_without_source_seconds_a_source_the_simulator_cannot_fetch_lasts_a_minute() -> None:
    """By default a URL the simulator cannot fetch stands in as 60 s of media, the same every time."""
    first, second = (_resource(Simulator(manual_clock=True)) for _ in range(2))
    assert first["input"]["duration_secs"] == second["input"]["duration_secs"] == 60.0


@pytest.mark.parametrize(
    "change",
    [
        {"max_resource_segments": 0},
        {"max_resource_segments": -5},
        {"max_resource_segments": 2.5},
        {"max_resource_segments": True},
        {"source_seconds": 0},
        {"source_seconds": -1.0},
        {"source_seconds": math.nan},
        {"source_seconds": math.inf},
        {"source_seconds": "long"},
    ],
)
def test_invalid_sizes_are_refused(change: dict[str, Any]) -> None:
    """Segment caps below 1 or not ints, and source lengths that are not positive finite numbers, are refused."""
    with pytest.raises(ValueError, match=next(iter(change))):
        SimConfig(**change)


def test_valid_sizes_are_kept() -> None:
    """The defaults are 200 segments and 60 s for a source the simulator cannot read."""
    assert (SimConfig().max_resource_segments, SimConfig().source_seconds) == (200, 60.0)
    config = SimConfig(max_resource_segments=5_000, source_seconds=36_000)
    assert (config.max_resource_segments, config.source_seconds) == (5_000, 36_000)
