from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DoDubbingResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "dubbing_id",
        "expected_duration_sec",
    }
)


@_attrs_define
class DoDubbingResponseModel:
    """
    Example:
        {'dubbing_id': '21m00Tcm4TlvDq8ikWAM', 'expected_duration_sec': 127.5}

    """

    dubbing_id: str
    """ The ID of the dubbing project. """
    expected_duration_sec: float
    """ The expected duration of the dubbing project in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dubbing_id = self.dubbing_id

        expected_duration_sec = self.expected_duration_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dubbing_id": dubbing_id,
                "expected_duration_sec": expected_duration_sec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        dubbing_id = src_dict["dubbing_id"]
        if not isinstance(dubbing_id, str):
            raise TypeError(
                f"DoDubbingResponseModel.dubbing_id: expected a string, got {type(dubbing_id).__name__}"
            )

        expected_duration_sec = src_dict["expected_duration_sec"]
        if not (
            isinstance(expected_duration_sec, float)
            and expected_duration_sec - expected_duration_sec == 0.0
            or type(expected_duration_sec) is int
        ):
            raise TypeError(
                f"DoDubbingResponseModel.expected_duration_sec: expected a finite number, got {type(expected_duration_sec).__name__}"
            )

        do_dubbing_response_model = cls(
            dubbing_id=dubbing_id,
            expected_duration_sec=expected_duration_sec,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            do_dubbing_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return do_dubbing_response_model

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
