"""Run every benchmark and print one table of dubkit's figures beside their baselines (``make bench``).

Every baseline is measured in the same run as the figure it is compared with (alternating runs, medians),
against servers on loopback, because the machines are shared and noisy: compare ratios, not seconds. The
rows are also written as JSON (``--json``, default ``bench-results.json``).

    make bench                              # full sizes, ~6 minutes
    make bench BENCH_ARGS=--smoke           # tiny sizes: checks that every benchmark still runs
    python benchmarks/run.py --only sequential_get,import_time

Exit code: 0, or 1 with ``--fail-on-miss`` when a target is missed (never in CI: timings are not tests).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

from _harness import Row, print_table, write_json

# In the order of the table in the issue that asked for them.
BENCHMARKS = (
    "sequential_get",
    "resource_get",
    "concurrent_waits",
    "streaming",
    "import_time",
    "generate_time",
    "sim_media",
)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks, print the table, write the JSON.

    Args:
        argv: The arguments (``sys.argv[1:]`` by default).

    Returns:
        The exit code.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: checks that every benchmark runs")
    parser.add_argument("--only", help=f"comma-separated subset of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"), help="where to write the rows")
    parser.add_argument("--fail-on-miss", action="store_true", help="exit 1 if any target is missed")
    args = parser.parse_args(argv)
    chosen = BENCHMARKS if not args.only else tuple(args.only.split(","))
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")

    rows: list[Row] = []
    seconds: dict[str, float] = {}
    for name in chosen:
        print(f"running {name}{' (smoke)' if args.smoke else ''} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        rows.extend(importlib.import_module(name).run(smoke=args.smoke))
        seconds[name] = round(time.perf_counter() - started, 1)
    print()
    print_table(rows)
    write_json(args.json, rows, smoke=args.smoke, benchmark_seconds=seconds)
    print(f"\nwrote {args.json}")
    missed = [row for row in rows if row.met is False]
    return 1 if args.fail_on_miss and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
