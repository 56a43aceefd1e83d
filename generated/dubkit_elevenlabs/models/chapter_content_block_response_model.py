from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ChapterContentBlockResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "block_id",
        "nodes",
    }
)


@_attrs_define
class ChapterContentBlockResponseModel:
    block_id: str
    nodes: list[
        ChapterContentBlockExtendableNodeResponseModel
        | ChapterContentBlockTtsNodeResponseModel
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        block_id = src_dict["block_id"]
        if not isinstance(block_id, str):
            raise TypeError(
                f"ChapterContentBlockResponseModel.block_id: expected a string, got {type(block_id).__name__}"
            )

        nodes = []
        _nodes = src_dict["nodes"]
        if not isinstance(_nodes, list):
            raise TypeError(f"nodes: expected an array, got {type(_nodes).__name__}")

        for nodes_item_data in _nodes:
            _nodes_item = nodes_item_data
            nodes_item: (
                ChapterContentBlockExtendableNodeResponseModel
                | ChapterContentBlockTtsNodeResponseModel
            )
            try:
                if not isinstance(_nodes_item, dict):
                    raise TypeError()
                nodes_item_type_0 = ChapterContentBlockTtsNodeResponseModel.from_dict(
                    _nodes_item
                )

                nodes_item = nodes_item_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_nodes_item, dict):
                    raise TypeError()
                nodes_item_type_1 = (
                    ChapterContentBlockExtendableNodeResponseModel.from_dict(
                        _nodes_item
                    )
                )

                nodes_item = nodes_item_type_1

            nodes.append(nodes_item)

        chapter_content_block_response_model = cls(
            block_id=block_id,
            nodes=nodes,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            chapter_content_block_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.chapter_content_block_extendable_node_response_model import (
    ChapterContentBlockExtendableNodeResponseModel,  # noqa: E402
)
from ..models.chapter_content_block_tts_node_response_model import (
    ChapterContentBlockTtsNodeResponseModel,  # noqa: E402
)
