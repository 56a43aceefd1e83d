from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="RecordingResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "recording_id",
        "mime_type",
        "size_bytes",
        "upload_date_unix",
        "transcription",
    }
)


@_attrs_define
class RecordingResponseModel:
    """
    Example:
        {'mime_type': 'audio/mpeg', 'recording_id': 'CwhRBWXzGAHq8TQ4Fs17', 'size_bytes': 1000000, 'transcription':
            'Hello, how are you?', 'upload_date_unix': 1714204800}

    """

    recording_id: str
    """ The ID of the recording. """
    mime_type: str
    """ The MIME type of the recording. """
    size_bytes: int
    """ The size of the recording in bytes. """
    upload_date_unix: int
    """ The date of the recording in Unix time. """
    transcription: str
    """ The transcription of the recording. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_id = self.recording_id

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        upload_date_unix = self.upload_date_unix

        transcription = self.transcription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recording_id": recording_id,
                "mime_type": mime_type,
                "size_bytes": size_bytes,
                "upload_date_unix": upload_date_unix,
                "transcription": transcription,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        recording_id = src_dict["recording_id"]
        if not isinstance(recording_id, str):
            raise TypeError(
                f"RecordingResponseModel.recording_id: expected a string, got {type(recording_id).__name__}"
            )

        mime_type = src_dict["mime_type"]
        if not isinstance(mime_type, str):
            raise TypeError(
                f"RecordingResponseModel.mime_type: expected a string, got {type(mime_type).__name__}"
            )

        size_bytes = src_dict["size_bytes"]
        if not is_json_integer(size_bytes):
            raise TypeError(
                f"RecordingResponseModel.size_bytes: expected an integer, got {type(size_bytes).__name__}"
            )

        upload_date_unix = src_dict["upload_date_unix"]
        if not is_json_integer(upload_date_unix):
            raise TypeError(
                f"RecordingResponseModel.upload_date_unix: expected an integer, got {type(upload_date_unix).__name__}"
            )

        transcription = src_dict["transcription"]
        if not isinstance(transcription, str):
            raise TypeError(
                f"RecordingResponseModel.transcription: expected a string, got {type(transcription).__name__}"
            )

        recording_response_model = cls(
            recording_id=recording_id,
            mime_type=mime_type,
            size_bytes=size_bytes,
            upload_date_unix=upload_date_unix,
            transcription=transcription,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            recording_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return recording_response_model

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
