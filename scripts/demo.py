"""``make demo``: dub the bundled sample with both providers against the simulator, as a user would.

It runs the real ``dubkit`` command (``dubkit --sim dub ...``), so what you see is the CLI's own
progress display and summary. No key and no network are needed:

* ElevenLabs takes the local file as an upload;
* Dubformer only takes a URL, so the sample is served on a loopback port for the length of the
  demo (the simulator does not fetch or inspect the media: it only needs a URL of a video file).

Usage:
    python scripts/demo.py [--out demo-output]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from _specio import ROOT

SAMPLE = ROOT / "samples" / "hello.wav"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the demo's output to the CLI's own display."""


def _dubkit() -> str:
    found = shutil.which("dubkit", path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit("dubkit is not installed in this environment; run `make install` first")
    return found


def main() -> int:
    """Run both demo dubs.

    Returns:
        0 when both succeeded, else the first failing command's exit code.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "demo-output", help="where the dubbed files go")
    args = parser.parse_args()
    handler = functools.partial(_QuietHandler, directory=str(SAMPLE.parent))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        sample_url = f"http://127.0.0.1:{server.server_address[1]}/{SAMPLE.name}"
        runs = [
            ("ElevenLabs, uploading the local file", [str(SAMPLE), "--provider", "elevenlabs", "--to", "es"]),
            ("Dubformer, from a URL", [sample_url, "--provider", "dubformer", "--from", "en", "--to", "es-ES"]),
        ]
        for title, arguments in runs:
            provider = arguments[arguments.index("--provider") + 1]
            command = [_dubkit(), "--sim", "dub", *arguments, "--out", str(args.out / provider)]
            print(f"\n== {title}\n$ dubkit --sim dub {' '.join(arguments)} --out {args.out / provider}\n", flush=True)
            completed = subprocess.run(command, check=False)
            if completed.returncode != 0:
                return completed.returncode
        server.shutdown()
    print(f"\nThe dubbed files are in {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
