from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="AssetTranscriptionData")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "language_code",
        "text",
        "words",
        "word_start_times_ms",
        "word_end_times_ms",
        "word_speaker_ids",
    }
)


@_attrs_define
class AssetTranscriptionData:
    language_code: str
    text: str
    words: list[str]
    word_start_times_ms: list[int]
    word_end_times_ms: list[int]
    word_speaker_ids: list[None | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language_code = self.language_code

        text = self.text

        words = self.words

        word_start_times_ms = self.word_start_times_ms

        word_end_times_ms = self.word_end_times_ms

        word_speaker_ids = []
        for word_speaker_ids_item_data in self.word_speaker_ids:
            word_speaker_ids_item: None | str
            word_speaker_ids_item = word_speaker_ids_item_data
            word_speaker_ids.append(word_speaker_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language_code": language_code,
                "text": text,
                "words": words,
                "word_start_times_ms": word_start_times_ms,
                "word_end_times_ms": word_end_times_ms,
                "word_speaker_ids": word_speaker_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        language_code = src_dict["language_code"]
        if not isinstance(language_code, str):
            raise TypeError(
                f"AssetTranscriptionData.language_code: expected a string, got {type(language_code).__name__}"
            )

        text = src_dict["text"]
        if not isinstance(text, str):
            raise TypeError(
                f"AssetTranscriptionData.text: expected a string, got {type(text).__name__}"
            )

        _words = src_dict["words"]
        if not isinstance(_words, list):
            raise TypeError(f"words: expected an array, got {type(_words).__name__}")

        for _item in _words:
            if not isinstance(_item, str):
                raise TypeError(f"words: every item must be a string")
        words = cast(list[str], _words)

        _word_start_times_ms = src_dict["word_start_times_ms"]
        if not isinstance(_word_start_times_ms, list):
            raise TypeError(
                f"word_start_times_ms: expected an array, got {type(_word_start_times_ms).__name__}"
            )

        for _item in _word_start_times_ms:
            if not is_json_integer(_item):
                raise TypeError(f"word_start_times_ms: every item must be an integer")
        word_start_times_ms = cast(list[int], _word_start_times_ms)

        _word_end_times_ms = src_dict["word_end_times_ms"]
        if not isinstance(_word_end_times_ms, list):
            raise TypeError(
                f"word_end_times_ms: expected an array, got {type(_word_end_times_ms).__name__}"
            )

        for _item in _word_end_times_ms:
            if not is_json_integer(_item):
                raise TypeError(f"word_end_times_ms: every item must be an integer")
        word_end_times_ms = cast(list[int], _word_end_times_ms)

        word_speaker_ids = []
        _word_speaker_ids = src_dict["word_speaker_ids"]
        if not isinstance(_word_speaker_ids, list):
            raise TypeError(
                f"word_speaker_ids: expected an array, got {type(_word_speaker_ids).__name__}"
            )

        for word_speaker_ids_item_data in _word_speaker_ids:
            _word_speaker_ids_item = word_speaker_ids_item_data
            word_speaker_ids_item: None | str
            if not (
                isinstance(_word_speaker_ids_item, str)
                or _word_speaker_ids_item is None
            ):
                raise TypeError(
                    f"word_speaker_ids_item: expected a string or null, got {type(_word_speaker_ids_item).__name__}"
                )
            word_speaker_ids_item = _word_speaker_ids_item

            word_speaker_ids.append(word_speaker_ids_item)

        asset_transcription_data = cls(
            language_code=language_code,
            text=text,
            words=words,
            word_start_times_ms=word_start_times_ms,
            word_end_times_ms=word_end_times_ms,
            word_speaker_ids=word_speaker_ids,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            asset_transcription_data.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return asset_transcription_data

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
