from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="DubbingTargetTranscriptSegment")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "speaker_id",
        "start_s",
        "end_s",
        "source_text",
        "translation",
    }
)


@_attrs_define
class DubbingTargetTranscriptSegment:
    """One segment of a target transcript: a source segment plus its translation."""

    id: str
    """ Stable identifier of the segment (from the source). """
    speaker_id: str
    """ Identifier of the segment's speaker. """
    start_s: float
    """ Start time of the segment, in seconds. """
    end_s: float
    """ End time of the segment, in seconds. """
    source_text: str
    """ The source-language text of the segment. """
    translation: None | str | Unset = UNSET
    """ The translated text, or null if not translated yet (needs translation). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        source_text = self.source_text

        translation: None | str | Unset
        if isinstance(self.translation, Unset):
            translation = UNSET
        else:
            translation = self.translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "speaker_id": speaker_id,
                "start_s": start_s,
                "end_s": end_s,
                "source_text": source_text,
            }
        )
        if translation is not UNSET:
            field_dict["translation"] = translation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        speaker_id = src_dict["speaker_id"]

        start_s = src_dict["start_s"]

        end_s = src_dict["end_s"]

        source_text = src_dict["source_text"]

        translation: None | str | Unset = src_dict.get("translation", UNSET)

        dubbing_target_transcript_segment = cls(
            id=id,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
            source_text=source_text,
            translation=translation,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_target_transcript_segment.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_target_transcript_segment

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
