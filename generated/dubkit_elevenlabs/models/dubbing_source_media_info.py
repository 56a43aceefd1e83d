from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        _filename = src_dict.get("filename", UNSET)
        filename: None | str | Unset
        if _filename is UNSET:
            filename = UNSET
        else:
            if not (isinstance(_filename, str) or _filename is None):
                raise TypeError(
                    f"filename: expected a string or null, got {type(_filename).__name__}"
                )
            filename = _filename

        _duration_s = src_dict.get("duration_s", UNSET)
        duration_s: float | None | Unset
        if _duration_s is UNSET:
            duration_s = UNSET
        else:
            if not (
                (
                    isinstance(_duration_s, float)
                    and _duration_s - _duration_s == 0.0
                    or type(_duration_s) is int
                )
                or _duration_s is None
            ):
                raise TypeError(
                    f"duration_s: expected a finite number or null, got {type(_duration_s).__name__}"
                )
            duration_s = _duration_s

        _has_video = src_dict.get("has_video", UNSET)
        has_video: bool | None | Unset
        if _has_video is UNSET:
            has_video = UNSET
        else:
            if not (isinstance(_has_video, bool) or _has_video is None):
                raise TypeError(
                    f"has_video: expected true or false or null, got {type(_has_video).__name__}"
                )
            has_video = _has_video

        _mime_type = src_dict.get("mime_type", UNSET)
        mime_type: None | str | Unset
        if _mime_type is UNSET:
            mime_type = UNSET
        else:
            if not (isinstance(_mime_type, str) or _mime_type is None):
                raise TypeError(
                    f"mime_type: expected a string or null, got {type(_mime_type).__name__}"
                )
            mime_type = _mime_type

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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None
