from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dubbing_media_reference import DubbingMediaReference
    from ..models.segment_subtitle_frame import SegmentSubtitleFrame


T = TypeVar("T", bound="DubbedSegment")


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
        from ..models.dubbing_media_reference import DubbingMediaReference  # noqa: PLC0415
        from ..models.segment_subtitle_frame import SegmentSubtitleFrame  # noqa: PLC0415

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
        from ..models.dubbing_media_reference import DubbingMediaReference  # noqa: PLC0415
        from ..models.segment_subtitle_frame import SegmentSubtitleFrame  # noqa: PLC0415

        d = dict(src_dict)
        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        subtitles = []
        _subtitles = d.pop("subtitles")
        for subtitles_item_data in _subtitles:
            subtitles_item = SegmentSubtitleFrame.from_dict(subtitles_item_data)

            subtitles.append(subtitles_item)

        audio_stale = d.pop("audio_stale")

        def _parse_media_ref(data: object) -> DubbingMediaReference | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                media_ref_type_0 = DubbingMediaReference.from_dict(data)

                return media_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingMediaReference | None, data)

        media_ref = _parse_media_ref(d.pop("media_ref"))

        dubbed_segment = cls(
            start_time=start_time,
            end_time=end_time,
            text=text,
            subtitles=subtitles,
            audio_stale=audio_stale,
            media_ref=media_ref,
        )

        dubbed_segment.additional_properties = d
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
