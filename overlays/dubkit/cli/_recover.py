"""Find out whether a create whose answer never came made a job: list the provider's jobs and match.

A paid create that may have reached the provider (a lost connection, a killed process) is never
simply sent again. The provider's jobs are listed instead, and one is taken for the record when it
has the record's name and target language and was created after the create was sent (less a margin
for clock differences), and no other record of the folder already owns it.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING, Any

from ._errors import EXIT_API, CliError
from ._runstate import JobRecord

if TYPE_CHECKING:
    from dubkit import Dubformer, ElevenLabs

__all__ = ["CLOCK_MARGIN", "MAX_LISTED", "find_created"]

CLOCK_MARGIN = datetime.timedelta(minutes=10)
"""How much earlier than our clock said the provider's clock may date a job."""
MAX_LISTED = 1000
"""The most jobs listed to resolve one record (the newest come first)."""


def _candidates(client: ElevenLabs | Dubformer, record: JobRecord) -> Iterator[tuple[str, Any, Any, Any]]:
    """Yield ``(id, name, target languages, created)`` of the provider's jobs, newest first."""
    from dubkit import ElevenLabs  # noqa: PLC0415

    if isinstance(client, ElevenLabs):
        for dub in client.dubbing.list():
            yield dub.dubbing_id, dub.name, list(dub.target_languages), dub.created_at
    else:
        for project in client.projects.list():
            yield project.project_id, project.name, [project.target_lang], project.created_date


def find_created(client: ElevenLabs | Dubformer, record: JobRecord, owned: Collection[str]) -> str | None:
    """Return the id of the job a ``creating`` record's create made, or None if it made none.

    Args:
        client: A client of the record's provider.
        record: The record, with ``create_sent_at`` set.
        owned: Ids other records already own.

    Returns:
        The job's id, or None when no job matches.

    Raises:
        CliError: Several jobs match, so which one is the record's cannot be told.
    """
    sent = datetime.datetime.fromisoformat(str(record.create_sent_at)) - CLOCK_MARGIN
    found = []
    for count, (job_id, name, languages, created) in enumerate(_candidates(client, record)):
        if count >= MAX_LISTED:
            break
        if job_id in owned or name != record.name or record.target_lang not in languages:
            continue
        if isinstance(created, datetime.datetime) and created.tzinfo is not None and created < sent:
            continue
        found.append(job_id)
    if len(found) > 1:
        raise CliError(
            f"{len(found)} {record.provider} jobs named {record.name!r} in {record.target_lang} were created since "
            "this job's create was sent, and none is recorded as its own",
            hint=f"see them with `dubkit list -p {record.provider}`; finish the right one with "
            f"`dubkit download ID -p {record.provider} --wait` and delete the others with `dubkit delete ID`",
            exit_code=EXIT_API,
        )
    return found[0] if found else None
