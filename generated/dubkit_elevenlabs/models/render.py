from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.render_status import RenderStatus
from ..models.render_type import RenderType
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="Render")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "version",
        "language",
        "type",
        "media_ref",
        "status",
    }
)


@_attrs_define
class Render:
    id: str
    version: int
    language: None | str
    type_: None | RenderType
    media_ref: DubbingMediaReference | None
    status: RenderStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        language: None | str
        language = self.language

        type_: None | str
        if isinstance(self.type_, RenderType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        media_ref: dict[str, Any] | None
        if isinstance(self.media_ref, DubbingMediaReference):
            media_ref = self.media_ref.to_dict()
        else:
            media_ref = self.media_ref

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "language": language,
                "type": type_,
                "media_ref": media_ref,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(f"Render.id: expected a string, got {type(id).__name__}")

        version = src_dict["version"]
        if not is_json_integer(version):
            raise TypeError(
                f"Render.version: expected an integer, got {type(version).__name__}"
            )

        _language = src_dict["language"]
        language: None | str
        if not (isinstance(_language, str) or _language is None):
            raise TypeError(
                f"language: expected a string or null, got {type(_language).__name__}"
            )
        language = _language

        _type_ = src_dict["type"]
        type_: None | RenderType
        if _type_ is None:
            type_ = None
        else:
            try:
                if not isinstance(_type_, str):
                    raise TypeError()
                type_type_0 = RenderType._parse(_type_)

                type_ = type_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_type_ is None):
                    raise TypeError(
                        f"type: expected one of the spec's values or null, got {type(_type_).__name__}"
                    )
                type_ = _type_

        _media_ref = src_dict["media_ref"]
        media_ref: DubbingMediaReference | None
        if _media_ref is None:
            media_ref = None
        else:
            try:
                if not isinstance(_media_ref, dict):
                    raise TypeError()
                media_ref_type_0 = DubbingMediaReference.from_dict(_media_ref)

                media_ref = media_ref_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_media_ref is None):
                    raise TypeError(
                        f"media_ref: expected an object or null, got {type(_media_ref).__name__}"
                    )
                media_ref = _media_ref

        status = RenderStatus._parse(src_dict["status"])

        render = cls(
            id=id,
            version=version,
            language=language,
            type_=type_,
            media_ref=media_ref,
            status=status,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            render.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return render

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
from ..models.dubbing_media_reference import DubbingMediaReference  # noqa: E402
