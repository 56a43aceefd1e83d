"""Shared helpers of the ``client.studio`` tests, and the check that every sync class has an identical async twin."""

from __future__ import annotations

import asyncio
import inspect
from collections import defaultdict
from typing import Any

import pytest
from dubkit import AsyncElevenLabs, ElevenLabs
from dubkit.elevenlabs._async import _studio as _astudio
from dubkit.elevenlabs._async import _studio_chapters as _achapters
from dubkit.elevenlabs._async import _studio_content as _acontent
from dubkit.elevenlabs._async import _studio_projects as _aprojects
from dubkit.elevenlabs._async import _studio_snapshots as _asnapshots
from dubkit.elevenlabs._sync import _studio, _studio_chapters, _studio_content, _studio_projects, _studio_snapshots
from dubkit.sim import Simulator
from dubkit.sim._protocol import SimRequest
from dubkit.sim.elevenlabs._studio_media import project_prefix

STUDIO_OPERATIONS = frozenset(
    {
        "list_projects", "create_project", "get_project", "update_project", "delete_project",
        "update_project_content", "convert_project", "update_pronunciation_dictionaries",
        "list_project_snapshots", "get_project_snapshot", "stream_project_snapshot_audio",
        "stream_project_snapshot_archive", "list_chapters", "create_chapter", "get_chapter", "update_chapter",
        "delete_chapter", "convert_chapter", "list_chapter_snapshots", "get_chapter_snapshot",
        "stream_chapter_snapshot_audio", "create_podcast",
    }
)  # fmt: skip
VOICE = "21m00Tcm4TlvDq8ikWAM"
"""The sim's default voice (a project created without voices gets it)."""
CONTENT = [
    {
        "name": "Chapter A",
        "blocks": [
            {"sub_type": "h1", "nodes": [{"type": "tts_node", "voice_id": "voiceone", "text": "Opening"}]},
            {"sub_type": "p", "nodes": [{"type": "tts_node", "voice_id": "voicetwo", "text": "A quiet morning."}]},
        ],
    },
    {"name": "Chapter B", "blocks": [{"nodes": [{"type": "tts_node", "voice_id": "voiceone", "text": "Rain."}]}]},
]
PAGE = "https://blog.example.com/the_first_ai_that_can_laugh/"
MODES = ["sync", "async"]


class Blocking:
    """Drives an async resource tree like a sync one: each call runs its coroutine with ``asyncio.run``.

    So one test body checks both twins; the async client's calls really are awaited, on their own loop.
    """

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if inspect.ismethod(value):

            def call(*args: Any, **kwargs: Any) -> Any:
                result = value(*args, **kwargs)
                return asyncio.run(result) if inspect.isawaitable(result) else result

            return call
        return Blocking(value)


def studio_for(request: pytest.FixtureRequest) -> Any:
    """Return ``client.studio`` of the sync client, or of the async client behind ``Blocking``, per the param."""
    if request.param == "sync":
        client: ElevenLabs = request.getfixturevalue("elevenlabs_client")
        return client.studio
    async_client: AsyncElevenLabs = request.getfixturevalue("async_elevenlabs_client")
    return Blocking(async_client.studio)


class Recorder:
    """Keeps every request the simulator's Studio handlers received (body fields and uploaded files)."""

    def __init__(self, sim: Simulator, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: dict[str, list[SimRequest]] = defaultdict(list)
        assert sim.elevenlabs is not None
        handlers = sim.elevenlabs.handlers
        for operation in STUDIO_OPERATIONS:
            monkeypatch.setitem(handlers, operation, self._spy(operation, handlers[operation]))

    def _spy(self, operation: str, handler: Any) -> Any:
        def spy(request: SimRequest) -> Any:
            self.seen[operation].append(request)
            return handler(request)

        return spy

    def last(self, operation: str) -> SimRequest:
        """The last request of an operation."""
        return self.seen[operation][-1]


def served(sim: Simulator, project_id: str, name: str) -> bytes:
    """The bytes the simulator serves for a file of a project (``<snapshot>.mp3``, ``chapters/<id>/...``)."""
    return sim.media(f"{project_prefix(project_id)}{name}").read()


def project_with_text(studio: Any) -> str:
    """Create a project from content JSON (two chapters with text) and return its id."""
    return studio.projects.create(name="Book", from_content_json=CONTENT).project.project_id


TWINS = [
    (_studio.Studio, _astudio.AsyncStudio),
    (_studio_projects.Projects, _aprojects.AsyncProjects),
    (_studio_content.ProjectContent, _acontent.AsyncProjectContent),
    (_studio_content.ProjectPronunciationDictionaries, _acontent.AsyncProjectPronunciationDictionaries),
    (_studio_snapshots.ProjectSnapshots, _asnapshots.AsyncProjectSnapshots),
    (_studio_chapters.Chapters, _achapters.AsyncChapters),
    (_studio_snapshots.ChapterSnapshots, _asnapshots.AsyncChapterSnapshots),
]


@pytest.mark.parametrize(("sync", "asynchronous"), TWINS, ids=[pair[0].__name__ for pair in TWINS])
def test_every_sync_studio_class_has_an_async_twin_with_the_same_surface(sync: type, asynchronous: type) -> None:
    """Same public methods, each a coroutine in the twin, with the same parameters and defaults."""
    methods = {name for name, value in vars(sync).items() if not name.startswith("_") and callable(value)}
    assert methods == {
        name for name, value in vars(asynchronous).items() if not name.startswith("_") and callable(value)
    }
    assert methods
    for name in methods:
        assert not inspect.iscoroutinefunction(getattr(sync, name)), name
        # A byte iterator is returned at once, and read with ``async for``.
        assert inspect.iscoroutinefunction(getattr(asynchronous, name)) is not name.startswith("iter_"), name
        expected = [(p.name, p.kind, p.default) for p in inspect.signature(getattr(sync, name)).parameters.values()]
        actual = [
            (p.name, p.kind, p.default) for p in inspect.signature(getattr(asynchronous, name)).parameters.values()
        ]
        assert expected == actual, name
        assert getattr(sync, name).__doc__, name


@pytest.mark.parametrize("mode", MODES)
def test_every_studio_resource_is_reachable_from_the_client(
    mode: str, elevenlabs_client: ElevenLabs, async_elevenlabs_client: AsyncElevenLabs
) -> None:
    """The resource tree hangs off client.studio with the names of the official SDK."""
    studio = elevenlabs_client.studio if mode == "sync" else async_elevenlabs_client.studio
    projects = studio.projects
    for owner, attribute in [
        (studio, "create_podcast"),
        (projects, "content"),
        (projects, "pronunciation_dictionaries"),
        (projects, "snapshots"),
        (projects, "chapters"),
        (projects.chapters, "snapshots"),
        (projects.snapshots, "download_archive"),
        (projects.chapters, "wait_for_conversion"),
    ]:
        assert hasattr(owner, attribute), attribute
    assert type(projects).__name__ == ("Projects" if mode == "sync" else "AsyncProjects")
