from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="VoiceStatisticsResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "project_voice_ref_id",
        "characters_unconverted",
        "characters_converted",
        "voice_id",
        "credits_needed_to_convert",
    }
)


@_attrs_define
class VoiceStatisticsResponseModel:
    project_voice_ref_id: str
    """ The project voice reference ID. """
    characters_unconverted: int
    """ The number of unconverted characters for this voice. """
    characters_converted: int
    """ The number of converted characters for this voice. """
    voice_id: str
    """ The voice ID. """
    credits_needed_to_convert: int | None | Unset = UNSET
    """ The number of credits needed to convert the remaining audio for this voice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_voice_ref_id = self.project_voice_ref_id

        characters_unconverted = self.characters_unconverted

        characters_converted = self.characters_converted

        voice_id = self.voice_id

        credits_needed_to_convert: int | None | Unset
        if isinstance(self.credits_needed_to_convert, Unset):
            credits_needed_to_convert = UNSET
        else:
            credits_needed_to_convert = self.credits_needed_to_convert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_voice_ref_id": project_voice_ref_id,
                "characters_unconverted": characters_unconverted,
                "characters_converted": characters_converted,
                "voice_id": voice_id,
            }
        )
        if credits_needed_to_convert is not UNSET:
            field_dict["credits_needed_to_convert"] = credits_needed_to_convert

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_voice_ref_id = src_dict["project_voice_ref_id"]

        characters_unconverted = src_dict["characters_unconverted"]

        characters_converted = src_dict["characters_converted"]

        voice_id = src_dict["voice_id"]

        credits_needed_to_convert: int | None | Unset = src_dict.get(
            "credits_needed_to_convert", UNSET
        )

        voice_statistics_response_model = cls(
            project_voice_ref_id=project_voice_ref_id,
            characters_unconverted=characters_unconverted,
            characters_converted=characters_converted,
            voice_id=voice_id,
            credits_needed_to_convert=credits_needed_to_convert,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            voice_statistics_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return voice_statistics_response_model

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
