"""The ElevenLabs models users handle: every generated model, re-exported under one stable import path.

With them, the accepted values of the enum-like parameters, as ``Literal`` types (for annotations).

Example:
    >>> from dubkit.elevenlabs.types import DubbingResource, DubbingMetadataResponse
"""

from dubkit_elevenlabs.models import *  # noqa: F403 - the whole generated model set, kept in step by regeneration
from dubkit_elevenlabs.models import __all__ as _generated
from dubkit_elevenlabs.types import File, Unset

from dubkit import _literals
from dubkit._literals import *  # noqa: F403 - the Literal types, defined (and listed) once there

_ELSEWHERE = {"MixingModeName", "OutputKind", "Provider"}
"""Literal types that are not ElevenLabs': Dubformer's (``dubkit.dubformer.types``) and ``dub_file``'s."""
_LITERALS = [name for name in _literals.__all__ if name not in _ELSEWHERE]
__all__ = [*_generated, *_LITERALS, "File", "Unset"]  # noqa: PLE0604 - names are strings from other modules
