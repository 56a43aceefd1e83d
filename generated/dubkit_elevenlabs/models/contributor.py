from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="Contributor")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "role",
        "bio",
        "profile_id",
    }
)


@_attrs_define
class Contributor:
    name: str
    role: str
    bio: None | str | Unset = UNSET
    profile_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        profile_id: None | str | Unset
        if isinstance(self.profile_id, Unset):
            profile_id = UNSET
        else:
            profile_id = self.profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "role": role,
            }
        )
        if bio is not UNSET:
            field_dict["bio"] = bio
        if profile_id is not UNSET:
            field_dict["profile_id"] = profile_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(
                f"Contributor.name: expected a string, got {type(name).__name__}"
            )

        role = src_dict["role"]
        if not isinstance(role, str):
            raise TypeError(
                f"Contributor.role: expected a string, got {type(role).__name__}"
            )

        _bio = src_dict.get("bio", UNSET)
        bio: None | str | Unset
        if _bio is UNSET:
            bio = UNSET
        else:
            if not (isinstance(_bio, str) or _bio is None):
                raise TypeError(
                    f"bio: expected a string or null, got {type(_bio).__name__}"
                )
            bio = _bio

        _profile_id = src_dict.get("profile_id", UNSET)
        profile_id: None | str | Unset
        if _profile_id is UNSET:
            profile_id = UNSET
        else:
            if not (isinstance(_profile_id, str) or _profile_id is None):
                raise TypeError(
                    f"profile_id: expected a string or null, got {type(_profile_id).__name__}"
                )
            profile_id = _profile_id

        contributor = cls(
            name=name,
            role=role,
            bio=bio,
            profile_id=profile_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            contributor.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return contributor

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
