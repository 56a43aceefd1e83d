from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ManualVerificationFileResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "file_id",
        "file_name",
        "mime_type",
        "size_bytes",
        "upload_date_unix",
    }
)


@_attrs_define
class ManualVerificationFileResponseModel:
    """
    Example:
        {'file_id': 'CwhRBWXzGAHq8TQ4Fs18', 'file_name': 'file.mp3', 'mime_type': 'audio/mpeg', 'size_bytes': 1000000,
            'upload_date_unix': 1714204800}

    """

    file_id: str
    """ The ID of the file. """
    file_name: str
    """ The name of the file. """
    mime_type: str
    """ The MIME type of the file. """
    size_bytes: int
    """ The size of the file in bytes. """
    upload_date_unix: int
    """ The date of the file in Unix time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_name = self.file_name

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        upload_date_unix = self.upload_date_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "file_name": file_name,
                "mime_type": mime_type,
                "size_bytes": size_bytes,
                "upload_date_unix": upload_date_unix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        file_id = src_dict["file_id"]
        if not isinstance(file_id, str):
            raise TypeError(
                f"ManualVerificationFileResponseModel.file_id: expected a string, got {type(file_id).__name__}"
            )

        file_name = src_dict["file_name"]
        if not isinstance(file_name, str):
            raise TypeError(
                f"ManualVerificationFileResponseModel.file_name: expected a string, got {type(file_name).__name__}"
            )

        mime_type = src_dict["mime_type"]
        if not isinstance(mime_type, str):
            raise TypeError(
                f"ManualVerificationFileResponseModel.mime_type: expected a string, got {type(mime_type).__name__}"
            )

        size_bytes = src_dict["size_bytes"]
        if not is_json_integer(size_bytes):
            raise TypeError(
                f"ManualVerificationFileResponseModel.size_bytes: expected an integer, got {type(size_bytes).__name__}"
            )

        upload_date_unix = src_dict["upload_date_unix"]
        if not is_json_integer(upload_date_unix):
            raise TypeError(
                f"ManualVerificationFileResponseModel.upload_date_unix: expected an integer, got {type(upload_date_unix).__name__}"
            )

        manual_verification_file_response_model = cls(
            file_id=file_id,
            file_name=file_name,
            mime_type=mime_type,
            size_bytes=size_bytes,
            upload_date_unix=upload_date_unix,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            manual_verification_file_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return manual_verification_file_response_model

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
