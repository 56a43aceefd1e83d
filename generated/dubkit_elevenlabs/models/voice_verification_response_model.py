from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="VoiceVerificationResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "requires_verification",
        "is_verified",
        "verification_failures",
        "verification_attempts_count",
        "language",
        "verification_attempts",
    }
)


@_attrs_define
class VoiceVerificationResponseModel:
    """
    Example:
        {'is_verified': True, 'language': 'en', 'requires_verification': False, 'verification_attempts': [{'accepted':
            True, 'date_unix': 1714204800, 'levenshtein_distance': 2, 'recording': {'mime_type': 'audio/mpeg',
            'recording_id': 'CwhRBWXzGAHq8TQ4Fs17', 'size_bytes': 1000000, 'transcription': 'Hello, how are you?',
            'upload_date_unix': 1714204800}, 'similarity': 0.95, 'text': 'Hello, how are you?'}],
            'verification_attempts_count': 0, 'verification_failures': []}

    """

    requires_verification: bool
    """ Whether the voice requires verification. """
    is_verified: bool
    """ Whether the voice has been verified. """
    verification_failures: list[str]
    """ List of verification failures. """
    verification_attempts_count: int
    """ The number of verification attempts. """
    language: None | str | Unset = UNSET
    """ The language of the voice. """
    verification_attempts: list[VerificationAttemptResponseModel] | None | Unset = UNSET
    """ Number of times a verification was attempted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requires_verification = self.requires_verification

        is_verified = self.is_verified

        verification_failures = self.verification_failures

        verification_attempts_count = self.verification_attempts_count

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requires_verification": requires_verification,
                "is_verified": is_verified,
                "verification_failures": verification_failures,
                "verification_attempts_count": verification_attempts_count,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if verification_attempts is not UNSET:
            field_dict["verification_attempts"] = verification_attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        requires_verification = src_dict["requires_verification"]
        if not isinstance(requires_verification, bool):
            raise TypeError(
                f"VoiceVerificationResponseModel.requires_verification: expected true or false, got {type(requires_verification).__name__}"
            )

        is_verified = src_dict["is_verified"]
        if not isinstance(is_verified, bool):
            raise TypeError(
                f"VoiceVerificationResponseModel.is_verified: expected true or false, got {type(is_verified).__name__}"
            )

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
                f"VoiceVerificationResponseModel.verification_attempts_count: expected an integer, got {type(verification_attempts_count).__name__}"
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

        voice_verification_response_model = cls(
            requires_verification=requires_verification,
            is_verified=is_verified,
            verification_failures=verification_failures,
            verification_attempts_count=verification_attempts_count,
            language=language,
            verification_attempts=verification_attempts,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            voice_verification_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return voice_verification_response_model

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
from ..models.verification_attempt_response_model import (
    VerificationAttemptResponseModel,  # noqa: E402
)
