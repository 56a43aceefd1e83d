"""The one exception family of dubkit.

Every error dubkit raises is a ``DubkitError``::

    DubkitError
    ├── MissingAPIKeyError            no key given and none in the environment
    ├── InvalidRequestError           (also a ValueError) the request cannot be sent as asked, e.g. an id too long
    ├── UploadError                   a file changed size while it was uploaded
    ├── APIConnectionError            the request never got a usable HTTP answer
    │   ├── APITimeoutError           ... because it timed out, or the call's deadline passed
    │   └── TooManyRedirectsError     ... because the server kept redirecting
    ├── OutcomeUnknownError           a non-idempotent POST may or may not have been applied
    ├── APIStatusError                the API answered with an error status
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PaymentRequiredError      402
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── UnprocessableEntityError  422 (validation details parsed for both providers)
    │   ├── TooEarlyError             425
    │   ├── RateLimitError            429
    │   └── InternalServerError       >= 500
    ├── ResponseValidationError       a 2xx body that does not match the spec (raw body kept)
    ├── ResponseTooLargeError         an answer larger than the client's max_response_size
    ├── DownloadError                 an output file could not be downloaded completely
    ├── DubbingFailedError            the job ended in a failed state
    └── WaitTimeoutError              wait() reached its deadline first

Errors carry no credentials anywhere: messages show URLs through ``redact_url`` (no query, no user
info), the request and response an error keeps are copies without credential headers, and dubkit never
chains an httpx error (whose request holds the key) as ``__cause__`` or ``__context__``. Every error
pickles and unpickles (``ProcessPoolExecutor``, ``multiprocessing``), attributes included; a body kept on
an error is cut at ``KEPT_BODY_BYTES``.
"""

from __future__ import annotations

from typing import Any

import httpx2

from ._redact import redact_text, redact_url

# No __all__ here: the family is listed once, in dubkit.__all__, which re-exports it.

_BODY_PREVIEW = 500
_REQUEST_ID_HEADERS = ("request-id", "x-request-id", "x-trace-id", "cf-ray")
KEPT_BODY_BYTES = 1024 * 1024
"""An error keeps at most this much of a body (``raw_body``, ``response.content``); the rest is dropped."""
# The only request headers an error's copy of the request keeps: none of them can hold a credential.
_SAFE_REQUEST_HEADERS = frozenset(
    {"accept", "content-type", "content-length", "transfer-encoding", "idempotency-key", "range", "user-agent"}
)
# Response headers an error's copy drops: cookies may be sessions; the body is kept decoded and cut, so
# its encoding and length headers would describe another body.
_DROPPED_RESPONSE_HEADERS = frozenset({"set-cookie", "set-cookie2", "content-encoding", "content-length"})
_URL_HEADERS = frozenset({"location", "content-location"})
"""Response headers holding a URL: kept redacted (``redact_url``) on errors."""


def _rebuild(cls: type[DubkitError], args: tuple[Any, ...]) -> DubkitError:
    # Unpickling must not call __init__: its parameters are not the message that args holds.
    return cls.__new__(cls, *args)


class DubkitError(Exception):
    """Base class of every error dubkit raises.

    Every subclass pickles: the message and every attribute travel, ``__init__`` is not called again.

    Attributes:
        job_id: The job the failed call concerned, when known: an error raised after a paid create (or by
            the create itself, when its answer named an id it could not otherwise read) carries the new
            job's id, so the job can be checked instead of created and paid for again.
    """

    job_id: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        """Return how to pickle this error: its class, message and attributes.

        Returns:
            The ``__reduce__`` triple (``BaseException.__setstate__`` restores the attributes).
        """
        return (_rebuild, (type(self), self.args), dict(self.__dict__))


def safe_request(request: httpx2.Request) -> httpx2.Request:
    """Return a copy of ``request`` that is safe to keep on an error, pickle or print.

    Args:
        request: The request as sent (its headers may hold the API key, its URL a signature).

    Returns:
        A body-less request: the same method, the URL as ``redact_url`` shows it, and only headers
        that cannot carry a credential.
    """
    headers = [(name, value) for name, value in request.headers.multi_items() if name.lower() in _SAFE_REQUEST_HEADERS]
    return httpx2.Request(request.method, redact_url(request.url), headers=headers)


_KEPT_RESPONSE_EXTENSIONS = ("http_version", "reason_phrase", "dubkit.gone_after_retry")
"""What an error's copy of a response keeps of its extensions (the last: see ``_retry.GONE_AFTER_RETRY_EXTENSION``)."""


def safe_response(response: httpx2.Response) -> httpx2.Response:
    """Return a copy of a read ``response`` that is safe to keep on an error, pickle or print.

    Args:
        response: A response whose body has been read.

    Returns:
        The same status, headers (but cookies) and body (cut at ``KEPT_BODY_BYTES``), attached to
        ``safe_request`` of its request.
    """
    headers = [
        (k, redact_url(v) if k.lower() in _URL_HEADERS else v)  # a redirect to a signed URL is a credential
        for k, v in response.headers.multi_items()
        if k.lower() not in _DROPPED_RESPONSE_HEADERS
    ]
    extensions = {k: v for k, v in response.extensions.items() if k in _KEPT_RESPONSE_EXTENSIONS}
    request = safe_request(response.request) if _has_request(response) else None
    content = response.content[:KEPT_BODY_BYTES]
    return httpx2.Response(
        response.status_code, headers=headers, content=content, request=request, extensions=extensions
    )


def _has_request(response: httpx2.Response) -> bool:
    try:
        response.request  # noqa: B018 - httpx raises when none is attached
    except RuntimeError:
        return False
    return True


def detached(error: BaseException) -> BaseException:
    """Return a stand-in for ``error`` to chain as a cause: same type and message, no request attached.

    httpx errors hold their request, whose headers hold the API key; chaining one would make the key
    reachable from the dubkit error (``error.__cause__.request.headers``) and put it in tracebacks'
    locals. The stand-in keeps what a reader needs, the kind and the message (URLs redacted).

    Args:
        error: The error caught.

    Returns:
        A new exception of the same type when it can be made from a message, else a ``RuntimeError``.
    """
    from ._redact import redact_text  # noqa: PLC0415 - tiny, but only needed on failures

    message = redact_text(str(error))
    try:
        stand_in = type(error)(message)
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {message}")
    return stand_in


class InvalidRequestError(DubkitError, ValueError):
    """The request cannot be sent as asked (e.g. an id so long the URL is invalid); nothing was sent."""


class UploadError(DubkitError):
    """A file could not be uploaded as it was measured: it grew or shrank while it was read.

    Attributes:
        field: The form field the file was sent as.
    """

    def __init__(self, message: str, *, field: str) -> None:
        self.field = field
        super().__init__(message)


class MissingAPIKeyError(DubkitError):
    """No API key was passed and the provider's environment variable is not set.

    Attributes:
        env_var: The environment variable dubkit looked in.
    """

    def __init__(self, provider: str, env_var: str) -> None:
        self.env_var = env_var
        super().__init__(f"no {provider} API key: pass api_key=... or set the {env_var} environment variable")


class APIConnectionError(DubkitError):
    """The request got no HTTP response (DNS, refused or dropped connection, TLS, ...).

    Attributes:
        request: A copy of the request that failed (``safe_request``: no credentials, URL redacted).
    """

    def __init__(self, message: str, *, request: httpx2.Request | None = None) -> None:
        self.request = None if request is None else safe_request(request)
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out before a complete response arrived, or the call's deadline passed."""


class TooManyRedirectsError(APIConnectionError):
    """The server kept redirecting (a loop, or a chain longer than dubkit follows)."""


class OutcomeUnknownError(DubkitError):
    """A non-idempotent POST failed after it may have reached the server; it was not re-sent.

    Re-sending could create (and bill) a second job, so dubkit stops and says how to check.

    Attributes:
        method: The HTTP method.
        url: The URL as ``redact_url`` shows it.
        hint: What to do to find out whether the request took effect.
    """

    def __init__(self, method: str, url: str, cause: str, hint: str) -> None:
        self.method = method
        self.url = redact_url(url)
        self.hint = hint
        super().__init__(f"{method} {self.url} may or may not have been applied ({cause}); it was not retried. {hint}")


class ValidationIssue:
    """One problem the API found with a request (ElevenLabs 422 ``detail`` or a Dubformer message).

    Attributes:
        location: Where the problem is, e.g. ``("body", "target_lang")``; empty if unknown.
        message: The API's explanation.
        kind: The API's error type, e.g. ``"missing"`` or ``"ValidationError"``.
    """

    __slots__ = ("kind", "location", "message")

    def __init__(self, location: tuple[str | int, ...], message: str, kind: str) -> None:
        self.location = location
        self.message = message
        self.kind = kind

    def __repr__(self) -> str:
        return f"ValidationIssue(location={self.location!r}, message={self.message!r}, kind={self.kind!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ValidationIssue):
            return NotImplemented
        return (self.location, self.message, self.kind) == (other.location, other.message, other.kind)

    def __hash__(self) -> int:
        return hash((self.location, self.message, self.kind))


class APIStatusError(DubkitError):
    """The API answered with a non-success status.

    Attributes:
        status_code: The HTTP status.
        body: The parsed JSON body, or ``None`` if it was not JSON.
        raw_body: The body as received, cut at ``KEPT_BODY_BYTES``.
        response: A copy of the httpx response (``safe_response``: no credentials, body cut).
        request_id: The provider's request id, if it sent one.
        error_type: The provider's error code (Dubformer ``error``, ElevenLabs ``detail.status``), if any.
        issues: Validation problems the API listed (mostly for 400 and 422).
        hint: What to do about it, when dubkit knows (also at the end of the message).
    """

    def __init__(self, response: httpx2.Response, body: Any) -> None:
        self.response = safe_response(response)
        self.status_code = response.status_code
        self.body = body
        self.raw_body = self.response.content
        self.request_id = next((response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None)
        self.error_type, detail = _describe(body)
        self.issues = _issues(body)
        request = response.request
        where = f"{request.method} {redact_url(request.url)}"
        text = redact_text(detail or _preview(response))  # a server may quote a signed URL back
        suffix = f" [request id {self.request_id}]" if self.request_id else ""
        self.hint: str | None = None
        super().__init__(f"{where} failed with HTTP {self.status_code}: {text}{suffix}")

    def with_hint(self, hint: str) -> APIStatusError:
        """Add what to do about this error to its message (and ``hint``), and return the error.

        Args:
            hint: One sentence, e.g. what to call first.

        Returns:
            This error, for ``raise error.with_hint(...)``.
        """
        self.hint = hint
        message = str(self.args[0]).rstrip()
        self.args = (f"{message}{'' if message.endswith(('.', '!', '?')) else '.'} {hint}",)
        return self


class BadRequestError(APIStatusError):
    """HTTP 400: the request was malformed or invalid."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the API key is missing or not valid."""


class PaymentRequiredError(APIStatusError):
    """HTTP 402: the account has no credit (minutes) left for this request."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the key may not do this."""


class NotFoundError(APIStatusError):
    """HTTP 404: no such resource."""


class ConflictError(APIStatusError):
    """HTTP 409: the request conflicts with the resource's state."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the request failed validation; ``issues`` lists each problem."""


class TooEarlyError(APIStatusError):
    """HTTP 425: the resource is not ready yet (e.g. a dub still being made)."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests; dubkit already retried as often as allowed."""


class InternalServerError(APIStatusError):
    """HTTP 5xx: the provider failed; dubkit already retried as often as allowed."""


class ResponseValidationError(DubkitError):
    """A success response whose body does not match the spec.

    Attributes:
        raw_body: The body as received, cut at ``KEPT_BODY_BYTES``.
        status_code: The HTTP status.
        reason: What did not match.
    """

    def __init__(self, reason: str, *, raw_body: bytes, status_code: int) -> None:
        self.raw_body = raw_body[:KEPT_BODY_BYTES]
        self.status_code = status_code
        self.reason = reason
        preview = redact_text(raw_body[:_BODY_PREVIEW].decode("utf-8", "replace"))  # output URLs are signed
        super().__init__(f"HTTP {status_code} response does not match the spec ({reason}); body starts: {preview!r}")


class ResponseTooLargeError(DubkitError):
    """An answer grew past the client's ``max_response_size`` (counted decompressed); reading stopped there.

    Attributes:
        method: The HTTP method.
        url: The URL as ``redact_url`` shows it.
        status_code: The HTTP status of the answer.
        limit: The size limit in bytes.
    """

    def __init__(self, method: str, url: str, *, status_code: int, limit: int) -> None:
        self.method = method
        self.url = redact_url(url)
        self.status_code = status_code
        self.limit = limit
        super().__init__(
            f"{method} {self.url} answered HTTP {status_code} with a body larger than {limit:,} bytes "
            "(max_response_size); it was not read further"
        )


class DownloadError(DubkitError):
    """An output file could not be downloaded completely; nothing was left at the destination.

    Attributes:
        url: The URL (query string removed: signed URLs carry credentials).
        received: How many bytes arrived.
        expected: How many bytes the server announced, if it did.
    """

    def __init__(self, message: str, *, url: str, received: int, expected: int | None) -> None:
        self.url = url
        self.received = received
        self.expected = expected
        super().__init__(message)


class DubbingFailedError(DubkitError):
    """A dubbing job ended in its failed state.

    Attributes:
        job_id: The project or dubbing id.
        error_message: The provider's explanation, if it gave one.
        job: The last state the provider reported (a generated model).
    """

    def __init__(self, job_id: str, error_message: str | None, job: Any) -> None:
        self.job_id: str = job_id
        self.error_message = error_message
        self.job = job
        super().__init__(f"dubbing job {job_id} failed: {error_message or 'no reason given'}")


class WaitTimeoutError(DubkitError):
    """``wait()`` reached its deadline before the job finished.

    Attributes:
        job_id: The project or dubbing id.
        last_status: The last status seen, or ``None`` if none was seen.
        last_state: The last state the provider reported (a generated model), if any.
        timeout: The deadline in seconds.
    """

    def __init__(self, job_id: str, timeout: float, last_status: str | None, last_state: Any) -> None:
        self.job_id: str = job_id
        self.timeout = timeout
        self.last_status = last_status
        self.last_state = last_state
        super().__init__(
            f"dubbing job {job_id} did not finish within {timeout:g} s (last status: {last_status or 'none seen'})"
        )


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    425: TooEarlyError,
    429: RateLimitError,
}


def error_for_response(response: httpx2.Response) -> APIStatusError:
    """Build the typed error for an error response (its body must already be read).

    Args:
        response: A response with status >= 400.

    Returns:
        The most specific ``APIStatusError`` subclass for its status.
    """
    body: Any = None
    # A body too big to keep is not parsed either: its parsed form would cost several times its size.
    if len(response.content) <= KEPT_BODY_BYTES:
        try:
            body = response.json()
        except (ValueError, RecursionError):  # not JSON, or nested deeper than the json module goes
            body = None
    status = response.status_code
    cls = _STATUS_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)  # noqa: PLR2004
    return cls(response, body)


def _preview(response: httpx2.Response) -> str:
    text = response.content[:_BODY_PREVIEW].decode("utf-8", "replace").strip()
    return text or response.reason_phrase or "no body"


def _describe(body: Any) -> tuple[str | None, str | None]:
    """Return (error type, human message) from either provider's error body."""
    if not isinstance(body, dict):
        return None, None
    # Dubformer: {"error": "Type", "message": "..."}; ElevenLabs downloads: {"error": "code", "message": "..."}
    if isinstance(body.get("message"), str):
        kind = body.get("error")
        return (kind if isinstance(kind, str) else None), body["message"]
    detail = body.get("detail")
    # ElevenLabs: {"detail": {"status": "...", "message": "..."}} or {"detail": "text"}
    if isinstance(detail, dict) and isinstance(detail.get("message"), str):
        status = detail.get("status")
        return (status if isinstance(status, str) else None), detail["message"]
    if isinstance(detail, str):
        return None, detail
    if isinstance(detail, list):
        issues = _issues(body)
        return "validation_error", "; ".join(f"{'.'.join(map(str, i.location))}: {i.message}" for i in issues)
    return None, None


def _issues(body: Any) -> list[ValidationIssue]:
    if not isinstance(body, dict):
        return []
    detail = body.get("detail")
    if isinstance(detail, list):
        found = []
        for item in detail:
            if isinstance(item, dict):
                loc = item.get("loc")
                parts = loc if isinstance(loc, list) else []
                location = tuple(part for part in parts if isinstance(part, str | int))
                found.append(ValidationIssue(location, str(item.get("msg", "")), str(item.get("type", ""))))
        return found
    if body.get("error") == "ValidationError" and isinstance(body.get("message"), str):
        return [ValidationIssue((), body["message"], "ValidationError")]
    return []
