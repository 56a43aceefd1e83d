from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="UpdateChapterBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "content",
    }
)


@_attrs_define
class UpdateChapterBody:
    name: None | str | Unset = UNSET
    """ The name of the chapter, used for identification only. """
    content: ChapterContentInputModel | None | Unset = UNSET
    """ The chapter content to use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, ChapterContentInputModel):
            content = self.content.to_dict()
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _name = src_dict.get("name", UNSET)
        name: None | str | Unset
        if _name is UNSET:
            name = UNSET
        else:
            if not (isinstance(_name, str) or _name is None):
                raise TypeError(
                    f"name: expected a string or null, got {type(_name).__name__}"
                )
            name = _name

        _content = src_dict.get("content", UNSET)
        content: ChapterContentInputModel | None | Unset
        if _content is None:
            content = None
        elif isinstance(_content, Unset):
            content = UNSET
        else:
            try:
                if not isinstance(_content, dict):
                    raise TypeError()
                content_type_0 = ChapterContentInputModel.from_dict(_content)

                content = content_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_content is None):
                    raise TypeError(
                        f"content: expected an object or null, got {type(_content).__name__}"
                    )
                content = _content

        update_chapter_body = cls(
            name=name,
            content=content,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            update_chapter_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return update_chapter_body

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
from ..models.chapter_content_input_model import ChapterContentInputModel  # noqa: E402
