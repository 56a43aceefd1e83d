from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="SegmentCreatePayload")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "start_time",
        "end_time",
        "text",
        "translations",
    }
)


@_attrs_define
class SegmentCreatePayload:
    start_time: float
    end_time: float
    text: None | str | Unset = UNSET
    translations: None | SegmentCreatePayloadTranslationsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        start_time = src_dict["start_time"]
        if not (
            isinstance(start_time, float)
            and start_time - start_time == 0.0
            or type(start_time) is int
        ):
            raise TypeError(
                f"SegmentCreatePayload.start_time: expected a finite number, got {type(start_time).__name__}"
            )

        end_time = src_dict["end_time"]
        if not (
            isinstance(end_time, float)
            and end_time - end_time == 0.0
            or type(end_time) is int
        ):
            raise TypeError(
                f"SegmentCreatePayload.end_time: expected a finite number, got {type(end_time).__name__}"
            )

        _text = src_dict.get("text", UNSET)
        text: None | str | Unset
        if _text is UNSET:
            text = UNSET
        else:
            if not (isinstance(_text, str) or _text is None):
                raise TypeError(
                    f"text: expected a string or null, got {type(_text).__name__}"
                )
            text = _text

        _translations = src_dict.get("translations", UNSET)
        translations: None | SegmentCreatePayloadTranslationsType0 | Unset
        if _translations is None:
            translations = None
        elif isinstance(_translations, Unset):
            translations = UNSET
        else:
            try:
                if not isinstance(_translations, dict):
                    raise TypeError()
                translations_type_0 = SegmentCreatePayloadTranslationsType0.from_dict(
                    _translations
                )

                translations = translations_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_translations is None):
                    raise TypeError(
                        f"translations: expected an object or null, got {type(_translations).__name__}"
                    )
                translations = _translations

        segment_create_payload = cls(
            start_time=start_time,
            end_time=end_time,
            text=text,
            translations=translations,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            segment_create_payload.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.segment_create_payload_translations_type_0 import (
    SegmentCreatePayloadTranslationsType0,  # noqa: E402
)
