from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ProjectExtendedResponseModelCaptionStyleTemplateOverridesType0")


@_attrs_define
class ProjectExtendedResponseModelCaptionStyleTemplateOverridesType0:
    additional_properties: dict[str, CaptionStyleModel] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_extended_response_model_caption_style_template_overrides_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = CaptionStyleModel.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        project_extended_response_model_caption_style_template_overrides_type_0.additional_properties = additional_properties
        return project_extended_response_model_caption_style_template_overrides_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CaptionStyleModel:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: CaptionStyleModel) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    # A map-like model (only additionalProperties): it reads like the dict it is.
    def __len__(self) -> int:
        return len(self.additional_properties)

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def keys(self) -> KeysView[str]:
        return self.additional_properties.keys()

    def values(self) -> ValuesView[CaptionStyleModel]:
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, CaptionStyleModel]:
        return self.additional_properties.items()

    def get(
        self, key: str, default: CaptionStyleModel | None = None
    ) -> CaptionStyleModel | None:
        return self.additional_properties.get(key, default)


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.caption_style_model import CaptionStyleModel  # noqa: E402
