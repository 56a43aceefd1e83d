from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_type import ErrorType
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ErrorResponse")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "error",
        "message",
    }
)


@_attrs_define
class ErrorResponse:
    """The error envelope: {"error": "SpecificErrorType", "message": "Human-readable error message"}."""

    error: ErrorType | str
    """ The error type; types beyond the documented ones arrive as plain strings. """
    message: str
    """ A human-readable error message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: str
        if isinstance(self.error, ErrorType):
            error = self.error.value
        else:
            error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _error = src_dict["error"]
        error: ErrorType | str
        try:
            if not isinstance(_error, str):
                raise TypeError()
            error_type_0 = ErrorType(_error)
            error = error_type_0

        except (TypeError, ValueError, AttributeError, KeyError):
            if not (isinstance(_error, str)):
                raise TypeError(
                    f"error: expected one of the spec's values or a string, got {type(_error).__name__}"
                )
            error = _error

        message = src_dict["message"]
        if not isinstance(message, str):
            raise TypeError(
                f"ErrorResponse.message: expected a string, got {type(message).__name__}"
            )

        error_response = cls(
            error=error,
            message=message,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            error_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return error_response

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
