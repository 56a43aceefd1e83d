from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="StudioTextStyleShadowModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "enabled",
        "color",
        "opacity",
        "blur",
        "offset_x",
        "offset_y",
    }
)


@_attrs_define
class StudioTextStyleShadowModel:
    enabled: bool
    color: str
    opacity: float
    blur: float
    offset_x: float
    offset_y: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        color = self.color

        opacity = self.opacity

        blur = self.blur

        offset_x = self.offset_x

        offset_y = self.offset_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "color": color,
                "opacity": opacity,
                "blur": blur,
                "offset_x": offset_x,
                "offset_y": offset_y,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled = src_dict["enabled"]

        color = src_dict["color"]

        opacity = src_dict["opacity"]

        blur = src_dict["blur"]

        offset_x = src_dict["offset_x"]

        offset_y = src_dict["offset_y"]

        studio_text_style_shadow_model = cls(
            enabled=enabled,
            color=color,
            opacity=opacity,
            blur=blur,
            offset_x=offset_x,
            offset_y=offset_y,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            studio_text_style_shadow_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return studio_text_style_shadow_model

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
