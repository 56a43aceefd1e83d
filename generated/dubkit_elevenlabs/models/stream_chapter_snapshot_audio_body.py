from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="StreamChapterSnapshotAudioBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "convert_to_mpeg",
    }
)


@_attrs_define
class StreamChapterSnapshotAudioBody:
    convert_to_mpeg: bool | Unset = False
    """ Whether to convert the audio to mpeg format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convert_to_mpeg = self.convert_to_mpeg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if convert_to_mpeg is not UNSET:
            field_dict["convert_to_mpeg"] = convert_to_mpeg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        convert_to_mpeg = src_dict.get("convert_to_mpeg", UNSET)
        if convert_to_mpeg is not UNSET and not isinstance(convert_to_mpeg, bool):
            raise TypeError(
                f"StreamChapterSnapshotAudioBody.convert_to_mpeg: expected true or false, got {type(convert_to_mpeg).__name__}"
            )

        stream_chapter_snapshot_audio_body = cls(
            convert_to_mpeg=convert_to_mpeg,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            stream_chapter_snapshot_audio_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return stream_chapter_snapshot_audio_body

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
