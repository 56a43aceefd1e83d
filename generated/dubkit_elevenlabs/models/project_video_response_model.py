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

T = TypeVar("T", bound="ProjectVideoResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "video_id",
        "filename",
        "signed_url",
        "signed_preview_url",
        "offset_ms",
        "duration_ms",
        "volume_gain_db",
        "muted",
        "width",
        "height",
        "codec",
        "order",
        "created_at_ms",
        "updated_at_ms",
        "thumbnail_interval_seconds",
        "thumbnail_size",
        "thumbnail_sheets",
        "start_time_ms",
        "end_time_ms",
        "preview_job_progress",
        "import_speech_progress",
        "fade_in_ms",
        "fade_out_ms",
        "error",
        "asset_preview_signed_url",
        "source_video_id",
        "source_asset_id",
        "source_platform_asset_id",
        "pending_blocks_metadata",
        "pending_external_audios_metadata",
        "speech_imported",
        "pending_task",
        "audio_track_ready",
        "export_format_ready",
        "current_snapshot_id",
        "source_context",
        "analysis",
        "transcription",
        "type",
        "canvas_placement",
        "animation",
        "playback_speed",
        "opacity",
        "track_id",
    }
)


@_attrs_define
class ProjectVideoResponseModel:
    video_id: str
    filename: str
    signed_url: None | str
    signed_preview_url: None | str
    offset_ms: int
    duration_ms: int
    volume_gain_db: float
    muted: bool
    width: int
    height: int
    codec: str
    order: str
    created_at_ms: int
    updated_at_ms: int
    thumbnail_interval_seconds: float
    thumbnail_size: list[int]
    thumbnail_sheets: list[ProjectVideoThumbnailSheetResponseModel]
    start_time_ms: int
    end_time_ms: int | None
    preview_job_progress: float
    import_speech_progress: float | None
    fade_in_ms: int | Unset = 0
    fade_out_ms: int | Unset = 0
    error: None | str | Unset = UNSET
    asset_preview_signed_url: None | str | Unset = UNSET
    source_video_id: None | str | Unset = UNSET
    source_asset_id: None | str | Unset = UNSET
    source_platform_asset_id: None | str | Unset = UNSET
    pending_blocks_metadata: None | PendingBlocksMetadataModel | Unset = UNSET
    pending_external_audios_metadata: (
        None | PendingExternalAudiosMetadataModel | Unset
    ) = UNSET
    speech_imported: bool | Unset = False
    pending_task: None | PendingClipTask | Unset = UNSET
    audio_track_ready: bool | Unset = True
    export_format_ready: bool | Unset = True
    current_snapshot_id: None | str | Unset = UNSET
    source_context: GenerationSourceContext | None | Unset = UNSET
    analysis: None | Unset | VideoAnalysis = UNSET
    transcription: AssetTranscription | None | Unset = UNSET
    type_: Literal["video"] | Unset = "video"
    canvas_placement: CanvasPlacement | Unset = UNSET
    """ Defines asset positioning and transformation on canvas. """
    animation: ClipAnimation | Unset = UNSET
    playback_speed: float | Unset = 1.0
    opacity: float | Unset = 1.0
    track_id: str | Unset = "v0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        filename = self.filename

        signed_url: None | str
        signed_url = self.signed_url

        signed_preview_url: None | str
        signed_preview_url = self.signed_preview_url

        offset_ms = self.offset_ms

        duration_ms = self.duration_ms

        volume_gain_db = self.volume_gain_db

        muted = self.muted

        width = self.width

        height = self.height

        codec = self.codec

        order = self.order

        created_at_ms = self.created_at_ms

        updated_at_ms = self.updated_at_ms

        thumbnail_interval_seconds = self.thumbnail_interval_seconds

        thumbnail_size = []
        for thumbnail_size_item_data in self.thumbnail_size:
            thumbnail_size_item: int
            thumbnail_size_item = thumbnail_size_item_data
            thumbnail_size.append(thumbnail_size_item)

        thumbnail_sheets = []
        for thumbnail_sheets_item_data in self.thumbnail_sheets:
            thumbnail_sheets_item = thumbnail_sheets_item_data.to_dict()
            thumbnail_sheets.append(thumbnail_sheets_item)

        start_time_ms = self.start_time_ms

        end_time_ms: int | None
        end_time_ms = self.end_time_ms

        preview_job_progress = self.preview_job_progress

        import_speech_progress: float | None
        import_speech_progress = self.import_speech_progress

        fade_in_ms = self.fade_in_ms

        fade_out_ms = self.fade_out_ms

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        asset_preview_signed_url: None | str | Unset
        if isinstance(self.asset_preview_signed_url, Unset):
            asset_preview_signed_url = UNSET
        else:
            asset_preview_signed_url = self.asset_preview_signed_url

        source_video_id: None | str | Unset
        if isinstance(self.source_video_id, Unset):
            source_video_id = UNSET
        else:
            source_video_id = self.source_video_id

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

        audio_track_ready = self.audio_track_ready

        export_format_ready = self.export_format_ready

        current_snapshot_id: None | str | Unset
        if isinstance(self.current_snapshot_id, Unset):
            current_snapshot_id = UNSET
        else:
            current_snapshot_id = self.current_snapshot_id

        source_context: dict[str, Any] | None | Unset
        if isinstance(self.source_context, Unset):
            source_context = UNSET
        elif isinstance(self.source_context, GenerationSourceContext):
            source_context = self.source_context.to_dict()
        else:
            source_context = self.source_context

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, VideoAnalysis):
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

        canvas_placement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.canvas_placement, Unset):
            canvas_placement = self.canvas_placement.to_dict()

        animation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.animation, Unset):
            animation = self.animation.to_dict()

        playback_speed = self.playback_speed

        opacity = self.opacity

        track_id = self.track_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "filename": filename,
                "signed_url": signed_url,
                "signed_preview_url": signed_preview_url,
                "offset_ms": offset_ms,
                "duration_ms": duration_ms,
                "volume_gain_db": volume_gain_db,
                "muted": muted,
                "width": width,
                "height": height,
                "codec": codec,
                "order": order,
                "created_at_ms": created_at_ms,
                "updated_at_ms": updated_at_ms,
                "thumbnail_interval_seconds": thumbnail_interval_seconds,
                "thumbnail_size": thumbnail_size,
                "thumbnail_sheets": thumbnail_sheets,
                "start_time_ms": start_time_ms,
                "end_time_ms": end_time_ms,
                "preview_job_progress": preview_job_progress,
                "import_speech_progress": import_speech_progress,
            }
        )
        if fade_in_ms is not UNSET:
            field_dict["fade_in_ms"] = fade_in_ms
        if fade_out_ms is not UNSET:
            field_dict["fade_out_ms"] = fade_out_ms
        if error is not UNSET:
            field_dict["error"] = error
        if asset_preview_signed_url is not UNSET:
            field_dict["asset_preview_signed_url"] = asset_preview_signed_url
        if source_video_id is not UNSET:
            field_dict["source_video_id"] = source_video_id
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
        if audio_track_ready is not UNSET:
            field_dict["audio_track_ready"] = audio_track_ready
        if export_format_ready is not UNSET:
            field_dict["export_format_ready"] = export_format_ready
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
        if canvas_placement is not UNSET:
            field_dict["canvas_placement"] = canvas_placement
        if animation is not UNSET:
            field_dict["animation"] = animation
        if playback_speed is not UNSET:
            field_dict["playback_speed"] = playback_speed
        if opacity is not UNSET:
            field_dict["opacity"] = opacity
        if track_id is not UNSET:
            field_dict["track_id"] = track_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        video_id = src_dict["video_id"]
        if not isinstance(video_id, str):
            raise TypeError(
                f"ProjectVideoResponseModel.video_id: expected a string, got {type(video_id).__name__}"
            )

        filename = src_dict["filename"]
        if not isinstance(filename, str):
            raise TypeError(
                f"ProjectVideoResponseModel.filename: expected a string, got {type(filename).__name__}"
            )

        _signed_url = src_dict["signed_url"]
        signed_url: None | str
        if not (isinstance(_signed_url, str) or _signed_url is None):
            raise TypeError(
                f"signed_url: expected a string or null, got {type(_signed_url).__name__}"
            )
        signed_url = _signed_url

        _signed_preview_url = src_dict["signed_preview_url"]
        signed_preview_url: None | str
        if not (isinstance(_signed_preview_url, str) or _signed_preview_url is None):
            raise TypeError(
                f"signed_preview_url: expected a string or null, got {type(_signed_preview_url).__name__}"
            )
        signed_preview_url = _signed_preview_url

        offset_ms = src_dict["offset_ms"]
        if not is_json_integer(offset_ms):
            raise TypeError(
                f"ProjectVideoResponseModel.offset_ms: expected an integer, got {type(offset_ms).__name__}"
            )

        duration_ms = src_dict["duration_ms"]
        if not is_json_integer(duration_ms):
            raise TypeError(
                f"ProjectVideoResponseModel.duration_ms: expected an integer, got {type(duration_ms).__name__}"
            )

        volume_gain_db = src_dict["volume_gain_db"]
        if not (
            isinstance(volume_gain_db, float)
            and volume_gain_db - volume_gain_db == 0.0
            or type(volume_gain_db) is int
        ):
            raise TypeError(
                f"ProjectVideoResponseModel.volume_gain_db: expected a finite number, got {type(volume_gain_db).__name__}"
            )

        muted = src_dict["muted"]
        if not isinstance(muted, bool):
            raise TypeError(
                f"ProjectVideoResponseModel.muted: expected true or false, got {type(muted).__name__}"
            )

        width = src_dict["width"]
        if not is_json_integer(width):
            raise TypeError(
                f"ProjectVideoResponseModel.width: expected an integer, got {type(width).__name__}"
            )

        height = src_dict["height"]
        if not is_json_integer(height):
            raise TypeError(
                f"ProjectVideoResponseModel.height: expected an integer, got {type(height).__name__}"
            )

        codec = src_dict["codec"]
        if not isinstance(codec, str):
            raise TypeError(
                f"ProjectVideoResponseModel.codec: expected a string, got {type(codec).__name__}"
            )

        order = src_dict["order"]
        if not isinstance(order, str):
            raise TypeError(
                f"ProjectVideoResponseModel.order: expected a string, got {type(order).__name__}"
            )

        created_at_ms = src_dict["created_at_ms"]
        if not is_json_integer(created_at_ms):
            raise TypeError(
                f"ProjectVideoResponseModel.created_at_ms: expected an integer, got {type(created_at_ms).__name__}"
            )

        updated_at_ms = src_dict["updated_at_ms"]
        if not is_json_integer(updated_at_ms):
            raise TypeError(
                f"ProjectVideoResponseModel.updated_at_ms: expected an integer, got {type(updated_at_ms).__name__}"
            )

        thumbnail_interval_seconds = src_dict["thumbnail_interval_seconds"]
        if not (
            isinstance(thumbnail_interval_seconds, float)
            and thumbnail_interval_seconds - thumbnail_interval_seconds == 0.0
            or type(thumbnail_interval_seconds) is int
        ):
            raise TypeError(
                f"ProjectVideoResponseModel.thumbnail_interval_seconds: expected a finite number, got {type(thumbnail_interval_seconds).__name__}"
            )

        thumbnail_size = []
        _thumbnail_size = src_dict["thumbnail_size"]
        if not isinstance(_thumbnail_size, list):
            raise TypeError(
                f"thumbnail_size: expected an array, got {type(_thumbnail_size).__name__}"
            )

        for thumbnail_size_item_data in _thumbnail_size:
            _thumbnail_size_item = thumbnail_size_item_data
            thumbnail_size_item: int
            if not (is_json_integer(_thumbnail_size_item)):
                raise TypeError(
                    f"thumbnail_size_item: expected an integer, got {type(_thumbnail_size_item).__name__}"
                )
            thumbnail_size_item = _thumbnail_size_item

            thumbnail_size.append(thumbnail_size_item)

        thumbnail_sheets = []
        _thumbnail_sheets = src_dict["thumbnail_sheets"]
        if not isinstance(_thumbnail_sheets, list):
            raise TypeError(
                f"thumbnail_sheets: expected an array, got {type(_thumbnail_sheets).__name__}"
            )

        for thumbnail_sheets_item_data in _thumbnail_sheets:
            thumbnail_sheets_item = ProjectVideoThumbnailSheetResponseModel.from_dict(
                thumbnail_sheets_item_data
            )

            thumbnail_sheets.append(thumbnail_sheets_item)

        start_time_ms = src_dict["start_time_ms"]
        if not is_json_integer(start_time_ms):
            raise TypeError(
                f"ProjectVideoResponseModel.start_time_ms: expected an integer, got {type(start_time_ms).__name__}"
            )

        _end_time_ms = src_dict["end_time_ms"]
        end_time_ms: int | None
        if not (is_json_integer(_end_time_ms) or _end_time_ms is None):
            raise TypeError(
                f"end_time_ms: expected an integer or null, got {type(_end_time_ms).__name__}"
            )
        end_time_ms = _end_time_ms

        preview_job_progress = src_dict["preview_job_progress"]
        if not (
            isinstance(preview_job_progress, float)
            and preview_job_progress - preview_job_progress == 0.0
            or type(preview_job_progress) is int
        ):
            raise TypeError(
                f"ProjectVideoResponseModel.preview_job_progress: expected a finite number, got {type(preview_job_progress).__name__}"
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

        fade_in_ms = src_dict.get("fade_in_ms", UNSET)
        if fade_in_ms is not UNSET and not is_json_integer(fade_in_ms):
            raise TypeError(
                f"ProjectVideoResponseModel.fade_in_ms: expected an integer, got {type(fade_in_ms).__name__}"
            )

        fade_out_ms = src_dict.get("fade_out_ms", UNSET)
        if fade_out_ms is not UNSET and not is_json_integer(fade_out_ms):
            raise TypeError(
                f"ProjectVideoResponseModel.fade_out_ms: expected an integer, got {type(fade_out_ms).__name__}"
            )

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

        _asset_preview_signed_url = src_dict.get("asset_preview_signed_url", UNSET)
        asset_preview_signed_url: None | str | Unset
        if _asset_preview_signed_url is UNSET:
            asset_preview_signed_url = UNSET
        else:
            if not (
                isinstance(_asset_preview_signed_url, str)
                or _asset_preview_signed_url is None
            ):
                raise TypeError(
                    f"asset_preview_signed_url: expected a string or null, got {type(_asset_preview_signed_url).__name__}"
                )
            asset_preview_signed_url = _asset_preview_signed_url

        _source_video_id = src_dict.get("source_video_id", UNSET)
        source_video_id: None | str | Unset
        if _source_video_id is UNSET:
            source_video_id = UNSET
        else:
            if not (isinstance(_source_video_id, str) or _source_video_id is None):
                raise TypeError(
                    f"source_video_id: expected a string or null, got {type(_source_video_id).__name__}"
                )
            source_video_id = _source_video_id

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
                f"ProjectVideoResponseModel.speech_imported: expected true or false, got {type(speech_imported).__name__}"
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

        audio_track_ready = src_dict.get("audio_track_ready", UNSET)
        if audio_track_ready is not UNSET and not isinstance(audio_track_ready, bool):
            raise TypeError(
                f"ProjectVideoResponseModel.audio_track_ready: expected true or false, got {type(audio_track_ready).__name__}"
            )

        export_format_ready = src_dict.get("export_format_ready", UNSET)
        if export_format_ready is not UNSET and not isinstance(
            export_format_ready, bool
        ):
            raise TypeError(
                f"ProjectVideoResponseModel.export_format_ready: expected true or false, got {type(export_format_ready).__name__}"
            )

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
        source_context: GenerationSourceContext | None | Unset
        if _source_context is None:
            source_context = None
        elif isinstance(_source_context, Unset):
            source_context = UNSET
        else:
            try:
                if not isinstance(_source_context, dict):
                    raise TypeError()
                source_context_type_0 = GenerationSourceContext.from_dict(
                    _source_context
                )

                source_context = source_context_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_source_context is None):
                    raise TypeError(
                        f"source_context: expected an object or null, got {type(_source_context).__name__}"
                    )
                source_context = _source_context

        _analysis = src_dict.get("analysis", UNSET)
        analysis: None | Unset | VideoAnalysis
        if _analysis is None:
            analysis = None
        elif isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            try:
                if not isinstance(_analysis, dict):
                    raise TypeError()
                analysis_type_0 = VideoAnalysis.from_dict(_analysis)

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

        type_ = cast(Literal["video"] | Unset, src_dict.get("type", UNSET))
        if type_ != "video" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'video', got '{type_}'")

        _canvas_placement = src_dict.get("canvas_placement", UNSET)
        canvas_placement: CanvasPlacement | Unset
        if isinstance(_canvas_placement, Unset):
            canvas_placement = UNSET
        else:
            canvas_placement = CanvasPlacement.from_dict(_canvas_placement)

        _animation = src_dict.get("animation", UNSET)
        animation: ClipAnimation | Unset
        if isinstance(_animation, Unset):
            animation = UNSET
        else:
            animation = ClipAnimation.from_dict(_animation)

        playback_speed = src_dict.get("playback_speed", UNSET)
        if playback_speed is not UNSET and not (
            isinstance(playback_speed, float)
            and playback_speed - playback_speed == 0.0
            or type(playback_speed) is int
        ):
            raise TypeError(
                f"ProjectVideoResponseModel.playback_speed: expected a finite number, got {type(playback_speed).__name__}"
            )

        opacity = src_dict.get("opacity", UNSET)
        if opacity is not UNSET and not (
            isinstance(opacity, float)
            and opacity - opacity == 0.0
            or type(opacity) is int
        ):
            raise TypeError(
                f"ProjectVideoResponseModel.opacity: expected a finite number, got {type(opacity).__name__}"
            )

        track_id = src_dict.get("track_id", UNSET)
        if track_id is not UNSET and not isinstance(track_id, str):
            raise TypeError(
                f"ProjectVideoResponseModel.track_id: expected a string, got {type(track_id).__name__}"
            )

        project_video_response_model = cls(
            video_id=video_id,
            filename=filename,
            signed_url=signed_url,
            signed_preview_url=signed_preview_url,
            offset_ms=offset_ms,
            duration_ms=duration_ms,
            volume_gain_db=volume_gain_db,
            muted=muted,
            width=width,
            height=height,
            codec=codec,
            order=order,
            created_at_ms=created_at_ms,
            updated_at_ms=updated_at_ms,
            thumbnail_interval_seconds=thumbnail_interval_seconds,
            thumbnail_size=thumbnail_size,
            thumbnail_sheets=thumbnail_sheets,
            start_time_ms=start_time_ms,
            end_time_ms=end_time_ms,
            preview_job_progress=preview_job_progress,
            import_speech_progress=import_speech_progress,
            fade_in_ms=fade_in_ms,
            fade_out_ms=fade_out_ms,
            error=error,
            asset_preview_signed_url=asset_preview_signed_url,
            source_video_id=source_video_id,
            source_asset_id=source_asset_id,
            source_platform_asset_id=source_platform_asset_id,
            pending_blocks_metadata=pending_blocks_metadata,
            pending_external_audios_metadata=pending_external_audios_metadata,
            speech_imported=speech_imported,
            pending_task=pending_task,
            audio_track_ready=audio_track_ready,
            export_format_ready=export_format_ready,
            current_snapshot_id=current_snapshot_id,
            source_context=source_context,
            analysis=analysis,
            transcription=transcription,
            type_=type_,
            canvas_placement=canvas_placement,
            animation=animation,
            playback_speed=playback_speed,
            opacity=opacity,
            track_id=track_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_video_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_video_response_model

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
from ..models.canvas_placement import CanvasPlacement  # noqa: E402
from ..models.clip_animation import ClipAnimation  # noqa: E402
from ..models.generation_source_context import GenerationSourceContext  # noqa: E402
from ..models.pending_blocks_metadata_model import PendingBlocksMetadataModel  # noqa: E402
from ..models.pending_clip_task import PendingClipTask  # noqa: E402
from ..models.pending_external_audios_metadata_model import (
    PendingExternalAudiosMetadataModel,  # noqa: E402
)
from ..models.project_video_thumbnail_sheet_response_model import (
    ProjectVideoThumbnailSheetResponseModel,  # noqa: E402
)
from ..models.video_analysis import VideoAnalysis  # noqa: E402
