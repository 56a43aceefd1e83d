from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chapter_content_block_input_model_sub_type_type_0 import (
    ChapterContentBlockInputModelSubTypeType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chapter_content_paragraph_tts_node_input_model import (
        ChapterContentParagraphTtsNodeInputModel,
    )


T = TypeVar("T", bound="ChapterContentBlockInputModel")


@_attrs_define
class ChapterContentBlockInputModel:
    nodes: list[ChapterContentParagraphTtsNodeInputModel]
    sub_type: ChapterContentBlockInputModelSubTypeType0 | None | Unset = UNSET
    block_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chapter_content_paragraph_tts_node_input_model import (
            ChapterContentParagraphTtsNodeInputModel,  # noqa: PLC0415
        )

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        sub_type: None | str | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        elif isinstance(self.sub_type, ChapterContentBlockInputModelSubTypeType0):
            sub_type = self.sub_type.value
        else:
            sub_type = self.sub_type

        block_id: None | str | Unset
        if isinstance(self.block_id, Unset):
            block_id = UNSET
        else:
            block_id = self.block_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodes": nodes,
            }
        )
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if block_id is not UNSET:
            field_dict["block_id"] = block_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chapter_content_paragraph_tts_node_input_model import (
            ChapterContentParagraphTtsNodeInputModel,  # noqa: PLC0415
        )

        d = dict(src_dict)
        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = ChapterContentParagraphTtsNodeInputModel.from_dict(
                nodes_item_data
            )

            nodes.append(nodes_item)

        def _parse_sub_type(
            data: object,
        ) -> ChapterContentBlockInputModelSubTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sub_type_type_0 = ChapterContentBlockInputModelSubTypeType0(data)

                return sub_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChapterContentBlockInputModelSubTypeType0 | None | Unset, data)

        sub_type = _parse_sub_type(d.pop("sub_type", UNSET))

        def _parse_block_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        block_id = _parse_block_id(d.pop("block_id", UNSET))

        chapter_content_block_input_model = cls(
            nodes=nodes,
            sub_type=sub_type,
            block_id=block_id,
        )

        chapter_content_block_input_model.additional_properties = d
        return chapter_content_block_input_model

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
