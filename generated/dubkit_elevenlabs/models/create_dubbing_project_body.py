from __future__ import annotations

import json
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from io import BytesIO
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_dubbing_project_body_model_id_type_0 import (
    CreateDubbingProjectBodyModelIdType0,
)
from ..types import UNSET, File, FileTypes, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CreateDubbingProjectBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "file",
        "source_url",
        "reference",
        "source_language",
        "model_id",
        "keyterms",
        "webhook_ids",
        "target_language",
        "transcript",
    }
)


@_attrs_define
class CreateDubbingProjectBody:
    file: File | None | Unset = UNSET
    """ The source media file to dub. Provide this or source_url. """
    source_url: None | str | Unset = UNSET
    """ Public URL to fetch the source media from. Provide this or file. """
    reference: None | str | Unset = UNSET
    """ Optional free-form string (max 500 characters) to identify the project on your end. """
    source_language: None | str | Unset = UNSET
    """ BCP-47 language tag of the source media; must be a language the transcription model supports. Any region or
    script subtag is ignored, since transcription is per-language. Omit to auto-detect. """
    model_id: CreateDubbingProjectBodyModelIdType0 | None | str | Unset = UNSET
    """ Default dubbing model id ('dubbing_v1' or 'dubbing_v2') for the project's language targets; a target may
    override it. Omit to use the system default. """
    keyterms: list[str] | Unset = UNSET
    """ Key terms to bias transcription/translation toward (e.g. product or brand names). At most 1000 terms; each
    term at most 50 characters and 5 words; the characters `<>{}[]\\` are not allowed. """
    webhook_ids: list[str] | Unset = UNSET
    """ Ids of workspace webhooks to notify when this project becomes ready or fails, and when any of its languages
    completes or fails. At most 3; each must be a webhook configured in your workspace. """
    target_language: None | str | Unset = UNSET
    """ Optional shortcut: also create a language target in this BCP-47 language, queued to start once the project
    is ready. Must be a language the dubbing model supports, and a region-qualified tag must be one of the supported
    dialects. """
    transcript: File | None | Unset = UNSET
    """ Enterprise only. Optional JSON transcript to use instead of automatic transcription. When provided,
    source_language is required. Segments may include an optional external_id and an optional translation; if any
    segment includes a translation, target_language is required and every segment must include one (used to seed the
    target created via target_language). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, File):
            file = self.file.to_tuple()

        else:
            file = self.file

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        source_language: None | str | Unset
        if isinstance(self.source_language, Unset):
            source_language = UNSET
        else:
            source_language = self.source_language

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        elif isinstance(self.model_id, CreateDubbingProjectBodyModelIdType0):
            model_id = self.model_id.value
        else:
            model_id = self.model_id

        keyterms: list[str] | Unset = UNSET
        if not isinstance(self.keyterms, Unset):
            keyterms = self.keyterms

        webhook_ids: list[str] | Unset = UNSET
        if not isinstance(self.webhook_ids, Unset):
            webhook_ids = self.webhook_ids

        target_language: None | str | Unset
        if isinstance(self.target_language, Unset):
            target_language = UNSET
        else:
            target_language = self.target_language

        transcript: FileTypes | None | Unset
        if isinstance(self.transcript, Unset):
            transcript = UNSET
        elif isinstance(self.transcript, File):
            transcript = self.transcript.to_tuple()

        else:
            transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if reference is not UNSET:
            field_dict["reference"] = reference
        if source_language is not UNSET:
            field_dict["source_language"] = source_language
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if keyterms is not UNSET:
            field_dict["keyterms"] = keyterms
        if webhook_ids is not UNSET:
            field_dict["webhook_ids"] = webhook_ids
        if target_language is not UNSET:
            field_dict["target_language"] = target_language
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            if isinstance(self.file, File):
                files.append(("file", self.file.to_tuple()))
            else:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.source_url, Unset):
            if isinstance(self.source_url, str):
                files.append(
                    ("source_url", (None, str(self.source_url).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("source_url", (None, str(self.source_url).encode(), "text/plain"))
                )

        if not isinstance(self.reference, Unset):
            if isinstance(self.reference, str):
                files.append(
                    ("reference", (None, str(self.reference).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("reference", (None, str(self.reference).encode(), "text/plain"))
                )

        if not isinstance(self.source_language, Unset):
            if isinstance(self.source_language, str):
                files.append(
                    (
                        "source_language",
                        (None, str(self.source_language).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "source_language",
                        (None, str(self.source_language).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.model_id, Unset):
            if isinstance(self.model_id, CreateDubbingProjectBodyModelIdType0):
                files.append(
                    (
                        "model_id",
                        (None, str(self.model_id.value).encode(), "text/plain"),
                    )
                )
            elif isinstance(self.model_id, str):
                files.append(
                    ("model_id", (None, str(self.model_id).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("model_id", (None, str(self.model_id).encode(), "text/plain"))
                )

        if not isinstance(self.keyterms, Unset):
            for keyterms_item_element in self.keyterms:
                files.append(
                    (
                        "keyterms",
                        (None, str(keyterms_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.webhook_ids, Unset):
            for webhook_ids_item_element in self.webhook_ids:
                files.append(
                    (
                        "webhook_ids",
                        (None, str(webhook_ids_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.target_language, Unset):
            if isinstance(self.target_language, str):
                files.append(
                    (
                        "target_language",
                        (None, str(self.target_language).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "target_language",
                        (None, str(self.target_language).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.transcript, Unset):
            if isinstance(self.transcript, File):
                files.append(("transcript", self.transcript.to_tuple()))
            else:
                files.append(
                    ("transcript", (None, str(self.transcript).encode(), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _file = src_dict.get("file", UNSET)
        file: File | None | Unset
        if _file is None:
            file = None
        elif isinstance(_file, Unset):
            file = UNSET
        else:
            try:
                if not isinstance(_file, bytes):
                    raise TypeError()
                file_type_0 = File(payload=BytesIO(_file))

                file = file_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_file is None):
                    raise TypeError(
                        f"file: expected FileProperty or null, got {type(_file).__name__}"
                    )
                file = _file

        _source_url = src_dict.get("source_url", UNSET)
        source_url: None | str | Unset
        if _source_url is UNSET:
            source_url = UNSET
        else:
            if not (isinstance(_source_url, str) or _source_url is None):
                raise TypeError(
                    f"source_url: expected a string or null, got {type(_source_url).__name__}"
                )
            source_url = _source_url

        _reference = src_dict.get("reference", UNSET)
        reference: None | str | Unset
        if _reference is UNSET:
            reference = UNSET
        else:
            if not (isinstance(_reference, str) or _reference is None):
                raise TypeError(
                    f"reference: expected a string or null, got {type(_reference).__name__}"
                )
            reference = _reference

        _source_language = src_dict.get("source_language", UNSET)
        source_language: None | str | Unset
        if _source_language is UNSET:
            source_language = UNSET
        else:
            if not (isinstance(_source_language, str) or _source_language is None):
                raise TypeError(
                    f"source_language: expected a string or null, got {type(_source_language).__name__}"
                )
            source_language = _source_language

        _model_id = src_dict.get("model_id", UNSET)
        model_id: CreateDubbingProjectBodyModelIdType0 | None | str | Unset
        if _model_id is None:
            model_id = None
        elif isinstance(_model_id, Unset):
            model_id = UNSET
        else:
            try:
                if not isinstance(_model_id, str):
                    raise TypeError()
                model_id_type_0 = CreateDubbingProjectBodyModelIdType0(_model_id)
                model_id = model_id_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (isinstance(_model_id, str) or _model_id is None):
                    raise TypeError(
                        f"model_id: expected one of the spec's values or a string or null, got {type(_model_id).__name__}"
                    )
                model_id = _model_id

        _keyterms = src_dict.get("keyterms", UNSET)
        if _keyterms is not UNSET:
            if not isinstance(_keyterms, list):
                raise TypeError(
                    f"keyterms: expected an array, got {type(_keyterms).__name__}"
                )

            for _item in _keyterms:
                if not isinstance(_item, str):
                    raise TypeError(f"keyterms: every item must be a string")
        keyterms = cast(list[str], _keyterms)

        _webhook_ids = src_dict.get("webhook_ids", UNSET)
        if _webhook_ids is not UNSET:
            if not isinstance(_webhook_ids, list):
                raise TypeError(
                    f"webhook_ids: expected an array, got {type(_webhook_ids).__name__}"
                )

            for _item in _webhook_ids:
                if not isinstance(_item, str):
                    raise TypeError(f"webhook_ids: every item must be a string")
        webhook_ids = cast(list[str], _webhook_ids)

        _target_language = src_dict.get("target_language", UNSET)
        target_language: None | str | Unset
        if _target_language is UNSET:
            target_language = UNSET
        else:
            if not (isinstance(_target_language, str) or _target_language is None):
                raise TypeError(
                    f"target_language: expected a string or null, got {type(_target_language).__name__}"
                )
            target_language = _target_language

        _transcript = src_dict.get("transcript", UNSET)
        transcript: File | None | Unset
        if _transcript is None:
            transcript = None
        elif isinstance(_transcript, Unset):
            transcript = UNSET
        else:
            try:
                if not isinstance(_transcript, bytes):
                    raise TypeError()
                transcript_type_0 = File(payload=BytesIO(_transcript))

                transcript = transcript_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_transcript is None):
                    raise TypeError(
                        f"transcript: expected FileProperty or null, got {type(_transcript).__name__}"
                    )
                transcript = _transcript

        create_dubbing_project_body = cls(
            file=file,
            source_url=source_url,
            reference=reference,
            source_language=source_language,
            model_id=model_id,
            keyterms=keyterms,
            webhook_ids=webhook_ids,
            target_language=target_language,
            transcript=transcript,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            create_dubbing_project_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return create_dubbing_project_body

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
