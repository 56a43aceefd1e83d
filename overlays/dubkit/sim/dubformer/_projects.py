"""Dubformer projects on the simulator's clock: creation, progress, re-translation, balance, idempotent POSTs."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import attrs
from dubkit_models import dubformer as models

from dubkit.sim._media_files import add_media, encode_for, resolve_source
from dubkit.sim._media_signal import Pcm, dubbed_mix, gate, speech_timeline
from dubkit.sim._media_source import MediaSource
from dubkit.sim._protocol import Handler, SimContext, SimHTTPError, SimRequest
from dubkit.sim._provider import StateSection

from ._catalog import SOURCE_LANGS, TARGET_LANGS, VOICES

__all__ = ["ProjectsSection"]

_NOT_VIDEO = (".txt", ".html", ".htm", ".pdf", ".json", ".jpg", ".jpeg", ".png", ".gif", ".csv")
_SENTENCES = (
    "Hello and welcome to the show.", "Today we look at how dubbing works.", "Every voice tells a story.",
    "Let us begin with the basics.", "Thank you for watching.", "See you next time.",
)  # fmt: skip
_SPECIAL_VOICES = ("soundalike", "emotional_transfer")


@attrs.define
class _Project:
    project_id: str
    owner: str
    name: str | None
    source_lang: str
    target_lang: str
    mixing_mode: str
    source_url: str
    media: MediaSource
    cost_minutes: float
    created: datetime
    started: float  # simulated seconds when the current translation started
    duration: float  # simulated seconds the current translation takes
    failure: str | None
    translations_count: int = 0
    source_script: list[models.ScriptSegment] = attrs.field(factory=list)
    target_script: list[models.ScriptSegment] = attrs.field(factory=list)
    speakers: list[models.Speaker] = attrs.field(factory=list)

    def status(self, elapsed: float) -> str:
        if elapsed < self.finishes():
            return "in_progress"
        return "error" if self.failure else "ready"

    def finishes(self) -> float:
        return self.started + self.duration

    def media_prefix(self) -> str:
        return f"df/{self.project_id}/"


def _billed_minutes(seconds: float) -> int:
    """Dubformer bills whole minutes of video, at least one."""
    return max(1, math.ceil(seconds / 60 - 1e-9))


def _failure_for(url: str) -> str | None:
    host = urlsplit(url).hostname or ""
    if host.endswith(".invalid") or "sim-fail" in url:
        return f"Unable to download the source video from {url}"
    return None


class ProjectsSection(StateSection):
    """Projects, options, voices and balance of the simulated Dubformer API.

    Args:
        context: The simulator's shared context.
    """

    def __init__(self, context: SimContext) -> None:
        super().__init__(context)
        self._projects: dict[str, _Project] = {}
        self._balances: dict[str, float] = {}
        self._created = 0
        self._retranslations = 0

    def handlers(self) -> Mapping[str, Handler]:
        """Return the handlers of all nine Dubformer operations.

        Each handler takes the validated request (``SimRequest``) and returns the operation's response model; one
        naming a project the account does not have answers 404 ``NotFoundError``.

        Returns:
            operationId to handler.
        """
        return {
            "create_project": self.create_project,
            "list_projects": self.list_projects,
            "get_project": self.get_project,
            "delete_project": self.delete_project,
            "retranslate_project": self.retranslate_project,
            "validate_retranslation": self.validate_retranslation,
            "get_options": lambda _: models.Options(source_langs=list(SOURCE_LANGS), target_langs=list(TARGET_LANGS)),
            "list_voices": self.list_voices,
            "get_balance": lambda request: models.Balance(balance_minutes=self.balance(request.api_key)),
        }

    def reset(self) -> None:
        """Forget every project and balance."""
        self._projects.clear()
        self._balances.clear()
        self._created = 0
        self._retranslations = 0

    def counts(self) -> Mapping[str, int]:
        """Return how many projects and re-translations were ever created, and how many exist.

        Returns:
            The counters.
        """
        return {
            "dubformer_projects_created": self._created,
            "dubformer_projects": len(self._projects),
            "dubformer_retranslations": self._retranslations,
        }

    def balance(self, api_key: str) -> float:
        """Return an account's balance in minutes (each key is its own account).

        Args:
            api_key: The account's key.

        Returns:
            Minutes left.
        """
        return self._balances.setdefault(api_key, self.context.config.balance_minutes)

    def set_balance(self, minutes: float, api_key: str | None = None) -> None:
        """Set the balance of one account, or of every account (and the starting balance of new ones).

        Args:
            minutes: The new balance.
            api_key: The account, or None for all.
        """
        if api_key is not None:
            self._balances[api_key] = minutes
            return
        self.context.config = attrs.evolve(self.context.config, balance_minutes=minutes)
        for key in self._balances:
            self._balances[key] = minutes

    def _project(self, request: SimRequest) -> _Project:
        project = self._projects.get(request.path["project_id"])
        if project is None or project.owner != request.api_key:
            raise SimHTTPError(404, "NotFoundError", "Project not found")
        return project

    def create_project(self, request: SimRequest) -> models.ProjectSubmitted:
        """Create a project, charge its minutes and start processing it.

        Returns:
            The submission receipt.

        Raises:
            SimHTTPError: 400 for an unsupported language, 422 for a URL that is not a video,
                402 when the balance cannot pay for it.
        """
        body = request.body
        if body["source_lang"] not in SOURCE_LANGS:
            raise SimHTTPError(400, "ValidationError", f"Unsupported source_lang {body['source_lang']!r}")
        if body["target_lang"] not in TARGET_LANGS:
            raise SimHTTPError(400, "ValidationError", f"Unsupported target_lang {body['target_lang']!r}")
        url = body["source_video_url"]
        source = resolve_source(self.context, base_url=request.base_url, url=url)
        if urlsplit(url).path.lower().endswith(_NOT_VIDEO) or source.unreadable:
            raise SimHTTPError(422, "VideoInfoError", "Unable to read video information")
        minutes = _billed_minutes(source.media.duration)
        left = self.balance(request.api_key)
        if minutes > left:
            raise SimHTTPError(402, "PaymentRequiredError", "Not enough minutes on the balance")
        project = _Project(
            project_id=self.context.ids.uuid(), owner=request.api_key, name=body.get("name"),
            source_lang=body["source_lang"], target_lang=body["target_lang"],
            mixing_mode=body.get("mixing_mode", "voiceover_with_original_track"), source_url=url,
            media=source.media, cost_minutes=float(minutes), created=self.context.clock.now(),
            started=self.context.clock.elapsed(), duration=self.context.job_duration(),
            failure=_failure_for(url) or source.problem or self._random_failure(),
        )  # fmt: skip
        self._script(project, minutes)
        receipt = self._receipt(project, float(minutes), left - minutes)
        # Charged only once nothing else can fail: a create that errors never costs minutes.
        self._balances[request.api_key] = left - minutes
        self._projects[project.project_id] = project
        self._created += 1
        return receipt

    def _random_failure(self) -> str | None:
        return "Dubbing failed: the audio could not be processed" if self.context.job_fails() else None

    def _script(self, project: _Project, minutes: int) -> None:
        # The lines are where the source's speech is (a stand-in's speech follows the same timeline).
        timeline = speech_timeline(
            project.source_url, project.media.duration, self.context.config.max_resource_segments
        )
        speakers = 1 + minutes % 2
        source = []
        for index, (start, end) in enumerate(timeline):
            text = _SENTENCES[index % len(_SENTENCES)]
            source.append(
                models.ScriptSegment(
                    start_ms=round(start * 1000), end_ms=round(end * 1000), text=text, speaker_id=1 + index % speakers
                )
            )
        project.source_script = source
        project.target_script = [
            models.ScriptSegment(
                start_ms=s.start_ms, end_ms=s.end_ms, text=f"[{project.target_lang}] {s.text}", speaker_id=s.speaker_id
            )
            for s in source
        ]
        voices = VOICES[project.target_lang]
        project.speakers = [
            models.Speaker(speaker_id=n, voice_key=voices[n % 2][1], style=models.VoiceStyleValue(voices[n % 2][2]))
            for n in range(1, speakers + 1)
        ]

    def _receipt(self, project: _Project, cost: float, balance: float) -> models.ProjectSubmitted:
        return models.ProjectSubmitted(
            project_id=project.project_id, cost_minutes=cost,
            estimated_completion_date=self.context.clock.at(project.finishes()),
            balance_minutes=balance, translations_count=project.translations_count,
        )  # fmt: skip

    def list_projects(self, request: SimRequest) -> models.ProjectList:
        """List the account's projects, newest first.

        Returns:
            The projects.
        """
        elapsed = self.context.clock.elapsed()
        mine = [p for p in self._projects.values() if p.owner == request.api_key]
        return models.ProjectList(
            projects=[
                models.ProjectSummary(
                    project_id=p.project_id,
                    name=p.name,
                    status=models.ProjectStatusValue(p.status(elapsed)),
                    source_lang=p.source_lang,
                    target_lang=p.target_lang,
                    cost_minutes=p.cost_minutes,
                    created_date=p.created,
                )
                for p in reversed(mine)
            ]
        )

    def get_project(self, request: SimRequest) -> models.Project:
        """Return a project's details; outputs appear once it is ready.

        Returns:
            The project.
        """
        project = self._project(request)
        status = project.status(self.context.clock.elapsed())
        fields: dict[str, Any] = {
            "project_id": project.project_id, "name": project.name, "source_lang": project.source_lang,
            "target_lang": project.target_lang, "mixing_mode": models.MixingModeValue(project.mixing_mode),
            "cost_minutes": project.cost_minutes, "created_date": project.created,
            "status": models.ProjectStatusValue(status),
        }  # fmt: skip
        if status == "in_progress":
            fields["estimated_completion_date"] = self.context.clock.at(project.finishes())
        elif status == "error":
            fields["error_message"] = project.failure
        else:
            fields |= self._outputs(project, request.base_url)
        return models.Project(**fields)

    def _outputs(self, project: _Project, base_url: str) -> dict[str, Any]:
        prefix = f"{project.media_prefix()}t{project.translations_count}/"
        media, language = project.media, project.target_lang
        lines = [(line.start_ms / 1000, line.end_ms / 1000) for line in project.target_script]

        def mix() -> Pcm:
            return dubbed_mix(media.pcm, language)

        # The output is a video for a video source (each translation with a picture of its own colour);
        # an audio-only source gets an audio-only MP4.
        video_type = "video/mp4" if media.has_video else "audio/mp4"
        build = encode_for(mix, video_type, f"{language}/{project.translations_count}")
        video = add_media(self.context, f"{prefix}video.mp4", video_type, "output_video.mp4", build)
        speech = encode_for(lambda: gate(mix(), lines), "audio/wav")
        audio = add_media(self.context, f"{prefix}tts.wav", "audio/wav", "output_tts_audio.wav", speech)
        return {
            "completion_date": self.context.clock.at(project.finishes()),
            "output_video_url": self.context.media_url(base_url, video.key),
            "output_tts_audio_url": self.context.media_url(base_url, audio.key),
            "output_source_script": project.source_script,
            "output_target_script": project.target_script,
            "output_target_speakers": project.speakers,
        }

    def delete_project(self, request: SimRequest) -> models.DeleteResult:
        """Delete a project and its outputs.

        Returns:
            ``{"success": true}``.
        """
        project = self._project(request)
        del self._projects[project.project_id]
        self.context.media.remove_prefix(project.media_prefix())
        return models.DeleteResult(success=True)

    def _check_retranslation(self, project: _Project, body: Mapping[str, Any]) -> None:
        if project.status(self.context.clock.elapsed()) != "ready":
            raise SimHTTPError(400, "ValidationError", "The project is not ready; wait until its status is ready")
        known = {voice[1] for voice in VOICES[project.target_lang]} | set(_SPECIAL_VOICES)
        speaker_ids = [speaker["speaker_id"] for speaker in body["target_speakers"]]
        if len(speaker_ids) != len(set(speaker_ids)):
            raise SimHTTPError(400, "ValidationError", "target_speakers: speaker_id values must be unique")
        for speaker in body["target_speakers"]:
            if speaker["voice_key"] not in known:
                raise SimHTTPError(400, "ValidationError", f"Unknown voice {speaker['voice_key']}")
        for index, line in enumerate(body["target_script"]):
            if line["speaker_id"] not in speaker_ids:
                raise SimHTTPError(
                    400, "ValidationError", f"target_script[{index}]: unknown speaker_id {line['speaker_id']}"
                )
            if line["end_ms"] < line["start_ms"]:
                raise SimHTTPError(400, "ValidationError", f"target_script[{index}]: end_ms is before start_ms")

    def validate_retranslation(self, request: SimRequest) -> models.ValidationResult:
        """Check a re-translation request without creating it.

        Returns:
            ``{"valid": true}``.

        Raises:
            SimHTTPError: 400 naming what is wrong.
        """
        self._check_retranslation(self._project(request), request.body)
        return models.ValidationResult(valid=True)

    def retranslate_project(self, request: SimRequest) -> models.ProjectSubmitted:
        """Start a new translation of a ready project with an edited script and voices (free).

        Returns:
            The submission receipt, with ``translations_count`` bumped.

        Raises:
            SimHTTPError: 400 naming what is wrong.
        """
        project = self._project(request)
        body = request.body
        self._check_retranslation(project, body)
        project.target_script = [models.ScriptSegment.model_validate(line) for line in body["target_script"]]
        project.speakers = [
            models.Speaker(
                speaker_id=s["speaker_id"], voice_key=s["voice_key"], style=models.VoiceStyleValue(s["style"])
            )
            for s in body["target_speakers"]
        ]
        project.mixing_mode = body.get("mixing_mode", project.mixing_mode)
        project.translations_count += 1
        project.started = self.context.clock.elapsed()
        project.duration = self.context.job_duration()
        project.failure = self._random_failure()
        self._retranslations += 1
        return self._receipt(project, 0.0, self.balance(request.api_key))

    def list_voices(self, _: SimRequest) -> models.VoiceCatalog:
        """Return the voices of every target language.

        Returns:
            The catalogue.
        """
        return models.VoiceCatalog(
            voices={
                lang: [
                    models.Voice(name=name, voice_key=key, style=models.VoiceStyleValue(style))
                    for name, key, style in voices
                ]
                for lang, voices in VOICES.items()
            }
        )
