from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingSegmentUpdateRequest")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "text",
        "speaker_id",
        "start_s",
        "end_s",
    }
)


@_attrs_define
class DubbingSegmentUpdateRequest:
    """A partial update to a source segment; omitted fields are left unchanged."""

    text: None | str | Unset = UNSET
    """ New text for the segment. """
    speaker_id: None | str | Unset = UNSET
    """ New speaker id for the segment. """
    start_s: float | None | Unset = UNSET
    """ New start time, in seconds. """
    end_s: float | None | Unset = UNSET
    """ New end time, in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        speaker_id: None | str | Unset
        if isinstance(self.speaker_id, Unset):
            speaker_id = UNSET
        else:
            speaker_id = self.speaker_id

        start_s: float | None | Unset
        if isinstance(self.start_s, Unset):
            start_s = UNSET
        else:
            start_s = self.start_s

        end_s: float | None | Unset
        if isinstance(self.end_s, Unset):
            end_s = UNSET
        else:
            end_s = self.end_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if start_s is not UNSET:
            field_dict["start_s"] = start_s
        if end_s is not UNSET:
            field_dict["end_s"] = end_s

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        _speaker_id = src_dict.get("speaker_id", UNSET)
        speaker_id: None | str | Unset
        if _speaker_id is UNSET:
            speaker_id = UNSET
        else:
            if not (isinstance(_speaker_id, str) or _speaker_id is None):
                raise TypeError(
                    f"speaker_id: expected a string or null, got {type(_speaker_id).__name__}"
                )
            speaker_id = _speaker_id

        _start_s = src_dict.get("start_s", UNSET)
        start_s: float | None | Unset
        if _start_s is UNSET:
            start_s = UNSET
        else:
            if not (
                (
                    isinstance(_start_s, float)
                    and _start_s - _start_s == 0.0
                    or type(_start_s) is int
                )
                or _start_s is None
            ):
                raise TypeError(
                    f"start_s: expected a finite number or null, got {type(_start_s).__name__}"
                )
            start_s = _start_s

        _end_s = src_dict.get("end_s", UNSET)
        end_s: float | None | Unset
        if _end_s is UNSET:
            end_s = UNSET
        else:
            if not (
                (
                    isinstance(_end_s, float)
                    and _end_s - _end_s == 0.0
                    or type(_end_s) is int
                )
                or _end_s is None
            ):
                raise TypeError(
                    f"end_s: expected a finite number or null, got {type(_end_s).__name__}"
                )
            end_s = _end_s

        dubbing_segment_update_request = cls(
            text=text,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_segment_update_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_segment_update_request

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
