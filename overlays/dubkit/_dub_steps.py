"""The steps of a dub, shared by ``dub_file`` and the ``dubkit`` command: check, create, name and download outputs.

``plan_dub`` checks everything a dub needs before any request; ``create_job`` sends the paid create;
``download_outputs`` writes a finished job's outputs under the names ``dub_file`` documents. The
command line runs these steps itself so it can record each job as soon as it exists.

The I/O-free steps live in ``_dub_plan``; the ones that talk to a provider are written once, async, in
``_async/_dub_steps.py``, and ``scripts/unasync.py`` writes the sync ones. This module is where callers
import them from.
"""

from __future__ import annotations

from ._async._dub_steps import acreate_job, adownload_outputs
from ._dub_plan import (
    PROVIDERS,
    Created,
    DubPlan,
    Provider,
    dubformer_paths,
    elevenlabs_paths,
    is_url,
    media_seconds,
    plan_dub,
    tag_created_job,
    write_text,
)
from ._sync._dub_steps import create_job, download_outputs

__all__ = [
    "PROVIDERS",
    "Created",
    "DubPlan",
    "Provider",
    "acreate_job",
    "adownload_outputs",
    "create_job",
    "download_outputs",
    "dubformer_paths",
    "elevenlabs_paths",
    "is_url",
    "media_seconds",
    "plan_dub",
    "tag_created_job",
    "write_text",
]
