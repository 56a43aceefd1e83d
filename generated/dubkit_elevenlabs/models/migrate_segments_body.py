from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="MigrateSegmentsBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "segment_ids",
        "speaker_id",
    }
)


@_attrs_define
class MigrateSegmentsBody:
    segment_ids: list[str]
    speaker_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_ids = self.segment_ids

        speaker_id = self.speaker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segment_ids": segment_ids,
                "speaker_id": speaker_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _segment_ids = src_dict["segment_ids"]
        if not isinstance(_segment_ids, list):
            raise TypeError(
                f"segment_ids: expected an array, got {type(_segment_ids).__name__}"
            )

        for _item in _segment_ids:
            if not isinstance(_item, str):
                raise TypeError(f"segment_ids: every item must be a string")
        segment_ids = cast(list[str], _segment_ids)

        speaker_id = src_dict["speaker_id"]
        if not isinstance(speaker_id, str):
            raise TypeError(
                f"MigrateSegmentsBody.speaker_id: expected a string, got {type(speaker_id).__name__}"
            )

        migrate_segments_body = cls(
            segment_ids=segment_ids,
            speaker_id=speaker_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            migrate_segments_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return migrate_segments_body

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
