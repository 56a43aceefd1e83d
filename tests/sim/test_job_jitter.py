"""``SimConfig.job_jitter``: how widely job durations spread around ``job_seconds``."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from dubkit.sim import SimConfig, Simulator

BASE = "http://sim.test"
AUTH = {"xi-api-key": "key"}


def durations(count: int, **config: Any) -> list[float]:
    """Create ``count`` ElevenLabs dubs and return their expected durations (simulated seconds)."""
    sim = Simulator(providers=("elevenlabs",), manual_clock=True, max_resource_segments=1, **config)
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as http:
        found = []
        for number in range(count):
            form = {"source_url": f"https://example.com/{number}.mp4", "target_lang": "es"}
            created = http.post("/v1/dubbing", files={name: (None, value) for name, value in form.items()})
            found.append(created.raise_for_status().json()["expected_duration_sec"])
    assert sim.violations() == []
    return found


def test_the_default_spreads_jobs_25_percent_either_side() -> None:
    """Unchanged behaviour: 30 s +- 25 %."""
    assert SimConfig().job_jitter == 0.25
    found = durations(50)
    assert all(22.5 <= seconds <= 37.5 for seconds in found)
    assert max(found) - min(found) > 5


def test_a_full_jitter_spreads_jobs_over_the_whole_window() -> None:
    """job_jitter=1 spreads durations evenly over 0 to twice job_seconds (what the concurrent-waits benchmark uses)."""
    found = durations(300, job_seconds=30.0, job_jitter=1.0, seed=4)
    assert all(0 <= seconds <= 60 for seconds in found)
    assert min(found) < 3
    assert max(found) > 57
    # Evenly: each 15 s quarter holds roughly a quarter of the jobs.
    quarters = [sum(1 for seconds in found if 15 * q <= seconds < 15 * (q + 1)) for q in range(4)]
    assert all(45 <= count <= 105 for count in quarters), quarters
    assert found == durations(300, job_seconds=30.0, job_jitter=1.0, seed=4)  # seeded


def test_no_jitter_makes_every_job_take_exactly_job_seconds() -> None:
    """job_jitter=0: every job takes job_seconds, and is dubbing until then and dubbed from then."""
    sim = Simulator(providers=("elevenlabs",), manual_clock=True, job_seconds=12.0, job_jitter=0.0)
    with httpx2.Client(transport=sim.transport(), base_url=BASE, headers=AUTH) as http:
        form = {"source_url": "https://example.com/talk.mp4", "target_lang": "es"}
        created = http.post("/v1/dubbing", files={name: (None, value) for name, value in form.items()}).json()
        assert created["expected_duration_sec"] == 12.0
        sim.advance(11.999)
        assert http.get(f"/v1/dubbing/{created['dubbing_id']}").json()["status"] == "dubbing"
        sim.advance(0.001)
        assert http.get(f"/v1/dubbing/{created['dubbing_id']}").json()["status"] == "dubbed"


@pytest.mark.parametrize("jitter", [-0.1, 1.5, float("nan"), True])
def test_a_jitter_outside_0_to_1_is_refused(jitter: object) -> None:
    """It is a share of job_seconds: a negative one could make a duration negative."""
    with pytest.raises(ValueError, match="job_jitter"):
        SimConfig(job_jitter=jitter)  # type: ignore[arg-type]
