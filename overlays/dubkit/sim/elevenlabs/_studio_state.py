"""Studio's state: projects, chapters, snapshots, and conversions that finish on the simulator's clock.

Nothing here runs in the background. A conversion records when it started and when it ends, in simulated
seconds (``SimClock.elapsed()``), and :func:`settle` applies every conversion that has ended whenever a
handler looks at a project. IDs a conversion will need are drawn when it starts, so a seeded run hands
out the same IDs however often a client polls.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

import attrs

__all__ = [
    "CHARACTERS_PER_SECOND",
    "FAILURE_MESSAGE",
    "QUEUE_SHARE",
    "Block",
    "Chapter",
    "ChapterSnapshot",
    "Conversion",
    "FrozenBlock",
    "Locator",
    "Node",
    "PendingCreation",
    "Project",
    "ProjectSnapshot",
    "Snapshot",
    "project_state",
    "settle",
    "unsettled_snapshots",
]

# A narrator reads about 15 characters a second; snapshot durations and alignments follow from it.
CHARACTERS_PER_SECOND = 15.0
# The first tenth of a whole-project conversion shows the project as "in_queue", as the real API does
# before its workers pick the job up.
QUEUE_SHARE = 0.1
FAILURE_MESSAGE = "Conversion failed (simulated failure; see SimConfig.failure_rate)."


@attrs.frozen
class Node:
    """A run of text read by one voice."""

    voice_id: str
    text: str


@attrs.frozen
class FrozenBlock:
    """A paragraph as a conversion (and the snapshot it makes) saw it."""

    block_id: str
    nodes: tuple[Node, ...]

    @property
    def text(self) -> str:
        """The paragraph's text: its nodes, joined as Studio reads them."""
        return "".join(node.text for node in self.nodes)


@attrs.define
class Block:
    """A paragraph of a chapter; it counts as converted while its nodes equal those last converted."""

    block_id: str
    sub_type: str | None
    nodes: tuple[Node, ...]
    converted: tuple[Node, ...] | None = None

    @property
    def characters(self) -> int:
        """How many characters the paragraph holds."""
        return sum(len(node.text) for node in self.nodes)

    @property
    def is_converted(self) -> bool:
        """Whether the current text has audio (edits since the last conversion make it unconverted)."""
        return self.converted == self.nodes

    def freeze(self) -> FrozenBlock:
        """Return the paragraph as a conversion records it.

        Returns:
            An immutable copy of its ID and nodes.
        """
        return FrozenBlock(self.block_id, self.nodes)


@attrs.frozen
class Snapshot:
    """What every snapshot records: its ID, its project, its name and when the conversion made it."""

    snapshot_id: str
    project_id: str
    name: str
    created_at_unix: int


@attrs.frozen
class ChapterSnapshot(Snapshot):
    """The audio of one chapter, as one conversion produced it."""

    chapter_id: str
    chapter_name: str
    blocks: tuple[FrozenBlock, ...]

    @property
    def characters(self) -> int:
        """How many characters were read."""
        return sum(len(block.text) for block in self.blocks)

    @property
    def duration_secs(self) -> float:
        """How long the audio lasts, in seconds."""
        return round(self.characters / CHARACTERS_PER_SECOND, 3)


@attrs.frozen
class ProjectSnapshot(Snapshot):
    """The audio of a whole project: the chapter snapshots one project conversion produced."""

    chapters: tuple[ChapterSnapshot, ...]

    @property
    def blocks(self) -> tuple[FrozenBlock, ...]:
        """Every paragraph read, chapter after chapter."""
        return tuple(block for chapter in self.chapters for block in chapter.blocks)

    @property
    def duration_secs(self) -> float:
        """How long the audio of all chapters lasts, in seconds."""
        return round(sum(chapter.duration_secs for chapter in self.chapters), 3)


@attrs.frozen
class Conversion:
    """A conversion in progress: what it reads, when it ends, and the IDs of the snapshots it will make.

    Attributes:
        start: Simulated seconds (``SimClock.elapsed()``) when it started.
        end: Simulated seconds when it ends.
        start_unix: Wall-clock (simulated) Unix time when it started.
        content: The paragraphs it reads, by chapter ID.
        chapter_snapshot_ids: The ID each chapter's snapshot will get.
        project_snapshot_id: The ID of the project snapshot, for a whole-project conversion; else None.
        fails: Whether it ends in failure (seeded from ``SimConfig.failure_rate``).
    """

    start: float
    end: float
    start_unix: int
    content: Mapping[str, tuple[FrozenBlock, ...]]
    chapter_snapshot_ids: Mapping[str, str]
    project_snapshot_id: str | None
    fails: bool

    @property
    def end_unix(self) -> int:
        """The simulated Unix time it ends."""
        return self.start_unix + round(self.end - self.start)

    @property
    def whole_project(self) -> bool:
        """Whether it converts the whole project (and so makes a project snapshot)."""
        return self.project_snapshot_id is not None

    def progress(self, now: float) -> float:
        """Return how far it has come, from 0 to 1.

        Args:
            now: Simulated seconds (``SimClock.elapsed()``).

        Returns:
            The share of its duration that has passed.
        """
        if self.end <= self.start:
            return 1.0
        return min(max((now - self.start) / (self.end - self.start), 0.0), 1.0)

    def chapter_progress(self, now: float) -> float:
        """Return a chapter's conversion progress, from 0 to 1 (0 while the project waits in the queue).

        Args:
            now: Simulated seconds.

        Returns:
            The chapter's progress.
        """
        share = self.progress(now)
        if not self.whole_project:
            return round(share, 4)
        return round(max(share - QUEUE_SHARE, 0.0) / (1.0 - QUEUE_SHARE), 4)


@attrs.define
class Chapter:
    """A chapter: its paragraphs and its snapshots (oldest first)."""

    chapter_id: str
    name: str
    blocks: list[Block]
    snapshots: list[ChapterSnapshot] = attrs.field(factory=list)
    last_conversion_date_unix: int | None = None
    last_conversion_error: str | None = None

    @property
    def characters(self) -> int:
        """How many characters the chapter holds."""
        return sum(block.characters for block in self.blocks)


@attrs.define
class PendingCreation:
    """A project still being generated (a podcast): its chapters appear, and its conversion starts, at ``end``."""

    start: float
    end: float
    chapters: list[Chapter]
    conversion: Conversion | None

    def progress(self, now: float) -> float:
        """Return the creation progress, from 0 to 1.

        Args:
            now: Simulated seconds.

        Returns:
            The share of the creation time that has passed.
        """
        if self.end <= self.start:
            return 1.0
        return round(min(max((now - self.start) / (self.end - self.start), 0.0), 1.0), 4)


@attrs.define
class Locator:
    """A pronunciation dictionary attached to a project (``version_id`` None means its latest version)."""

    pronunciation_dictionary_id: str
    version_id: str | None
    added_unix: int


@attrs.define
class Project:
    """A Studio project with its settings, chapters, snapshots and running conversions."""

    project_id: str
    name: str
    create_date_unix: int
    default_title_voice_id: str
    default_paragraph_voice_id: str
    default_model_id: str
    quality_preset: str
    apply_text_normalization: str
    creation_type: str
    source_type: str | None
    title: str | None = None
    author: str | None = None
    description: str | None = None
    genres: list[str] | None = None
    target_audience: str | None = None
    language: str | None = None
    content_type: str | None = None
    original_publication_date: str | None = None
    mature_content: bool | None = False
    isbn_number: str | None = None
    volume_normalization: bool = False
    fiction: str | None = None
    chapters: list[Chapter] = attrs.field(factory=list)
    snapshots: list[ProjectSnapshot] = attrs.field(factory=list)
    conversions: list[Conversion] = attrs.field(factory=list)
    pending: PendingCreation | None = None
    locators: list[Locator] = attrs.field(factory=list)
    last_conversion_date_unix: int | None = None

    def chapter(self, chapter_id: str) -> Chapter | None:
        """Return one of its chapters by ID.

        Args:
            chapter_id: The chapter's ID.

        Returns:
            The chapter, or None.
        """
        return next((chapter for chapter in self.chapters if chapter.chapter_id == chapter_id), None)

    def conversion_of(self, chapter_id: str) -> Conversion | None:
        """Return the running conversion that reads a chapter, if any.

        Args:
            chapter_id: The chapter's ID.

        Returns:
            The conversion, or None.
        """
        return next((conv for conv in self.conversions if chapter_id in conv.content), None)


def project_state(project: Project, now: float) -> str:
    """Return a settled project's ``state``: creating, in_queue, converting or default.

    A chapter conversion shows the project as converting too, since part of it is being rendered.

    Args:
        project: The project (after :func:`settle`).
        now: Simulated seconds.

    Returns:
        The state.
    """
    if project.pending is not None:
        return "creating"
    if not project.conversions:
        return "default"
    whole = next((conv for conv in project.conversions if conv.whole_project), None)
    if whole is not None and whole.progress(now) < QUEUE_SHARE:
        return "in_queue"
    return "converting"


def settle(project: Project, now: float) -> list[ChapterSnapshot | ProjectSnapshot]:
    """Apply whatever has finished by ``now``: a pending creation, then ended conversions in order.

    Args:
        project: The project.
        now: Simulated seconds.

    Returns:
        The snapshots this call created.
    """
    made: list[ChapterSnapshot | ProjectSnapshot] = []
    if project.pending is not None and now >= project.pending.end:
        project.chapters = project.pending.chapters
        if project.pending.conversion is not None:
            project.conversions.append(project.pending.conversion)
        project.pending = None
    for conversion in sorted(project.conversions, key=lambda conv: conv.end):
        if now >= conversion.end:
            project.conversions.remove(conversion)
            made.extend(_finish(project, conversion))
    return made


def unsettled_snapshots(project: Project, now: float) -> tuple[int, int]:
    """Count the snapshots :func:`settle` would create now, without changing anything.

    For counters read outside the simulator's lock, where settling could race with a request.

    Args:
        project: The project.
        now: Simulated seconds.

    Returns:
        How many chapter snapshots and project snapshots are due.
    """
    conversions = list(project.conversions)
    chapters = {chapter.chapter_id for chapter in project.chapters}
    pending = project.pending
    if pending is not None and now >= pending.end:
        chapters = {chapter.chapter_id for chapter in pending.chapters}
        conversions += [pending.conversion] if pending.conversion is not None else []
    chapter_count = project_count = 0
    for conversion in conversions:
        if now < conversion.end or conversion.fails:
            continue
        made = sum(1 for chapter_id in conversion.content if chapter_id in chapters)
        chapter_count += made
        project_count += 1 if conversion.whole_project and made else 0
    return chapter_count, project_count


def _stamp(unix: int) -> str:
    return datetime.fromtimestamp(unix, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _finish(project: Project, conversion: Conversion) -> list[ChapterSnapshot | ProjectSnapshot]:
    ended = conversion.end_unix
    chapters = [(chapter, conversion.content[cid]) for cid in conversion.content if (chapter := project.chapter(cid))]
    if conversion.fails:
        for chapter, _ in chapters:
            chapter.last_conversion_error = FAILURE_MESSAGE
        return []
    made: list[ChapterSnapshot | ProjectSnapshot] = []
    for chapter, blocks in chapters:
        snapshot = ChapterSnapshot(
            snapshot_id=conversion.chapter_snapshot_ids[chapter.chapter_id],
            project_id=project.project_id,
            chapter_id=chapter.chapter_id,
            chapter_name=chapter.name,
            name=f"{chapter.name} {_stamp(ended)}",
            created_at_unix=ended,
            blocks=blocks,
        )
        chapter.snapshots.append(snapshot)
        chapter.last_conversion_date_unix = ended
        chapter.last_conversion_error = None
        # Only paragraphs left as they were converted gain audio; edits made meanwhile stay unconverted.
        read = {block.block_id: block.nodes for block in blocks}
        for block in chapter.blocks:
            if read.get(block.block_id) == block.nodes:
                block.converted = block.nodes
        made.append(snapshot)
    if conversion.project_snapshot_id is not None and made:
        whole = ProjectSnapshot(
            snapshot_id=conversion.project_snapshot_id,
            project_id=project.project_id,
            name=f"{project.name} {_stamp(ended)}",
            created_at_unix=ended,
            chapters=tuple(snap for snap in made if isinstance(snap, ChapterSnapshot)),
        )
        project.snapshots.append(whole)
        project.last_conversion_date_unix = ended
        made.append(whole)
    return made
