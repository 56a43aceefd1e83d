from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_style import VoiceStyle
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="TargetSpeaker")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "speaker_id",
        "voice_key",
        "style",
    }
)


@_attrs_define
class TargetSpeaker:
    """A speaker of a re-translation."""

    speaker_id: int
    """ The speaker's ID; unique within the request. """
    voice_key: str
    """ "soundalike" (subscription only), "emotional_transfer", or one of the target language's voice keys from
    list_voices. """
    style: VoiceStyle
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker_id = self.speaker_id

        voice_key = self.voice_key

        style = self.style.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speaker_id": speaker_id,
                "voice_key": voice_key,
                "style": style,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        speaker_id = src_dict["speaker_id"]
        if not is_json_integer(speaker_id):
            raise TypeError(
                f"TargetSpeaker.speaker_id: expected an integer, got {type(speaker_id).__name__}"
            )

        voice_key = src_dict["voice_key"]
        if not isinstance(voice_key, str):
            raise TypeError(
                f"TargetSpeaker.voice_key: expected a string, got {type(voice_key).__name__}"
            )

        style = VoiceStyle._parse(src_dict["style"])

        target_speaker = cls(
            speaker_id=speaker_id,
            voice_key=voice_key,
            style=style,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            target_speaker.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return target_speaker

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
