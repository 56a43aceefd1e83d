from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_creation_meta_response_model_status import (
    ProjectCreationMetaResponseModelStatus,
)
from ..models.project_creation_meta_response_model_type import (
    ProjectCreationMetaResponseModelType,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ProjectCreationMetaResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "creation_progress",
        "status",
        "type",
    }
)


@_attrs_define
class ProjectCreationMetaResponseModel:
    """
    Example:
        {'creation_progress': 0.5, 'status': 'pending', 'type': 'blank'}

    """

    creation_progress: float
    """ The progress of the project creation. """
    status: ProjectCreationMetaResponseModelStatus
    """ The status of the project creation action. """
    type_: ProjectCreationMetaResponseModelType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation_progress = self.creation_progress

        status = self.status.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creation_progress": creation_progress,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        creation_progress = src_dict["creation_progress"]
        if not (
            isinstance(creation_progress, float)
            and creation_progress - creation_progress == 0.0
            or type(creation_progress) is int
        ):
            raise TypeError(
                f"ProjectCreationMetaResponseModel.creation_progress: expected a finite number, got {type(creation_progress).__name__}"
            )

        status = ProjectCreationMetaResponseModelStatus._parse(src_dict["status"])

        type_ = ProjectCreationMetaResponseModelType._parse(src_dict["type"])

        project_creation_meta_response_model = cls(
            creation_progress=creation_progress,
            status=status,
            type_=type_,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_creation_meta_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_creation_meta_response_model

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
