from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.render_type import RenderType
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="RenderDubbingBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "render_type",
        "normalize_volume",
    }
)


@_attrs_define
class RenderDubbingBody:
    render_type: RenderType
    normalize_volume: bool | None | Unset = False
    """ Whether to normalize the volume of the rendered audio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        render_type = self.render_type.value

        normalize_volume: bool | None | Unset
        if isinstance(self.normalize_volume, Unset):
            normalize_volume = UNSET
        else:
            normalize_volume = self.normalize_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "render_type": render_type,
            }
        )
        if normalize_volume is not UNSET:
            field_dict["normalize_volume"] = normalize_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        render_type = RenderType._parse(src_dict["render_type"])

        _normalize_volume = src_dict.get("normalize_volume", UNSET)
        normalize_volume: bool | None | Unset
        if _normalize_volume is UNSET:
            normalize_volume = UNSET
        else:
            if not (isinstance(_normalize_volume, bool) or _normalize_volume is None):
                raise TypeError(
                    f"normalize_volume: expected true or false or null, got {type(_normalize_volume).__name__}"
                )
            normalize_volume = _normalize_volume

        render_dubbing_body = cls(
            render_type=render_type,
            normalize_volume=normalize_volume,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            render_dubbing_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return render_dubbing_body

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
