from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        if not isinstance(project_voice_ref_id, str):
            raise TypeError(
                f"VoiceStatisticsResponseModel.project_voice_ref_id: expected a string, got {type(project_voice_ref_id).__name__}"
            )

        characters_unconverted = src_dict["characters_unconverted"]
        if not is_json_integer(characters_unconverted):
            raise TypeError(
                f"VoiceStatisticsResponseModel.characters_unconverted: expected an integer, got {type(characters_unconverted).__name__}"
            )

        characters_converted = src_dict["characters_converted"]
        if not is_json_integer(characters_converted):
            raise TypeError(
                f"VoiceStatisticsResponseModel.characters_converted: expected an integer, got {type(characters_converted).__name__}"
            )

        voice_id = src_dict["voice_id"]
        if not isinstance(voice_id, str):
            raise TypeError(
                f"VoiceStatisticsResponseModel.voice_id: expected a string, got {type(voice_id).__name__}"
            )

        _credits_needed_to_convert = src_dict.get("credits_needed_to_convert", UNSET)
        credits_needed_to_convert: int | None | Unset
        if _credits_needed_to_convert is UNSET:
            credits_needed_to_convert = UNSET
        else:
            if not (
                is_json_integer(_credits_needed_to_convert)
                or _credits_needed_to_convert is None
            ):
                raise TypeError(
                    f"credits_needed_to_convert: expected an integer or null, got {type(_credits_needed_to_convert).__name__}"
                )
            credits_needed_to_convert = _credits_needed_to_convert

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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None
