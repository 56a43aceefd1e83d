from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chapter_content_block_extendable_node_response_model import (
        ChapterContentBlockExtendableNodeResponseModel,
    )
    from ..models.chapter_content_block_tts_node_response_model import (
        ChapterContentBlockTtsNodeResponseModel,
    )


T = TypeVar("T", bound="ChapterContentBlockResponseModel")


@_attrs_define
class ChapterContentBlockResponseModel:
    block_id: str
    nodes: list[
        ChapterContentBlockExtendableNodeResponseModel
        | ChapterContentBlockTtsNodeResponseModel
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chapter_content_block_extendable_node_response_model import (
            ChapterContentBlockExtendableNodeResponseModel,  # noqa: PLC0415
        )
        from ..models.chapter_content_block_tts_node_response_model import (
            ChapterContentBlockTtsNodeResponseModel,  # noqa: PLC0415
        )

        block_id = self.block_id

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item: dict[str, Any]
            if isinstance(nodes_item_data, ChapterContentBlockTtsNodeResponseModel):
                nodes_item = nodes_item_data.to_dict()
            else:
                nodes_item = nodes_item_data.to_dict()

            nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_id": block_id,
                "nodes": nodes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chapter_content_block_extendable_node_response_model import (
            ChapterContentBlockExtendableNodeResponseModel,  # noqa: PLC0415
        )
        from ..models.chapter_content_block_tts_node_response_model import (
            ChapterContentBlockTtsNodeResponseModel,  # noqa: PLC0415
        )

        d = dict(src_dict)
        block_id = d.pop("block_id")

        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:

            def _parse_nodes_item(
                data: object,
            ) -> (
                ChapterContentBlockExtendableNodeResponseModel
                | ChapterContentBlockTtsNodeResponseModel
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    nodes_item_type_0 = (
                        ChapterContentBlockTtsNodeResponseModel.from_dict(data)
                    )

                    return nodes_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                nodes_item_type_1 = (
                    ChapterContentBlockExtendableNodeResponseModel.from_dict(data)
                )

                return nodes_item_type_1

            nodes_item = _parse_nodes_item(nodes_item_data)

            nodes.append(nodes_item)

        chapter_content_block_response_model = cls(
            block_id=block_id,
            nodes=nodes,
        )

        chapter_content_block_response_model.additional_properties = d
        return chapter_content_block_response_model

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
