from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ReadMetadataChapterDBModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "chapter_name",
        "word_count",
        "char_count",
        "starting_char_offset",
        "has_parsed_html",
        "has_summary",
        "duration_seconds",
        "file_number",
        "is_fallback_name",
        "chapter_id",
    }
)


@_attrs_define
class ReadMetadataChapterDBModel:
    chapter_name: str
    word_count: int
    char_count: int
    starting_char_offset: int
    has_parsed_html: bool | Unset = False
    has_summary: bool | Unset = False
    duration_seconds: float | None | Unset = UNSET
    file_number: None | str | Unset = UNSET
    is_fallback_name: bool | Unset = False
    chapter_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chapter_name = self.chapter_name

        word_count = self.word_count

        char_count = self.char_count

        starting_char_offset = self.starting_char_offset

        has_parsed_html = self.has_parsed_html

        has_summary = self.has_summary

        duration_seconds: float | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        file_number: None | str | Unset
        if isinstance(self.file_number, Unset):
            file_number = UNSET
        else:
            file_number = self.file_number

        is_fallback_name = self.is_fallback_name

        chapter_id: None | str | Unset
        if isinstance(self.chapter_id, Unset):
            chapter_id = UNSET
        else:
            chapter_id = self.chapter_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chapter_name": chapter_name,
                "word_count": word_count,
                "char_count": char_count,
                "starting_char_offset": starting_char_offset,
            }
        )
        if has_parsed_html is not UNSET:
            field_dict["has_parsed_html"] = has_parsed_html
        if has_summary is not UNSET:
            field_dict["has_summary"] = has_summary
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if file_number is not UNSET:
            field_dict["file_number"] = file_number
        if is_fallback_name is not UNSET:
            field_dict["is_fallback_name"] = is_fallback_name
        if chapter_id is not UNSET:
            field_dict["chapter_id"] = chapter_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        chapter_name = src_dict["chapter_name"]
        if not isinstance(chapter_name, str):
            raise TypeError(
                f"ReadMetadataChapterDBModel.chapter_name: expected a string, got {type(chapter_name).__name__}"
            )

        word_count = src_dict["word_count"]
        if not is_json_integer(word_count):
            raise TypeError(
                f"ReadMetadataChapterDBModel.word_count: expected an integer, got {type(word_count).__name__}"
            )

        char_count = src_dict["char_count"]
        if not is_json_integer(char_count):
            raise TypeError(
                f"ReadMetadataChapterDBModel.char_count: expected an integer, got {type(char_count).__name__}"
            )

        starting_char_offset = src_dict["starting_char_offset"]
        if not is_json_integer(starting_char_offset):
            raise TypeError(
                f"ReadMetadataChapterDBModel.starting_char_offset: expected an integer, got {type(starting_char_offset).__name__}"
            )

        has_parsed_html = src_dict.get("has_parsed_html", UNSET)
        if has_parsed_html is not UNSET and not isinstance(has_parsed_html, bool):
            raise TypeError(
                f"ReadMetadataChapterDBModel.has_parsed_html: expected true or false, got {type(has_parsed_html).__name__}"
            )

        has_summary = src_dict.get("has_summary", UNSET)
        if has_summary is not UNSET and not isinstance(has_summary, bool):
            raise TypeError(
                f"ReadMetadataChapterDBModel.has_summary: expected true or false, got {type(has_summary).__name__}"
            )

        _duration_seconds = src_dict.get("duration_seconds", UNSET)
        duration_seconds: float | None | Unset
        if _duration_seconds is UNSET:
            duration_seconds = UNSET
        else:
            if not (
                (
                    isinstance(_duration_seconds, float)
                    and _duration_seconds - _duration_seconds == 0.0
                    or type(_duration_seconds) is int
                )
                or _duration_seconds is None
            ):
                raise TypeError(
                    f"duration_seconds: expected a finite number or null, got {type(_duration_seconds).__name__}"
                )
            duration_seconds = _duration_seconds

        _file_number = src_dict.get("file_number", UNSET)
        file_number: None | str | Unset
        if _file_number is UNSET:
            file_number = UNSET
        else:
            if not (isinstance(_file_number, str) or _file_number is None):
                raise TypeError(
                    f"file_number: expected a string or null, got {type(_file_number).__name__}"
                )
            file_number = _file_number

        is_fallback_name = src_dict.get("is_fallback_name", UNSET)
        if is_fallback_name is not UNSET and not isinstance(is_fallback_name, bool):
            raise TypeError(
                f"ReadMetadataChapterDBModel.is_fallback_name: expected true or false, got {type(is_fallback_name).__name__}"
            )

        _chapter_id = src_dict.get("chapter_id", UNSET)
        chapter_id: None | str | Unset
        if _chapter_id is UNSET:
            chapter_id = UNSET
        else:
            if not (isinstance(_chapter_id, str) or _chapter_id is None):
                raise TypeError(
                    f"chapter_id: expected a string or null, got {type(_chapter_id).__name__}"
                )
            chapter_id = _chapter_id

        read_metadata_chapter_db_model = cls(
            chapter_name=chapter_name,
            word_count=word_count,
            char_count=char_count,
            starting_char_offset=starting_char_offset,
            has_parsed_html=has_parsed_html,
            has_summary=has_summary,
            duration_seconds=duration_seconds,
            file_number=file_number,
            is_fallback_name=is_fallback_name,
            chapter_id=chapter_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            read_metadata_chapter_db_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return read_metadata_chapter_db_model

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
