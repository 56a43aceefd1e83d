from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingTranscriptSegment")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "text",
        "speaker_id",
        "start_s",
        "end_s",
        "external_id",
    }
)


@_attrs_define
class DubbingTranscriptSegment:
    """One segment of a source transcript."""

    id: str
    """ Stable identifier of the segment. """
    text: str
    """ The transcribed text of the segment. """
    speaker_id: str
    """ Identifier of the segment's speaker. """
    start_s: float
    """ Start time of the segment, in seconds. """
    end_s: float
    """ End time of the segment, in seconds. """
    external_id: None | str | Unset = UNSET
    """ The caller-supplied external id for this segment, if one was provided. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "speaker_id": speaker_id,
                "start_s": start_s,
                "end_s": end_s,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(
                f"DubbingTranscriptSegment.id: expected a string, got {type(id).__name__}"
            )

        text = src_dict["text"]
        if not isinstance(text, str):
            raise TypeError(
                f"DubbingTranscriptSegment.text: expected a string, got {type(text).__name__}"
            )

        speaker_id = src_dict["speaker_id"]
        if not isinstance(speaker_id, str):
            raise TypeError(
                f"DubbingTranscriptSegment.speaker_id: expected a string, got {type(speaker_id).__name__}"
            )

        start_s = src_dict["start_s"]
        if not (
            isinstance(start_s, float)
            and start_s - start_s == 0.0
            or type(start_s) is int
        ):
            raise TypeError(
                f"DubbingTranscriptSegment.start_s: expected a finite number, got {type(start_s).__name__}"
            )

        end_s = src_dict["end_s"]
        if not (
            isinstance(end_s, float) and end_s - end_s == 0.0 or type(end_s) is int
        ):
            raise TypeError(
                f"DubbingTranscriptSegment.end_s: expected a finite number, got {type(end_s).__name__}"
            )

        _external_id = src_dict.get("external_id", UNSET)
        external_id: None | str | Unset
        if _external_id is UNSET:
            external_id = UNSET
        else:
            if not (isinstance(_external_id, str) or _external_id is None):
                raise TypeError(
                    f"external_id: expected a string or null, got {type(_external_id).__name__}"
                )
            external_id = _external_id

        dubbing_transcript_segment = cls(
            id=id,
            text=text,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
            external_id=external_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_transcript_segment.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_transcript_segment

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
