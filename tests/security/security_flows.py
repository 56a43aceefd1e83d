"""The flows of the security suite: every public method of a client called once, each on state the calls before
it made, against the simulator. Shared by the operation and redirect tests.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from client_calls import CONSTRUCTOR, TOP_LEVEL, invoke
from media_samples import speech_sample
from valid_calls import CONVERSATION, LOCATORS, MEDIA_URL

CONTENT = [
    {
        "name": "Chapter A",
        "blocks": [
            {"sub_type": "h1", "nodes": [{"type": "tts_node", "voice_id": "voiceone", "text": "Opening"}]},
            {"sub_type": "p", "nodes": [{"type": "tts_node", "voice_id": "voicetwo", "text": "A quiet morning."}]},
        ],
    },
]


class Session:
    """Calls methods of one client by dotted path, and keeps what each returned."""

    def __init__(self, provider: str, mode: str, client: Any, tmp_path: Path) -> None:
        self.provider, self.mode, self.client, self.tmp_path = provider, mode, client, tmp_path
        self.called: set[str] = {CONSTRUCTOR}  # the client under test was built with the secret key
        self.results: list[tuple[str, Any]] = [(CONSTRUCTOR, client)]

    def call(self, target: str, /, **kwargs: Any) -> Any:
        result = invoke(self.provider, self.mode, target, kwargs, self.client)
        self.called.add(target)
        self.results.append((target, result))
        return result

    def out(self, name: str) -> Path:
        return self.tmp_path / "out" / name


def elevenlabs_flow(s: Session) -> None:
    """Call every ElevenLabs method once, each on state the previous calls made."""
    s.call("with_options", max_retries=1)
    dub_id = _dubbing(s)
    _resource(s, dub_id)
    _project(s)
    _studio(s)
    s.call("dubbing.delete", dubbing_id=dub_id)
    s.call(TOP_LEVEL, source=MEDIA_URL, target_lang="es", out_dir=s.tmp_path / "dub_file")
    s.call("close")


def _dubbing(s: Session) -> str:
    dub_id: str = s.call(
        "dubbing.create",
        file=("talk.mp3", io.BytesIO(speech_sample(1.0, content_type="audio/mpeg"))),
        target_lang="es",
        source_lang="en",
        dubbing_studio=True,
    ).dubbing_id
    s.call("dubbing.wait", dubbing_id=dub_id)
    s.call("dubbing.get", dubbing_id=dub_id)
    s.call("dubbing.list", page_size=1)
    s.call("dubbing.audio.download", dubbing_id=dub_id, language_code="es", path=s.out("dub.es.mp3"))
    s.call("dubbing.audio.iter_bytes", dubbing_id=dub_id, language_code="es")
    s.call("dubbing.transcript.get", dubbing_id=dub_id, language_code="es", format="webvtt")
    s.call("dubbing.transcripts.get", dubbing_id=dub_id, language_code="es", format_type="json")
    return dub_id


def _resource(s: Session, dub_id: str) -> None:
    resource = s.call("dubbing.resource.get", dubbing_id=dub_id)
    speaker = resource.speaker_tracks.additional_keys[0]
    segment = resource.speaker_segments.additional_keys[0]
    res = "dubbing.resource"
    s.call(f"{res}.language.add", dubbing_id=dub_id, language="de")
    s.call(f"{res}.speaker.find_similar_voices", dubbing_id=dub_id, speaker_id=speaker)
    s.call(f"{res}.speaker.update", dubbing_id=dub_id, speaker_id=speaker, voice_id="track-clone")
    added = s.call(
        f"{res}.speaker.segment.create", dubbing_id=dub_id, speaker_id=speaker, start_time=0.1, end_time=0.4
    ).new_segment
    s.call(f"{res}.segment.update", dubbing_id=dub_id, segment_id=segment, language="es", text="Hola")
    s.call(f"{res}.transcribe", dubbing_id=dub_id, segments=[segment])
    s.call(f"{res}.translate", dubbing_id=dub_id, segments=[segment], languages=["es"])
    s.call(f"{res}.dub", dubbing_id=dub_id, segments=[segment], languages=["es"])
    render_id = s.call(f"{res}.render", dubbing_id=dub_id, language="es", render_type="mp4").render_id
    s.call(f"{res}.wait_for_render", dubbing_id=dub_id, render_id=render_id)
    s.call(f"{res}.download_render", dubbing_id=dub_id, render_id=render_id, path=s.out("render.mp4"))
    s.call(f"{res}.iter_render_bytes", dubbing_id=dub_id, render_id=render_id)
    s.call(f"{res}.segment.delete", dubbing_id=dub_id, segment_id=added)
    speaker_id = s.call(f"{res}.speaker.create", dubbing_id=dub_id, speaker_name="Narrator").speaker_id
    s.call(f"{res}.migrate_segments", dubbing_id=dub_id, segment_ids=[segment], speaker_id=speaker_id)


def _project(s: Session) -> None:
    """The Dubbing Project API: a project from an upload, a target, edits on both sides, a regeneration."""
    project = "dubbing.project"
    project_id = s.call(
        f"{project}.create",
        file=("talk.mp3", io.BytesIO(speech_sample(1.0, content_type="audio/mpeg"))),
        source_language="en",
    ).project_id
    ids = {"project_id": project_id}
    s.call(f"{project}.wait", **ids)
    s.call(f"{project}.get", **ids)
    s.call(f"{project}.list", page_size=1)
    first = s.call(f"{project}.transcript.get", **ids).segments[0]
    added = s.call(
        f"{project}.transcript.create_segment", **ids, text="Bye.", speaker_id=first.speaker_id, start_s=0.5, end_s=0.9
    ).segment.id
    s.call(f"{project}.transcript.update_segment", **ids, segment_id=first.id, text="Welcome.")
    s.call(f"{project}.transcript.update_segments", **ids, segments={added: {"text": "Goodbye."}})
    target = {**ids, "language_id": s.call(f"{project}.language.create", **ids, target_language="es").language_id}
    s.call(f"{project}.language.list", **ids)
    s.call(f"{project}.language.wait", **target)
    s.call(f"{project}.language.get", **target)
    s.call(f"{project}.language.transcript.get", **target)
    s.call(f"{project}.language.transcript.update_segment", **target, segment_id=first.id, translation="Bienvenidos.")
    s.call(f"{project}.language.transcript.update_segments", **target, translations={added: "Adiós."})
    s.call(f"{project}.language.transcript.regenerate", **target)
    s.call(f"{project}.language.download", **target, path=s.out("project.es.wav"), wait=True)
    s.call(f"{project}.language.iter_bytes", **target)
    s.call(f"{project}.transcript.delete_segment", **ids, segment_id=added)
    s.call(f"{project}.language.delete", **target)
    s.call(f"{project}.delete", **ids)


def _studio(s: Session) -> None:
    projects = "studio.projects"
    project_id = s.call(f"{projects}.create", name="Book", from_content_json=CONTENT).project.project_id
    s.call(f"{projects}.list")
    s.call(f"{projects}.get", project_id=project_id)
    s.call(
        f"{projects}.update",
        project_id=project_id,
        name="Book 2",
        default_title_voice_id="voiceone",
        default_paragraph_voice_id="voicetwo",
    )
    s.call(f"{projects}.content.update", project_id=project_id, from_content_json=CONTENT)
    s.call(
        f"{projects}.pronunciation_dictionaries.create",
        project_id=project_id,
        pronunciation_dictionary_locators=LOCATORS,
    )
    s.call(f"{projects}.convert", project_id=project_id)
    s.call(f"{projects}.wait_for_conversion", project_id=project_id)
    snapshot = s.call(f"{projects}.snapshots.list", project_id=project_id)[0].project_snapshot_id
    s.call(f"{projects}.snapshots.get", project_id=project_id, project_snapshot_id=snapshot)
    s.call(f"{projects}.snapshots.download", project_id=project_id, project_snapshot_id=snapshot, path=s.out("p.mp3"))
    s.call(
        f"{projects}.snapshots.download_archive",
        project_id=project_id,
        project_snapshot_id=snapshot,
        path=s.out("p.zip"),
    )
    s.call(f"{projects}.get_muted_tracks", project_id=project_id)
    s.call(f"{projects}.snapshots.iter_bytes", project_id=project_id, project_snapshot_id=snapshot)
    s.call(f"{projects}.snapshots.iter_archive_bytes", project_id=project_id, project_snapshot_id=snapshot)
    chapters = f"{projects}.chapters"
    chapter = s.call(f"{chapters}.list", project_id=project_id)[0].chapter_id
    s.call(f"{chapters}.get", project_id=project_id, chapter_id=chapter)
    extra = s.call(f"{chapters}.create", project_id=project_id, name="Extra").chapter.chapter_id
    s.call(f"{chapters}.update", project_id=project_id, chapter_id=extra, name="Extra 2")
    s.call(f"{chapters}.convert", project_id=project_id, chapter_id=chapter)
    s.call(f"{chapters}.wait_for_conversion", project_id=project_id, chapter_id=chapter)
    chapter_snapshot = s.call(f"{chapters}.snapshots.list", project_id=project_id, chapter_id=chapter)[0]
    ids = {"project_id": project_id, "chapter_id": chapter, "chapter_snapshot_id": chapter_snapshot.chapter_snapshot_id}
    s.call(f"{chapters}.snapshots.get", **ids)
    s.call(f"{chapters}.snapshots.download", **ids, path=s.out("c.mp3"))
    s.call(f"{chapters}.snapshots.iter_bytes", **ids)
    s.call(f"{chapters}.delete", project_id=project_id, chapter_id=extra)
    s.call("studio.create_podcast", model_id="eleven_multilingual_v2", mode=CONVERSATION, source={
        "type": "text", "text": "A short article about laughter."
    })  # fmt: skip
    s.call(f"{projects}.delete", project_id=project_id)


def dubformer_flow(s: Session) -> None:
    """Call every Dubformer method once, each on state the previous calls made."""
    s.call("with_options", max_retries=1)
    s.call("balance")
    s.call("options")
    s.call("voices")
    project_id = s.call("projects.create", source_lang="en", target_lang="fr-FR", source_video_url=MEDIA_URL).project_id
    s.call("projects.get", project_id=project_id)
    s.call("projects.list")
    project = s.call("projects.wait", project_id=project_id)
    s.call("projects.download", project_or_id=project, path=s.out("video.mp4"))
    s.call("projects.download", project_or_id=project_id, path=s.out("speech.wav"), output="tts_audio")
    s.call("projects.iter_bytes", project_or_id=project)
    # The project's own speakers are ``Speaker`` models, which retranslate() does not take: pass them as mappings.
    speakers = [speaker.to_dict() for speaker in project.output_target_speakers]
    script = {"target_script": project.output_target_script, "target_speakers": speakers}
    check = s.call("projects.validate_retranslation", project_id=project_id, **script)
    assert check.valid, check
    s.call("projects.retranslate", project_id=project_id, **script)
    s.call("projects.delete", project_id=project_id)
    s.call(TOP_LEVEL, source=MEDIA_URL, source_lang="en", target_lang="fr-FR", out_dir=s.tmp_path / "dub_file")
    s.call("close")


FLOWS = {"elevenlabs": elevenlabs_flow, "dubformer": dubformer_flow}
