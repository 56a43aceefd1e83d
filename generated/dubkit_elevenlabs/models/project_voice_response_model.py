from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ProjectVoiceResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "project_voice_ref_id",
        "voice_id",
        "alias",
        "stability",
        "similarity_boost",
        "style",
        "is_pinned",
        "use_speaker_boost",
        "volume_gain",
        "speed",
    }
)


@_attrs_define
class ProjectVoiceResponseModel:
    project_voice_ref_id: str
    voice_id: str
    alias: str
    stability: float
    similarity_boost: float
    style: float
    is_pinned: bool
    use_speaker_boost: bool
    volume_gain: float
    speed: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_voice_ref_id = self.project_voice_ref_id

        voice_id = self.voice_id

        alias = self.alias

        stability = self.stability

        similarity_boost = self.similarity_boost

        style = self.style

        is_pinned = self.is_pinned

        use_speaker_boost = self.use_speaker_boost

        volume_gain = self.volume_gain

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_voice_ref_id": project_voice_ref_id,
                "voice_id": voice_id,
                "alias": alias,
                "stability": stability,
                "similarity_boost": similarity_boost,
                "style": style,
                "is_pinned": is_pinned,
                "use_speaker_boost": use_speaker_boost,
                "volume_gain": volume_gain,
                "speed": speed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_voice_ref_id = src_dict["project_voice_ref_id"]

        voice_id = src_dict["voice_id"]

        alias = src_dict["alias"]

        stability = src_dict["stability"]

        similarity_boost = src_dict["similarity_boost"]

        style = src_dict["style"]

        is_pinned = src_dict["is_pinned"]

        use_speaker_boost = src_dict["use_speaker_boost"]

        volume_gain = src_dict["volume_gain"]

        speed = src_dict["speed"]

        project_voice_response_model = cls(
            project_voice_ref_id=project_voice_ref_id,
            voice_id=voice_id,
            alias=alias,
            stability=stability,
            similarity_boost=similarity_boost,
            style=style,
            is_pinned=is_pinned,
            use_speaker_boost=use_speaker_boost,
            volume_gain=volume_gain,
            speed=speed,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_voice_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_voice_response_model

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
