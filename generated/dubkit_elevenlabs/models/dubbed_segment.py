from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbedSegment")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "start_time",
        "end_time",
        "text",
        "subtitles",
        "audio_stale",
        "media_ref",
    }
)


@_attrs_define
class DubbedSegment:
    start_time: float
    end_time: float
    text: None | str
    subtitles: list[SegmentSubtitleFrame]
    audio_stale: bool
    media_ref: DubbingMediaReference | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        text: None | str
        text = self.text

        subtitles = []
        for subtitles_item_data in self.subtitles:
            subtitles_item = subtitles_item_data.to_dict()
            subtitles.append(subtitles_item)

        audio_stale = self.audio_stale

        media_ref: dict[str, Any] | None
        if isinstance(self.media_ref, DubbingMediaReference):
            media_ref = self.media_ref.to_dict()
        else:
            media_ref = self.media_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
                "text": text,
                "subtitles": subtitles,
                "audio_stale": audio_stale,
                "media_ref": media_ref,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start_time = src_dict["start_time"]
        if not (
            isinstance(start_time, float)
            and start_time - start_time == 0.0
            or type(start_time) is int
        ):
            raise TypeError(
                f"DubbedSegment.start_time: expected a finite number, got {type(start_time).__name__}"
            )

        end_time = src_dict["end_time"]
        if not (
            isinstance(end_time, float)
            and end_time - end_time == 0.0
            or type(end_time) is int
        ):
            raise TypeError(
                f"DubbedSegment.end_time: expected a finite number, got {type(end_time).__name__}"
            )

        _text = src_dict["text"]
        text: None | str
        if not (isinstance(_text, str) or _text is None):
            raise TypeError(
                f"text: expected a string or null, got {type(_text).__name__}"
            )
        text = _text

        subtitles = []
        _subtitles = src_dict["subtitles"]
        if not isinstance(_subtitles, list):
            raise TypeError(
                f"subtitles: expected an array, got {type(_subtitles).__name__}"
            )

        for subtitles_item_data in _subtitles:
            subtitles_item = SegmentSubtitleFrame.from_dict(subtitles_item_data)

            subtitles.append(subtitles_item)

        audio_stale = src_dict["audio_stale"]
        if not isinstance(audio_stale, bool):
            raise TypeError(
                f"DubbedSegment.audio_stale: expected true or false, got {type(audio_stale).__name__}"
            )

        _media_ref = src_dict["media_ref"]
        media_ref: DubbingMediaReference | None
        if _media_ref is None:
            media_ref = None
        else:
            try:
                if not isinstance(_media_ref, dict):
                    raise TypeError()
                media_ref_type_0 = DubbingMediaReference.from_dict(_media_ref)

                media_ref = media_ref_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_media_ref is None):
                    raise TypeError(
                        f"media_ref: expected an object or null, got {type(_media_ref).__name__}"
                    )
                media_ref = _media_ref

        dubbed_segment = cls(
            start_time=start_time,
            end_time=end_time,
            text=text,
            subtitles=subtitles,
            audio_stale=audio_stale,
            media_ref=media_ref,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbed_segment.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbed_segment

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
from ..models.dubbing_media_reference import DubbingMediaReference  # noqa: E402
from ..models.segment_subtitle_frame import SegmentSubtitleFrame  # noqa: E402
