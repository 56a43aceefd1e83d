from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="DubbingMediaReference")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "src",
        "content_type",
        "bucket_name",
        "random_path_slug",
        "duration_secs",
        "is_audio",
        "url",
    }
)


@_attrs_define
class DubbingMediaReference:
    src: str
    content_type: str
    bucket_name: str
    random_path_slug: str
    duration_secs: float
    is_audio: bool
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src = self.src

        content_type = self.content_type

        bucket_name = self.bucket_name

        random_path_slug = self.random_path_slug

        duration_secs = self.duration_secs

        is_audio = self.is_audio

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "src": src,
                "content_type": content_type,
                "bucket_name": bucket_name,
                "random_path_slug": random_path_slug,
                "duration_secs": duration_secs,
                "is_audio": is_audio,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src = src_dict["src"]

        content_type = src_dict["content_type"]

        bucket_name = src_dict["bucket_name"]

        random_path_slug = src_dict["random_path_slug"]

        duration_secs = src_dict["duration_secs"]

        is_audio = src_dict["is_audio"]

        url = src_dict["url"]

        dubbing_media_reference = cls(
            src=src,
            content_type=content_type,
            bucket_name=bucket_name,
            random_path_slug=random_path_slug,
            duration_secs=duration_secs,
            is_audio=is_audio,
            url=url,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_media_reference.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_media_reference

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
