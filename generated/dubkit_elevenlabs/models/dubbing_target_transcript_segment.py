from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        if not isinstance(id, str):
            raise TypeError(
                f"DubbingTargetTranscriptSegment.id: expected a string, got {type(id).__name__}"
            )

        speaker_id = src_dict["speaker_id"]
        if not isinstance(speaker_id, str):
            raise TypeError(
                f"DubbingTargetTranscriptSegment.speaker_id: expected a string, got {type(speaker_id).__name__}"
            )

        start_s = src_dict["start_s"]
        if not (
            isinstance(start_s, float)
            and start_s - start_s == 0.0
            or type(start_s) is int
        ):
            raise TypeError(
                f"DubbingTargetTranscriptSegment.start_s: expected a finite number, got {type(start_s).__name__}"
            )

        end_s = src_dict["end_s"]
        if not (
            isinstance(end_s, float) and end_s - end_s == 0.0 or type(end_s) is int
        ):
            raise TypeError(
                f"DubbingTargetTranscriptSegment.end_s: expected a finite number, got {type(end_s).__name__}"
            )

        source_text = src_dict["source_text"]
        if not isinstance(source_text, str):
            raise TypeError(
                f"DubbingTargetTranscriptSegment.source_text: expected a string, got {type(source_text).__name__}"
            )

        _translation = src_dict.get("translation", UNSET)
        translation: None | str | Unset
        if _translation is UNSET:
            translation = UNSET
        else:
            if not (isinstance(_translation, str) or _translation is None):
                raise TypeError(
                    f"translation: expected a string or null, got {type(_translation).__name__}"
                )
            translation = _translation

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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None
