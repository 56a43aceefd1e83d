from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="PronunciationDictionaryVersionLocatorDBModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "pronunciation_dictionary_id",
        "version_id",
    }
)


@_attrs_define
class PronunciationDictionaryVersionLocatorDBModel:
    pronunciation_dictionary_id: str
    version_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pronunciation_dictionary_id = self.pronunciation_dictionary_id

        version_id: None | str
        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pronunciation_dictionary_id": pronunciation_dictionary_id,
                "version_id": version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        pronunciation_dictionary_id = src_dict["pronunciation_dictionary_id"]
        if not isinstance(pronunciation_dictionary_id, str):
            raise TypeError(
                f"PronunciationDictionaryVersionLocatorDBModel.pronunciation_dictionary_id: expected a string, got {type(pronunciation_dictionary_id).__name__}"
            )

        _version_id = src_dict["version_id"]
        version_id: None | str
        if not (isinstance(_version_id, str) or _version_id is None):
            raise TypeError(
                f"version_id: expected a string or null, got {type(_version_id).__name__}"
            )
        version_id = _version_id

        pronunciation_dictionary_version_locator_db_model = cls(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            version_id=version_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            pronunciation_dictionary_version_locator_db_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return pronunciation_dictionary_version_locator_db_model

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
