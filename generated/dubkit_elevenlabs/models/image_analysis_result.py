from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ImageAnalysisResult")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "title",
        "description",
        "content_type",
        "mood_and_style",
        "composition_notes",
        "visible_text",
        "subjects",
    }
)


@_attrs_define
class ImageAnalysisResult:
    title: str
    description: str
    content_type: None | str | Unset = UNSET
    mood_and_style: None | str | Unset = UNSET
    composition_notes: None | str | Unset = UNSET
    visible_text: None | str | Unset = UNSET
    """ Readable text overlaid or shown in the image, if any. """
    subjects: list[ImageSubject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        mood_and_style: None | str | Unset
        if isinstance(self.mood_and_style, Unset):
            mood_and_style = UNSET
        else:
            mood_and_style = self.mood_and_style

        composition_notes: None | str | Unset
        if isinstance(self.composition_notes, Unset):
            composition_notes = UNSET
        else:
            composition_notes = self.composition_notes

        visible_text: None | str | Unset
        if isinstance(self.visible_text, Unset):
            visible_text = UNSET
        else:
            visible_text = self.visible_text

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if mood_and_style is not UNSET:
            field_dict["mood_and_style"] = mood_and_style
        if composition_notes is not UNSET:
            field_dict["composition_notes"] = composition_notes
        if visible_text is not UNSET:
            field_dict["visible_text"] = visible_text
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]
        if not isinstance(title, str):
            raise TypeError(
                f"ImageAnalysisResult.title: expected a string, got {type(title).__name__}"
            )

        description = src_dict["description"]
        if not isinstance(description, str):
            raise TypeError(
                f"ImageAnalysisResult.description: expected a string, got {type(description).__name__}"
            )

        _content_type = src_dict.get("content_type", UNSET)
        content_type: None | str | Unset
        if _content_type is UNSET:
            content_type = UNSET
        else:
            if not (isinstance(_content_type, str) or _content_type is None):
                raise TypeError(
                    f"content_type: expected a string or null, got {type(_content_type).__name__}"
                )
            content_type = _content_type

        _mood_and_style = src_dict.get("mood_and_style", UNSET)
        mood_and_style: None | str | Unset
        if _mood_and_style is UNSET:
            mood_and_style = UNSET
        else:
            if not (isinstance(_mood_and_style, str) or _mood_and_style is None):
                raise TypeError(
                    f"mood_and_style: expected a string or null, got {type(_mood_and_style).__name__}"
                )
            mood_and_style = _mood_and_style

        _composition_notes = src_dict.get("composition_notes", UNSET)
        composition_notes: None | str | Unset
        if _composition_notes is UNSET:
            composition_notes = UNSET
        else:
            if not (isinstance(_composition_notes, str) or _composition_notes is None):
                raise TypeError(
                    f"composition_notes: expected a string or null, got {type(_composition_notes).__name__}"
                )
            composition_notes = _composition_notes

        _visible_text = src_dict.get("visible_text", UNSET)
        visible_text: None | str | Unset
        if _visible_text is UNSET:
            visible_text = UNSET
        else:
            if not (isinstance(_visible_text, str) or _visible_text is None):
                raise TypeError(
                    f"visible_text: expected a string or null, got {type(_visible_text).__name__}"
                )
            visible_text = _visible_text

        _subjects = src_dict.get("subjects", UNSET)
        subjects: list[ImageSubject] | Unset = UNSET
        if _subjects is not UNSET:
            if not isinstance(_subjects, list):
                raise TypeError(
                    f"subjects: expected an array, got {type(_subjects).__name__}"
                )

            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = ImageSubject.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        image_analysis_result = cls(
            title=title,
            description=description,
            content_type=content_type,
            mood_and_style=mood_and_style,
            composition_notes=composition_notes,
            visible_text=visible_text,
            subjects=subjects,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            image_analysis_result.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return image_analysis_result

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
from ..models.image_subject import ImageSubject  # noqa: E402
