from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingMetadataResponse")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "dubbing_id",
        "name",
        "status",
        "source_language",
        "target_languages",
        "created_at",
        "editable",
        "media_metadata",
        "error",
    }
)


@_attrs_define
class DubbingMetadataResponse:
    """
    Example:
        {'created_at': '2025-07-15T14:49:41.149000Z', 'dubbing_id': '21m00Tcm4TlvDq8ikWAM', 'editable': True,
            'media_metadata': {'content_type': 'video/mp4', 'duration': 127.5}, 'name': 'My Dubbing Project',
            'source_language': 'en', 'status': 'dubbed', 'target_languages': ['es', 'fr', 'de']}

    """

    dubbing_id: str
    """ The ID of the dubbing project. """
    name: str
    """ The name of the dubbing project. """
    status: str
    """ The state this dub is in. """
    source_language: None | str
    """ Once dubbing has completed, the ISO-639-1 code of the original media's source language. """
    target_languages: list[str]
    """ The ISO-639-1 code of the languages this media has been dubbed into. """
    created_at: datetime.datetime
    """ Timestamp this dub was created. """
    editable: bool | Unset = False
    """ Whether this dubbing project is editable in Dubbing Studio. """
    media_metadata: DubbingMediaMetadata | None | Unset = UNSET
    """ Metadata, such as the length in seconds and content type, of the dubbed content. """
    error: None | str | Unset = UNSET
    """ Error message indicate, if this dub has failed, what happened. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dubbing_id = self.dubbing_id

        name = self.name

        status = self.status

        source_language: None | str
        source_language = self.source_language

        target_languages = self.target_languages

        created_at = self.created_at.isoformat()

        editable = self.editable

        media_metadata: dict[str, Any] | None | Unset
        if isinstance(self.media_metadata, Unset):
            media_metadata = UNSET
        elif isinstance(self.media_metadata, DubbingMediaMetadata):
            media_metadata = self.media_metadata.to_dict()
        else:
            media_metadata = self.media_metadata

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dubbing_id": dubbing_id,
                "name": name,
                "status": status,
                "source_language": source_language,
                "target_languages": target_languages,
                "created_at": created_at,
            }
        )
        if editable is not UNSET:
            field_dict["editable"] = editable
        if media_metadata is not UNSET:
            field_dict["media_metadata"] = media_metadata
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        dubbing_id = src_dict["dubbing_id"]
        if not isinstance(dubbing_id, str):
            raise TypeError(
                f"DubbingMetadataResponse.dubbing_id: expected a string, got {type(dubbing_id).__name__}"
            )

        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(
                f"DubbingMetadataResponse.name: expected a string, got {type(name).__name__}"
            )

        status = src_dict["status"]
        if not isinstance(status, str):
            raise TypeError(
                f"DubbingMetadataResponse.status: expected a string, got {type(status).__name__}"
            )

        _source_language = src_dict["source_language"]
        source_language: None | str
        if not (isinstance(_source_language, str) or _source_language is None):
            raise TypeError(
                f"source_language: expected a string or null, got {type(_source_language).__name__}"
            )
        source_language = _source_language

        _target_languages = src_dict["target_languages"]
        if not isinstance(_target_languages, list):
            raise TypeError(
                f"target_languages: expected an array, got {type(_target_languages).__name__}"
            )

        for _item in _target_languages:
            if not isinstance(_item, str):
                raise TypeError(f"target_languages: every item must be a string")
        target_languages = cast(list[str], _target_languages)

        created_at = parse_datetime(src_dict["created_at"])

        editable = src_dict.get("editable", UNSET)
        if editable is not UNSET and not isinstance(editable, bool):
            raise TypeError(
                f"DubbingMetadataResponse.editable: expected true or false, got {type(editable).__name__}"
            )

        _media_metadata = src_dict.get("media_metadata", UNSET)
        media_metadata: DubbingMediaMetadata | None | Unset
        if _media_metadata is None:
            media_metadata = None
        elif isinstance(_media_metadata, Unset):
            media_metadata = UNSET
        else:
            try:
                if not isinstance(_media_metadata, dict):
                    raise TypeError()
                media_metadata_type_0 = DubbingMediaMetadata.from_dict(_media_metadata)

                media_metadata = media_metadata_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_media_metadata is None):
                    raise TypeError(
                        f"media_metadata: expected an object or null, got {type(_media_metadata).__name__}"
                    )
                media_metadata = _media_metadata

        _error = src_dict.get("error", UNSET)
        error: None | str | Unset
        if _error is UNSET:
            error = UNSET
        else:
            if not (isinstance(_error, str) or _error is None):
                raise TypeError(
                    f"error: expected a string or null, got {type(_error).__name__}"
                )
            error = _error

        dubbing_metadata_response = cls(
            dubbing_id=dubbing_id,
            name=name,
            status=status,
            source_language=source_language,
            target_languages=target_languages,
            created_at=created_at,
            editable=editable,
            media_metadata=media_metadata,
            error=error,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_metadata_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_metadata_response

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
from ..models.dubbing_media_metadata import DubbingMediaMetadata  # noqa: E402
