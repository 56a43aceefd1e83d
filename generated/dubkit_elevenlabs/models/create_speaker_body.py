from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CreateSpeakerBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "speaker_name",
        "voice_id",
        "voice_stability",
        "voice_similarity",
        "voice_style",
    }
)


@_attrs_define
class CreateSpeakerBody:
    speaker_name: None | str | Unset = UNSET
    """ Name to attribute to this speaker. """
    voice_id: None | str | Unset = UNSET
    """ Either the identifier of a voice from the ElevenLabs voice library, or one of ['track-clone', 'clip-clone'].
    """
    voice_stability: float | None | Unset = UNSET
    """ For models that support it, the voice similarity value to use. This will default to 0.65, with a valid range
    of [0.0, 1.0]. """
    voice_similarity: float | None | Unset = UNSET
    """ For models that support it, the voice similarity value to use. This will default to 1.0, with a valid range
    of [0.0, 1.0]. """
    voice_style: float | None | Unset = UNSET
    """ For models that support it, the voice style value to use. This will default to 1.0, with a valid range of
    [0.0, 1.0]. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker_name: None | str | Unset
        if isinstance(self.speaker_name, Unset):
            speaker_name = UNSET
        else:
            speaker_name = self.speaker_name

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        voice_stability: float | None | Unset
        if isinstance(self.voice_stability, Unset):
            voice_stability = UNSET
        else:
            voice_stability = self.voice_stability

        voice_similarity: float | None | Unset
        if isinstance(self.voice_similarity, Unset):
            voice_similarity = UNSET
        else:
            voice_similarity = self.voice_similarity

        voice_style: float | None | Unset
        if isinstance(self.voice_style, Unset):
            voice_style = UNSET
        else:
            voice_style = self.voice_style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if speaker_name is not UNSET:
            field_dict["speaker_name"] = speaker_name
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if voice_stability is not UNSET:
            field_dict["voice_stability"] = voice_stability
        if voice_similarity is not UNSET:
            field_dict["voice_similarity"] = voice_similarity
        if voice_style is not UNSET:
            field_dict["voice_style"] = voice_style

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _speaker_name = src_dict.get("speaker_name", UNSET)
        speaker_name: None | str | Unset
        if _speaker_name is UNSET:
            speaker_name = UNSET
        else:
            if not (isinstance(_speaker_name, str) or _speaker_name is None):
                raise TypeError(
                    f"speaker_name: expected a string or null, got {type(_speaker_name).__name__}"
                )
            speaker_name = _speaker_name

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

        _voice_stability = src_dict.get("voice_stability", UNSET)
        voice_stability: float | None | Unset
        if _voice_stability is UNSET:
            voice_stability = UNSET
        else:
            if not (
                (
                    isinstance(_voice_stability, float)
                    and _voice_stability - _voice_stability == 0.0
                    or type(_voice_stability) is int
                )
                or _voice_stability is None
            ):
                raise TypeError(
                    f"voice_stability: expected a finite number or null, got {type(_voice_stability).__name__}"
                )
            voice_stability = _voice_stability

        _voice_similarity = src_dict.get("voice_similarity", UNSET)
        voice_similarity: float | None | Unset
        if _voice_similarity is UNSET:
            voice_similarity = UNSET
        else:
            if not (
                (
                    isinstance(_voice_similarity, float)
                    and _voice_similarity - _voice_similarity == 0.0
                    or type(_voice_similarity) is int
                )
                or _voice_similarity is None
            ):
                raise TypeError(
                    f"voice_similarity: expected a finite number or null, got {type(_voice_similarity).__name__}"
                )
            voice_similarity = _voice_similarity

        _voice_style = src_dict.get("voice_style", UNSET)
        voice_style: float | None | Unset
        if _voice_style is UNSET:
            voice_style = UNSET
        else:
            if not (
                (
                    isinstance(_voice_style, float)
                    and _voice_style - _voice_style == 0.0
                    or type(_voice_style) is int
                )
                or _voice_style is None
            ):
                raise TypeError(
                    f"voice_style: expected a finite number or null, got {type(_voice_style).__name__}"
                )
            voice_style = _voice_style

        create_speaker_body = cls(
            speaker_name=speaker_name,
            voice_id=voice_id,
            voice_stability=voice_stability,
            voice_similarity=voice_similarity,
            voice_style=voice_style,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            create_speaker_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return create_speaker_body

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
