"""The typer application behind ``dubkit``: global options, error reporting, one sub-command per module.

``app`` is the command itself. ``make_app(simulator=sim)`` builds the same command with every run served
by one shared ``dubkit.sim.Simulator``, so tests (and demos) can create a job in one invocation and read it
in the next; ``--sim`` instead starts a fresh simulator for each invocation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from ._catalog import balance, voices
from ._context import CliState
from ._dub import dub
from ._errors import EXIT_CODES_HELP, diagnose, report
from ._finish import delete, download, wait
from ._jobs import list_jobs, status
from ._logging import Redactor
from ._output import error_document, write_json
from ._sim import sim

if TYPE_CHECKING:
    from dubkit.sim import Simulator

__all__ = ["app", "make_app"]

_HELP = "Dub media with ElevenLabs or Dubformer, or run a local simulator of both."
_EPILOG = f"Keys come from ELEVENLABS_API_KEY and DUBFORMER_API_KEY; --sim needs none. {EXIT_CODES_HELP}"


class _ReportingGroup(TyperGroup):
    """The root group: turns any error of a command into ``error:``/``hint:`` lines and its exit code."""

    def invoke(self, ctx: Any) -> Any:
        """Run the command; report a failure instead of showing a traceback.

        Args:
            ctx: The root context.

        Returns:
            What the command returned.

        Raises:
            typer.Exit: With the failure's exit code.
        """
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort):
            raise
        except (Exception, KeyboardInterrupt) as error:
            if _click_reports_itself(error):
                raise  # usage errors and bad parameters: click shows them and exits 2
            state = ctx.find_object(CliState)
            verbose = state.verbose if state is not None else False
            redact = state.redact if state is not None else Redactor.from_environment()
            situation = state.situation if state is not None else None
            if state is not None and state.json_output and not state.json_written:
                # --json promised one document on stdout: a failure is one too.
                found = diagnose(error, situation)
                document = error_document(found)
                document["message"] = redact(document["message"])
                write_json({"ok": False, "exit_code": found.exit_code, "error": document})
            raise typer.Exit(report(error, situation, verbose=verbose, redact=redact)) from None


def _click_reports_itself(error: BaseException) -> bool:
    # typer keeps its copy of click private (typer._click), so click's exception base is recognised by
    # what every ClickException has, rather than imported: an int exit_code and a show() method.
    return isinstance(getattr(error, "exit_code", None), int) and callable(getattr(error, "show", None))


def _show_version(value: bool) -> None:
    if value:
        from dubkit import __version__  # noqa: PLC0415

        typer.echo(f"dubkit {__version__}")
        raise typer.Exit


def make_app(*, simulator: Simulator | None = None) -> typer.Typer:
    """Build the ``dubkit`` command.

    Args:
        simulator: Serve every API call of every invocation from this simulator, in process (as ``--sim``
            does, but shared, so one invocation sees the jobs of the previous one); ``None`` for the real
            APIs (or ``--sim``).

    Returns:
        The typer application.

    Example:
        >>> from typer.testing import CliRunner  # doctest: +SKIP
        >>> app = make_app(simulator=Simulator(manual_clock=True))  # doctest: +SKIP
        >>> CliRunner().invoke(app, ["dub", "https://example.com/a.mp4", "--to", "es", "--no-wait"])  # doctest: +SKIP
    """
    application = typer.Typer(
        name="dubkit",
        help=_HELP,
        epilog=_EPILOG,
        cls=_ReportingGroup,
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
    )

    @application.callback()
    def _root(
        ctx: typer.Context,
        *,
        use_sim: Annotated[
            bool,
            typer.Option(
                "--sim",
                help="Call an in-process simulator of both APIs (10x speed) instead: no key, no network. "
                "It starts empty for each command.",
            ),
        ] = False,
        verbose: Annotated[
            bool, typer.Option("--verbose", "-v", help="Log requests at DEBUG on stderr; tracebacks on errors.")
        ] = False,
        _version: Annotated[
            bool,
            typer.Option("--version", callback=_show_version, is_eager=True, help="Print dubkit's version and exit."),
        ] = False,
    ) -> None:
        """Set up the global options for the command that follows (closed when it ends)."""
        state = CliState.start(sim=use_sim, verbose=verbose, simulator=simulator)
        ctx.obj = state
        ctx.call_on_close(state.close)

    for name, command in (
        ("dub", dub),
        ("wait", wait),
        ("download", download),
        ("status", status),
        ("list", list_jobs),
        ("delete", delete),
        ("balance", balance),
        ("voices", voices),
        ("sim", sim),
    ):
        application.command(name=name)(command)
    return application


app = make_app()
