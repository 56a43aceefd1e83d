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

T = TypeVar("T", bound="VoicesNotPermittedWarning")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "speaker_ids",
        "message",
    }
)


@_attrs_define
class VoicesNotPermittedWarning:
    type_: Literal["voices_not_permitted"]
    """ Identifies this warning; branch on it to read the fields below. """
    speaker_ids: list[str]
    """ Speakers whose voices were not permitted for cloning. The dub used a replacement voice for each of them; the
    rest of the speakers are unaffected. """
    message: str
    """ Human-readable description of the warning, for display. The wording may change at any time; branch on `type`
    instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        speaker_ids = self.speaker_ids

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "speaker_ids": speaker_ids,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = cast(Literal["voices_not_permitted"], src_dict["type"])
        if type_ != "voices_not_permitted":
            raise ValueError(
                f"type must match const 'voices_not_permitted', got '{type_}'"
            )

        _speaker_ids = src_dict["speaker_ids"]
        if not isinstance(_speaker_ids, list):
            raise TypeError(
                f"speaker_ids: expected an array, got {type(_speaker_ids).__name__}"
            )

        for _item in _speaker_ids:
            if not isinstance(_item, str):
                raise TypeError(f"speaker_ids: every item must be a string")
        speaker_ids = cast(list[str], _speaker_ids)

        message = src_dict["message"]
        if not isinstance(message, str):
            raise TypeError(
                f"VoicesNotPermittedWarning.message: expected a string, got {type(message).__name__}"
            )

        voices_not_permitted_warning = cls(
            type_=type_,
            speaker_ids=speaker_ids,
            message=message,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            voices_not_permitted_warning.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return voices_not_permitted_warning

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
