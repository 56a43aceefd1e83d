from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="DubbingSourceMediaInfo")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "filename",
        "duration_s",
        "has_video",
        "mime_type",
    }
)


@_attrs_define
class DubbingSourceMediaInfo:
    """Metadata about the project's source media."""

    filename: None | str | Unset = UNSET
    """ Original filename of the uploaded source media (null for URL sources). """
    duration_s: float | None | Unset = UNSET
    """ Duration of the source media in seconds. """
    has_video: bool | None | Unset = UNSET
    """ Whether the source media contains a video stream. """
    mime_type: None | str | Unset = UNSET
    """ MIME type of the uploaded source media. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        duration_s: float | None | Unset
        if isinstance(self.duration_s, Unset):
            duration_s = UNSET
        else:
            duration_s = self.duration_s

        has_video: bool | None | Unset
        if isinstance(self.has_video, Unset):
            has_video = UNSET
        else:
            has_video = self.has_video

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filename is not UNSET:
            field_dict["filename"] = filename
        if duration_s is not UNSET:
            field_dict["duration_s"] = duration_s
        if has_video is not UNSET:
            field_dict["has_video"] = has_video
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        filename: None | str | Unset = src_dict.get("filename", UNSET)

        duration_s: float | None | Unset = src_dict.get("duration_s", UNSET)

        has_video: bool | None | Unset = src_dict.get("has_video", UNSET)

        mime_type: None | str | Unset = src_dict.get("mime_type", UNSET)

        dubbing_source_media_info = cls(
            filename=filename,
            duration_s=duration_s,
            has_video=has_video,
            mime_type=mime_type,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_source_media_info.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_source_media_info

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
