from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="DubbingTranscriptSegment")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "text",
        "speaker_id",
        "start_s",
        "end_s",
        "external_id",
    }
)


@_attrs_define
class DubbingTranscriptSegment:
    """One segment of a source transcript."""

    id: str
    """ Stable identifier of the segment. """
    text: str
    """ The transcribed text of the segment. """
    speaker_id: str
    """ Identifier of the segment's speaker. """
    start_s: float
    """ Start time of the segment, in seconds. """
    end_s: float
    """ End time of the segment, in seconds. """
    external_id: None | str | Unset = UNSET
    """ The caller-supplied external id for this segment, if one was provided. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "speaker_id": speaker_id,
                "start_s": start_s,
                "end_s": end_s,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        text = src_dict["text"]

        speaker_id = src_dict["speaker_id"]

        start_s = src_dict["start_s"]

        end_s = src_dict["end_s"]

        external_id: None | str | Unset = src_dict.get("external_id", UNSET)

        dubbing_transcript_segment = cls(
            id=id,
            text=text,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
            external_id=external_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_transcript_segment.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_transcript_segment

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
