from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pronunciation_dictionary_version_response_model_permission_on_resource_type_0 import (
    PronunciationDictionaryVersionResponseModelPermissionOnResourceType0,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="PronunciationDictionaryVersionResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "version_id",
        "version_rules_num",
        "pronunciation_dictionary_id",
        "dictionary_name",
        "version_name",
        "permission_on_resource",
        "created_by",
        "creation_time_unix",
        "archived_time_unix",
    }
)


@_attrs_define
class PronunciationDictionaryVersionResponseModel:
    version_id: str
    version_rules_num: int
    pronunciation_dictionary_id: str
    dictionary_name: str
    version_name: str
    permission_on_resource: (
        None | PronunciationDictionaryVersionResponseModelPermissionOnResourceType0
    )
    created_by: str
    creation_time_unix: int
    archived_time_unix: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        version_rules_num = self.version_rules_num

        pronunciation_dictionary_id = self.pronunciation_dictionary_id

        dictionary_name = self.dictionary_name

        version_name = self.version_name

        permission_on_resource: None | str
        if isinstance(
            self.permission_on_resource,
            PronunciationDictionaryVersionResponseModelPermissionOnResourceType0,
        ):
            permission_on_resource = self.permission_on_resource.value
        else:
            permission_on_resource = self.permission_on_resource

        created_by = self.created_by

        creation_time_unix = self.creation_time_unix

        archived_time_unix: int | None | Unset
        if isinstance(self.archived_time_unix, Unset):
            archived_time_unix = UNSET
        else:
            archived_time_unix = self.archived_time_unix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
                "version_rules_num": version_rules_num,
                "pronunciation_dictionary_id": pronunciation_dictionary_id,
                "dictionary_name": dictionary_name,
                "version_name": version_name,
                "permission_on_resource": permission_on_resource,
                "created_by": created_by,
                "creation_time_unix": creation_time_unix,
            }
        )
        if archived_time_unix is not UNSET:
            field_dict["archived_time_unix"] = archived_time_unix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        version_id = src_dict["version_id"]
        if not isinstance(version_id, str):
            raise TypeError(
                f"PronunciationDictionaryVersionResponseModel.version_id: expected a string, got {type(version_id).__name__}"
            )

        version_rules_num = src_dict["version_rules_num"]
        if not is_json_integer(version_rules_num):
            raise TypeError(
                f"PronunciationDictionaryVersionResponseModel.version_rules_num: expected an integer, got {type(version_rules_num).__name__}"
            )

        pronunciation_dictionary_id = src_dict["pronunciation_dictionary_id"]
        if not isinstance(pronunciation_dictionary_id, str):
            raise TypeError(
                f"PronunciationDictionaryVersionResponseModel.pronunciation_dictionary_id: expected a string, got {type(pronunciation_dictionary_id).__name__}"
            )

        dictionary_name = src_dict["dictionary_name"]
        if not isinstance(dictionary_name, str):
            raise TypeError(
                f"PronunciationDictionaryVersionResponseModel.dictionary_name: expected a string, got {type(dictionary_name).__name__}"
            )

        version_name = src_dict["version_name"]
        if not isinstance(version_name, str):
            raise TypeError(
                f"PronunciationDictionaryVersionResponseModel.version_name: expected a string, got {type(version_name).__name__}"
            )

        _permission_on_resource = src_dict["permission_on_resource"]
        permission_on_resource: (
            None | PronunciationDictionaryVersionResponseModelPermissionOnResourceType0
        )
        if _permission_on_resource is None:
            permission_on_resource = None
        else:
            try:
                if not isinstance(_permission_on_resource, str):
                    raise TypeError()
                permission_on_resource_type_0 = PronunciationDictionaryVersionResponseModelPermissionOnResourceType0._parse(
                    _permission_on_resource
                )

                permission_on_resource = permission_on_resource_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_permission_on_resource is None):
                    raise TypeError(
                        f"permission_on_resource: expected one of the spec's values or null, got {type(_permission_on_resource).__name__}"
                    )
                permission_on_resource = _permission_on_resource

        created_by = src_dict["created_by"]
        if not isinstance(created_by, str):
            raise TypeError(
                f"PronunciationDictionaryVersionResponseModel.created_by: expected a string, got {type(created_by).__name__}"
            )

        creation_time_unix = src_dict["creation_time_unix"]
        if not is_json_integer(creation_time_unix):
            raise TypeError(
                f"PronunciationDictionaryVersionResponseModel.creation_time_unix: expected an integer, got {type(creation_time_unix).__name__}"
            )

        _archived_time_unix = src_dict.get("archived_time_unix", UNSET)
        archived_time_unix: int | None | Unset
        if _archived_time_unix is UNSET:
            archived_time_unix = UNSET
        else:
            if not (
                is_json_integer(_archived_time_unix) or _archived_time_unix is None
            ):
                raise TypeError(
                    f"archived_time_unix: expected an integer or null, got {type(_archived_time_unix).__name__}"
                )
            archived_time_unix = _archived_time_unix

        pronunciation_dictionary_version_response_model = cls(
            version_id=version_id,
            version_rules_num=version_rules_num,
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            dictionary_name=dictionary_name,
            version_name=version_name,
            permission_on_resource=permission_on_resource,
            created_by=created_by,
            creation_time_unix=creation_time_unix,
            archived_time_unix=archived_time_unix,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            pronunciation_dictionary_version_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return pronunciation_dictionary_version_response_model

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
