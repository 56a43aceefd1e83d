from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chapter_content_block_input_model_sub_type_type_0 import (
    ChapterContentBlockInputModelSubTypeType0,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ChapterContentBlockInputModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "nodes",
        "sub_type",
        "block_id",
    }
)


@_attrs_define
class ChapterContentBlockInputModel:
    nodes: list[ChapterContentParagraphTtsNodeInputModel]
    sub_type: ChapterContentBlockInputModelSubTypeType0 | None | Unset = UNSET
    block_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        nodes = []
        _nodes = src_dict["nodes"]
        if not isinstance(_nodes, list):
            raise TypeError(f"nodes: expected an array, got {type(_nodes).__name__}")

        for nodes_item_data in _nodes:
            nodes_item = ChapterContentParagraphTtsNodeInputModel.from_dict(
                nodes_item_data
            )

            nodes.append(nodes_item)

        _sub_type = src_dict.get("sub_type", UNSET)
        sub_type: ChapterContentBlockInputModelSubTypeType0 | None | Unset
        if _sub_type is None:
            sub_type = None
        elif isinstance(_sub_type, Unset):
            sub_type = UNSET
        else:
            try:
                if not isinstance(_sub_type, str):
                    raise TypeError()
                sub_type_type_0 = ChapterContentBlockInputModelSubTypeType0._parse(
                    _sub_type
                )

                sub_type = sub_type_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_sub_type is None):
                    raise TypeError(
                        f"sub_type: expected one of the spec's values or null, got {type(_sub_type).__name__}"
                    )
                sub_type = _sub_type

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

        chapter_content_block_input_model = cls(
            nodes=nodes,
            sub_type=sub_type,
            block_id=block_id,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            chapter_content_block_input_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.chapter_content_paragraph_tts_node_input_model import (
    ChapterContentParagraphTtsNodeInputModel,  # noqa: E402
)
