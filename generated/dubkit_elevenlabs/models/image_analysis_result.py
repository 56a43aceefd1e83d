from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

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

        description = src_dict["description"]

        content_type: None | str | Unset = src_dict.get("content_type", UNSET)

        mood_and_style: None | str | Unset = src_dict.get("mood_and_style", UNSET)

        composition_notes: None | str | Unset = src_dict.get("composition_notes", UNSET)

        visible_text: None | str | Unset = src_dict.get("visible_text", UNSET)

        _subjects = src_dict.get("subjects", UNSET)
        subjects: list[ImageSubject] | Unset = UNSET
        if _subjects is not UNSET:
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


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.image_subject import ImageSubject  # noqa: E402
