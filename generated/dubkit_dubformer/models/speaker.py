from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_style import VoiceStyle
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="Speaker")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "speaker_id",
        "voice_key",
        "style",
    }
)


@_attrs_define
class Speaker:
    """A speaker of the dubbed output, as the server reports it."""

    speaker_id: int
    voice_key: str
    """ soundalike, emotional_transfer, or a voice_key from list_voices. """
    style: str | VoiceStyle
    """ A voice style as the server reports it; a style added later arrives as a plain string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker_id = self.speaker_id

        voice_key = self.voice_key

        style: str
        if isinstance(self.style, VoiceStyle):
            style = self.style.value
        else:
            style = self.style

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
                f"Speaker.speaker_id: expected an integer, got {type(speaker_id).__name__}"
            )

        voice_key = src_dict["voice_key"]
        if not isinstance(voice_key, str):
            raise TypeError(
                f"Speaker.voice_key: expected a string, got {type(voice_key).__name__}"
            )

        _style = src_dict["style"]
        style: str | VoiceStyle
        try:
            if not isinstance(_style, str):
                raise TypeError()
            componentsschemas_voice_style_value_type_0 = VoiceStyle(_style)
            style = componentsschemas_voice_style_value_type_0

        except (TypeError, ValueError, AttributeError, KeyError):
            if not (isinstance(_style, str)):
                raise TypeError(
                    f"style: expected one of the spec's values or a string, got {type(_style).__name__}"
                )
            style = _style

        speaker = cls(
            speaker_id=speaker_id,
            voice_key=voice_key,
            style=style,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            speaker.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return speaker

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
