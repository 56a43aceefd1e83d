"""``make demo``: dub the bundled sample with both providers against the simulator, as a user would.

It runs the real ``dubkit`` command (``dubkit --sim dub ...``), so what you see is the CLI's own
progress display and summary. No key and no network are needed:

* ElevenLabs takes the local file as an upload;
* Dubformer only takes a URL, so the sample is served on a loopback port for the length of the
  demo (the simulator fetches loopback URLs, and only those).

The simulator probes the sample (2 s of 16 kHz WAV) and dubs it into real media as long as it;
the demo ends by decoding every file it wrote and printing what each holds.

Usage:
    python scripts/demo.py [--out demo-output]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import io
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


def _describe(path: Path) -> str:
    """Decode a media file completely with PyAV and say what it holds (as ffprobe would)."""
    import av  # noqa: PLC0415 - the sim extra's media library, needed only here

    if path.suffix == ".srt":
        text = path.read_text(encoding="utf-8")
        last = text.strip().split("\n\n")[-1].splitlines()[1] if text.strip() else "no cues"
        return f"subtitles, {text.count(' --> ')} cue(s), last {last}"
    with av.open(io.BytesIO(path.read_bytes())) as container:
        streams = ", ".join(f"{s.type} {s.codec_context.name}" for s in container.streams)
        decoded = sum(1 for stream in container.streams for _ in container.decode(stream))
        seconds = container.duration / av.time_base if container.duration else 0.0
        return f"{container.format.name.split(',')[0]}, {streams}, {seconds:.2f} s ({decoded} frames decoded)"


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
    print(f"\nThe dubbed files are in {args.out}/ (each decoded to the last frame):")
    # Hidden files are dubkit dub's run state (.dubkit-run.json and its lock), not media.
    for path in sorted(p for p in args.out.rglob("*") if p.is_file() and not p.name.startswith(".")):
        print(f"  {path.relative_to(args.out)}  {_describe(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
