"""``dubkit sim``: serve the simulator of both APIs on a local port."""

from __future__ import annotations

import sys
import time
from typing import Annotated

import httpx2
import typer
from rich.console import Console

from dubkit._settings import is_loopback

from ._errors import EXIT_USAGE, CliError
from ._output import JsonOption, write_json

__all__ = ["sim"]


def sim(
    *,
    host: Annotated[
        str,
        typer.Option(
            metavar="ADDRESS",
            help="Interface to bind; keep loopback unless you mean to share it (any other address warns loudly).",
        ),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(metavar="NUMBER", min=0, max=65535, help="Port to listen on; 0 picks a free one.")
    ] = 8765,
    seed: Annotated[
        int, typer.Option(metavar="N", help="Seeds IDs, durations and random faults: same seed, same run.")
    ] = 0,
    speed: Annotated[float, typer.Option(metavar="X", min=0.001, help="Simulated seconds per real second.")] = 1.0,
    fault_rate: Annotated[
        float,
        typer.Option(
            metavar="SHARE", min=0.0, max=1.0, help="Share of API requests that get a random transient fault."
        ),
    ] = 0.0,
    job_seconds: Annotated[
        float, typer.Option(metavar="SECONDS", min=0.0, help="Simulated seconds a dub or project takes.")
    ] = 30.0,
    source_seconds: Annotated[
        float,
        typer.Option(
            metavar="SECONDS",
            min=0.001,
            help="How long a source lasts that the simulator cannot fetch (an internet URL); uploads and "
            "loopback URLs last what their media lasts. A URL's ?sim-seconds=N overrides it.",
        ),
    ] = 60.0,
    api_key: Annotated[
        list[str] | None,
        typer.Option(metavar="KEY", help="Accept only this key (repeatable); default: any non-empty key."),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Serve a stateful simulator of the ElevenLabs and Dubformer APIs (Ctrl-C to stop)."""
    try:
        from dubkit.sim import SimConfig, Simulator  # noqa: PLC0415 - only this command needs the sim extra
    except ModuleNotFoundError as exc:
        raise CliError(
            f"dubkit sim needs the simulator, which is not installed ({exc.name} is missing)",
            hint="pip install 'dubkit[sim]'",
            exit_code=EXIT_USAGE,
        ) from None

    try:
        config = SimConfig(
            seed=seed, speed=speed, fault_rate=fault_rate, job_seconds=job_seconds, source_seconds=source_seconds,
            api_keys=frozenset(api_key) if api_key else None,
        )  # fmt: skip
    except ValueError as exc:
        raise CliError(str(exc), exit_code=EXIT_USAGE) from None
    console = Console(highlight=False, soft_wrap=True)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        server = Simulator(config).serve(host=host, port=port)
    except RuntimeError as exc:
        console.print(f"[red]error:[/red] {exc}", style=None)
        raise typer.Exit(1) from None
    url = server.url
    keys = "Only the --api-key keys are" if api_key else "Any non-empty API key is"
    try:  # from here on, so a Ctrl-C even during the banner stops the server cleanly
        for line in _beyond_loopback_warning(host, server.port, protected=bool(api_key)):
            err.print(line, style="bold red")
        if json_output:
            write_json({"ok": True, "url": url, "seed": seed, "speed": speed, "fault_rate": fault_rate,
                        "control_url": f"{url}/_sim/"})  # fmt: skip
            sys.stdout.flush()
            while True:
                time.sleep(0.5)
        console.print(f"dubkit simulator on {url}  (seed {seed}, speed {speed:g}x, fault rate {fault_rate:.0%})")
        if is_loopback(httpx2.URL(url).host):
            console.print(f"  ElevenLabs  export ELEVENLABS_BASE_URL={url}")
            console.print(f"  Dubformer   export DUBFORMER_BASE_URL={url}")
        else:
            console.print("  dubkit sends keys over plain http:// only to loopback: put an HTTPS proxy in front of it.")
        control = "needs an --api-key key" if api_key else "is open to anyone who can connect"
        console.print(f"  Control     {url}/_sim/  (reset, clock, faults, requests, state, config; {control})")
        console.print(f"  {keys} accepted. Ctrl-C to stop.")
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        server.stop()


def _beyond_loopback_warning(host: str, port: int, *, protected: bool) -> list[str]:
    """Return the warning for a bind beyond loopback (none for a loopback one)."""
    if is_loopback(host.strip("[]")):
        return []
    who = "" if protected else " (no --api-key: any key works, and the control plane needs none)"
    return [
        f"WARNING: listening on {host}:{port}, beyond this machine: anyone who can reach it can use the simulator"
        f" and its control plane{who}.",
        "WARNING: its traffic is plain HTTP. Bind 127.0.0.1 (the default) unless you mean to share it.",
    ]
