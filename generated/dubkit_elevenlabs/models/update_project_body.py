from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="UpdateProjectBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "default_title_voice_id",
        "default_paragraph_voice_id",
        "title",
        "author",
        "isbn_number",
        "volume_normalization",
    }
)


@_attrs_define
class UpdateProjectBody:
    name: str
    """ The name of the Studio project, used for identification only. """
    default_title_voice_id: str
    """ The voice_id that corresponds to the default voice used for new titles. """
    default_paragraph_voice_id: str
    """ The voice_id that corresponds to the default voice used for new paragraphs. """
    title: None | str | Unset = UNSET
    """ An optional name of the author of the Studio project, this will be added as metadata to the mp3 file on
    Studio project or chapter download. """
    author: None | str | Unset = UNSET
    """ An optional name of the author of the Studio project, this will be added as metadata to the mp3 file on
    Studio project or chapter download. """
    isbn_number: None | str | Unset = UNSET
    """ An optional ISBN number of the Studio project you want to create, this will be added as metadata to the mp3
    file on Studio project or chapter download. """
    volume_normalization: bool | Unset = False
    """ When the Studio project is downloaded, should the returned audio have postprocessing in order to make it
    compliant with audiobook normalized volume requirements """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        default_title_voice_id = self.default_title_voice_id

        default_paragraph_voice_id = self.default_paragraph_voice_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        isbn_number: None | str | Unset
        if isinstance(self.isbn_number, Unset):
            isbn_number = UNSET
        else:
            isbn_number = self.isbn_number

        volume_normalization = self.volume_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "default_title_voice_id": default_title_voice_id,
                "default_paragraph_voice_id": default_paragraph_voice_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if isbn_number is not UNSET:
            field_dict["isbn_number"] = isbn_number
        if volume_normalization is not UNSET:
            field_dict["volume_normalization"] = volume_normalization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        default_title_voice_id = src_dict["default_title_voice_id"]

        default_paragraph_voice_id = src_dict["default_paragraph_voice_id"]

        title: None | str | Unset = src_dict.get("title", UNSET)

        author: None | str | Unset = src_dict.get("author", UNSET)

        isbn_number: None | str | Unset = src_dict.get("isbn_number", UNSET)

        volume_normalization = src_dict.get("volume_normalization", UNSET)

        update_project_body = cls(
            name=name,
            default_title_voice_id=default_title_voice_id,
            default_paragraph_voice_id=default_paragraph_voice_id,
            title=title,
            author=author,
            isbn_number=isbn_number,
            volume_normalization=volume_normalization,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            update_project_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return update_project_body

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
