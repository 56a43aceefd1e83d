from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="VoiceCatalogVoices")


@_attrs_define
class VoiceCatalogVoices:
    """The voices of each target language, keyed by language (e.g. af-ZA)."""

    additional_properties: dict[str, list[Voice]] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        voice_catalog_voices = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = []
            _additional_property = prop_dict
            if not isinstance(_additional_property, list):
                raise TypeError(
                    f"AdditionalProperty: expected an array, got {type(_additional_property).__name__}"
                )

            for additional_property_item_data in _additional_property:
                additional_property_item = Voice.from_dict(
                    additional_property_item_data
                )

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        voice_catalog_voices.additional_properties = additional_properties
        return voice_catalog_voices

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[Voice]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[Voice]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    # A map-like model (only additionalProperties): it reads like the dict it is.
    def __len__(self) -> int:
        return len(self.additional_properties)

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def keys(self) -> KeysView[str]:
        return self.additional_properties.keys()

    def values(self) -> ValuesView[list[Voice]]:
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, list[Voice]]:
        return self.additional_properties.items()

    def get(self, key: str, default: list[Voice] | None = None) -> list[Voice] | None:
        return self.additional_properties.get(key, default)


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.voice import Voice  # noqa: E402
