"""One ``DeprecationWarning`` per deprecated API operation and process, naming its successor."""

from __future__ import annotations

import threading
import warnings

__all__ = ["DEPRECATED_OPERATIONS", "warn_deprecated"]

_RESOURCE_SUCCESSOR = "client.dubbing.project (the Dubbing Project API)"

DEPRECATED_OPERATIONS: dict[str, str | None] = {
    "get_dubbed_transcript": "client.dubbing.transcripts.get",
    "get_dubbing_resource": _RESOURCE_SUCCESSOR,
    "add_resource_language": "client.dubbing.project.language.create",
    "create_segment": "client.dubbing.project.transcript.create_segment",
    "update_segment": "client.dubbing.project.transcript.update_segment",
    "delete_segment": "client.dubbing.project.transcript.delete_segment",
    "transcribe_segments": _RESOURCE_SUCCESSOR,
    "translate_segments": "client.dubbing.project.language.transcript.update_segment",
    "dub_segments": "client.dubbing.project.language.transcript.regenerate",
    "render_dubbing": "client.dubbing.project.language.download",
    "update_speaker": _RESOURCE_SUCCESSOR,
    "create_speaker": _RESOURCE_SUCCESSOR,
    "migrate_segments": "client.dubbing.project.transcript.update_segments",
    "find_similar_voices": None,
}
"""The ElevenLabs operations the 2026-08-22 document deprecates, with what to use instead (None: nothing)."""

_warned: set[str] = set()
_lock = threading.Lock()


def warn_deprecated(operation: str, method: str) -> None:
    """Warn, once per operation and process, that a method calls a deprecated API operation.

    The warning points at the caller's line (the public method must be an ``APIResource`` method).
    The method keeps working: the API still serves it.

    Args:
        operation: The operation's id (a key of ``DEPRECATED_OPERATIONS``).
        method: The public method, e.g. ``"client.dubbing.resource.get"``.
    """
    with _lock:
        if operation in _warned:
            return
        _warned.add(operation)
    successor = DEPRECATED_OPERATIONS[operation]
    instead = f"; use {successor} instead" if successor else "; the API has no replacement"
    message = f"{method} calls {operation}, which ElevenLabs deprecated in its 2026-08-22 API{instead}"
    # 4: past this function, the resource method, and the per-call options wrapper every public method
    # has (dubkit._api_resource), to the caller's line.
    warnings.warn(message, DeprecationWarning, stacklevel=4)
