"""Use an installed dubkit wheel as a user would: run by ``make dist-check`` with the fresh venv's Python.

It checks that dubkit was imported from that venv (not from a checkout), that a client talks to the
simulator, and that the ``dubkit`` command the wheel installed dubs a file with ``--sim``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> None:
    """Check the installed wheel; exit non-zero on the first problem.

    Raises:
        SystemExit: If dubkit is not installed in this venv, or does not work.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sample", type=Path, help="a short media file to dub")
    sample = parser.parse_args().sample.resolve()

    import dubkit  # noqa: PLC0415 - imported only once the venv is known to be the right one
    import httpx2  # noqa: PLC0415
    from dubkit.sim import Simulator  # noqa: PLC0415

    installed = Path(dubkit.__file__).resolve()
    if not installed.is_relative_to(Path(sys.prefix).resolve()):
        raise SystemExit(f"dubkit was imported from {installed}, not from the venv at {sys.prefix}")
    sim = Simulator(manual_clock=True)
    with (
        httpx2.Client(transport=sim.transport()) as http,
        dubkit.Dubformer(api_key="k", base_url="http://127.0.0.1", http_client=http) as client,
    ):
        balance = client.balance().balance_minutes
    with tempfile.TemporaryDirectory() as out:
        command = [str(Path(sys.executable).parent / "dubkit"), "--sim", "dub", str(sample), "--to", "es", "--out", out]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        written = sorted(path.name for path in Path(out).iterdir())
    if not written:
        raise SystemExit("dubkit --sim dub wrote nothing")
    print(f"dubkit {dubkit.__version__} on Python {sys.version.split()[0]} from {installed.parent}")
    print(f"  simulator balance {balance:g} minutes; dubkit --sim dub wrote {', '.join(written)}")


if __name__ == "__main__":
    main()
