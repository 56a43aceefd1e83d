"""How ``dubkit`` reports a failure: an exit code per kind of error, one ``error:`` line, a ``hint:`` line.

The exit codes are named here and nowhere else; ``EXIT_CODES_HELP`` documents them in ``dubkit --help``.
A command never shows a traceback unless ``--verbose`` asks for one.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable

import attrs
import typer

from dubkit import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    DownloadError,
    DubbingFailedError,
    DubkitError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    OutcomeUnknownError,
    PaymentRequiredError,
    RateLimitError,
    ResponseValidationError,
    TooEarlyError,
    WaitTimeoutError,
)

from ._render import visible, visible_lines

__all__ = [
    "EXIT_API",
    "EXIT_CODES_HELP",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_MISSING_KEY",
    "EXIT_OK",
    "EXIT_OTHER",
    "EXIT_TIMEOUT",
    "EXIT_USAGE",
    "CliError",
    "Diagnosis",
    "Situation",
    "diagnose",
    "report",
]

EXIT_OK = 0
"""The command did what it was asked."""
EXIT_OTHER = 1
"""Anything else: a local file could not be read or written, or an unexpected failure."""
EXIT_USAGE = 2
"""Bad arguments: click's own usage errors, and the ``ValueError`` / ``TypeError`` dubkit raises before sending."""
EXIT_API = 3
"""The API or the network failed: error status, no connection, an answer dubkit cannot read, a broken download."""
EXIT_FAILED = 4
"""The dub itself failed at the provider."""
EXIT_TIMEOUT = 5
"""``--timeout`` passed before the dub finished (it keeps running at the provider)."""
EXIT_MISSING_KEY = 6
"""No API key in the environment (and no ``--sim``)."""
EXIT_INTERRUPTED = 130
"""Ctrl-C, as shells report SIGINT."""

EXIT_CODES_HELP = (
    f"Exit codes: {EXIT_OK} ok; {EXIT_OTHER} local file or unexpected error; {EXIT_USAGE} bad arguments; "
    f"{EXIT_API} API, network or download error (or a job not finished yet); {EXIT_FAILED} the dub failed; "
    f"{EXIT_TIMEOUT} --timeout reached (the job keeps running); {EXIT_MISSING_KEY} no API key (set it, or pass --sim); "
    f"{EXIT_INTERRUPTED} interrupted."
)

_KEY_ENV_PROVIDERS = {"ELEVENLABS_API_KEY": "ElevenLabs", "DUBFORMER_API_KEY": "Dubformer"}


class CliError(Exception):
    """A failure a command detected itself, with what to tell the user and the exit code.

    Args:
        message: The ``error:`` line.
        hint: The ``hint:`` line, if there is something to suggest.
        exit_code: One of the ``EXIT_*`` codes.
    """

    def __init__(self, message: str, *, hint: str | None = None, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.exit_code = exit_code


@attrs.frozen
class Diagnosis:
    """What to print for an exception, and the exit code.

    Attributes:
        message: The ``error:`` line (one line).
        hint: The ``hint:`` line, or ``None``.
        exit_code: One of the ``EXIT_*`` codes.
    """

    message: str
    hint: str | None
    exit_code: int


@attrs.frozen
class Situation:
    """What the failing command was doing, so hints can name the command to run next.

    Attributes:
        provider: The provider the command talked to, if it got that far.
        ephemeral_sim: Whether it ran against a ``--sim`` simulator, whose state ends with the command.
    """

    provider: str | None = None
    ephemeral_sim: bool = False

    def command(self, name: str, job_id: str) -> str:
        """Return a ``dubkit`` command line about one job, with this situation's provider.

        Args:
            name: The sub-command, e.g. ``"status"``.
            job_id: The job's id.

        Returns:
            The command line.
        """
        provider = f" -p {self.provider}" if self.provider else ""
        return f"dubkit {name} {job_id}{provider}"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _without_library_hint(error: APIStatusError | OutcomeUnknownError) -> str:
    """Return the error's message without the hint the library appended (it names Python calls, not commands)."""
    message = str(error)
    hint = error.hint
    if hint and message.endswith(hint):
        message = message[: -len(hint)].rstrip()
    return message


_STATUS_HINTS: tuple[tuple[type[APIStatusError], str], ...] = (
    (
        AuthenticationError,
        "check the key in ELEVENLABS_API_KEY / DUBFORMER_API_KEY (or pass --sim to try dubkit offline)",
    ),
    (TooEarlyError, "the dub is not finished yet: wait until `dubkit status` says it is done, then download again"),
    (PaymentRequiredError, "the account has no credit left for this; top it up with the provider"),
    (RateLimitError, "the provider is rate-limiting this key; wait a little and run the command again"),
    (InternalServerError, "the provider failed even after dubkit's retries; try again later"),
)


def _status_hint(error: APIStatusError, situation: Situation) -> str | None:
    if isinstance(error, AuthenticationError):
        names = [env for env, provider in _KEY_ENV_PROVIDERS.items() if provider.lower() == situation.provider]
        where = names[0] if names else " / ".join(_KEY_ENV_PROVIDERS)
        return f"the API refused the key: check {where} (or pass --sim to try dubkit offline)"
    if isinstance(error, NotFoundError):
        if situation.ephemeral_sim:
            return "the --sim simulator starts empty for every command, so ids from another command are unknown"
        listing = f"dubkit list -p {situation.provider}" if situation.provider else "dubkit list"
        return f"check the id and the provider: `{listing}` shows your jobs"
    return next((hint for kind, hint in _STATUS_HINTS if isinstance(error, kind)), None)


def _dubkit_diagnosis(error: DubkitError, situation: Situation) -> Diagnosis:  # noqa: PLR0911 - one case per class
    if isinstance(error, MissingAPIKeyError):
        provider = _KEY_ENV_PROVIDERS.get(error.env_var, "the provider's")
        return Diagnosis(
            f"no {provider} API key: set {error.env_var}, or pass --sim to try dubkit with its built-in simulator",
            f"export {error.env_var}=...   or   dubkit --sim <command> ...",
            EXIT_MISSING_KEY,
        )
    if isinstance(error, DubbingFailedError):
        hint = "check that the source is media the provider can read and that it supports the languages"
        if not situation.ephemeral_sim:
            hint += f"; `{situation.command('status', error.job_id)}` shows the job"
        return Diagnosis(str(error), hint, EXIT_FAILED)
    if isinstance(error, WaitTimeoutError):
        if situation.ephemeral_sim:
            hint = "pass a larger --timeout (the simulator's job ends with this command)"
        else:
            hint = (
                f"the job keeps running at the provider: follow it with `{situation.command('status', error.job_id)}`"
                f" and fetch it with `{situation.command('download', error.job_id)}`, or pass a larger --timeout"
            )
        return Diagnosis(str(error), hint, EXIT_TIMEOUT)
    if isinstance(error, APIStatusError):
        return Diagnosis(_without_library_hint(error), _status_hint(error, situation), EXIT_API)
    if isinstance(error, OutcomeUnknownError):
        listing = f"dubkit list -p {situation.provider}" if situation.provider else "dubkit list"
        hint = f"check with `{listing}` whether the job was created before running the command again"
        return Diagnosis(_without_library_hint(error), hint, EXIT_API)
    if isinstance(error, APIConnectionError):
        hint = "check the network, and the base URL in ELEVENLABS_BASE_URL / DUBFORMER_BASE_URL if you set one"
        return Diagnosis(str(error), hint, EXIT_API)
    if isinstance(error, DownloadError):
        return Diagnosis(str(error), "nothing was left half-written; run the download again", EXIT_API)
    if isinstance(error, ResponseValidationError):
        return Diagnosis(
            str(error), "the API answered something dubkit does not understand; please report it", EXIT_API
        )
    return Diagnosis(str(error), None, EXIT_API)


def _with_job_id(error: BaseException, found: Diagnosis, situation: Situation) -> Diagnosis:
    """Name the job a failure after a create left behind, so it is checked rather than created (and paid) twice."""
    job_id = getattr(error, "job_id", None)
    if not isinstance(job_id, str) or isinstance(error, DubbingFailedError | WaitTimeoutError):
        return found  # no id, or one the message and hint already give
    message = f"{found.message} [the job was created: {job_id}]"
    if situation.ephemeral_sim:
        return Diagnosis(message, found.hint, found.exit_code)
    check = f"`{situation.command('status', job_id)}` shows it; do not create it again"
    hint = check if found.hint is None else f"{check}; {found.hint}"
    # Not "bad arguments": the arguments were good enough to create the job.
    return Diagnosis(message, hint, EXIT_OTHER if found.exit_code == EXIT_USAGE else found.exit_code)


def diagnose(error: BaseException, situation: Situation | None = None) -> Diagnosis:
    """Map an exception to its message, hint and exit code.

    Args:
        error: What a command raised.
        situation: What the command was doing (for hints that name the next command).

    Returns:
        The diagnosis; the message is a single line.
    """
    situation = situation or Situation()
    if isinstance(error, CliError):
        found = Diagnosis(error.message, error.hint, error.exit_code)
    elif isinstance(error, DubkitError):
        found = _dubkit_diagnosis(error, situation)
    elif isinstance(error, ValueError | TypeError):
        found = Diagnosis(str(error), "see the command's --help", EXIT_USAGE)
    elif isinstance(error, KeyboardInterrupt):
        found = Diagnosis("interrupted", None, EXIT_INTERRUPTED)
    elif isinstance(error, OSError):
        found = Diagnosis(str(error), "check the path and its permissions", EXIT_OTHER)
    else:
        name = type(error).__name__
        hint = "run again with --verbose for the traceback, and please report it"
        found = Diagnosis(f"unexpected {name}: {error}", hint, EXIT_OTHER)
    found = _with_job_id(error, found, situation)
    tidy_hint = None if found.hint is None else visible(_one_line(found.hint))
    return Diagnosis(visible(_one_line(found.message)) or type(error).__name__, tidy_hint, found.exit_code)


def report(
    error: BaseException, situation: Situation | None = None, *, verbose: bool, redact: Callable[[str], str]
) -> int:
    """Print an error as ``error:`` and ``hint:`` lines on stderr (and its traceback if verbose).

    Args:
        error: What a command raised.
        situation: What the command was doing.
        verbose: Also print the traceback.
        redact: Masks API keys in anything printed.

    Returns:
        The exit code to end with.
    """
    found = diagnose(error, situation)
    typer.echo(redact(f"error: {found.message}"), err=True)
    if found.hint:
        typer.echo(redact(f"hint: {found.hint}"), err=True)
    if verbose:
        typer.echo(visible_lines(redact("".join(traceback.format_exception(error))).rstrip()), err=True)
    return found.exit_code
