from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingMetadataPageResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "dubs",
        "next_cursor",
        "has_more",
    }
)


@_attrs_define
class DubbingMetadataPageResponseModel:
    dubs: list[DubbingMetadataResponse]
    next_cursor: None | str
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dubs = []
        for dubs_item_data in self.dubs:
            dubs_item = dubs_item_data.to_dict()
            dubs.append(dubs_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dubs": dubs,
                "next_cursor": next_cursor,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        dubs = []
        _dubs = src_dict["dubs"]
        if not isinstance(_dubs, list):
            raise TypeError(f"dubs: expected an array, got {type(_dubs).__name__}")

        for dubs_item_data in _dubs:
            dubs_item = DubbingMetadataResponse.from_dict(dubs_item_data)

            dubs.append(dubs_item)

        _next_cursor = src_dict["next_cursor"]
        next_cursor: None | str
        if not (isinstance(_next_cursor, str) or _next_cursor is None):
            raise TypeError(
                f"next_cursor: expected a string or null, got {type(_next_cursor).__name__}"
            )
        next_cursor = _next_cursor

        has_more = src_dict["has_more"]
        if not isinstance(has_more, bool):
            raise TypeError(
                f"DubbingMetadataPageResponseModel.has_more: expected true or false, got {type(has_more).__name__}"
            )

        dubbing_metadata_page_response_model = cls(
            dubs=dubs,
            next_cursor=next_cursor,
            has_more=has_more,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_metadata_page_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_metadata_page_response_model

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


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.dubbing_metadata_response import DubbingMetadataResponse  # noqa: E402
