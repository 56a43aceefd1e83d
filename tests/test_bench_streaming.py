"""benchmarks/streaming.py runs end to end at its smoke size (its figures are not checked: timings are no test)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from spec_helpers import ROOT_DIR

BENCHMARK = ROOT_DIR / "benchmarks" / "streaming.py"
SMOKE_BYTES = 8 * 1024 * 1024


def test_streaming_smoke_measures_every_variant_and_cleans_up(tmp_path: Path) -> None:
    """--smoke downloads and uploads 8 MiB once per variant, reports sane rows and leaves no file behind."""
    results = tmp_path / "results.json"
    files = tmp_path / "files"
    files.mkdir()
    completed = subprocess.run(
        [sys.executable, str(BENCHMARK), "--smoke", "--json", str(results), "--dir", str(files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr
    assert "streamed download of 8 MiB" in completed.stdout
    assert "streamed upload of 8 MiB" in completed.stdout
    assert list(files.iterdir()) == []  # the upload file, the downloads and their directory are gone

    report = json.loads(results.read_text())
    assert (report["smoke"], report["size_bytes"], report["runs"]) == (True, SMOKE_BYTES, 1)
    rows = {(row["benchmark"].split(" of ")[0], row["metric"]): row for row in report["rows"]}
    assert set(rows) == {
        (kind, metric) for kind in ("streamed download", "streamed upload") for metric in ("throughput", "peak RSS")
    }
    for row in rows.values():
        assert row["value"] > 0
        assert row["baseline_name"] == "raw httpx"
        assert row["baseline"] > 0
        assert row["ratio"] == row["value"] / row["baseline"]
        assert row["details"]["size_bytes"] == SMOKE_BYTES
        assert row["details"]["directory"] == str(files)
        for runs in row["details"]["runs"].values():
            assert len(runs) == 1
            (only,) = runs
            assert only["bytes"] == SMOKE_BYTES
            assert only["seconds"] > 0
            assert only["peak_rss_mb"] >= only["startup_rss_mb"] > 0
    # Judged: download throughput against raw, and both peak RSS rows; upload throughput is information only.
    assert rows["streamed upload", "throughput"]["met"] is None
    judged = [("streamed download", "throughput"), ("streamed download", "peak RSS"), ("streamed upload", "peak RSS")]
    assert all(isinstance(rows[key]["met"], bool) for key in judged)
    assert rows["streamed upload", "throughput"]["details"]["chunked"] == {"raw": False, "dubkit": False}
