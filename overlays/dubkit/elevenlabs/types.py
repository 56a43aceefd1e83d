"""The ElevenLabs models users handle: every generated model, re-exported under one stable import path.

Example:
    >>> from dubkit.elevenlabs.types import DubbingResource, DubbingMetadataResponse
"""

from dubkit_elevenlabs.models import *  # noqa: F403 - the whole generated model set, kept in step by regeneration
from dubkit_elevenlabs.models import __all__ as _generated
from dubkit_elevenlabs.types import File, Unset

__all__ = [*_generated, "File", "Unset"]  # noqa: PLE0604 - names are strings from the generated package
