from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        if not isinstance(src, str):
            raise TypeError(
                f"DubbingMediaReference.src: expected a string, got {type(src).__name__}"
            )

        content_type = src_dict["content_type"]
        if not isinstance(content_type, str):
            raise TypeError(
                f"DubbingMediaReference.content_type: expected a string, got {type(content_type).__name__}"
            )

        bucket_name = src_dict["bucket_name"]
        if not isinstance(bucket_name, str):
            raise TypeError(
                f"DubbingMediaReference.bucket_name: expected a string, got {type(bucket_name).__name__}"
            )

        random_path_slug = src_dict["random_path_slug"]
        if not isinstance(random_path_slug, str):
            raise TypeError(
                f"DubbingMediaReference.random_path_slug: expected a string, got {type(random_path_slug).__name__}"
            )

        duration_secs = src_dict["duration_secs"]
        if not (
            isinstance(duration_secs, float)
            and duration_secs - duration_secs == 0.0
            or type(duration_secs) is int
        ):
            raise TypeError(
                f"DubbingMediaReference.duration_secs: expected a finite number, got {type(duration_secs).__name__}"
            )

        is_audio = src_dict["is_audio"]
        if not isinstance(is_audio, bool):
            raise TypeError(
                f"DubbingMediaReference.is_audio: expected true or false, got {type(is_audio).__name__}"
            )

        url = src_dict["url"]
        if not isinstance(url, str):
            raise TypeError(
                f"DubbingMediaReference.url: expected a string, got {type(url).__name__}"
            )

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
