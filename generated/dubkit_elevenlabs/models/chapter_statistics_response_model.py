from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ChapterStatisticsResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "characters_unconverted",
        "characters_converted",
        "paragraphs_converted",
        "paragraphs_unconverted",
    }
)


@_attrs_define
class ChapterStatisticsResponseModel:
    """
    Example:
        {'characters_converted': 500, 'characters_unconverted': 1000, 'paragraphs_converted': 20,
            'paragraphs_unconverted': 10}

    """

    characters_unconverted: int
    """ The number of unconverted characters. """
    characters_converted: int
    """ The number of converted characters. """
    paragraphs_converted: int
    """ The number of converted paragraphs. """
    paragraphs_unconverted: int
    """ The number of unconverted paragraphs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        characters_unconverted = self.characters_unconverted

        characters_converted = self.characters_converted

        paragraphs_converted = self.paragraphs_converted

        paragraphs_unconverted = self.paragraphs_unconverted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "characters_unconverted": characters_unconverted,
                "characters_converted": characters_converted,
                "paragraphs_converted": paragraphs_converted,
                "paragraphs_unconverted": paragraphs_unconverted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        characters_unconverted = src_dict["characters_unconverted"]
        if not is_json_integer(characters_unconverted):
            raise TypeError(
                f"ChapterStatisticsResponseModel.characters_unconverted: expected an integer, got {type(characters_unconverted).__name__}"
            )

        characters_converted = src_dict["characters_converted"]
        if not is_json_integer(characters_converted):
            raise TypeError(
                f"ChapterStatisticsResponseModel.characters_converted: expected an integer, got {type(characters_converted).__name__}"
            )

        paragraphs_converted = src_dict["paragraphs_converted"]
        if not is_json_integer(paragraphs_converted):
            raise TypeError(
                f"ChapterStatisticsResponseModel.paragraphs_converted: expected an integer, got {type(paragraphs_converted).__name__}"
            )

        paragraphs_unconverted = src_dict["paragraphs_unconverted"]
        if not is_json_integer(paragraphs_unconverted):
            raise TypeError(
                f"ChapterStatisticsResponseModel.paragraphs_unconverted: expected an integer, got {type(paragraphs_unconverted).__name__}"
            )

        chapter_statistics_response_model = cls(
            characters_unconverted=characters_unconverted,
            characters_converted=characters_converted,
            paragraphs_converted=paragraphs_converted,
            paragraphs_unconverted=paragraphs_unconverted,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            chapter_statistics_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return chapter_statistics_response_model

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
