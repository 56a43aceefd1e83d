"""The accepted values of every enum-like parameter, as ``Literal`` types: type checkers catch a typo, IDEs list them.

Each one matches the spec's enum (``tests/dubkit/test_literals.py`` compares them with the generated
enums, so a spec update that changes the values fails until this module follows). The methods still
check each value at run time, for callers without a type checker.
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "ApplyTextNormalization",
    "CreationSource",
    "CreatorFilter",
    "DubbingMode",
    "DubbingModel",
    "DubbingOrder",
    "DubbingStatus",
    "Fiction",
    "ListedDubbingStatus",
    "MixingModeName",
    "OrderDirection",
    "OutputKind",
    "PodcastDuration",
    "Provider",
    "QualityPreset",
    "Region",
    "RenderTypeName",
    "SourceType",
    "TargetAudience",
    "TranscriptFormat",
    "TranscriptsFormat",
]

Provider = Literal["elevenlabs", "dubformer"]
"""``dub_file``'s ``provider``."""
Region = Literal["us", "eu", "in"]
"""An ElevenLabs data-residency region."""
DubbingMode = Literal["automatic", "manual"]
"""``client.dubbing.create``'s ``mode``."""
TranscriptFormat = Literal["srt", "webvtt"]
"""``client.dubbing.transcript.get``'s ``format`` (the deprecated call)."""
TranscriptsFormat = Literal["srt", "webvtt", "json"]
"""``client.dubbing.transcripts.get``'s ``format_type``."""
DubbingStatus = Literal["dubbing", "dubbed", "failed"]
"""``client.dubbing.list``'s ``dubbing_status``."""
ListedDubbingStatus = Literal["queued", "preparing", "dubbing", "dubbed", "failed"]
"""An item of ``client.dubbing.list``'s ``dubbing_statuses`` (the 2026 filter)."""
DubbingModel = Literal["dubbing_v1", "dubbing_v2"]
"""An item of ``client.dubbing.list``'s ``dubbing_models``."""
CreationSource = Literal["dubbing_api", "dubbing_ui", "flow_node"]
"""An item of ``client.dubbing.list``'s ``creation_sources``."""
DubbingOrder = Literal["created_at", "name"]
"""``client.dubbing.list``'s ``order_by``."""
OrderDirection = Literal["DESCENDING", "ASCENDING"]
"""``client.dubbing.list``'s ``order_direction``."""
CreatorFilter = Literal["personal", "others", "all"]
"""``client.dubbing.list``'s ``filter_by_creator``."""
RenderTypeName = Literal["mp4", "aac", "mp3", "wav", "aaf", "tracks_zip", "clips_zip", "zip"]
"""``client.dubbing.resource.render``'s ``render_type``."""
MixingModeName = Literal["voiceover_only", "voiceover_without_original_voice", "voiceover_with_original_track"]
"""Dubformer's ``mixing_mode``."""
OutputKind = Literal["video", "tts_audio"]
"""Which Dubformer output to download: the dubbed video, or the synthesized speech alone."""
QualityPreset = Literal["standard", "high", "ultra", "ultra_lossless"]
"""A Studio project's or podcast's ``quality_preset``."""
PodcastDuration = Literal["short", "default", "long"]
"""``client.studio.create_podcast``'s ``duration_scale``."""
TargetAudience = Literal["children", "young adult", "adult", "all ages"]
"""A Studio project's ``target_audience``."""
Fiction = Literal["fiction", "non-fiction"]
"""A Studio project's ``fiction``."""
ApplyTextNormalization = Literal["auto", "on", "off", "apply_english"]
"""A Studio project's ``apply_text_normalization``."""
SourceType = Literal["blank", "book", "article", "genfm", "video", "screenplay"]
"""A Studio project's ``source_type``."""
