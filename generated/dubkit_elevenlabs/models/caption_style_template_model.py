from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CaptionStyleTemplateModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "key",
        "label",
        "requires_high_fps",
    }
)


@_attrs_define
class CaptionStyleTemplateModel:
    key: str
    label: str
    requires_high_fps: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        requires_high_fps = self.requires_high_fps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
            }
        )
        if requires_high_fps is not UNSET:
            field_dict["requires_high_fps"] = requires_high_fps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        key = src_dict["key"]
        if not isinstance(key, str):
            raise TypeError(
                f"CaptionStyleTemplateModel.key: expected a string, got {type(key).__name__}"
            )

        label = src_dict["label"]
        if not isinstance(label, str):
            raise TypeError(
                f"CaptionStyleTemplateModel.label: expected a string, got {type(label).__name__}"
            )

        requires_high_fps = src_dict.get("requires_high_fps", UNSET)
        if requires_high_fps is not UNSET and not isinstance(requires_high_fps, bool):
            raise TypeError(
                f"CaptionStyleTemplateModel.requires_high_fps: expected true or false, got {type(requires_high_fps).__name__}"
            )

        caption_style_template_model = cls(
            key=key,
            label=label,
            requires_high_fps=requires_high_fps,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            caption_style_template_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return caption_style_template_model

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
