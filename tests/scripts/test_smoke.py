"""scripts/smoke.py: dubkit runs against the generated tree, and a failure is a result, never a crash."""

from __future__ import annotations

from typing import Any

import pytest
import smoke


def test_the_committed_tree_passes_every_check() -> None:
    """Clients construct, the simulator answers a create/get, the transcript is SRT, the dub downloads."""
    assert smoke.run() == [{"check": name, "ok": True, "error": ""} for name, _ in smoke.CHECKS]


def test_a_failing_check_is_reported_and_its_dependants_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """A simulator that cannot answer fails its check; transcript and download say they were skipped."""

    def broken(state: dict[str, Any]) -> None:
        raise ImportError("cannot import name 'Status1'")

    checks = [(name, broken if name == "simulator" else check) for name, check in smoke.CHECKS]
    monkeypatch.setattr(smoke, "CHECKS", tuple(checks))
    results = {result["check"]: result for result in smoke.run()}
    assert results["clients"]["ok"] is True
    assert results["simulator"]["error"].startswith("ImportError: cannot import name 'Status1'")
    assert results["transcript"]["error"] == "skipped: the simulator check failed"
    assert smoke.main(["--json"]) == 1
