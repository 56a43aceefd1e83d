from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chapter_with_content_response_model import (
        ChapterWithContentResponseModel,
    )


T = TypeVar("T", bound="AddChapterResponseModel")


@_attrs_define
class AddChapterResponseModel:
    chapter: ChapterWithContentResponseModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chapter_with_content_response_model import (
            ChapterWithContentResponseModel,  # noqa: PLC0415
        )

        chapter = self.chapter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chapter": chapter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chapter_with_content_response_model import (
            ChapterWithContentResponseModel,  # noqa: PLC0415
        )

        d = dict(src_dict)
        chapter = ChapterWithContentResponseModel.from_dict(d.pop("chapter"))

        add_chapter_response_model = cls(
            chapter=chapter,
        )

        add_chapter_response_model.additional_properties = d
        return add_chapter_response_model

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
