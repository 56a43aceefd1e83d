from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ValidationError")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "loc",
        "msg",
        "type",
    }
)


@_attrs_define
class ValidationError:
    loc: list[int | str]
    msg: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        loc = []
        _loc = src_dict["loc"]
        if not isinstance(_loc, list):
            raise TypeError(f"loc: expected an array, got {type(_loc).__name__}")

        for loc_item_data in _loc:
            _loc_item = loc_item_data
            loc_item: int | str
            if not (isinstance(_loc_item, str) or is_json_integer(_loc_item)):
                raise TypeError(
                    f"loc_item: expected a string or an integer, got {type(_loc_item).__name__}"
                )
            loc_item = _loc_item

            loc.append(loc_item)

        msg = src_dict["msg"]
        if not isinstance(msg, str):
            raise TypeError(
                f"ValidationError.msg: expected a string, got {type(msg).__name__}"
            )

        type_ = src_dict["type"]
        if not isinstance(type_, str):
            raise TypeError(
                f"ValidationError.type: expected a string, got {type(type_).__name__}"
            )

        validation_error = cls(
            loc=loc,
            msg=msg,
            type_=type_,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            validation_error.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return validation_error

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
