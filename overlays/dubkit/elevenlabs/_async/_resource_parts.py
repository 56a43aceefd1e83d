# Generated from specs/wrappers/elevenlabs/resource_parts.yaml by scripts/wrappers.py; do not edit.
# Change the declaration (or the glossary beside it), then run `make generate`.
"""The parts of ``client.dubbing.resource``: ``language``, ``speaker`` (and ``speaker.segment``), ``segment``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Unpack

from dubkit_elevenlabs.api.dubbing_resource import (
    add_resource_language,
    create_segment,
    create_speaker,
    delete_segment,
    find_similar_voices,
    update_segment,
    update_speaker,
)
from dubkit_elevenlabs.models import (
    LanguageAddedResponse,
    SegmentCreateResponse,
    SegmentDeleteResponse,
    SegmentUpdateResponse,
    SimilarVoicesForSpeakerResponse,
    SpeakerCreatedResponse,
    SpeakerUpdatedResponse,
)

from dubkit._deprecation import warn_deprecated
from dubkit._options import RequestOptions
from dubkit._validation import check_id
from dubkit.elevenlabs import _resource_inputs as inputs

from ._base import AsyncElevenLabsResource

if TYPE_CHECKING:
    from ._client import AsyncElevenLabs


__all__ = ["AsyncResourceLanguage", "AsyncResourceSegment", "AsyncResourceSpeaker", "AsyncResourceSpeakerSegment"]


class AsyncResourceLanguage(AsyncElevenLabsResource):
    """``client.dubbing.resource.language``: the target languages of a dub."""

    async def add(self, dubbing_id: str, *, language: str, **options: Unpack[RequestOptions]) -> LanguageAddedResponse:
        """Add a target language; nothing is transcribed, translated or dubbed into it yet.

        Args:
            dubbing_id: The dub's id.
            language: The language code to add, e.g. ``"de"``.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The resource's new version.

        Raises:
            ValueError: On a bad id or language code, before any request.
            TypeError: If an argument is not a string.
            NotFoundError: No such dub, or the dub has no resource.
            UnprocessableEntityError: The API refused the language (unsupported, or already in the dub).
        """
        warn_deprecated("add_resource_language", "client.dubbing.resource.language.add")
        check_id("dubbing_id", dubbing_id)
        body = inputs.add_language_body(language)
        return await self._call(
            add_resource_language.asyncio_detailed, LanguageAddedResponse, dubbing_id, body=body, client=self._raw
        )


class AsyncResourceSpeakerSegment(AsyncElevenLabsResource):
    """``client.dubbing.resource.speaker.segment``: add segments to a speaker."""

    async def create(
        self,
        dubbing_id: str,
        speaker_id: str,
        *,
        start_time: float,
        end_time: float,
        text: str | None = None,
        translations: Mapping[str, str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> SegmentCreateResponse:
        """Add a segment to a speaker, in every language; nothing is transcribed or dubbed yet.

        Args:
            dubbing_id: The dub's id.
            speaker_id: The speaker's id (a key of ``speaker_tracks``).
            start_time: Where the segment starts, in seconds.
            end_time: Where it ends, in seconds; after ``start_time``.
            text: Its source-language text.
            translations: Its text per target language, e.g. ``{"es": "Hola"}``.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The new version and the new segment's id (``new_segment``).

        Raises:
            ValueError: On a bad id, a negative or non-finite time, or ``start_time >= end_time``, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: No such dub (or resource) or speaker.
            UnprocessableEntityError: The API refused the times (e.g. past the end of the media) or a translation.
        """
        warn_deprecated("create_segment", "client.dubbing.resource.speaker.segment.create")
        check_id("dubbing_id", dubbing_id)
        check_id("speaker_id", speaker_id)
        body = inputs.segment_create_body(start_time, end_time, text, translations)
        return await self._call(
            create_segment.asyncio_detailed, SegmentCreateResponse, dubbing_id, speaker_id, body=body, client=self._raw
        )


class AsyncResourceSpeaker(AsyncElevenLabsResource):
    """``client.dubbing.resource.speaker``: the speakers of a dub.

    Attributes:
        segment: Add segments to a speaker (``segment.create``).

    Args:
        client: The owning client.
    """

    def __init__(self, client: AsyncElevenLabs) -> None:
        super().__init__(client)
        self.segment = AsyncResourceSpeakerSegment(client)

    async def create(
        self,
        dubbing_id: str,
        *,
        speaker_name: str | None = None,
        voice_id: str | None = None,
        voice_stability: float | None = None,
        voice_similarity: float | None = None,
        voice_style: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> SpeakerCreatedResponse:
        """Add a speaker to a dub's resource (deprecated by ElevenLabs: the Dubbing Project API replaces it).

        Args:
            dubbing_id: The dub's id.
            speaker_name: A name for the speaker.
            voice_id: A library voice id, or ``"track-clone"`` / ``"clip-clone"``.
            voice_stability: 0.0 to 1.0 (the API's default is 0.65).
            voice_similarity: 0.0 to 1.0 (the API's default is 1.0).
            voice_style: 0.0 to 1.0 (the API's default is 1.0).
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The new speaker's id and the resource's new version.

        Raises:
            ValueError: On a bad id or a setting outside 0-1, before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: No such dub (or resource).
        """
        warn_deprecated("create_speaker", "client.dubbing.resource.speaker.create")
        check_id("dubbing_id", dubbing_id)
        body = inputs.speaker_create_body(speaker_name, voice_id, voice_stability, voice_similarity, voice_style)
        return await self._call(
            create_speaker.asyncio_detailed, SpeakerCreatedResponse, dubbing_id, body=body, client=self._raw
        )

    async def update(
        self,
        dubbing_id: str,
        speaker_id: str,
        *,
        voice_id: str | None = None,
        languages: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> SpeakerUpdatedResponse:
        """Change the voice a speaker is dubbed with; the changed languages' audio goes stale until re-dubbed.

        Args:
            dubbing_id: The dub's id.
            speaker_id: The speaker's id.
            voice_id: A voice id from the ElevenLabs library (see ``find_similar_voices``), or ``"track-clone"`` or
                ``"clip-clone"`` to clone the speaker; required, as it is the only setting there is to change.
            languages: Change it only in these target languages; None for all of them.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The resource's new version.

        Raises:
            ValueError: On a bad id, a missing ``voice_id`` or an empty ``languages``, before any request.
            TypeError: If an argument has the wrong type (a bare ``str`` for ``languages`` included).
            NotFoundError: No such dub (or resource) or speaker.
            UnprocessableEntityError: The API refused a language or the voice.
        """
        warn_deprecated("update_speaker", "client.dubbing.resource.speaker.update")
        check_id("dubbing_id", dubbing_id)
        check_id("speaker_id", speaker_id)
        body = inputs.speaker_update_body(voice_id, languages)
        return await self._call(
            update_speaker.asyncio_detailed, SpeakerUpdatedResponse, dubbing_id, speaker_id, body=body, client=self._raw
        )

    async def find_similar_voices(
        self, dubbing_id: str, speaker_id: str, **options: Unpack[RequestOptions]
    ) -> SimilarVoicesForSpeakerResponse:
        """Return up to ten library voices that sound like a speaker, with previews where available.

        Args:
            dubbing_id: The dub's id.
            speaker_id: The speaker's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The voices (pass a ``voice_id`` to ``update``).

        Raises:
            ValueError: If an id is empty or not safe in a URL path.
            NotFoundError: No such dub (or resource) or speaker.
        """
        warn_deprecated("find_similar_voices", "client.dubbing.resource.speaker.find_similar_voices")
        check_id("dubbing_id", dubbing_id)
        check_id("speaker_id", speaker_id)
        return await self._call(
            find_similar_voices.asyncio_detailed,
            SimilarVoicesForSpeakerResponse,
            dubbing_id,
            speaker_id,
            client=self._raw,
        )


class AsyncResourceSegment(AsyncElevenLabsResource):
    """``client.dubbing.resource.segment``: change or delete segments."""

    async def update(
        self,
        dubbing_id: str,
        segment_id: str,
        language: str,
        *,
        start_time: float | None = None,
        end_time: float | None = None,
        text: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SegmentUpdateResponse:
        """Change a segment's times or text in one language; the dub is not regenerated.

        Args:
            dubbing_id: The dub's id.
            segment_id: The segment's id (a key of ``speaker_segments``).
            language: The language to change: the source language or a target language.
            start_time: The new start, in seconds.
            end_time: The new end, in seconds.
            text: The new text.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The resource's new version.

        Raises:
            ValueError: On a bad id or language, a negative time, ``start_time >= end_time``, or nothing to change,
                before any request.
            TypeError: If an argument has the wrong type.
            NotFoundError: No such dub (or resource), segment, or language in the dub.
            UnprocessableEntityError: The API refused the times.
        """
        warn_deprecated("update_segment", "client.dubbing.resource.segment.update")
        check_id("dubbing_id", dubbing_id)
        check_id("segment_id", segment_id)
        code = inputs.path_language("language", language)
        body = inputs.segment_update_body(start_time, end_time, text)
        return await self._call(
            update_segment.asyncio_detailed,
            SegmentUpdateResponse,
            dubbing_id,
            segment_id,
            code,
            body=body,
            client=self._raw,
        )

    async def delete(
        self, dubbing_id: str, segment_id: str, **options: Unpack[RequestOptions]
    ) -> SegmentDeleteResponse:
        """Delete a segment, in every language.

        Args:
            dubbing_id: The dub's id.
            segment_id: The segment's id.
            **options: Request options for this call: ``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``.

        Returns:
            The resource's new version.

        Raises:
            ValueError: If an id is empty or not safe in a URL path.
            NotFoundError: No such dub (or resource) or segment.
        """
        warn_deprecated("delete_segment", "client.dubbing.resource.segment.delete")
        check_id("dubbing_id", dubbing_id)
        check_id("segment_id", segment_id)
        return await self._call(
            delete_segment.asyncio_detailed, SegmentDeleteResponse, dubbing_id, segment_id, client=self._raw
        )
