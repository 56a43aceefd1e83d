from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.render_status import RenderStatus
from ..models.render_type import RenderType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dubbing_media_reference import DubbingMediaReference


T = TypeVar("T", bound="Render")


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
        from ..models.dubbing_media_reference import DubbingMediaReference  # noqa: PLC0415

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
        from ..models.dubbing_media_reference import DubbingMediaReference  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        version = d.pop("version")

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        def _parse_type_(data: object) -> None | RenderType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = RenderType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RenderType, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_media_ref(data: object) -> DubbingMediaReference | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                media_ref_type_0 = DubbingMediaReference.from_dict(data)

                return media_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DubbingMediaReference | None, data)

        media_ref = _parse_media_ref(d.pop("media_ref"))

        status = RenderStatus(d.pop("status"))

        render = cls(
            id=id,
            version=version,
            language=language,
            type_=type_,
            media_ref=media_ref,
            status=status,
        )

        render.additional_properties = d
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
