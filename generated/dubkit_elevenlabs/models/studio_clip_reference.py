from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_clip_reference_clip_type import StudioClipReferenceClipType
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="StudioClipReference")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "project_id",
        "chapter_id",
        "clip_type",
        "clip_id",
        "block_id",
        "preview_url",
    }
)


@_attrs_define
class StudioClipReference:
    project_id: str
    chapter_id: str
    clip_type: StudioClipReferenceClipType
    clip_id: str
    block_id: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        chapter_id = self.chapter_id

        clip_type = self.clip_type.value

        clip_id = self.clip_id

        block_id: None | str | Unset
        if isinstance(self.block_id, Unset):
            block_id = UNSET
        else:
            block_id = self.block_id

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "chapter_id": chapter_id,
                "clip_type": clip_type,
                "clip_id": clip_id,
            }
        )
        if block_id is not UNSET:
            field_dict["block_id"] = block_id
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id = src_dict["project_id"]
        if not isinstance(project_id, str):
            raise TypeError(
                f"StudioClipReference.project_id: expected a string, got {type(project_id).__name__}"
            )

        chapter_id = src_dict["chapter_id"]
        if not isinstance(chapter_id, str):
            raise TypeError(
                f"StudioClipReference.chapter_id: expected a string, got {type(chapter_id).__name__}"
            )

        clip_type = StudioClipReferenceClipType._parse(src_dict["clip_type"])

        clip_id = src_dict["clip_id"]
        if not isinstance(clip_id, str):
            raise TypeError(
                f"StudioClipReference.clip_id: expected a string, got {type(clip_id).__name__}"
            )

        _block_id = src_dict.get("block_id", UNSET)
        block_id: None | str | Unset
        if _block_id is UNSET:
            block_id = UNSET
        else:
            if not (isinstance(_block_id, str) or _block_id is None):
                raise TypeError(
                    f"block_id: expected a string or null, got {type(_block_id).__name__}"
                )
            block_id = _block_id

        _preview_url = src_dict.get("preview_url", UNSET)
        preview_url: None | str | Unset
        if _preview_url is UNSET:
            preview_url = UNSET
        else:
            if not (isinstance(_preview_url, str) or _preview_url is None):
                raise TypeError(
                    f"preview_url: expected a string or null, got {type(_preview_url).__name__}"
                )
            preview_url = _preview_url

        studio_clip_reference = cls(
            project_id=project_id,
            chapter_id=chapter_id,
            clip_type=clip_type,
            clip_id=clip_id,
            block_id=block_id,
            preview_url=preview_url,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            studio_clip_reference.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return studio_clip_reference

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
