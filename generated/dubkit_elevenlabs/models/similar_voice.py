from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.similar_voice_category import SimilarVoiceCategory
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="SimilarVoice")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "voice_id",
        "name",
        "category",
        "description",
        "preview_url",
    }
)


@_attrs_define
class SimilarVoice:
    voice_id: str
    name: str
    category: SimilarVoiceCategory
    description: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        name = self.name

        category = self.category.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "name": name,
                "category": category,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        voice_id = src_dict["voice_id"]
        if not isinstance(voice_id, str):
            raise TypeError(
                f"SimilarVoice.voice_id: expected a string, got {type(voice_id).__name__}"
            )

        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(
                f"SimilarVoice.name: expected a string, got {type(name).__name__}"
            )

        category = SimilarVoiceCategory._parse(src_dict["category"])

        _description = src_dict.get("description", UNSET)
        description: None | str | Unset
        if _description is UNSET:
            description = UNSET
        else:
            if not (isinstance(_description, str) or _description is None):
                raise TypeError(
                    f"description: expected a string or null, got {type(_description).__name__}"
                )
            description = _description

        _preview_url = src_dict.get("preview_url", UNSET)
        preview_url: None | str | Unset
        if _preview_url is UNSET:
            preview_url = UNSET
        else:
            if not (isinstance(_preview_url, str) or _preview_url is None):
                raise TypeError(
                    f"preview_url: expected a string or null, got {type(_preview_url).__name__}"
                )
            preview_url = _preview_url

        similar_voice = cls(
            voice_id=voice_id,
            name=name,
            category=category,
            description=description,
            preview_url=preview_url,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            similar_voice.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return similar_voice

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
