from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="SegmentSubtitleFrame")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "start_time",
        "end_time",
        "lines",
    }
)


@_attrs_define
class SegmentSubtitleFrame:
    start_time: float
    end_time: float
    lines: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        lines = self.lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start_time = src_dict["start_time"]
        if not (
            isinstance(start_time, float)
            and start_time - start_time == 0.0
            or type(start_time) is int
        ):
            raise TypeError(
                f"SegmentSubtitleFrame.start_time: expected a finite number, got {type(start_time).__name__}"
            )

        end_time = src_dict["end_time"]
        if not (
            isinstance(end_time, float)
            and end_time - end_time == 0.0
            or type(end_time) is int
        ):
            raise TypeError(
                f"SegmentSubtitleFrame.end_time: expected a finite number, got {type(end_time).__name__}"
            )

        _lines = src_dict["lines"]
        if not isinstance(_lines, list):
            raise TypeError(f"lines: expected an array, got {type(_lines).__name__}")

        for _item in _lines:
            if not isinstance(_item, str):
                raise TypeError(f"lines: every item must be a string")
        lines = cast(list[str], _lines)

        segment_subtitle_frame = cls(
            start_time=start_time,
            end_time=end_time,
            lines=lines,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            segment_subtitle_frame.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return segment_subtitle_frame

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
