"""What reading a big dubbing resource costs through each client, next to a raw httpx GET + json.loads.

The simulator builds a resource of ``--segments`` segments dubbed into ``--languages`` languages; its body is
captured once and served, byte for byte, by a replay server that does nothing else, so server time does not
hide client cost. Each variant then GETs it in turn (the order rotates every run) and the medians are
compared with the raw baseline. A timed call starts from a collected heap and ends with a young-generation
collection, so deferred garbage-collector work is counted; freeing the result is not.

    raw        httpx2.Client().get() + json.loads(r.content)
    from_dict  the same + the generated DubbingResource.from_dict (the path of the stock generated code)
    generated  dubkit_elevenlabs get_dubbing_resource.sync_detailed()
    dubkit     dubkit.ElevenLabs().dubbing.resource.get()  (skipped until it exists)
    official   the official ``elevenlabs`` SDK's dubbing.resource.get()  (skipped unless installed)

Usage:
    python benchmarks/resource_get.py [--segments 5000] [--languages 3] [--runs 15] [--json PATH]
    python benchmarks/resource_get.py --smoke        # tiny sizes: checks that everything runs
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx2
from _harness import KEY, Row, alternate, server
from dubkit_elevenlabs import AuthenticatedClient
from dubkit_elevenlabs.api.dubbing_resource import get_dubbing_resource
from dubkit_elevenlabs.models import DubbingResource

# The first is the dub's target language; the resource "add language" operation adds the others.
LANGUAGES = ("es", "fr", "de", "it", "pt", "pl", "ja", "ko", "nl", "sv")
SMOKE = {"segments": 20, "languages": 2, "runs": 3}
TIMEOUT = httpx2.Timeout(120.0)

Variant = Callable[[], Any]


def build_resource(sim_url: str, languages: int) -> tuple[str, bytes]:
    """Create a dub in the simulator, add and dub its extra languages, and capture its resource.

    Args:
        sim_url: The simulator's base URL.
        languages: How many target languages the resource has.

    Returns:
        The dubbing ID and the exact body of ``GET /v1/dubbing/resource/{dubbing_id}``.
    """
    with httpx2.Client(base_url=sim_url, headers={"xi-api-key": KEY}, timeout=TIMEOUT) as http:
        form = {
            "source_url": "https://example.com/benchmark.mp4",
            "source_lang": "en",
            "target_lang": LANGUAGES[0],
            "dubbing_studio": "true",
        }
        # files= makes it multipart, as the API requires; every field is a plain form field.
        created = http.post("/v1/dubbing", files={name: (None, value) for name, value in form.items()})
        dubbing_id: str = created.raise_for_status().json()["dubbing_id"]
        http.post("/_sim/clock/advance", json={"seconds": 86_400}).raise_for_status()
        resource = f"/v1/dubbing/resource/{dubbing_id}"
        for language in LANGUAGES[1:languages]:
            http.post(f"{resource}/language", json={"language": language}).raise_for_status()
        if languages > 1:
            every = {"segments": [], "languages": list(LANGUAGES[1:languages])}
            http.post(f"{resource}/translate", json=every).raise_for_status()
            http.post(f"{resource}/dub", json=every).raise_for_status()
        body = http.get(resource).raise_for_status().content
    return dubbing_id, body


def variants(url: str, dubbing_id: str) -> tuple[dict[str, Variant], dict[str, str], list[Callable[[], None]]]:
    """Return each client's call, why any variant is skipped, and what to close afterwards.

    Args:
        url: The replay server's base URL.
        dubbing_id: The dub whose resource it serves.

    Returns:
        ``(calls by name, skip reasons by name, closers)``.
    """
    path = f"/v1/dubbing/resource/{dubbing_id}"
    raw = httpx2.Client(base_url=url, headers={"xi-api-key": KEY}, timeout=TIMEOUT)
    generated = AuthenticatedClient(base_url=url, token=KEY, prefix="", auth_header_name="xi-api-key", timeout=TIMEOUT)
    calls: dict[str, Variant] = {
        "raw": lambda: json.loads(raw.get(path).content),
        "from_dict": lambda: DubbingResource.from_dict(json.loads(raw.get(path).content)),
        "generated": lambda: get_dubbing_resource.sync_detailed(dubbing_id, client=generated).parsed,
    }
    closers: list[Callable[[], None]] = [raw.close, generated.get_httpx_client().close]
    skipped: dict[str, str] = {}

    try:
        import dubkit  # noqa: PLC0415 - optional: the resource method may not exist yet

        client = dubkit.ElevenLabs(api_key=KEY, base_url=url)
        closers.append(client.close)
        get_resource = client.dubbing.resource.get  # an AttributeError now, not mid-run, if it is missing
        calls["dubkit"] = lambda: get_resource(dubbing_id)
    except (ImportError, AttributeError, TypeError) as exc:
        skipped["dubkit"] = f"dubkit.ElevenLabs(...).dubbing.resource.get is not available yet ({exc})"

    try:
        from elevenlabs.client import (  # type: ignore[import-not-found]  # noqa: PLC0415 - an optional extra
            ElevenLabs as Official,
        )

        official = Official(api_key=KEY, base_url=url)
        get_official = official.dubbing.resource.get
        calls["official"] = lambda: get_official(dubbing_id)
    except (ImportError, AttributeError, TypeError) as exc:
        skipped["official"] = f"the official elevenlabs SDK is not usable here ({exc})"
    return calls, skipped, closers


def check(name: str, result: Any, segments: int) -> None:
    """Fail loudly if a variant did not really read the whole resource (a fast error is no result).

    Args:
        name: The variant.
        result: What it returned.
        segments: The number of segments the resource has.

    Raises:
        RuntimeError: If the result is not the resource.
    """
    found = result.get("speaker_segments") if isinstance(result, dict) else getattr(result, "speaker_segments", None)
    # The generated attrs models keep a map's entries in additional_properties; pydantic models use a dict.
    found = getattr(found, "additional_properties", found)
    if not isinstance(found, Mapping):
        raise RuntimeError(f"{name} returned {type(result).__name__}, not the dubbing resource")
    if len(found) != segments:
        raise RuntimeError(f"{name} read {len(found)} segments, expected {segments}")


def report(
    samples: dict[str, list[float]], skipped: dict[str, str], *, segments: int, languages: int, body_bytes: int
) -> dict[str, Any]:
    """Print the table and return the results as a JSON-ready document.

    Args:
        samples: Seconds per call, by variant.
        skipped: Why a variant did not run, by variant.
        segments: Segments in the resource.
        languages: Target languages in the resource.
        body_bytes: Size of the resource's body.

    Returns:
        The results.
    """
    raw = statistics.median(samples["raw"])
    results = {
        name: {"median_s": statistics.median(times), "ratio_to_raw": statistics.median(times) / raw, "runs_s": times}
        for name, times in samples.items()
    }
    print(f"\nGET /v1/dubbing/resource/{{id}}: {segments} segments x {languages} languages, {body_bytes:,} bytes")
    print(f"{'variant':<12}{'median s':>12}{'x raw':>9}")
    for name, result in results.items():
        print(f"{name:<12}{result['median_s']:>12.4f}{result['ratio_to_raw']:>9.2f}")
    for name, reason in skipped.items():
        print(f"{name:<12}{'skipped':>12}  {reason}")
    return {
        "segments": segments,
        "languages": languages,
        "body_bytes": body_bytes,
        "runs": len(samples["raw"]),
        "python": platform.python_version(),
        "variants": results,
        "skipped": skipped,
    }


def measure_resource(segments: int, languages: int, runs: int) -> tuple[dict[str, list[float]], dict[str, str], int]:
    """Build the resource in the simulator, replay it, and time every variant against it.

    Args:
        segments: Segments in the resource.
        languages: Target languages in the resource.
        runs: Timed calls per variant.

    Returns:
        ``(seconds per call by variant, skip reasons by variant, body size in bytes)``.
    """
    with server("sim", "--segments", str(segments)) as sim_url:
        dubbing_id, body = build_resource(sim_url, languages)
    with tempfile.TemporaryDirectory() as scratch:
        body_file = Path(scratch) / "resource.json"
        body_file.write_bytes(body)
        path = f"/v1/dubbing/resource/{dubbing_id}"
        with server("replay", "--body", str(body_file), "--path", path) as replay_url:
            calls, skipped, closers = variants(replay_url, dubbing_id)
            try:
                for name, call in calls.items():
                    check(name, call(), segments)
                samples = alternate(calls, runs)
            finally:
                for close in closers:
                    close()
    return samples, skipped, len(body)


def run(*, smoke: bool) -> list[Row]:
    """Measure at full size (or ``SMOKE`` sizes) and return the ``make bench`` rows.

    Args:
        smoke: Use tiny sizes, to check that everything runs.

    Returns:
        dubkit against raw httpx + json.loads, and against the official SDK.
    """
    sizes = SMOKE if smoke else {"segments": 5000, "languages": 3, "runs": 15}
    samples, skipped, body_bytes = measure_resource(sizes["segments"], sizes["languages"], sizes["runs"])
    medians = {name: statistics.median(times) for name, times in samples.items()}
    benchmark = (
        f"dubbing.resource.get ({sizes['segments']:,} segments x {sizes['languages']}, {body_bytes / 1e6:.1f} MB)"
    )
    details = {"body_bytes": body_bytes, **sizes, "runs_s": samples}
    rows = [
        Row(benchmark, "time", "s", medians["dubkit"], "raw httpx+json", medians["raw"], "<= 1.5x raw",
            medians["dubkit"] <= 1.5 * medians["raw"], details=details),
    ]  # fmt: skip
    official = medians.get("official")
    rows.append(
        Row(benchmark, "time", "s", medians["dubkit"], "official SDK", official, "<= 0.05x SDK (20x faster)",
            None if official is None else medians["dubkit"] * 20 <= official, note=skipped.get("official", ""))
    )  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    """Build the resource, replay it, measure every variant, print (and optionally save) the results.

    Args:
        argv: The arguments (``sys.argv[1:]`` by default).

    Returns:
        The exit code.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=5000, help="segments in the resource (default 5000)")
    parser.add_argument("--languages", type=int, default=3, help="target languages, 1-10 (default 3)")
    parser.add_argument("--runs", type=int, default=15, help="timed calls per variant (default 15)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--smoke", action="store_true", help=f"tiny sizes {SMOKE}: checks that everything runs")
    args = parser.parse_args(argv)
    if args.smoke:
        args.segments, args.languages, args.runs = SMOKE["segments"], SMOKE["languages"], SMOKE["runs"]
    if not 1 <= args.languages <= len(LANGUAGES) or args.segments < 1 or args.runs < 1:
        parser.error(f"--segments and --runs must be >= 1 and --languages 1-{len(LANGUAGES)}")

    samples, skipped, body_bytes = measure_resource(args.segments, args.languages, args.runs)
    results = report(samples, skipped, segments=args.segments, languages=args.languages, body_bytes=body_bytes)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
