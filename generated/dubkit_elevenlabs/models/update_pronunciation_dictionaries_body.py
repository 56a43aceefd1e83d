from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="UpdatePronunciationDictionariesBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "pronunciation_dictionary_locators",
        "invalidate_affected_text",
    }
)


@_attrs_define
class UpdatePronunciationDictionariesBody:
    pronunciation_dictionary_locators: list[
        PronunciationDictionaryVersionLocatorDBModel
    ]
    """ A list of pronunciation dictionary locators (pronunciation_dictionary_id, version_id) encoded as a list of
    JSON strings for pronunciation dictionaries to be applied to the text. A list of json encoded strings is
    required as adding projects may occur through formData as opposed to jsonBody. To specify multiple dictionaries
    use multiple --form lines in your curl, such as --form
    'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
    d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
    'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
    WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'. """
    invalidate_affected_text: bool | Unset = True
    """ This will automatically mark text in this project for reconversion when the new dictionary applies or the
    old one no longer does. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pronunciation_dictionary_locators = []
        for (
            pronunciation_dictionary_locators_item_data
        ) in self.pronunciation_dictionary_locators:
            pronunciation_dictionary_locators_item = (
                pronunciation_dictionary_locators_item_data.to_dict()
            )
            pronunciation_dictionary_locators.append(
                pronunciation_dictionary_locators_item
            )

        invalidate_affected_text = self.invalidate_affected_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pronunciation_dictionary_locators": pronunciation_dictionary_locators,
            }
        )
        if invalidate_affected_text is not UNSET:
            field_dict["invalidate_affected_text"] = invalidate_affected_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        pronunciation_dictionary_locators = []
        _pronunciation_dictionary_locators = src_dict[
            "pronunciation_dictionary_locators"
        ]
        if not isinstance(_pronunciation_dictionary_locators, list):
            raise TypeError(
                f"pronunciation_dictionary_locators: expected an array, got {type(_pronunciation_dictionary_locators).__name__}"
            )

        for (
            pronunciation_dictionary_locators_item_data
        ) in _pronunciation_dictionary_locators:
            pronunciation_dictionary_locators_item = (
                PronunciationDictionaryVersionLocatorDBModel.from_dict(
                    pronunciation_dictionary_locators_item_data
                )
            )

            pronunciation_dictionary_locators.append(
                pronunciation_dictionary_locators_item
            )

        invalidate_affected_text = src_dict.get("invalidate_affected_text", UNSET)
        if invalidate_affected_text is not UNSET and not isinstance(
            invalidate_affected_text, bool
        ):
            raise TypeError(
                f"UpdatePronunciationDictionariesBody.invalidate_affected_text: expected true or false, got {type(invalidate_affected_text).__name__}"
            )

        update_pronunciation_dictionaries_body = cls(
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            invalidate_affected_text=invalidate_affected_text,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            update_pronunciation_dictionaries_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return update_pronunciation_dictionaries_body

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
from ..models.pronunciation_dictionary_version_locator_db_model import (
    PronunciationDictionaryVersionLocatorDBModel,  # noqa: E402
)
