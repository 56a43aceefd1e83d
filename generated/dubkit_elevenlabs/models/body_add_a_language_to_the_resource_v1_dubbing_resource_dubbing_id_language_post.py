from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T", bound="BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost"
)


@_attrs_define
class BodyAddALanguageToTheResourceV1DubbingResourceDubbingIdLanguagePost:
    language: None | str
    """ The Target language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language: None | str
        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        body_add_a_language_to_the_resource_v1_dubbing_resource_dubbing_id_language_post = cls(
            language=language,
        )

        body_add_a_language_to_the_resource_v1_dubbing_resource_dubbing_id_language_post.additional_properties = d
        return body_add_a_language_to_the_resource_v1_dubbing_resource_dubbing_id_language_post

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
