"""What real media costs the simulator: a 10-minute upload probed, dubbed, encoded and served, audio and video.

The sources are made here with PyAV: a 10-minute 48 kHz stereo WAV (115 MB, the size of a real recording)
and a 10-minute MP4 (a small picture with AAC audio). Each is uploaded to an in-process simulator through
the dubkit client; the figures are the create call (upload, probe, decode), the first download of the dub
(the encoding, once per job and language) and a second download (served from the cache). The baseline is
the media's own length: a ratio of 0.01 means encoding runs at 100 times real time.

Usage:
    python benchmarks/sim_media.py [--json PATH]
    python benchmarks/sim_media.py --smoke      # 20-second sources
"""

from __future__ import annotations

import io
import time
from pathlib import Path

import httpx2
from _harness import Row, simple_main
from dubkit import ElevenLabs
from dubkit.sim import Simulator
from dubkit.sim._media_codecs import encode
from dubkit.sim._media_signal import speech_like, speech_timeline

FULL_SECONDS = 600.0
SMOKE_SECONDS = 20.0
# Dubbing a 10-minute file must stay a small part of a test's time: at most 2 % of the media's length.
RATIO_TARGET = 0.02
BASE = "http://127.0.0.1"


def _wav_48k_stereo(seconds: float) -> bytes:
    """A WAV as a recorder writes it: 48 kHz, stereo, 16-bit (about 11.5 MB a minute)."""
    import av  # noqa: PLC0415 - the sim extra
    import numpy as np  # noqa: PLC0415

    mono = speech_like(seconds, speech_timeline("bench", seconds, 10_000), "bench")
    upsampled = np.repeat(mono, 3)  # 16 kHz -> 48 kHz
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="wav") as container:
        stream = container.add_stream("pcm_s16le", rate=48_000, layout="stereo")
        for first in range(0, len(upsampled), 48_000):
            part = upsampled[first : first + 48_000]
            frame = av.AudioFrame.from_ndarray(np.stack([part, part]).T.reshape(1, -1), format="s16", layout="stereo")
            frame.sample_rate, frame.pts = 48_000, first
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return buffer.getvalue()


def _measure(name: str, source: bytes, seconds: float, workdir: Path) -> list[Row]:
    sim = Simulator(manual_clock=True)
    with httpx2.Client(transport=sim.transport(), base_url=BASE, timeout=120) as http:
        client = ElevenLabs(api_key="k", base_url=BASE, http_client=http)
        started = time.perf_counter()
        dub = client.dubbing.create(file=(name, io.BytesIO(source)), target_lang="es")
        created = time.perf_counter() - started
        sim.advance(3600)
        durations = []
        for attempt in range(2):
            started = time.perf_counter()
            path = client.dubbing.audio.download(dub.dubbing_id, "es", workdir / f"{name}.{attempt}")
            durations.append(time.perf_counter() - started)
        size = path.stat().st_size
    label = f"sim: dub a {seconds / 60:g}-min {name} ({len(source) / 1e6:.0f} MB)"
    facts = {"source_bytes": len(source), "output_bytes": size, "media_seconds": seconds}
    return [
        Row(f"{label}, create (probe + decode)", "time", "s", created, "media length", seconds,
            f"<= {RATIO_TARGET:g}x media", created <= RATIO_TARGET * seconds, details=facts),
        Row(f"{label}, first download (encode)", "time", "s", durations[0], "media length", seconds,
            f"<= {RATIO_TARGET:g}x media", durations[0] <= RATIO_TARGET * seconds, details=facts),
        Row(f"{label}, second download (cached)", "time", "s", durations[1], "first download", durations[0],
            "< 1x first", durations[1] < durations[0], details=facts),
    ]  # fmt: skip


def run(*, smoke: bool) -> list[Row]:
    """Measure an audio and a video source of 10 minutes (20 s with ``smoke``).

    Args:
        smoke: Short sources, to check that the benchmark runs.

    Returns:
        Three rows per source.
    """
    import tempfile  # noqa: PLC0415

    seconds = SMOKE_SECONDS if smoke else FULL_SECONDS
    wav = _wav_48k_stereo(seconds)
    mp4 = encode(speech_like(seconds, speech_timeline("video", seconds, 10_000), "video"), "video/mp4", seed="v")
    with tempfile.TemporaryDirectory(prefix="dubkit-sim-media-") as scratch:
        return [*_measure("talk.wav", wav, seconds, Path(scratch)), *_measure("clip.mp4", mp4, seconds, Path(scratch))]


def main(argv: list[str] | None = None) -> int:
    """Measure, print the rows, and optionally save them as JSON.

    Args:
        argv: The arguments (``sys.argv[1:]`` by default).

    Returns:
        The exit code.
    """
    return simple_main(run, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
