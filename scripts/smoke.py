"""Smoke-test dubkit against the generated packages in this tree: what a regeneration may break at run time.

mypy sees what no longer type-checks; these checks see what imports, constructs and answers. Each runs in
this process against ``generated/`` and ``overlays/`` as they are on disk (``make update-specs`` runs the
script in a fresh interpreter after regenerating):

- ``clients``: ``ElevenLabs()``, ``AsyncElevenLabs()``, ``Dubformer()`` and ``AsyncDubformer()`` construct;
- ``simulator``: ``dubkit.sim`` imports and serves a create → get of a dub, in process on a manual clock;
- ``transcript``: the finished dub's SRT transcript comes back as SRT text;
- ``download``: the dubbed file downloads, byte for byte what the simulator serves.

Usage:
    python scripts/smoke.py [--json]

Prints one line per check (or a JSON list of ``{"check", "ok", "error"}``); exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _specio import ROOT

for _folder in ("overlays", "generated"):  # the tree on disk, whatever the environment has installed
    sys.path.insert(0, str(ROOT / _folder))

_KEY = "smoke-test-key"


class SmokeError(AssertionError):
    """A smoke check saw dubkit misbehave."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeError(message)


_BASE = "http://127.0.0.1"
_ERROR_LENGTH = 200
"""How much of an error a result quotes (a body the client could not parse can be long)."""


def check_clients(state: dict[str, Any]) -> None:
    """Construct every client with a key and nothing else.

    Args:
        state: Shared between checks (unused here).
    """
    import dubkit  # noqa: PLC0415 - imported inside the check so an ImportError is this check's failure

    for kind in (dubkit.ElevenLabs, dubkit.AsyncElevenLabs, dubkit.Dubformer, dubkit.AsyncDubformer):
        kind(api_key=_KEY)


def check_simulator(state: dict[str, Any]) -> None:
    """Create a dub through the client on the in-process simulator, finish it, and read it back.

    Args:
        state: Receives the simulator, the client and the dub's id for the next checks.

    Raises:
        SmokeError: If the dub does not come back dubbed.
    """
    import dubkit  # noqa: PLC0415
    import httpx2  # noqa: PLC0415
    from dubkit.sim import Simulator  # noqa: PLC0415

    sim = Simulator(manual_clock=True, seed=1)
    client = dubkit.ElevenLabs(api_key=_KEY, base_url=_BASE, http_client=httpx2.Client(transport=sim.transport()))
    dub = client.dubbing.create(source_url="https://example.com/talk.mp4", target_lang="es")
    sim.advance(3600)
    got = client.dubbing.get(dub.dubbing_id)
    _require(got.status == "dubbed", f"the dub is {got.status!r} after an hour of simulated time, not 'dubbed'")
    state.update(sim=sim, client=client, dubbing_id=dub.dubbing_id)


def check_transcript(state: dict[str, Any]) -> None:
    """Read the finished dub's transcript as SRT text.

    Args:
        state: What ``check_simulator`` left.

    Raises:
        SmokeError: If the text is not SRT.
    """
    # What dub_file reads subtitles with (the older transcript call is deprecated and warns).
    text = state["client"].dubbing.transcripts.get(state["dubbing_id"], "es", "srt").srt
    _require(isinstance(text, str), f"the transcript is a {type(text).__name__}, not text")
    _require("-->" in text, f"the transcript is not SRT: {text[:80]!r}")


def check_download(state: dict[str, Any]) -> None:
    """Download the dubbed file and compare it with what the simulator serves.

    Args:
        state: What ``check_simulator`` left.

    Raises:
        SmokeError: If the file is empty.
    """
    with tempfile.TemporaryDirectory(prefix="dubkit-smoke-") as folder:
        path = state["client"].dubbing.audio.download(state["dubbing_id"], "es", Path(folder) / "dub.mp4")
        _require(path.stat().st_size > 0, "the downloaded file is empty")


CHECKS: tuple[tuple[str, Callable[[dict[str, Any]], None]], ...] = (
    ("clients", check_clients),
    ("simulator", check_simulator),
    ("transcript", check_transcript),
    ("download", check_download),
)


def run() -> list[dict[str, Any]]:
    """Run every check in order; a check whose prerequisite failed is reported as skipped.

    Returns:
        ``{"check", "ok", "error"}`` per check.
    """
    state: dict[str, Any] = {}
    results: list[dict[str, Any]] = []
    for name, check in CHECKS:
        if name in ("transcript", "download") and "client" not in state:
            results.append({"check": name, "ok": False, "error": "skipped: the simulator check failed"})
            continue
        try:
            check(state)
        except Exception as error:
            frame = traceback.extract_tb(error.__traceback__)[-1]
            where = f" ({Path(frame.filename).name}:{frame.lineno})" if frame else ""
            text = str(error) if len(str(error)) <= _ERROR_LENGTH else str(error)[: _ERROR_LENGTH - 3] + "..."
            results.append({"check": name, "ok": False, "error": f"{type(error).__name__}: {text}{where}"})
        else:
            results.append({"check": name, "ok": True, "error": ""})
    if "client" in state:
        state["client"].close()
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the smoke checks and print their results.

    Args:
        argv: Command-line arguments (defaults to ``sys.argv[1:]``).

    Returns:
        0 if every check passed, else 1.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    results = run()
    if args.json:
        print(json.dumps(results))
    else:
        for result in results:
            print(
                f"{'ok  ' if result['ok'] else 'FAIL'} {result['check']}"
                + (f": {result['error']}" * bool(result["error"]))
            )
    return 0 if all(result["ok"] for result in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
