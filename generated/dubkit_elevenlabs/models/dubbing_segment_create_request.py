from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="DubbingSegmentCreateRequest")

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
class DubbingSegmentCreateRequest:
    """A new source segment; its id and word-level alignment are assigned by the server."""

    text: str
    """ The text of the new segment. """
    speaker_id: str
    """ Identifier of the segment's speaker. """
    start_s: float
    """ Start time of the segment, in seconds. """
    end_s: float
    """ End time of the segment, in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "speaker_id": speaker_id,
                "start_s": start_s,
                "end_s": end_s,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        text = src_dict["text"]

        speaker_id = src_dict["speaker_id"]

        start_s = src_dict["start_s"]

        end_s = src_dict["end_s"]

        dubbing_segment_create_request = cls(
            text=text,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_segment_create_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_segment_create_request

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
