from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingLanguageListResponse")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "languages",
        "next_cursor",
    }
)


@_attrs_define
class DubbingLanguageListResponse:
    languages: list[DubbingLanguageResponse]
    """ The page of language targets for the project. """
    next_cursor: None | str | Unset = UNSET
    """ Cursor for the next page, or null when there are no more results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        languages = []
        for languages_item_data in self.languages:
            languages_item = languages_item_data.to_dict()
            languages.append(languages_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "languages": languages,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        languages = []
        _languages = src_dict["languages"]
        if not isinstance(_languages, list):
            raise TypeError(
                f"languages: expected an array, got {type(_languages).__name__}"
            )

        for languages_item_data in _languages:
            languages_item = DubbingLanguageResponse.from_dict(languages_item_data)

            languages.append(languages_item)

        _next_cursor = src_dict.get("next_cursor", UNSET)
        next_cursor: None | str | Unset
        if _next_cursor is UNSET:
            next_cursor = UNSET
        else:
            if not (isinstance(_next_cursor, str) or _next_cursor is None):
                raise TypeError(
                    f"next_cursor: expected a string or null, got {type(_next_cursor).__name__}"
                )
            next_cursor = _next_cursor

        dubbing_language_list_response = cls(
            languages=languages,
            next_cursor=next_cursor,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_language_list_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_language_list_response

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
from ..models.dubbing_language_response import DubbingLanguageResponse  # noqa: E402
