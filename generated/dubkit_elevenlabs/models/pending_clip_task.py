from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pending_clip_task_type import PendingClipTaskType
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="PendingClipTask")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "progress",
        "started_at_ms",
        "updated_at_ms",
        "metadata",
    }
)


@_attrs_define
class PendingClipTask:
    type_: PendingClipTaskType
    progress: float | Unset = 0.0
    started_at_ms: int | Unset = UNSET
    updated_at_ms: int | Unset = UNSET
    metadata: PendingClipTaskMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        progress = self.progress

        started_at_ms = self.started_at_ms

        updated_at_ms = self.updated_at_ms

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if started_at_ms is not UNSET:
            field_dict["started_at_ms"] = started_at_ms
        if updated_at_ms is not UNSET:
            field_dict["updated_at_ms"] = updated_at_ms
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = PendingClipTaskType._parse(src_dict["type"])

        progress = src_dict.get("progress", UNSET)
        if progress is not UNSET and not (
            isinstance(progress, float)
            and progress - progress == 0.0
            or type(progress) is int
        ):
            raise TypeError(
                f"PendingClipTask.progress: expected a finite number, got {type(progress).__name__}"
            )

        started_at_ms = src_dict.get("started_at_ms", UNSET)
        if started_at_ms is not UNSET and not is_json_integer(started_at_ms):
            raise TypeError(
                f"PendingClipTask.started_at_ms: expected an integer, got {type(started_at_ms).__name__}"
            )

        updated_at_ms = src_dict.get("updated_at_ms", UNSET)
        if updated_at_ms is not UNSET and not is_json_integer(updated_at_ms):
            raise TypeError(
                f"PendingClipTask.updated_at_ms: expected an integer, got {type(updated_at_ms).__name__}"
            )

        _metadata = src_dict.get("metadata", UNSET)
        metadata: PendingClipTaskMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = PendingClipTaskMetadata.from_dict(_metadata)

        pending_clip_task = cls(
            type_=type_,
            progress=progress,
            started_at_ms=started_at_ms,
            updated_at_ms=updated_at_ms,
            metadata=metadata,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            pending_clip_task.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return pending_clip_task

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
from ..models.pending_clip_task_metadata import PendingClipTaskMetadata  # noqa: E402
