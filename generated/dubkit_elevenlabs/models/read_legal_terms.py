from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ReadLegalTerms")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "terms",
        "start_date",
        "end_date",
    }
)


@_attrs_define
class ReadLegalTerms:
    terms: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if terms is not UNSET:
            field_dict["terms"] = terms
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _terms = src_dict.get("terms", UNSET)
        terms: None | str | Unset
        if _terms is UNSET:
            terms = UNSET
        else:
            if not (isinstance(_terms, str) or _terms is None):
                raise TypeError(
                    f"terms: expected a string or null, got {type(_terms).__name__}"
                )
            terms = _terms

        _start_date = src_dict.get("start_date", UNSET)
        start_date: None | str | Unset
        if _start_date is UNSET:
            start_date = UNSET
        else:
            if not (isinstance(_start_date, str) or _start_date is None):
                raise TypeError(
                    f"start_date: expected a string or null, got {type(_start_date).__name__}"
                )
            start_date = _start_date

        _end_date = src_dict.get("end_date", UNSET)
        end_date: None | str | Unset
        if _end_date is UNSET:
            end_date = UNSET
        else:
            if not (isinstance(_end_date, str) or _end_date is None):
                raise TypeError(
                    f"end_date: expected a string or null, got {type(_end_date).__name__}"
                )
            end_date = _end_date

        read_legal_terms = cls(
            terms=terms,
            start_date=start_date,
            end_date=end_date,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            read_legal_terms.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return read_legal_terms

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
