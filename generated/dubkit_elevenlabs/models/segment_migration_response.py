from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="SegmentMigrationResponse")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "version",
    }
)


@_attrs_define
class SegmentMigrationResponse:
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        version = src_dict["version"]
        if not is_json_integer(version):
            raise TypeError(
                f"SegmentMigrationResponse.version: expected an integer, got {type(version).__name__}"
            )

        segment_migration_response = cls(
            version=version,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            segment_migration_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return segment_migration_response

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
