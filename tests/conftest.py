"""Suite-wide guard: every response any simulator sends during a test must match the effective spec."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from dubkit.sim import Simulator


@pytest.fixture(autouse=True)
def _simulator_responses_match_spec(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Track the simulators a test creates and fail it if one sent a response the spec does not allow."""
    created: list[Simulator] = []
    original = Simulator.__init__

    def tracking(self: Simulator, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        created.append(self)

    monkeypatch.setattr(Simulator, "__init__", tracking)
    yield
    for sim in created:
        violations = sim.violations()
        assert not violations, f"the simulator sent responses that violate the spec: {violations}"


@pytest.fixture
def clocked(dubkit_sim_sleep: Simulator) -> Simulator:
    """``dubkit_sim`` whose clock every client sleep advances (the plugin's ``dubkit_sim_sleep``)."""
    return dubkit_sim_sleep
