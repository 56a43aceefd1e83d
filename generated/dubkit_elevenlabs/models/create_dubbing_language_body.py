from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CreateDubbingLanguageBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "target_language",
        "voice_settings",
        "translations",
    }
)


@_attrs_define
class CreateDubbingLanguageBody:
    target_language: str
    """ BCP-47 language tag to dub the project into (e.g. 'fr', 'es-MX'); must be a language the dubbing model
    supports. A region-qualified tag must be one of the supported dialects. """
    voice_settings: None | Unset | VoiceSettings = UNSET
    """ Voice settings applied to the whole language (e.g. cloning strength). """
    translations: CreateDubbingLanguageBodyTranslationsType0 | None | Unset = UNSET
    """ Enterprise only. Optional translations to use instead of machine translation. A map from each source
    segment's external_id (or its id, if you supplied none) to the translated text; every source segment must be
    covered exactly once. At most 20000 entries, totalling at most 4 MiB of text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_language = self.target_language

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, VoiceSettings):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

        translations: dict[str, Any] | None | Unset
        if isinstance(self.translations, Unset):
            translations = UNSET
        elif isinstance(self.translations, CreateDubbingLanguageBodyTranslationsType0):
            translations = self.translations.to_dict()
        else:
            translations = self.translations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_language": target_language,
            }
        )
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if translations is not UNSET:
            field_dict["translations"] = translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        target_language = src_dict["target_language"]
        if not isinstance(target_language, str):
            raise TypeError(
                f"CreateDubbingLanguageBody.target_language: expected a string, got {type(target_language).__name__}"
            )

        _voice_settings = src_dict.get("voice_settings", UNSET)
        voice_settings: None | Unset | VoiceSettings
        if _voice_settings is None:
            voice_settings = None
        elif isinstance(_voice_settings, Unset):
            voice_settings = UNSET
        else:
            try:
                if not isinstance(_voice_settings, dict):
                    raise TypeError()
                voice_settings_type_0 = VoiceSettings.from_dict(_voice_settings)

                voice_settings = voice_settings_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_voice_settings is None):
                    raise TypeError(
                        f"voice_settings: expected an object or null, got {type(_voice_settings).__name__}"
                    )
                voice_settings = _voice_settings

        _translations = src_dict.get("translations", UNSET)
        translations: CreateDubbingLanguageBodyTranslationsType0 | None | Unset
        if _translations is None:
            translations = None
        elif isinstance(_translations, Unset):
            translations = UNSET
        else:
            try:
                if not isinstance(_translations, dict):
                    raise TypeError()
                translations_type_0 = (
                    CreateDubbingLanguageBodyTranslationsType0.from_dict(_translations)
                )

                translations = translations_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_translations is None):
                    raise TypeError(
                        f"translations: expected an object or null, got {type(_translations).__name__}"
                    )
                translations = _translations

        create_dubbing_language_body = cls(
            target_language=target_language,
            voice_settings=voice_settings,
            translations=translations,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            create_dubbing_language_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return create_dubbing_language_body

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
from ..models.create_dubbing_language_body_translations_type_0 import (
    CreateDubbingLanguageBodyTranslationsType0,  # noqa: E402
)
from ..models.voice_settings import VoiceSettings  # noqa: E402
