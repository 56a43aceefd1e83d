from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CreateChapterBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "from_url",
    }
)


@_attrs_define
class CreateChapterBody:
    name: str
    """ The name of the chapter, used for identification only. """
    from_url: None | str | Unset = UNSET
    """ An optional URL from which we will extract content to initialize the Studio project. If this is set,
    'from_url' and 'from_content' must be null. If neither 'from_url', 'from_document', 'from_content' are provided
    we will initialize the Studio project as blank. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        from_url: None | str | Unset
        if isinstance(self.from_url, Unset):
            from_url = UNSET
        else:
            from_url = self.from_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if from_url is not UNSET:
            field_dict["from_url"] = from_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(
                f"CreateChapterBody.name: expected a string, got {type(name).__name__}"
            )

        _from_url = src_dict.get("from_url", UNSET)
        from_url: None | str | Unset
        if _from_url is UNSET:
            from_url = UNSET
        else:
            if not (isinstance(_from_url, str) or _from_url is None):
                raise TypeError(
                    f"from_url: expected a string or null, got {type(_from_url).__name__}"
                )
            from_url = _from_url

        create_chapter_body = cls(
            name=name,
            from_url=from_url,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            create_chapter_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return create_chapter_body

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
