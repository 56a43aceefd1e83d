"""Reading a create-dubbing request: the API's rules beyond the schema, and what the source is taken to be."""

from __future__ import annotations

import hashlib
import posixpath
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs

from dubkit.sim._media_files import resolve_source
from dubkit.sim._media_source import MediaSource
from dubkit.sim._protocol import Issue, SimContext, SimInvalidError, SimRequest, UploadedFile

from ._dubbing_langs import AUTO, DUBBING_LANGUAGES, detect_source_language, is_dubbing_language

__all__ = ["MAX_SPEAKERS", "DubSource", "read_create_request"]

FAIL_MARKER = "sim-fail"
"""A URL or file name containing this makes the dub fail, so clients can test their failure paths."""

_MAX_AUTO_SPEAKERS = 3
# The most speakers a dub may ask for: each one is a voice and a track to build.
MAX_SPEAKERS = 50
_MODES = ("automatic", "manual")


@attrs.frozen
class DubSource:
    """A create-dubbing request, checked, with its source media (probed, or a stand-in).

    Attributes:
        identity: The upload's SHA-256 or the URL: seeds speakers and segments.
        media: The part of the source to dub (after ``start_time``/``end_time``).
        problem: Why the source cannot be dubbed (the dub will fail), or None.
    """

    name: str
    identity: str
    media: MediaSource
    source_language: str
    target_language: str
    num_speakers: int
    dubbing_studio: bool
    keep_background: bool
    clone_voices: bool
    problem: str | None


def _hash(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:12], 16)


def _stem(path: str) -> str:
    return posixpath.splitext(posixpath.basename(path.rstrip("/")))[0]


def _check_input(body: Mapping[str, Any], uploads: list[UploadedFile], issues: list[Issue]) -> None:
    url = body.get("source_url") or None
    if uploads and url:
        issues.append(Issue(("body",), "Provide either file or source_url, not both.", "value_error"))
    elif not uploads and not url:
        issues.append(Issue(("body",), "Provide one of file or source_url.", "value_error"))
    if len(uploads) > 1:
        issues.append(Issue(("body", "file"), "Upload exactly one file.", "value_error"))
    if url:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            issues.append(Issue(("body", "source_url"), "source_url must be an absolute http(s) URL.", "value_error"))


def _check_languages(source: str, target: str | None, issues: list[Issue]) -> None:
    expected = ", ".join(DUBBING_LANGUAGES)
    if source != AUTO and not is_dubbing_language(source):
        message = f"Unsupported source language {source!r}; use 'auto' or one of: {expected}."
        issues.append(Issue(("body", "source_lang"), message, "value_error"))
    if target is None:
        issues.append(Issue(("body", "target_lang"), "Field required", "missing"))
    elif not is_dubbing_language(target):
        message = f"Unsupported target language {target!r}; expected one of: {expected}."
        issues.append(Issue(("body", "target_lang"), message, "value_error"))
    elif target == source:
        issues.append(Issue(("body", "target_lang"), "target_lang must differ from source_lang.", "value_error"))


def _check_options(body: Mapping[str, Any], issues: list[Issue]) -> None:
    if not 0 <= body.get("num_speakers", 0) <= MAX_SPEAKERS:
        message = f"num_speakers must be 0 (detect) to {MAX_SPEAKERS}."
        issues.append(Issue(("body", "num_speakers"), message, "value_error"))
    start, end = body.get("start_time"), body.get("end_time")
    if start is not None and start < 0:
        issues.append(Issue(("body", "start_time"), "start_time must not be negative.", "value_error"))
    if end is not None and end <= (start or 0):
        issues.append(Issue(("body", "end_time"), "end_time must be after start_time.", "value_error"))
    mode = body.get("mode") or "automatic"
    if mode not in _MODES:
        issues.append(Issue(("body", "mode"), "mode must be 'automatic' or 'manual'.", "value_error"))
    elif mode == "manual" and not body.get("dubbing_studio", False):
        message = "Manual mode is only supported when creating a dubbing studio project (dubbing_studio=true)."
        issues.append(Issue(("body", "mode"), message, "value_error"))


def _problem(url: str | None, upload: UploadedFile | None, length: float, start: float) -> str | None:
    """Return why a source cannot be dubbed, for failures a client can ask for by name or by time."""
    if url is not None:
        host = (urlsplit(url).hostname or "").lower()
        if host == "invalid" or host.endswith(".invalid"):
            return f"Failed to download the source media: could not resolve host {host!r}."
    if FAIL_MARKER in (url or "") or (upload is not None and FAIL_MARKER in upload.filename):
        return "The source media could not be processed (simulated failure)."
    if start >= length:
        return f"start_time {start:g} s is past the end of the media ({length:.1f} s)."
    return None


def read_create_request(request: SimRequest, context: SimContext) -> DubSource:
    """Check a create-dubbing request against the API's rules and read its source media.

    An upload is probed; a ``source_url`` is fetched and probed if it is one of the simulator's own
    files or on loopback, and otherwise stands in as ``SimConfig.source_seconds`` of speech.

    Args:
        request: The validated request (multipart fields in ``body``, the upload in ``files``).
        context: The simulator context (configuration, files).

    Returns:
        The checked request.

    Raises:
        SimInvalidError: If the request breaks a rule (input, languages, times, mode); every broken
            rule is reported at once.
    """
    body: Mapping[str, Any] = request.body or {}
    uploads = list(request.files.get("file", []))
    issues: list[Issue] = []
    _check_input(body, uploads, issues)
    source_lang: str = body.get("source_lang") or AUTO
    target_lang: str | None = body.get("target_lang") or None
    _check_languages(source_lang, target_lang, issues)
    _check_options(body, issues)
    if issues or target_lang is None:
        raise SimInvalidError(*issues)
    upload = uploads[0] if uploads else None
    url: str | None = None
    if upload is not None:
        identity = upload.sha256
        default_name = _stem(upload.filename)
        resolved = resolve_source(
            context, base_url=request.base_url, upload=(upload.filename, upload.content_type, upload.data)
        )
    else:
        url = identity = str(body["source_url"])
        parts = urlsplit(url)
        default_name = _stem(parts.path) or (parts.hostname or "")
        resolved = resolve_source(context, base_url=request.base_url, url=url)
    length = resolved.media.duration
    start = float(body.get("start_time") or 0)
    end = min(float(body["end_time"]), length) if body.get("end_time") is not None else length
    speakers = body.get("num_speakers", 0) or 1 + _hash(identity) % _MAX_AUTO_SPEAKERS
    problem = _problem(url, upload, length, start) or resolved.problem
    return DubSource(
        name=body.get("name") or default_name or "Untitled",
        identity=identity,
        media=resolved.media if problem else resolved.media.trimmed(start, end),
        source_language=detect_source_language(source_lang, target_lang),
        target_language=target_lang,
        num_speakers=speakers,
        dubbing_studio=bool(body.get("dubbing_studio", False)),
        keep_background=not body.get("drop_background_audio", False),
        clone_voices=not body.get("disable_voice_cloning", False),
        problem=problem,
    )
