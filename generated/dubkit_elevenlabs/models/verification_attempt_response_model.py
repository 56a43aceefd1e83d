from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="VerificationAttemptResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "text",
        "date_unix",
        "accepted",
        "similarity",
        "levenshtein_distance",
        "recording",
    }
)


@_attrs_define
class VerificationAttemptResponseModel:
    """
    Example:
        {'accepted': True, 'date_unix': 1714204800, 'levenshtein_distance': 2, 'recording': {'mime_type': 'audio/mpeg',
            'recording_id': 'CwhRBWXzGAHq8TQ4Fs17', 'size_bytes': 1000000, 'transcription': 'Hello, how are you?',
            'upload_date_unix': 1714204800}, 'similarity': 0.95, 'text': 'Hello, how are you?'}

    """

    text: str
    """ The text of the verification attempt. """
    date_unix: int
    """ The date of the verification attempt in Unix time. """
    accepted: bool
    """ Whether the verification attempt was accepted. """
    similarity: float
    """ The similarity of the verification attempt. """
    levenshtein_distance: float
    """ The Levenshtein distance of the verification attempt. """
    recording: None | RecordingResponseModel | Unset = UNSET
    """ The recording of the verification attempt. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        date_unix = self.date_unix

        accepted = self.accepted

        similarity = self.similarity

        levenshtein_distance = self.levenshtein_distance

        recording: dict[str, Any] | None | Unset
        if isinstance(self.recording, Unset):
            recording = UNSET
        elif isinstance(self.recording, RecordingResponseModel):
            recording = self.recording.to_dict()
        else:
            recording = self.recording

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "date_unix": date_unix,
                "accepted": accepted,
                "similarity": similarity,
                "levenshtein_distance": levenshtein_distance,
            }
        )
        if recording is not UNSET:
            field_dict["recording"] = recording

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        text = src_dict["text"]
        if not isinstance(text, str):
            raise TypeError(
                f"VerificationAttemptResponseModel.text: expected a string, got {type(text).__name__}"
            )

        date_unix = src_dict["date_unix"]
        if not is_json_integer(date_unix):
            raise TypeError(
                f"VerificationAttemptResponseModel.date_unix: expected an integer, got {type(date_unix).__name__}"
            )

        accepted = src_dict["accepted"]
        if not isinstance(accepted, bool):
            raise TypeError(
                f"VerificationAttemptResponseModel.accepted: expected true or false, got {type(accepted).__name__}"
            )

        similarity = src_dict["similarity"]
        if not (
            isinstance(similarity, float)
            and similarity - similarity == 0.0
            or type(similarity) is int
        ):
            raise TypeError(
                f"VerificationAttemptResponseModel.similarity: expected a finite number, got {type(similarity).__name__}"
            )

        levenshtein_distance = src_dict["levenshtein_distance"]
        if not (
            isinstance(levenshtein_distance, float)
            and levenshtein_distance - levenshtein_distance == 0.0
            or type(levenshtein_distance) is int
        ):
            raise TypeError(
                f"VerificationAttemptResponseModel.levenshtein_distance: expected a finite number, got {type(levenshtein_distance).__name__}"
            )

        _recording = src_dict.get("recording", UNSET)
        recording: None | RecordingResponseModel | Unset
        if _recording is None:
            recording = None
        elif isinstance(_recording, Unset):
            recording = UNSET
        else:
            try:
                if not isinstance(_recording, dict):
                    raise TypeError()
                recording_type_0 = RecordingResponseModel.from_dict(_recording)

                recording = recording_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_recording is None):
                    raise TypeError(
                        f"recording: expected an object or null, got {type(_recording).__name__}"
                    )
                recording = _recording

        verification_attempt_response_model = cls(
            text=text,
            date_unix=date_unix,
            accepted=accepted,
            similarity=similarity,
            levenshtein_distance=levenshtein_distance,
            recording=recording,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            verification_attempt_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return verification_attempt_response_model

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
from ..models.recording_response_model import RecordingResponseModel  # noqa: E402
