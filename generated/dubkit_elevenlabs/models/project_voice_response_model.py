from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        if not isinstance(project_voice_ref_id, str):
            raise TypeError(
                f"ProjectVoiceResponseModel.project_voice_ref_id: expected a string, got {type(project_voice_ref_id).__name__}"
            )

        voice_id = src_dict["voice_id"]
        if not isinstance(voice_id, str):
            raise TypeError(
                f"ProjectVoiceResponseModel.voice_id: expected a string, got {type(voice_id).__name__}"
            )

        alias = src_dict["alias"]
        if not isinstance(alias, str):
            raise TypeError(
                f"ProjectVoiceResponseModel.alias: expected a string, got {type(alias).__name__}"
            )

        stability = src_dict["stability"]
        if not (
            isinstance(stability, float)
            and stability - stability == 0.0
            or type(stability) is int
        ):
            raise TypeError(
                f"ProjectVoiceResponseModel.stability: expected a finite number, got {type(stability).__name__}"
            )

        similarity_boost = src_dict["similarity_boost"]
        if not (
            isinstance(similarity_boost, float)
            and similarity_boost - similarity_boost == 0.0
            or type(similarity_boost) is int
        ):
            raise TypeError(
                f"ProjectVoiceResponseModel.similarity_boost: expected a finite number, got {type(similarity_boost).__name__}"
            )

        style = src_dict["style"]
        if not (
            isinstance(style, float) and style - style == 0.0 or type(style) is int
        ):
            raise TypeError(
                f"ProjectVoiceResponseModel.style: expected a finite number, got {type(style).__name__}"
            )

        is_pinned = src_dict["is_pinned"]
        if not isinstance(is_pinned, bool):
            raise TypeError(
                f"ProjectVoiceResponseModel.is_pinned: expected true or false, got {type(is_pinned).__name__}"
            )

        use_speaker_boost = src_dict["use_speaker_boost"]
        if not isinstance(use_speaker_boost, bool):
            raise TypeError(
                f"ProjectVoiceResponseModel.use_speaker_boost: expected true or false, got {type(use_speaker_boost).__name__}"
            )

        volume_gain = src_dict["volume_gain"]
        if not (
            isinstance(volume_gain, float)
            and volume_gain - volume_gain == 0.0
            or type(volume_gain) is int
        ):
            raise TypeError(
                f"ProjectVoiceResponseModel.volume_gain: expected a finite number, got {type(volume_gain).__name__}"
            )

        speed = src_dict["speed"]
        if not (
            isinstance(speed, float) and speed - speed == 0.0 or type(speed) is int
        ):
            raise TypeError(
                f"ProjectVoiceResponseModel.speed: expected a finite number, got {type(speed).__name__}"
            )

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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None
