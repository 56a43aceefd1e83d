from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generator,
    Literal,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ChapterContentBlockTtsNodeResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "project_voice_ref_id",
        "text",
        "voice_id",
    }
)


@_attrs_define
class ChapterContentBlockTtsNodeResponseModel:
    type_: Literal["tts_node"]
    project_voice_ref_id: str
    text: str
    voice_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        project_voice_ref_id = self.project_voice_ref_id

        text = self.text

        voice_id = self.voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "project_voice_ref_id": project_voice_ref_id,
                "text": text,
                "voice_id": voice_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = cast(Literal["tts_node"], src_dict["type"])
        if type_ != "tts_node":
            raise ValueError(f"type must match const 'tts_node', got '{type_}'")

        project_voice_ref_id = src_dict["project_voice_ref_id"]
        if not isinstance(project_voice_ref_id, str):
            raise TypeError(
                f"ChapterContentBlockTtsNodeResponseModel.project_voice_ref_id: expected a string, got {type(project_voice_ref_id).__name__}"
            )

        text = src_dict["text"]
        if not isinstance(text, str):
            raise TypeError(
                f"ChapterContentBlockTtsNodeResponseModel.text: expected a string, got {type(text).__name__}"
            )

        voice_id = src_dict["voice_id"]
        if not isinstance(voice_id, str):
            raise TypeError(
                f"ChapterContentBlockTtsNodeResponseModel.voice_id: expected a string, got {type(voice_id).__name__}"
            )

        chapter_content_block_tts_node_response_model = cls(
            type_=type_,
            project_voice_ref_id=project_voice_ref_id,
            text=text,
            voice_id=voice_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            chapter_content_block_tts_node_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return chapter_content_block_tts_node_response_model

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
