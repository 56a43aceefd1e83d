from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ReferenceVideo")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "generation_id",
        "content_asset_id",
        "template_node_id",
        "studio_clip",
    }
)


@_attrs_define
class ReferenceVideo:
    generation_id: None | str | Unset = UNSET
    content_asset_id: None | str | Unset = UNSET
    template_node_id: None | str | Unset = UNSET
    studio_clip: None | StudioClipReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_id: None | str | Unset
        if isinstance(self.generation_id, Unset):
            generation_id = UNSET
        else:
            generation_id = self.generation_id

        content_asset_id: None | str | Unset
        if isinstance(self.content_asset_id, Unset):
            content_asset_id = UNSET
        else:
            content_asset_id = self.content_asset_id

        template_node_id: None | str | Unset
        if isinstance(self.template_node_id, Unset):
            template_node_id = UNSET
        else:
            template_node_id = self.template_node_id

        studio_clip: dict[str, Any] | None | Unset
        if isinstance(self.studio_clip, Unset):
            studio_clip = UNSET
        elif isinstance(self.studio_clip, StudioClipReference):
            studio_clip = self.studio_clip.to_dict()
        else:
            studio_clip = self.studio_clip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if content_asset_id is not UNSET:
            field_dict["content_asset_id"] = content_asset_id
        if template_node_id is not UNSET:
            field_dict["template_node_id"] = template_node_id
        if studio_clip is not UNSET:
            field_dict["studio_clip"] = studio_clip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _generation_id = src_dict.get("generation_id", UNSET)
        generation_id: None | str | Unset
        if _generation_id is UNSET:
            generation_id = UNSET
        else:
            if not (isinstance(_generation_id, str) or _generation_id is None):
                raise TypeError(
                    f"generation_id: expected a string or null, got {type(_generation_id).__name__}"
                )
            generation_id = _generation_id

        _content_asset_id = src_dict.get("content_asset_id", UNSET)
        content_asset_id: None | str | Unset
        if _content_asset_id is UNSET:
            content_asset_id = UNSET
        else:
            if not (isinstance(_content_asset_id, str) or _content_asset_id is None):
                raise TypeError(
                    f"content_asset_id: expected a string or null, got {type(_content_asset_id).__name__}"
                )
            content_asset_id = _content_asset_id

        _template_node_id = src_dict.get("template_node_id", UNSET)
        template_node_id: None | str | Unset
        if _template_node_id is UNSET:
            template_node_id = UNSET
        else:
            if not (isinstance(_template_node_id, str) or _template_node_id is None):
                raise TypeError(
                    f"template_node_id: expected a string or null, got {type(_template_node_id).__name__}"
                )
            template_node_id = _template_node_id

        _studio_clip = src_dict.get("studio_clip", UNSET)
        studio_clip: None | StudioClipReference | Unset
        if _studio_clip is None:
            studio_clip = None
        elif isinstance(_studio_clip, Unset):
            studio_clip = UNSET
        else:
            try:
                if not isinstance(_studio_clip, dict):
                    raise TypeError()
                studio_clip_type_0 = StudioClipReference.from_dict(_studio_clip)

                studio_clip = studio_clip_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_studio_clip is None):
                    raise TypeError(
                        f"studio_clip: expected an object or null, got {type(_studio_clip).__name__}"
                    )
                studio_clip = _studio_clip

        reference_video = cls(
            generation_id=generation_id,
            content_asset_id=content_asset_id,
            template_node_id=template_node_id,
            studio_clip=studio_clip,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            reference_video.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return reference_video

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
from ..models.studio_clip_reference import StudioClipReference  # noqa: E402
