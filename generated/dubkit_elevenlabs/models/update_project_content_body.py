from __future__ import annotations

import json
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from io import BytesIO
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="UpdateProjectContentBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "from_url",
        "from_document",
        "from_content_json",
        "auto_convert",
    }
)


@_attrs_define
class UpdateProjectContentBody:
    from_url: None | str | Unset = UNSET
    """ An optional URL from which we will extract content to initialize the Studio project. If this is set,
    'from_url' and 'from_content' must be null. If neither 'from_url', 'from_document', 'from_content' are provided
    we will initialize the Studio project as blank. """
    from_document: File | None | Unset = UNSET
    """ An optional .epub, .pdf, .txt or similar file can be provided. If provided, we will initialize the Studio
    project with its content. If this is set, 'from_url' and 'from_content' must be null. If neither 'from_url',
    'from_document', 'from_content' are provided we will initialize the Studio project as blank. """
    from_content_json: str | Unset = UNSET
    """
        An optional content to initialize the Studio project with. If this is set, 'from_url' and 'from_document'
    must be null. If neither 'from_url', 'from_document', 'from_content' are provided we will initialize the Studio
    project as blank.

        Example:
        [{"name": "Chapter A", "blocks": [{"sub_type": "p", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text":
    "A", "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "B", "type": "tts_node"}]}, {"sub_type":
    "h1", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "C", "type": "tts_node"}, {"voice_id":
    "6lCwbsX1yVjD49QmpkT1", "text": "D", "type": "tts_node"}]}]}, {"name": "Chapter B", "blocks": [{"sub_type": "p",
    "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "E", "type": "tts_node"}, {"voice_id":
    "6lCwbsX1yVjD49QmpkT1", "text": "F", "type": "tts_node"}]}, {"sub_type": "h2", "nodes": [{"voice_id":
    "6lCwbsX1yVjD49QmpkT0", "text": "G", "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "H",
    "type": "tts_node"}]}]}]
         """
    auto_convert: bool | Unset = False
    """ Whether to auto convert the Studio project to audio or not. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_url: None | str | Unset
        if isinstance(self.from_url, Unset):
            from_url = UNSET
        else:
            from_url = self.from_url

        from_document: FileTypes | None | Unset
        if isinstance(self.from_document, Unset):
            from_document = UNSET
        elif isinstance(self.from_document, File):
            from_document = self.from_document.to_tuple()

        else:
            from_document = self.from_document

        from_content_json = self.from_content_json

        auto_convert = self.auto_convert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if from_document is not UNSET:
            field_dict["from_document"] = from_document
        if from_content_json is not UNSET:
            field_dict["from_content_json"] = from_content_json
        if auto_convert is not UNSET:
            field_dict["auto_convert"] = auto_convert

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.from_url, Unset):
            if isinstance(self.from_url, str):
                files.append(
                    ("from_url", (None, str(self.from_url).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("from_url", (None, str(self.from_url).encode(), "text/plain"))
                )

        if not isinstance(self.from_document, Unset):
            if isinstance(self.from_document, File):
                files.append(("from_document", self.from_document.to_tuple()))
            else:
                files.append(
                    (
                        "from_document",
                        (None, str(self.from_document).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.from_content_json, Unset):
            files.append(
                (
                    "from_content_json",
                    (None, str(self.from_content_json).encode(), "text/plain"),
                )
            )

        if not isinstance(self.auto_convert, Unset):
            files.append(
                (
                    "auto_convert",
                    (
                        None,
                        ("true" if self.auto_convert else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _from_url = src_dict.get("from_url", UNSET)
        from_url: None | str | Unset
        if _from_url is UNSET:
            from_url = UNSET
        else:
            if not (isinstance(_from_url, str) or _from_url is None):
                raise TypeError(
                    f"from_url: expected a string or null, got {type(_from_url).__name__}"
                )
            from_url = _from_url

        _from_document = src_dict.get("from_document", UNSET)
        from_document: File | None | Unset
        if _from_document is None:
            from_document = None
        elif isinstance(_from_document, Unset):
            from_document = UNSET
        else:
            try:
                if not isinstance(_from_document, bytes):
                    raise TypeError()
                from_document_type_0 = File(payload=BytesIO(_from_document))

                from_document = from_document_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_from_document is None):
                    raise TypeError(
                        f"from_document: expected FileProperty or null, got {type(_from_document).__name__}"
                    )
                from_document = _from_document

        from_content_json = src_dict.get("from_content_json", UNSET)
        if from_content_json is not UNSET and not isinstance(from_content_json, str):
            raise TypeError(
                f"UpdateProjectContentBody.from_content_json: expected a string, got {type(from_content_json).__name__}"
            )

        auto_convert = src_dict.get("auto_convert", UNSET)
        if auto_convert is not UNSET and not isinstance(auto_convert, bool):
            raise TypeError(
                f"UpdateProjectContentBody.auto_convert: expected true or false, got {type(auto_convert).__name__}"
            )

        update_project_content_body = cls(
            from_url=from_url,
            from_document=from_document,
            from_content_json=from_content_json,
            auto_convert=auto_convert,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            update_project_content_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return update_project_content_body

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
