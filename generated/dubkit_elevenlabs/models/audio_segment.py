from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        if not is_json_integer(start_ms):
            raise TypeError(
                f"AudioSegment.start_ms: expected an integer, got {type(start_ms).__name__}"
            )

        end_ms = src_dict["end_ms"]
        if not is_json_integer(end_ms):
            raise TypeError(
                f"AudioSegment.end_ms: expected an integer, got {type(end_ms).__name__}"
            )

        description = src_dict["description"]
        if not isinstance(description, str):
            raise TypeError(
                f"AudioSegment.description: expected a string, got {type(description).__name__}"
            )

        _segment_type = src_dict.get("segment_type", UNSET)
        segment_type: None | str | Unset
        if _segment_type is UNSET:
            segment_type = UNSET
        else:
            if not (isinstance(_segment_type, str) or _segment_type is None):
                raise TypeError(
                    f"segment_type: expected a string or null, got {type(_segment_type).__name__}"
                )
            segment_type = _segment_type

        has_speech = src_dict.get("has_speech", UNSET)
        if has_speech is not UNSET and not isinstance(has_speech, bool):
            raise TypeError(
                f"AudioSegment.has_speech: expected true or false, got {type(has_speech).__name__}"
            )

        has_music = src_dict.get("has_music", UNSET)
        if has_music is not UNSET and not isinstance(has_music, bool):
            raise TypeError(
                f"AudioSegment.has_music: expected true or false, got {type(has_music).__name__}"
            )

        _pacing = src_dict.get("pacing", UNSET)
        pacing: None | str | Unset
        if _pacing is UNSET:
            pacing = UNSET
        else:
            if not (isinstance(_pacing, str) or _pacing is None):
                raise TypeError(
                    f"pacing: expected a string or null, got {type(_pacing).__name__}"
                )
            pacing = _pacing

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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None
