from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speaker_separation_response_model_status import (
    SpeakerSeparationResponseModelStatus,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="SpeakerSeparationResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "voice_id",
        "sample_id",
        "status",
        "speakers",
        "selected_speaker_ids",
    }
)


@_attrs_define
class SpeakerSeparationResponseModel:
    """
    Example:
        {'sample_id': 'DCwhRBWXzGAHq8TQ4Fs18', 'status': 'not_started', 'voice_id': 'DCwhRBWXzGAHq8TQ4Fs18'}

    """

    voice_id: str
    """ The ID of the voice. """
    sample_id: str
    """ The ID of the sample. """
    status: SpeakerSeparationResponseModelStatus
    """ The status of the speaker separation. """
    speakers: None | SpeakerSeparationResponseModelSpeakersType0 | Unset = UNSET
    """ The speakers of the sample. """
    selected_speaker_ids: list[str] | None | Unset = UNSET
    """ The IDs of the selected speakers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        sample_id = self.sample_id

        status = self.status.value

        speakers: dict[str, Any] | None | Unset
        if isinstance(self.speakers, Unset):
            speakers = UNSET
        elif isinstance(self.speakers, SpeakerSeparationResponseModelSpeakersType0):
            speakers = self.speakers.to_dict()
        else:
            speakers = self.speakers

        selected_speaker_ids: list[str] | None | Unset
        if isinstance(self.selected_speaker_ids, Unset):
            selected_speaker_ids = UNSET
        elif isinstance(self.selected_speaker_ids, list):
            selected_speaker_ids = self.selected_speaker_ids

        else:
            selected_speaker_ids = self.selected_speaker_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "sample_id": sample_id,
                "status": status,
            }
        )
        if speakers is not UNSET:
            field_dict["speakers"] = speakers
        if selected_speaker_ids is not UNSET:
            field_dict["selected_speaker_ids"] = selected_speaker_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        voice_id = src_dict["voice_id"]
        if not isinstance(voice_id, str):
            raise TypeError(
                f"SpeakerSeparationResponseModel.voice_id: expected a string, got {type(voice_id).__name__}"
            )

        sample_id = src_dict["sample_id"]
        if not isinstance(sample_id, str):
            raise TypeError(
                f"SpeakerSeparationResponseModel.sample_id: expected a string, got {type(sample_id).__name__}"
            )

        status = SpeakerSeparationResponseModelStatus._parse(src_dict["status"])

        _speakers = src_dict.get("speakers", UNSET)
        speakers: None | SpeakerSeparationResponseModelSpeakersType0 | Unset
        if _speakers is None:
            speakers = None
        elif isinstance(_speakers, Unset):
            speakers = UNSET
        else:
            try:
                if not isinstance(_speakers, dict):
                    raise TypeError()
                speakers_type_0 = SpeakerSeparationResponseModelSpeakersType0.from_dict(
                    _speakers
                )

                speakers = speakers_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_speakers is None):
                    raise TypeError(
                        f"speakers: expected an object or null, got {type(_speakers).__name__}"
                    )
                speakers = _speakers

        _selected_speaker_ids = src_dict.get("selected_speaker_ids", UNSET)
        selected_speaker_ids: list[str] | None | Unset
        if _selected_speaker_ids is None:
            selected_speaker_ids = None
        elif isinstance(_selected_speaker_ids, Unset):
            selected_speaker_ids = UNSET
        else:
            try:
                if not isinstance(_selected_speaker_ids, list):
                    raise TypeError()
                _selected_speaker_ids_type_0 = _selected_speaker_ids
                if not isinstance(_selected_speaker_ids_type_0, list):
                    raise TypeError(
                        f"selected_speaker_ids_type_0: expected an array, got {type(_selected_speaker_ids_type_0).__name__}"
                    )

                for _item in _selected_speaker_ids_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(
                            f"selected_speaker_ids_type_0: every item must be a string"
                        )
                selected_speaker_ids_type_0 = cast(
                    list[str], _selected_speaker_ids_type_0
                )

                selected_speaker_ids = selected_speaker_ids_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_selected_speaker_ids is None):
                    raise TypeError(
                        f"selected_speaker_ids: expected an array or null, got {type(_selected_speaker_ids).__name__}"
                    )
                selected_speaker_ids = _selected_speaker_ids

        speaker_separation_response_model = cls(
            voice_id=voice_id,
            sample_id=sample_id,
            status=status,
            speakers=speakers,
            selected_speaker_ids=selected_speaker_ids,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            speaker_separation_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return speaker_separation_response_model

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
from ..models.speaker_separation_response_model_speakers_type_0 import (
    SpeakerSeparationResponseModelSpeakersType0,  # noqa: E402
)
