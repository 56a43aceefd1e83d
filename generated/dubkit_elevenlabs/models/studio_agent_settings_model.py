from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="StudioAgentSettingsModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "tool_settings",
    }
)


@_attrs_define
class StudioAgentSettingsModel:
    tool_settings: StudioAgentSettingsModelToolSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_settings, Unset):
            tool_settings = self.tool_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_settings is not UNSET:
            field_dict["tool_settings"] = tool_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _tool_settings = src_dict.get("tool_settings", UNSET)
        tool_settings: StudioAgentSettingsModelToolSettings | Unset
        if isinstance(_tool_settings, Unset):
            tool_settings = UNSET
        else:
            tool_settings = StudioAgentSettingsModelToolSettings.from_dict(
                _tool_settings
            )

        studio_agent_settings_model = cls(
            tool_settings=tool_settings,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            studio_agent_settings_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return studio_agent_settings_model

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
from ..models.studio_agent_settings_model_tool_settings import (
    StudioAgentSettingsModelToolSettings,  # noqa: E402
)
