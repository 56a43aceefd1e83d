from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="AudioAnalysisResult")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "title",
        "description",
        "content_type",
        "overall_pacing",
        "segments",
        "key_moments",
    }
)


@_attrs_define
class AudioAnalysisResult:
    title: str
    description: str
    content_type: None | str | Unset = UNSET
    overall_pacing: None | str | Unset = UNSET
    segments: list[AudioSegment] | Unset = UNSET
    key_moments: list[AudioKeyMoment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        overall_pacing: None | str | Unset
        if isinstance(self.overall_pacing, Unset):
            overall_pacing = UNSET
        else:
            overall_pacing = self.overall_pacing

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        key_moments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.key_moments, Unset):
            key_moments = []
            for key_moments_item_data in self.key_moments:
                key_moments_item = key_moments_item_data.to_dict()
                key_moments.append(key_moments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if overall_pacing is not UNSET:
            field_dict["overall_pacing"] = overall_pacing
        if segments is not UNSET:
            field_dict["segments"] = segments
        if key_moments is not UNSET:
            field_dict["key_moments"] = key_moments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]
        if not isinstance(title, str):
            raise TypeError(
                f"AudioAnalysisResult.title: expected a string, got {type(title).__name__}"
            )

        description = src_dict["description"]
        if not isinstance(description, str):
            raise TypeError(
                f"AudioAnalysisResult.description: expected a string, got {type(description).__name__}"
            )

        _content_type = src_dict.get("content_type", UNSET)
        content_type: None | str | Unset
        if _content_type is UNSET:
            content_type = UNSET
        else:
            if not (isinstance(_content_type, str) or _content_type is None):
                raise TypeError(
                    f"content_type: expected a string or null, got {type(_content_type).__name__}"
                )
            content_type = _content_type

        _overall_pacing = src_dict.get("overall_pacing", UNSET)
        overall_pacing: None | str | Unset
        if _overall_pacing is UNSET:
            overall_pacing = UNSET
        else:
            if not (isinstance(_overall_pacing, str) or _overall_pacing is None):
                raise TypeError(
                    f"overall_pacing: expected a string or null, got {type(_overall_pacing).__name__}"
                )
            overall_pacing = _overall_pacing

        _segments = src_dict.get("segments", UNSET)
        segments: list[AudioSegment] | Unset = UNSET
        if _segments is not UNSET:
            if not isinstance(_segments, list):
                raise TypeError(
                    f"segments: expected an array, got {type(_segments).__name__}"
                )

            segments = []
            for segments_item_data in _segments:
                segments_item = AudioSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        _key_moments = src_dict.get("key_moments", UNSET)
        key_moments: list[AudioKeyMoment] | Unset = UNSET
        if _key_moments is not UNSET:
            if not isinstance(_key_moments, list):
                raise TypeError(
                    f"key_moments: expected an array, got {type(_key_moments).__name__}"
                )

            key_moments = []
            for key_moments_item_data in _key_moments:
                key_moments_item = AudioKeyMoment.from_dict(key_moments_item_data)

                key_moments.append(key_moments_item)

        audio_analysis_result = cls(
            title=title,
            description=description,
            content_type=content_type,
            overall_pacing=overall_pacing,
            segments=segments,
            key_moments=key_moments,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            audio_analysis_result.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return audio_analysis_result

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
from ..models.audio_key_moment import AudioKeyMoment  # noqa: E402
from ..models.audio_segment import AudioSegment  # noqa: E402
