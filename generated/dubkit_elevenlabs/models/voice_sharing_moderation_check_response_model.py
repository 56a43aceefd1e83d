from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="VoiceSharingModerationCheckResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "date_checked_unix",
        "name_value",
        "name_check",
        "description_value",
        "description_check",
        "sample_ids",
        "sample_checks",
        "captcha_ids",
        "captcha_checks",
    }
)


@_attrs_define
class VoiceSharingModerationCheckResponseModel:
    """
    Example:
        {'captcha_checks': [0.95, 0.98], 'captcha_ids': ['captcha1', 'captcha2'], 'date_checked_unix': 1714204800,
            'description_check': True, 'description_value': 'A female voice with a soft and friendly tone.', 'name_check':
            True, 'name_value': 'Rachel', 'sample_checks': [0.95, 0.98], 'sample_ids': ['sample1', 'sample2']}

    """

    date_checked_unix: int | None | Unset = UNSET
    """ The date the moderation check was made in Unix time. """
    name_value: None | str | Unset = UNSET
    """ The name value of the voice. """
    name_check: bool | None | Unset = UNSET
    """ Whether the name check was successful. """
    description_value: None | str | Unset = UNSET
    """ The description value of the voice. """
    description_check: bool | None | Unset = UNSET
    """ Whether the description check was successful. """
    sample_ids: list[str] | None | Unset = UNSET
    """ A list of sample IDs. """
    sample_checks: list[float] | None | Unset = UNSET
    """ A list of sample checks. """
    captcha_ids: list[str] | None | Unset = UNSET
    """ A list of captcha IDs. """
    captcha_checks: list[float] | None | Unset = UNSET
    """ A list of CAPTCHA check values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_checked_unix: int | None | Unset
        if isinstance(self.date_checked_unix, Unset):
            date_checked_unix = UNSET
        else:
            date_checked_unix = self.date_checked_unix

        name_value: None | str | Unset
        if isinstance(self.name_value, Unset):
            name_value = UNSET
        else:
            name_value = self.name_value

        name_check: bool | None | Unset
        if isinstance(self.name_check, Unset):
            name_check = UNSET
        else:
            name_check = self.name_check

        description_value: None | str | Unset
        if isinstance(self.description_value, Unset):
            description_value = UNSET
        else:
            description_value = self.description_value

        description_check: bool | None | Unset
        if isinstance(self.description_check, Unset):
            description_check = UNSET
        else:
            description_check = self.description_check

        sample_ids: list[str] | None | Unset
        if isinstance(self.sample_ids, Unset):
            sample_ids = UNSET
        elif isinstance(self.sample_ids, list):
            sample_ids = self.sample_ids

        else:
            sample_ids = self.sample_ids

        sample_checks: list[float] | None | Unset
        if isinstance(self.sample_checks, Unset):
            sample_checks = UNSET
        elif isinstance(self.sample_checks, list):
            sample_checks = self.sample_checks

        else:
            sample_checks = self.sample_checks

        captcha_ids: list[str] | None | Unset
        if isinstance(self.captcha_ids, Unset):
            captcha_ids = UNSET
        elif isinstance(self.captcha_ids, list):
            captcha_ids = self.captcha_ids

        else:
            captcha_ids = self.captcha_ids

        captcha_checks: list[float] | None | Unset
        if isinstance(self.captcha_checks, Unset):
            captcha_checks = UNSET
        elif isinstance(self.captcha_checks, list):
            captcha_checks = self.captcha_checks

        else:
            captcha_checks = self.captcha_checks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_checked_unix is not UNSET:
            field_dict["date_checked_unix"] = date_checked_unix
        if name_value is not UNSET:
            field_dict["name_value"] = name_value
        if name_check is not UNSET:
            field_dict["name_check"] = name_check
        if description_value is not UNSET:
            field_dict["description_value"] = description_value
        if description_check is not UNSET:
            field_dict["description_check"] = description_check
        if sample_ids is not UNSET:
            field_dict["sample_ids"] = sample_ids
        if sample_checks is not UNSET:
            field_dict["sample_checks"] = sample_checks
        if captcha_ids is not UNSET:
            field_dict["captcha_ids"] = captcha_ids
        if captcha_checks is not UNSET:
            field_dict["captcha_checks"] = captcha_checks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        date_checked_unix: int | None | Unset = src_dict.get("date_checked_unix", UNSET)

        name_value: None | str | Unset = src_dict.get("name_value", UNSET)

        name_check: bool | None | Unset = src_dict.get("name_check", UNSET)

        description_value: None | str | Unset = src_dict.get("description_value", UNSET)

        description_check: bool | None | Unset = src_dict.get(
            "description_check", UNSET
        )

        _sample_ids = src_dict.get("sample_ids", UNSET)
        sample_ids: list[str] | None | Unset
        if _sample_ids is None:
            sample_ids = None
        elif isinstance(_sample_ids, Unset):
            sample_ids = UNSET
        else:
            try:
                if not isinstance(_sample_ids, list):
                    raise TypeError()
                sample_ids_type_0 = cast(list[str], _sample_ids)

                sample_ids = sample_ids_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                sample_ids = _sample_ids

        _sample_checks = src_dict.get("sample_checks", UNSET)
        sample_checks: list[float] | None | Unset
        if _sample_checks is None:
            sample_checks = None
        elif isinstance(_sample_checks, Unset):
            sample_checks = UNSET
        else:
            try:
                if not isinstance(_sample_checks, list):
                    raise TypeError()
                sample_checks_type_0 = cast(list[float], _sample_checks)

                sample_checks = sample_checks_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                sample_checks = _sample_checks

        _captcha_ids = src_dict.get("captcha_ids", UNSET)
        captcha_ids: list[str] | None | Unset
        if _captcha_ids is None:
            captcha_ids = None
        elif isinstance(_captcha_ids, Unset):
            captcha_ids = UNSET
        else:
            try:
                if not isinstance(_captcha_ids, list):
                    raise TypeError()
                captcha_ids_type_0 = cast(list[str], _captcha_ids)

                captcha_ids = captcha_ids_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                captcha_ids = _captcha_ids

        _captcha_checks = src_dict.get("captcha_checks", UNSET)
        captcha_checks: list[float] | None | Unset
        if _captcha_checks is None:
            captcha_checks = None
        elif isinstance(_captcha_checks, Unset):
            captcha_checks = UNSET
        else:
            try:
                if not isinstance(_captcha_checks, list):
                    raise TypeError()
                captcha_checks_type_0 = cast(list[float], _captcha_checks)

                captcha_checks = captcha_checks_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                captcha_checks = _captcha_checks

        voice_sharing_moderation_check_response_model = cls(
            date_checked_unix=date_checked_unix,
            name_value=name_value,
            name_check=name_check,
            description_value=description_value,
            description_check=description_check,
            sample_ids=sample_ids,
            sample_checks=sample_checks,
            captcha_ids=captcha_ids,
            captcha_checks=captcha_checks,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            voice_sharing_moderation_check_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return voice_sharing_moderation_check_response_model

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
