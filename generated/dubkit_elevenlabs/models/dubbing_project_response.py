from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dubbing_project_response_status import DubbingProjectResponseStatus
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingProjectResponse")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "project_id",
        "status",
        "revision",
        "created_at",
        "updated_at",
        "reference",
        "source_language",
        "model_id",
        "media",
        "language_ids",
        "webhook_ids",
        "error",
        "warnings",
    }
)


@_attrs_define
class DubbingProjectResponse:
    project_id: str
    """ Unique identifier of the dubbing project. """
    status: DubbingProjectResponseStatus
    """ Lifecycle status of the project: 'preparing'/'processing' while it transcribes, 'ready' once transcription
    is done, or 'failed'. """
    revision: int
    """ Monotonic counter incremented whenever the source transcript is edited (segment add/edit/delete). """
    created_at: datetime.datetime
    """ When the project was created. """
    updated_at: datetime.datetime
    """ When the project was last updated. """
    reference: None | str | Unset = UNSET
    """ Optional free-form string the customer can provide to identify the project on their end. """
    source_language: None | str | Unset = UNSET
    """ BCP-47 language tag of the source media (null if auto-detected). """
    model_id: None | str | Unset = UNSET
    """ Default dubbing model id applied to this project's language targets. """
    media: DubbingSourceMediaInfo | None | Unset = UNSET
    """ Source media metadata; null until the project is ready. """
    language_ids: list[str] | Unset = UNSET
    """ Identifiers of the language targets created under this project. """
    webhook_ids: list[str] | Unset = UNSET
    """ Workspace webhooks notified when this project becomes ready or fails, and when any of its languages
    completes or fails. """
    error: DubbingError | None | Unset = UNSET
    """ Why the project failed; null unless `status` is 'failed'. Also null for the few projects that failed before
    failure reporting was introduced. """
    warnings: list[VoicesNotPermittedWarning] | Unset = UNSET
    """ Non-fatal conditions raised while preparing the source, empty when there are none. Reflects the latest
    preparation. Conditions raised while dubbing a particular language are reported on that language instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        status = self.status.value

        revision = self.revision

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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
        else:
            model_id = self.model_id

        media: dict[str, Any] | None | Unset
        if isinstance(self.media, Unset):
            media = UNSET
        elif isinstance(self.media, DubbingSourceMediaInfo):
            media = self.media.to_dict()
        else:
            media = self.media

        language_ids: list[str] | Unset = UNSET
        if not isinstance(self.language_ids, Unset):
            language_ids = self.language_ids

        webhook_ids: list[str] | Unset = UNSET
        if not isinstance(self.webhook_ids, Unset):
            webhook_ids = self.webhook_ids

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, DubbingError):
            error = self.error.to_dict()
        else:
            error = self.error

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "status": status,
                "revision": revision,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if source_language is not UNSET:
            field_dict["source_language"] = source_language
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if media is not UNSET:
            field_dict["media"] = media
        if language_ids is not UNSET:
            field_dict["language_ids"] = language_ids
        if webhook_ids is not UNSET:
            field_dict["webhook_ids"] = webhook_ids
        if error is not UNSET:
            field_dict["error"] = error
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id = src_dict["project_id"]
        if not isinstance(project_id, str):
            raise TypeError(
                f"DubbingProjectResponse.project_id: expected a string, got {type(project_id).__name__}"
            )

        status = DubbingProjectResponseStatus._parse(src_dict["status"])

        revision = src_dict["revision"]
        if not is_json_integer(revision):
            raise TypeError(
                f"DubbingProjectResponse.revision: expected an integer, got {type(revision).__name__}"
            )

        created_at = parse_datetime(src_dict["created_at"])

        updated_at = parse_datetime(src_dict["updated_at"])

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
        model_id: None | str | Unset
        if _model_id is UNSET:
            model_id = UNSET
        else:
            if not (isinstance(_model_id, str) or _model_id is None):
                raise TypeError(
                    f"model_id: expected a string or null, got {type(_model_id).__name__}"
                )
            model_id = _model_id

        _media = src_dict.get("media", UNSET)
        media: DubbingSourceMediaInfo | None | Unset
        if _media is None:
            media = None
        elif isinstance(_media, Unset):
            media = UNSET
        else:
            try:
                if not isinstance(_media, dict):
                    raise TypeError()
                media_type_0 = DubbingSourceMediaInfo.from_dict(_media)

                media = media_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_media is None):
                    raise TypeError(
                        f"media: expected an object or null, got {type(_media).__name__}"
                    )
                media = _media

        _language_ids = src_dict.get("language_ids", UNSET)
        if _language_ids is not UNSET:
            if not isinstance(_language_ids, list):
                raise TypeError(
                    f"language_ids: expected an array, got {type(_language_ids).__name__}"
                )

            for _item in _language_ids:
                if not isinstance(_item, str):
                    raise TypeError(f"language_ids: every item must be a string")
        language_ids = cast(list[str], _language_ids)

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

        _error = src_dict.get("error", UNSET)
        error: DubbingError | None | Unset
        if _error is None:
            error = None
        elif isinstance(_error, Unset):
            error = UNSET
        else:
            try:
                if not isinstance(_error, dict):
                    raise TypeError()
                error_type_0 = DubbingError.from_dict(_error)

                error = error_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_error is None):
                    raise TypeError(
                        f"error: expected an object or null, got {type(_error).__name__}"
                    )
                error = _error

        _warnings = src_dict.get("warnings", UNSET)
        warnings: list[VoicesNotPermittedWarning] | Unset = UNSET
        if _warnings is not UNSET:
            if not isinstance(_warnings, list):
                raise TypeError(
                    f"warnings: expected an array, got {type(_warnings).__name__}"
                )

            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = VoicesNotPermittedWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        dubbing_project_response = cls(
            project_id=project_id,
            status=status,
            revision=revision,
            created_at=created_at,
            updated_at=updated_at,
            reference=reference,
            source_language=source_language,
            model_id=model_id,
            media=media,
            language_ids=language_ids,
            webhook_ids=webhook_ids,
            error=error,
            warnings=warnings,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_project_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_project_response

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
from ..models.dubbing_error import DubbingError  # noqa: E402
from ..models.dubbing_source_media_info import DubbingSourceMediaInfo  # noqa: E402
from ..models.voices_not_permitted_warning import VoicesNotPermittedWarning  # noqa: E402
