"""The ElevenLabs models users handle: every generated model, re-exported under one stable import path.

Example:
    >>> from dubkit.elevenlabs.types import DubbingResource, DubbingMetadataResponse
"""

from dubkit_elevenlabs.models import *  # noqa: F403 - the whole generated model set, kept in step by regeneration
from dubkit_elevenlabs.models import __all__ as _generated
from dubkit_elevenlabs.types import File, Unset

_LITERALS = [
    "ApplyTextNormalization",
    "CreatorFilter",
    "DubbingMode",
    "DubbingStatus",
    "Fiction",
    "PodcastDuration",
    "QualityPreset",
    "Region",
    "RenderTypeName",
    "SourceType",
    "TargetAudience",
    "TranscriptFormat",
]
"""The accepted values of the enum-like parameters, as ``Literal`` types (for annotations)."""
__all__ = [*_generated, *_LITERALS, "File", "Unset"]  # noqa: PLE0604 - names are strings from the generated package
