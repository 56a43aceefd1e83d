from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CharacterAlignmentModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "characters",
        "character_start_times_seconds",
        "character_end_times_seconds",
    }
)


@_attrs_define
class CharacterAlignmentModel:
    characters: list[str]
    character_start_times_seconds: list[float]
    character_end_times_seconds: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        characters = self.characters

        character_start_times_seconds = self.character_start_times_seconds

        character_end_times_seconds = self.character_end_times_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "characters": characters,
                "character_start_times_seconds": character_start_times_seconds,
                "character_end_times_seconds": character_end_times_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _characters = src_dict["characters"]
        if not isinstance(_characters, list):
            raise TypeError(
                f"characters: expected an array, got {type(_characters).__name__}"
            )

        for _item in _characters:
            if not isinstance(_item, str):
                raise TypeError(f"characters: every item must be a string")
        characters = cast(list[str], _characters)

        _character_start_times_seconds = src_dict["character_start_times_seconds"]
        if not isinstance(_character_start_times_seconds, list):
            raise TypeError(
                f"character_start_times_seconds: expected an array, got {type(_character_start_times_seconds).__name__}"
            )

        for _item in _character_start_times_seconds:
            if not (
                isinstance(_item, float) and _item - _item == 0.0 or type(_item) is int
            ):
                raise TypeError(
                    f"character_start_times_seconds: every item must be a finite number"
                )
        character_start_times_seconds = cast(
            list[float], _character_start_times_seconds
        )

        _character_end_times_seconds = src_dict["character_end_times_seconds"]
        if not isinstance(_character_end_times_seconds, list):
            raise TypeError(
                f"character_end_times_seconds: expected an array, got {type(_character_end_times_seconds).__name__}"
            )

        for _item in _character_end_times_seconds:
            if not (
                isinstance(_item, float) and _item - _item == 0.0 or type(_item) is int
            ):
                raise TypeError(
                    f"character_end_times_seconds: every item must be a finite number"
                )
        character_end_times_seconds = cast(list[float], _character_end_times_seconds)

        character_alignment_model = cls(
            characters=characters,
            character_start_times_seconds=character_start_times_seconds,
            character_end_times_seconds=character_end_times_seconds,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            character_alignment_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return character_alignment_model

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
