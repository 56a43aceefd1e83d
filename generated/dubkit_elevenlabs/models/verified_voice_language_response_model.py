from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="VerifiedVoiceLanguageResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "language",
        "model_id",
        "accent",
        "locale",
        "preview_url",
    }
)


@_attrs_define
class VerifiedVoiceLanguageResponseModel:
    """
    Example:
        {'accent': 'American', 'language': 'en', 'model_id': 'eleven_turbo_v2_5'}

    """

    language: str
    """ The language of the voice. """
    model_id: str
    """ The voice's model ID. """
    accent: None | str | Unset = UNSET
    """ The voice's accent, if applicable. """
    locale: None | str | Unset = UNSET
    """ The voice's locale, if applicable. """
    preview_url: None | str | Unset = UNSET
    """ The voice's preview URL, if applicable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        model_id = self.model_id

        accent: None | str | Unset
        if isinstance(self.accent, Unset):
            accent = UNSET
        else:
            accent = self.accent

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "model_id": model_id,
            }
        )
        if accent is not UNSET:
            field_dict["accent"] = accent
        if locale is not UNSET:
            field_dict["locale"] = locale
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        language = src_dict["language"]
        if not isinstance(language, str):
            raise TypeError(
                f"VerifiedVoiceLanguageResponseModel.language: expected a string, got {type(language).__name__}"
            )

        model_id = src_dict["model_id"]
        if not isinstance(model_id, str):
            raise TypeError(
                f"VerifiedVoiceLanguageResponseModel.model_id: expected a string, got {type(model_id).__name__}"
            )

        _accent = src_dict.get("accent", UNSET)
        accent: None | str | Unset
        if _accent is UNSET:
            accent = UNSET
        else:
            if not (isinstance(_accent, str) or _accent is None):
                raise TypeError(
                    f"accent: expected a string or null, got {type(_accent).__name__}"
                )
            accent = _accent

        _locale = src_dict.get("locale", UNSET)
        locale: None | str | Unset
        if _locale is UNSET:
            locale = UNSET
        else:
            if not (isinstance(_locale, str) or _locale is None):
                raise TypeError(
                    f"locale: expected a string or null, got {type(_locale).__name__}"
                )
            locale = _locale

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

        verified_voice_language_response_model = cls(
            language=language,
            model_id=model_id,
            accent=accent,
            locale=locale,
            preview_url=preview_url,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            verified_voice_language_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return verified_voice_language_response_model

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
