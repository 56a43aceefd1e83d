from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ScriptSegment")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "start_ms",
        "end_ms",
        "text",
        "speaker_id",
    }
)


@_attrs_define
class ScriptSegment:
    """One timed line of a source or target script."""

    start_ms: int
    """ Start time in milliseconds. """
    end_ms: int
    """ End time in milliseconds. """
    text: str
    """ The text spoken (in a target script, the text to synthesize). """
    speaker_id: int
    """ The speaker's ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_ms = self.start_ms

        end_ms = self.end_ms

        text = self.text

        speaker_id = self.speaker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_ms": start_ms,
                "end_ms": end_ms,
                "text": text,
                "speaker_id": speaker_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start_ms = src_dict["start_ms"]
        if not is_json_integer(start_ms):
            raise TypeError(
                f"ScriptSegment.start_ms: expected an integer, got {type(start_ms).__name__}"
            )

        end_ms = src_dict["end_ms"]
        if not is_json_integer(end_ms):
            raise TypeError(
                f"ScriptSegment.end_ms: expected an integer, got {type(end_ms).__name__}"
            )

        text = src_dict["text"]
        if not isinstance(text, str):
            raise TypeError(
                f"ScriptSegment.text: expected a string, got {type(text).__name__}"
            )

        speaker_id = src_dict["speaker_id"]
        if not is_json_integer(speaker_id):
            raise TypeError(
                f"ScriptSegment.speaker_id: expected an integer, got {type(speaker_id).__name__}"
            )

        script_segment = cls(
            start_ms=start_ms,
            end_ms=end_ms,
            text=text,
            speaker_id=speaker_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            script_segment.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return script_segment

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
