"""ElevenLabs Studio, simulated: projects, chapters, conversions on the simulator's clock, snapshots and downloads.

Behaviour, where the documentation leaves it open:

* A project from a document gets one to three stand-in chapters (seeded by the file's SHA-256), one from
  a URL gets one chapter, one from content JSON gets exactly the chapters listed, and a blank one gets one
  empty "Chapter 1". ``update_project_content`` replaces all chapters the same way.
* A podcast is "creating" for one job duration (``creation_meta`` shows the progress), then its chapter
  appears and it converts, as ``create_podcast`` documents ("create and auto-convert").
* A whole-project conversion shows the project ``in_queue`` for its first tenth, then ``converting``;
  a chapter conversion shows its chapter (and the project) ``converting``. When it ends it makes one
  chapter snapshot per converted chapter and, for a whole project, a project snapshot over them. Chapters
  without text are skipped; a project or chapter with no text at all cannot be converted.
* Rules the real API enforces with an error are answered with a 422 validation error: converting
  something already converting, changing content or deleting a chapter while it converts, and touching
  chapters while a podcast is still being created.
* Deleting the last chapter is allowed; the project is left with no chapters until one is created.
* Lists are newest first. Unknown IDs, and IDs that belong to another project or chapter, answer 404.
* ``callback_url`` is accepted and ignored: the simulator makes no outgoing requests.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

import pydantic
from dubkit_models.elevenlabs import (
    AddChapterResponseModel,
    AddProjectResponseModel,
    ChapterContentInputModel,
    ChapterResponseModel,
    ChapterSnapshotExtendedResponseModel,
    ChapterSnapshotResponseModel,
    ChapterSnapshotsResponseModel,
    ChapterWithContentResponseModel,
    ConvertChapterResponseModel,
    ConvertProjectResponseModel,
    CreatePronunciationDictionaryResponseModel,
    DeleteChapterResponseModel,
    DeleteProjectResponseModel,
    EditChapterResponseModel,
    EditProjectResponseModel,
    GetChaptersResponseModel,
    GetProjectsResponseModel,
    PodcastProjectResponseModel,
    ProjectExtendedResponseModel,
    ProjectMutedTracksResponseModel,
    ProjectResponseModel,
    ProjectSnapshotExtendedResponseModel,
    ProjectSnapshotResponseModel,
    ProjectSnapshotsResponseModel,
    PronunciationDictionaryVersionLocatorDBModel,
)

from dubkit.sim._protocol import (
    Handler,
    Issue,
    MediaReply,
    Reply,
    SimContext,
    SimHTTPError,
    SimInvalidError,
    SimRequest,
)
from dubkit.sim._provider import OperationHandlers, StateSection, serves

from ._studio_content import (
    ChapterDraft,
    Voices,
    blank_chapters,
    blocks_from_input,
    document_chapters,
    parse_content_json,
    parse_locator_strings,
    podcast_content,
    url_chapters,
)
from ._studio_media import archive_item, audio_item, project_prefix
from ._studio_state import (
    Block,
    Chapter,
    ChapterSnapshot,
    Conversion,
    Locator,
    PendingCreation,
    Project,
    ProjectSnapshot,
    settle,
    unsettled_snapshots,
)
from ._studio_views import chapter_view, project_view, snapshot_view

__all__ = ["DEFAULT_MODEL_ID", "DEFAULT_VOICE_ID", "StudioSection"]

# What a project gets when the client names no voice or model (Rachel, the API's long-standing default).
DEFAULT_VOICE_ID = "21m00Tcm4TlvDq8ikWAM"
DEFAULT_MODEL_ID = "eleven_multilingual_v2"
_QUALITY_PRESETS = frozenset({"standard", "high", "ultra", "ultra_lossless"})
_SOURCES = ("from_url", "from_document", "from_content_json")
_Snapshot = TypeVar("_Snapshot", ChapterSnapshot, ProjectSnapshot)
_COUNTERS = (
    "studio_projects_created",
    "chapters_created",
    "conversions",
    "project_snapshots_created",
    "chapter_snapshots_created",
)


def _body(request: SimRequest) -> Mapping[str, Any]:
    return request.body if isinstance(request.body, Mapping) else {}


def _as_list(value: Any) -> list[Any]:
    # A form field sent once may arrive as a scalar rather than a one-item list.
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _invalid(loc: tuple[str | int, ...], message: str) -> SimInvalidError:
    return SimInvalidError(Issue(loc, message, "value_error"))


def _not_found(kind: str, ident: str) -> SimHTTPError:
    label = kind.replace("_", " ")
    return SimHTTPError(404, f"{kind}_not_found", f"A {label} with ID {ident!r} was not found.")


class _SnapshotHandlers(OperationHandlers, Generic[_Snapshot]):
    """The list, get and audio operations of one kind of snapshot: a project's or a chapter's.

    Args:
        context: The simulator context.
        kind: ``"project"`` or ``"chapter"``; it names the operations, the path parameter and the 404's status.
        owned: Returns the snapshots of the project or chapter a request names (404 for an unknown one).
        models: The list's response model, the model of a listed snapshot, and the extended model a get answers.
    """

    def __init__(
        self,
        context: SimContext,
        kind: str,
        owned: Callable[[SimRequest], Sequence[_Snapshot]],
        models: tuple[Callable[..., Reply], type[pydantic.BaseModel], type[pydantic.BaseModel]],
    ) -> None:
        self.context = context
        self.kind = f"{kind}_snapshot"
        self._owned: Callable[[SimRequest], Sequence[_Snapshot]] = owned
        self._page, self._listed, self._extended = models

    def handlers(self) -> Mapping[str, Handler]:
        """Return the handlers of the kind's list, get and audio-stream operations.

        Returns:
            operationId to handler.
        """
        return {
            f"list_{self.kind}s": self._list,
            f"get_{self.kind}": self._get,
            f"stream_{self.kind}_audio": self._stream_audio,
        }

    def find(self, request: SimRequest) -> _Snapshot:
        """Return the snapshot a request names.

        Args:
            request: The request (path: the owner's ID and ``<kind>_snapshot_id``).

        Returns:
            The snapshot.

        Raises:
            SimHTTPError: 404 for an unknown owner or snapshot, or one that belongs to another owner.
        """
        snapshots = self._owned(request)
        wanted = request.path[f"{self.kind}_id"]
        found = next((snapshot for snapshot in snapshots if snapshot.snapshot_id == wanted), None)
        if found is None:
            raise _not_found(self.kind, wanted)
        return found

    def _list(self, request: SimRequest) -> Reply:
        newest_first = reversed(self._owned(request))
        return self._page(snapshots=[snapshot_view(s, self._listed) for s in newest_first])

    def _get(self, request: SimRequest) -> Reply:
        return snapshot_view(self.find(request), self._extended)

    def _stream_audio(self, request: SimRequest) -> Reply:
        snapshot = self.find(request)
        mpeg = bool(_body(request).get("convert_to_mpeg", False))
        return MediaReply(audio_item(self.context, snapshot, mpeg=mpeg))


def _check_url(url: str, loc: tuple[str | int, ...]) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise _invalid(loc, "The URL must be an absolute http(s) URL")


class StudioSection(StateSection):
    """The Studio part of the ElevenLabs simulator: projects, chapters, snapshots and podcasts.

    Args:
        context: The simulator's shared configuration, clock, IDs and media store.

    Example::

        section = StudioSection(context)
        reply = section.handlers()["create_project"](request)  # AddProjectResponseModel
    """

    def __init__(self, context: SimContext) -> None:
        super().__init__(context)
        self._projects: dict[str, Project] = {}
        self._counts = dict.fromkeys(_COUNTERS, 0)
        self._project_snapshots = _SnapshotHandlers(
            context,
            "project",
            lambda request: self._project(request).snapshots,
            (ProjectSnapshotsResponseModel, ProjectSnapshotResponseModel, ProjectSnapshotExtendedResponseModel),
        )
        self._chapter_snapshots = _SnapshotHandlers(
            context,
            "chapter",
            lambda request: self._chapter(request)[1].snapshots,
            (ChapterSnapshotsResponseModel, ChapterSnapshotResponseModel, ChapterSnapshotExtendedResponseModel),
        )

    def handler_parts(self) -> Sequence[OperationHandlers]:
        """Return the snapshot handlers of projects and of chapters, which this section serves as well.

        Returns:
            The two parts.
        """
        return (self._project_snapshots, self._chapter_snapshots)

    def reset(self) -> None:
        """Forget every project and its files."""
        self._projects.clear()
        self._counts = dict.fromkeys(_COUNTERS, 0)
        self.context.media.remove_prefix("el/studio/")

    def counts(self) -> Mapping[str, int]:
        """Return how many projects, chapters, conversions and snapshots were ever created.

        Conversions that have ended count their snapshots even before a request settles them; this
        reads state without changing it, as it may run outside the simulator's lock.

        Returns:
            Counter names to values.
        """
        counts = dict(self._counts)
        now = self._now()
        for project in list(self._projects.values()):
            chapters, projects = unsettled_snapshots(project, now)
            counts["chapter_snapshots_created"] += chapters
            counts["project_snapshots_created"] += projects
        return counts

    # Shared steps ------------------------------------------------------------------------------------

    def _now(self) -> float:
        return self.context.clock.elapsed()

    def _unix(self) -> int:
        return int(self.context.clock.now().timestamp())

    @serves("get_project_muted_tracks")
    def _get_muted_tracks(self, request: SimRequest) -> ProjectMutedTracksResponseModel:
        self._project(request)  # an unknown project is a 404
        # The simulator's chapters carry no track mixes, so a project has no muted tracks.
        return ProjectMutedTracksResponseModel(chapter_ids=[])

    def _settle(self, project: Project) -> None:
        for snapshot in settle(project, self._now()):
            key = "chapter_snapshots_created" if isinstance(snapshot, ChapterSnapshot) else "project_snapshots_created"
            self._counts[key] += 1

    def _project(self, request: SimRequest) -> Project:
        project_id = request.path["project_id"]
        project = self._projects.get(project_id)
        if project is None:
            raise _not_found("project", project_id)
        self._settle(project)
        return project

    def _chapter(self, request: SimRequest) -> tuple[Project, Chapter]:
        project = self._project(request)
        chapter = project.chapter(request.path["chapter_id"])
        if chapter is None:
            raise _not_found("chapter", request.path["chapter_id"])
        return project, chapter

    @staticmethod
    def _require_created(project: Project) -> None:
        if project.pending is not None:
            raise _invalid(("path", "project_id"), "The Studio project is still being created")

    @classmethod
    def _require_idle(cls, project: Project, busy: str) -> None:
        # Replacing or converting a whole project waits for its creation and for any conversion to end.
        cls._require_created(project)
        if project.conversions:
            raise _invalid(("path", "project_id"), busy)

    def _new_chapter(self, draft: ChapterDraft) -> Chapter:
        chapter_id = self.context.ids.token()
        blocks = [Block(self.context.ids.token(), block.sub_type, block.nodes) for block in draft.blocks]
        self._counts["chapters_created"] += 1
        return Chapter(chapter_id, draft.name, blocks)

    def _plan_conversion(
        self, chapters: Sequence[Chapter], *, whole_project: bool, start: float, start_unix: int
    ) -> Conversion:
        # Everything random is drawn now, so polling frequency never changes a seeded run.
        duration = self.context.job_duration()
        fails = self.context.job_fails()
        content = {chapter.chapter_id: tuple(block.freeze() for block in chapter.blocks) for chapter in chapters}
        snapshot_ids = {chapter_id: self.context.ids.token() for chapter_id in content}
        project_snapshot_id = self.context.ids.token() if whole_project else None
        self._counts["conversions"] += 1
        return Conversion(start, start + duration, start_unix, content, snapshot_ids, project_snapshot_id, fails)

    def _convert_whole(self, project: Project) -> bool:
        readable = [chapter for chapter in project.chapters if chapter.characters]
        if not readable:
            return False
        plan = self._plan_conversion(readable, whole_project=True, start=self._now(), start_unix=self._unix())
        project.conversions.append(plan)
        return True

    def _read_source(self, request: SimRequest, voices: Voices) -> tuple[str, list[ChapterDraft]]:
        body = _body(request)
        documents = request.files.get("from_document") or []
        given = [name for name in _SOURCES if body.get(name) or (name == "from_document" and documents)]
        if len(given) > 1:
            raise _invalid(("body", given[1]), "Only one of from_url, from_document and from_content_json may be set")
        if documents:
            if documents[0].size == 0:
                raise _invalid(("body", "from_document"), "The document is empty")
            return "book", document_chapters(documents[0].sha256, voices)
        if isinstance(body.get("from_document"), str) and body["from_document"]:
            # A document sent as a plain form field rather than a file part: seed by its text.
            return "book", document_chapters(hashlib.sha256(body["from_document"].encode()).hexdigest(), voices)
        if body.get("from_url"):
            _check_url(body["from_url"], ("body", "from_url"))
            return "article", url_chapters(body["from_url"], voices)
        if body.get("from_content_json"):
            return "book", parse_content_json(body["from_content_json"], ("body", "from_content_json"))
        return "blank", blank_chapters()

    # Projects ----------------------------------------------------------------------------------------

    @serves("list_projects")
    def _list_projects(self, request: SimRequest) -> Reply:
        for project in self._projects.values():
            self._settle(project)
        now = self._now()
        newest_first = reversed(list(self._projects.values()))
        return GetProjectsResponseModel(
            projects=[project_view(project, now, ProjectResponseModel) for project in newest_first]
        )

    @serves("create_project")
    def _create_project(self, request: SimRequest) -> Reply:
        body = _body(request)
        quality = body.get("quality_preset") or "standard"
        if quality not in _QUALITY_PRESETS:
            raise _invalid(("body", "quality_preset"), f"quality_preset must be one of {sorted(_QUALITY_PRESETS)}")
        voices = Voices(
            body.get("default_title_voice_id") or DEFAULT_VOICE_ID,
            body.get("default_paragraph_voice_id") or DEFAULT_VOICE_ID,
        )
        locators = parse_locator_strings(
            [str(value) for value in _as_list(body.get("pronunciation_dictionary_locators"))],
            ("body", "pronunciation_dictionary_locators"),
        )
        source_type, drafts = self._read_source(request, voices)
        # Every check is done: only now draw IDs, so a rejected request leaves the seeded sequence alone.
        unix = self._unix()
        project = Project(
            project_id=self.context.ids.token(),
            name=body["name"],
            create_date_unix=unix,
            default_title_voice_id=voices.title,
            default_paragraph_voice_id=voices.paragraph,
            default_model_id=body.get("default_model_id") or DEFAULT_MODEL_ID,
            quality_preset=quality,
            apply_text_normalization=body.get("apply_text_normalization") or "auto",
            creation_type="auto_assign_voices" if body.get("auto_assign_voices") else "blank",
            source_type=body.get("source_type") or source_type,
            title=body.get("title"),
            author=body.get("author"),
            description=body.get("description"),
            genres=[str(genre) for genre in _as_list(body.get("genres"))],
            target_audience=body.get("target_audience"),
            language=body.get("language"),
            content_type=body.get("content_type"),
            original_publication_date=body.get("original_publication_date"),
            mature_content=body.get("mature_content", False),
            isbn_number=body.get("isbn_number"),
            volume_normalization=bool(body.get("volume_normalization") or body.get("acx_volume_normalization")),
            fiction=body.get("fiction"),
            locators=[Locator(dictionary_id, version_id, unix) for dictionary_id, version_id in locators],
        )
        project.chapters = [self._new_chapter(draft) for draft in drafts]
        self._projects[project.project_id] = project
        self._counts["studio_projects_created"] += 1
        if body.get("auto_convert"):
            self._convert_whole(project)
        return AddProjectResponseModel(project=project_view(project, self._now(), ProjectResponseModel))

    @serves("get_project")
    def _get_project(self, request: SimRequest) -> Reply:
        return project_view(self._project(request), self._now(), ProjectExtendedResponseModel)

    @serves("update_project")
    def _update_project(self, request: SimRequest) -> Reply:
        project = self._project(request)
        body = _body(request)
        project.name = body["name"]
        project.default_title_voice_id = body["default_title_voice_id"]
        project.default_paragraph_voice_id = body["default_paragraph_voice_id"]
        # Optional fields change only when sent, so a partial update never clears metadata by accident.
        for field in ("title", "author", "isbn_number"):
            if field in body:
                setattr(project, field, body[field])
        if "volume_normalization" in body:
            project.volume_normalization = bool(body["volume_normalization"])
        return EditProjectResponseModel(project=project_view(project, self._now(), ProjectResponseModel))

    @serves("delete_project")
    def _delete_project(self, request: SimRequest) -> Reply:
        project = self._project(request)
        del self._projects[project.project_id]
        self.context.media.remove_prefix(project_prefix(project.project_id))
        return DeleteProjectResponseModel(status="ok")

    @serves("update_project_content")
    def _update_project_content(self, request: SimRequest) -> Reply:
        project = self._project(request)
        self._require_idle(project, "The Studio project is being converted; wait until it finishes")
        voices = Voices(project.default_title_voice_id, project.default_paragraph_voice_id)
        _, drafts = self._read_source(request, voices)
        project.chapters = [self._new_chapter(draft) for draft in drafts]
        if _body(request).get("auto_convert"):
            self._convert_whole(project)
        return EditProjectResponseModel(project=project_view(project, self._now(), ProjectResponseModel))

    @serves("convert_project")
    def _convert_project(self, request: SimRequest) -> Reply:
        project = self._project(request)
        self._require_idle(project, "The Studio project is already being converted")
        if not self._convert_whole(project):
            raise _invalid(("path", "project_id"), "The Studio project has no text to convert")
        return ConvertProjectResponseModel(status="ok")

    @serves("update_pronunciation_dictionaries")
    def _update_pronunciation_dictionaries(self, request: SimRequest) -> Reply:
        project = self._project(request)
        body = _body(request)
        try:
            wanted = [
                PronunciationDictionaryVersionLocatorDBModel.model_validate(raw)
                for raw in body["pronunciation_dictionary_locators"]
            ]
        except pydantic.ValidationError as error:
            issues = (
                Issue(("body", "pronunciation_dictionary_locators", *e["loc"]), e["msg"], e["type"])
                for e in error.errors()
            )
            raise SimInvalidError(*issues) from None
        # One entry per dictionary, the last one sent winning; unchanged entries keep their attach time.
        chosen = {locator.pronunciation_dictionary_id: locator.version_id for locator in wanted}
        before = {(loc.pronunciation_dictionary_id, loc.version_id): loc for loc in project.locators}
        unix = self._unix()
        project.locators = [
            before.get((key, version)) or Locator(key, version, unix) for key, version in chosen.items()
        ]
        if set(before) != set(chosen.items()) and body.get("invalidate_affected_text", True):
            # The simulator cannot tell which words a dictionary affects, so all text needs converting again.
            for chapter in project.chapters:
                for block in chapter.blocks:
                    block.converted = None
        return CreatePronunciationDictionaryResponseModel(status="ok")

    # Project snapshots -------------------------------------------------------------------------------

    # Listing, getting and streaming a snapshot's audio: see _SnapshotHandlers.

    @serves("stream_project_snapshot_archive")
    def _stream_project_snapshot_archive(self, request: SimRequest) -> Reply:
        return MediaReply(archive_item(self.context, self._project_snapshots.find(request)))

    # Chapters ----------------------------------------------------------------------------------------

    @serves("list_chapters")
    def _list_chapters(self, request: SimRequest) -> Reply:
        project = self._project(request)
        now = self._now()
        return GetChaptersResponseModel(
            chapters=[chapter_view(project, chapter, now, ChapterResponseModel) for chapter in project.chapters]
        )

    @serves("create_chapter")
    def _create_chapter(self, request: SimRequest) -> Reply:
        project = self._project(request)
        self._require_created(project)
        body = _body(request)
        name = body["name"]
        draft = ChapterDraft(name, ())
        if body.get("from_url"):
            _check_url(body["from_url"], ("body", "from_url"))
            voices = Voices(project.default_title_voice_id, project.default_paragraph_voice_id)
            draft = url_chapters(body["from_url"], voices, name=name)[0]
        chapter = self._new_chapter(draft)
        project.chapters.append(chapter)
        return AddChapterResponseModel(
            chapter=chapter_view(project, chapter, self._now(), ChapterWithContentResponseModel)
        )

    @serves("get_chapter")
    def _get_chapter(self, request: SimRequest) -> Reply:
        project, chapter = self._chapter(request)
        return chapter_view(project, chapter, self._now(), ChapterWithContentResponseModel)

    @serves("update_chapter")
    def _update_chapter(self, request: SimRequest) -> Reply:
        project, chapter = self._chapter(request)
        body = _body(request)
        if body.get("name") is not None:
            chapter.name = body["name"]
        if body.get("content") is not None:
            try:
                content = ChapterContentInputModel.model_validate(body["content"])
            except pydantic.ValidationError as error:
                issues = (Issue(("body", "content", *e["loc"]), e["msg"], e["type"]) for e in error.errors())
                raise SimInvalidError(*issues) from None
            chapter.blocks = self._merge_blocks(chapter, content)
        return EditChapterResponseModel(
            chapter=chapter_view(project, chapter, self._now(), ChapterWithContentResponseModel)
        )

    def _merge_blocks(self, chapter: Chapter, content: ChapterContentInputModel) -> list[Block]:
        # A block named by an ID the chapter already has keeps that ID, and its audio if its text is unchanged;
        # any other block is new.
        existing = {block.block_id: block for block in chapter.blocks}
        merged: list[Block] = []
        for draft in blocks_from_input(content):
            kept = existing.pop(draft.block_id, None) if draft.block_id else None
            if kept is None:
                merged.append(Block(self.context.ids.token(), draft.sub_type, draft.nodes))
            else:
                kept.sub_type, kept.nodes = draft.sub_type, draft.nodes
                merged.append(kept)
        return merged

    @serves("delete_chapter")
    def _delete_chapter(self, request: SimRequest) -> Reply:
        project, chapter = self._chapter(request)
        if project.conversion_of(chapter.chapter_id) is not None:
            raise _invalid(("path", "chapter_id"), "The chapter is being converted; wait until it finishes")
        project.chapters.remove(chapter)
        self.context.media.remove_prefix(f"{project_prefix(project.project_id)}chapters/{chapter.chapter_id}/")
        return DeleteChapterResponseModel(status="ok")

    @serves("convert_chapter")
    def _convert_chapter(self, request: SimRequest) -> Reply:
        project, chapter = self._chapter(request)
        if project.conversion_of(chapter.chapter_id) is not None:
            raise _invalid(("path", "chapter_id"), "The chapter is already being converted")
        if not chapter.characters:
            raise _invalid(("path", "chapter_id"), "The chapter has no text to convert")
        plan = self._plan_conversion([chapter], whole_project=False, start=self._now(), start_unix=self._unix())
        project.conversions.append(plan)
        return ConvertChapterResponseModel(status="ok")

    # Podcasts ----------------------------------------------------------------------------------------

    @serves("create_podcast")
    def _create_podcast(self, request: SimRequest) -> Reply:
        body = _body(request)
        listed = isinstance(body["source"], list)
        for index, source in enumerate(body["source"] if listed else [body["source"]]):
            if source.get("type") == "url":
                _check_url(source["url"], ("body", "source", index, "url") if listed else ("body", "source", "url"))
        name, voices, drafts = podcast_content(body)
        now, unix = self._now(), self._unix()
        creation = self.context.job_duration()
        project = Project(
            project_id=self.context.ids.token(),
            name=name,
            create_date_unix=unix,
            default_title_voice_id=voices.title,
            default_paragraph_voice_id=voices.paragraph,
            default_model_id=body["model_id"],
            quality_preset=body.get("quality_preset") or "standard",
            apply_text_normalization="auto",
            creation_type="generate_podcast",
            source_type="genfm",
            language=body.get("language"),
            genres=[],
        )
        chapters = [self._new_chapter(draft) for draft in drafts]
        conversion = self._plan_conversion(
            chapters, whole_project=True, start=now + creation, start_unix=unix + round(creation)
        )
        project.pending = PendingCreation(now, now + creation, chapters, conversion)
        self._projects[project.project_id] = project
        self._counts["studio_projects_created"] += 1
        return PodcastProjectResponseModel(project=project_view(project, now, ProjectResponseModel))
