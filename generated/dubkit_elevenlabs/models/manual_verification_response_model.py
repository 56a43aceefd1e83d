from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ManualVerificationResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "extra_text",
        "request_time_unix",
        "files",
    }
)


@_attrs_define
class ManualVerificationResponseModel:
    """
    Example:
        {'extra_text': 'Please verify the voice is that of a female.', 'files': [{'file_id': 'CwhRBWXzGAHq8TQ4Fs18',
            'file_name': 'file.mp3', 'mime_type': 'audio/mpeg', 'size_bytes': 1000000, 'upload_date_unix': 1714204800}],
            'request_time_unix': 1714204800}

    """

    extra_text: str
    """ The extra text of the manual verification. """
    request_time_unix: int
    """ The date of the manual verification in Unix time. """
    files: list[ManualVerificationFileResponseModel]
    """ The files of the manual verification. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extra_text = self.extra_text

        request_time_unix = self.request_time_unix

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extra_text": extra_text,
                "request_time_unix": request_time_unix,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        extra_text = src_dict["extra_text"]
        if not isinstance(extra_text, str):
            raise TypeError(
                f"ManualVerificationResponseModel.extra_text: expected a string, got {type(extra_text).__name__}"
            )

        request_time_unix = src_dict["request_time_unix"]
        if not is_json_integer(request_time_unix):
            raise TypeError(
                f"ManualVerificationResponseModel.request_time_unix: expected an integer, got {type(request_time_unix).__name__}"
            )

        files = []
        _files = src_dict["files"]
        if not isinstance(_files, list):
            raise TypeError(f"files: expected an array, got {type(_files).__name__}")

        for files_item_data in _files:
            files_item = ManualVerificationFileResponseModel.from_dict(files_item_data)

            files.append(files_item)

        manual_verification_response_model = cls(
            extra_text=extra_text,
            request_time_unix=request_time_unix,
            files=files,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            manual_verification_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return manual_verification_response_model

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
from ..models.manual_verification_file_response_model import (
    ManualVerificationFileResponseModel,  # noqa: E402
)
