from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="SpeakerTrack")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "media_ref",
        "speaker_name",
        "voices",
        "segments",
    }
)


@_attrs_define
class SpeakerTrack:
    id: str
    media_ref: DubbingMediaReference
    speaker_name: str
    voices: SpeakerTrackVoices
    segments: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        media_ref = self.media_ref.to_dict()

        speaker_name = self.speaker_name

        voices = self.voices.to_dict()

        segments = self.segments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "media_ref": media_ref,
                "speaker_name": speaker_name,
                "voices": voices,
                "segments": segments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(
                f"SpeakerTrack.id: expected a string, got {type(id).__name__}"
            )

        media_ref = DubbingMediaReference.from_dict(src_dict["media_ref"])

        speaker_name = src_dict["speaker_name"]
        if not isinstance(speaker_name, str):
            raise TypeError(
                f"SpeakerTrack.speaker_name: expected a string, got {type(speaker_name).__name__}"
            )

        voices = SpeakerTrackVoices.from_dict(src_dict["voices"])

        _segments = src_dict["segments"]
        if not isinstance(_segments, list):
            raise TypeError(
                f"segments: expected an array, got {type(_segments).__name__}"
            )

        for _item in _segments:
            if not isinstance(_item, str):
                raise TypeError(f"segments: every item must be a string")
        segments = cast(list[str], _segments)

        speaker_track = cls(
            id=id,
            media_ref=media_ref,
            speaker_name=speaker_name,
            voices=voices,
            segments=segments,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            speaker_track.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return speaker_track

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
from ..models.dubbing_media_reference import DubbingMediaReference  # noqa: E402
from ..models.speaker_track_voices import SpeakerTrackVoices  # noqa: E402
