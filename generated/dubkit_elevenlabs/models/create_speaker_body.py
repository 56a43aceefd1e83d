from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

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
        speaker_name: None | str | Unset = src_dict.get("speaker_name", UNSET)

        voice_id: None | str | Unset = src_dict.get("voice_id", UNSET)

        voice_stability: float | None | Unset = src_dict.get("voice_stability", UNSET)

        voice_similarity: float | None | Unset = src_dict.get("voice_similarity", UNSET)

        voice_style: float | None | Unset = src_dict.get("voice_style", UNSET)

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
