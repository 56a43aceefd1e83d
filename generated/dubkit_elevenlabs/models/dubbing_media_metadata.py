from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingMediaMetadata")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "content_type",
        "duration",
    }
)


@_attrs_define
class DubbingMediaMetadata:
    content_type: str
    """ The content type of the media. """
    duration: float
    """ The duration of the media in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        content_type = src_dict["content_type"]
        if not isinstance(content_type, str):
            raise TypeError(
                f"DubbingMediaMetadata.content_type: expected a string, got {type(content_type).__name__}"
            )

        duration = src_dict["duration"]
        if not (
            isinstance(duration, float)
            and duration - duration == 0.0
            or type(duration) is int
        ):
            raise TypeError(
                f"DubbingMediaMetadata.duration: expected a finite number, got {type(duration).__name__}"
            )

        dubbing_media_metadata = cls(
            content_type=content_type,
            duration=duration,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_media_metadata.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_media_metadata

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
