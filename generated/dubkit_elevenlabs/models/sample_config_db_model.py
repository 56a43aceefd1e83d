from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sample_config_db_model_parent_type_type_0 import (
    SampleConfigDBModelParentTypeType0,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="SampleConfigDBModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "is_sample",
        "parent_id",
        "parent_type",
        "chapter_ids",
    }
)


@_attrs_define
class SampleConfigDBModel:
    is_sample: bool | Unset = False
    parent_id: None | str | Unset = UNSET
    parent_type: None | SampleConfigDBModelParentTypeType0 | Unset = UNSET
    chapter_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_sample = self.is_sample

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        parent_type: None | str | Unset
        if isinstance(self.parent_type, Unset):
            parent_type = UNSET
        elif isinstance(self.parent_type, SampleConfigDBModelParentTypeType0):
            parent_type = self.parent_type.value
        else:
            parent_type = self.parent_type

        chapter_ids: list[str] | None | Unset
        if isinstance(self.chapter_ids, Unset):
            chapter_ids = UNSET
        elif isinstance(self.chapter_ids, list):
            chapter_ids = self.chapter_ids

        else:
            chapter_ids = self.chapter_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_sample is not UNSET:
            field_dict["is_sample"] = is_sample
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if parent_type is not UNSET:
            field_dict["parent_type"] = parent_type
        if chapter_ids is not UNSET:
            field_dict["chapter_ids"] = chapter_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        is_sample = src_dict.get("is_sample", UNSET)
        if is_sample is not UNSET and not isinstance(is_sample, bool):
            raise TypeError(
                f"SampleConfigDBModel.is_sample: expected true or false, got {type(is_sample).__name__}"
            )

        _parent_id = src_dict.get("parent_id", UNSET)
        parent_id: None | str | Unset
        if _parent_id is UNSET:
            parent_id = UNSET
        else:
            if not (isinstance(_parent_id, str) or _parent_id is None):
                raise TypeError(
                    f"parent_id: expected a string or null, got {type(_parent_id).__name__}"
                )
            parent_id = _parent_id

        _parent_type = src_dict.get("parent_type", UNSET)
        parent_type: None | SampleConfigDBModelParentTypeType0 | Unset
        if _parent_type is None:
            parent_type = None
        elif isinstance(_parent_type, Unset):
            parent_type = UNSET
        else:
            try:
                if not isinstance(_parent_type, str):
                    raise TypeError()
                parent_type_type_0 = SampleConfigDBModelParentTypeType0._parse(
                    _parent_type
                )

                parent_type = parent_type_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_parent_type is None):
                    raise TypeError(
                        f"parent_type: expected one of the spec's values or null, got {type(_parent_type).__name__}"
                    )
                parent_type = _parent_type

        _chapter_ids = src_dict.get("chapter_ids", UNSET)
        chapter_ids: list[str] | None | Unset
        if _chapter_ids is None:
            chapter_ids = None
        elif isinstance(_chapter_ids, Unset):
            chapter_ids = UNSET
        else:
            try:
                if not isinstance(_chapter_ids, list):
                    raise TypeError()
                _chapter_ids_type_0 = _chapter_ids
                if not isinstance(_chapter_ids_type_0, list):
                    raise TypeError(
                        f"chapter_ids_type_0: expected an array, got {type(_chapter_ids_type_0).__name__}"
                    )

                for _item in _chapter_ids_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(
                            f"chapter_ids_type_0: every item must be a string"
                        )
                chapter_ids_type_0 = cast(list[str], _chapter_ids_type_0)

                chapter_ids = chapter_ids_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_chapter_ids is None):
                    raise TypeError(
                        f"chapter_ids: expected an array or null, got {type(_chapter_ids).__name__}"
                    )
                chapter_ids = _chapter_ids

        sample_config_db_model = cls(
            is_sample=is_sample,
            parent_id=parent_id,
            parent_type=parent_type,
            chapter_ids=chapter_ids,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            sample_config_db_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return sample_config_db_model

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
