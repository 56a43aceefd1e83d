"""dubkit: typed, dependable Python clients for the ElevenLabs and Dubformer dubbing APIs.

The hand-written layer lives in this package; the clients it wraps are generated into
``dubkit_elevenlabs`` and ``dubkit_dubformer`` (see ``generated/README.md``).
"""

import importlib as _importlib
import logging as _logging
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from ._dub_options import DubformerDubOptions, ElevenLabsDubOptions
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DownloadError,
    DubbingFailedError,
    DubkitError,
    InternalServerError,
    InvalidRequestError,
    MissingAPIKeyError,
    NotFoundError,
    OutcomeUnknownError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    TooEarlyError,
    TooManyRedirectsError,
    UnprocessableEntityError,
    UploadError,
    ValidationIssue,
    WaitTimeoutError,
)
from ._literals import Provider
from ._options import RequestOptions
from ._raw_response import APIResponse, AsyncStreamedResponse, StreamedResponse
from ._transport import max_retries_for

if _TYPE_CHECKING:
    from ._async._dub_file import adub_file
    from ._dub_file import DubProgress, DubResult
    from ._sync._dub_file import dub_file
    from .dubformer import AsyncDubformer, Dubformer
    from .elevenlabs import AsyncElevenLabs, ElevenLabs

# A library stays silent unless the application configures logging (not even Python's last-resort handler).
_logging.getLogger("dubkit").addHandler(_logging.NullHandler())

# The clients (and the generated packages behind them) and dub_file (with asyncio) load on first use, so
# `import dubkit` stays fast for code that needs only one provider, or only the errors (make bench).
_LAZY = {
    "AsyncDubformer": ".dubformer",
    "AsyncElevenLabs": ".elevenlabs",
    "Dubformer": ".dubformer",
    "ElevenLabs": ".elevenlabs",
    "DubProgress": "._dub_file",
    "DubResult": "._dub_file",
    "adub_file": "._async._dub_file",
    "dub_file": "._sync._dub_file",
}


def __getattr__(name: str) -> _Any:
    if name in _LAZY:
        value = getattr(_importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            found = version("dubkit")
        except PackageNotFoundError:  # running from a source tree that was never installed
            found = "0+unknown"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module 'dubkit' has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDubformer",
    "AsyncElevenLabs",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DownloadError",
    "DubProgress",
    "DubResult",
    "DubbingFailedError",
    "Dubformer",
    "DubformerDubOptions",
    "DubkitError",
    "ElevenLabs",
    "ElevenLabsDubOptions",
    "InternalServerError",
    "InvalidRequestError",
    "MissingAPIKeyError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "Provider",
    "RateLimitError",
    "RequestOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "StreamedResponse",
    "TooEarlyError",
    "TooManyRedirectsError",
    "UnprocessableEntityError",
    "UploadError",
    "ValidationIssue",
    "WaitTimeoutError",
    "__version__",
    "adub_file",
    "dub_file",
    "max_retries_for",
]


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
