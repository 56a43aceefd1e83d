from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingTargetSegmentUpdateRequest")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "translation",
    }
)


@_attrs_define
class DubbingTargetSegmentUpdateRequest:
    """A partial edit to a target segment. An omitted field is left unchanged; a provided ``null``
    clears it (see each field for what clearing means).

    """

    translation: None | str | Unset = UNSET
    """ New translated text, or null to mark the segment for re-translation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        translation: None | str | Unset
        if isinstance(self.translation, Unset):
            translation = UNSET
        else:
            translation = self.translation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if translation is not UNSET:
            field_dict["translation"] = translation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _translation = src_dict.get("translation", UNSET)
        translation: None | str | Unset
        if _translation is UNSET:
            translation = UNSET
        else:
            if not (isinstance(_translation, str) or _translation is None):
                raise TypeError(
                    f"translation: expected a string or null, got {type(_translation).__name__}"
                )
            translation = _translation

        dubbing_target_segment_update_request = cls(
            translation=translation,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_target_segment_update_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_target_segment_update_request

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
