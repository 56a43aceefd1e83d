from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        if not isinstance(name, str):
            raise TypeError(
                f"UpdateProjectBody.name: expected a string, got {type(name).__name__}"
            )

        default_title_voice_id = src_dict["default_title_voice_id"]
        if not isinstance(default_title_voice_id, str):
            raise TypeError(
                f"UpdateProjectBody.default_title_voice_id: expected a string, got {type(default_title_voice_id).__name__}"
            )

        default_paragraph_voice_id = src_dict["default_paragraph_voice_id"]
        if not isinstance(default_paragraph_voice_id, str):
            raise TypeError(
                f"UpdateProjectBody.default_paragraph_voice_id: expected a string, got {type(default_paragraph_voice_id).__name__}"
            )

        _title = src_dict.get("title", UNSET)
        title: None | str | Unset
        if _title is UNSET:
            title = UNSET
        else:
            if not (isinstance(_title, str) or _title is None):
                raise TypeError(
                    f"title: expected a string or null, got {type(_title).__name__}"
                )
            title = _title

        _author = src_dict.get("author", UNSET)
        author: None | str | Unset
        if _author is UNSET:
            author = UNSET
        else:
            if not (isinstance(_author, str) or _author is None):
                raise TypeError(
                    f"author: expected a string or null, got {type(_author).__name__}"
                )
            author = _author

        _isbn_number = src_dict.get("isbn_number", UNSET)
        isbn_number: None | str | Unset
        if _isbn_number is UNSET:
            isbn_number = UNSET
        else:
            if not (isinstance(_isbn_number, str) or _isbn_number is None):
                raise TypeError(
                    f"isbn_number: expected a string or null, got {type(_isbn_number).__name__}"
                )
            isbn_number = _isbn_number

        volume_normalization = src_dict.get("volume_normalization", UNSET)
        if volume_normalization is not UNSET and not isinstance(
            volume_normalization, bool
        ):
            raise TypeError(
                f"UpdateProjectBody.volume_normalization: expected true or false, got {type(volume_normalization).__name__}"
            )

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
