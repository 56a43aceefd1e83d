"""Converting Studio projects and chapters, and waiting for it: done, failed, timed out, unknown states."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from dubkit import DubbingFailedError, WaitTimeoutError
from dubkit.elevenlabs.types import ChapterWithContentResponseModel, ProjectExtendedResponseModel
from dubkit.sim import Simulator
from dubkit.sim._protocol import JSONReply
from test_el_studio_support import MODES, project_with_text, studio_for


@pytest.fixture(params=MODES)
def studio(request: pytest.FixtureRequest) -> Any:
    return studio_for(request)


def test_convert_then_wait_for_the_project(studio: Any, clocked: Simulator) -> None:
    """The wait reports each status change and returns the idle project with a new snapshot."""
    project_id = project_with_text(studio)
    assert studio.projects.snapshots.list(project_id) == []
    assert studio.projects.convert(project_id).status == "ok"
    seen: list[str] = []
    project = studio.projects.wait_for_conversion(project_id, on_update=lambda p: seen.append(p.state.value))
    assert isinstance(project, ProjectExtendedResponseModel)
    assert seen == ["in_queue", "converting", "default"]
    assert project.state == "default"
    assert project.can_be_downloaded is True
    assert all(chapter.statistics.characters_unconverted == 0 for chapter in project.chapters)
    assert len(studio.projects.snapshots.list(project_id)) == 1


def test_an_idle_project_returns_at_once(studio: Any, clocked: Simulator) -> None:
    """Nothing to wait for: one poll, no sleep."""
    project_id = project_with_text(studio)
    before = clocked.clock_json()["elapsed"]
    assert studio.projects.wait_for_conversion(project_id).state == "default"
    assert clocked.clock_json()["elapsed"] == before
    assert len(clocked.requests("get_project")) == 1


def test_the_project_wait_times_out_with_the_last_state(studio: Any, dubkit_sim: Simulator) -> None:
    """At the deadline the error carries the project and the last status seen; the conversion goes on."""
    # The simulator's clock stands still (no `clocked`): the conversion never ends, the real deadline passes.
    project_id = project_with_text(studio)
    studio.projects.convert(project_id)
    with pytest.raises(WaitTimeoutError) as timed_out:
        studio.projects.wait_for_conversion(project_id, timeout=0.2, poll_interval=0.02)
    assert timed_out.value.job_id == project_id
    assert timed_out.value.last_status == "in_queue"
    assert timed_out.value.last_state.project_id == project_id
    assert len(dubkit_sim.requests("get_project")) >= 2
    dubkit_sim.advance(60)
    assert studio.projects.wait_for_conversion(project_id).state == "default"


@pytest.mark.dubkit_sim(failure_rate=1.0)
def test_a_failed_project_conversion_ends_the_wait(studio: Any, clocked: Simulator) -> None:
    """A conversion that leaves chapter errors is a failure, with the chapters' messages."""
    project_id = project_with_text(studio)
    studio.projects.convert(project_id)
    seen: list[str] = []
    with pytest.raises(DubbingFailedError) as failed:
        studio.projects.wait_for_conversion(project_id, on_update=lambda p: seen.append(p.state.value))
    assert failed.value.job_id == project_id
    assert "Chapter A: Conversion failed" in str(failed.value)
    assert "Chapter B: Conversion failed" in failed.value.error_message
    assert isinstance(failed.value.job, ProjectExtendedResponseModel)
    assert seen[-1] == "default"
    assert studio.projects.snapshots.list(project_id) == []


def test_convert_then_wait_for_one_chapter(studio: Any, clocked: Simulator) -> None:
    """A chapter conversion makes a chapter snapshot and no project snapshot."""
    project_id = project_with_text(studio)
    chapter_id = studio.projects.chapters.list(project_id)[0].chapter_id
    assert studio.projects.chapters.convert(project_id, chapter_id).status == "ok"
    seen: list[str] = []
    chapter = studio.projects.chapters.wait_for_conversion(
        project_id, chapter_id, on_update=lambda c: seen.append(c.state.value)
    )
    assert isinstance(chapter, ChapterWithContentResponseModel)
    assert seen == ["converting", "default"]
    assert chapter.can_be_downloaded is True
    assert len(studio.projects.chapters.snapshots.list(project_id, chapter_id)) == 1
    assert studio.projects.snapshots.list(project_id) == []


def test_the_chapter_wait_times_out(studio: Any, dubkit_sim: Simulator) -> None:
    """The chapter wait has the same deadline handling."""
    project_id = project_with_text(studio)
    chapter_id = studio.projects.chapters.list(project_id)[0].chapter_id
    studio.projects.chapters.convert(project_id, chapter_id)
    with pytest.raises(WaitTimeoutError) as timed_out:
        studio.projects.chapters.wait_for_conversion(project_id, chapter_id, timeout=0.2, poll_interval=0.02)
    assert (timed_out.value.job_id, timed_out.value.last_status) == (chapter_id, "converting")


@pytest.mark.dubkit_sim(failure_rate=1.0)
def test_a_failed_chapter_conversion_ends_the_wait(studio: Any, clocked: Simulator) -> None:
    """The chapter's last_conversion_error is the failure's message."""
    project_id = project_with_text(studio)
    chapter_id = studio.projects.chapters.list(project_id)[1].chapter_id
    studio.projects.chapters.convert(project_id, chapter_id)
    with pytest.raises(DubbingFailedError, match="simulated failure") as failed:
        studio.projects.chapters.wait_for_conversion(project_id, chapter_id)
    assert failed.value.job.chapter_id == chapter_id


def _report_state(sim: Simulator, operation: str, state: str, polls: int) -> None:
    """Make the next ``polls`` answers of an operation report ``state``, a value the spec does not list."""
    assert sim.elevenlabs is not None
    original = sim.elevenlabs.handlers[operation]
    left = [polls]

    def handler(request: Any) -> Any:
        reply = original(request)
        if left[0] <= 0:
            return reply
        left[0] -= 1
        body = reply.model_dump(mode="json", by_alias=True, exclude_unset=True)
        body["state"] = state
        return JSONReply(body)

    sim.elevenlabs.handlers[operation] = handler


@pytest.mark.dubkit_sim(validate_responses=False)
def test_an_unknown_project_state_counts_as_running(studio: Any, clocked: Simulator, caplog) -> None:
    """A state the spec does not list keeps the wait going (logged once) instead of failing to parse."""
    project_id = project_with_text(studio)
    _report_state(clocked, "get_project", "rendering", polls=3)
    seen: list[str] = []
    with caplog.at_level(logging.WARNING, logger="dubkit"):
        project = studio.projects.wait_for_conversion(project_id, on_update=lambda p: seen.append(p.state.value))
    assert project.state == "default"
    assert len(clocked.requests("get_project")) == 4
    assert seen == ["rendering", "default"]
    warnings = [record.getMessage() for record in caplog.records if "rendering" in record.getMessage()]
    assert len(warnings) == 1


@pytest.mark.dubkit_sim(validate_responses=False)
def test_an_unknown_chapter_state_counts_as_running(studio: Any, clocked: Simulator) -> None:
    """The chapter wait treats a new state the same way."""
    project_id = project_with_text(studio)
    chapter_id = studio.projects.chapters.list(project_id)[0].chapter_id
    _report_state(clocked, "get_chapter", "queued_for_render", polls=2)
    chapter = studio.projects.chapters.wait_for_conversion(project_id, chapter_id)
    assert chapter.state == "default"
    assert len(clocked.requests("get_chapter")) == 3


def test_a_podcast_whose_creation_failed_ends_the_wait(studio: Any, clocked: Simulator) -> None:
    """creation_meta.status "failed" is a failure even while the state still reads "creating"."""
    created = studio.create_podcast(
        model_id="eleven_multilingual_v2",
        mode={"type": "bulletin", "bulletin": {"host_voice_id": "hostvoice"}},
        source={"type": "text", "text": "The tides."},
    )
    assert clocked.elevenlabs is not None
    original = clocked.elevenlabs.handlers["get_project"]

    def creation_fails(request: Any) -> Any:
        body = original(request).model_dump(mode="json", by_alias=True, exclude_unset=True)
        body["creation_meta"]["status"] = "failed"
        return JSONReply(body)

    clocked.elevenlabs.handlers["get_project"] = creation_fails
    with pytest.raises(DubbingFailedError, match="could not be created") as failed:
        studio.projects.wait_for_conversion(created.project.project_id)
    assert failed.value.job.state == "creating"
    assert len(clocked.requests("get_project")) == 1
