from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="SpeakerResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "speaker_id",
        "duration_secs",
        "utterances",
    }
)


@_attrs_define
class SpeakerResponseModel:
    """
    Example:
        {'duration_secs': 5.0, 'speaker_id': 'DCwhRBWXzGAHq8TQ4Fs18'}

    """

    speaker_id: str
    """ The ID of the speaker. """
    duration_secs: float
    """ The duration of the speaker segment in seconds. """
    utterances: list[UtteranceResponseModel] | None | Unset = UNSET
    """ The utterances of the speaker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker_id = self.speaker_id

        duration_secs = self.duration_secs

        utterances: list[dict[str, Any]] | None | Unset
        if isinstance(self.utterances, Unset):
            utterances = UNSET
        elif isinstance(self.utterances, list):
            utterances = []
            for utterances_type_0_item_data in self.utterances:
                utterances_type_0_item = utterances_type_0_item_data.to_dict()
                utterances.append(utterances_type_0_item)

        else:
            utterances = self.utterances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speaker_id": speaker_id,
                "duration_secs": duration_secs,
            }
        )
        if utterances is not UNSET:
            field_dict["utterances"] = utterances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        speaker_id = src_dict["speaker_id"]

        duration_secs = src_dict["duration_secs"]

        _utterances = src_dict.get("utterances", UNSET)
        utterances: list[UtteranceResponseModel] | None | Unset
        if _utterances is None:
            utterances = None
        elif isinstance(_utterances, Unset):
            utterances = UNSET
        else:
            try:
                if not isinstance(_utterances, list):
                    raise TypeError()
                utterances_type_0 = []
                _utterances_type_0 = _utterances
                for utterances_type_0_item_data in _utterances_type_0:
                    utterances_type_0_item = UtteranceResponseModel.from_dict(
                        utterances_type_0_item_data
                    )

                    utterances_type_0.append(utterances_type_0_item)

                utterances = utterances_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                utterances = _utterances

        speaker_response_model = cls(
            speaker_id=speaker_id,
            duration_secs=duration_secs,
            utterances=utterances,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            speaker_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return speaker_response_model

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


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.utterance_response_model import UtteranceResponseModel  # noqa: E402
