from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="PodcastConversationModeData")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "host_voice_id",
        "guest_voice_id",
    }
)


@_attrs_define
class PodcastConversationModeData:
    """
    Example:
        {'guest_voice_id': 'aw1NgEzBg83R7vgmiJt7', 'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}

    """

    host_voice_id: str
    """ The ID of the host voice. """
    guest_voice_id: str
    """ The ID of the guest voice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_voice_id = self.host_voice_id

        guest_voice_id = self.guest_voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host_voice_id": host_voice_id,
                "guest_voice_id": guest_voice_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        host_voice_id = src_dict["host_voice_id"]
        if not isinstance(host_voice_id, str):
            raise TypeError(
                f"PodcastConversationModeData.host_voice_id: expected a string, got {type(host_voice_id).__name__}"
            )

        guest_voice_id = src_dict["guest_voice_id"]
        if not isinstance(guest_voice_id, str):
            raise TypeError(
                f"PodcastConversationModeData.guest_voice_id: expected a string, got {type(guest_voice_id).__name__}"
            )

        podcast_conversation_mode_data = cls(
            host_voice_id=host_voice_id,
            guest_voice_id=guest_voice_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            podcast_conversation_mode_data.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return podcast_conversation_mode_data

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
