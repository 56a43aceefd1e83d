from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingRegenerateResponse")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "regenerated_segment_ids",
        "regenerated_seconds",
        "charged_seconds",
        "free_regeneration_seconds_remaining",
    }
)


@_attrs_define
class DubbingRegenerateResponse:
    """The accepted re-dub: what it covers and what it cost."""

    regenerated_segment_ids: list[str]
    """ The segments this re-dub re-synthesizes: those with edits to apply. """
    regenerated_seconds: float
    """ Seconds of audio this re-dub covers -- the edited regions only, never the whole target. `charged_seconds` is
    the part of it that was billed. """
    charged_seconds: float
    """ Seconds actually billed, after the free-regeneration allowance. Zero when the re-dub cost nothing -- the
    allowance covered all of it, or the project's included generation did. """
    free_regeneration_seconds_remaining: float
    """ Free-regeneration seconds left for this language target after this re-dub. The allowance is the source's own
    duration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regenerated_segment_ids = self.regenerated_segment_ids

        regenerated_seconds = self.regenerated_seconds

        charged_seconds = self.charged_seconds

        free_regeneration_seconds_remaining = self.free_regeneration_seconds_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "regenerated_segment_ids": regenerated_segment_ids,
                "regenerated_seconds": regenerated_seconds,
                "charged_seconds": charged_seconds,
                "free_regeneration_seconds_remaining": free_regeneration_seconds_remaining,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _regenerated_segment_ids = src_dict["regenerated_segment_ids"]
        if not isinstance(_regenerated_segment_ids, list):
            raise TypeError(
                f"regenerated_segment_ids: expected an array, got {type(_regenerated_segment_ids).__name__}"
            )

        for _item in _regenerated_segment_ids:
            if not isinstance(_item, str):
                raise TypeError(f"regenerated_segment_ids: every item must be a string")
        regenerated_segment_ids = cast(list[str], _regenerated_segment_ids)

        regenerated_seconds = src_dict["regenerated_seconds"]
        if not (
            isinstance(regenerated_seconds, float)
            and regenerated_seconds - regenerated_seconds == 0.0
            or type(regenerated_seconds) is int
        ):
            raise TypeError(
                f"DubbingRegenerateResponse.regenerated_seconds: expected a finite number, got {type(regenerated_seconds).__name__}"
            )

        charged_seconds = src_dict["charged_seconds"]
        if not (
            isinstance(charged_seconds, float)
            and charged_seconds - charged_seconds == 0.0
            or type(charged_seconds) is int
        ):
            raise TypeError(
                f"DubbingRegenerateResponse.charged_seconds: expected a finite number, got {type(charged_seconds).__name__}"
            )

        free_regeneration_seconds_remaining = src_dict[
            "free_regeneration_seconds_remaining"
        ]
        if not (
            isinstance(free_regeneration_seconds_remaining, float)
            and free_regeneration_seconds_remaining
            - free_regeneration_seconds_remaining
            == 0.0
            or type(free_regeneration_seconds_remaining) is int
        ):
            raise TypeError(
                f"DubbingRegenerateResponse.free_regeneration_seconds_remaining: expected a finite number, got {type(free_regeneration_seconds_remaining).__name__}"
            )

        dubbing_regenerate_response = cls(
            regenerated_segment_ids=regenerated_segment_ids,
            regenerated_seconds=regenerated_seconds,
            charged_seconds=charged_seconds,
            free_regeneration_seconds_remaining=free_regeneration_seconds_remaining,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_regenerate_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_regenerate_response

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
