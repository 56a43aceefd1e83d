from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ProjectVideoThumbnailSheetResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "start_thumbnail_index",
        "thumbnail_count",
        "signed_cloud_url",
    }
)


@_attrs_define
class ProjectVideoThumbnailSheetResponseModel:
    start_thumbnail_index: int
    thumbnail_count: int
    signed_cloud_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_thumbnail_index = self.start_thumbnail_index

        thumbnail_count = self.thumbnail_count

        signed_cloud_url = self.signed_cloud_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_thumbnail_index": start_thumbnail_index,
                "thumbnail_count": thumbnail_count,
                "signed_cloud_url": signed_cloud_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start_thumbnail_index = src_dict["start_thumbnail_index"]
        if not is_json_integer(start_thumbnail_index):
            raise TypeError(
                f"ProjectVideoThumbnailSheetResponseModel.start_thumbnail_index: expected an integer, got {type(start_thumbnail_index).__name__}"
            )

        thumbnail_count = src_dict["thumbnail_count"]
        if not is_json_integer(thumbnail_count):
            raise TypeError(
                f"ProjectVideoThumbnailSheetResponseModel.thumbnail_count: expected an integer, got {type(thumbnail_count).__name__}"
            )

        signed_cloud_url = src_dict["signed_cloud_url"]
        if not isinstance(signed_cloud_url, str):
            raise TypeError(
                f"ProjectVideoThumbnailSheetResponseModel.signed_cloud_url: expected a string, got {type(signed_cloud_url).__name__}"
            )

        project_video_thumbnail_sheet_response_model = cls(
            start_thumbnail_index=start_thumbnail_index,
            thumbnail_count=thumbnail_count,
            signed_cloud_url=signed_cloud_url,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_video_thumbnail_sheet_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_video_thumbnail_sheet_response_model

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
