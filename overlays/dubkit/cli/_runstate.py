"""The run state of ``dubkit dub``: every job it creates, recorded in the output folder as it happens.

``.dubkit-run.json`` holds one record per (source, provider, language, options). Every job of a run
is recorded before the first is created (phase ``planned``), again *before* its paid create
(``creating``), again once the provider has answered with an id (``created``), after each output
file, and at the end (``done`` or ``failed``). Each write replaces the file atomically, so a killed
process leaves either the previous state or the new one, never half of one; a re-run reads it and
continues instead of paying for a job twice. A ``creating`` record whose answer never came is
resolved by listing the provider's jobs (see ``_recover``).

One ``dubkit dub`` at a time may use a folder: a lock file next to the state says so. The state is
readable by its owner only (``0600``): it keeps the source URLs, signed query strings included.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pathlib
import threading
from typing import IO, Any

import attrs

from dubkit._partfiles import create_part_file

from ._errors import EXIT_OTHER, EXIT_USAGE, CliError

try:
    import fcntl
except ModuleNotFoundError:  # pragma: no cover - Windows has no flock; the lock is then advisory only
    fcntl = None  # type: ignore[assignment]

__all__ = ["LOCK_FILE", "PHASES", "STATE_FILE", "JobRecord", "RunState", "job_key"]

STATE_FILE = ".dubkit-run.json"
"""The state's file name, in the output folder."""
LOCK_FILE = ".dubkit-run.lock"
"""Held by the ``dubkit dub`` using the folder."""
PHASES = ("planned", "creating", "created", "done", "failed")
"""A record's phases: part of the run, not sent yet; the create was sent (outcome unknown until an id
is recorded); the job exists; its outputs are written; it failed at the provider."""
_VERSION = 1
_PRIVATE = 0o600  # the sources' URLs may carry signatures


def job_key(
    provider: str, source: str, target_lang: str, *, source_lang: str | None, name: str | None, options: dict[str, Any]
) -> str:
    """Return the key of a job: the same command line gives the same key, so a re-run finds its record.

    Args:
        provider: The provider.
        source: The source URL, or the local file's absolute path.
        target_lang: The target language.
        source_lang: The source language, if given.
        name: The ``--name`` given, if any.
        options: The create options given.

    Returns:
        A short hex digest.
    """
    text = json.dumps([provider, source, target_lang, source_lang, name, options], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@attrs.define(kw_only=True)
class JobRecord:
    """One job of a run, as the state file keeps it.

    Attributes:
        key: ``job_key`` of its command-line arguments.
        provider: ``elevenlabs`` or ``dubformer``.
        source: The URL, or the local file's absolute path.
        target_lang: The target language.
        source_lang: The source language, if given.
        name: The job's name at the provider.
        given_name: The ``--name`` given, if any (part of the key).
        stem: The outputs' stem (unique among the sources of the folder).
        options: The create options, as given.
        phase: One of ``PHASES``.
        job_id: The provider's id, once known.
        status: The provider's last status seen.
        create_sent_at: When the create was last sent (UTC, ISO), to bound the listing that resolves it.
        idempotency_key: Dubformer: the key the create was sent with.
        files: Output files written: ``{"path": name, "bytes": size}``.
        error: The last error's message, if any.
    """

    key: str
    provider: str
    source: str
    target_lang: str
    source_lang: str | None
    name: str
    given_name: str | None
    stem: str
    options: dict[str, Any]
    phase: str = "planned"
    job_id: str | None = None
    status: str | None = None
    create_sent_at: str | None = None
    idempotency_key: str | None = None
    files: list[dict[str, Any]] = attrs.Factory(list)
    error: str | None = None

    @classmethod
    def from_json(cls, data: Any) -> JobRecord:
        """Read a record from the state file.

        Args:
            data: One entry of the file's ``jobs``.

        Returns:
            The record.

        Raises:
            ValueError: If it is not a record.
        """
        if not isinstance(data, dict):
            raise ValueError("a job record must be an object")
        names = {field.name for field in attrs.fields(cls)}
        try:
            record = cls(**{key: value for key, value in data.items() if key in names})
        except TypeError as error:
            raise ValueError(f"a job record is incomplete: {error}") from None
        if record.phase not in PHASES:
            raise ValueError(f"a job record has an unknown phase {record.phase!r}")
        return record

    def has_file(self, path: pathlib.Path) -> bool:
        """Tell whether ``path`` was written for this record and is still there, whole.

        Args:
            path: An output path.

        Returns:
            True if the record lists it with the size it still has.
        """
        for entry in self.files:
            if entry.get("path") == path.name:
                with contextlib.suppress(OSError):
                    return bool(path.stat().st_size == entry.get("bytes"))
        return False

    def add_file(self, path: pathlib.Path) -> None:
        """Record an output file and its size.

        Args:
            path: The file just written.
        """
        self.files = [entry for entry in self.files if entry.get("path") != path.name]
        self.files.append({"path": path.name, "bytes": path.stat().st_size})


class RunState:
    """The records of one output folder, saved atomically on every change (thread-safe).

    Use ``RunState.open(folder)`` as a context manager: it holds the folder's lock until closed.

    Args:
        folder: The output folder.
        records: The records read from its state file.
        lock: The open lock file.
    """

    def __init__(self, folder: pathlib.Path, records: dict[str, JobRecord], lock: IO[str] | None) -> None:
        self.folder = folder
        self.path = folder / STATE_FILE
        self._records = records
        self._lock_file = lock
        self._mutex = threading.Lock()

    @classmethod
    def open(cls, folder: pathlib.Path) -> RunState:
        """Lock a folder (creating it) and read its state.

        Args:
            folder: The output folder.

        Returns:
            The state.

        Raises:
            CliError: Another ``dubkit dub`` holds the folder, or its state file is unreadable.
        """
        folder.mkdir(parents=True, exist_ok=True)
        lock = (folder / LOCK_FILE).open("a", encoding="utf-8")
        if fcntl is not None:
            try:
                fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                lock.close()
                raise CliError(
                    f"another `dubkit dub` is using {folder}",
                    hint="wait for it to end, or use another --out",
                    exit_code=EXIT_USAGE,
                ) from None
        try:
            return cls(folder, cls._read(folder / STATE_FILE), lock)
        except BaseException:
            lock.close()
            raise

    @staticmethod
    def _read(path: pathlib.Path) -> dict[str, JobRecord]:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("version") != _VERSION or not isinstance(data.get("jobs"), list):
                raise ValueError(f"not a version-{_VERSION} dubkit run state")
            records = [JobRecord.from_json(entry) for entry in data["jobs"]]
        except ValueError as error:
            raise CliError(
                f"cannot read {path}: {error}",
                hint="move it away to start afresh (the jobs it lists are still at the provider)",
                exit_code=EXIT_OTHER,
            ) from None
        return {record.key: record for record in records}

    def __enter__(self) -> RunState:
        """Return this state.

        Returns:
            The state.
        """
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Release the folder's lock."""
        self.close()

    def close(self) -> None:
        """Release the folder's lock."""
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file = None

    def records(self) -> list[JobRecord]:
        """Return every record, in the order they were first made.

        Returns:
            The records.
        """
        with self._mutex:
            return list(self._records.values())

    def get(self, key: str) -> JobRecord | None:
        """Return the record of a key.

        Args:
            key: A ``job_key``.

        Returns:
            The record, or None.
        """
        with self._mutex:
            return self._records.get(key)

    def save(self, record: JobRecord) -> None:
        """Add or update a record and write the state file atomically (and durably).

        Args:
            record: The record.
        """
        with self._mutex:
            self._records[record.key] = record
            document = {"version": _VERSION, "jobs": [attrs.asdict(item) for item in self._records.values()]}
            with create_part_file(self.path, mode=_PRIVATE) as part:
                part.write(json.dumps(document, indent=1).encode("utf-8"))
                part.flush()
                os.fsync(part.fileno())
            os.replace(part.name, self.path)
