from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        if not isinstance(enabled, bool):
            raise TypeError(
                f"StudioTextStyleShadowModel.enabled: expected true or false, got {type(enabled).__name__}"
            )

        color = src_dict["color"]
        if not isinstance(color, str):
            raise TypeError(
                f"StudioTextStyleShadowModel.color: expected a string, got {type(color).__name__}"
            )

        opacity = src_dict["opacity"]
        if not (
            isinstance(opacity, float)
            and opacity - opacity == 0.0
            or type(opacity) is int
        ):
            raise TypeError(
                f"StudioTextStyleShadowModel.opacity: expected a finite number, got {type(opacity).__name__}"
            )

        blur = src_dict["blur"]
        if not (isinstance(blur, float) and blur - blur == 0.0 or type(blur) is int):
            raise TypeError(
                f"StudioTextStyleShadowModel.blur: expected a finite number, got {type(blur).__name__}"
            )

        offset_x = src_dict["offset_x"]
        if not (
            isinstance(offset_x, float)
            and offset_x - offset_x == 0.0
            or type(offset_x) is int
        ):
            raise TypeError(
                f"StudioTextStyleShadowModel.offset_x: expected a finite number, got {type(offset_x).__name__}"
            )

        offset_y = src_dict["offset_y"]
        if not (
            isinstance(offset_y, float)
            and offset_y - offset_y == 0.0
            or type(offset_y) is int
        ):
            raise TypeError(
                f"StudioTextStyleShadowModel.offset_y: expected a finite number, got {type(offset_y).__name__}"
            )

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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None
