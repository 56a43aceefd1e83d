from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dubbing_language_response_status import DubbingLanguageResponseStatus
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingLanguageResponse")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "language_id",
        "project_id",
        "target_language",
        "status",
        "revision",
        "created_at",
        "updated_at",
        "model_id",
        "voice_settings",
        "outputs",
        "output_revision",
        "error",
        "warnings",
    }
)


@_attrs_define
class DubbingLanguageResponse:
    language_id: str
    """ Unique identifier of the language target. """
    project_id: str
    """ Identifier of the parent dubbing project. """
    target_language: str
    """ BCP-47 language tag this target is dubbed into. """
    status: DubbingLanguageResponseStatus
    """ Lifecycle status: 'queued' (waiting on the project), 'processing', 'completed', 'stale' (source/transcript
    changed), or 'failed'. """
    revision: int
    """ Monotonic counter incremented whenever this target's transcript changes (a source edit affecting it, or an
    edit to its translation). """
    created_at: datetime.datetime
    """ When the language target was created. """
    updated_at: datetime.datetime
    """ When the language target was last updated. """
    model_id: None | str | Unset = UNSET
    """ Effective dubbing model id (target override or project default). """
    voice_settings: None | Unset | VoiceSettings = UNSET
    """ Voice settings applied to the whole language, or null if unset. """
    outputs: DubbingLanguageOutputs | None | Unset = UNSET
    """ Signed output URLs; null until the target has produced an output (present once 'completed', and kept while
    'stale' -- compare `output_revision` against `revision` to tell whether the output is up to date). """
    output_revision: int | None | Unset = UNSET
    """ The `revision` the current dubbed output was generated from; equal to `revision` when up to date, less than
    it when 'stale'. Null until a generation has completed. """
    error: DubbingError | None | Unset = UNSET
    """ Why this language failed; null unless `status` is 'failed', and also null for the few languages that failed
    before failure reporting was introduced. A code of 'project_failed' means the parent project failed, so read the
    project for the underlying cause. """
    warnings: list[VoicesNotPermittedWarning] | Unset = UNSET
    """ Non-fatal conditions raised while dubbing this language, empty when there are none. Reflects the latest
    generation. Conditions raised while preparing the source are reported on the project instead. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language_id = self.language_id

        project_id = self.project_id

        target_language = self.target_language

        status = self.status.value

        revision = self.revision

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, VoiceSettings):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

        outputs: dict[str, Any] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, DubbingLanguageOutputs):
            outputs = self.outputs.to_dict()
        else:
            outputs = self.outputs

        output_revision: int | None | Unset
        if isinstance(self.output_revision, Unset):
            output_revision = UNSET
        else:
            output_revision = self.output_revision

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
                "language_id": language_id,
                "project_id": project_id,
                "target_language": target_language,
                "status": status,
                "revision": revision,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if output_revision is not UNSET:
            field_dict["output_revision"] = output_revision
        if error is not UNSET:
            field_dict["error"] = error
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        language_id = src_dict["language_id"]
        if not isinstance(language_id, str):
            raise TypeError(
                f"DubbingLanguageResponse.language_id: expected a string, got {type(language_id).__name__}"
            )

        project_id = src_dict["project_id"]
        if not isinstance(project_id, str):
            raise TypeError(
                f"DubbingLanguageResponse.project_id: expected a string, got {type(project_id).__name__}"
            )

        target_language = src_dict["target_language"]
        if not isinstance(target_language, str):
            raise TypeError(
                f"DubbingLanguageResponse.target_language: expected a string, got {type(target_language).__name__}"
            )

        status = DubbingLanguageResponseStatus._parse(src_dict["status"])

        revision = src_dict["revision"]
        if not is_json_integer(revision):
            raise TypeError(
                f"DubbingLanguageResponse.revision: expected an integer, got {type(revision).__name__}"
            )

        created_at = parse_datetime(src_dict["created_at"])

        updated_at = parse_datetime(src_dict["updated_at"])

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

        _voice_settings = src_dict.get("voice_settings", UNSET)
        voice_settings: None | Unset | VoiceSettings
        if _voice_settings is None:
            voice_settings = None
        elif isinstance(_voice_settings, Unset):
            voice_settings = UNSET
        else:
            try:
                if not isinstance(_voice_settings, dict):
                    raise TypeError()
                voice_settings_type_0 = VoiceSettings.from_dict(_voice_settings)

                voice_settings = voice_settings_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_voice_settings is None):
                    raise TypeError(
                        f"voice_settings: expected an object or null, got {type(_voice_settings).__name__}"
                    )
                voice_settings = _voice_settings

        _outputs = src_dict.get("outputs", UNSET)
        outputs: DubbingLanguageOutputs | None | Unset
        if _outputs is None:
            outputs = None
        elif isinstance(_outputs, Unset):
            outputs = UNSET
        else:
            try:
                if not isinstance(_outputs, dict):
                    raise TypeError()
                outputs_type_0 = DubbingLanguageOutputs.from_dict(_outputs)

                outputs = outputs_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_outputs is None):
                    raise TypeError(
                        f"outputs: expected an object or null, got {type(_outputs).__name__}"
                    )
                outputs = _outputs

        _output_revision = src_dict.get("output_revision", UNSET)
        output_revision: int | None | Unset
        if _output_revision is UNSET:
            output_revision = UNSET
        else:
            if not (is_json_integer(_output_revision) or _output_revision is None):
                raise TypeError(
                    f"output_revision: expected an integer or null, got {type(_output_revision).__name__}"
                )
            output_revision = _output_revision

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

        dubbing_language_response = cls(
            language_id=language_id,
            project_id=project_id,
            target_language=target_language,
            status=status,
            revision=revision,
            created_at=created_at,
            updated_at=updated_at,
            model_id=model_id,
            voice_settings=voice_settings,
            outputs=outputs,
            output_revision=output_revision,
            error=error,
            warnings=warnings,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_language_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_language_response

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
from ..models.dubbing_language_outputs import DubbingLanguageOutputs  # noqa: E402
from ..models.voice_settings import VoiceSettings  # noqa: E402
from ..models.voices_not_permitted_warning import VoicesNotPermittedWarning  # noqa: E402
