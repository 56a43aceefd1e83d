from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_status import ProjectStatus
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ProjectSummary")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "project_id",
        "status",
        "source_lang",
        "target_lang",
        "cost_minutes",
        "created_date",
        "name",
    }
)


@_attrs_define
class ProjectSummary:
    """A project as the list of projects shows it."""

    project_id: str
    status: ProjectStatus | str
    """ A project status as the server reports it; a status added later arrives as a plain string. """
    source_lang: str
    target_lang: str
    cost_minutes: float
    created_date: datetime.datetime
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        status: str
        if isinstance(self.status, ProjectStatus):
            status = self.status.value
        else:
            status = self.status

        source_lang = self.source_lang

        target_lang = self.target_lang

        cost_minutes = self.cost_minutes

        created_date = self.created_date.isoformat()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "status": status,
                "source_lang": source_lang,
                "target_lang": target_lang,
                "cost_minutes": cost_minutes,
                "created_date": created_date,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id = src_dict["project_id"]
        if not isinstance(project_id, str):
            raise TypeError(
                f"ProjectSummary.project_id: expected a string, got {type(project_id).__name__}"
            )

        _status = src_dict["status"]
        status: ProjectStatus | str
        try:
            if not isinstance(_status, str):
                raise TypeError()
            componentsschemas_project_status_value_type_0 = ProjectStatus(_status)
            status = componentsschemas_project_status_value_type_0

        except (TypeError, ValueError, AttributeError, KeyError):
            if not (isinstance(_status, str)):
                raise TypeError(
                    f"status: expected one of the spec's values or a string, got {type(_status).__name__}"
                )
            status = _status

        source_lang = src_dict["source_lang"]
        if not isinstance(source_lang, str):
            raise TypeError(
                f"ProjectSummary.source_lang: expected a string, got {type(source_lang).__name__}"
            )

        target_lang = src_dict["target_lang"]
        if not isinstance(target_lang, str):
            raise TypeError(
                f"ProjectSummary.target_lang: expected a string, got {type(target_lang).__name__}"
            )

        cost_minutes = src_dict["cost_minutes"]
        if not (
            isinstance(cost_minutes, float)
            and cost_minutes - cost_minutes == 0.0
            or type(cost_minutes) is int
        ):
            raise TypeError(
                f"ProjectSummary.cost_minutes: expected a finite number, got {type(cost_minutes).__name__}"
            )

        created_date = parse_datetime(src_dict["created_date"])

        _name = src_dict.get("name", UNSET)
        name: None | str | Unset
        if _name is UNSET:
            name = UNSET
        else:
            if not (isinstance(_name, str) or _name is None):
                raise TypeError(
                    f"name: expected a string or null, got {type(_name).__name__}"
                )
            name = _name

        project_summary = cls(
            project_id=project_id,
            status=status,
            source_lang=source_lang,
            target_lang=target_lang,
            cost_minutes=cost_minutes,
            created_date=created_date,
            name=name,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_summary.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_summary

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
