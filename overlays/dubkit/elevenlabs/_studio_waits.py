"""What "converting", "done" and "failed" mean for a Studio project or chapter, for ``wait_for_conversion``.

The API has no failed state: a project's ``state`` is ``creating``, ``in_queue``, ``converting`` or
``default`` (idle), a chapter's ``converting`` or ``default``. A conversion that failed leaves its
chapters idle with a ``last_conversion_error`` (the callback documentation calls it
``conversion_status: "error"``), and a podcast whose generation failed reports
``creation_meta.status == "failed"``. So a poll's status is the ``state`` the API reported, except
that dubkit reports ``"failed"`` for an idle project or chapter that carries such an error:

=============================  ==========
status                         wait
=============================  ==========
``creating``                   running (a podcast being written; it converts itself next)
``in_queue``, ``converting``   running
``default``                    done
``failed`` (dubkit's own)      failed: ``DubbingFailedError`` with the chapters' errors
anything else                  running, logged once as a warning
=============================  ==========

The generated models keep a ``state`` value the spec does not list (as a pseudo-member of the enum)
rather than failing to parse, so a new state reaches the wait as its own status and counts as running.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx2
from dubkit_elevenlabs.models import (
    ChapterResponseModel,
    ChapterWithContentResponseModel,
    ProjectCreationMetaResponseModel,
    ProjectCreationMetaResponseModelStatus,
    ProjectExtendedResponseModel,
)

from dubkit._retry import retry_after_seconds
from dubkit._waiting import JobState, Observation

__all__ = [
    "CHAPTER_STATES",
    "FAILED",
    "PROJECT_STATES",
    "chapter_error",
    "chapter_observation",
    "classify_chapter",
    "classify_project",
    "project_error",
    "project_observation",
]

FAILED = "failed"
"""The status dubkit reports for an idle project or chapter whose last conversion (or creation) failed."""
PROJECT_STATES: dict[str, JobState] = {
    "creating": "running",
    "in_queue": "running",
    "converting": "running",
    "default": "done",
    FAILED: "failed",
}
"""Project statuses and what they mean to a wait; any other counts as running."""
CHAPTER_STATES: dict[str, JobState] = {"converting": "running", "default": "done", FAILED: "failed"}
"""Chapter statuses and what they mean to a wait; any other counts as running."""
classify_project: Callable[[str], JobState | None] = PROJECT_STATES.get
"""Map a project status to the wait states; None for one dubkit does not know (still running)."""
classify_chapter: Callable[[str], JobState | None] = CHAPTER_STATES.get
"""Map a chapter status to the wait states; None for one dubkit does not know (still running)."""


def _error_of(chapter: ChapterResponseModel | ChapterWithContentResponseModel) -> str | None:
    error = chapter.last_conversion_error
    return error if isinstance(error, str) and error.strip() else None


def _creation_failed(project: ProjectExtendedResponseModel) -> bool:
    meta = project.creation_meta
    return (
        isinstance(meta, ProjectCreationMetaResponseModel)
        and meta.status == ProjectCreationMetaResponseModelStatus.FAILED
    )


def project_error(project: ProjectExtendedResponseModel) -> str | None:
    """Return why a project's conversion (or creation) failed, if it says.

    Args:
        project: The project.

    Returns:
        ``"<chapter name>: <error>"`` for each chapter with an error, joined by ``"; "``; or None.
    """
    errors = [f"{chapter.name}: {error}" for chapter in project.chapters if (error := _error_of(chapter))]
    if _creation_failed(project):
        errors.insert(0, "the project could not be created")
    return "; ".join(errors) or None


def chapter_error(chapter: ChapterWithContentResponseModel) -> str | None:
    """Return why a chapter's last conversion failed, if it says.

    Args:
        chapter: The chapter.

    Returns:
        The error, or None.
    """
    return _error_of(chapter)


def _project_status(project: ProjectExtendedResponseModel) -> str:
    state = project.state.value
    if _creation_failed(project) or (state == "default" and project_error(project)):
        return FAILED
    return state


def _chapter_status(chapter: ChapterWithContentResponseModel) -> str:
    state = chapter.state.value
    return FAILED if state == "default" and _error_of(chapter) else state


def project_observation(
    project: ProjectExtendedResponseModel, headers: httpx2.Headers
) -> Observation[ProjectExtendedResponseModel]:
    """Return one poll's observation of a project.

    Args:
        project: The project.
        headers: The response headers (a ``Retry-After`` lengthens the next wait).

    Returns:
        The observation; its status is the project's ``state``, or ``"failed"``.
    """
    return Observation(
        state=project, status=_project_status(project), retry_after=retry_after_seconds(headers, cap=None)
    )


def chapter_observation(
    chapter: ChapterWithContentResponseModel, headers: httpx2.Headers
) -> Observation[ChapterWithContentResponseModel]:
    """Return one poll's observation of a chapter.

    Args:
        chapter: The chapter.
        headers: The response headers.

    Returns:
        The observation; its status is the chapter's ``state``, or ``"failed"``.
    """
    return Observation(
        state=chapter, status=_chapter_status(chapter), retry_after=retry_after_seconds(headers, cap=None)
    )
