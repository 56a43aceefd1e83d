"""Bad arguments to every public method of both clients (sync and async) and ``dub_file``: each is refused with
an error that names the argument, and no request is sent.

Each row changes (or leaves out) one argument of a valid call (``security_surface.BASELINE``). Some rows
are made for every method from its signature: ids (empty, ``/``, ``..``, wrong type, missing), file
paths, timeouts, poll intervals and callbacks. The rest are written out per method. The client sends
through a transport that fails the test on any request.

A row that dubkit accepts (so it sends a request) or refuses without naming the argument is marked
``xfail(strict=True)`` with the reason: the fix belongs in the overlay, and the mark goes with it.

Languages: the ElevenLabs spec lists no dubbing languages (``target_lang``, ``source_lang``, ``language``
are plain strings), so only the form of a code is checked. The Dubformer spec gives no list either (it is
served by ``GET /api/v1/options``), but its descriptions state the form: ``source_lang`` "without locale
(e.g. en)", ``target_lang`` "with locale (e.g. en-US, uk-UA)"; rows check that form.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import io
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx2
import pytest
from client_calls import (
    CLIENTS,
    CONSTRUCTOR,
    DIRECTORY,
    EXISTING_FILE,
    MEDIA_FILE,
    MISSING_FILE,
    MODES,
    PROVIDERS,
    TOP_LEVEL,
    invoke,
    method,
    open_client,
    resolve,
    signature,
    surface,
)
from dubkit import AsyncDubformer, AsyncElevenLabs, Dubformer, ElevenLabs, MissingAPIKeyError
from dubkit.dubformer.types import Project
from spec_helpers import DEPRECATED_CALLS
from valid_calls import BASELINE, MEDIA_URL, SCRIPT, SPEAKERS

pytestmark = DEPRECATED_CALLS

BAD = (ValueError, TypeError)
ID_PARAMETERS = {
    "dubbing_id", "speaker_id", "segment_id", "render_id", "project_id", "chapter_id", "project_snapshot_id",
    "chapter_snapshot_id", "project_or_id", "model_id", "language_id",
}  # fmt: skip
PATH_PARAMETERS = {"path"}
WAIT_PARAMETERS = {"timeout", "poll_interval"}
NO_ARGUMENTS = {
    ("elevenlabs", "close"),
    ("dubformer", "close"),
}
"""Methods with no argument to get wrong (a test checks that they still take none)."""
READY = Project.from_dict(
    {
        "project_id": "p1", "status": "ready", "source_lang": "en", "target_lang": "fr-FR", "cost_minutes": 1,
        "created_date": "2026-01-01T00:00:00Z", "output_video_url": "https://files.example.net/v.mp4",
        "output_tts_audio_url": "https://files.example.net/a.wav",
    }
)  # fmt: skip


class RequestSentError(AssertionError):
    """Raised by the transport: a request left although the input was bad."""


IDS = ("", "  ", "a/b", "..", "../etc", "a\\b", "x\n", 42, ".", "%2e%2e", "%2E", ".%252e", "\uff0e\uff0e", "a%2fb")
"""Bad ids, each tried on every id argument: ``.`` and ``..`` in every spelling a server might decode or fold."""
DOTS = (".", "..", "%2e%2e", "%2E", ".%252e", "\uff0e\uff0e", "a%2Fb")
"""Language codes that would leave their URL path segment, each tried on every ElevenLabs language argument
(they go into URL paths there; Dubformer's go only into JSON bodies)."""
LANGUAGE_PARAMETERS = {"language_code", "language", "target_lang", "source_lang"}
TIMEOUTS = (-1, 0, math.nan, math.inf, "10")
"""Bad timeouts, each tried on every timeout argument (poll intervals: the same with "1")."""


# --- known bugs: rows that fail today, by (provider, method, row label) -----------------------------

SENDS = "BUG (request sent): "
UNNAMED = "BUG (refused before sending, but the message does not name the argument): "
POLLER_TYPES = (
    UNNAMED + "the wait helpers' _check_positive compares the value with 0, so a str raises "
    "\"TypeError: '>' not supported between instances of 'str' and 'int'\""
)
ON_UPDATE = SENDS + "on_update is not checked; the first poll is sent, then calling it raises TypeError"
LOCALE = (
    SENDS + "the form of Dubformer language codes is not checked (the spec's descriptions: source_lang "
    "'without locale (e.g. en)', target_lang 'with locale (e.g. en-US, uk-UA)'); the API answers 400"
)
WAITS = [
    ("elevenlabs", "dubbing.wait"),
    ("elevenlabs", "studio.projects.wait_for_conversion"),
    ("elevenlabs", "studio.projects.chapters.wait_for_conversion"),
    ("dubformer", "projects.wait"),
]
BUGS: dict[tuple[str, str, str], str] = {
    # Not enforced on purpose, for now: the authoritative list is GET /options, and the spec's wording is
    # the only hint of the form; the API answers 400 with its own message.
    ("dubformer", "projects.create", "target_lang='fr'"): LOCALE,
    ("dubformer", "projects.create", "source_lang='en-US'"): LOCALE,
}


@dataclasses.dataclass(frozen=True)
class Row:
    """One bad call: the baseline call of ``target`` with ``change`` applied and ``drop`` left out."""

    provider: str
    target: str
    label: str
    names: str
    change: dict[str, Any] = dataclasses.field(default_factory=dict)
    drop: tuple[str, ...] = ()
    error: Any = BAD

    def kwargs(self, tmp_path: Path) -> dict[str, Any]:
        merged = {**BASELINE[self.provider, self.target], **self.change}
        return resolve({k: v for k, v in merged.items() if k not in self.drop}, tmp_path)


def row(provider: str, target: str, names: str, /, *, error: Any = BAD, label: str = "", **change: Any) -> Row:
    """A row that sets arguments (its label is ``name=value`` unless given)."""
    text = label or ", ".join(f"{k}={v!r}" for k, v in change.items())
    return Row(provider, target, text, names, change, (), error)


def without(provider: str, target: str, name: str, /, *, names: str = "", error: Any = BAD, **change: Any) -> Row:
    """A row that leaves an argument out (and may set others)."""
    extra = "".join(f", {k}={v!r}" for k, v in change.items())
    return Row(provider, target, f"without {name}{extra}", names or name, change, (name,), error)


# --- rows made from each method's signature ----------------------------------------------------------


def generated_rows() -> list[Row]:
    rows: list[Row] = []
    for provider, target in BASELINE:
        parameters = signature(provider, target).parameters
        for name in parameters:
            rows += parameter_rows(provider, target, name, parameters)
    return rows


def parameter_rows(provider: str, target: str, name: str, parameters: Mapping[str, inspect.Parameter]) -> list[Row]:
    """The bad values every argument called ``name`` gets, by what the name says it is."""
    if parameters[name].kind is inspect.Parameter.VAR_KEYWORD:  # the request options
        return option_rows(provider, target, own_timeout="timeout" in parameters)
    values: tuple[object, ...] = ()
    if name in ID_PARAMETERS:
        values = IDS
    elif name in LANGUAGE_PARAMETERS and provider == "elevenlabs":
        values = DOTS
    elif name in PATH_PARAMETERS:
        values = ("", DIRECTORY, 42)
    elif name in WAIT_PARAMETERS and target != CONSTRUCTOR:
        values = TIMEOUTS if name == "timeout" else (*TIMEOUTS[:-1], "1")
    elif name == "on_update":
        values = (42,)
    elif name == "max_bytes":
        values = (0, -1, "4096", True)
    rows = [row(provider, target, name, **{name: value}) for value in values]
    if name in ID_PARAMETERS and parameters[name].default is inspect.Parameter.empty:
        rows.append(without(provider, target, name))
    return rows


def option_rows(provider: str, target: str, *, own_timeout: bool) -> list[Row]:
    """Bad request options: a credential header (it must never be redirected), non-mappings, non-JSON bodies."""
    rows = [
        row(provider, target, "extra_headers", extra_headers={"xi-api-key": "x"}, label="extra_headers: xi-api-key"),
        row(provider, target, "extra_headers", extra_headers={"Authorization": "x"}, label="extra_headers: Auth"),
        row(provider, target, "extra_headers", extra_headers={"X-A": "1\r\nX-B: 2"}, label="extra_headers: CRLF"),
        row(provider, target, "extra_query", extra_query=[("a", "b")]),
        row(provider, target, "extra_body", extra_body={"a": math.nan}),
        row(provider, target, "unexpected", unexpected_option=1),
    ]
    if not own_timeout:
        rows += [row(provider, target, "timeout", timeout=value) for value in TIMEOUTS]
    return rows


# --- rows written out per method ---------------------------------------------------------------------

EL, DF = "elevenlabs", "dubformer"
CREATE = "dubbing.create"
RES = "dubbing.resource"
PROJECTS = "studio.projects"
DP = "dubbing.project"
FILE_AND_URL = r"file.*source_url|source_url.*file"

WRITTEN: list[Row] = [
    # client constructors
    *[
        r
        for p in PROVIDERS
        for r in (
            row(p, CONSTRUCTOR, "api_key", api_key=42),
            row(p, "with_options", "max_retries", max_retries=-1),
            row(p, "with_options", "max_retries", max_retries="2"),
            row(p, CONSTRUCTOR, "api_key", api_key="", error=MissingAPIKeyError),
            row(p, CONSTRUCTOR, "api_key", api_key="   ", error=MissingAPIKeyError),
            row(p, CONSTRUCTOR, "base_url", base_url=""),
            row(p, CONSTRUCTOR, "base_url", base_url="ftp://api.example.com"),
            row(p, CONSTRUCTOR, "base_url", base_url="api.example.com"),
            row(p, CONSTRUCTOR, "base_url", base_url=42),
            row(p, CONSTRUCTOR, "timeout", timeout=-1),
            row(p, CONSTRUCTOR, "timeout", timeout=0),
            row(p, CONSTRUCTOR, "timeout", timeout=math.nan),
            row(p, CONSTRUCTOR, "timeout", timeout="10"),
            row(p, CONSTRUCTOR, "max_retries", max_retries=-1),
            row(p, CONSTRUCTOR, "max_retries", max_retries=1.5),
            row(p, CONSTRUCTOR, "max_retries", max_retries=True),
            row(p, CONSTRUCTOR, "http_client", http_client="not a client"),
        )
    ],
    row(EL, CONSTRUCTOR, "region", region="mars"),
    row(EL, CONSTRUCTOR, "region", region=42),
    row(EL, CONSTRUCTOR, "region|base_url", region="eu", base_url="https://api.example.com"),
    # dubbing.create: file or URL, languages, numbers, flags, choices
    row(EL, CREATE, FILE_AND_URL, file=MEDIA_FILE),
    without(EL, CREATE, "source_url", names=FILE_AND_URL),
    without(EL, CREATE, "source_url", names="file", file=MISSING_FILE),
    without(EL, CREATE, "source_url", names="file", file=DIRECTORY),
    without(EL, CREATE, "source_url", names="file", file=42),
    without(EL, CREATE, "source_url", names="file", file=io.StringIO("text")),
    without(EL, CREATE, "source_url", names="file", file=("", io.BytesIO(b"x"))),
    row(EL, CREATE, "source_url", source_url=""),
    row(EL, CREATE, "source_url", source_url="ftp://media.example.com/a.mp4"),
    row(EL, CREATE, "source_url", source_url="talk.mp4"),
    row(EL, CREATE, "source_url", source_url=42),
    without(EL, CREATE, "target_lang"),
    row(EL, CREATE, "target_lang", target_lang=""),
    row(EL, CREATE, "target_lang", target_lang="e s"),
    row(EL, CREATE, "target_lang", target_lang="es/x"),
    row(EL, CREATE, "target_lang", target_lang=42),
    row(EL, CREATE, "source_lang", source_lang=""),
    row(EL, CREATE, "source_lang", source_lang=["en"]),
    row(EL, CREATE, "name", name=42),
    row(EL, CREATE, "num_speakers", num_speakers=-1),
    row(EL, CREATE, "num_speakers", num_speakers="2"),
    row(EL, CREATE, "num_speakers", num_speakers=True),
    row(EL, CREATE, "start_time", start_time=-1),
    row(EL, CREATE, "end_time", end_time=1.5),
    row(EL, CREATE, "end_time.*start_time", start_time=10, end_time=5),
    row(EL, CREATE, "watermark", watermark="yes"),
    row(EL, CREATE, "dubbing_studio", dubbing_studio=1),
    row(EL, CREATE, "mode", mode="fast"),
    row(EL, CREATE, "csv_fps", csv_fps=0),
    row(EL, CREATE, "csv_fps", csv_fps=math.inf),
    row(EL, CREATE, "csv_fps", csv_fps="30"),
    row(EL, CREATE, "foreground_audio_file", foreground_audio_file=MEDIA_FILE),
    row(EL, CREATE, "csv_file", csv_file=MISSING_FILE),
    # dubbing: list, wait, audio, transcript
    row(EL, "dubbing.list", "page_size", page_size=0),
    row(EL, "dubbing.list", "page_size", page_size=201),
    row(EL, "dubbing.list", "page_size", page_size="10"),
    row(EL, "dubbing.list", "dubbing_status", dubbing_status="done"),
    row(EL, "dubbing.list", "filter_by_creator", filter_by_creator="me"),
    row(EL, "dubbing.list", "dubbing_statuses", dubbing_statuses="dubbed"),
    row(EL, "dubbing.list", r"dubbing_statuses\[0\]", dubbing_statuses=["done"]),
    row(EL, "dubbing.list", r"dubbing_models\[0\]", dubbing_models=["dubbing_v3"]),
    row(EL, "dubbing.list", r"target_language_codes\[0\]", target_language_codes=["e s"]),
    row(EL, "dubbing.list", r"target_language_codes\[0\]", target_language_codes=[42]),
    row(EL, "dubbing.list", r"creation_sources\[0\]", creation_sources=["cli"]),
    row(EL, "dubbing.list", "order_by", order_by="status"),
    row(EL, "dubbing.list", "order_direction", order_direction="descending"),
    row(EL, "dubbing.audio.download", "language_code", language_code=""),
    row(EL, "dubbing.audio.download", "language_code", language_code="es/../x"),
    without(EL, "dubbing.audio.download", "language_code"),
    row(EL, "dubbing.audio.download", "timeout", wait=True, timeout=-1, label="wait=True, timeout=-1"),
    row(EL, "dubbing.audio.download", "wait", wait="yes"),
    row(EL, "dubbing.transcript.get", "language_code", language_code=""),
    row(EL, "dubbing.transcript.get", "language_code", language_code=None),
    row(EL, "dubbing.transcript.get", "format", format="txt"),
    row(EL, "dubbing.transcript.get", "format", format=None),
    # dubbing.resource
    *[
        r
        for target in (f"{RES}.transcribe", f"{RES}.translate", f"{RES}.dub")
        for r in (
            row(EL, target, "segments", segments="seg1"),
            row(EL, target, "segments", segments=[]),
            row(EL, target, r"segments\[0\]", segments=["a/b"]),
            row(EL, target, r"segments\[0\]", segments=[42]),
            without(EL, target, "segments"),
        )
    ],
    *[
        r
        for target in (f"{RES}.translate", f"{RES}.dub")
        for r in (
            row(EL, target, "languages", languages="es"),
            row(EL, target, "languages", languages=[]),
            row(EL, target, r"languages\[0\]", languages=["e s"]),
        )
    ],
    row(EL, f"{RES}.render", "language", language=""),
    row(EL, f"{RES}.render", "language", language="../es"),
    row(EL, f"{RES}.render", "render_type", render_type="mp5"),
    row(EL, f"{RES}.render", "render_type", render_type=None),
    without(EL, f"{RES}.render", "render_type"),
    row(EL, f"{RES}.language.add", "language", language=""),
    row(EL, f"{RES}.language.add", "language", language=None),
    row(EL, f"{RES}.language.add", "language", language=["de"]),
    row(EL, f"{RES}.speaker.segment.create", "start_time", start_time=-1),
    row(EL, f"{RES}.speaker.segment.create", "start_time.*end_time", start_time=2, end_time=1),
    row(EL, f"{RES}.speaker.segment.create", "end_time", end_time=math.nan),
    row(EL, f"{RES}.speaker.segment.create", "start_time", start_time="0"),
    without(EL, f"{RES}.speaker.segment.create", "end_time"),
    row(EL, f"{RES}.speaker.segment.create", "translations", translations="Hola"),
    row(EL, f"{RES}.speaker.segment.create", "translations", translations={"es": 1}),
    row(EL, f"{RES}.speaker.segment.create", "text", text=42),
    without(EL, f"{RES}.speaker.update", "voice_id"),
    row(EL, f"{RES}.speaker.update", "voice_id", voice_id=""),
    row(EL, f"{RES}.speaker.update", "languages", languages=[]),
    row(EL, f"{RES}.speaker.update", "languages", languages="es"),
    without(EL, f"{RES}.segment.update", "text", names="start_time.*end_time.*text"),
    row(EL, f"{RES}.segment.update", "start_time", start_time=-0.5),
    row(EL, f"{RES}.segment.update", "language", language=""),
    row(EL, f"{RES}.segment.update", "text", text=42),
    row(EL, f"{RES}.speaker.create", "voice_stability", voice_stability=2),
    row(EL, f"{RES}.speaker.create", "voice_stability", voice_stability="0.5"),
    row(EL, f"{RES}.speaker.create", "speaker_name", speaker_name=42),
    row(EL, f"{RES}.speaker.create", "voice_id", voice_id=""),
    row(EL, f"{RES}.migrate_segments", "segment_ids", segment_ids=[]),
    row(EL, f"{RES}.migrate_segments", "segment_ids", segment_ids="seg1"),
    row(EL, f"{RES}.migrate_segments", r"segment_ids\[0\]", segment_ids=["a/b"]),
    without(EL, f"{RES}.migrate_segments", "segment_ids"),
    # dubbing.transcripts
    row(EL, "dubbing.transcripts.get", "format_type", format_type="txt"),
    row(EL, "dubbing.transcripts.get", "format_type", format_type=None),
    row(EL, "dubbing.transcripts.get", "language_code", language_code=""),
    row(EL, "dubbing.transcripts.get", "language_code", language_code="es/../x"),
    # dubbing.project
    row(EL, f"{DP}.create", FILE_AND_URL, file=MEDIA_FILE),
    without(EL, f"{DP}.create", "source_url", names=FILE_AND_URL),
    without(EL, f"{DP}.create", "source_url", names="file", file=MISSING_FILE),
    without(EL, f"{DP}.create", "source_url", names="file", file=io.StringIO("text")),
    row(EL, f"{DP}.create", "source_url", source_url="ftp://media.example.com/a.mp4"),
    row(EL, f"{DP}.create", "source_url", source_url=42),
    row(EL, f"{DP}.create", "reference", reference="x" * 501),
    row(EL, f"{DP}.create", "reference", reference=42),
    row(EL, f"{DP}.create", "source_language", source_language=""),
    row(EL, f"{DP}.create", "source_language", source_language="e s"),
    row(EL, f"{DP}.create", "keyterms", keyterms="dubkit"),
    row(EL, f"{DP}.create", r"keyterms\[0\]", keyterms=[42]),
    row(EL, f"{DP}.create", "webhook_ids", webhook_ids=["a", "b", "c", "d"]),
    row(EL, f"{DP}.create", "webhook_ids", webhook_ids="hook1"),
    row(EL, f"{DP}.create", "target_language", target_language="e s"),
    row(EL, f"{DP}.create", "transcript", transcript=MISSING_FILE, source_language="en"),
    row(EL, f"{DP}.create", "source_language", transcript=MEDIA_FILE),
    row(EL, f"{DP}.list", "page_size", page_size=0),
    row(EL, f"{DP}.list", "page_size", page_size=101),
    row(EL, f"{DP}.list", "status", status="done"),
    row(EL, f"{DP}.list", "sort_direction", sort_direction="up"),
    row(EL, f"{DP}.language.list", "status", status="ready"),
    row(EL, f"{DP}.language.list", "page_size", page_size="10"),
    row(EL, f"{DP}.language.create", "target_language", target_language=""),
    row(EL, f"{DP}.language.create", "target_language", target_language=None),
    row(EL, f"{DP}.language.create", "target_language", target_language="fr/../x"),
    without(EL, f"{DP}.language.create", "target_language"),
    row(EL, f"{DP}.language.create", "translations", translations="Bonjour"),
    row(EL, f"{DP}.language.create", r"translations\[", translations={"seg1": 42}),
    row(EL, f"{DP}.language.download", "wait", wait="yes"),
    row(EL, f"{DP}.language.download", "timeout", wait=True, timeout=-1, label="wait=True, timeout=-1"),
    row(EL, f"{DP}.transcript.create_segment", "text", text=42),
    without(EL, f"{DP}.transcript.create_segment", "text"),
    row(EL, f"{DP}.transcript.create_segment", "start_s", start_s=-1),
    row(EL, f"{DP}.transcript.create_segment", "end_s", end_s=math.nan),
    row(EL, f"{DP}.transcript.create_segment", "start_s.*end_s|end_s.*start_s", start_s=2, end_s=1),
    row(EL, f"{DP}.transcript.update_segment", "start_s", start_s="0"),
    row(EL, f"{DP}.transcript.update_segment", "text", text=42),
    without(EL, f"{DP}.transcript.update_segment", "text", names="text.*speaker_id|nothing"),
    row(EL, f"{DP}.transcript.update_segments", "segments", segments="seg1"),
    row(EL, f"{DP}.transcript.update_segments", "segments", segments={}),
    row(EL, f"{DP}.transcript.update_segments", r"segments\[", segments={"seg1": {"text": 42}}),
    row(EL, f"{DP}.transcript.update_segments", r"segments\[", segments={"seg1": {"colour": "red"}}),
    row(EL, f"{DP}.transcript.update_segments", r"segments", segments={"a/b": {"text": "Hi"}}),
    row(EL, f"{DP}.language.transcript.update_segment", "translation", translation=42),
    without(EL, f"{DP}.language.transcript.update_segment", "translation"),
    row(EL, f"{DP}.language.transcript.update_segments", "translations", translations={}),
    row(EL, f"{DP}.language.transcript.update_segments", "translations", translations=["Hola"]),
    row(EL, f"{DP}.language.transcript.update_segments", r"translations\[", translations={"seg1": 42}),
    # studio
    row(EL, f"{PROJECTS}.create", "quality_preset", quality_preset="highest"),
    row(EL, "studio.create_podcast", "mode", mode="conversation"),
    row(EL, "studio.create_podcast", "mode", mode={"type": "interview"}),
    row(EL, "studio.create_podcast", "source", source=42),
    row(EL, "studio.create_podcast", "source", source=[]),
    row(EL, "studio.create_podcast", "quality_preset", quality_preset="best"),
    row(EL, "studio.create_podcast", "duration_scale", duration_scale="huge"),
    row(EL, "studio.create_podcast", "language", language="eng"),
    row(EL, "studio.create_podcast", "intro", intro="x" * 1501),
    row(EL, "studio.create_podcast", r"highlights\[0\]", highlights=["short"]),
    row(EL, "studio.create_podcast", "highlights", highlights="A key point here"),
    row(EL, "studio.create_podcast", "callback_url", callback_url="ftp://hooks.example.com"),
    without(EL, f"{PROJECTS}.create", "name"),
    row(EL, f"{PROJECTS}.create", "name", name=""),
    row(EL, f"{PROJECTS}.create", "from_url.*from_document", from_url=MEDIA_URL, from_document=MEDIA_FILE),
    row(EL, f"{PROJECTS}.create", "from_document", from_document=MISSING_FILE),
    row(EL, f"{PROJECTS}.create", "from_content_json", from_content_json="not json"),
    row(EL, f"{PROJECTS}.create", "from_url", from_url="file:///etc/passwd"),
    row(EL, f"{PROJECTS}.create", "quality_preset", quality_preset="best"),
    row(EL, f"{PROJECTS}.create", "target_audience", target_audience="everyone"),
    row(EL, f"{PROJECTS}.create", "language", language="english"),
    row(EL, f"{PROJECTS}.create", "original_publication_date", original_publication_date="June 2020"),
    row(EL, f"{PROJECTS}.create", "genres", genres="Drama"),
    row(EL, f"{PROJECTS}.create", "mature_content", mature_content="yes"),
    row(EL, f"{PROJECTS}.create", "fiction", fiction="maybe"),
    row(EL, f"{PROJECTS}.create", "source_type", source_type="podcast"),
    row(EL, f"{PROJECTS}.create", "pronunciation_dictionary_locators", pronunciation_dictionary_locators="dict1"),
    row(EL, f"{PROJECTS}.update", "name", name=""),
    row(EL, f"{PROJECTS}.update", "default_title_voice_id", default_title_voice_id=""),
    without(EL, f"{PROJECTS}.update", "default_paragraph_voice_id"),
    row(EL, f"{PROJECTS}.content.update", "from_url.*from_content_json", from_content_json=[{"name": "A"}]),
    row(EL, f"{PROJECTS}.content.update", "from_document", from_url=None, from_document=MISSING_FILE),
    row(EL, f"{PROJECTS}.content.update", "auto_convert", auto_convert="yes"),
    row(
        EL,
        f"{PROJECTS}.pronunciation_dictionaries.create",
        "pronunciation_dictionary_locators",
        pronunciation_dictionary_locators="dict1",
    ),
    without(EL, f"{PROJECTS}.pronunciation_dictionaries.create", "pronunciation_dictionary_locators"),
    row(
        EL, f"{PROJECTS}.pronunciation_dictionaries.create", "invalidate_affected_text", invalidate_affected_text="yes"
    ),
    row(EL, f"{PROJECTS}.snapshots.download", "convert_to_mpeg", convert_to_mpeg="yes"),
    row(EL, f"{PROJECTS}.chapters.snapshots.download", "convert_to_mpeg", convert_to_mpeg=1),
    row(EL, f"{PROJECTS}.chapters.create", "name", name=""),
    without(EL, f"{PROJECTS}.chapters.create", "name"),
    row(EL, f"{PROJECTS}.chapters.create", "from_url", from_url="not a url"),
    row(EL, f"{PROJECTS}.chapters.update", "name", name=""),
    row(EL, f"{PROJECTS}.chapters.update", "content", content=42),
    row(EL, f"{PROJECTS}.chapters.update", "content", content={"paragraphs": []}),
    # dub_file
    *[
        r
        for p in PROVIDERS
        for r in (
            row(p, TOP_LEVEL, "source", source=""),
            row(p, TOP_LEVEL, "source", source=42),
            row(p, TOP_LEVEL, "provider", provider="google"),
            row(p, TOP_LEVEL, "target_lang", target_lang=""),
            row(p, TOP_LEVEL, "target_lang", target_lang=None),
            row(p, TOP_LEVEL, "target_lang", target_lang=42),
            row(p, TOP_LEVEL, "source_lang", source_lang=42),
            row(p, TOP_LEVEL, "out_dir", out_dir=EXISTING_FILE),
            row(p, TOP_LEVEL, "out_dir", out_dir=""),
            row(p, TOP_LEVEL, "out_dir", out_dir=42),
            row(p, TOP_LEVEL, "client", client="not a client"),
            row(p, TOP_LEVEL, "wait", wait="no"),
        )
    ],
    row(EL, TOP_LEVEL, "source", source=MISSING_FILE),
    row(EL, TOP_LEVEL, "source", source=DIRECTORY),
    row(EL, TOP_LEVEL, "client", client=Dubformer(api_key="k"), label="client=<a Dubformer client>"),
    row(DF, TOP_LEVEL, "source", source=MEDIA_FILE),
    without(DF, TOP_LEVEL, "source_lang"),
    row(DF, TOP_LEVEL, "client", client=ElevenLabs(api_key="k"), label="client=<an ElevenLabs client>"),
    row(DF, TOP_LEVEL, "target_lang", target_lang="fr"),
    row(DF, TOP_LEVEL, "source_lang", source_lang="en-US"),
    # Dubformer
    row(DF, "projects.create", "source_lang", source_lang=""),
    without(DF, "projects.create", "source_lang"),
    row(DF, "projects.create", "target_lang", target_lang=""),
    row(DF, "projects.create", "target_lang", target_lang=42),
    row(DF, "projects.create", "target_lang", target_lang="fr"),
    row(DF, "projects.create", "source_lang", source_lang="en-US"),
    row(DF, "projects.create", "source_video_url", source_video_url=""),
    row(DF, "projects.create", "source_video_url", source_video_url="ftp://media.example.com/a.mp4"),
    row(DF, "projects.create", "source_video_url", source_video_url="video.mp4"),
    without(DF, "projects.create", "source_video_url"),
    row(DF, "projects.create", "mixing_mode", mixing_mode="loud"),
    row(DF, "projects.create", "use_emotional_transfer", use_emotional_transfer="yes"),
    row(DF, "projects.create", "use_soundalike_voices", use_soundalike_voices=1),
    row(DF, "projects.create", "name", name=42),
    row(DF, "projects.create", "glossary_content", glossary_content=b"a\tb"),
    row(DF, "projects.create", "idempotency_key", idempotency_key=""),
    row(DF, "projects.create", "idempotency_key", idempotency_key="k" * 256),
    row(DF, "projects.create", "idempotency_key", idempotency_key=42),
    *[
        r
        for target in ("projects.retranslate", "projects.validate_retranslation")
        for r in (
            row(DF, target, "target_script", target_script=[]),
            row(DF, target, "target_script", target_script="Bonjour"),
            row(DF, target, "target_script", target_script=42),
            row(DF, target, r"target_script\[0\]", target_script=[{"text": "Bonjour"}]),
            row(DF, target, r"target_script\[0\]", target_script=[{**SCRIPT[0], "start_ms": -1}]),
            row(DF, target, r"target_script\[0\]", target_script=[{**SCRIPT[0], "start_ms": 5, "end_ms": 1}]),
            row(DF, target, r"target_script\[0\]", target_script=[42]),
            row(DF, target, "target_script", target_script=[{**SCRIPT[0], "speaker_id": 7}]),
            row(DF, target, "target_speakers", target_speakers=[]),
            row(DF, target, "target_speakers", target_speakers=SPEAKERS * 2),
            row(DF, target, r"target_speakers\[0\]", target_speakers=[{**SPEAKERS[0], "style": "shouty"}]),
            row(DF, target, r"target_speakers\[0\]", target_speakers=[{**SPEAKERS[0], "voice_key": ""}]),
            row(DF, target, r"target_speakers\[0\]", target_speakers=[{"speaker_id": 1}]),
            without(DF, target, "target_speakers"),
            row(DF, target, "mixing_mode", mixing_mode="loud"),
        )
    ],
    row(DF, "projects.retranslate", "idempotency_key", idempotency_key=" "),
    row(DF, "projects.download", "output", output="audio"),
    row(DF, "projects.download", "output", output="audio", project_or_id=READY, label="output='audio' (a Project)"),
]

ROWS = generated_rows() + WRITTEN


def _param(r: Row) -> Any:
    bug = BUGS.get((r.provider, r.target, r.label))
    marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
    return pytest.param(r, marks=marks, id=f"{r.provider}:{r.target}:{r.label}")


def _refuse(request: httpx2.Request) -> httpx2.Response:
    raise RequestSentError(f"a request was sent: {request.method} {request.url}")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", [_param(r) for r in ROWS])
def test_bad_input_is_refused_naming_the_argument_before_any_request(bad: Row, mode: str, tmp_path: Path) -> None:
    """The row's call raises ValueError/TypeError (or the row's error) naming the argument; nothing is sent."""
    sent: list[httpx2.Request] = []

    def refuse(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return _refuse(request)

    kwargs = bad.kwargs(tmp_path)
    with open_client(bad.provider, mode, httpx2.MockTransport(refuse)) as client, pytest.raises(bad.error) as caught:
        invoke(bad.provider, mode, bad.target, kwargs, client)
    message = str(caught.value).replace(str(tmp_path), "<tmp_path>")
    named = re.search(rf"(?<![A-Za-z0-9_])(?:{bad.names})", message)
    assert named, f"the message does not name {bad.names!r}: {message}"
    assert not sent


def test_every_public_method_has_rows() -> None:
    """Each public method of each client (found by introspection), and dub_file, has at least one bad-input row."""
    covered = {(r.provider, r.target) for r in ROWS}
    for provider in PROVIDERS:
        for mode in MODES:
            for target in surface(provider, mode):
                if (provider, target) in NO_ARGUMENTS:
                    continue
                assert (provider, target) in covered, f"{provider} {mode} {target} has no bad-input row"


def test_the_methods_without_rows_take_no_arguments() -> None:
    """The exempt methods really have nothing to get wrong."""
    for provider, target in NO_ARGUMENTS:
        for mode in MODES:
            client = CLIENTS[provider, mode](api_key="k", base_url="http://127.0.0.1")
            assert not inspect.signature(method(client, target)).parameters, (provider, mode, target)


def test_every_known_bug_names_a_row() -> None:
    """An entry in BUGS that matches no row is stale (a renamed row would silently lose its xfail)."""
    labels = {(r.provider, r.target, r.label) for r in ROWS}
    assert set(BUGS) <= labels, set(BUGS) - labels


def test_the_async_twins_take_the_same_arguments() -> None:
    """The table runs each row on both twins, so their parameters must match."""
    for provider in PROVIDERS:
        sync_client = CLIENTS[provider, "sync"](api_key="k", base_url="http://127.0.0.1")
        async_client = CLIENTS[provider, "async"](api_key="k", base_url="http://127.0.0.1")
        for target in surface(provider, "sync") - {CONSTRUCTOR, TOP_LEVEL}:
            expected = inspect.signature(method(sync_client, target)).parameters
            actual = inspect.signature(method(async_client, target)).parameters
            assert list(expected) == list(actual), (provider, target)


@pytest.mark.parametrize(
    ("cls", "other"),
    [
        (ElevenLabs, httpx2.AsyncClient),
        (AsyncElevenLabs, httpx2.Client),
        (Dubformer, httpx2.AsyncClient),
        (AsyncDubformer, httpx2.Client),
    ],
)
def test_an_http_client_of_the_other_kind_is_refused_at_construction(cls: Any, other: Any) -> None:
    """A sync client given an httpx2.AsyncClient (or the reverse) fails when made, naming http_client."""
    http = other()
    with pytest.raises(TypeError, match=r"\bhttp_client\b"):
        cls(api_key="k", http_client=http)
    if isinstance(http, httpx2.AsyncClient):
        asyncio.run(http.aclose())
    else:
        http.close()
