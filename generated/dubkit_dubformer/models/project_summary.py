from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_status import ProjectStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectSummary")


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
        d = dict(src_dict)
        project_id = d.pop("project_id")

        def _parse_status(data: object) -> ProjectStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_project_status_value_type_0 = ProjectStatus(data)

                return componentsschemas_project_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProjectStatus | str, data)

        status = _parse_status(d.pop("status"))

        source_lang = d.pop("source_lang")

        target_lang = d.pop("target_lang")

        cost_minutes = d.pop("cost_minutes")

        created_date = datetime.datetime.fromisoformat(d.pop("created_date"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        project_summary = cls(
            project_id=project_id,
            status=status,
            source_lang=source_lang,
            target_lang=target_lang,
            cost_minutes=cost_minutes,
            created_date=created_date,
            name=name,
        )

        project_summary.additional_properties = d
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
