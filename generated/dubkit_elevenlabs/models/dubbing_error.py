from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingError")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "code",
        "message",
        "retryable",
    }
)


@_attrs_define
class DubbingError:
    code: str
    """ Stable identifier for the failure, safe to branch on. New codes are added over time, so treat an
    unrecognized value as 'internal_error'. """
    message: str
    """ Human-readable description of the failure, for display. The wording may change at any time; branch on `code`
    instead. """
    retryable: bool
    """ Whether resubmitting the same input could succeed. False means the failure describes the input or the
    account, so an identical retry will fail the same way. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        retryable = self.retryable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "retryable": retryable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]
        if not isinstance(code, str):
            raise TypeError(
                f"DubbingError.code: expected a string, got {type(code).__name__}"
            )

        message = src_dict["message"]
        if not isinstance(message, str):
            raise TypeError(
                f"DubbingError.message: expected a string, got {type(message).__name__}"
            )

        retryable = src_dict["retryable"]
        if not isinstance(retryable, bool):
            raise TypeError(
                f"DubbingError.retryable: expected true or false, got {type(retryable).__name__}"
            )

        dubbing_error = cls(
            code=code,
            message=message,
            retryable=retryable,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_error.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_error

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
