from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ProjectSubmitted")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "project_id",
        "cost_minutes",
        "estimated_completion_date",
        "balance_minutes",
        "translations_count",
    }
)


@_attrs_define
class ProjectSubmitted:
    """The answer to creating a project or a new translation of it."""

    project_id: str
    cost_minutes: float
    """ Minutes charged for this request (0 for a re-translation at the moment). """
    estimated_completion_date: datetime.datetime
    balance_minutes: float
    """ The balance left after this request. """
    translations_count: int
    """ How many re-translations the project has had. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        cost_minutes = self.cost_minutes

        estimated_completion_date = self.estimated_completion_date.isoformat()

        balance_minutes = self.balance_minutes

        translations_count = self.translations_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "cost_minutes": cost_minutes,
                "estimated_completion_date": estimated_completion_date,
                "balance_minutes": balance_minutes,
                "translations_count": translations_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id = src_dict["project_id"]
        if not isinstance(project_id, str):
            raise TypeError(
                f"ProjectSubmitted.project_id: expected a string, got {type(project_id).__name__}"
            )

        cost_minutes = src_dict["cost_minutes"]
        if not (
            isinstance(cost_minutes, float)
            and cost_minutes - cost_minutes == 0.0
            or type(cost_minutes) is int
        ):
            raise TypeError(
                f"ProjectSubmitted.cost_minutes: expected a finite number, got {type(cost_minutes).__name__}"
            )

        estimated_completion_date = parse_datetime(
            src_dict["estimated_completion_date"]
        )

        balance_minutes = src_dict["balance_minutes"]
        if not (
            isinstance(balance_minutes, float)
            and balance_minutes - balance_minutes == 0.0
            or type(balance_minutes) is int
        ):
            raise TypeError(
                f"ProjectSubmitted.balance_minutes: expected a finite number, got {type(balance_minutes).__name__}"
            )

        translations_count = src_dict["translations_count"]
        if not is_json_integer(translations_count):
            raise TypeError(
                f"ProjectSubmitted.translations_count: expected an integer, got {type(translations_count).__name__}"
            )

        project_submitted = cls(
            project_id=project_id,
            cost_minutes=cost_minutes,
            estimated_completion_date=estimated_completion_date,
            balance_minutes=balance_minutes,
            translations_count=translations_count,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_submitted.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_submitted

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
