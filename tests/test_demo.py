"""``make demo`` runs as the README promises: both providers dub the bundled sample through the real CLI."""

from __future__ import annotations

import re
import subprocess
import sys

from media_samples import probe, tolerance
from spec_helpers import ROOT_DIR


def test_the_demo_dubs_the_sample_with_both_providers(tmp_path) -> None:
    out = tmp_path / "demo-output"
    completed = subprocess.run(
        [sys.executable, str(ROOT_DIR / "scripts" / "demo.py"), "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stdout + completed.stderr
    # Besides the outputs, each folder holds dubkit dub's run state (.dubkit-run.json) and its lock.
    written = sorted(str(path.relative_to(out)) for path in out.rglob("*") if path.is_file() and path.name[0] != ".")
    assert written == [
        "dubformer/hello.es-ES.mp4",
        "dubformer/hello.es-ES.speech.wav",
        "elevenlabs/hello.es.mp3",
        "elevenlabs/hello.es.srt",
    ]
    assert (out / "elevenlabs" / ".dubkit-run.json").is_file()
    source = probe(ROOT_DIR / "samples" / "hello.wav")
    for name in ("dubformer/hello.es-ES.mp4", "dubformer/hello.es-ES.speech.wav", "elevenlabs/hello.es.mp3"):
        found = probe(out / name)
        assert found.kinds == ("audio",), name  # the sample is audio, so every dub of it is audio
        assert abs(found.duration - source.duration) <= tolerance(found), (name, found)
        assert f"{name}  " in completed.stdout
        assert "2.00 s" in completed.stdout
    assert re.search(r"^hello → es\s+elevenlabs\s+\S+\s+dubbed\s+2s\s+done", completed.stdout, re.MULTILINE)
    assert "00:00:02,000" in (out / "elevenlabs/hello.es.srt").read_text()
    assert "dubbed" in completed.stdout
    assert "ready" in completed.stdout
