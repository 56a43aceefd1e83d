from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="FineTuningResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "is_allowed_to_fine_tune",
        "state",
        "verification_failures",
        "verification_attempts_count",
        "manual_verification_requested",
        "language",
        "progress",
        "message",
        "dataset_duration_seconds",
        "verification_attempts",
        "slice_ids",
        "manual_verification",
        "max_verification_attempts",
        "next_max_verification_attempts_reset_unix_ms",
    }
)


@_attrs_define
class FineTuningResponseModel:
    """
    Example:
        {'is_allowed_to_fine_tune': True, 'manual_verification_requested': False, 'state': {'eleven_multilingual_v2':
            'fine_tuned'}, 'verification_attempts_count': 2, 'verification_failures': []}

    """

    is_allowed_to_fine_tune: bool
    """ Whether the user is allowed to fine-tune the voice. """
    state: FineTuningResponseModelState
    """ The state of the fine-tuning process for each model. """
    verification_failures: list[str]
    """ List of verification failures in the fine-tuning process. """
    verification_attempts_count: int
    """ The number of verification attempts in the fine-tuning process. """
    manual_verification_requested: bool
    """ Whether a manual verification was requested for the fine-tuning process. """
    language: None | str | Unset = UNSET
    """ The language of the fine-tuning process. """
    progress: FineTuningResponseModelProgressType0 | None | Unset = UNSET
    """ The progress of the fine-tuning process. """
    message: FineTuningResponseModelMessageType0 | None | Unset = UNSET
    """ The message of the fine-tuning process. """
    dataset_duration_seconds: float | None | Unset = UNSET
    """ The duration of the dataset in seconds. """
    verification_attempts: list[VerificationAttemptResponseModel] | None | Unset = UNSET
    """ The number of verification attempts. """
    slice_ids: list[str] | None | Unset = UNSET
    """ List of slice IDs. """
    manual_verification: ManualVerificationResponseModel | None | Unset = UNSET
    """ The manual verification of the fine-tuning process. """
    max_verification_attempts: int | None | Unset = UNSET
    """ The maximum number of verification attempts. """
    next_max_verification_attempts_reset_unix_ms: int | None | Unset = UNSET
    """ The next maximum verification attempts reset time in Unix milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_allowed_to_fine_tune = self.is_allowed_to_fine_tune

        state = self.state.to_dict()

        verification_failures = self.verification_failures

        verification_attempts_count = self.verification_attempts_count

        manual_verification_requested = self.manual_verification_requested

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        progress: dict[str, Any] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, FineTuningResponseModelProgressType0):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, FineTuningResponseModelMessageType0):
            message = self.message.to_dict()
        else:
            message = self.message

        dataset_duration_seconds: float | None | Unset
        if isinstance(self.dataset_duration_seconds, Unset):
            dataset_duration_seconds = UNSET
        else:
            dataset_duration_seconds = self.dataset_duration_seconds

        verification_attempts: list[dict[str, Any]] | None | Unset
        if isinstance(self.verification_attempts, Unset):
            verification_attempts = UNSET
        elif isinstance(self.verification_attempts, list):
            verification_attempts = []
            for verification_attempts_type_0_item_data in self.verification_attempts:
                verification_attempts_type_0_item = (
                    verification_attempts_type_0_item_data.to_dict()
                )
                verification_attempts.append(verification_attempts_type_0_item)

        else:
            verification_attempts = self.verification_attempts

        slice_ids: list[str] | None | Unset
        if isinstance(self.slice_ids, Unset):
            slice_ids = UNSET
        elif isinstance(self.slice_ids, list):
            slice_ids = self.slice_ids

        else:
            slice_ids = self.slice_ids

        manual_verification: dict[str, Any] | None | Unset
        if isinstance(self.manual_verification, Unset):
            manual_verification = UNSET
        elif isinstance(self.manual_verification, ManualVerificationResponseModel):
            manual_verification = self.manual_verification.to_dict()
        else:
            manual_verification = self.manual_verification

        max_verification_attempts: int | None | Unset
        if isinstance(self.max_verification_attempts, Unset):
            max_verification_attempts = UNSET
        else:
            max_verification_attempts = self.max_verification_attempts

        next_max_verification_attempts_reset_unix_ms: int | None | Unset
        if isinstance(self.next_max_verification_attempts_reset_unix_ms, Unset):
            next_max_verification_attempts_reset_unix_ms = UNSET
        else:
            next_max_verification_attempts_reset_unix_ms = (
                self.next_max_verification_attempts_reset_unix_ms
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_allowed_to_fine_tune": is_allowed_to_fine_tune,
                "state": state,
                "verification_failures": verification_failures,
                "verification_attempts_count": verification_attempts_count,
                "manual_verification_requested": manual_verification_requested,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if progress is not UNSET:
            field_dict["progress"] = progress
        if message is not UNSET:
            field_dict["message"] = message
        if dataset_duration_seconds is not UNSET:
            field_dict["dataset_duration_seconds"] = dataset_duration_seconds
        if verification_attempts is not UNSET:
            field_dict["verification_attempts"] = verification_attempts
        if slice_ids is not UNSET:
            field_dict["slice_ids"] = slice_ids
        if manual_verification is not UNSET:
            field_dict["manual_verification"] = manual_verification
        if max_verification_attempts is not UNSET:
            field_dict["max_verification_attempts"] = max_verification_attempts
        if next_max_verification_attempts_reset_unix_ms is not UNSET:
            field_dict["next_max_verification_attempts_reset_unix_ms"] = (
                next_max_verification_attempts_reset_unix_ms
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        is_allowed_to_fine_tune = src_dict["is_allowed_to_fine_tune"]
        if not isinstance(is_allowed_to_fine_tune, bool):
            raise TypeError(
                f"FineTuningResponseModel.is_allowed_to_fine_tune: expected true or false, got {type(is_allowed_to_fine_tune).__name__}"
            )

        state = FineTuningResponseModelState.from_dict(src_dict["state"])

        _verification_failures = src_dict["verification_failures"]
        if not isinstance(_verification_failures, list):
            raise TypeError(
                f"verification_failures: expected an array, got {type(_verification_failures).__name__}"
            )

        for _item in _verification_failures:
            if not isinstance(_item, str):
                raise TypeError(f"verification_failures: every item must be a string")
        verification_failures = cast(list[str], _verification_failures)

        verification_attempts_count = src_dict["verification_attempts_count"]
        if not is_json_integer(verification_attempts_count):
            raise TypeError(
                f"FineTuningResponseModel.verification_attempts_count: expected an integer, got {type(verification_attempts_count).__name__}"
            )

        manual_verification_requested = src_dict["manual_verification_requested"]
        if not isinstance(manual_verification_requested, bool):
            raise TypeError(
                f"FineTuningResponseModel.manual_verification_requested: expected true or false, got {type(manual_verification_requested).__name__}"
            )

        _language = src_dict.get("language", UNSET)
        language: None | str | Unset
        if _language is UNSET:
            language = UNSET
        else:
            if not (isinstance(_language, str) or _language is None):
                raise TypeError(
                    f"language: expected a string or null, got {type(_language).__name__}"
                )
            language = _language

        _progress = src_dict.get("progress", UNSET)
        progress: FineTuningResponseModelProgressType0 | None | Unset
        if _progress is None:
            progress = None
        elif isinstance(_progress, Unset):
            progress = UNSET
        else:
            try:
                if not isinstance(_progress, dict):
                    raise TypeError()
                progress_type_0 = FineTuningResponseModelProgressType0.from_dict(
                    _progress
                )

                progress = progress_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_progress is None):
                    raise TypeError(
                        f"progress: expected an object or null, got {type(_progress).__name__}"
                    )
                progress = _progress

        _message = src_dict.get("message", UNSET)
        message: FineTuningResponseModelMessageType0 | None | Unset
        if _message is None:
            message = None
        elif isinstance(_message, Unset):
            message = UNSET
        else:
            try:
                if not isinstance(_message, dict):
                    raise TypeError()
                message_type_0 = FineTuningResponseModelMessageType0.from_dict(_message)

                message = message_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_message is None):
                    raise TypeError(
                        f"message: expected an object or null, got {type(_message).__name__}"
                    )
                message = _message

        _dataset_duration_seconds = src_dict.get("dataset_duration_seconds", UNSET)
        dataset_duration_seconds: float | None | Unset
        if _dataset_duration_seconds is UNSET:
            dataset_duration_seconds = UNSET
        else:
            if not (
                (
                    isinstance(_dataset_duration_seconds, float)
                    and _dataset_duration_seconds - _dataset_duration_seconds == 0.0
                    or type(_dataset_duration_seconds) is int
                )
                or _dataset_duration_seconds is None
            ):
                raise TypeError(
                    f"dataset_duration_seconds: expected a finite number or null, got {type(_dataset_duration_seconds).__name__}"
                )
            dataset_duration_seconds = _dataset_duration_seconds

        _verification_attempts = src_dict.get("verification_attempts", UNSET)
        verification_attempts: list[VerificationAttemptResponseModel] | None | Unset
        if _verification_attempts is None:
            verification_attempts = None
        elif isinstance(_verification_attempts, Unset):
            verification_attempts = UNSET
        else:
            try:
                if not isinstance(_verification_attempts, list):
                    raise TypeError()
                verification_attempts_type_0 = []
                _verification_attempts_type_0 = _verification_attempts
                if not isinstance(_verification_attempts_type_0, list):
                    raise TypeError(
                        f"verification_attempts_type_0: expected an array, got {type(_verification_attempts_type_0).__name__}"
                    )

                for (
                    verification_attempts_type_0_item_data
                ) in _verification_attempts_type_0:
                    verification_attempts_type_0_item = (
                        VerificationAttemptResponseModel.from_dict(
                            verification_attempts_type_0_item_data
                        )
                    )

                    verification_attempts_type_0.append(
                        verification_attempts_type_0_item
                    )

                verification_attempts = verification_attempts_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_verification_attempts is None):
                    raise TypeError(
                        f"verification_attempts: expected an array or null, got {type(_verification_attempts).__name__}"
                    )
                verification_attempts = _verification_attempts

        _slice_ids = src_dict.get("slice_ids", UNSET)
        slice_ids: list[str] | None | Unset
        if _slice_ids is None:
            slice_ids = None
        elif isinstance(_slice_ids, Unset):
            slice_ids = UNSET
        else:
            try:
                if not isinstance(_slice_ids, list):
                    raise TypeError()
                _slice_ids_type_0 = _slice_ids
                if not isinstance(_slice_ids_type_0, list):
                    raise TypeError(
                        f"slice_ids_type_0: expected an array, got {type(_slice_ids_type_0).__name__}"
                    )

                for _item in _slice_ids_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(
                            f"slice_ids_type_0: every item must be a string"
                        )
                slice_ids_type_0 = cast(list[str], _slice_ids_type_0)

                slice_ids = slice_ids_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_slice_ids is None):
                    raise TypeError(
                        f"slice_ids: expected an array or null, got {type(_slice_ids).__name__}"
                    )
                slice_ids = _slice_ids

        _manual_verification = src_dict.get("manual_verification", UNSET)
        manual_verification: ManualVerificationResponseModel | None | Unset
        if _manual_verification is None:
            manual_verification = None
        elif isinstance(_manual_verification, Unset):
            manual_verification = UNSET
        else:
            try:
                if not isinstance(_manual_verification, dict):
                    raise TypeError()
                manual_verification_type_0 = ManualVerificationResponseModel.from_dict(
                    _manual_verification
                )

                manual_verification = manual_verification_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_manual_verification is None):
                    raise TypeError(
                        f"manual_verification: expected an object or null, got {type(_manual_verification).__name__}"
                    )
                manual_verification = _manual_verification

        _max_verification_attempts = src_dict.get("max_verification_attempts", UNSET)
        max_verification_attempts: int | None | Unset
        if _max_verification_attempts is UNSET:
            max_verification_attempts = UNSET
        else:
            if not (
                is_json_integer(_max_verification_attempts)
                or _max_verification_attempts is None
            ):
                raise TypeError(
                    f"max_verification_attempts: expected an integer or null, got {type(_max_verification_attempts).__name__}"
                )
            max_verification_attempts = _max_verification_attempts

        _next_max_verification_attempts_reset_unix_ms = src_dict.get(
            "next_max_verification_attempts_reset_unix_ms", UNSET
        )
        next_max_verification_attempts_reset_unix_ms: int | None | Unset
        if _next_max_verification_attempts_reset_unix_ms is UNSET:
            next_max_verification_attempts_reset_unix_ms = UNSET
        else:
            if not (
                is_json_integer(_next_max_verification_attempts_reset_unix_ms)
                or _next_max_verification_attempts_reset_unix_ms is None
            ):
                raise TypeError(
                    f"next_max_verification_attempts_reset_unix_ms: expected an integer or null, got {type(_next_max_verification_attempts_reset_unix_ms).__name__}"
                )
            next_max_verification_attempts_reset_unix_ms = (
                _next_max_verification_attempts_reset_unix_ms
            )

        fine_tuning_response_model = cls(
            is_allowed_to_fine_tune=is_allowed_to_fine_tune,
            state=state,
            verification_failures=verification_failures,
            verification_attempts_count=verification_attempts_count,
            manual_verification_requested=manual_verification_requested,
            language=language,
            progress=progress,
            message=message,
            dataset_duration_seconds=dataset_duration_seconds,
            verification_attempts=verification_attempts,
            slice_ids=slice_ids,
            manual_verification=manual_verification,
            max_verification_attempts=max_verification_attempts,
            next_max_verification_attempts_reset_unix_ms=next_max_verification_attempts_reset_unix_ms,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            fine_tuning_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return fine_tuning_response_model

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
from ..models.fine_tuning_response_model_message_type_0 import (
    FineTuningResponseModelMessageType0,  # noqa: E402
)
from ..models.fine_tuning_response_model_progress_type_0 import (
    FineTuningResponseModelProgressType0,  # noqa: E402
)
from ..models.fine_tuning_response_model_state import FineTuningResponseModelState  # noqa: E402
from ..models.manual_verification_response_model import ManualVerificationResponseModel  # noqa: E402
from ..models.verification_attempt_response_model import (
    VerificationAttemptResponseModel,  # noqa: E402
)
