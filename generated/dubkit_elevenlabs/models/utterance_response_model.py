from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="UtteranceResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "start",
        "end",
    }
)


@_attrs_define
class UtteranceResponseModel:
    """
    Example:
        {'end': 1.0, 'start': 0.0}

    """

    start: float
    """ The start time of the utterance in seconds. """
    end: float
    """ The end time of the utterance in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start = src_dict["start"]
        if not (
            isinstance(start, float) and start - start == 0.0 or type(start) is int
        ):
            raise TypeError(
                f"UtteranceResponseModel.start: expected a finite number, got {type(start).__name__}"
            )

        end = src_dict["end"]
        if not (isinstance(end, float) and end - end == 0.0 or type(end) is int):
            raise TypeError(
                f"UtteranceResponseModel.end: expected a finite number, got {type(end).__name__}"
            )

        utterance_response_model = cls(
            start=start,
            end=end,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            utterance_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return utterance_response_model

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
