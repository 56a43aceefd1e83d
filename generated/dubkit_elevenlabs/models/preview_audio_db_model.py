from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="PreviewAudioDBModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "audio_url",
        "voice_id",
        "text",
        "hls_manifest_url",
        "dash_manifest_url",
        "is_auto_generated",
        "generated_at_unix",
    }
)


@_attrs_define
class PreviewAudioDBModel:
    audio_url: str
    voice_id: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    hls_manifest_url: None | str | Unset = UNSET
    dash_manifest_url: None | str | Unset = UNSET
    is_auto_generated: bool | None | Unset = False
    generated_at_unix: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        hls_manifest_url: None | str | Unset
        if isinstance(self.hls_manifest_url, Unset):
            hls_manifest_url = UNSET
        else:
            hls_manifest_url = self.hls_manifest_url

        dash_manifest_url: None | str | Unset
        if isinstance(self.dash_manifest_url, Unset):
            dash_manifest_url = UNSET
        else:
            dash_manifest_url = self.dash_manifest_url

        is_auto_generated: bool | None | Unset
        if isinstance(self.is_auto_generated, Unset):
            is_auto_generated = UNSET
        else:
            is_auto_generated = self.is_auto_generated

        generated_at_unix: int | None | Unset
        if isinstance(self.generated_at_unix, Unset):
            generated_at_unix = UNSET
        else:
            generated_at_unix = self.generated_at_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_url": audio_url,
            }
        )
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if text is not UNSET:
            field_dict["text"] = text
        if hls_manifest_url is not UNSET:
            field_dict["hls_manifest_url"] = hls_manifest_url
        if dash_manifest_url is not UNSET:
            field_dict["dash_manifest_url"] = dash_manifest_url
        if is_auto_generated is not UNSET:
            field_dict["is_auto_generated"] = is_auto_generated
        if generated_at_unix is not UNSET:
            field_dict["generated_at_unix"] = generated_at_unix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        audio_url = src_dict["audio_url"]
        if not isinstance(audio_url, str):
            raise TypeError(
                f"PreviewAudioDBModel.audio_url: expected a string, got {type(audio_url).__name__}"
            )

        _voice_id = src_dict.get("voice_id", UNSET)
        voice_id: None | str | Unset
        if _voice_id is UNSET:
            voice_id = UNSET
        else:
            if not (isinstance(_voice_id, str) or _voice_id is None):
                raise TypeError(
                    f"voice_id: expected a string or null, got {type(_voice_id).__name__}"
                )
            voice_id = _voice_id

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

        _hls_manifest_url = src_dict.get("hls_manifest_url", UNSET)
        hls_manifest_url: None | str | Unset
        if _hls_manifest_url is UNSET:
            hls_manifest_url = UNSET
        else:
            if not (isinstance(_hls_manifest_url, str) or _hls_manifest_url is None):
                raise TypeError(
                    f"hls_manifest_url: expected a string or null, got {type(_hls_manifest_url).__name__}"
                )
            hls_manifest_url = _hls_manifest_url

        _dash_manifest_url = src_dict.get("dash_manifest_url", UNSET)
        dash_manifest_url: None | str | Unset
        if _dash_manifest_url is UNSET:
            dash_manifest_url = UNSET
        else:
            if not (isinstance(_dash_manifest_url, str) or _dash_manifest_url is None):
                raise TypeError(
                    f"dash_manifest_url: expected a string or null, got {type(_dash_manifest_url).__name__}"
                )
            dash_manifest_url = _dash_manifest_url

        _is_auto_generated = src_dict.get("is_auto_generated", UNSET)
        is_auto_generated: bool | None | Unset
        if _is_auto_generated is UNSET:
            is_auto_generated = UNSET
        else:
            if not (isinstance(_is_auto_generated, bool) or _is_auto_generated is None):
                raise TypeError(
                    f"is_auto_generated: expected true or false or null, got {type(_is_auto_generated).__name__}"
                )
            is_auto_generated = _is_auto_generated

        _generated_at_unix = src_dict.get("generated_at_unix", UNSET)
        generated_at_unix: int | None | Unset
        if _generated_at_unix is UNSET:
            generated_at_unix = UNSET
        else:
            if not (is_json_integer(_generated_at_unix) or _generated_at_unix is None):
                raise TypeError(
                    f"generated_at_unix: expected an integer or null, got {type(_generated_at_unix).__name__}"
                )
            generated_at_unix = _generated_at_unix

        preview_audio_db_model = cls(
            audio_url=audio_url,
            voice_id=voice_id,
            text=text,
            hls_manifest_url=hls_manifest_url,
            dash_manifest_url=dash_manifest_url,
            is_auto_generated=is_auto_generated,
            generated_at_unix=generated_at_unix,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            preview_audio_db_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return preview_audio_db_model

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
