from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ProjectSnapshotsResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "snapshots",
    }
)


@_attrs_define
class ProjectSnapshotsResponseModel:
    """
    Example:
        {'snapshots': [{'created_at_unix': 1714204800, 'name': 'My Project Snapshot', 'project_id':
            'aw1NgEzBg83R7vgmiJt6', 'project_snapshot_id': 'aw1NgEzBg83R7vgmiJt6'}]}

    """

    snapshots: list[ProjectSnapshotResponseModel]
    """ List of project snapshots. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshots = []
        for snapshots_item_data in self.snapshots:
            snapshots_item = snapshots_item_data.to_dict()
            snapshots.append(snapshots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshots": snapshots,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        snapshots = []
        _snapshots = src_dict["snapshots"]
        if not isinstance(_snapshots, list):
            raise TypeError(
                f"snapshots: expected an array, got {type(_snapshots).__name__}"
            )

        for snapshots_item_data in _snapshots:
            snapshots_item = ProjectSnapshotResponseModel.from_dict(snapshots_item_data)

            snapshots.append(snapshots_item)

        project_snapshots_response_model = cls(
            snapshots=snapshots,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_snapshots_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_snapshots_response_model

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


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.project_snapshot_response_model import ProjectSnapshotResponseModel  # noqa: E402
