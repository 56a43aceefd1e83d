from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingTranscriptUtterance")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "text",
        "speaker_id",
        "start_s",
        "end_s",
        "words",
    }
)


@_attrs_define
class DubbingTranscriptUtterance:
    text: str | Unset = ""
    speaker_id: str | Unset = "unknown"
    start_s: float | Unset = 0.0
    end_s: float | Unset = 0.0
    words: list[DubbingTranscriptWord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        speaker_id = self.speaker_id

        start_s = self.start_s

        end_s = self.end_s

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if start_s is not UNSET:
            field_dict["start_s"] = start_s
        if end_s is not UNSET:
            field_dict["end_s"] = end_s
        if words is not UNSET:
            field_dict["words"] = words

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        text = src_dict.get("text", UNSET)
        if text is not UNSET and not isinstance(text, str):
            raise TypeError(
                f"DubbingTranscriptUtterance.text: expected a string, got {type(text).__name__}"
            )

        speaker_id = src_dict.get("speaker_id", UNSET)
        if speaker_id is not UNSET and not isinstance(speaker_id, str):
            raise TypeError(
                f"DubbingTranscriptUtterance.speaker_id: expected a string, got {type(speaker_id).__name__}"
            )

        start_s = src_dict.get("start_s", UNSET)
        if start_s is not UNSET and not (
            isinstance(start_s, float)
            and start_s - start_s == 0.0
            or type(start_s) is int
        ):
            raise TypeError(
                f"DubbingTranscriptUtterance.start_s: expected a finite number, got {type(start_s).__name__}"
            )

        end_s = src_dict.get("end_s", UNSET)
        if end_s is not UNSET and not (
            isinstance(end_s, float) and end_s - end_s == 0.0 or type(end_s) is int
        ):
            raise TypeError(
                f"DubbingTranscriptUtterance.end_s: expected a finite number, got {type(end_s).__name__}"
            )

        _words = src_dict.get("words", UNSET)
        words: list[DubbingTranscriptWord] | Unset = UNSET
        if _words is not UNSET:
            if not isinstance(_words, list):
                raise TypeError(
                    f"words: expected an array, got {type(_words).__name__}"
                )

            words = []
            for words_item_data in _words:
                words_item = DubbingTranscriptWord.from_dict(words_item_data)

                words.append(words_item)

        dubbing_transcript_utterance = cls(
            text=text,
            speaker_id=speaker_id,
            start_s=start_s,
            end_s=end_s,
            words=words,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_transcript_utterance.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_transcript_utterance

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
from ..models.dubbing_transcript_word import DubbingTranscriptWord  # noqa: E402
