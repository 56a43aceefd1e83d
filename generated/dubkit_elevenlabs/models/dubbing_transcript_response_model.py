from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingTranscriptResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "language",
        "utterances",
    }
)


@_attrs_define
class DubbingTranscriptResponseModel:
    language: str
    utterances: list[DubbingTranscriptUtterance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        utterances = []
        for utterances_item_data in self.utterances:
            utterances_item = utterances_item_data.to_dict()
            utterances.append(utterances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "utterances": utterances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        language = src_dict["language"]
        if not isinstance(language, str):
            raise TypeError(
                f"DubbingTranscriptResponseModel.language: expected a string, got {type(language).__name__}"
            )

        utterances = []
        _utterances = src_dict["utterances"]
        if not isinstance(_utterances, list):
            raise TypeError(
                f"utterances: expected an array, got {type(_utterances).__name__}"
            )

        for utterances_item_data in _utterances:
            utterances_item = DubbingTranscriptUtterance.from_dict(utterances_item_data)

            utterances.append(utterances_item)

        dubbing_transcript_response_model = cls(
            language=language,
            utterances=utterances,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_transcript_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_transcript_response_model

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
from ..models.dubbing_transcript_utterance import DubbingTranscriptUtterance  # noqa: E402
