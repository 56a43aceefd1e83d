from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="DubbingTranscriptWord")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "text",
        "word_type",
        "start_s",
        "end_s",
        "characters",
    }
)


@_attrs_define
class DubbingTranscriptWord:
    text: str | Unset = ""
    word_type: str | Unset = "unknown"
    start_s: float | Unset = 0.0
    end_s: float | Unset = 0.0
    characters: list[DubbingTranscriptCharacter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        word_type = self.word_type

        start_s = self.start_s

        end_s = self.end_s

        characters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.characters, Unset):
            characters = []
            for characters_item_data in self.characters:
                characters_item = characters_item_data.to_dict()
                characters.append(characters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if word_type is not UNSET:
            field_dict["word_type"] = word_type
        if start_s is not UNSET:
            field_dict["start_s"] = start_s
        if end_s is not UNSET:
            field_dict["end_s"] = end_s
        if characters is not UNSET:
            field_dict["characters"] = characters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        text = src_dict.get("text", UNSET)

        word_type = src_dict.get("word_type", UNSET)

        start_s = src_dict.get("start_s", UNSET)

        end_s = src_dict.get("end_s", UNSET)

        _characters = src_dict.get("characters", UNSET)
        characters: list[DubbingTranscriptCharacter] | Unset = UNSET
        if _characters is not UNSET:
            characters = []
            for characters_item_data in _characters:
                characters_item = DubbingTranscriptCharacter.from_dict(
                    characters_item_data
                )

                characters.append(characters_item)

        dubbing_transcript_word = cls(
            text=text,
            word_type=word_type,
            start_s=start_s,
            end_s=end_s,
            characters=characters,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_transcript_word.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_transcript_word

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


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.dubbing_transcript_character import DubbingTranscriptCharacter  # noqa: E402
