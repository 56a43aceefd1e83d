from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CanvasPlacement")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "x_relative",
        "y_relative",
        "scale_x",
        "scale_y",
        "pivot_x",
        "pivot_y",
        "skew_x",
        "skew_y",
        "crop_top",
        "crop_right",
        "crop_bottom",
        "crop_left",
        "flip_x",
        "flip_y",
    }
)


@_attrs_define
class CanvasPlacement:
    """Defines asset positioning and transformation on canvas."""

    x_relative: float | Unset = 0.5
    y_relative: float | Unset = 0.5
    scale_x: float | Unset = 1.0
    scale_y: float | Unset = 1.0
    pivot_x: float | Unset = 0.0
    pivot_y: float | Unset = 0.0
    skew_x: float | Unset = 0.0
    skew_y: float | Unset = 0.0
    crop_top: float | Unset = 0.0
    crop_right: float | Unset = 0.0
    crop_bottom: float | Unset = 0.0
    crop_left: float | Unset = 0.0
    flip_x: bool | Unset = False
    flip_y: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_relative = self.x_relative

        y_relative = self.y_relative

        scale_x = self.scale_x

        scale_y = self.scale_y

        pivot_x = self.pivot_x

        pivot_y = self.pivot_y

        skew_x = self.skew_x

        skew_y = self.skew_y

        crop_top = self.crop_top

        crop_right = self.crop_right

        crop_bottom = self.crop_bottom

        crop_left = self.crop_left

        flip_x = self.flip_x

        flip_y = self.flip_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x_relative is not UNSET:
            field_dict["x_relative"] = x_relative
        if y_relative is not UNSET:
            field_dict["y_relative"] = y_relative
        if scale_x is not UNSET:
            field_dict["scale_x"] = scale_x
        if scale_y is not UNSET:
            field_dict["scale_y"] = scale_y
        if pivot_x is not UNSET:
            field_dict["pivot_x"] = pivot_x
        if pivot_y is not UNSET:
            field_dict["pivot_y"] = pivot_y
        if skew_x is not UNSET:
            field_dict["skew_x"] = skew_x
        if skew_y is not UNSET:
            field_dict["skew_y"] = skew_y
        if crop_top is not UNSET:
            field_dict["crop_top"] = crop_top
        if crop_right is not UNSET:
            field_dict["crop_right"] = crop_right
        if crop_bottom is not UNSET:
            field_dict["crop_bottom"] = crop_bottom
        if crop_left is not UNSET:
            field_dict["crop_left"] = crop_left
        if flip_x is not UNSET:
            field_dict["flip_x"] = flip_x
        if flip_y is not UNSET:
            field_dict["flip_y"] = flip_y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        x_relative = src_dict.get("x_relative", UNSET)
        if x_relative is not UNSET and not (
            isinstance(x_relative, float)
            and x_relative - x_relative == 0.0
            or type(x_relative) is int
        ):
            raise TypeError(
                f"CanvasPlacement.x_relative: expected a finite number, got {type(x_relative).__name__}"
            )

        y_relative = src_dict.get("y_relative", UNSET)
        if y_relative is not UNSET and not (
            isinstance(y_relative, float)
            and y_relative - y_relative == 0.0
            or type(y_relative) is int
        ):
            raise TypeError(
                f"CanvasPlacement.y_relative: expected a finite number, got {type(y_relative).__name__}"
            )

        scale_x = src_dict.get("scale_x", UNSET)
        if scale_x is not UNSET and not (
            isinstance(scale_x, float)
            and scale_x - scale_x == 0.0
            or type(scale_x) is int
        ):
            raise TypeError(
                f"CanvasPlacement.scale_x: expected a finite number, got {type(scale_x).__name__}"
            )

        scale_y = src_dict.get("scale_y", UNSET)
        if scale_y is not UNSET and not (
            isinstance(scale_y, float)
            and scale_y - scale_y == 0.0
            or type(scale_y) is int
        ):
            raise TypeError(
                f"CanvasPlacement.scale_y: expected a finite number, got {type(scale_y).__name__}"
            )

        pivot_x = src_dict.get("pivot_x", UNSET)
        if pivot_x is not UNSET and not (
            isinstance(pivot_x, float)
            and pivot_x - pivot_x == 0.0
            or type(pivot_x) is int
        ):
            raise TypeError(
                f"CanvasPlacement.pivot_x: expected a finite number, got {type(pivot_x).__name__}"
            )

        pivot_y = src_dict.get("pivot_y", UNSET)
        if pivot_y is not UNSET and not (
            isinstance(pivot_y, float)
            and pivot_y - pivot_y == 0.0
            or type(pivot_y) is int
        ):
            raise TypeError(
                f"CanvasPlacement.pivot_y: expected a finite number, got {type(pivot_y).__name__}"
            )

        skew_x = src_dict.get("skew_x", UNSET)
        if skew_x is not UNSET and not (
            isinstance(skew_x, float) and skew_x - skew_x == 0.0 or type(skew_x) is int
        ):
            raise TypeError(
                f"CanvasPlacement.skew_x: expected a finite number, got {type(skew_x).__name__}"
            )

        skew_y = src_dict.get("skew_y", UNSET)
        if skew_y is not UNSET and not (
            isinstance(skew_y, float) and skew_y - skew_y == 0.0 or type(skew_y) is int
        ):
            raise TypeError(
                f"CanvasPlacement.skew_y: expected a finite number, got {type(skew_y).__name__}"
            )

        crop_top = src_dict.get("crop_top", UNSET)
        if crop_top is not UNSET and not (
            isinstance(crop_top, float)
            and crop_top - crop_top == 0.0
            or type(crop_top) is int
        ):
            raise TypeError(
                f"CanvasPlacement.crop_top: expected a finite number, got {type(crop_top).__name__}"
            )

        crop_right = src_dict.get("crop_right", UNSET)
        if crop_right is not UNSET and not (
            isinstance(crop_right, float)
            and crop_right - crop_right == 0.0
            or type(crop_right) is int
        ):
            raise TypeError(
                f"CanvasPlacement.crop_right: expected a finite number, got {type(crop_right).__name__}"
            )

        crop_bottom = src_dict.get("crop_bottom", UNSET)
        if crop_bottom is not UNSET and not (
            isinstance(crop_bottom, float)
            and crop_bottom - crop_bottom == 0.0
            or type(crop_bottom) is int
        ):
            raise TypeError(
                f"CanvasPlacement.crop_bottom: expected a finite number, got {type(crop_bottom).__name__}"
            )

        crop_left = src_dict.get("crop_left", UNSET)
        if crop_left is not UNSET and not (
            isinstance(crop_left, float)
            and crop_left - crop_left == 0.0
            or type(crop_left) is int
        ):
            raise TypeError(
                f"CanvasPlacement.crop_left: expected a finite number, got {type(crop_left).__name__}"
            )

        flip_x = src_dict.get("flip_x", UNSET)
        if flip_x is not UNSET and not isinstance(flip_x, bool):
            raise TypeError(
                f"CanvasPlacement.flip_x: expected true or false, got {type(flip_x).__name__}"
            )

        flip_y = src_dict.get("flip_y", UNSET)
        if flip_y is not UNSET and not isinstance(flip_y, bool):
            raise TypeError(
                f"CanvasPlacement.flip_y: expected true or false, got {type(flip_y).__name__}"
            )

        canvas_placement = cls(
            x_relative=x_relative,
            y_relative=y_relative,
            scale_x=scale_x,
            scale_y=scale_y,
            pivot_x=pivot_x,
            pivot_y=pivot_y,
            skew_x=skew_x,
            skew_y=skew_y,
            crop_top=crop_top,
            crop_right=crop_right,
            crop_bottom=crop_bottom,
            crop_left=crop_left,
            flip_x=flip_x,
            flip_y=flip_y,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            canvas_placement.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return canvas_placement

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
