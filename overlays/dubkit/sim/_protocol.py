"""What a provider's handlers see and return: the validated request, replies, errors and shared context."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs
import pydantic

from ._bounds import MAX_BALANCE_MINUTES, MAX_INT, MAX_SIM_SECONDS, MAX_SOURCE_SECONDS, check_int, check_number
from ._clock import SimClock
from ._ids import IdFactory
from ._media import MediaItem, MediaStore
from ._spec import Operation

__all__ = [
    "EmptyReply",
    "Handler",
    "Issue",
    "JSONReply",
    "MediaReply",
    "Reply",
    "SimConfig",
    "SimContext",
    "SimHTTPError",
    "SimInvalidError",
    "SimRequest",
    "TextReply",
    "UploadedFile",
]


def _number(maximum: float, *, positive: bool = False) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        check_number(attribute.name, value, maximum=maximum, exclusive_minimum=positive)

    return check


def _int(minimum: int, maximum: int) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        check_int(attribute.name, value, minimum=minimum, maximum=maximum)

    return check


def _check_keys(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, frozenset) or not value or not all(isinstance(k, str) and k.strip() for k in value):
        raise ValueError(f"{attribute.name} must be None or a non-empty frozenset of non-empty strings")


# Bounds of the settings a client can change (``PATCH /_sim/config``) or pass on the command line.
_MAX_SPEED = 1e6
_MAX_MEDIA_BYTES = 16 * 1024**3
_MAX_SEGMENTS = 100_000
_MAX_UPLOAD_BYTES = 64 * 1024**3
_MAX_LOGGED = 10_000_000


@attrs.frozen
class SimConfig:
    """How a simulator behaves.

    Attributes:
        seed: Seeds IDs, job durations and random faults: the same seed gives the same run.
        speed: Simulated seconds per real second (ignored by a manual clock).
        manual_clock: Freeze simulated time; tests move it with ``Simulator.advance()``.
        fault_rate: The share (0..1) of API requests that get a random fault.
        fault_kinds: The kinds random faults are drawn from (see ``dubkit.sim.FAULT_KINDS``).
        api_keys: The accepted keys; None accepts any non-empty key.
        job_seconds: Simulated seconds a dub or project takes to finish, on average (see ``job_jitter``).
        job_jitter: How far (0..1, a share of ``job_seconds``) a job's duration is spread either side of
            ``job_seconds``, uniformly and seeded: 0.25 gives 22.5-37.5 s for 30 s; 1.0 spreads jobs evenly over
            0-60 s (benchmarks/concurrent_waits.py); 0 makes every job take exactly ``job_seconds``.
        media_size: The smallest size of each served MP3, AAC, WAV and MP4/M4A/MOV file: a file that
            encodes smaller is padded with its container's own padding (see ``dubkit.sim._media_padding``),
            which every decoder skips, so a test can download files of a chosen size that still play.
            0 (the default) serves every file at its natural size.
        balance_minutes: The Dubformer balance a new simulator starts with.
        failure_rate: The share (0..1) of jobs that end in failure.
        validate_responses: Check every JSON response against the spec (and record any violation).
        redirect_origin: Where the ``redirect`` fault sends clients (another origin).
        tick_seconds: Simulated seconds that pass with every API request (on top of the clock), so a
            fuzzer or a test sees jobs progress deterministically with a manual clock.
        max_resource_segments: The most segments a new dub's dubbing resource is cut into (fewer if its
            media is too short to hold them).
        source_seconds: How long a source lasts that the simulator cannot read (a URL on the internet; it
            fetches only its own files and loopback URLs): 60 s by default. A source URL's ``sim-seconds``
            query parameter overrides it for that job (``https://example.com/talk.mp4?sim-seconds=12``).
            Uploads and fetched sources last what their media lasts. A long source with a high
            ``max_resource_segments`` gives a resource of thousands of segments (benchmarks/resource_get.py).
        max_upload_bytes: The largest request body accepted (a multipart upload); a larger one gets 413.
            JSON bodies are capped lower, at ``MAX_JSON_BYTES`` (16 MiB).
        max_logged_requests: How many requests the request log keeps (the oldest are dropped first;
            ``seq`` keeps counting).

    Every number is bounded (e.g. ``job_seconds`` at most 1,000 years, ``speed`` at most 1e6): a value
    out of bounds, NaN or infinite raises ``ValueError`` here, so it can never break the simulator later.
    ``api_keys`` never appears in the repr.
    """

    seed: int = attrs.field(default=0, validator=_int(-MAX_INT, MAX_INT))
    speed: float = attrs.field(default=1.0, validator=_number(_MAX_SPEED, positive=True))
    manual_clock: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    fault_rate: float = attrs.field(default=0.0, validator=_number(1.0))
    fault_kinds: tuple[str, ...] | None = None
    api_keys: frozenset[str] | None = attrs.field(default=None, validator=_check_keys, repr=False)
    job_seconds: float = attrs.field(default=30.0, validator=_number(MAX_SIM_SECONDS))
    job_jitter: float = attrs.field(default=0.25, validator=_number(1.0))
    media_size: int = attrs.field(default=0, validator=_int(0, _MAX_MEDIA_BYTES))
    balance_minutes: float = attrs.field(default=10_000.0, validator=_number(MAX_BALANCE_MINUTES))
    failure_rate: float = attrs.field(default=0.0, validator=_number(1.0))
    validate_responses: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    redirect_origin: str = "http://redirect-target.invalid"
    tick_seconds: float = attrs.field(default=0.0, validator=_number(MAX_SIM_SECONDS))
    max_resource_segments: int = attrs.field(default=200, validator=_int(1, _MAX_SEGMENTS))
    source_seconds: float = attrs.field(default=60.0, validator=_number(MAX_SOURCE_SECONDS, positive=True))
    max_upload_bytes: int = attrs.field(default=1024**3, validator=_int(0, _MAX_UPLOAD_BYTES))
    max_logged_requests: int = attrs.field(default=10_000, validator=_int(1, _MAX_LOGGED))


@attrs.frozen
class UploadedFile:
    """A file part of a multipart request: its name, size, digest and bytes (media is probed from them)."""

    field: str
    filename: str
    content_type: str
    size: int
    sha256: str
    data: bytes = attrs.field(default=b"", repr=False, eq=False)


@attrs.frozen
class SimRequest:
    """A request that passed authentication and validation against the spec.

    Attributes:
        operation: The spec operation it addresses.
        path: Path parameters.
        query: Query parameters, converted to the types the spec gives.
        headers: The request headers (case-insensitive).
        body: The JSON body, or the multipart form fields (converted to the spec's types; repeated fields
            become lists), or None.
        files: The uploaded files of a multipart body, by field name.
        base_url: ``scheme://host[:port]`` as the client addressed the simulator, for absolute URLs.
        api_key: The key the request authenticated with.
    """

    operation: Operation
    path: Mapping[str, str]
    query: Mapping[str, Any]
    headers: Mapping[str, str]
    body: Any
    files: Mapping[str, list[UploadedFile]]
    base_url: str
    api_key: str


@attrs.frozen
class Issue:
    """One reason a request is invalid, located FastAPI-style: ``("body", "target_lang")``."""

    loc: tuple[str | int, ...]
    msg: str
    type: str


class SimInvalidError(Exception):
    """Raised by a handler when a request is valid by the schema but not by the API's rules.

    The provider answers in its validation-error format (ElevenLabs 422 ``{"detail": [...]}``,
    Dubformer 400 ``ValidationError``).

    Args:
        issues: What is wrong.
    """

    def __init__(self, *issues: Issue) -> None:
        super().__init__("; ".join(f"{'.'.join(map(str, i.loc))}: {i.msg}" for i in issues))
        self.issues = issues


class SimHTTPError(Exception):
    """Raised by a handler to answer with an error in the provider's own format.

    Args:
        status: The HTTP status.
        code: A machine-readable code (ElevenLabs ``detail.status``; Dubformer ``error``).
        message: A human-readable message.
        headers: Extra response headers.
    """

    def __init__(self, status: int, code: str, message: str, *, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


@attrs.frozen
class JSONReply:
    """A JSON response: a generated pydantic model (or a plain JSON value) and its status."""

    body: pydantic.BaseModel | Mapping[str, Any] | list[Any]
    status: int | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class MediaReply:
    """A file download, served with Content-Length and Range support."""

    item: MediaItem


@attrs.frozen
class TextReply:
    """A text response (e.g. subtitles)."""

    text: str
    content_type: str = "text/plain; charset=utf-8"


@attrs.frozen
class EmptyReply:
    """A success without a body (e.g. 204 No Content), served with the operation's success status."""


Reply = pydantic.BaseModel | JSONReply | MediaReply | TextReply | EmptyReply
Handler = Callable[[SimRequest], Reply]


@attrs.define
class SimContext:
    """What every provider shares: configuration, the clock, ID generation and the media store."""

    config: SimConfig
    clock: SimClock
    ids: IdFactory
    media: MediaStore

    def job_duration(self) -> float:
        """Return how long (simulated seconds) a new job takes: ``job_seconds`` +- ``job_jitter``, seeded.

        Returns:
            Seconds.
        """
        jitter = self.config.job_jitter
        return self.config.job_seconds * (1 - jitter + 2 * jitter * self.ids.fraction())

    def job_fails(self) -> bool:
        """Decide, seeded, whether a new job will fail (``failure_rate``).

        Returns:
            True if it should end in failure.
        """
        return self.config.failure_rate > 0 and self.ids.fraction() < self.config.failure_rate

    def media_url(self, base_url: str, key: str) -> str:
        """Return the absolute URL where the simulator serves a media file.

        Args:
            base_url: The request's base URL.
            key: The media key.

        Returns:
            The URL.
        """
        return f"{base_url}/_sim/media/{key}"
