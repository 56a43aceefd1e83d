from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        _date_checked_unix = src_dict.get("date_checked_unix", UNSET)
        date_checked_unix: int | None | Unset
        if _date_checked_unix is UNSET:
            date_checked_unix = UNSET
        else:
            if not (is_json_integer(_date_checked_unix) or _date_checked_unix is None):
                raise TypeError(
                    f"date_checked_unix: expected an integer or null, got {type(_date_checked_unix).__name__}"
                )
            date_checked_unix = _date_checked_unix

        _name_value = src_dict.get("name_value", UNSET)
        name_value: None | str | Unset
        if _name_value is UNSET:
            name_value = UNSET
        else:
            if not (isinstance(_name_value, str) or _name_value is None):
                raise TypeError(
                    f"name_value: expected a string or null, got {type(_name_value).__name__}"
                )
            name_value = _name_value

        _name_check = src_dict.get("name_check", UNSET)
        name_check: bool | None | Unset
        if _name_check is UNSET:
            name_check = UNSET
        else:
            if not (isinstance(_name_check, bool) or _name_check is None):
                raise TypeError(
                    f"name_check: expected true or false or null, got {type(_name_check).__name__}"
                )
            name_check = _name_check

        _description_value = src_dict.get("description_value", UNSET)
        description_value: None | str | Unset
        if _description_value is UNSET:
            description_value = UNSET
        else:
            if not (isinstance(_description_value, str) or _description_value is None):
                raise TypeError(
                    f"description_value: expected a string or null, got {type(_description_value).__name__}"
                )
            description_value = _description_value

        _description_check = src_dict.get("description_check", UNSET)
        description_check: bool | None | Unset
        if _description_check is UNSET:
            description_check = UNSET
        else:
            if not (isinstance(_description_check, bool) or _description_check is None):
                raise TypeError(
                    f"description_check: expected true or false or null, got {type(_description_check).__name__}"
                )
            description_check = _description_check

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
                _sample_ids_type_0 = _sample_ids
                if not isinstance(_sample_ids_type_0, list):
                    raise TypeError(
                        f"sample_ids_type_0: expected an array, got {type(_sample_ids_type_0).__name__}"
                    )

                for _item in _sample_ids_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(
                            f"sample_ids_type_0: every item must be a string"
                        )
                sample_ids_type_0 = cast(list[str], _sample_ids_type_0)

                sample_ids = sample_ids_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_sample_ids is None):
                    raise TypeError(
                        f"sample_ids: expected an array or null, got {type(_sample_ids).__name__}"
                    )
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
                _sample_checks_type_0 = _sample_checks
                if not isinstance(_sample_checks_type_0, list):
                    raise TypeError(
                        f"sample_checks_type_0: expected an array, got {type(_sample_checks_type_0).__name__}"
                    )

                for _item in _sample_checks_type_0:
                    if not (
                        isinstance(_item, float)
                        and _item - _item == 0.0
                        or type(_item) is int
                    ):
                        raise TypeError(
                            f"sample_checks_type_0: every item must be a finite number"
                        )
                sample_checks_type_0 = cast(list[float], _sample_checks_type_0)

                sample_checks = sample_checks_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_sample_checks is None):
                    raise TypeError(
                        f"sample_checks: expected an array or null, got {type(_sample_checks).__name__}"
                    )
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
                _captcha_ids_type_0 = _captcha_ids
                if not isinstance(_captcha_ids_type_0, list):
                    raise TypeError(
                        f"captcha_ids_type_0: expected an array, got {type(_captcha_ids_type_0).__name__}"
                    )

                for _item in _captcha_ids_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(
                            f"captcha_ids_type_0: every item must be a string"
                        )
                captcha_ids_type_0 = cast(list[str], _captcha_ids_type_0)

                captcha_ids = captcha_ids_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_captcha_ids is None):
                    raise TypeError(
                        f"captcha_ids: expected an array or null, got {type(_captcha_ids).__name__}"
                    )
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
                _captcha_checks_type_0 = _captcha_checks
                if not isinstance(_captcha_checks_type_0, list):
                    raise TypeError(
                        f"captcha_checks_type_0: expected an array, got {type(_captcha_checks_type_0).__name__}"
                    )

                for _item in _captcha_checks_type_0:
                    if not (
                        isinstance(_item, float)
                        and _item - _item == 0.0
                        or type(_item) is int
                    ):
                        raise TypeError(
                            f"captcha_checks_type_0: every item must be a finite number"
                        )
                captcha_checks_type_0 = cast(list[float], _captcha_checks_type_0)

                captcha_checks = captcha_checks_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_captcha_checks is None):
                    raise TypeError(
                        f"captcha_checks: expected an array or null, got {type(_captcha_checks).__name__}"
                    )
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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None
