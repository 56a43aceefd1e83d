"""The ``dubkit`` command line (needs the ``cli`` extra: typer and rich)."""

from __future__ import annotations

import sys

__all__ = ["main"]


def main() -> None:
    """Run the ``dubkit`` command.

    Raises:
        SystemExit: With the command's exit code.
    """
    try:
        from ._app import app  # noqa: PLC0415 - typer/rich are optional; say how to get them
    except ModuleNotFoundError as exc:
        sys.stderr.write(f"dubkit: the command line needs {exc.name}; install it with: pip install 'dubkit[cli]'\n")
        raise SystemExit(2) from None
    app()
