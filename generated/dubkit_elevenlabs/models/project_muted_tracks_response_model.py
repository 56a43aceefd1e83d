from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ProjectMutedTracksResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "chapter_ids",
    }
)


@_attrs_define
class ProjectMutedTracksResponseModel:
    """
    Example:
        {'chapter_ids': ['aw1NgEzBg83R7vgmiJt6']}

    """

    chapter_ids: list[str]
    """ List of chapter IDs that have muted tracks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chapter_ids = self.chapter_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chapter_ids": chapter_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _chapter_ids = src_dict["chapter_ids"]
        if not isinstance(_chapter_ids, list):
            raise TypeError(
                f"chapter_ids: expected an array, got {type(_chapter_ids).__name__}"
            )

        for _item in _chapter_ids:
            if not isinstance(_item, str):
                raise TypeError(f"chapter_ids: every item must be a string")
        chapter_ids = cast(list[str], _chapter_ids)

        project_muted_tracks_response_model = cls(
            chapter_ids=chapter_ids,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_muted_tracks_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_muted_tracks_response_model

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
