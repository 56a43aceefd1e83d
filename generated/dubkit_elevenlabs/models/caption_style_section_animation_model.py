from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caption_style_section_animation_model_enter_type import (
    CaptionStyleSectionAnimationModelEnterType,
)
from ..models.caption_style_section_animation_model_exit_type import (
    CaptionStyleSectionAnimationModelExitType,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CaptionStyleSectionAnimationModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "enter_type",
        "exit_type",
    }
)


@_attrs_define
class CaptionStyleSectionAnimationModel:
    enter_type: CaptionStyleSectionAnimationModelEnterType
    exit_type: CaptionStyleSectionAnimationModelExitType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enter_type = self.enter_type.value

        exit_type = self.exit_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enter_type": enter_type,
                "exit_type": exit_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enter_type = CaptionStyleSectionAnimationModelEnterType._parse(
            src_dict["enter_type"]
        )

        exit_type = CaptionStyleSectionAnimationModelExitType._parse(
            src_dict["exit_type"]
        )

        caption_style_section_animation_model = cls(
            enter_type=enter_type,
            exit_type=exit_type,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            caption_style_section_animation_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return caption_style_section_animation_model

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
