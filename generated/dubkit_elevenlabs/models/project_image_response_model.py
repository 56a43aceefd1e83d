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

        filename = src_dict["filename"]

        file_size_bytes = src_dict["file_size_bytes"]

        width = src_dict["width"]

        height = src_dict["height"]

        offset_ms = src_dict["offset_ms"]

        duration_ms = src_dict["duration_ms"]

        order = src_dict["order"]

        canvas_placement = CanvasPlacement.from_dict(src_dict["canvas_placement"])

        created_at_ms = src_dict["created_at_ms"]

        updated_at_ms = src_dict["updated_at_ms"]

        signed_url: None | str | Unset = src_dict.get("signed_url", UNSET)

        thumbnail_signed_url: None | str | Unset = src_dict.get(
            "thumbnail_signed_url", UNSET
        )

        type_ = cast(Literal["image"] | Unset, src_dict.get("type", UNSET))
        if type_ != "image" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'image', got '{type_}'")

        source = cast(Literal["upload"] | Unset, src_dict.get("source", UNSET))
        if source != "upload" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'upload', got '{source}'")

        track_id = src_dict.get("track_id", UNSET)

        _animation = src_dict.get("animation", UNSET)
        animation: ClipAnimation | Unset
        if isinstance(_animation, Unset):
            animation = UNSET
        else:
            animation = ClipAnimation.from_dict(_animation)

        opacity = src_dict.get("opacity", UNSET)

        current_snapshot_id: None | str | Unset = src_dict.get(
            "current_snapshot_id", UNSET
        )

        source_asset_id: None | str | Unset = src_dict.get("source_asset_id", UNSET)

        source_platform_asset_id: None | str | Unset = src_dict.get(
            "source_platform_asset_id", UNSET
        )

        error: None | str | Unset = src_dict.get("error", UNSET)

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


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.canvas_placement import CanvasPlacement  # noqa: E402
from ..models.clip_animation import ClipAnimation  # noqa: E402
from ..models.image_analysis import ImageAnalysis  # noqa: E402
from ..models.pending_clip_task import PendingClipTask  # noqa: E402
