from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="SpeakerSegment")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "start_time",
        "end_time",
        "text",
        "subtitles",
        "dubs",
    }
)


@_attrs_define
class SpeakerSegment:
    id: str
    start_time: float
    end_time: float
    text: str
    subtitles: list[SegmentSubtitleFrame]
    dubs: SpeakerSegmentDubs
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        start_time = self.start_time

        end_time = self.end_time

        text = self.text

        subtitles = []
        for subtitles_item_data in self.subtitles:
            subtitles_item = subtitles_item_data.to_dict()
            subtitles.append(subtitles_item)

        dubs = self.dubs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "start_time": start_time,
                "end_time": end_time,
                "text": text,
                "subtitles": subtitles,
                "dubs": dubs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(
                f"SpeakerSegment.id: expected a string, got {type(id).__name__}"
            )

        start_time = src_dict["start_time"]
        if not (
            isinstance(start_time, float)
            and start_time - start_time == 0.0
            or type(start_time) is int
        ):
            raise TypeError(
                f"SpeakerSegment.start_time: expected a finite number, got {type(start_time).__name__}"
            )

        end_time = src_dict["end_time"]
        if not (
            isinstance(end_time, float)
            and end_time - end_time == 0.0
            or type(end_time) is int
        ):
            raise TypeError(
                f"SpeakerSegment.end_time: expected a finite number, got {type(end_time).__name__}"
            )

        text = src_dict["text"]
        if not isinstance(text, str):
            raise TypeError(
                f"SpeakerSegment.text: expected a string, got {type(text).__name__}"
            )

        subtitles = []
        _subtitles = src_dict["subtitles"]
        if not isinstance(_subtitles, list):
            raise TypeError(
                f"subtitles: expected an array, got {type(_subtitles).__name__}"
            )

        for subtitles_item_data in _subtitles:
            subtitles_item = SegmentSubtitleFrame.from_dict(subtitles_item_data)

            subtitles.append(subtitles_item)

        dubs = SpeakerSegmentDubs.from_dict(src_dict["dubs"])

        speaker_segment = cls(
            id=id,
            start_time=start_time,
            end_time=end_time,
            text=text,
            subtitles=subtitles,
            dubs=dubs,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            speaker_segment.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return speaker_segment

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
from ..models.segment_subtitle_frame import SegmentSubtitleFrame  # noqa: E402
from ..models.speaker_segment_dubs import SpeakerSegmentDubs  # noqa: E402
