from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clip_animation_enter_effect import ClipAnimationEnterEffect
from ..models.clip_animation_exit_effect import ClipAnimationExitEffect
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ClipAnimation")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "enter_effect",
        "enter_duration_ms",
        "exit_effect",
        "exit_duration_ms",
    }
)


@_attrs_define
class ClipAnimation:
    enter_effect: ClipAnimationEnterEffect | Unset = ClipAnimationEnterEffect.NONE
    enter_duration_ms: int | Unset = 0
    exit_effect: ClipAnimationExitEffect | Unset = ClipAnimationExitEffect.NONE
    exit_duration_ms: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enter_effect: str | Unset = UNSET
        if not isinstance(self.enter_effect, Unset):
            enter_effect = self.enter_effect.value

        enter_duration_ms = self.enter_duration_ms

        exit_effect: str | Unset = UNSET
        if not isinstance(self.exit_effect, Unset):
            exit_effect = self.exit_effect.value

        exit_duration_ms = self.exit_duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enter_effect is not UNSET:
            field_dict["enter_effect"] = enter_effect
        if enter_duration_ms is not UNSET:
            field_dict["enter_duration_ms"] = enter_duration_ms
        if exit_effect is not UNSET:
            field_dict["exit_effect"] = exit_effect
        if exit_duration_ms is not UNSET:
            field_dict["exit_duration_ms"] = exit_duration_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _enter_effect = src_dict.get("enter_effect", UNSET)
        enter_effect: ClipAnimationEnterEffect | Unset
        if isinstance(_enter_effect, Unset):
            enter_effect = UNSET
        else:
            enter_effect = ClipAnimationEnterEffect._parse(_enter_effect)

        enter_duration_ms = src_dict.get("enter_duration_ms", UNSET)
        if enter_duration_ms is not UNSET and not is_json_integer(enter_duration_ms):
            raise TypeError(
                f"ClipAnimation.enter_duration_ms: expected an integer, got {type(enter_duration_ms).__name__}"
            )

        _exit_effect = src_dict.get("exit_effect", UNSET)
        exit_effect: ClipAnimationExitEffect | Unset
        if isinstance(_exit_effect, Unset):
            exit_effect = UNSET
        else:
            exit_effect = ClipAnimationExitEffect._parse(_exit_effect)

        exit_duration_ms = src_dict.get("exit_duration_ms", UNSET)
        if exit_duration_ms is not UNSET and not is_json_integer(exit_duration_ms):
            raise TypeError(
                f"ClipAnimation.exit_duration_ms: expected an integer, got {type(exit_duration_ms).__name__}"
            )

        clip_animation = cls(
            enter_effect=enter_effect,
            enter_duration_ms=enter_duration_ms,
            exit_effect=exit_effect,
            exit_duration_ms=exit_duration_ms,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            clip_animation.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return clip_animation

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
