from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="AudioSegment")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "start_ms",
        "end_ms",
        "description",
        "segment_type",
        "has_speech",
        "has_music",
        "pacing",
    }
)


@_attrs_define
class AudioSegment:
    start_ms: int
    end_ms: int
    description: str
    segment_type: None | str | Unset = UNSET
    has_speech: bool | Unset = False
    has_music: bool | Unset = False
    pacing: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_ms = self.start_ms

        end_ms = self.end_ms

        description = self.description

        segment_type: None | str | Unset
        if isinstance(self.segment_type, Unset):
            segment_type = UNSET
        else:
            segment_type = self.segment_type

        has_speech = self.has_speech

        has_music = self.has_music

        pacing: None | str | Unset
        if isinstance(self.pacing, Unset):
            pacing = UNSET
        else:
            pacing = self.pacing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_ms": start_ms,
                "end_ms": end_ms,
                "description": description,
            }
        )
        if segment_type is not UNSET:
            field_dict["segment_type"] = segment_type
        if has_speech is not UNSET:
            field_dict["has_speech"] = has_speech
        if has_music is not UNSET:
            field_dict["has_music"] = has_music
        if pacing is not UNSET:
            field_dict["pacing"] = pacing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start_ms = src_dict["start_ms"]

        end_ms = src_dict["end_ms"]

        description = src_dict["description"]

        segment_type: None | str | Unset = src_dict.get("segment_type", UNSET)

        has_speech = src_dict.get("has_speech", UNSET)

        has_music = src_dict.get("has_music", UNSET)

        pacing: None | str | Unset = src_dict.get("pacing", UNSET)

        audio_segment = cls(
            start_ms=start_ms,
            end_ms=end_ms,
            description=description,
            segment_type=segment_type,
            has_speech=has_speech,
            has_music=has_music,
            pacing=pacing,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            audio_segment.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return audio_segment

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
