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

T = TypeVar("T", bound="ProjectImageResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "image_id",
        "filename",
        "file_size_bytes",
        "width",
        "height",
        "offset_ms",
        "duration_ms",
        "order",
        "canvas_placement",
        "created_at_ms",
        "updated_at_ms",
        "signed_url",
        "thumbnail_signed_url",
        "type",
        "source",
        "track_id",
        "animation",
        "opacity",
        "current_snapshot_id",
        "source_asset_id",
        "source_platform_asset_id",
        "error",
        "pending_task",
        "analysis",
    }
)


@_attrs_define
class ProjectImageResponseModel:
    image_id: str
    filename: str
    file_size_bytes: int
    width: int
    height: int
    offset_ms: int
    duration_ms: int
    order: str
    canvas_placement: CanvasPlacement
    """ Defines asset positioning and transformation on canvas. """
    created_at_ms: int
    updated_at_ms: int
    signed_url: None | str | Unset = UNSET
    thumbnail_signed_url: None | str | Unset = UNSET
    type_: Literal["image"] | Unset = "image"
    source: Literal["upload"] | Unset = "upload"
    track_id: str | Unset = "v0"
    animation: ClipAnimation | Unset = UNSET
    opacity: float | Unset = 1.0
    current_snapshot_id: None | str | Unset = UNSET
    source_asset_id: None | str | Unset = UNSET
    source_platform_asset_id: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    pending_task: None | PendingClipTask | Unset = UNSET
    analysis: ImageAnalysis | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_id = self.image_id

        filename = self.filename

        file_size_bytes = self.file_size_bytes

        width = self.width

        height = self.height

        offset_ms = self.offset_ms

        duration_ms = self.duration_ms

        order = self.order

        canvas_placement = self.canvas_placement.to_dict()

        created_at_ms = self.created_at_ms

        updated_at_ms = self.updated_at_ms

        signed_url: None | str | Unset
        if isinstance(self.signed_url, Unset):
            signed_url = UNSET
        else:
            signed_url = self.signed_url

        thumbnail_signed_url: None | str | Unset
        if isinstance(self.thumbnail_signed_url, Unset):
            thumbnail_signed_url = UNSET
        else:
            thumbnail_signed_url = self.thumbnail_signed_url

        type_ = self.type_

        source = self.source

        track_id = self.track_id

        animation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.animation, Unset):
            animation = self.animation.to_dict()

        opacity = self.opacity

        current_snapshot_id: None | str | Unset
        if isinstance(self.current_snapshot_id, Unset):
            current_snapshot_id = UNSET
        else:
            current_snapshot_id = self.current_snapshot_id

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

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        pending_task: dict[str, Any] | None | Unset
        if isinstance(self.pending_task, Unset):
            pending_task = UNSET
        elif isinstance(self.pending_task, PendingClipTask):
            pending_task = self.pending_task.to_dict()
        else:
            pending_task = self.pending_task

        analysis: dict[str, Any] | None | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, ImageAnalysis):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_id": image_id,
                "filename": filename,
                "file_size_bytes": file_size_bytes,
                "width": width,
                "height": height,
                "offset_ms": offset_ms,
                "duration_ms": duration_ms,
                "order": order,
                "canvas_placement": canvas_placement,
                "created_at_ms": created_at_ms,
                "updated_at_ms": updated_at_ms,
            }
        )
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url
        if thumbnail_signed_url is not UNSET:
            field_dict["thumbnail_signed_url"] = thumbnail_signed_url
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if track_id is not UNSET:
            field_dict["track_id"] = track_id
        if animation is not UNSET:
            field_dict["animation"] = animation
        if opacity is not UNSET:
            field_dict["opacity"] = opacity
        if current_snapshot_id is not UNSET:
            field_dict["current_snapshot_id"] = current_snapshot_id
        if source_asset_id is not UNSET:
            field_dict["source_asset_id"] = source_asset_id
        if source_platform_asset_id is not UNSET:
            field_dict["source_platform_asset_id"] = source_platform_asset_id
        if error is not UNSET:
            field_dict["error"] = error
        if pending_task is not UNSET:
            field_dict["pending_task"] = pending_task
        if analysis is not UNSET:
            field_dict["analysis"] = analysis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        image_id = src_dict["image_id"]
        if not isinstance(image_id, str):
            raise TypeError(
                f"ProjectImageResponseModel.image_id: expected a string, got {type(image_id).__name__}"
            )

        filename = src_dict["filename"]
        if not isinstance(filename, str):
            raise TypeError(
                f"ProjectImageResponseModel.filename: expected a string, got {type(filename).__name__}"
            )

        file_size_bytes = src_dict["file_size_bytes"]
        if not is_json_integer(file_size_bytes):
            raise TypeError(
                f"ProjectImageResponseModel.file_size_bytes: expected an integer, got {type(file_size_bytes).__name__}"
            )

        width = src_dict["width"]
        if not is_json_integer(width):
            raise TypeError(
                f"ProjectImageResponseModel.width: expected an integer, got {type(width).__name__}"
            )

        height = src_dict["height"]
        if not is_json_integer(height):
            raise TypeError(
                f"ProjectImageResponseModel.height: expected an integer, got {type(height).__name__}"
            )

        offset_ms = src_dict["offset_ms"]
        if not is_json_integer(offset_ms):
            raise TypeError(
                f"ProjectImageResponseModel.offset_ms: expected an integer, got {type(offset_ms).__name__}"
            )

        duration_ms = src_dict["duration_ms"]
        if not is_json_integer(duration_ms):
            raise TypeError(
                f"ProjectImageResponseModel.duration_ms: expected an integer, got {type(duration_ms).__name__}"
            )

        order = src_dict["order"]
        if not isinstance(order, str):
            raise TypeError(
                f"ProjectImageResponseModel.order: expected a string, got {type(order).__name__}"
            )

        canvas_placement = CanvasPlacement.from_dict(src_dict["canvas_placement"])

        created_at_ms = src_dict["created_at_ms"]
        if not is_json_integer(created_at_ms):
            raise TypeError(
                f"ProjectImageResponseModel.created_at_ms: expected an integer, got {type(created_at_ms).__name__}"
            )

        updated_at_ms = src_dict["updated_at_ms"]
        if not is_json_integer(updated_at_ms):
            raise TypeError(
                f"ProjectImageResponseModel.updated_at_ms: expected an integer, got {type(updated_at_ms).__name__}"
            )

        _signed_url = src_dict.get("signed_url", UNSET)
        signed_url: None | str | Unset
        if _signed_url is UNSET:
            signed_url = UNSET
        else:
            if not (isinstance(_signed_url, str) or _signed_url is None):
                raise TypeError(
                    f"signed_url: expected a string or null, got {type(_signed_url).__name__}"
                )
            signed_url = _signed_url

        _thumbnail_signed_url = src_dict.get("thumbnail_signed_url", UNSET)
        thumbnail_signed_url: None | str | Unset
        if _thumbnail_signed_url is UNSET:
            thumbnail_signed_url = UNSET
        else:
            if not (
                isinstance(_thumbnail_signed_url, str) or _thumbnail_signed_url is None
            ):
                raise TypeError(
                    f"thumbnail_signed_url: expected a string or null, got {type(_thumbnail_signed_url).__name__}"
                )
            thumbnail_signed_url = _thumbnail_signed_url

        type_ = cast(Literal["image"] | Unset, src_dict.get("type", UNSET))
        if type_ != "image" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'image', got '{type_}'")

        source = cast(Literal["upload"] | Unset, src_dict.get("source", UNSET))
        if source != "upload" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'upload', got '{source}'")

        track_id = src_dict.get("track_id", UNSET)
        if track_id is not UNSET and not isinstance(track_id, str):
            raise TypeError(
                f"ProjectImageResponseModel.track_id: expected a string, got {type(track_id).__name__}"
            )

        _animation = src_dict.get("animation", UNSET)
        animation: ClipAnimation | Unset
        if isinstance(_animation, Unset):
            animation = UNSET
        else:
            animation = ClipAnimation.from_dict(_animation)

        opacity = src_dict.get("opacity", UNSET)
        if opacity is not UNSET and not (
            isinstance(opacity, float)
            and opacity - opacity == 0.0
            or type(opacity) is int
        ):
            raise TypeError(
                f"ProjectImageResponseModel.opacity: expected a finite number, got {type(opacity).__name__}"
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

        _analysis = src_dict.get("analysis", UNSET)
        analysis: ImageAnalysis | None | Unset
        if _analysis is None:
            analysis = None
        elif isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            try:
                if not isinstance(_analysis, dict):
                    raise TypeError()
                analysis_type_0 = ImageAnalysis.from_dict(_analysis)

                analysis = analysis_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_analysis is None):
                    raise TypeError(
                        f"analysis: expected an object or null, got {type(_analysis).__name__}"
                    )
                analysis = _analysis

        project_image_response_model = cls(
            image_id=image_id,
            filename=filename,
            file_size_bytes=file_size_bytes,
            width=width,
            height=height,
            offset_ms=offset_ms,
            duration_ms=duration_ms,
            order=order,
            canvas_placement=canvas_placement,
            created_at_ms=created_at_ms,
            updated_at_ms=updated_at_ms,
            signed_url=signed_url,
            thumbnail_signed_url=thumbnail_signed_url,
            type_=type_,
            source=source,
            track_id=track_id,
            animation=animation,
            opacity=opacity,
            current_snapshot_id=current_snapshot_id,
            source_asset_id=source_asset_id,
            source_platform_asset_id=source_platform_asset_id,
            error=error,
            pending_task=pending_task,
            analysis=analysis,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_image_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_image_response_model

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
from ..models.canvas_placement import CanvasPlacement  # noqa: E402
from ..models.clip_animation import ClipAnimation  # noqa: E402
from ..models.image_analysis import ImageAnalysis  # noqa: E402
from ..models.pending_clip_task import PendingClipTask  # noqa: E402
