from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mixing_mode import MixingMode
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="RetranslationRequest")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "target_script",
        "target_speakers",
        "mixing_mode",
    }
)


@_attrs_define
class RetranslationRequest:
    target_script: list[ScriptSegment]
    """ The target-language script to dub, in the format of output_target_script. """
    target_speakers: list[TargetSpeaker]
    """ The target speakers, in the format of output_target_speakers. """
    mixing_mode: MixingMode | Unset = UNSET
    """ voiceover_only: only the voiceover, without the original track. voiceover_with_original_track: the voiceover
    over the original track. voiceover_without_original_voice: smart vocal removal voiceover (dubbing). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_script = []
        for target_script_item_data in self.target_script:
            target_script_item = target_script_item_data.to_dict()
            target_script.append(target_script_item)

        target_speakers = []
        for target_speakers_item_data in self.target_speakers:
            target_speakers_item = target_speakers_item_data.to_dict()
            target_speakers.append(target_speakers_item)

        mixing_mode: str | Unset = UNSET
        if not isinstance(self.mixing_mode, Unset):
            mixing_mode = self.mixing_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_script": target_script,
                "target_speakers": target_speakers,
            }
        )
        if mixing_mode is not UNSET:
            field_dict["mixing_mode"] = mixing_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        target_script = []
        _target_script = src_dict["target_script"]
        if not isinstance(_target_script, list):
            raise TypeError(
                f"target_script: expected an array, got {type(_target_script).__name__}"
            )

        for target_script_item_data in _target_script:
            target_script_item = ScriptSegment.from_dict(target_script_item_data)

            target_script.append(target_script_item)

        target_speakers = []
        _target_speakers = src_dict["target_speakers"]
        if not isinstance(_target_speakers, list):
            raise TypeError(
                f"target_speakers: expected an array, got {type(_target_speakers).__name__}"
            )

        for target_speakers_item_data in _target_speakers:
            target_speakers_item = TargetSpeaker.from_dict(target_speakers_item_data)

            target_speakers.append(target_speakers_item)

        _mixing_mode = src_dict.get("mixing_mode", UNSET)
        mixing_mode: MixingMode | Unset
        if isinstance(_mixing_mode, Unset):
            mixing_mode = UNSET
        else:
            mixing_mode = MixingMode._parse(_mixing_mode)

        retranslation_request = cls(
            target_script=target_script,
            target_speakers=target_speakers,
            mixing_mode=mixing_mode,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            retranslation_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return retranslation_request

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
from ..models.script_segment import ScriptSegment  # noqa: E402
from ..models.target_speaker import TargetSpeaker  # noqa: E402
