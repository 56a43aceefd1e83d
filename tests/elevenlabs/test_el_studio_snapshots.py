"""Project and chapter snapshots: listing, details, and audio and zip downloads byte-identical to what is served."""

from __future__ import annotations

import json
import re
import zipfile
from typing import Any

import httpx2
import pytest
from dubkit import DownloadError, ElevenLabs, NotFoundError
from dubkit.elevenlabs.types import (
    ChapterSnapshotExtendedResponseModel,
    ChapterSnapshotResponseModel,
    CharacterAlignmentModel,
    ProjectSnapshotExtendedResponseModel,
    ProjectSnapshotResponseModel,
    Unset,
)
from dubkit.sim import Simulator
from spec_helpers import SEEDS
from test_el_studio_support import MODES, project_with_text, served, studio_for

SEED_PAGE = SEEDS / "elevenlabs-studio-get-project-snapshot.md"
SEED_EXAMPLE = {
    "project_snapshot_id": "aw1NgEzBg83R7vgmiJt6",
    "project_id": "aw1NgEzBg83R7vgmiJt6",
    "created_at_unix": 1714204800,
    "name": "My Project Snapshot",
    "character_alignments": [],
    "audio_duration_secs": 123.45,
}
"""The example response of the seed page "Get Project Snapshot" (checked against the page when it is there)."""
pytestmark = pytest.mark.dubkit_sim(media_size=100_000)


@pytest.fixture(params=MODES)
def studio(request: pytest.FixtureRequest) -> Any:
    return studio_for(request)


def _converted(studio: Any) -> tuple[str, str]:
    """A project converted once: its id and its snapshot's id."""
    project_id = project_with_text(studio)
    studio.projects.convert(project_id)
    studio.projects.wait_for_conversion(project_id)
    (snapshot,) = studio.projects.snapshots.list(project_id)
    return project_id, snapshot.project_snapshot_id


def test_project_snapshots_list_and_get(studio: Any, clocked: Simulator) -> None:
    """A conversion's snapshot is listed, and its details carry alignments and the audio's duration."""
    project_id, snapshot_id = _converted(studio)
    (listed,) = studio.projects.snapshots.list(project_id)
    assert isinstance(listed, ProjectSnapshotResponseModel)
    assert listed.project_id == project_id
    snapshot = studio.projects.snapshots.get(project_id, snapshot_id)
    assert isinstance(snapshot, ProjectSnapshotExtendedResponseModel)
    assert (snapshot.project_snapshot_id, snapshot.name) == (snapshot_id, listed.name)
    assert all(isinstance(alignment, CharacterAlignmentModel) for alignment in snapshot.character_alignments)
    characters = sum(len(alignment.characters) for alignment in snapshot.character_alignments)
    assert characters == len("Opening" + "A quiet morning." + "Rain.")
    assert isinstance(snapshot.audio_duration_secs, float)
    assert snapshot.audio_duration_secs == pytest.approx(characters / 15.0, abs=0.01)
    with pytest.raises(NotFoundError):
        studio.projects.snapshots.get(project_id, "no-such-snapshot")


def test_project_snapshot_audio_is_downloaded_byte_identical(studio: Any, clocked: Simulator, tmp_path) -> None:
    """download streams the POST endpoint to the file; convert_to_mpeg asks for the other rendition."""
    project_id, snapshot_id = _converted(studio)
    plain = studio.projects.snapshots.download(project_id, snapshot_id, tmp_path / "book.mp3")
    assert plain == (tmp_path / "book.mp3").resolve()
    assert plain.read_bytes() == served(clocked, project_id, f"{snapshot_id}.mp3")
    assert len(plain.read_bytes()) == 100_000
    mpeg = studio.projects.snapshots.download(project_id, snapshot_id, tmp_path / "book-mpeg.mp3", convert_to_mpeg=True)
    assert mpeg.read_bytes() == served(clocked, project_id, f"{snapshot_id}-mpeg.mp3")
    assert mpeg.read_bytes() != plain.read_bytes()
    assert [record.method for record in clocked.requests("stream_project_snapshot_audio")] == ["POST", "POST"]


def test_snapshot_downloads_refuse_a_file_larger_than_max_bytes(studio: Any, clocked: Simulator, tmp_path) -> None:
    """max_bytes caps the audio and the archive: DownloadError naming it, and no file is left behind."""
    project_id, snapshot_id = _converted(studio)
    for download in (studio.projects.snapshots.download, studio.projects.snapshots.download_archive):
        with pytest.raises(DownloadError, match="max_bytes=1000"):
            download(project_id, snapshot_id, tmp_path / "capped", max_bytes=1000)
    assert list(tmp_path.iterdir()) == []
    exact = studio.projects.snapshots.download(project_id, snapshot_id, tmp_path / "book.mp3", max_bytes=100_000)
    assert exact.stat().st_size == 100_000


def test_project_snapshot_archive_is_a_zip_of_the_chapters(studio: Any, clocked: Simulator, tmp_path) -> None:
    """download_archive writes the served zip; it opens and holds each chapter's audio in order."""
    project_id, snapshot_id = _converted(studio)
    path = studio.projects.snapshots.download_archive(project_id, snapshot_id, tmp_path / "book.zip")
    assert path.read_bytes() == served(clocked, project_id, f"{snapshot_id}.zip")
    chapters = studio.projects.chapters.list(project_id)
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == ["01 - Chapter A.mp3", "02 - Chapter B.mp3"]
        for member, chapter in zip(archive.namelist(), chapters, strict=True):
            (chapter_snapshot,) = studio.projects.chapters.snapshots.list(project_id, chapter.chapter_id)
            audio = studio.projects.chapters.snapshots.download(
                project_id, chapter.chapter_id, chapter_snapshot.chapter_snapshot_id, tmp_path / f"{member}.mp3"
            ).read_bytes()
            # Each member is that chapter's own audio file, byte for byte.
            assert archive.read(member) == audio


def test_chapter_snapshots_list_get_and_download(studio: Any, clocked: Simulator, tmp_path) -> None:
    """Each converted chapter has a snapshot with alignments, and its audio downloads byte-identical."""
    project_id, _ = _converted(studio)
    chapter_id = studio.projects.chapters.list(project_id)[1].chapter_id
    (listed,) = studio.projects.chapters.snapshots.list(project_id, chapter_id)
    assert isinstance(listed, ChapterSnapshotResponseModel)
    assert (listed.project_id, listed.chapter_id) == (project_id, chapter_id)
    snapshot_id = listed.chapter_snapshot_id
    snapshot = studio.projects.chapters.snapshots.get(project_id, chapter_id, snapshot_id)
    assert isinstance(snapshot, ChapterSnapshotExtendedResponseModel)
    assert ["".join(alignment.characters) for alignment in snapshot.character_alignments] == ["Rain."]
    path = studio.projects.chapters.snapshots.download(project_id, chapter_id, snapshot_id, tmp_path / "b.mp3")
    assert path.read_bytes() == served(clocked, project_id, f"chapters/{chapter_id}/{snapshot_id}.mp3")
    mpeg = studio.projects.chapters.snapshots.download(
        project_id, chapter_id, snapshot_id, tmp_path / "b-mpeg.mp3", convert_to_mpeg=True
    )
    assert mpeg.read_bytes() == served(clocked, project_id, f"chapters/{chapter_id}/{snapshot_id}-mpeg.mp3")
    assert mpeg.read_bytes() != path.read_bytes()


def test_a_missing_snapshot_download_writes_nothing(studio: Any, clocked: Simulator, tmp_path) -> None:
    """A 404 from the stream endpoint is a NotFoundError, and no file (or temporary file) is left."""
    project_id = project_with_text(studio)
    with pytest.raises(NotFoundError):
        studio.projects.snapshots.download(project_id, "no-such-snapshot", tmp_path / "x.mp3")
    with pytest.raises(NotFoundError):
        studio.projects.snapshots.download_archive(project_id, "no-such-snapshot", tmp_path / "x.zip")
    assert list(tmp_path.iterdir()) == []


def _seed_page_example() -> dict[str, Any]:
    """The example body on the seed page: its numbered lines, ``1{`` to the closing brace."""
    lines = SEED_PAGE.read_text(encoding="utf-8").splitlines()
    start = lines.index("1{")
    numbered = []
    for line in lines[start:]:
        match = re.fullmatch(r"(\d+)(.*)", line)
        if not match:
            break
        numbered.append(match.group(2))
    return json.loads("\n".join(numbered))


@pytest.mark.skipif(not SEED_PAGE.exists(), reason="../shared (seed pages) is not beside the project")
def test_the_seed_example_is_the_one_tested_here() -> None:
    """The example copied into SEED_EXAMPLE is the seed page's, byte for byte once parsed."""
    assert _seed_page_example() == SEED_EXAMPLE


def test_the_seed_example_of_a_project_snapshot_parses_with_every_field_typed() -> None:
    """Served to snapshots.get, the seed's example becomes the model with each documented field typed."""
    http = httpx2.Client(transport=httpx2.MockTransport(lambda request: httpx2.Response(200, json=SEED_EXAMPLE)))
    with ElevenLabs(api_key="k", base_url="http://127.0.0.1", http_client=http) as client:
        snapshot = client.studio.projects.snapshots.get("aw1NgEzBg83R7vgmiJt6", "aw1NgEzBg83R7vgmiJt6")
    assert isinstance(snapshot, ProjectSnapshotExtendedResponseModel)
    assert isinstance(snapshot.project_snapshot_id, str)
    assert isinstance(snapshot.project_id, str)
    assert isinstance(snapshot.created_at_unix, int)
    assert isinstance(snapshot.name, str)
    assert snapshot.character_alignments == []
    assert isinstance(snapshot.audio_duration_secs, float)
    assert snapshot.audio_duration_secs == 123.45
    # The deprecated upload fields are absent from the example, and stay unset rather than invented.
    assert isinstance(snapshot.audio_upload, Unset)
    assert isinstance(snapshot.zip_upload, Unset)
    assert snapshot.additional_properties == {}
    assert snapshot.to_dict() == SEED_EXAMPLE


def test_audio_duration_secs_is_required_as_the_seed_says() -> None:
    """A snapshot body without audio_duration_secs does not parse: the seed makes it required."""
    body = {key: value for key, value in SEED_EXAMPLE.items() if key != "audio_duration_secs"}
    with pytest.raises(KeyError, match="audio_duration_secs"):
        ProjectSnapshotExtendedResponseModel.from_dict(body)


@pytest.mark.dubkit_sim(media_size=2 * 1024 * 1024 + 5)
def test_an_interrupted_snapshot_download_resumes(studio: Any, clocked: Simulator, tmp_path) -> None:
    """A connection dropped mid-body is resumed with Range on the POST endpoint; the file is still exact."""
    project_id, snapshot_id = _converted(studio)
    clocked.inject("disconnect_after", operation="stream_project_snapshot_audio")
    path = studio.projects.snapshots.download(project_id, snapshot_id, tmp_path / "book.mp3", convert_to_mpeg=True)
    attempts = clocked.requests("stream_project_snapshot_audio")
    assert len(attempts) >= 2
    assert attempts[0].range is None
    assert attempts[-1].range.startswith("bytes=")
    assert {attempt.method for attempt in attempts} == {"POST"}
    assert path.read_bytes() == served(clocked, project_id, f"{snapshot_id}-mpeg.mp3")
    assert [child.name for child in tmp_path.iterdir()] == ["book.mp3"]
