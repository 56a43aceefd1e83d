"""``make demo`` runs as the README promises: both providers dub the bundled sample through the real CLI."""

from __future__ import annotations

import subprocess
import sys

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
    assert all(path.stat().st_size > 0 for path in out.rglob("*") if path.is_file() and path.name[0] != ".")
    assert (out / "elevenlabs" / ".dubkit-run.json").is_file()
    assert "dubbed" in completed.stdout
    assert "ready" in completed.stdout
