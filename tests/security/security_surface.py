"""Shared by the security and bad-input suites: the public surface of both clients, a valid call of every
method, and ways to drive the sync and async clients alike.

``public_methods`` finds every public method by walking a client's resource tree, so a method added
later shows up in the coverage tests of both suites until it is given a row.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import traceback
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import dubkit
import httpx2
import pytest
from dubkit import AsyncDubformer, AsyncElevenLabs, Dubformer, ElevenLabs
from dubkit._api_resource import APIResource
from dubkit.sim import Simulator
from media_samples import speech_sample

SECRET = "sk_SECRET_" + "x" * 24
"""A key distinctive enough that any copy of it in a log, repr or message is found by a substring search."""
BASE_URL = "http://127.0.0.1"
API_HOST = "127.0.0.1"
MEDIA_HOST = "files.example.net"
"""Where ``ForeignMediaTransport`` moves the simulator's output files: a host that is not the API's."""
MEDIA_URL = "https://media.example.com/talk.mp4"
PAGE_URL = "https://blog.example.com/the_first_ai_that_can_laugh/"
PROVIDERS = ("elevenlabs", "dubformer")
MODES = ("sync", "async")
CLIENTS = {
    ("elevenlabs", "sync"): ElevenLabs,
    ("elevenlabs", "async"): AsyncElevenLabs,
    ("dubformer", "sync"): Dubformer,
    ("dubformer", "async"): AsyncDubformer,
}
TOP_LEVEL = "dub_file"
"""The pseudo-path of ``dubkit.dub_file`` / ``adub_file`` (with ``provider=`` the table's provider)."""
CONSTRUCTOR = "__init__"
"""The pseudo-path of a client's constructor."""
_ALIASES = {"aclose": "close"}
"""Async names that the tables list under their sync twin's name."""


class _Token:
    """A placeholder in a call table, replaced when the call is made (a fresh path, an existing file)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<{self.name}>"


OUT = _Token("a new file path in tmp_path")
DIRECTORY = _Token("tmp_path itself")
MISSING_FILE = _Token("a path that does not exist")
MEDIA_FILE = _Token("an existing small media file")
EXISTING_FILE = _Token("an existing regular file")

CONTENT = [
    {
        "name": "Chapter A",
        "blocks": [
            {"sub_type": "h1", "nodes": [{"type": "tts_node", "voice_id": "voiceone", "text": "Opening"}]},
            {"sub_type": "p", "nodes": [{"type": "tts_node", "voice_id": "voicetwo", "text": "A quiet morning."}]},
        ],
    },
]
CONVERSATION = {"type": "conversation", "conversation": {"host_voice_id": "hostvoice", "guest_voice_id": "guestvoice"}}
LOCATORS = [{"pronunciation_dictionary_id": "dict1", "version_id": "ver1"}]
SCRIPT = [{"start_ms": 0, "end_ms": 1000, "text": "Bonjour", "speaker_id": 1}]
SPEAKERS = [{"speaker_id": 1, "voice_key": "53f154:fr-FR-DeniseNeural", "style": "feminine"}]

# One valid call of every public method, by (provider, method path): arguments by name, ids that exist
# nowhere. The bad-input table changes one argument at a time; the error tables send these as they are.
BASELINE: dict[tuple[str, str], dict[str, Any]] = {
    ("elevenlabs", CONSTRUCTOR): {"api_key": SECRET, "base_url": BASE_URL},
    ("elevenlabs", "close"): {},
    ("elevenlabs", "with_options"): {},
    ("elevenlabs", "dubbing.create"): {"source_url": MEDIA_URL, "target_lang": "es"},
    ("elevenlabs", "dubbing.get"): {"dubbing_id": "dub_missing"},
    ("elevenlabs", "dubbing.delete"): {"dubbing_id": "dub_missing"},
    ("elevenlabs", "dubbing.list"): {},
    ("elevenlabs", "dubbing.wait"): {"dubbing_id": "dub_missing"},
    ("elevenlabs", "dubbing.audio.download"): {"dubbing_id": "dub_missing", "language_code": "es", "path": OUT},
    ("elevenlabs", "dubbing.transcript.get"): {"dubbing_id": "dub_missing", "language_code": "es"},
    ("elevenlabs", "dubbing.resource.get"): {"dubbing_id": "dub_missing"},
    ("elevenlabs", "dubbing.resource.transcribe"): {"dubbing_id": "dub_missing", "segments": ["seg_missing"]},
    ("elevenlabs", "dubbing.resource.translate"): {"dubbing_id": "dub_missing", "segments": ["seg_missing"]},
    ("elevenlabs", "dubbing.resource.dub"): {"dubbing_id": "dub_missing", "segments": ["seg_missing"]},
    ("elevenlabs", "dubbing.resource.render"): {"dubbing_id": "dub_missing", "language": "es", "render_type": "mp4"},
    ("elevenlabs", "dubbing.resource.wait_for_render"): {"dubbing_id": "dub_missing", "render_id": "render_missing"},
    ("elevenlabs", "dubbing.resource.download_render"): {
        "dubbing_id": "dub_missing",
        "render_id": "render_missing",
        "path": OUT,
    },
    ("elevenlabs", "dubbing.resource.language.add"): {"dubbing_id": "dub_missing", "language": "de"},
    ("elevenlabs", "dubbing.resource.speaker.segment.create"): {
        "dubbing_id": "dub_missing",
        "speaker_id": "spk_missing",
        "start_time": 0.0,
        "end_time": 1.0,
    },
    ("elevenlabs", "dubbing.resource.speaker.update"): {
        "dubbing_id": "dub_missing",
        "speaker_id": "spk_missing",
        "voice_id": "track-clone",
    },
    ("elevenlabs", "dubbing.resource.speaker.find_similar_voices"): {
        "dubbing_id": "dub_missing",
        "speaker_id": "spk_missing",
    },
    ("elevenlabs", "dubbing.resource.segment.update"): {
        "dubbing_id": "dub_missing",
        "segment_id": "seg_missing",
        "language": "es",
        "text": "Hola",
    },
    ("elevenlabs", "dubbing.resource.segment.delete"): {"dubbing_id": "dub_missing", "segment_id": "seg_missing"},
    ("elevenlabs", "dubbing.resource.speaker.create"): {"dubbing_id": "dub_missing", "speaker_name": "Ana"},
    ("elevenlabs", "dubbing.resource.migrate_segments"): {
        "dubbing_id": "dub_missing",
        "segment_ids": ["seg_missing"],
        "speaker_id": "spk_missing",
    },
    ("elevenlabs", "dubbing.transcripts.get"): {
        "dubbing_id": "dub_missing",
        "language_code": "es",
        "format_type": "srt",
    },
    ("elevenlabs", "dubbing.project.create"): {"source_url": MEDIA_URL, "target_language": "es"},
    ("elevenlabs", "dubbing.project.list"): {},
    ("elevenlabs", "dubbing.project.get"): {"project_id": "dp_missing"},
    ("elevenlabs", "dubbing.project.delete"): {"project_id": "dp_missing"},
    ("elevenlabs", "dubbing.project.wait"): {"project_id": "dp_missing"},
    ("elevenlabs", "dubbing.project.transcript.get"): {"project_id": "dp_missing"},
    ("elevenlabs", "dubbing.project.transcript.create_segment"): {
        "project_id": "dp_missing",
        "text": "Hello",
        "speaker_id": "spk_missing",
        "start_s": 0.0,
        "end_s": 1.0,
    },
    ("elevenlabs", "dubbing.project.transcript.update_segment"): {
        "project_id": "dp_missing",
        "segment_id": "seg_missing",
        "text": "Hello",
    },
    ("elevenlabs", "dubbing.project.transcript.update_segments"): {
        "project_id": "dp_missing",
        "segments": {"seg_missing": {"text": "Hello"}},
    },
    ("elevenlabs", "dubbing.project.transcript.delete_segment"): {
        "project_id": "dp_missing",
        "segment_id": "seg_missing",
    },
    ("elevenlabs", "dubbing.project.language.list"): {"project_id": "dp_missing"},
    ("elevenlabs", "dubbing.project.language.create"): {"project_id": "dp_missing", "target_language": "fr"},
    ("elevenlabs", "dubbing.project.language.get"): {"project_id": "dp_missing", "language_id": "lang_missing"},
    ("elevenlabs", "dubbing.project.language.delete"): {"project_id": "dp_missing", "language_id": "lang_missing"},
    ("elevenlabs", "dubbing.project.language.wait"): {"project_id": "dp_missing", "language_id": "lang_missing"},
    ("elevenlabs", "dubbing.project.language.download"): {
        "project_id": "dp_missing",
        "language_id": "lang_missing",
        "path": OUT,
    },
    ("elevenlabs", "dubbing.project.language.transcript.get"): {
        "project_id": "dp_missing",
        "language_id": "lang_missing",
    },
    ("elevenlabs", "dubbing.project.language.transcript.update_segment"): {
        "project_id": "dp_missing",
        "language_id": "lang_missing",
        "segment_id": "seg_missing",
        "translation": "Hola",
    },
    ("elevenlabs", "dubbing.project.language.transcript.update_segments"): {
        "project_id": "dp_missing",
        "language_id": "lang_missing",
        "translations": {"seg_missing": "Hola"},
    },
    ("elevenlabs", "dubbing.project.language.transcript.regenerate"): {
        "project_id": "dp_missing",
        "language_id": "lang_missing",
    },
    ("elevenlabs", "studio.create_podcast"): {
        "model_id": "eleven_multilingual_v2",
        "mode": CONVERSATION,
        "source": {"type": "text", "text": "A short article about laughter."},
    },
    ("elevenlabs", "studio.projects.list"): {},
    ("elevenlabs", "studio.projects.get"): {"project_id": "prj_missing"},
    ("elevenlabs", "studio.projects.create"): {"name": "Book"},
    ("elevenlabs", "studio.projects.update"): {
        "project_id": "prj_missing",
        "name": "Book 2",
        "default_title_voice_id": "voiceone",
        "default_paragraph_voice_id": "voicetwo",
    },
    ("elevenlabs", "studio.projects.delete"): {"project_id": "prj_missing"},
    ("elevenlabs", "studio.projects.convert"): {"project_id": "prj_missing"},
    ("elevenlabs", "studio.projects.wait_for_conversion"): {"project_id": "prj_missing"},
    ("elevenlabs", "studio.projects.content.update"): {"project_id": "prj_missing", "from_url": PAGE_URL},
    ("elevenlabs", "studio.projects.pronunciation_dictionaries.create"): {
        "project_id": "prj_missing",
        "pronunciation_dictionary_locators": LOCATORS,
    },
    ("elevenlabs", "studio.projects.get_muted_tracks"): {"project_id": "prj_missing"},
    ("elevenlabs", "studio.projects.snapshots.list"): {"project_id": "prj_missing"},
    ("elevenlabs", "studio.projects.snapshots.get"): {"project_id": "prj_missing", "project_snapshot_id": "snap_x"},
    ("elevenlabs", "studio.projects.snapshots.download"): {
        "project_id": "prj_missing",
        "project_snapshot_id": "snap_x",
        "path": OUT,
    },
    ("elevenlabs", "studio.projects.snapshots.download_archive"): {
        "project_id": "prj_missing",
        "project_snapshot_id": "snap_x",
        "path": OUT,
    },
    ("elevenlabs", "studio.projects.chapters.list"): {"project_id": "prj_missing"},
    ("elevenlabs", "studio.projects.chapters.get"): {"project_id": "prj_missing", "chapter_id": "ch_missing"},
    ("elevenlabs", "studio.projects.chapters.create"): {"project_id": "prj_missing", "name": "Extra"},
    ("elevenlabs", "studio.projects.chapters.update"): {
        "project_id": "prj_missing",
        "chapter_id": "ch_missing",
        "name": "Extra 2",
    },
    ("elevenlabs", "studio.projects.chapters.delete"): {"project_id": "prj_missing", "chapter_id": "ch_missing"},
    ("elevenlabs", "studio.projects.chapters.convert"): {"project_id": "prj_missing", "chapter_id": "ch_missing"},
    ("elevenlabs", "studio.projects.chapters.wait_for_conversion"): {
        "project_id": "prj_missing",
        "chapter_id": "ch_missing",
    },
    ("elevenlabs", "studio.projects.chapters.snapshots.list"): {
        "project_id": "prj_missing",
        "chapter_id": "ch_missing",
    },
    ("elevenlabs", "studio.projects.chapters.snapshots.get"): {
        "project_id": "prj_missing",
        "chapter_id": "ch_missing",
        "chapter_snapshot_id": "csnap_x",
    },
    ("elevenlabs", "studio.projects.chapters.snapshots.download"): {
        "project_id": "prj_missing",
        "chapter_id": "ch_missing",
        "chapter_snapshot_id": "csnap_x",
        "path": OUT,
    },
    ("elevenlabs", TOP_LEVEL): {"source": MEDIA_URL, "target_lang": "es", "out_dir": DIRECTORY},
    ("dubformer", CONSTRUCTOR): {"api_key": SECRET, "base_url": BASE_URL},
    ("dubformer", "close"): {},
    ("dubformer", "with_options"): {},
    ("dubformer", "options"): {},
    ("dubformer", "voices"): {},
    ("dubformer", "balance"): {},
    ("dubformer", "projects.create"): {"source_lang": "en", "target_lang": "fr-FR", "source_video_url": MEDIA_URL},
    ("dubformer", "projects.get"): {"project_id": "prj_missing"},
    ("dubformer", "projects.delete"): {"project_id": "prj_missing"},
    ("dubformer", "projects.list"): {},
    ("dubformer", "projects.wait"): {"project_id": "prj_missing"},
    ("dubformer", "projects.retranslate"): {
        "project_id": "prj_missing",
        "target_script": SCRIPT,
        "target_speakers": SPEAKERS,
    },
    ("dubformer", "projects.validate_retranslation"): {
        "project_id": "prj_missing",
        "target_script": SCRIPT,
        "target_speakers": SPEAKERS,
    },
    ("dubformer", "projects.download"): {"project_or_id": "prj_missing", "path": OUT},
    ("dubformer", TOP_LEVEL): {"source": MEDIA_URL, "source_lang": "en", "target_lang": "fr-FR", "out_dir": DIRECTORY},
}
"""Every (provider, method) and a valid call of it, ids made up (the simulator knows none of them)."""
# Each byte iterator takes its download's arguments but the path.
_ITERATORS = {
    "dubbing.audio.download": "dubbing.audio.iter_bytes",
    "dubbing.resource.download_render": "dubbing.resource.iter_render_bytes",
    "dubbing.project.language.download": "dubbing.project.language.iter_bytes",
    "studio.projects.snapshots.download": "studio.projects.snapshots.iter_bytes",
    "studio.projects.snapshots.download_archive": "studio.projects.snapshots.iter_archive_bytes",
    "studio.projects.chapters.snapshots.download": "studio.projects.chapters.snapshots.iter_bytes",
    "projects.download": "projects.iter_bytes",
}
BASELINE.update({
    (provider, _ITERATORS[path]): {name: value for name, value in kwargs.items() if name != "path"}
    for (provider, path), kwargs in list(BASELINE.items())
    if path in _ITERATORS
})  # fmt: skip
_NO_REQUEST = {CONSTRUCTOR, "close", "with_options"}
API_CALLS = sorted((provider, path) for provider, path in BASELINE if path not in _NO_REQUEST)
"""Every method that talks to the API."""


def _is_resource(value: object) -> bool:
    """A dubkit resource object (``client.dubbing``, ``.projects`` ...), not a setting, URL or httpx2 client."""
    return isinstance(value, APIResource) and not isinstance(value, ElevenLabs | AsyncElevenLabs | Dubformer)


def public_methods(obj: object, prefix: str = "") -> dict[str, Callable[..., Any]]:
    """Return every public method reachable from ``obj`` through its public resource attributes, by dotted path.

    Async names with a sync twin (``aclose``) are reported under the sync name.
    """
    found: dict[str, Callable[..., Any]] = {}
    names = {name for name in dir(obj) if not name.startswith("_")}
    for name in sorted(names):
        static = inspect.getattr_static(obj, name)
        if inspect.isfunction(static):
            found[prefix + _ALIASES.get(name, name)] = getattr(obj, name)
            continue
        value = getattr(obj, name)  # evaluates cached properties (client.dubbing, client.studio)
        if _is_resource(value):
            found.update(public_methods(value, f"{prefix}{name}."))
    return found


def surface(provider: str, mode: str) -> set[str]:
    """Every public method path of one client class, plus its constructor and ``dub_file``."""
    client = CLIENTS[provider, mode](api_key="surface-key", base_url=BASE_URL)
    return {*public_methods(client), CONSTRUCTOR, TOP_LEVEL}


def resolve(value: Any, tmp_path: Path) -> Any:
    """Replace the placeholder tokens in a call's arguments with real paths under ``tmp_path``."""
    if isinstance(value, Mapping):
        return {key: resolve(item, tmp_path) for key, item in value.items()}
    if value is OUT:
        return tmp_path / "out" / "file.bin"
    if value is DIRECTORY:
        return tmp_path
    if value is MISSING_FILE:
        return tmp_path / "no_such_file.mp4"
    if value in (MEDIA_FILE, EXISTING_FILE):
        path = tmp_path / ("talk.mp3" if value is MEDIA_FILE else "existing.txt")
        path.write_bytes(speech_sample(1.0, content_type="audio/mpeg") if value is MEDIA_FILE else b"notes")
        return path
    return value


def run(value: Any) -> Any:
    """Return a call's result: awaited if it is awaitable, and a pager (sync or async) read to its end."""
    if inspect.isawaitable(value):
        value = asyncio.run(_awaited(value))
    if hasattr(value, "__aiter__"):
        return asyncio.run(_collect(value))
    if hasattr(value, "iter_pages") or isinstance(value, Iterator):  # a pager, or a download's bytes
        return list(value)
    return value


async def _awaited(value: Any) -> Any:
    return await value


async def _collect(pager: Any) -> list[Any]:
    return [item async for item in pager]


def method(client: Any, path: str) -> Callable[..., Any]:
    """Return the bound method at a dotted path of a client (``close`` is ``aclose`` on an async client)."""
    target: Any = client
    *owners, name = path.split(".")
    for owner in owners:
        target = getattr(target, owner)
    if name == "close" and not hasattr(target, "close"):
        name = "aclose"
    return getattr(target, name)


def invoke(provider: str, mode: str, path: str, kwargs: Mapping[str, Any], client: Any) -> Any:
    """Call one method as a user would (sync, or awaited on a fresh loop) and read its result to the end."""
    if path == CONSTRUCTOR:
        return CLIENTS[provider, mode](**kwargs)
    if path == TOP_LEVEL:
        function = dubkit.dub_file if mode == "sync" else dubkit.adub_file
        return run(function(**{"provider": provider, "client": client, **kwargs}))
    return run(method(client, path)(**kwargs))


@contextlib.contextmanager
def open_client(
    provider: str,
    mode: str,
    transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport,
    *,
    key: str = SECRET,
    base_url: str = BASE_URL,
    follow_redirects: bool = False,
    **options: Any,
) -> Iterator[Any]:
    """Yield a client of ``provider`` sending through ``transport`` (sync or async per ``mode``), then close both."""
    if mode == "sync":
        http: Any = httpx2.Client(transport=transport, follow_redirects=follow_redirects)  # type: ignore[arg-type]
    else:
        http = httpx2.AsyncClient(transport=transport, follow_redirects=follow_redirects)  # type: ignore[arg-type]
    client = CLIENTS[provider, mode](api_key=key, base_url=base_url, http_client=http, **options)
    try:
        yield client
    finally:
        if mode == "sync":
            client.close()
            http.close()
        else:
            asyncio.run(_aclose(client, http))


async def _aclose(client: Any, http: httpx2.AsyncClient) -> None:
    await client.aclose()
    await http.aclose()


def sim_transport(sim: Simulator, mode: str) -> httpx2.BaseTransport | httpx2.AsyncBaseTransport:
    """The simulator's in-process transport for a sync or async client."""
    return sim.transport() if mode == "sync" else sim.async_transport()


class ForeignMediaTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """The simulator, with every output file it links to moved to another host (``MEDIA_HOST``).

    The simulator serves files on the API's own origin; real APIs serve them from CDNs and storage
    buckets. JSON answers from the API host get their ``/_sim/media/`` links rewritten, and requests to
    the media host reach the simulator as they are (it records the host each request addressed).

    Args:
        sim: The simulator.
        answer_host: A host this transport answers itself (200, a few bytes) and records, e.g. where the
            simulator's ``redirect`` fault points, so a followed redirect succeeds without the simulator.
        redirect_media: Answer every request to the media host with a 307 to ``answer_host`` (the
            simulator's ``redirect`` fault does not apply to its media files).
    """

    def __init__(self, sim: Simulator, *, answer_host: str | None = None, redirect_media: bool = False) -> None:
        self._sync = sim.transport()
        self._async = sim.async_transport()
        self._answer_host = answer_host
        self._redirect_media = redirect_media
        self.answered: list[httpx2.Request] = []
        self.redirected: list[httpx2.Request] = []

    @staticmethod
    def _moved(response: httpx2.Response, body: bytes) -> httpx2.Response:
        for scheme in ("http", "https"):
            old = f"{scheme}://{API_HOST}/_sim/media/".encode()
            body = body.replace(old, f"https://{MEDIA_HOST}/_sim/media/".encode())
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        return httpx2.Response(response.status_code, headers=headers, content=body)

    def _answered(self, request: httpx2.Request) -> httpx2.Response | None:
        if self._redirect_media and request.url.host == MEDIA_HOST:
            self.redirected.append(request)
            target = request.url.copy_with(host=self._answer_host)
            return httpx2.Response(307, headers={"location": str(target)})
        if request.url.host != self._answer_host:
            return None
        self.answered.append(request)
        return httpx2.Response(200, content=b"elsewhere", headers={"content-type": "application/octet-stream"})

    @staticmethod
    def _rewrites(request: httpx2.Request, response: httpx2.Response) -> bool:
        return request.url.host == API_HOST and response.headers.get("content-type", "").startswith("application/json")

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send to the simulator (or answer here); rewrite the media links of an API answer."""
        answered = self._answered(request)
        if answered is not None:
            return answered
        response = self._sync.handle_request(request)
        return self._moved(response, response.read()) if self._rewrites(request, response) else response

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        """Send to the simulator (or answer here); rewrite the media links of an API answer."""
        answered = self._answered(request)
        if answered is not None:
            return answered
        response = await self._async.handle_async_request(request)
        return self._moved(response, await response.aread()) if self._rewrites(request, response) else response


CREDENTIAL_HEADERS = ("xi-api-key", "authorization")


def carries_credentials(request: httpx2.Request) -> bool:
    """Whether a request has either provider's credential header."""
    return any(name in request.headers for name in CREDENTIAL_HEADERS)


def exception_texts(error: BaseException) -> str:
    """Every text a user may see of an error: str, repr, args, and the formatted traceback with its causes."""
    parts = [str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error))]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [str(current), repr(current)]
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


LOGGERS = ("dubkit", "httpx2", "httpcore2")
"""The loggers a request goes through; all captured at DEBUG by the security tests."""


def capture_debug(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Make ``caplog`` capture every record of ``LOGGERS`` at DEBUG."""
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def logged_text(caplog: pytest.LogCaptureFixture) -> str:
    """Everything the captured records would print: messages, arguments, and formatted tracebacks."""
    parts = [caplog.text]
    for record in caplog.records:
        parts += [record.getMessage(), repr(record.args), record.exc_text or ""]
    return "\n".join(parts)
