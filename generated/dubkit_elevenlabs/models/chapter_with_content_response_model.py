from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chapter_with_content_response_model_state import (
    ChapterWithContentResponseModelState,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ChapterWithContentResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "chapter_id",
        "name",
        "can_be_downloaded",
        "state",
        "content",
        "last_conversion_date_unix",
        "conversion_progress",
        "has_video",
        "has_visual_content",
        "voice_ids",
        "statistics",
        "last_conversion_error",
    }
)


@_attrs_define
class ChapterWithContentResponseModel:
    """
    Example:
        {'can_be_downloaded': True, 'chapter_id': 'aw1NgEzBg83R7vgmiJt6', 'content': {'blocks': []},
            'conversion_progress': 0.5, 'last_conversion_date_unix': 1714204800, 'name': 'Chapter 1', 'state': 'default',
            'statistics': {'characters_converted': 200, 'characters_unconverted': 100, 'paragraphs_converted': 5,
            'paragraphs_unconverted': 3}}

    """

    chapter_id: str
    """ The ID of the chapter. """
    name: str
    """ The name of the chapter. """
    can_be_downloaded: bool
    """ Whether the chapter can be downloaded. """
    state: ChapterWithContentResponseModelState
    """ The state of the chapter. """
    content: ChapterContentResponseModel
    last_conversion_date_unix: int | None | Unset = UNSET
    """ The last conversion date of the chapter. """
    conversion_progress: float | None | Unset = UNSET
    """ The conversion progress of the chapter. """
    has_video: bool | None | Unset = UNSET
    """ Whether the chapter has a video. """
    has_visual_content: bool | None | Unset = UNSET
    """ Whether the chapter has any visual content (video, image, or text clips). """
    voice_ids: list[str] | None | Unset = UNSET
    """ List of voice ids used by the chapter """
    statistics: ChapterStatisticsResponseModel | None | Unset = UNSET
    """ The statistics of the chapter. """
    last_conversion_error: None | str | Unset = UNSET
    """ The last conversion error of the chapter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chapter_id = self.chapter_id

        name = self.name

        can_be_downloaded = self.can_be_downloaded

        state = self.state.value

        content = self.content.to_dict()

        last_conversion_date_unix: int | None | Unset
        if isinstance(self.last_conversion_date_unix, Unset):
            last_conversion_date_unix = UNSET
        else:
            last_conversion_date_unix = self.last_conversion_date_unix

        conversion_progress: float | None | Unset
        if isinstance(self.conversion_progress, Unset):
            conversion_progress = UNSET
        else:
            conversion_progress = self.conversion_progress

        has_video: bool | None | Unset
        if isinstance(self.has_video, Unset):
            has_video = UNSET
        else:
            has_video = self.has_video

        has_visual_content: bool | None | Unset
        if isinstance(self.has_visual_content, Unset):
            has_visual_content = UNSET
        else:
            has_visual_content = self.has_visual_content

        voice_ids: list[str] | None | Unset
        if isinstance(self.voice_ids, Unset):
            voice_ids = UNSET
        elif isinstance(self.voice_ids, list):
            voice_ids = self.voice_ids

        else:
            voice_ids = self.voice_ids

        statistics: dict[str, Any] | None | Unset
        if isinstance(self.statistics, Unset):
            statistics = UNSET
        elif isinstance(self.statistics, ChapterStatisticsResponseModel):
            statistics = self.statistics.to_dict()
        else:
            statistics = self.statistics

        last_conversion_error: None | str | Unset
        if isinstance(self.last_conversion_error, Unset):
            last_conversion_error = UNSET
        else:
            last_conversion_error = self.last_conversion_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chapter_id": chapter_id,
                "name": name,
                "can_be_downloaded": can_be_downloaded,
                "state": state,
                "content": content,
            }
        )
        if last_conversion_date_unix is not UNSET:
            field_dict["last_conversion_date_unix"] = last_conversion_date_unix
        if conversion_progress is not UNSET:
            field_dict["conversion_progress"] = conversion_progress
        if has_video is not UNSET:
            field_dict["has_video"] = has_video
        if has_visual_content is not UNSET:
            field_dict["has_visual_content"] = has_visual_content
        if voice_ids is not UNSET:
            field_dict["voice_ids"] = voice_ids
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if last_conversion_error is not UNSET:
            field_dict["last_conversion_error"] = last_conversion_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        chapter_id = src_dict["chapter_id"]
        if not isinstance(chapter_id, str):
            raise TypeError(
                f"ChapterWithContentResponseModel.chapter_id: expected a string, got {type(chapter_id).__name__}"
            )

        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(
                f"ChapterWithContentResponseModel.name: expected a string, got {type(name).__name__}"
            )

        can_be_downloaded = src_dict["can_be_downloaded"]
        if not isinstance(can_be_downloaded, bool):
            raise TypeError(
                f"ChapterWithContentResponseModel.can_be_downloaded: expected true or false, got {type(can_be_downloaded).__name__}"
            )

        state = ChapterWithContentResponseModelState._parse(src_dict["state"])

        content = ChapterContentResponseModel.from_dict(src_dict["content"])

        _last_conversion_date_unix = src_dict.get("last_conversion_date_unix", UNSET)
        last_conversion_date_unix: int | None | Unset
        if _last_conversion_date_unix is UNSET:
            last_conversion_date_unix = UNSET
        else:
            if not (
                is_json_integer(_last_conversion_date_unix)
                or _last_conversion_date_unix is None
            ):
                raise TypeError(
                    f"last_conversion_date_unix: expected an integer or null, got {type(_last_conversion_date_unix).__name__}"
                )
            last_conversion_date_unix = _last_conversion_date_unix

        _conversion_progress = src_dict.get("conversion_progress", UNSET)
        conversion_progress: float | None | Unset
        if _conversion_progress is UNSET:
            conversion_progress = UNSET
        else:
            if not (
                (
                    isinstance(_conversion_progress, float)
                    and _conversion_progress - _conversion_progress == 0.0
                    or type(_conversion_progress) is int
                )
                or _conversion_progress is None
            ):
                raise TypeError(
                    f"conversion_progress: expected a finite number or null, got {type(_conversion_progress).__name__}"
                )
            conversion_progress = _conversion_progress

        _has_video = src_dict.get("has_video", UNSET)
        has_video: bool | None | Unset
        if _has_video is UNSET:
            has_video = UNSET
        else:
            if not (isinstance(_has_video, bool) or _has_video is None):
                raise TypeError(
                    f"has_video: expected true or false or null, got {type(_has_video).__name__}"
                )
            has_video = _has_video

        _has_visual_content = src_dict.get("has_visual_content", UNSET)
        has_visual_content: bool | None | Unset
        if _has_visual_content is UNSET:
            has_visual_content = UNSET
        else:
            if not (
                isinstance(_has_visual_content, bool) or _has_visual_content is None
            ):
                raise TypeError(
                    f"has_visual_content: expected true or false or null, got {type(_has_visual_content).__name__}"
                )
            has_visual_content = _has_visual_content

        _voice_ids = src_dict.get("voice_ids", UNSET)
        voice_ids: list[str] | None | Unset
        if _voice_ids is None:
            voice_ids = None
        elif isinstance(_voice_ids, Unset):
            voice_ids = UNSET
        else:
            try:
                if not isinstance(_voice_ids, list):
                    raise TypeError()
                _voice_ids_type_0 = _voice_ids
                if not isinstance(_voice_ids_type_0, list):
                    raise TypeError(
                        f"voice_ids_type_0: expected an array, got {type(_voice_ids_type_0).__name__}"
                    )

                for _item in _voice_ids_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(
                            f"voice_ids_type_0: every item must be a string"
                        )
                voice_ids_type_0 = cast(list[str], _voice_ids_type_0)

                voice_ids = voice_ids_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_voice_ids is None):
                    raise TypeError(
                        f"voice_ids: expected an array or null, got {type(_voice_ids).__name__}"
                    )
                voice_ids = _voice_ids

        _statistics = src_dict.get("statistics", UNSET)
        statistics: ChapterStatisticsResponseModel | None | Unset
        if _statistics is None:
            statistics = None
        elif isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            try:
                if not isinstance(_statistics, dict):
                    raise TypeError()
                statistics_type_0 = ChapterStatisticsResponseModel.from_dict(
                    _statistics
                )

                statistics = statistics_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_statistics is None):
                    raise TypeError(
                        f"statistics: expected an object or null, got {type(_statistics).__name__}"
                    )
                statistics = _statistics

        _last_conversion_error = src_dict.get("last_conversion_error", UNSET)
        last_conversion_error: None | str | Unset
        if _last_conversion_error is UNSET:
            last_conversion_error = UNSET
        else:
            if not (
                isinstance(_last_conversion_error, str)
                or _last_conversion_error is None
            ):
                raise TypeError(
                    f"last_conversion_error: expected a string or null, got {type(_last_conversion_error).__name__}"
                )
            last_conversion_error = _last_conversion_error

        chapter_with_content_response_model = cls(
            chapter_id=chapter_id,
            name=name,
            can_be_downloaded=can_be_downloaded,
            state=state,
            content=content,
            last_conversion_date_unix=last_conversion_date_unix,
            conversion_progress=conversion_progress,
            has_video=has_video,
            has_visual_content=has_visual_content,
            voice_ids=voice_ids,
            statistics=statistics,
            last_conversion_error=last_conversion_error,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            chapter_with_content_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return chapter_with_content_response_model

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
from ..models.chapter_content_response_model import ChapterContentResponseModel  # noqa: E402
from ..models.chapter_statistics_response_model import ChapterStatisticsResponseModel  # noqa: E402
