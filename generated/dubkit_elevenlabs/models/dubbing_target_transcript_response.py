from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingTargetTranscriptResponse")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "target_language",
        "segments",
        "revision",
        "source_language",
    }
)


@_attrs_define
class DubbingTargetTranscriptResponse:
    target_language: str
    """ BCP-47 language tag this target is translated into. """
    segments: list[DubbingTargetTranscriptSegment]
    """ The target segments, in playback order. """
    revision: int
    """ The target's revision at read time. """
    source_language: None | str | Unset = UNSET
    """ BCP-47 language tag of the source transcript. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_language = self.target_language

        segments = []
        for segments_item_data in self.segments:
            segments_item = segments_item_data.to_dict()
            segments.append(segments_item)

        revision = self.revision

        source_language: None | str | Unset
        if isinstance(self.source_language, Unset):
            source_language = UNSET
        else:
            source_language = self.source_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_language": target_language,
                "segments": segments,
                "revision": revision,
            }
        )
        if source_language is not UNSET:
            field_dict["source_language"] = source_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        target_language = src_dict["target_language"]
        if not isinstance(target_language, str):
            raise TypeError(
                f"DubbingTargetTranscriptResponse.target_language: expected a string, got {type(target_language).__name__}"
            )

        segments = []
        _segments = src_dict["segments"]
        if not isinstance(_segments, list):
            raise TypeError(
                f"segments: expected an array, got {type(_segments).__name__}"
            )

        for segments_item_data in _segments:
            segments_item = DubbingTargetTranscriptSegment.from_dict(segments_item_data)

            segments.append(segments_item)

        revision = src_dict["revision"]
        if not is_json_integer(revision):
            raise TypeError(
                f"DubbingTargetTranscriptResponse.revision: expected an integer, got {type(revision).__name__}"
            )

        _source_language = src_dict.get("source_language", UNSET)
        source_language: None | str | Unset
        if _source_language is UNSET:
            source_language = UNSET
        else:
            if not (isinstance(_source_language, str) or _source_language is None):
                raise TypeError(
                    f"source_language: expected a string or null, got {type(_source_language).__name__}"
                )
            source_language = _source_language

        dubbing_target_transcript_response = cls(
            target_language=target_language,
            segments=segments,
            revision=revision,
            source_language=source_language,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_target_transcript_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_target_transcript_response

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
from ..models.dubbing_target_transcript_segment import DubbingTargetTranscriptSegment  # noqa: E402
