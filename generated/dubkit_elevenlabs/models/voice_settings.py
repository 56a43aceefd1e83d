from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="VoiceSettings")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "cloning_strength",
    }
)


@_attrs_define
class VoiceSettings:
    cloning_strength: int | Unset = 7
    """ How strongly the dubbed speakers clone the source voices, 0 to 10. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cloning_strength = self.cloning_strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cloning_strength is not UNSET:
            field_dict["cloning_strength"] = cloning_strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cloning_strength = src_dict.get("cloning_strength", UNSET)
        if cloning_strength is not UNSET and not is_json_integer(cloning_strength):
            raise TypeError(
                f"VoiceSettings.cloning_strength: expected an integer, got {type(cloning_strength).__name__}"
            )

        voice_settings = cls(
            cloning_strength=cloning_strength,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            voice_settings.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return voice_settings

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
