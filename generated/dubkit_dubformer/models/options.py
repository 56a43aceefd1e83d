from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="Options")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "source_langs",
        "target_langs",
    }
)


@_attrs_define
class Options:
    source_langs: list[str]
    """ Source languages, without locale. """
    target_langs: list[str]
    """ Target languages, with locale. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_langs = self.source_langs

        target_langs = self.target_langs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_langs": source_langs,
                "target_langs": target_langs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _source_langs = src_dict["source_langs"]
        if not isinstance(_source_langs, list):
            raise TypeError(
                f"source_langs: expected an array, got {type(_source_langs).__name__}"
            )

        for _item in _source_langs:
            if not isinstance(_item, str):
                raise TypeError(f"source_langs: every item must be a string")
        source_langs = cast(list[str], _source_langs)

        _target_langs = src_dict["target_langs"]
        if not isinstance(_target_langs, list):
            raise TypeError(
                f"target_langs: expected an array, got {type(_target_langs).__name__}"
            )

        for _item in _target_langs:
            if not isinstance(_item, str):
                raise TypeError(f"target_langs: every item must be a string")
        target_langs = cast(list[str], _target_langs)

        options = cls(
            source_langs=source_langs,
            target_langs=target_langs,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            options.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return options

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
