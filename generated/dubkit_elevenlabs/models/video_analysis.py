from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_analysis_status import VideoAnalysisStatus
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="VideoAnalysis")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "data",
        "updated_at_ms",
    }
)


@_attrs_define
class VideoAnalysis:
    status: VideoAnalysisStatus
    data: None | VideoAnalysisResult
    updated_at_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        data: dict[str, Any] | None
        if isinstance(self.data, VideoAnalysisResult):
            data = self.data.to_dict()
        else:
            data = self.data

        updated_at_ms = self.updated_at_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )
        if updated_at_ms is not UNSET:
            field_dict["updated_at_ms"] = updated_at_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = VideoAnalysisStatus._parse(src_dict["status"])

        _data = src_dict["data"]
        data: None | VideoAnalysisResult
        if _data is None:
            data = None
        else:
            try:
                if not isinstance(_data, dict):
                    raise TypeError()
                data_type_0 = VideoAnalysisResult.from_dict(_data)

                data = data_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_data is None):
                    raise TypeError(
                        f"data: expected an object or null, got {type(_data).__name__}"
                    )
                data = _data

        updated_at_ms = src_dict.get("updated_at_ms", UNSET)
        if updated_at_ms is not UNSET and not is_json_integer(updated_at_ms):
            raise TypeError(
                f"VideoAnalysis.updated_at_ms: expected an integer, got {type(updated_at_ms).__name__}"
            )

        video_analysis = cls(
            status=status,
            data=data,
            updated_at_ms=updated_at_ms,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            video_analysis.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return video_analysis

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
from ..models.video_analysis_result import VideoAnalysisResult  # noqa: E402
