from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generator,
    Literal,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ProjectExternalAudioResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "external_audio_id",
        "filename",
        "signed_url",
        "offset_ms",
        "duration_ms",
        "start_time_ms",
        "end_time_ms",
        "order",
        "track_id",
        "created_at_ms",
        "updated_at_ms",
        "import_speech_progress",
        "volume_gain_db",
        "muted",
        "fade_in_ms",
        "fade_out_ms",
        "source_external_audio_id",
        "source_asset_id",
        "source_platform_asset_id",
        "pending_blocks_metadata",
        "pending_external_audios_metadata",
        "speech_imported",
        "pending_task",
        "error",
        "current_snapshot_id",
        "source_context",
        "analysis",
        "transcription",
        "type",
    }
)


@_attrs_define
class ProjectExternalAudioResponseModel:
    external_audio_id: str
    filename: str
    signed_url: None | str
    offset_ms: int
    duration_ms: int
    start_time_ms: int
    end_time_ms: int | None
    order: str
    track_id: str
    created_at_ms: int
    updated_at_ms: int
    import_speech_progress: float | None
    volume_gain_db: float | Unset = 0.0
    muted: bool | Unset = False
    fade_in_ms: int | Unset = 0
    fade_out_ms: int | Unset = 0
    source_external_audio_id: None | str | Unset = UNSET
    source_asset_id: None | str | Unset = UNSET
    source_platform_asset_id: None | str | Unset = UNSET
    pending_blocks_metadata: None | PendingBlocksMetadataModel | Unset = UNSET
    pending_external_audios_metadata: (
        None | PendingExternalAudiosMetadataModel | Unset
    ) = UNSET
    speech_imported: bool | Unset = False
    pending_task: None | PendingClipTask | Unset = UNSET
    error: None | str | Unset = UNSET
    current_snapshot_id: None | str | Unset = UNSET
    source_context: (
        MusicExploreSongSourceContext
        | None
        | SfxSourceContext
        | SongSourceContext
        | Unset
    ) = UNSET
    analysis: AudioAnalysis | None | Unset = UNSET
    transcription: AssetTranscription | None | Unset = UNSET
    type_: Literal["audio"] | Unset = "audio"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_audio_id = self.external_audio_id

        filename = self.filename

        signed_url: None | str
        signed_url = self.signed_url

        offset_ms = self.offset_ms

        duration_ms = self.duration_ms

        start_time_ms = self.start_time_ms

        end_time_ms: int | None
        end_time_ms = self.end_time_ms

        order = self.order

        track_id = self.track_id

        created_at_ms = self.created_at_ms

        updated_at_ms = self.updated_at_ms

        import_speech_progress: float | None
        import_speech_progress = self.import_speech_progress

        volume_gain_db = self.volume_gain_db

        muted = self.muted

        fade_in_ms = self.fade_in_ms

        fade_out_ms = self.fade_out_ms

        source_external_audio_id: None | str | Unset
        if isinstance(self.source_external_audio_id, Unset):
            source_external_audio_id = UNSET
        else:
            source_external_audio_id = self.source_external_audio_id

        source_asset_id: None | str | Unset
        if isinstance(self.source_asset_id, Unset):
            source_asset_id = UNSET
        else:
            source_asset_id = self.source_asset_id

        source_platform_asset_id: None | str | Unset
        if isinstance(self.source_platform_asset_id, Unset):
            source_platform_asset_id = UNSET
        else:
            source_platform_asset_id = self.source_platform_asset_id

        pending_blocks_metadata: dict[str, Any] | None | Unset
        if isinstance(self.pending_blocks_metadata, Unset):
            pending_blocks_metadata = UNSET
        elif isinstance(self.pending_blocks_metadata, PendingBlocksMetadataModel):
            pending_blocks_metadata = self.pending_blocks_metadata.to_dict()
        else:
            pending_blocks_metadata = self.pending_blocks_metadata

        pending_external_audios_metadata: dict[str, Any] | None | Unset
        if isinstance(self.pending_external_audios_metadata, Unset):
            pending_external_audios_metadata = UNSET
        elif isinstance(
            self.pending_external_audios_metadata, PendingExternalAudiosMetadataModel
        ):
            pending_external_audios_metadata = (
                self.pending_external_audios_metadata.to_dict()
            )
        else:
            pending_external_audios_metadata = self.pending_external_audios_metadata

        speech_imported = self.speech_imported

        pending_task: dict[str, Any] | None | Unset
        if isinstance(self.pending_task, Unset):
            pending_task = UNSET
        elif isinstance(self.pending_task, PendingClipTask):
            pending_task = self.pending_task.to_dict()
        else:
            pending_task = self.pending_task

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        current_snapshot_id: None | str | Unset
        if isinstance(self.current_snapshot_id, Unset):
            current_snapshot_id = UNSET
        else:
            current_snapshot_id = self.current_snapshot_id

        source_context: dict[str, Any] | None | Unset
        if isinstance(self.source_context, Unset):
            source_context = UNSET
        elif isinstance(self.source_context, SongSourceContext):
            source_context = self.source_context.to_dict()
        elif isinstance(self.source_context, MusicExploreSongSourceContext):
            source_context = self.source_context.to_dict()
        elif isinstance(self.source_context, SfxSourceContext):
            source_context = self.source_context.to_dict()
        else:
            source_context = self.source_context

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, AudioAnalysis):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(self.transcription, AssetTranscription):
            transcription = self.transcription.to_dict()
        else:
            transcription = self.transcription

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_audio_id": external_audio_id,
                "filename": filename,
                "signed_url": signed_url,
                "offset_ms": offset_ms,
                "duration_ms": duration_ms,
                "start_time_ms": start_time_ms,
                "end_time_ms": end_time_ms,
                "order": order,
                "track_id": track_id,
                "created_at_ms": created_at_ms,
                "updated_at_ms": updated_at_ms,
                "import_speech_progress": import_speech_progress,
            }
        )
        if volume_gain_db is not UNSET:
            field_dict["volume_gain_db"] = volume_gain_db
        if muted is not UNSET:
            field_dict["muted"] = muted
        if fade_in_ms is not UNSET:
            field_dict["fade_in_ms"] = fade_in_ms
        if fade_out_ms is not UNSET:
            field_dict["fade_out_ms"] = fade_out_ms
        if source_external_audio_id is not UNSET:
            field_dict["source_external_audio_id"] = source_external_audio_id
        if source_asset_id is not UNSET:
            field_dict["source_asset_id"] = source_asset_id
        if source_platform_asset_id is not UNSET:
            field_dict["source_platform_asset_id"] = source_platform_asset_id
        if pending_blocks_metadata is not UNSET:
            field_dict["pending_blocks_metadata"] = pending_blocks_metadata
        if pending_external_audios_metadata is not UNSET:
            field_dict["pending_external_audios_metadata"] = (
                pending_external_audios_metadata
            )
        if speech_imported is not UNSET:
            field_dict["speech_imported"] = speech_imported
        if pending_task is not UNSET:
            field_dict["pending_task"] = pending_task
        if error is not UNSET:
            field_dict["error"] = error
        if current_snapshot_id is not UNSET:
            field_dict["current_snapshot_id"] = current_snapshot_id
        if source_context is not UNSET:
            field_dict["source_context"] = source_context
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        external_audio_id = src_dict["external_audio_id"]

        filename = src_dict["filename"]

        signed_url: None | str = src_dict["signed_url"]

        offset_ms = src_dict["offset_ms"]

        duration_ms = src_dict["duration_ms"]

        start_time_ms = src_dict["start_time_ms"]

        end_time_ms: int | None = src_dict["end_time_ms"]

        order = src_dict["order"]

        track_id = src_dict["track_id"]

        created_at_ms = src_dict["created_at_ms"]

        updated_at_ms = src_dict["updated_at_ms"]

        import_speech_progress: float | None = src_dict["import_speech_progress"]

        volume_gain_db = src_dict.get("volume_gain_db", UNSET)

        muted = src_dict.get("muted", UNSET)

        fade_in_ms = src_dict.get("fade_in_ms", UNSET)

        fade_out_ms = src_dict.get("fade_out_ms", UNSET)

        source_external_audio_id: None | str | Unset = src_dict.get(
            "source_external_audio_id", UNSET
        )

        source_asset_id: None | str | Unset = src_dict.get("source_asset_id", UNSET)

        source_platform_asset_id: None | str | Unset = src_dict.get(
            "source_platform_asset_id", UNSET
        )

        _pending_blocks_metadata = src_dict.get("pending_blocks_metadata", UNSET)
        pending_blocks_metadata: None | PendingBlocksMetadataModel | Unset
        if _pending_blocks_metadata is None:
            pending_blocks_metadata = None
        elif isinstance(_pending_blocks_metadata, Unset):
            pending_blocks_metadata = UNSET
        else:
            try:
                if not isinstance(_pending_blocks_metadata, dict):
                    raise TypeError()
                pending_blocks_metadata_type_0 = PendingBlocksMetadataModel.from_dict(
                    _pending_blocks_metadata
                )

                pending_blocks_metadata = pending_blocks_metadata_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pending_blocks_metadata = _pending_blocks_metadata

        _pending_external_audios_metadata = src_dict.get(
            "pending_external_audios_metadata", UNSET
        )
        pending_external_audios_metadata: (
            None | PendingExternalAudiosMetadataModel | Unset
        )
        if _pending_external_audios_metadata is None:
            pending_external_audios_metadata = None
        elif isinstance(_pending_external_audios_metadata, Unset):
            pending_external_audios_metadata = UNSET
        else:
            try:
                if not isinstance(_pending_external_audios_metadata, dict):
                    raise TypeError()
                pending_external_audios_metadata_type_0 = (
                    PendingExternalAudiosMetadataModel.from_dict(
                        _pending_external_audios_metadata
                    )
                )

                pending_external_audios_metadata = (
                    pending_external_audios_metadata_type_0
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                pending_external_audios_metadata = _pending_external_audios_metadata

        speech_imported = src_dict.get("speech_imported", UNSET)

        _pending_task = src_dict.get("pending_task", UNSET)
        pending_task: None | PendingClipTask | Unset
        if _pending_task is None:
            pending_task = None
        elif isinstance(_pending_task, Unset):
            pending_task = UNSET
        else:
            try:
                if not isinstance(_pending_task, dict):
                    raise TypeError()
                pending_task_type_0 = PendingClipTask.from_dict(_pending_task)

                pending_task = pending_task_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                pending_task = _pending_task

        error: None | str | Unset = src_dict.get("error", UNSET)

        current_snapshot_id: None | str | Unset = src_dict.get(
            "current_snapshot_id", UNSET
        )

        _source_context = src_dict.get("source_context", UNSET)
        source_context: (
            MusicExploreSongSourceContext
            | None
            | SfxSourceContext
            | SongSourceContext
            | Unset
        )
        if _source_context is None:
            source_context = None
        elif isinstance(_source_context, Unset):
            source_context = UNSET
        else:
            try:
                if not isinstance(_source_context, dict):
                    raise TypeError()
                source_context_type_0_type_0 = SongSourceContext.from_dict(
                    _source_context
                )

                source_context = source_context_type_0_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                try:
                    if not isinstance(_source_context, dict):
                        raise TypeError()
                    source_context_type_0_type_1 = (
                        MusicExploreSongSourceContext.from_dict(_source_context)
                    )

                    source_context = source_context_type_0_type_1

                except (TypeError, ValueError, AttributeError, KeyError):
                    try:
                        if not isinstance(_source_context, dict):
                            raise TypeError()
                        source_context_type_0_type_2 = SfxSourceContext.from_dict(
                            _source_context
                        )

                        source_context = source_context_type_0_type_2

                    except (TypeError, ValueError, AttributeError, KeyError):
                        source_context = _source_context

        _analysis = src_dict.get("analysis", UNSET)
        analysis: AudioAnalysis | None | Unset
        if _analysis is None:
            analysis = None
        elif isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            try:
                if not isinstance(_analysis, dict):
                    raise TypeError()
                analysis_type_0 = AudioAnalysis.from_dict(_analysis)

                analysis = analysis_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                analysis = _analysis

        _transcription = src_dict.get("transcription", UNSET)
        transcription: AssetTranscription | None | Unset
        if _transcription is None:
            transcription = None
        elif isinstance(_transcription, Unset):
            transcription = UNSET
        else:
            try:
                if not isinstance(_transcription, dict):
                    raise TypeError()
                transcription_type_0 = AssetTranscription.from_dict(_transcription)

                transcription = transcription_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                transcription = _transcription

        type_ = cast(Literal["audio"] | Unset, src_dict.get("type", UNSET))
        if type_ != "audio" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'audio', got '{type_}'")

        project_external_audio_response_model = cls(
            external_audio_id=external_audio_id,
            filename=filename,
            signed_url=signed_url,
            offset_ms=offset_ms,
            duration_ms=duration_ms,
            start_time_ms=start_time_ms,
            end_time_ms=end_time_ms,
            order=order,
            track_id=track_id,
            created_at_ms=created_at_ms,
            updated_at_ms=updated_at_ms,
            import_speech_progress=import_speech_progress,
            volume_gain_db=volume_gain_db,
            muted=muted,
            fade_in_ms=fade_in_ms,
            fade_out_ms=fade_out_ms,
            source_external_audio_id=source_external_audio_id,
            source_asset_id=source_asset_id,
            source_platform_asset_id=source_platform_asset_id,
            pending_blocks_metadata=pending_blocks_metadata,
            pending_external_audios_metadata=pending_external_audios_metadata,
            speech_imported=speech_imported,
            pending_task=pending_task,
            error=error,
            current_snapshot_id=current_snapshot_id,
            source_context=source_context,
            analysis=analysis,
            transcription=transcription,
            type_=type_,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_external_audio_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_external_audio_response_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.asset_transcription import AssetTranscription  # noqa: E402
from ..models.audio_analysis import AudioAnalysis  # noqa: E402
from ..models.music_explore_song_source_context import MusicExploreSongSourceContext  # noqa: E402
from ..models.pending_blocks_metadata_model import PendingBlocksMetadataModel  # noqa: E402
from ..models.pending_clip_task import PendingClipTask  # noqa: E402
from ..models.pending_external_audios_metadata_model import (
    PendingExternalAudiosMetadataModel,  # noqa: E402
)
from ..models.sfx_source_context import SfxSourceContext  # noqa: E402
from ..models.song_source_context import SongSourceContext  # noqa: E402
