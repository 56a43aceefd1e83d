"""The benchmarks run end to end at tiny sizes (what they measure is not checked here: timings are not tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from spec_helpers import ROOT_DIR

BENCHMARK = ROOT_DIR / "benchmarks" / "resource_get.py"


def test_resource_get_smoke_mode_prints_the_table(tmp_path: Path) -> None:
    """--smoke builds a small resource in the simulator, replays it, and reports every variant that can run."""
    results = tmp_path / "results.json"
    completed = subprocess.run(
        [sys.executable, str(BENCHMARK), "--smoke", "--json", str(results)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert any(line.startswith("GET /v1/dubbing/resource/{id}: 20 segments x 2 languages") for line in lines)
    header = lines.index(next(line for line in lines if line.startswith("variant")))
    assert lines[header].split() == ["variant", "median", "s", "x", "raw"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[header + 1 :] if line.strip()}
    assert {"raw", "from_dict", "generated", "dubkit", "official"} <= set(rows)
    assert rows["raw"][1] == "1.00"

    report = json.loads(results.read_text())
    assert (report["segments"], report["languages"], report["runs"]) == (20, 2, 3)
    measured = set(report["variants"])
    assert {"raw", "from_dict", "generated"} <= measured
    assert measured.isdisjoint(report["skipped"])
    assert measured | set(report["skipped"]) == {"raw", "from_dict", "generated", "dubkit", "official"}
    for variant in report["variants"].values():
        assert len(variant["runs_s"]) == 3
        assert all(seconds > 0 for seconds in variant["runs_s"])
