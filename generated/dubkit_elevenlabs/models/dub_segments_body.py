from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubSegmentsBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "segments",
        "languages",
    }
)


@_attrs_define
class DubSegmentsBody:
    segments: list[str]
    """ Dub only this list of segments. """
    languages: list[str] | None
    """ Dub only these languages for each segment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segments = self.segments

        languages: list[str] | None
        if isinstance(self.languages, list):
            languages = self.languages

        else:
            languages = self.languages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segments": segments,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _segments = src_dict["segments"]
        if not isinstance(_segments, list):
            raise TypeError(
                f"segments: expected an array, got {type(_segments).__name__}"
            )

        for _item in _segments:
            if not isinstance(_item, str):
                raise TypeError(f"segments: every item must be a string")
        segments = cast(list[str], _segments)

        _languages = src_dict["languages"]
        languages: list[str] | None
        if _languages is None:
            languages = None
        else:
            try:
                if not isinstance(_languages, list):
                    raise TypeError()
                _languages_type_0 = _languages
                if not isinstance(_languages_type_0, list):
                    raise TypeError(
                        f"languages_type_0: expected an array, got {type(_languages_type_0).__name__}"
                    )

                for _item in _languages_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(
                            f"languages_type_0: every item must be a string"
                        )
                languages_type_0 = cast(list[str], _languages_type_0)

                languages = languages_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_languages is None):
                    raise TypeError(
                        f"languages: expected an array or null, got {type(_languages).__name__}"
                    )
                languages = _languages

        dub_segments_body = cls(
            segments=segments,
            languages=languages,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dub_segments_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dub_segments_body

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
