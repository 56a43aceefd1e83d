from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_create_payload_translations_type_0 import (
        SegmentCreatePayloadTranslationsType0,
    )


T = TypeVar("T", bound="SegmentCreatePayload")


@_attrs_define
class SegmentCreatePayload:
    start_time: float
    end_time: float
    text: None | str | Unset = UNSET
    translations: None | SegmentCreatePayloadTranslationsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.segment_create_payload_translations_type_0 import (
            SegmentCreatePayloadTranslationsType0,  # noqa: PLC0415
        )

        start_time = self.start_time

        end_time = self.end_time

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        translations: dict[str, Any] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, SegmentCreatePayloadTranslationsType0):
            translations = self.translations.to_dict()
        else:
            translations = self.translations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_create_payload_translations_type_0 import (
            SegmentCreatePayloadTranslationsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_translations(
            data: object,
        ) -> None | SegmentCreatePayloadTranslationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                translations_type_0 = SegmentCreatePayloadTranslationsType0.from_dict(
                    data
                )

                return translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SegmentCreatePayloadTranslationsType0 | Unset, data)

        translations = _parse_translations(d.pop("translations", UNSET))

        segment_create_payload = cls(
            start_time=start_time,
            end_time=end_time,
            text=text,
            translations=translations,
        )

        segment_create_payload.additional_properties = d
        return segment_create_payload

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
