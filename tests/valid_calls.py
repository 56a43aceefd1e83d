"""A valid call of every public method of both clients, made from its signature, and the operation each one sends.

``BASELINE`` gives every method (found by ``client_calls.surface``) one valid call, ids made up: each
required parameter gets a value by its name (``VALUES``: ids that exist nowhere, ``"es"``, a fresh file
path, and body fields), else the example the effective spec gives a parameter or body field of that
name. ``OVERRIDES`` adds what a signature cannot say: one of two alternatives (a file or a URL),
something to change for an update, a provider's own form of a value. A required parameter with no
value fails ``tests/security/test_call_tables.py``, naming the method and the parameter.

``first_operation`` sends a method's baseline call and names the spec operation its first request
went to; ``method_of`` picks the method that stands for each operation, so the fuzz table finds it,
and the redirect tests the methods that download a file, without a hand-written list.
"""

from __future__ import annotations

import contextlib
import inspect
import re
import tempfile
import warnings
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx2
from client_calls import (
    BASE_URL,
    CONSTRUCTOR,
    DIRECTORY,
    OUT,
    PROVIDERS,
    SECRET,
    TOP_LEVEL,
    invoke,
    open_client,
    resolve,
    return_annotation,
    signature,
    surface,
)
from dubkit import _deprecation
from spec_helpers import effective_spec, is_file_operation, operations
from spec_helpers import resolve as pointer

MEDIA_URL = "https://media.example.com/talk.mp4"
PAGE_URL = "https://blog.example.com/the_first_ai_that_can_laugh/"
CONVERSATION = {"type": "conversation", "conversation": {"host_voice_id": "hostvoice", "guest_voice_id": "guestvoice"}}
LOCATORS = [{"pronunciation_dictionary_id": "dict1", "version_id": "ver1"}]
SCRIPT = [{"start_ms": 0, "end_ms": 1000, "text": "Bonjour", "speaker_id": 1}]
SPEAKERS = [{"speaker_id": 1, "voice_key": "53f154:fr-FR-DeniseNeural", "style": "feminine"}]

VALUES: dict[str, Any] = {
    # ids that exist nowhere (the simulator answers 404)
    "dubbing_id": "dub_missing",
    "speaker_id": "spk_missing",
    "segment_id": "seg_missing",
    "render_id": "render_missing",
    "project_id": "prj_missing",
    "project_or_id": "prj_missing",
    "chapter_id": "ch_missing",
    "project_snapshot_id": "snap_x",
    "chapter_snapshot_id": "csnap_x",
    "language_id": "lang_missing",
    # languages, files, media
    "language_code": "es",
    "language": "es",
    "target_lang": "es",
    "target_language": "es",
    "source_lang": "en",
    "path": OUT,
    "out_dir": DIRECTORY,
    "source_video_url": MEDIA_URL,
    # body fields the specs give no example of (or one the client does not take as it is)
    "segments": ["seg_missing"],
    "segment_ids": ["seg_missing"],
    "start_time": 0.0,
    "end_time": 1.0,
    "start_s": 0.0,
    "end_s": 1.0,
    "text": "Hello",
    "translation": "Hola",
    "translations": {"seg_missing": "Hola"},
    "render_type": "mp4",
    "mode": CONVERSATION,
    "source": {"type": "text", "text": "A short article about laughter."},
    "pronunciation_dictionary_locators": LOCATORS,
    "target_script": SCRIPT,
    "target_speakers": SPEAKERS,
}
"""A value for every required parameter of that name, unless the method's ``OVERRIDES`` say otherwise."""
PROVIDER_VALUES: dict[tuple[str, str], Any] = {("dubformer", "target_lang"): "fr-FR"}
"""Values whose form differs by provider (Dubformer's target languages carry a locale)."""

OVERRIDES: dict[tuple[str, str], dict[str, Any]] = {
    ("elevenlabs", CONSTRUCTOR): {"api_key": SECRET, "base_url": BASE_URL},
    ("dubformer", CONSTRUCTOR): {"api_key": SECRET, "base_url": BASE_URL},
    ("elevenlabs", TOP_LEVEL): {"source": MEDIA_URL, "target_lang": "es", "out_dir": DIRECTORY},
    ("dubformer", TOP_LEVEL): {"source": MEDIA_URL, "source_lang": "en", "target_lang": "fr-FR", "out_dir": DIRECTORY},
    # a file or a URL: neither is required alone (content: the bad-input rows give both, or neither)
    ("elevenlabs", "dubbing.create"): {"source_url": MEDIA_URL},
    ("elevenlabs", "dubbing.project.create"): {"source_url": MEDIA_URL, "target_language": "es"},
    ("elevenlabs", "studio.projects.content.update"): {"from_url": PAGE_URL},
    # an update needs something to change
    ("elevenlabs", "dubbing.resource.segment.update"): {"text": "Hola"},
    ("elevenlabs", "dubbing.resource.speaker.update"): {"voice_id": "track-clone"},
    ("elevenlabs", "dubbing.project.transcript.update_segment"): {"text": "Hello"},
    ("elevenlabs", "dubbing.project.transcript.update_segments"): {"segments": {"seg_missing": {"text": "Hello"}}},
}
"""A method's own arguments, on top of (or instead of) the values by name."""
NO_REQUEST = frozenset({CONSTRUCTOR, "close", "with_options"})
"""Methods that send nothing."""


class MissingValueError(LookupError):
    """A required parameter has no value: not in ``VALUES``, no example in the spec, no override."""


@cache
def spec_examples(provider: str) -> dict[str, Any]:
    """The first example the effective spec gives each parameter or request-body field, by name."""
    document = effective_spec(provider)
    found: dict[str, Any] = {}
    for _path, _method, operation in operations(document):
        for reference in operation.get("parameters", []):
            parameter = _deref(document, reference)
            _keep(found, parameter["name"], {**parameter.get("schema", {}), **parameter})
        for content in operation.get("requestBody", {}).get("content", {}).values():
            schema = _deref(document, content.get("schema", {}))
            for name, field in schema.get("properties", {}).items():
                _keep(found, name, _deref(document, field))
    return found


def _deref(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    return pointer(document, node["$ref"]) if "$ref" in node else node


def _keep(found: dict[str, Any], name: str, schema: dict[str, Any]) -> None:
    if name in found:
        return
    if "example" in schema:
        found[name] = schema["example"]
    elif schema.get("examples"):
        found[name] = schema["examples"][0]


def value_for(provider: str, target: str, name: str) -> Any:
    """The value a required parameter ``name`` of a method gets in its baseline call."""
    if (provider, name) in PROVIDER_VALUES:
        return PROVIDER_VALUES[provider, name]
    if name in VALUES:
        return VALUES[name]
    examples = spec_examples(provider)
    if name in examples:
        return examples[name]
    raise MissingValueError(
        f"{provider} {target}: the required parameter {name!r} has no value: give one by name in "
        f"tests/valid_calls.py VALUES, an example in the spec, or the call in OVERRIDES"
    )


def required(provider: str, target: str) -> list[str]:
    """The parameters a method cannot be called without (``dub_file``'s ``provider``: ``invoke`` gives it)."""
    return [
        name
        for name, parameter in signature(provider, target).parameters.items()
        if parameter.default is inspect.Parameter.empty
        and (target, name) != (TOP_LEVEL, "provider")
        and parameter.kind not in (inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL)
    ]


def baseline_call(provider: str, target: str) -> dict[str, Any]:
    """One valid call of a method: its required parameters by name, then its overrides."""
    override = OVERRIDES.get((provider, target), {})
    call = {name: value_for(provider, target, name) for name in required(provider, target) if name not in override}
    return {**call, **override}


def _baseline() -> dict[tuple[str, str], dict[str, Any]]:
    table = {}
    for provider in PROVIDERS:
        for target in sorted(surface(provider, "sync") | surface(provider, "async")):
            with contextlib.suppress(MissingValueError):  # reported by test_call_tables, naming the parameter
                table[provider, target] = baseline_call(provider, target)
    return table


BASELINE: dict[tuple[str, str], dict[str, Any]] = _baseline()
"""Every (provider, method) and a valid call of it, ids made up (the simulator knows none of them)."""
API_CALLS = sorted((provider, path) for provider, path in BASELINE if path not in NO_REQUEST)
"""Every method that talks to the API."""


# --- the operation each method sends ----------------------------------------------------------------


class _Stop(Exception):  # noqa: N818 (not an error: the end of a recorded call)
    """Raised by the recording transport once it has the first request."""


def _template(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    return re.compile("".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts))


@cache
def _routes(provider: str) -> list[tuple[str, str, re.Pattern[str], str]]:
    """(METHOD, path, path pattern, operationId) of a spec; literal paths before templates, as servers route."""
    found = [
        (method.upper(), path, _template(path), operation["operationId"])
        for path, method, operation in operations(effective_spec(provider))
    ]
    return sorted(found, key=lambda route: route[1].count("{"))


def operation_of(provider: str, request: httpx2.Request) -> str | None:
    """The operationId a request is for (``None``: a URL of no operation, e.g. a media file)."""
    for method, _path, pattern, name in _routes(provider):
        if request.method == method and pattern.fullmatch(request.url.path):
            return name
    return None


def describe(provider: str, operation_id: str) -> str:
    """``operation elevenlabs.get_dubbing (GET /v1/dubbing/{dubbing_id})``, for messages."""
    where = [f"{method} {path}" for method, path, _, name in _routes(provider) if name == operation_id]
    return f"operation {provider}.{operation_id} ({', '.join(where) or 'not in the spec'})"


@contextlib.contextmanager
def _quiet_deprecations() -> Iterator[None]:
    """Call deprecated methods without using up their once-per-process warning (tests check it)."""
    warned = set(_deprecation._warned)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            yield
    finally:
        _deprecation._warned.clear()
        _deprecation._warned.update(warned)


@cache
def first_operation(provider: str, target: str) -> str | None:
    """Send a method's baseline call and return the operationId of its first request (``None``: it sent nothing)."""
    sent: list[httpx2.Request] = []

    def record(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        raise _Stop

    transport = httpx2.MockTransport(record)
    with (
        _quiet_deprecations(),
        tempfile.TemporaryDirectory() as scratch,
        open_client(provider, "sync", transport, max_retries=0) as client,
        contextlib.suppress(Exception),
    ):
        invoke(provider, "sync", target, resolve(BASELINE[provider, target], Path(scratch)), client)
    return operation_of(provider, sent[0]) if sent else None


METHOD_OF: dict[str, str] = {}
"""The method that stands for an operation (``"provider.operationId"``), where ``method_of``'s rule cannot choose."""


def method_of(provider: str, operation_id: str) -> str:
    """The public method that stands for an operation: the one whose baseline call sends it first, and that is
    not a wait or a byte iterator, and returns a file exactly when the operation's success is one (a Dubformer
    ``download`` reads its project first).

    Raises:
        LookupError: No method, or several, with a message naming the operation and what to add.
    """
    if f"{provider}.{operation_id}" in METHOD_OF:
        return METHOD_OF[f"{provider}.{operation_id}"]
    is_file = is_file_operation(provider, operation_id)
    found = [
        path
        for path in methods_sending(provider, operation_id)
        if not path.rsplit(".", 1)[-1].startswith(("wait", "iter_")) and returns_file(provider, path) == is_file
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise LookupError(
            f"{describe(provider, operation_id)} has no method: no public method's valid call sends it; add "
            f"its method to specs/wrappers/{provider}/ (the fuzz row and the valid call are derived from "
            f"it), or, if it has one, give it a valid call in tests/valid_calls.py"
        )
    raise LookupError(
        f"{describe(provider, operation_id)} is sent by {', '.join(found)}: name the one that stands for it "
        f"in tests/valid_calls.py METHOD_OF"
    )


def returns_file(provider: str, target: str) -> bool:
    """Whether a method's return annotation says it writes a file (``Path | None``)."""
    return bool(return_annotation(provider, target) == Path | None)


def methods_sending(provider: str, operation_id: str) -> list[str]:
    """Every client method (not ``dub_file``) whose baseline call's first request goes to an operation."""
    return [
        path
        for name, path in API_CALLS
        if name == provider and path != TOP_LEVEL and first_operation(provider, path) == operation_id
    ]
