"""The typer application behind ``dubkit``: one sub-command per module."""

from __future__ import annotations

import typer

from ._sim import sim

__all__ = ["app"]

app = typer.Typer(
    name="dubkit",
    help="Dub media with ElevenLabs or Dubformer, or run a local simulator of both.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command(name="sim")(sim)


@app.callback()
def _root() -> None:
    """Dub media with ElevenLabs or Dubformer, or run a local simulator of both."""
