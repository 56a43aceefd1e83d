"""The dubbing-resource operations: read the resource, and edit its languages, segments, speakers and renders."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pydantic
from dubkit_models.elevenlabs import (
    DubbingRenderResponseModel,
    DubbingResource,
    LanguageAddedResponse,
    RenderType,
    SegmentCreateResponse,
    SegmentDeleteResponse,
    SegmentDubResponse,
    SegmentMigrationResponse,
    SegmentTranscriptionResponse,
    SegmentTranslationResponse,
    SegmentUpdateResponse,
    SimilarVoice,
    SimilarVoiceCategory,
    SimilarVoicesForSpeakerResponse,
    SpeakerCreatedResponse,
    SpeakerUpdatedResponse,
)

from dubkit.sim._media_files import add_media, encode_for
from dubkit.sim._media_signal import silence, speech_like
from dubkit.sim._protocol import Issue, SimContext, SimHTTPError, SimInvalidError, SimRequest
from dubkit.sim._provider import OperationHandlers, serves

from ._dubbing_langs import DUBBING_LANGUAGES, is_dubbing_language
from ._dubbing_media import dub_prefix, new_ref
from ._dubbing_renders import RENDER_CONTENT_TYPES, render_build
from ._dubbing_state import Dub
from ._resource_seed import dubbed_clip
from ._resource_state import DubbedText, RenderJob, Resource, Segment, Speaker, heard_text, translation_of
from ._resource_voices import similar_voices

__all__ = ["ResourceHandlers"]

# Rendering re-mixes finished audio, so it takes a fraction of a full dub's processing time.
RENDER_SHARE = 0.25
_PREVIEW_SECONDS = 3.0


def _not_found(code: str, message: str) -> SimHTTPError:
    return SimHTTPError(404, code, message)


def _speaker(resource: Resource, speaker_id: str) -> Speaker:
    if speaker_id not in resource.speakers:
        raise _not_found("speaker_not_found", f"Speaker {speaker_id!r} does not exist in dub {resource.id!r}.")
    return resource.speakers[speaker_id]


def _segment(resource: Resource, segment_id: str) -> Segment:
    if segment_id not in resource.segments:
        raise _not_found("segment_not_found", f"Segment {segment_id!r} does not exist in dub {resource.id!r}.")
    return resource.segments[segment_id]


def _segments(resource: Resource, ids: Sequence[str]) -> list[Segment]:
    """Return the segments an operation addresses; an empty list addresses every segment."""
    if not ids:
        return resource.ordered_segments()
    return [_segment(resource, segment_id) for segment_id in ids]


def _languages(resource: Resource, languages: Sequence[str] | None) -> list[str]:
    """Return the target languages an operation addresses; None or empty addresses all of them."""
    if not languages:
        return list(resource.target_languages)
    issues = [
        Issue(("body", "languages", index), f"{language!r} is not a target language of this dub.", "value_error")
        for index, language in enumerate(languages)
        if language not in resource.target_languages
    ]
    if issues:
        raise SimInvalidError(*issues)
    return list(dict.fromkeys(languages))


def _check_times(start: float, end: float, duration: float) -> None:
    issues = []
    if not 0 <= start < duration:
        issues.append(Issue(("body", "start_time"), f"start_time must be in [0, {duration:g}).", "value_error"))
    if end <= start or end > duration:
        issues.append(
            Issue(("body", "end_time"), f"end_time must be after start_time and <= {duration:g}.", "value_error")
        )
    if issues:
        raise SimInvalidError(*issues)


def _preview(voice_id: str) -> Callable[[], bytes]:
    """Return the build of a voice's preview: three seconds of speech in that voice."""
    return encode_for(lambda: speech_like(_PREVIEW_SECONDS, [(0.2, _PREVIEW_SECONDS - 0.2)], voice_id), "audio/mpeg")


# An edit changes a resource as a request asks; it returns the response's fields other than the new version.
_Edit = Callable[["ResourceHandlers", Resource, SimRequest], Mapping[str, Any] | None]
_EditHandler = Callable[["ResourceHandlers", SimRequest], pydantic.BaseModel]


def _edits(operation_id: str, response: Callable[..., pydantic.BaseModel]) -> Callable[[_Edit], _EditHandler]:
    """Make an edit of a dub's resource the handler of an operation: every edit bumps the version and answers it.

    Args:
        operation_id: The operation the handler serves.
        response: The operation's response model, built from ``version`` and the fields the edit returns.

    Returns:
        A decorator turning an edit into a handler that finds the dub's resource (404 for an unknown dub or one
        without a resource), applies the edit, and answers the resource's new version.
    """

    def decorate(edit: _Edit) -> _EditHandler:
        @serves(operation_id)
        @functools.wraps(edit)
        def handler(self: ResourceHandlers, request: SimRequest) -> pydantic.BaseModel:
            resource = self._dub(request).resource
            fields = edit(self, resource, request) or {}
            return response(version=resource.bump(), **fields)

        return handler

    return decorate


class ResourceHandlers(OperationHandlers):
    """Serves the dubbing-resource operations of dubs held by the dubbing section.

    Args:
        context: The simulator context.
        find: Returns a live dub by ID, raising the API's 404 for an unknown one.
    """

    def __init__(self, context: SimContext, find: Callable[[str], Dub]) -> None:
        self.context = context
        self._find = find
        self.renders = 0

    def _dub(self, request: SimRequest) -> Dub:
        dub = self._find(request.path["dubbing_id"])
        if not dub.editable:
            # The API offers a resource only for dubs created with dubbing_studio=true.
            message = f"Dub {dub.id!r} has no dubbing resource: create it with dubbing_studio=true."
            raise _not_found("dubbing_resource_not_found", message)
        return dub

    @serves("get_dubbing_resource")
    def get(self, request: SimRequest) -> DubbingResource:
        """Return a dub's resource.

        Args:
            request: The request (path: ``dubbing_id``).

        Returns:
            The resource.

        Raises:
            SimHTTPError: 404 if the dub is unknown or was not created for editing.
        """
        return self._dub(request).resource.to_model(self.context, request.base_url)

    @_edits("add_resource_language", LanguageAddedResponse)
    def add_language(self, resource: Resource, request: SimRequest) -> None:
        """Add a target language: every segment gets an untranslated version in it.

        Args:
            resource: The dub's resource.
            request: The request (body: ``language``).

        Raises:
            SimInvalidError: If the language is missing, unsupported, the source, or already a target.
        """
        language = request.body.get("language")
        problem = None
        if language is None:
            problem = "Field required"
        elif not is_dubbing_language(language):
            problem = f"Unsupported language {language!r}; expected one of: {', '.join(DUBBING_LANGUAGES)}."
        elif language == resource.source_language or language in resource.target_languages:
            problem = f"{language!r} is already a language of this dub."
        if problem is not None:
            raise SimInvalidError(Issue(("body", "language"), problem, "value_error"))
        resource.target_languages.append(language)
        first = resource.target_languages[0]
        for speaker in resource.speakers.values():
            speaker.voices[language] = speaker.voices[first]
        for segment in resource.segments.values():
            segment.dubs[language] = DubbedText(segment.start, segment.end, None, audio_stale=True)

    @_edits("create_segment", SegmentCreateResponse)
    def create_segment(self, resource: Resource, request: SimRequest) -> Mapping[str, Any]:
        """Add a segment to a speaker, with optional text and translations.

        Args:
            resource: The dub's resource.
            request: The request (path: ``speaker_id``; body: times, ``text``, ``translations``).

        Returns:
            The new segment's ID, as ``new_segment``.

        Raises:
            SimHTTPError: 404 for an unknown speaker.
            SimInvalidError: If the times fall outside the media or a translation is for a non-target language.
        """
        speaker = _speaker(resource, request.path["speaker_id"])
        body: Mapping[str, Any] = request.body
        start, end = float(body["start_time"]), float(body["end_time"])
        _check_times(start, end, resource.duration)
        translations: Mapping[str, str] = body.get("translations") or {}
        unknown = [language for language in translations if language not in resource.target_languages]
        if unknown:
            raise SimInvalidError(
                *(
                    Issue(("body", "translations", lang), "Not a target language of this dub.", "value_error")
                    for lang in unknown
                )
            )
        segment = Segment(
            self.context.ids.token(), speaker.id, start, end, body.get("text") or "", heard_text(start, end), dubs={}
        )
        for language in resource.target_languages:
            segment.dubs[language] = DubbedText(start, end, translations.get(language), audio_stale=True)
        resource.segments[segment.id] = segment
        speaker.segment_ids.append(segment.id)
        resource.sort_speaker(speaker)
        return {"new_segment": segment.id}

    @_edits("update_segment", SegmentUpdateResponse)
    def update_segment(self, resource: Resource, request: SimRequest) -> None:
        """Change a segment's times or text in one language (the source language or a target).

        A change to a target language makes that language's dubbed audio stale.

        Args:
            resource: The dub's resource.
            request: The request (path: ``segment_id``, ``language``; body: optional times and text).

        Raises:
            SimHTTPError: 404 for an unknown segment, or a language the dub is not in.
            SimInvalidError: If the new times are out of order or outside the media.
        """
        segment = _segment(resource, request.path["segment_id"])
        language = request.path["language"]
        body: Mapping[str, Any] = request.body
        target: Segment | DubbedText
        if language == resource.source_language:
            target = segment
        elif language in segment.dubs:
            target = segment.dubs[language]
        else:
            raise _not_found("language_not_found", f"Dub {resource.id!r} has no language {language!r}.")
        start = target.start if body.get("start_time") is None else float(body["start_time"])
        end = target.end if body.get("end_time") is None else float(body["end_time"])
        _check_times(start, end, resource.duration)
        target.start, target.end = start, end
        if body.get("text") is not None:
            target.text = body["text"]
        if isinstance(target, DubbedText):
            target.audio_stale = True
        else:
            resource.sort_speaker(resource.speakers[segment.speaker_id])

    @_edits("delete_segment", SegmentDeleteResponse)
    def delete_segment(self, resource: Resource, request: SimRequest) -> None:
        """Remove a segment from the resource and from its speaker.

        Args:
            resource: The dub's resource.
            request: The request (path: ``segment_id``).

        Raises:
            SimHTTPError: 404 for an unknown segment.
        """
        segment = _segment(resource, request.path["segment_id"])
        del resource.segments[segment.id]
        resource.speakers[segment.speaker_id].segment_ids.remove(segment.id)

    @_edits("transcribe_segments", SegmentTranscriptionResponse)
    def transcribe(self, resource: Resource, request: SimRequest) -> None:
        """Re-transcribe segments from their audio (an empty list means every segment).

        Args:
            resource: The dub's resource.
            request: The request (body: ``segments``).

        Raises:
            SimHTTPError: 404 for an unknown segment.
        """
        for segment in _segments(resource, request.body["segments"]):
            segment.text = segment.heard

    @_edits("translate_segments", SegmentTranslationResponse)
    def translate(self, resource: Resource, request: SimRequest) -> None:
        """Translate segments' source text into target languages; their dubbed audio becomes stale.

        Args:
            resource: The dub's resource.
            request: The request (body: ``segments``, empty for all; ``languages``, null or empty for all).

        Raises:
            SimHTTPError: 404 for an unknown segment.
            SimInvalidError: If a language is not a target language of the dub.
        """
        languages = _languages(resource, request.body.get("languages"))
        for segment in _segments(resource, request.body["segments"]):
            for language in languages:
                dub = segment.dubs[language]
                dub.text = translation_of(segment.text, language) if segment.text.strip() else None
                dub.audio_stale = True

    @_edits("dub_segments", SegmentDubResponse)
    def dub(self, resource: Resource, request: SimRequest) -> None:
        """Synthesise fresh dubbed audio for segments in target languages.

        Args:
            resource: The dub's resource.
            request: The request (body: ``segments``, empty for all; ``languages``, null or empty for all).

        Raises:
            SimHTTPError: 404 for an unknown segment.
            SimInvalidError: If a language is not a target, or a segment has no text in it yet.
        """
        languages = _languages(resource, request.body.get("languages"))
        segments = _segments(resource, request.body["segments"])
        untranslated = [
            Issue(
                ("body", "segments"), f"Segment {s.id!r} has no {lang!r} text yet; translate it first.", "value_error"
            )
            for s in segments
            for lang in languages
            if s.dubs[lang].text is None
        ]
        if untranslated:
            raise SimInvalidError(*untranslated)
        for segment in segments:
            for language in languages:
                segment.dubs[language] = dubbed_clip(self.context, resource.id, resource.source, segment, language)
        resource.dubbed_languages.update(languages)

    @_edits("update_speaker", SpeakerUpdatedResponse)
    def update_speaker(self, resource: Resource, request: SimRequest) -> None:
        """Change the voice a speaker is dubbed with; the changed languages' audio becomes stale.

        Args:
            resource: The dub's resource.
            request: The request (path: ``speaker_id``; body: ``voice_id``, ``languages``).

        Raises:
            SimHTTPError: 404 for an unknown speaker.
            SimInvalidError: If a language is not a target language of the dub.
        """
        speaker = _speaker(resource, request.path["speaker_id"])
        body: Mapping[str, Any] = request.body or {}
        languages = _languages(resource, body.get("languages"))
        voice_id = body.get("voice_id")
        if voice_id:
            for language in languages:
                if speaker.voices.get(language) != voice_id:
                    speaker.voices[language] = voice_id
                    for segment_id in speaker.segment_ids:
                        resource.segments[segment_id].dubs[language].audio_stale = True

    @_edits("create_speaker", SpeakerCreatedResponse)
    def create_speaker(self, resource: Resource, request: SimRequest) -> Mapping[str, Any]:
        """Add a speaker (no segments yet) with a library voice, or cloned, in every target language.

        Args:
            resource: The dub's resource.
            request: The request (body: ``speaker_name``, ``voice_id``, voice settings).

        Returns:
            The new speaker's ID, as ``speaker_id``.
        """
        body: Mapping[str, Any] = request.body or {}
        speaker_id = f"speaker_{self.context.ids.token(8)}"
        voice = body.get("voice_id") or "track-clone"
        seconds = resource.duration
        # A new speaker has no segments yet: its isolated track is silence.
        media = new_ref(
            self.context,
            resource.id,
            f"{speaker_id}.wav",
            "audio/wav",
            seconds,
            encode_for(lambda: silence(seconds), "audio/wav"),
        )
        resource.speakers[speaker_id] = Speaker(
            id=speaker_id, name=body.get("speaker_name") or speaker_id, media=media,
            voices=dict.fromkeys(resource.target_languages, voice), segment_ids=[],
        )  # fmt: skip
        return {"speaker_id": speaker_id}

    @_edits("migrate_segments", SegmentMigrationResponse)
    def migrate_segments(self, resource: Resource, request: SimRequest) -> None:
        """Move segments to another speaker; their dubbed audio goes stale (another voice speaks them).

        Args:
            resource: The dub's resource.
            request: The request (body: ``segment_ids``, ``speaker_id``).
        """
        body: Mapping[str, Any] = request.body
        target = _speaker(resource, str(body["speaker_id"]))
        segments = [_segment(resource, segment_id) for segment_id in body["segment_ids"]]
        for segment in segments:
            resource.speakers[segment.speaker_id].segment_ids.remove(segment.id)
            segment.speaker_id = target.id
            target.segment_ids.append(segment.id)
            for dubbed in segment.dubs.values():
                dubbed.audio_stale = True

    @serves("find_similar_voices")
    def similar_voices(self, request: SimRequest) -> SimilarVoicesForSpeakerResponse:
        """Return library voices that resemble a speaker, each with a playable preview.

        Args:
            request: The request (path: ``speaker_id``).

        Returns:
            The voices.

        Raises:
            SimHTTPError: 404 for an unknown dub or speaker.
        """
        dub = self._dub(request)
        speaker = _speaker(dub.resource, request.path["speaker_id"])
        voices = []
        for voice in similar_voices(speaker.id):
            key = f"{dub_prefix(dub.id)}voices/{voice.voice_id}.mp3"
            add_media(self.context, key, "audio/mpeg", f"{voice.name}.mp3", _preview(voice.voice_id))
            voices.append(
                SimilarVoice(
                    voice_id=voice.voice_id,
                    name=voice.name,
                    category=SimilarVoiceCategory.PREMADE,
                    description=voice.description,
                    preview_url=self.context.media_url(request.base_url, key),
                )
            )
        return SimilarVoicesForSpeakerResponse(voices=voices)

    @serves("render_dubbing")
    def render(self, request: SimRequest) -> DubbingRenderResponseModel:
        """Start rendering a language; the render is ``processing`` until its time on the clock has passed.

        A render never completes before the dub itself has finished, and fails if the dub fails.

        Args:
            request: The request (path: ``language``; body: ``render_type``).

        Returns:
            The resource version rendered and the render's ID.

        Raises:
            SimHTTPError: 404 for an unknown dub or a language that is not a target of the dub.
        """
        dub = self._dub(request)
        resource = dub.resource
        language = request.path["language"]
        if language not in resource.target_languages:
            raise _not_found("language_not_found", f"Dub {dub.id!r} has no target language {language!r}.")
        kind = RenderType(request.body["render_type"])
        build = render_build(self.context, resource, language, kind)
        media = None
        if build is not None:
            extension = "zip" if kind.value.endswith("zip") else kind.value
            filename = f"{dub.id}_{language}_v{resource.version}.{extension}"
            media = new_ref(self.context, dub.id, filename, RENDER_CONTENT_TYPES[kind], resource.duration, build)
        ready_at = max(self.context.clock.elapsed() + RENDER_SHARE * self.context.job_duration(), dub.deadline)
        fails = dub.error is not None or media is None
        job = RenderJob(self.context.ids.token(), resource.version, language, kind, ready_at, fails, media)
        resource.renders[job.id] = job
        self.renders += 1
        return DubbingRenderResponseModel(version=resource.version, render_id=job.id)
