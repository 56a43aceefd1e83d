"""``dubkit sim``: serve the simulator of both APIs on a local port."""

from __future__ import annotations

import time
from typing import Annotated

import typer
from rich.console import Console

from ._errors import EXIT_USAGE, CliError

__all__ = ["sim"]


def sim(
    *,
    host: Annotated[
        str, typer.Option(help="Interface to bind; keep loopback unless you mean to share it.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on; 0 picks a free one.")] = 8765,
    seed: Annotated[int, typer.Option(help="Seeds IDs, durations and random faults: same seed, same run.")] = 0,
    speed: Annotated[float, typer.Option(min=0.001, help="Simulated seconds per real second.")] = 1.0,
    fault_rate: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="Share of API requests that get a random transient fault.")
    ] = 0.0,
    job_seconds: Annotated[float, typer.Option(min=0.0, help="Simulated seconds a dub or project takes.")] = 30.0,
    api_key: Annotated[
        list[str] | None, typer.Option(help="Accept only this key (repeatable); default: any non-empty key.")
    ] = None,
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

    config = SimConfig(
        seed=seed, speed=speed, fault_rate=fault_rate, job_seconds=job_seconds,
        api_keys=frozenset(api_key) if api_key else None,
    )  # fmt: skip
    console = Console(highlight=False, soft_wrap=True)
    try:
        server = Simulator(config).serve(host=host, port=port)
    except RuntimeError as exc:
        console.print(f"[red]error:[/red] {exc}", style=None)
        raise typer.Exit(1) from None
    url = server.url
    keys = "Only the --api-key keys are" if api_key else "Any non-empty API key is"
    try:  # from here on, so a Ctrl-C even during the banner stops the server cleanly
        console.print(f"dubkit simulator on {url}  (seed {seed}, speed {speed:g}x, fault rate {fault_rate:.0%})")
        console.print(f"  ElevenLabs  export ELEVENLABS_BASE_URL={url}")
        console.print(f"  Dubformer   export DUBFORMER_BASE_URL={url}")
        console.print(f"  Control     {url}/_sim/  (reset, clock, faults, requests, state, config)")
        console.print(f"  {keys} accepted. Ctrl-C to stop.")
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        server.stop()
