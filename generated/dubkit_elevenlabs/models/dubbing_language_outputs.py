from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingLanguageOutputs")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "lossless_audio",
    }
)


@_attrs_define
class DubbingLanguageOutputs:
    """Signed, time-limited download URLs for a language target's outputs."""

    lossless_audio: None | str | Unset = UNSET
    """ Signed URL of the dubbed lossless audio track. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lossless_audio: None | str | Unset
        if isinstance(self.lossless_audio, Unset):
            lossless_audio = UNSET
        else:
            lossless_audio = self.lossless_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lossless_audio is not UNSET:
            field_dict["lossless_audio"] = lossless_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _lossless_audio = src_dict.get("lossless_audio", UNSET)
        lossless_audio: None | str | Unset
        if _lossless_audio is UNSET:
            lossless_audio = UNSET
        else:
            if not (isinstance(_lossless_audio, str) or _lossless_audio is None):
                raise TypeError(
                    f"lossless_audio: expected a string or null, got {type(_lossless_audio).__name__}"
                )
            lossless_audio = _lossless_audio

        dubbing_language_outputs = cls(
            lossless_audio=lossless_audio,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_language_outputs.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_language_outputs

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
