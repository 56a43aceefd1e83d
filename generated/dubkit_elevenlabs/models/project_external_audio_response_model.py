from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
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

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        if not isinstance(external_audio_id, str):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.external_audio_id: expected a string, got {type(external_audio_id).__name__}"
            )

        filename = src_dict["filename"]
        if not isinstance(filename, str):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.filename: expected a string, got {type(filename).__name__}"
            )

        _signed_url = src_dict["signed_url"]
        signed_url: None | str
        if not (isinstance(_signed_url, str) or _signed_url is None):
            raise TypeError(
                f"signed_url: expected a string or null, got {type(_signed_url).__name__}"
            )
        signed_url = _signed_url

        offset_ms = src_dict["offset_ms"]
        if not is_json_integer(offset_ms):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.offset_ms: expected an integer, got {type(offset_ms).__name__}"
            )

        duration_ms = src_dict["duration_ms"]
        if not is_json_integer(duration_ms):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.duration_ms: expected an integer, got {type(duration_ms).__name__}"
            )

        start_time_ms = src_dict["start_time_ms"]
        if not is_json_integer(start_time_ms):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.start_time_ms: expected an integer, got {type(start_time_ms).__name__}"
            )

        _end_time_ms = src_dict["end_time_ms"]
        end_time_ms: int | None
        if not (is_json_integer(_end_time_ms) or _end_time_ms is None):
            raise TypeError(
                f"end_time_ms: expected an integer or null, got {type(_end_time_ms).__name__}"
            )
        end_time_ms = _end_time_ms

        order = src_dict["order"]
        if not isinstance(order, str):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.order: expected a string, got {type(order).__name__}"
            )

        track_id = src_dict["track_id"]
        if not isinstance(track_id, str):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.track_id: expected a string, got {type(track_id).__name__}"
            )

        created_at_ms = src_dict["created_at_ms"]
        if not is_json_integer(created_at_ms):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.created_at_ms: expected an integer, got {type(created_at_ms).__name__}"
            )

        updated_at_ms = src_dict["updated_at_ms"]
        if not is_json_integer(updated_at_ms):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.updated_at_ms: expected an integer, got {type(updated_at_ms).__name__}"
            )

        _import_speech_progress = src_dict["import_speech_progress"]
        import_speech_progress: float | None
        if not (
            (
                isinstance(_import_speech_progress, float)
                and _import_speech_progress - _import_speech_progress == 0.0
                or type(_import_speech_progress) is int
            )
            or _import_speech_progress is None
        ):
            raise TypeError(
                f"import_speech_progress: expected a finite number or null, got {type(_import_speech_progress).__name__}"
            )
        import_speech_progress = _import_speech_progress

        volume_gain_db = src_dict.get("volume_gain_db", UNSET)
        if volume_gain_db is not UNSET and not (
            isinstance(volume_gain_db, float)
            and volume_gain_db - volume_gain_db == 0.0
            or type(volume_gain_db) is int
        ):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.volume_gain_db: expected a finite number, got {type(volume_gain_db).__name__}"
            )

        muted = src_dict.get("muted", UNSET)
        if muted is not UNSET and not isinstance(muted, bool):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.muted: expected true or false, got {type(muted).__name__}"
            )

        fade_in_ms = src_dict.get("fade_in_ms", UNSET)
        if fade_in_ms is not UNSET and not is_json_integer(fade_in_ms):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.fade_in_ms: expected an integer, got {type(fade_in_ms).__name__}"
            )

        fade_out_ms = src_dict.get("fade_out_ms", UNSET)
        if fade_out_ms is not UNSET and not is_json_integer(fade_out_ms):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.fade_out_ms: expected an integer, got {type(fade_out_ms).__name__}"
            )

        _source_external_audio_id = src_dict.get("source_external_audio_id", UNSET)
        source_external_audio_id: None | str | Unset
        if _source_external_audio_id is UNSET:
            source_external_audio_id = UNSET
        else:
            if not (
                isinstance(_source_external_audio_id, str)
                or _source_external_audio_id is None
            ):
                raise TypeError(
                    f"source_external_audio_id: expected a string or null, got {type(_source_external_audio_id).__name__}"
                )
            source_external_audio_id = _source_external_audio_id

        _source_asset_id = src_dict.get("source_asset_id", UNSET)
        source_asset_id: None | str | Unset
        if _source_asset_id is UNSET:
            source_asset_id = UNSET
        else:
            if not (isinstance(_source_asset_id, str) or _source_asset_id is None):
                raise TypeError(
                    f"source_asset_id: expected a string or null, got {type(_source_asset_id).__name__}"
                )
            source_asset_id = _source_asset_id

        _source_platform_asset_id = src_dict.get("source_platform_asset_id", UNSET)
        source_platform_asset_id: None | str | Unset
        if _source_platform_asset_id is UNSET:
            source_platform_asset_id = UNSET
        else:
            if not (
                isinstance(_source_platform_asset_id, str)
                or _source_platform_asset_id is None
            ):
                raise TypeError(
                    f"source_platform_asset_id: expected a string or null, got {type(_source_platform_asset_id).__name__}"
                )
            source_platform_asset_id = _source_platform_asset_id

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
                if not (_pending_blocks_metadata is None):
                    raise TypeError(
                        f"pending_blocks_metadata: expected an object or null, got {type(_pending_blocks_metadata).__name__}"
                    )
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
                if not (_pending_external_audios_metadata is None):
                    raise TypeError(
                        f"pending_external_audios_metadata: expected an object or null, got {type(_pending_external_audios_metadata).__name__}"
                    )
                pending_external_audios_metadata = _pending_external_audios_metadata

        speech_imported = src_dict.get("speech_imported", UNSET)
        if speech_imported is not UNSET and not isinstance(speech_imported, bool):
            raise TypeError(
                f"ProjectExternalAudioResponseModel.speech_imported: expected true or false, got {type(speech_imported).__name__}"
            )

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
                if not (_pending_task is None):
                    raise TypeError(
                        f"pending_task: expected an object or null, got {type(_pending_task).__name__}"
                    )
                pending_task = _pending_task

        _error = src_dict.get("error", UNSET)
        error: None | str | Unset
        if _error is UNSET:
            error = UNSET
        else:
            if not (isinstance(_error, str) or _error is None):
                raise TypeError(
                    f"error: expected a string or null, got {type(_error).__name__}"
                )
            error = _error

        _current_snapshot_id = src_dict.get("current_snapshot_id", UNSET)
        current_snapshot_id: None | str | Unset
        if _current_snapshot_id is UNSET:
            current_snapshot_id = UNSET
        else:
            if not (
                isinstance(_current_snapshot_id, str) or _current_snapshot_id is None
            ):
                raise TypeError(
                    f"current_snapshot_id: expected a string or null, got {type(_current_snapshot_id).__name__}"
                )
            current_snapshot_id = _current_snapshot_id

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
                        if not (_source_context is None):
                            raise TypeError(
                                f"source_context: expected an object or an object or an object or null, got {type(_source_context).__name__}"
                            )
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
                if not (_analysis is None):
                    raise TypeError(
                        f"analysis: expected an object or null, got {type(_analysis).__name__}"
                    )
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
                if not (_transcription is None):
                    raise TypeError(
                        f"transcription: expected an object or null, got {type(_transcription).__name__}"
                    )
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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None


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
