"""The Dubbing Project API of the simulator: projects, their source transcript, language targets and outputs.

Example::

    section = ProjectSection(context)
    reply = section.handlers()["create_dubbing_project"](request)  # DubbingProjectResponse, 201
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping
from typing import Any

import attrs
from dubkit_models.elevenlabs import (
    DubbingBulkSourceSegmentUpdateResponse,
    DubbingBulkTargetSegmentUpdateResponse,
    DubbingLanguageListResponse,
    DubbingLanguageResponse,
    DubbingProjectListResponse,
    DubbingProjectResponse,
    DubbingRegenerateResponse,
    DubbingSourceMediaInfo,
    DubbingSourceSegmentUpdateResponse,
    DubbingSourceTranscriptResponse,
    DubbingTargetSegmentUpdateResponse,
    DubbingTargetTranscriptResponse,
    DubbingTranscriptRevisionResponse,
)

from dubkit.sim._media_files import add_media, encode_for, resolve_source
from dubkit.sim._media_signal import speech_like
from dubkit.sim._protocol import (
    EmptyReply,
    Issue,
    JSONReply,
    SimContext,
    SimHTTPError,
    SimInvalidError,
    SimRequest,
)
from dubkit.sim._provider import StateSection, serves

from ._dubbing_create import FAIL_MARKER
from ._dubbing_langs import is_dubbing_language
from ._dubbing_media import guess_content_type
from ._dubbing_state import decode_cursor, encode_cursor
from ._project_state import Generation, LanguageTarget, Project, SourceSegment, translate

__all__ = ["ProjectSection"]

DEFAULT_PAGE_SIZE = 20
_MIN_SECONDS = 20.0
_SPAN_SECONDS = 160
_LINE_SECONDS = 5.0
# The documented limits of a create request.
_MAX_REFERENCE = 500
_MAX_KEYTERMS = 1000
_MAX_KEYTERM_LENGTH = 50
_MAX_WEBHOOKS = 3


def _invalid(field: str, message: str) -> SimInvalidError:
    return SimInvalidError(Issue(("body", field), message, "value_error"))


def _segments(identity: str, duration: float, limit: int) -> list[SourceSegment]:
    rng = random.Random(identity)  # noqa: S311 - deterministic simulated transcript
    count = max(1, min(limit, int(duration // _LINE_SECONDS)))
    step = duration / count
    return [
        SourceSegment(
            id=f"seg_{index:04d}",
            text=f"Line {index + 1} of the source.",
            speaker_id=f"speaker_{rng.randint(1, 2)}",
            start_s=round(index * step, 3),
            end_s=round(index * step + step * 0.9, 3),
        )
        for index in range(count)
    ]


class ProjectSection(StateSection):
    """Serves ``/v1/dubbing/project``: every dubbing project until it is deleted.

    Args:
        context: The simulator context (clock, IDs, media store, configuration).
    """

    def __init__(self, context: SimContext) -> None:
        super().__init__(context)
        self._projects: dict[str, Project] = {}
        self._created = 0
        self._regenerations = 0

    def reset(self) -> None:
        """Forget every project and its outputs."""
        for project_id in self._projects:
            self.context.media.remove_prefix(f"projects/{project_id}/")
        self._projects.clear()
        self._created = self._regenerations = 0

    def counts(self) -> Mapping[str, int]:
        """Return how many projects were ever created and how many regenerations were asked for.

        Returns:
            ``projects_created`` and ``regenerations``.
        """
        return {"projects_created": self._created, "regenerations": self._regenerations}

    # --- helpers ---

    @property
    def _elapsed(self) -> float:
        return self.context.clock.elapsed()

    def _project(self, request: SimRequest) -> Project:
        project = self._projects.get(request.path["project_id"])
        if project is None:
            raise SimHTTPError(
                404, "project_not_found", f"Dubbing project {request.path['project_id']!r} was not found."
            )
        project.start_generations(self._elapsed)
        return project

    def _ready(self, request: SimRequest) -> Project:
        project = self._project(request)
        if not project.is_ready(self._elapsed):
            raise SimInvalidError(Issue(("path", "project_id"), "The project is not ready yet.", "value_error"))
        return project

    def _target(self, project: Project, request: SimRequest) -> LanguageTarget:
        target = project.languages.get(request.path["language_id"])
        if target is None:
            message = f"Language target {request.path['language_id']!r} was not found."
            raise SimHTTPError(404, "language_not_found", message)
        return target

    def _touch(self, project: Project) -> None:
        project.updated_at = self.context.clock.now()

    def _output_url(self, project: Project, target: LanguageTarget, base_url: str) -> str | None:
        output = target.output
        if output is None:
            return None
        key = f"projects/{project.project_id}/{target.language_id}/r{output.revision}.wav"
        name = f"{project.project_id}_{target.target_language}.wav"
        seconds = project.media.duration_s or 1.0
        spans = [(segment.start_s, segment.end_s) for segment in project.segments]
        seed = f"{key}:{target.target_language}"
        add_media(
            self.context, key, "audio/wav", name, encode_for(lambda: speech_like(seconds, spans, seed), "audio/wav")
        )
        signature = hashlib.sha256(key.encode()).hexdigest()[:16]
        return f"{self.context.media_url(base_url, key)}?signature={signature}"

    def _language(self, project: Project, target: LanguageTarget, base_url: str) -> DubbingLanguageResponse:
        model = project.language_model(target, self._elapsed, None)
        if target.output is None:
            return model
        return project.language_model(target, self._elapsed, self._output_url(project, target, base_url))

    # --- projects ---

    @serves("create_dubbing_project")
    def create(self, request: SimRequest) -> JSONReply:
        """Create a project from an uploaded file or a URL (optionally with a first language target).

        Args:
            request: The multipart request.

        Returns:
            The new project (201).

        Raises:
            SimInvalidError: Neither or both of file and source_url; an unknown language; too long a reference.
        """
        body: Mapping[str, Any] = request.body or {}
        uploads = list(request.files.get("file", []))
        url = body.get("source_url")
        if bool(uploads) == bool(url):
            raise _invalid("file", "Provide exactly one of file and source_url.")
        reference = body.get("reference")
        if reference is not None and len(reference) > _MAX_REFERENCE:
            raise _invalid("reference", "reference must be at most 500 characters.")
        for field in ("source_language", "target_language"):
            code = body.get(field)
            if code is not None and not is_dubbing_language(code.split("-")[0]):
                raise _invalid(field, f"{code!r} is not a supported language.")
        keyterms = body.get("keyterms") or []
        if isinstance(keyterms, str):
            keyterms = [keyterms]
        if len(keyterms) > _MAX_KEYTERMS or any(len(term) > _MAX_KEYTERM_LENGTH for term in keyterms):
            raise _invalid("keyterms", "At most 1000 key terms of at most 50 characters each.")
        webhooks = body.get("webhook_ids") or []
        webhooks = [webhooks] if isinstance(webhooks, str) else list(webhooks)
        if len(webhooks) > _MAX_WEBHOOKS:
            raise _invalid("webhook_ids", "At most 3 webhooks.")
        upload = uploads[0] if uploads else None
        identity = upload.sha256 if upload else str(url)
        name = upload.filename if upload else str(url)
        # Read like the classic flow's source: an upload that is not media (or a URL that cannot be
        # fetched) makes a project that fails, saying why; media that decodes gives its real length.
        resolved = resolve_source(
            self.context, base_url=request.base_url, url=None if upload else str(url),
            upload=(upload.filename, upload.content_type, upload.data) if upload else None,
        )  # fmt: skip
        seconds = self.context.config.source_seconds
        duration = _MIN_SECONDS + int(hashlib.sha256(identity.encode()).hexdigest()[:8], 16) % _SPAN_SECONDS
        duration = float(seconds) if seconds is not None else duration
        if resolved.media.probed:
            duration = resolved.media.duration
        mime = guess_content_type(name, upload.content_type if upload else None)
        now = self.context.clock.now()
        project = Project(
            project_id=self.context.ids.token(), seq=self._created, reference=reference,
            source_language=body.get("source_language"), model_id=body.get("model_id"), webhook_ids=webhooks,
            media=DubbingSourceMediaInfo(
                filename=upload.filename if upload else None, duration_s=duration,
                has_video=mime.startswith("video/"), mime_type=mime,
            ),
            created_at=now, updated_at=now, created=self._elapsed,
            preparation_seconds=self.context.job_duration(),
            fails=self.context.job_fails() or FAIL_MARKER in name or resolved.problem is not None,
            problem=resolved.problem,
            planned=_segments(identity, duration, self.context.config.max_resource_segments),
        )  # fmt: skip
        self._projects[project.project_id] = project
        self._created += 1
        target = body.get("target_language")
        if target:
            self._add_target(project, target, None)
        return JSONReply(project.to_model(self._elapsed), status=201)

    @serves("list_dubbing_projects")
    def list_projects(self, request: SimRequest) -> DubbingProjectListResponse:
        """List projects, newest first (or oldest with ``sort_direction=ASCENDING``), by cursor.

        Args:
            request: The request (query: ``cursor``, ``page_size``, ``status``, ``sort_direction``).

        Returns:
            One page.

        Raises:
            SimInvalidError: An unreadable cursor or a page size outside 1-100.
        """
        size = request.query.get("page_size") or DEFAULT_PAGE_SIZE
        if not 1 <= size <= 100:  # noqa: PLR2004 - the documented maximum
            raise SimInvalidError(Issue(("query", "page_size"), "page_size must be between 1 and 100.", "value_error"))
        cursor = request.query.get("cursor")
        after = decode_cursor(cursor) if cursor else None
        if cursor and after is None:
            raise SimInvalidError(Issue(("query", "cursor"), "Invalid cursor.", "value_error"))
        ascending = request.query.get("sort_direction") == "ASCENDING"
        status = request.query.get("status")
        projects = sorted(self._projects.values(), key=lambda p: p.seq, reverse=not ascending)
        if after is not None:
            projects = [p for p in projects if (p.seq > after if ascending else p.seq < after)]
        projects = [p for p in projects if status is None or p.status(self._elapsed) == status]
        page = projects[:size]
        more = len(projects) > size
        return DubbingProjectListResponse(
            projects=[p.to_model(self._elapsed) for p in page],
            next_cursor=encode_cursor(page[-1].seq) if more else None,
        )

    @serves("get_dubbing_project")
    def get(self, request: SimRequest) -> DubbingProjectResponse:
        """Return a project.

        Args:
            request: The request (path: ``project_id``).

        Returns:
            The project.
        """
        return self._project(request).to_model(self._elapsed)

    @serves("delete_dubbing_project")
    def delete(self, request: SimRequest) -> EmptyReply:
        """Delete a project, its targets and outputs.

        Args:
            request: The request (path: ``project_id``).

        Returns:
            No content (204).
        """
        project = self._project(request)
        del self._projects[project.project_id]
        self.context.media.remove_prefix(f"projects/{project.project_id}/")
        return EmptyReply()

    # --- the source transcript ---

    @serves("get_source_transcript")
    def source_transcript(self, request: SimRequest) -> DubbingSourceTranscriptResponse:
        """Return the source transcript (empty until the project is ready).

        Args:
            request: The request (path: ``project_id``).

        Returns:
            The segments and the revision.
        """
        project = self._project(request)
        project.status(self._elapsed)
        return DubbingSourceTranscriptResponse(
            language=project.source_language, segments=[s.to_model() for s in project.segments],
            revision=project.revision,
        )  # fmt: skip

    def _edited(self, project: Project, segment_ids: list[str]) -> None:
        project.revision += 1
        self._touch(project)
        for target in project.languages.values():
            for segment_id in segment_ids:
                segment = project.find_segment(segment_id)
                target.translations[segment_id] = (
                    None if segment is None else translate(segment.text, target.target_language)
                )
                target.edited.add(segment_id)
            target.revision += 1

    def _apply(self, segment: SourceSegment, change: Mapping[str, Any], loc: tuple[str | int, ...]) -> None:
        start = change.get("start_s")
        end = change.get("end_s")
        start = segment.start_s if start is None else float(start)
        end = segment.end_s if end is None else float(end)
        if not 0 <= start < end:
            raise SimInvalidError(Issue((*loc, "end_s"), "end_s must be after start_s (both >= 0).", "value_error"))
        if change.get("text") is not None:
            if not str(change["text"]).strip():
                raise SimInvalidError(Issue((*loc, "text"), "text must not be empty.", "value_error"))
            segment.text = str(change["text"])
        if change.get("speaker_id") is not None:
            segment.speaker_id = str(change["speaker_id"])
        segment.start_s, segment.end_s = start, end

    @serves("create_source_segment")
    def create_segment(self, request: SimRequest) -> JSONReply:
        """Add a source segment (kept in playback order).

        Args:
            request: The request (path: ``project_id``; body: ``DubbingSegmentCreateRequest``).

        Returns:
            The new segment and revision (201).
        """
        project = self._ready(request)
        body = request.body
        segment = SourceSegment(
            id=f"seg_{self.context.ids.token(8)}", text="-", speaker_id=str(body["speaker_id"]),
            start_s=0.0, end_s=0.0,
        )  # fmt: skip
        self._apply(segment, {**body, "start_s": body["start_s"], "end_s": body["end_s"]}, ("body",))
        project.segments.append(segment)
        project.segments.sort(key=lambda s: (s.start_s, s.id))
        self._edited(project, [segment.id])
        return JSONReply(DubbingSourceSegmentUpdateResponse(segment=segment.to_model(), revision=project.revision), 201)

    def _segment(self, project: Project, segment_id: str) -> SourceSegment:
        segment = project.find_segment(segment_id)
        if segment is None:
            raise SimHTTPError(404, "segment_not_found", f"Segment {segment_id!r} was not found.")
        return segment

    @serves("update_source_segment")
    def update_segment(self, request: SimRequest) -> DubbingSourceSegmentUpdateResponse:
        """Edit one source segment; every target's translation of it is redone and the targets go stale.

        Args:
            request: The request (path: ``project_id``, ``segment_id``; body: the partial update).

        Returns:
            The segment and the new revision.
        """
        project = self._ready(request)
        segment = self._segment(project, request.path["segment_id"])
        self._apply(segment, request.body or {}, ("body",))
        self._edited(project, [segment.id])
        return DubbingSourceSegmentUpdateResponse(segment=segment.to_model(), revision=project.revision)

    @serves("update_source_segments")
    def update_segments(self, request: SimRequest) -> DubbingBulkSourceSegmentUpdateResponse:
        """Edit several source segments atomically: all are checked before any changes.

        Args:
            request: The request (path: ``project_id``; body: ``{"segments": {id: update}}``).

        Returns:
            The segments and the new revision.
        """
        project = self._ready(request)
        changes: Mapping[str, Mapping[str, Any]] = request.body["segments"]
        segments = [self._segment(project, segment_id) for segment_id in changes]
        for segment in segments:  # a dry run on copies first: all or nothing
            self._apply(attrs.evolve(segment), changes[segment.id], ("body", "segments", segment.id))
        for segment in segments:
            self._apply(segment, changes[segment.id], ("body", "segments", segment.id))
        self._edited(project, [segment.id for segment in segments])
        return DubbingBulkSourceSegmentUpdateResponse(
            segments=[s.to_model() for s in segments], revision=project.revision
        )

    @serves("delete_source_segment")
    def delete_segment(self, request: SimRequest) -> DubbingTranscriptRevisionResponse:
        """Remove a source segment.

        Args:
            request: The request (path: ``project_id``, ``segment_id``).

        Returns:
            The new revision.
        """
        project = self._ready(request)
        segment = self._segment(project, request.path["segment_id"])
        project.segments.remove(segment)
        self._edited(project, [segment.id])
        for target in project.languages.values():
            target.translations.pop(segment.id, None)
        return DubbingTranscriptRevisionResponse(revision=project.revision)

    # --- language targets ---

    def _add_target(self, project: Project, language: str, model_id: str | None) -> LanguageTarget:
        now = self.context.clock.now()
        target = LanguageTarget(
            language_id=self.context.ids.token(), target_language=language, model_id=model_id, created_at=now,
            updated_at=now, translations={}, generation_seconds=self.context.job_duration(),
            fails=self.context.job_fails(),
            free_seconds=project.media.duration_s or 0.0,
        )  # fmt: skip
        project.languages[target.language_id] = target
        project.start_generations(self._elapsed)
        return target

    @serves("create_dubbing_language")
    def create_language(self, request: SimRequest) -> JSONReply:
        """Add a language target; it is dubbed once the project is ready.

        Args:
            request: The request (path: ``project_id``; body: ``target_language``, options).

        Returns:
            The new target (201).
        """
        project = self._project(request)
        body = request.body
        language = str(body["target_language"])
        if not is_dubbing_language(language.split("-", maxsplit=1)[0]):
            raise _invalid("target_language", f"{language!r} is not a supported language.")
        if any(t.target_language == language for t in project.languages.values()):
            raise _invalid("target_language", f"The project already has a {language!r} target.")
        target = self._add_target(project, language, None)
        if body.get("translations"):
            target.translations.update(body["translations"])
        self._touch(project)
        return JSONReply(self._language(project, target, request.base_url), status=201)

    @serves("list_dubbing_languages")
    def list_languages(self, request: SimRequest) -> DubbingLanguageListResponse:
        """List a project's language targets in creation order, by cursor.

        Args:
            request: The request (path: ``project_id``; query: ``cursor``, ``page_size``, ``status``).

        Returns:
            One page.
        """
        project = self._project(request)
        size = request.query.get("page_size") or DEFAULT_PAGE_SIZE
        if not 1 <= size <= 100:  # noqa: PLR2004 - the documented maximum
            raise SimInvalidError(Issue(("query", "page_size"), "page_size must be between 1 and 100.", "value_error"))
        cursor = request.query.get("cursor")
        start = decode_cursor(cursor) if cursor else 0
        if start is None:
            raise SimInvalidError(Issue(("query", "cursor"), "Invalid cursor.", "value_error"))
        status = request.query.get("status")
        views = [self._language(project, t, request.base_url) for t in project.languages.values()]
        views = [view for view in views if status is None or view.status == status]
        page = views[start : start + size]
        more = start + size < len(views)
        return DubbingLanguageListResponse(languages=page, next_cursor=encode_cursor(start + size) if more else None)

    @serves("get_dubbing_language")
    def get_language(self, request: SimRequest) -> DubbingLanguageResponse:
        """Return a language target, with its output URL once it has one.

        Args:
            request: The request (path: ``project_id``, ``language_id``).

        Returns:
            The target.
        """
        project = self._project(request)
        return self._language(project, self._target(project, request), request.base_url)

    @serves("delete_dubbing_language")
    def delete_language(self, request: SimRequest) -> EmptyReply:
        """Delete a language target and its outputs.

        Args:
            request: The request (path: ``project_id``, ``language_id``).

        Returns:
            No content (204).
        """
        project = self._project(request)
        target = self._target(project, request)
        del project.languages[target.language_id]
        self.context.media.remove_prefix(f"projects/{project.project_id}/{target.language_id}/")
        self._touch(project)
        return EmptyReply()

    @serves("get_target_transcript")
    def target_transcript(self, request: SimRequest) -> DubbingTargetTranscriptResponse:
        """Return a target's transcript: the source segments with their translations.

        Args:
            request: The request (path: ``project_id``, ``language_id``).

        Returns:
            The segments and the target's revision.
        """
        project = self._project(request)
        target = self._target(project, request)
        return DubbingTargetTranscriptResponse(
            source_language=project.source_language, target_language=target.target_language,
            segments=target.segments(project.segments), revision=target.revision,
        )  # fmt: skip

    def _translate(self, project: Project, target: LanguageTarget, segment_id: str, change: Mapping[str, Any]) -> None:
        self._segment(project, segment_id)
        if "translation" in change:
            # null marks the segment for a new machine translation at the next regenerate
            value = change["translation"]
            target.translations[segment_id] = None if value is None else str(value)
        target.edited.add(segment_id)

    @serves("update_target_segment")
    def update_target_segment(self, request: SimRequest) -> DubbingTargetSegmentUpdateResponse:
        """Edit one segment's translation (null asks for a new machine translation); the target goes stale.

        Args:
            request: The request (path: ``project_id``, ``language_id``, ``segment_id``; body: ``translation``).

        Returns:
            The segment and the target's new revision.
        """
        project = self._ready(request)
        target = self._target(project, request)
        segment_id = request.path["segment_id"]
        self._translate(project, target, segment_id, request.body or {})
        target.revision += 1
        target.updated_at = self.context.clock.now()
        segment = next(s for s in target.segments(project.segments) if s.id == segment_id)
        return DubbingTargetSegmentUpdateResponse(segment=segment, revision=target.revision)

    @serves("update_target_segments")
    def update_target_segments(self, request: SimRequest) -> DubbingBulkTargetSegmentUpdateResponse:
        """Edit several translations atomically (every segment id is checked first).

        Args:
            request: The request (path: ``project_id``, ``language_id``; body: ``{"segments": {id: edit}}``).

        Returns:
            The segments and the target's new revision.
        """
        project = self._ready(request)
        target = self._target(project, request)
        changes: Mapping[str, Mapping[str, Any]] = request.body["segments"]
        for segment_id in changes:
            self._segment(project, segment_id)
        for segment_id, change in changes.items():
            self._translate(project, target, segment_id, change)
        target.revision += 1
        target.updated_at = self.context.clock.now()
        segments = [s for s in target.segments(project.segments) if s.id in changes]
        return DubbingBulkTargetSegmentUpdateResponse(segments=segments, revision=target.revision)

    @serves("regenerate_target")
    def regenerate(self, request: SimRequest) -> JSONReply:
        """Re-dub the edited segments of a completed or stale target (the first seconds are free).

        Args:
            request: The request (path: ``project_id``, ``language_id``).

        Returns:
            What the re-dub covers and costs (202).

        Raises:
            SimInvalidError: The target is still queued or processing.
        """
        project = self._ready(request)
        target = self._target(project, request)
        status = self._language(project, target, request.base_url).status
        if status in ("queued", "processing"):
            raise SimInvalidError(Issue(("path", "language_id"), f"The target is {status}.", "value_error"))
        edited = [s for s in project.segments if s.id in target.edited]
        for segment in edited:
            if target.translations.get(segment.id) is None:
                target.translations[segment.id] = translate(segment.text, target.target_language)
        seconds = round(sum(s.end_s - s.start_s for s in edited), 3)
        free = min(seconds, target.free_seconds)
        target.free_seconds = round(target.free_seconds - free, 3)
        target.generation = Generation(self._elapsed, max(1.0, seconds / 2), self.context.job_fails(), target.revision)
        target.updated_at = self.context.clock.now()
        self._regenerations += 1
        return JSONReply(
            DubbingRegenerateResponse(
                regenerated_segment_ids=[s.id for s in edited], regenerated_seconds=seconds,
                charged_seconds=round(seconds - free, 3), free_regeneration_seconds_remaining=target.free_seconds,
            ),
            status=202,
        )  # fmt: skip
