from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="PendingExternalAudiosMetadataModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "target_global_offset_ms",
        "external_audio_ids",
    }
)


@_attrs_define
class PendingExternalAudiosMetadataModel:
    target_global_offset_ms: int | None
    external_audio_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_global_offset_ms: int | None
        target_global_offset_ms = self.target_global_offset_ms

        external_audio_ids = self.external_audio_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_global_offset_ms": target_global_offset_ms,
                "external_audio_ids": external_audio_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _target_global_offset_ms = src_dict["target_global_offset_ms"]
        target_global_offset_ms: int | None
        if not (
            is_json_integer(_target_global_offset_ms)
            or _target_global_offset_ms is None
        ):
            raise TypeError(
                f"target_global_offset_ms: expected an integer or null, got {type(_target_global_offset_ms).__name__}"
            )
        target_global_offset_ms = _target_global_offset_ms

        _external_audio_ids = src_dict["external_audio_ids"]
        if not isinstance(_external_audio_ids, list):
            raise TypeError(
                f"external_audio_ids: expected an array, got {type(_external_audio_ids).__name__}"
            )

        for _item in _external_audio_ids:
            if not isinstance(_item, str):
                raise TypeError(f"external_audio_ids: every item must be a string")
        external_audio_ids = cast(list[str], _external_audio_ids)

        pending_external_audios_metadata_model = cls(
            target_global_offset_ms=target_global_offset_ms,
            external_audio_ids=external_audio_ids,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            pending_external_audios_metadata_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return pending_external_audios_metadata_model

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
