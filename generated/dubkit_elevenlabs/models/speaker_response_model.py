from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        if not isinstance(speaker_id, str):
            raise TypeError(
                f"SpeakerResponseModel.speaker_id: expected a string, got {type(speaker_id).__name__}"
            )

        duration_secs = src_dict["duration_secs"]
        if not (
            isinstance(duration_secs, float)
            and duration_secs - duration_secs == 0.0
            or type(duration_secs) is int
        ):
            raise TypeError(
                f"SpeakerResponseModel.duration_secs: expected a finite number, got {type(duration_secs).__name__}"
            )

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
                if not isinstance(_utterances_type_0, list):
                    raise TypeError(
                        f"utterances_type_0: expected an array, got {type(_utterances_type_0).__name__}"
                    )

                for utterances_type_0_item_data in _utterances_type_0:
                    utterances_type_0_item = UtteranceResponseModel.from_dict(
                        utterances_type_0_item_data
                    )

                    utterances_type_0.append(utterances_type_0_item)

                utterances = utterances_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_utterances is None):
                    raise TypeError(
                        f"utterances: expected an array or null, got {type(_utterances).__name__}"
                    )
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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.utterance_response_model import UtteranceResponseModel  # noqa: E402
