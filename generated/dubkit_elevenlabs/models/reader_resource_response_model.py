from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reader_resource_response_model_resource_type import (
    ReaderResourceResponseModelResourceType,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ReaderResourceResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "resource_type",
        "resource_id",
    }
)


@_attrs_define
class ReaderResourceResponseModel:
    """
    Example:
        {'resource_id': 'FCwhRBWXzGAHq8TQ4Fs18', 'resource_type': 'read'}

    """

    resource_type: ReaderResourceResponseModelResourceType
    """ The type of resource. """
    resource_id: str
    """ The ID of the resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type = self.resource_type.value

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_type": resource_type,
                "resource_id": resource_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        resource_type = ReaderResourceResponseModelResourceType._parse(
            src_dict["resource_type"]
        )

        resource_id = src_dict["resource_id"]
        if not isinstance(resource_id, str):
            raise TypeError(
                f"ReaderResourceResponseModel.resource_id: expected a string, got {type(resource_id).__name__}"
            )

        reader_resource_response_model = cls(
            resource_type=resource_type,
            resource_id=resource_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            reader_resource_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return reader_resource_response_model

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
