from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="VoiceSettingsResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "stability",
        "use_speaker_boost",
        "similarity_boost",
        "style",
        "speed",
    }
)


@_attrs_define
class VoiceSettingsResponseModel:
    """
    Example:
        {'similarity_boost': 1.0, 'speed': 1.0, 'stability': 1.0, 'style': 0.0, 'use_speaker_boost': True}

    """

    stability: float | None | Unset = 0.5
    """ Determines how stable the voice is and the randomness between each generation. Lower values introduce
    broader emotional range for the voice. Higher values can result in a monotonous voice with limited emotion. """
    use_speaker_boost: bool | None | Unset = True
    """ This setting boosts the similarity to the original speaker. Using this setting requires a slightly higher
    computational load, which in turn increases latency. """
    similarity_boost: float | None | Unset = 0.75
    """ Determines how closely the AI should adhere to the original voice when attempting to replicate it. """
    style: float | None | Unset = 0.0
    """ Determines the style exaggeration of the voice. This setting attempts to amplify the style of the original
    speaker. It does consume additional computational resources and might increase latency if set to anything other
    than 0. """
    speed: float | None | Unset = 1.0
    """ Adjusts the speed of the voice. A value of 1.0 is the default speed, while values less than 1.0 slow down
    the speech, and values greater than 1.0 speed it up. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stability: float | None | Unset
        if isinstance(self.stability, Unset):
            stability = UNSET
        else:
            stability = self.stability

        use_speaker_boost: bool | None | Unset
        if isinstance(self.use_speaker_boost, Unset):
            use_speaker_boost = UNSET
        else:
            use_speaker_boost = self.use_speaker_boost

        similarity_boost: float | None | Unset
        if isinstance(self.similarity_boost, Unset):
            similarity_boost = UNSET
        else:
            similarity_boost = self.similarity_boost

        style: float | None | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stability is not UNSET:
            field_dict["stability"] = stability
        if use_speaker_boost is not UNSET:
            field_dict["use_speaker_boost"] = use_speaker_boost
        if similarity_boost is not UNSET:
            field_dict["similarity_boost"] = similarity_boost
        if style is not UNSET:
            field_dict["style"] = style
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _stability = src_dict.get("stability", UNSET)
        stability: float | None | Unset
        if _stability is UNSET:
            stability = UNSET
        else:
            if not (
                (
                    isinstance(_stability, float)
                    and _stability - _stability == 0.0
                    or type(_stability) is int
                )
                or _stability is None
            ):
                raise TypeError(
                    f"stability: expected a finite number or null, got {type(_stability).__name__}"
                )
            stability = _stability

        _use_speaker_boost = src_dict.get("use_speaker_boost", UNSET)
        use_speaker_boost: bool | None | Unset
        if _use_speaker_boost is UNSET:
            use_speaker_boost = UNSET
        else:
            if not (isinstance(_use_speaker_boost, bool) or _use_speaker_boost is None):
                raise TypeError(
                    f"use_speaker_boost: expected true or false or null, got {type(_use_speaker_boost).__name__}"
                )
            use_speaker_boost = _use_speaker_boost

        _similarity_boost = src_dict.get("similarity_boost", UNSET)
        similarity_boost: float | None | Unset
        if _similarity_boost is UNSET:
            similarity_boost = UNSET
        else:
            if not (
                (
                    isinstance(_similarity_boost, float)
                    and _similarity_boost - _similarity_boost == 0.0
                    or type(_similarity_boost) is int
                )
                or _similarity_boost is None
            ):
                raise TypeError(
                    f"similarity_boost: expected a finite number or null, got {type(_similarity_boost).__name__}"
                )
            similarity_boost = _similarity_boost

        _style = src_dict.get("style", UNSET)
        style: float | None | Unset
        if _style is UNSET:
            style = UNSET
        else:
            if not (
                (
                    isinstance(_style, float)
                    and _style - _style == 0.0
                    or type(_style) is int
                )
                or _style is None
            ):
                raise TypeError(
                    f"style: expected a finite number or null, got {type(_style).__name__}"
                )
            style = _style

        _speed = src_dict.get("speed", UNSET)
        speed: float | None | Unset
        if _speed is UNSET:
            speed = UNSET
        else:
            if not (
                (
                    isinstance(_speed, float)
                    and _speed - _speed == 0.0
                    or type(_speed) is int
                )
                or _speed is None
            ):
                raise TypeError(
                    f"speed: expected a finite number or null, got {type(_speed).__name__}"
                )
            speed = _speed

        voice_settings_response_model = cls(
            stability=stability,
            use_speaker_boost=use_speaker_boost,
            similarity_boost=similarity_boost,
            style=style,
            speed=speed,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            voice_settings_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return voice_settings_response_model

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
