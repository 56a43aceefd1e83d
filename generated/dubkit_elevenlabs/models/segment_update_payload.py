from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="SegmentUpdatePayload")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "start_time",
        "end_time",
        "text",
    }
)


@_attrs_define
class SegmentUpdatePayload:
    start_time: float | None | Unset = UNSET
    end_time: float | None | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: float | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: float | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _start_time = src_dict.get("start_time", UNSET)
        start_time: float | None | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            if not (
                (
                    isinstance(_start_time, float)
                    and _start_time - _start_time == 0.0
                    or type(_start_time) is int
                )
                or _start_time is None
            ):
                raise TypeError(
                    f"start_time: expected a finite number or null, got {type(_start_time).__name__}"
                )
            start_time = _start_time

        _end_time = src_dict.get("end_time", UNSET)
        end_time: float | None | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            if not (
                (
                    isinstance(_end_time, float)
                    and _end_time - _end_time == 0.0
                    or type(_end_time) is int
                )
                or _end_time is None
            ):
                raise TypeError(
                    f"end_time: expected a finite number or null, got {type(_end_time).__name__}"
                )
            end_time = _end_time

        _text = src_dict.get("text", UNSET)
        text: None | str | Unset
        if _text is UNSET:
            text = UNSET
        else:
            if not (isinstance(_text, str) or _text is None):
                raise TypeError(
                    f"text: expected a string or null, got {type(_text).__name__}"
                )
            text = _text

        segment_update_payload = cls(
            start_time=start_time,
            end_time=end_time,
            text=text,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            segment_update_payload.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return segment_update_payload

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
