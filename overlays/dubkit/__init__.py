"""dubkit: typed, dependable Python clients for the ElevenLabs and Dubformer dubbing APIs.

The hand-written layer lives in this package; the clients it wraps are generated into
``dubkit_elevenlabs`` and ``dubkit_dubformer`` (see ``generated/README.md``).
"""

import logging as _logging
from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

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
    MissingAPIKeyError,
    NotFoundError,
    OutcomeUnknownError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    TooEarlyError,
    UnprocessableEntityError,
    ValidationIssue,
    WaitTimeoutError,
)
from ._transport import max_retries_for
from .dubformer import AsyncDubformer, Dubformer

# A library stays silent unless the application configures logging (not even Python's last-resort handler).
_logging.getLogger("dubkit").addHandler(_logging.NullHandler())

try:
    __version__ = _version("dubkit")
except _PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDubformer",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DownloadError",
    "DubbingFailedError",
    "Dubformer",
    "DubkitError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "TooEarlyError",
    "UnprocessableEntityError",
    "ValidationIssue",
    "WaitTimeoutError",
    "__version__",
    "max_retries_for",
]
