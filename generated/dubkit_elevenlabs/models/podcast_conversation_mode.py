from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generator,
    Literal,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="PodcastConversationMode")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "conversation",
    }
)


@_attrs_define
class PodcastConversationMode:
    """
    Example:
        {'conversation': {'guest_voice_id': 'aw1NgEzBg83R7vgmiJt7', 'host_voice_id': 'aw1NgEzBg83R7vgmiJt6'}, 'type':
            'conversation'}

    """

    type_: Literal["conversation"]
    """ The type of podcast to create. """
    conversation: PodcastConversationModeData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        conversation = self.conversation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "conversation": conversation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = cast(Literal["conversation"], src_dict["type"])
        if type_ != "conversation":
            raise ValueError(f"type must match const 'conversation', got '{type_}'")

        conversation = PodcastConversationModeData.from_dict(src_dict["conversation"])

        podcast_conversation_mode = cls(
            type_=type_,
            conversation=conversation,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            podcast_conversation_mode.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return podcast_conversation_mode

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
from ..models.podcast_conversation_mode_data import PodcastConversationModeData  # noqa: E402
