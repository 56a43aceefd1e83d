from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ChapterSnapshotResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "chapter_snapshot_id",
        "project_id",
        "chapter_id",
        "created_at_unix",
        "name",
    }
)


@_attrs_define
class ChapterSnapshotResponseModel:
    """
    Example:
        {'chapter_id': 'aw1NgEzBg83R7vgmiJt3', 'chapter_snapshot_id': 'aw1NgEzBg83R7vgmiJt1', 'created_at_unix':
            1714204800, 'name': 'My Chapter Snapshot', 'project_id': 'aw1NgEzBg83R7vgmiJt2'}

    """

    chapter_snapshot_id: str
    """ The ID of the chapter snapshot. """
    project_id: str
    """ The ID of the project. """
    chapter_id: str
    """ The ID of the chapter. """
    created_at_unix: int
    """ The creation date of the chapter snapshot. """
    name: str
    """ The name of the chapter snapshot. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chapter_snapshot_id = self.chapter_snapshot_id

        project_id = self.project_id

        chapter_id = self.chapter_id

        created_at_unix = self.created_at_unix

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chapter_snapshot_id": chapter_snapshot_id,
                "project_id": project_id,
                "chapter_id": chapter_id,
                "created_at_unix": created_at_unix,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        chapter_snapshot_id = src_dict["chapter_snapshot_id"]
        if not isinstance(chapter_snapshot_id, str):
            raise TypeError(
                f"ChapterSnapshotResponseModel.chapter_snapshot_id: expected a string, got {type(chapter_snapshot_id).__name__}"
            )

        project_id = src_dict["project_id"]
        if not isinstance(project_id, str):
            raise TypeError(
                f"ChapterSnapshotResponseModel.project_id: expected a string, got {type(project_id).__name__}"
            )

        chapter_id = src_dict["chapter_id"]
        if not isinstance(chapter_id, str):
            raise TypeError(
                f"ChapterSnapshotResponseModel.chapter_id: expected a string, got {type(chapter_id).__name__}"
            )

        created_at_unix = src_dict["created_at_unix"]
        if not is_json_integer(created_at_unix):
            raise TypeError(
                f"ChapterSnapshotResponseModel.created_at_unix: expected an integer, got {type(created_at_unix).__name__}"
            )

        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(
                f"ChapterSnapshotResponseModel.name: expected a string, got {type(name).__name__}"
            )

        chapter_snapshot_response_model = cls(
            chapter_snapshot_id=chapter_snapshot_id,
            project_id=project_id,
            chapter_id=chapter_id,
            created_at_unix=created_at_unix,
            name=name,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            chapter_snapshot_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return chapter_snapshot_response_model

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
