from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.caption_style_vertical_placement_model_align import (
    CaptionStyleVerticalPlacementModelAlign,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CaptionStyleVerticalPlacementModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "align",
        "translate_pct",
    }
)


@_attrs_define
class CaptionStyleVerticalPlacementModel:
    align: CaptionStyleVerticalPlacementModelAlign
    translate_pct: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        align = self.align.value

        translate_pct = self.translate_pct

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "align": align,
                "translate_pct": translate_pct,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        align = CaptionStyleVerticalPlacementModelAlign._parse(src_dict["align"])

        translate_pct = src_dict["translate_pct"]
        if not (
            isinstance(translate_pct, float)
            and translate_pct - translate_pct == 0.0
            or type(translate_pct) is int
        ):
            raise TypeError(
                f"CaptionStyleVerticalPlacementModel.translate_pct: expected a finite number, got {type(translate_pct).__name__}"
            )

        caption_style_vertical_placement_model = cls(
            align=align,
            translate_pct=translate_pct,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            caption_style_vertical_placement_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return caption_style_vertical_placement_model

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
