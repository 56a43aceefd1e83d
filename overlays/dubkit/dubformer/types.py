"""The Dubformer types users handle: the generated models, re-exported, and dubkit's own results."""

from __future__ import annotations

import attrs
from dubkit_dubformer.models import (
    Balance,
    CreateProjectRequest,
    DeleteResult,
    ErrorResponse,
    ErrorType,
    MixingMode,
    Options,
    Project,
    ProjectList,
    ProjectStatus,
    ProjectSubmitted,
    ProjectSummary,
    RetranslationRequest,
    ScriptSegment,
    Speaker,
    TargetSpeaker,
    ValidationResult,
    Voice,
    VoiceCatalog,
    VoiceCatalogVoices,
    VoiceStyle,
)

from dubkit._literals import MixingModeName, OutputKind

__all__ = [
    "Balance",
    "CreateProjectRequest",
    "DeleteResult",
    "ErrorResponse",
    "ErrorType",
    "MixingMode",
    "MixingModeName",
    "Options",
    "OutputKind",
    "Project",
    "ProjectList",
    "ProjectStatus",
    "ProjectSubmitted",
    "ProjectSummary",
    "RetranslationCheck",
    "RetranslationRequest",
    "ScriptSegment",
    "Speaker",
    "TargetSpeaker",
    "ValidationResult",
    "Voice",
    "VoiceCatalog",
    "VoiceCatalogVoices",
    "VoiceStyle",
]


@attrs.frozen
class RetranslationCheck:
    """Whether Dubformer would accept a re-translation, and if not, why.

    Attributes:
        valid: True if the request would be accepted.
        message: The API's reason when it would not.
        error_type: The API's error type (e.g. ``"ValidationError"``) when it would not.
    """

    valid: bool
    message: str | None = None
    error_type: str | None = None

    def __bool__(self) -> bool:
        """Truthy exactly when the re-translation would be accepted."""
        return self.valid
