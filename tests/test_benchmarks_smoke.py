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


def test_make_bench_smoke_runs_every_benchmark_into_one_table(tmp_path: Path) -> None:
    """benchmarks/run.py --smoke runs all seven benchmarks and prints their rows as one table, and as JSON."""
    results = tmp_path / "bench.json"
    completed = subprocess.run(
        [sys.executable, str(ROOT_DIR / "benchmarks" / "run.py"), "--smoke", "--json", str(results)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    header = next(line for line in completed.stdout.splitlines() if line.startswith("benchmark"))
    assert header.split() == ["benchmark", "metric", "dubkit", "baseline", "ratio", "target", "met"]
    report = json.loads(results.read_text())
    assert report["smoke"] is True
    assert set(report["benchmark_seconds"]) == {
        "sequential_get", "resource_get", "concurrent_waits", "streaming", "import_time", "generate_time", "sim_media"
    }  # fmt: skip
    benchmarks = " | ".join(row["benchmark"] for row in report["rows"])
    for expected in ("dubbing.get", "projects.get", "dubbing.resource.get", "import", "make generate", "sim: dub"):
        assert expected in benchmarks
    for row in report["rows"]:
        assert row["value"] > 0
        assert row["benchmark"] in completed.stdout
        if row["baseline"] is not None:
            assert row["ratio"] == row["value"] / row["baseline"]
        else:
            assert row["ratio"] is None
    # The official SDK is installed by the lock (the bench extra), so its rows are measured, not skipped.
    official = [row for row in report["rows"] if row["baseline_name"] == "official SDK"]
    assert len(official) >= 3
    assert all(row["baseline"] is not None and row["met"] is not None for row in official)


def test_a_clean_venv_gets_only_the_runtime_dependencies() -> None:
    """The import benchmark's clean venv for dubkit has httpx2, attrs and orjson, never httpx, the CLI, sim or SDK."""
    sys.path.insert(0, str(ROOT_DIR / "benchmarks"))
    try:
        from import_time import runtime_closure  # noqa: PLC0415 - benchmarks/ is not on the test path
    finally:
        sys.path.remove(str(ROOT_DIR / "benchmarks"))
    ours = runtime_closure("dubkit")
    assert {"dubkit", "attrs", "httpx2", "httpcore2", "orjson", "h11"} <= set(ours)
    assert not {"httpx", "typer", "rich", "click", "pydantic", "starlette", "elevenlabs"} & set(ours)
    theirs = runtime_closure("elevenlabs")
    assert {"elevenlabs", "httpx", "pydantic"} <= set(theirs)


def test_peak_rss_is_the_childs_own_not_the_parents(tmp_path: Path) -> None:
    """A client run in a fresh process reports its own peak, though Linux carries ru_maxrss across exec."""
    ballast = b"x" * 300_000_000  # a parent that once held 300 MB, as make bench does after the resource
    probe = f"import sys; sys.path.insert(0, {str(ROOT_DIR / 'benchmarks')!r}); from _harness import peak_rss_mb;"
    completed = subprocess.run(
        [sys.executable, "-c", probe + " print(peak_rss_mb())"], capture_output=True, text=True, check=True
    )
    assert len(ballast) == 300_000_000
    assert 1 < float(completed.stdout) < 100
