# Generated from overlays/dubkit/elevenlabs/_async/_studio.py by scripts/unasync.py; do not edit.
# Change the async source, then run `make generate`.
# Generated from specs/wrappers/elevenlabs/studio.yaml by scripts/wrappers.py; do not edit.
# Change the declaration (or the glossary beside it), then run `make generate`.
"""``client.studio``: the ElevenLabs Studio API (long-form projects and podcasts), named like the official SDK.

The resource tree, sync and async alike::

    client.studio
    ├── create_podcast(...)
    └── projects                      list, get, create, update, delete, convert, wait_for_conversion
        ├── content                   update
        ├── pronunciation_dictionaries create
        ├── snapshots                 list, get, download, download_archive
        └── chapters                  list, get, create, update, delete, convert, wait_for_conversion
            └── snapshots             list, get, download
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

from dubkit_elevenlabs.api.studio import create_podcast
from dubkit_elevenlabs.models import PodcastProjectResponseModel

from dubkit._literals import PodcastDuration, QualityPreset
from dubkit._options import RequestOptions
from dubkit.elevenlabs import _studio_inputs as inputs
from dubkit.elevenlabs._studio_json import PodcastModeInput, PodcastSourceInput

from ._base import ElevenLabsResource
from ._studio_projects import Projects

if TYPE_CHECKING:
    from ._client import ElevenLabs


__all__ = ["Studio"]


class Studio(ElevenLabsResource):
    """``client.studio``: Studio projects and podcasts. Reached as ``ElevenLabs(...).studio``.

    Attributes:
        projects: Studio projects, their chapters and snapshots.

    Args:
        client: The owning client.

    Example:
        >>> podcast = client.studio.create_podcast(  # doctest: +SKIP
        ...     model_id="eleven_multilingual_v2",
        ...     mode={"type": "bulletin", "bulletin": {"host_voice_id": "21m00Tcm4TlvDq8ikWAM"}},
        ...     source={"type": "url", "url": "https://example.com/article"},
        ... )
        >>> client.studio.projects.wait_for_conversion(podcast.project.project_id)  # doctest: +SKIP
    """

    def __init__(self, client: ElevenLabs) -> None:
        super().__init__(client)
        self.projects = Projects(client)

    def create_podcast(
        self,
        *,
        model_id: str,
        mode: PodcastModeInput,
        source: PodcastSourceInput,
        quality_preset: QualityPreset | None = None,
        duration_scale: PodcastDuration | None = None,
        language: str | None = None,
        intro: str | None = None,
        outro: str | None = None,
        instructions_prompt: str | None = None,
        highlights: Sequence[str] | None = None,
        callback_url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> PodcastProjectResponseModel:
        """Create a podcast project; the API writes its script, then converts it by itself (billed).

        Follow it with ``client.studio.projects.wait_for_conversion(project_id)``, which waits through
        the ``creating`` state and the conversion. The API has no idempotency key, so once the request
        may have reached the server it is never re-sent (``OutcomeUnknownError`` instead).

        Args:
            model_id: The model to convert with, e.g. ``"eleven_multilingual_v2"``.
            mode: ``{"type": "conversation", "conversation": {"host_voice_id": ..., "guest_voice_id": ...}}`` or
                ``{"type": "bulletin", "bulletin": {"host_voice_id": ...}}`` (or the generated models).
            source: ``{"type": "text", "text": ...}`` or ``{"type": "url", "url": ...}`` (or the generated models), or a
                list of them.
            quality_preset: ``"standard"``, ``"high"``, ``"ultra"`` or ``"ultra_lossless"`` (the API dropped
                ``"highest"`` in 2026; it is refused before sending).
            duration_scale: ``"short"``, ``"default"`` or ``"long"``.
            language: A two-letter ISO 639-1 code, e.g. ``"en"``.
            intro: Words the podcast opens with (at most 1500 characters).
            outro: Words the podcast ends with (at most 1500 characters).
            instructions_prompt: Guidance for the script, e.g. tone (at most 3000 characters).
            highlights: Key points to cover, each 10 to 70 characters.
            callback_url: A URL the API calls when the conversion ends.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The new project (state ``creating``).

        Raises:
            ValueError: On bad input, before any request.
            TypeError: If an argument has the wrong type.
            OutcomeUnknownError: The request may have reached the API but no answer came back.
            UnprocessableEntityError: The API rejected an argument (``issues`` says which).
        """
        body = inputs.podcast_body(
            model_id=model_id,
            mode=mode,
            source=source,
            quality_preset=quality_preset,
            duration_scale=duration_scale,
            language=language,
            intro=intro,
            outro=outro,
            instructions_prompt=instructions_prompt,
            highlights=highlights,
            callback_url=callback_url,
        )
        return self._call(create_podcast.sync_detailed, PodcastProjectResponseModel, body=body, client=self._raw)
