from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_sharing_response_model_category import (
    VoiceSharingResponseModelCategory,
)
from ..models.voice_sharing_response_model_review_status import (
    VoiceSharingResponseModelReviewStatus,
)
from ..models.voice_sharing_response_model_status import VoiceSharingResponseModelStatus
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="VoiceSharingResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "status",
        "date_unix",
        "whitelisted_emails",
        "public_owner_id",
        "original_voice_id",
        "financial_rewards_enabled",
        "free_users_allowed",
        "live_moderation_enabled",
        "notice_period",
        "voice_mixing_allowed",
        "featured",
        "category",
        "liked_by_count",
        "cloned_by_count",
        "name",
        "labels",
        "review_status",
        "enabled_in_library",
        "history_item_sample_id",
        "rate",
        "fiat_rate",
        "disable_at_unix",
        "reader_app_enabled",
        "image_url",
        "ban_reason",
        "description",
        "review_message",
        "instagram_username",
        "twitter_username",
        "youtube_username",
        "tiktok_username",
        "moderation_check",
        "reader_restricted_on",
    }
)


@_attrs_define
class VoiceSharingResponseModel:
    """
    Example:
        {'category': 'professional', 'cloned_by_count': 50, 'date_unix': 1714204800, 'description': 'A female voice with
            a soft and friendly tone.', 'disable_at_unix': 1714204800, 'enabled_in_library': True, 'featured': True,
            'financial_rewards_enabled': True, 'free_users_allowed': True, 'history_item_sample_id':
            'DCwhRBWXzGAHq8TQ4Fs18', 'labels': {'accent': 'American', 'gender': 'female'}, 'liked_by_count': 100,
            'live_moderation_enabled': True, 'moderation_check': {'captcha_checks': [0.95, 0.98], 'captcha_ids':
            ['captcha1', 'captcha2'], 'date_checked_unix': 1714204800, 'description_check': True, 'description_value': 'A
            female voice with a soft and friendly tone.', 'name_check': True, 'name_value': 'Rachel', 'sample_checks':
            [0.95, 0.98], 'sample_ids': ['sample1', 'sample2']}, 'name': 'Rachel', 'notice_period': 30, 'original_voice_id':
            'DCwhRBWXzGAHq8TQ4Fs18', 'public_owner_id': 'DCwhRBWXzGAHq8TQ4Fs18', 'rate': 0.05, 'reader_app_enabled': True,
            'reader_restricted_on': [{'resource_id': 'FCwhRBWXzGAHq8TQ4Fs18', 'resource_type': 'read'}], 'review_status':
            'allowed', 'status': 'enabled', 'voice_mixing_allowed': False, 'whitelisted_emails': ['example@example.com']}

    """

    status: VoiceSharingResponseModelStatus
    """ The status of the voice sharing. """
    date_unix: int
    """ The date of the voice sharing in Unix time. """
    whitelisted_emails: list[str]
    """ A list of whitelisted emails. """
    public_owner_id: str
    """ The ID of the public owner. """
    original_voice_id: str
    """ The ID of the original voice. """
    financial_rewards_enabled: bool
    """ Whether financial rewards are enabled. """
    free_users_allowed: bool
    """ Whether free users are allowed. """
    live_moderation_enabled: bool
    """ Whether live moderation is enabled. """
    notice_period: int
    """ The notice period of the voice sharing. """
    voice_mixing_allowed: bool
    """ Whether voice mixing is allowed. """
    featured: bool
    """ Whether the voice is featured. """
    category: VoiceSharingResponseModelCategory
    """ The category of the voice. """
    liked_by_count: int
    """ The number of likes on the voice. """
    cloned_by_count: int
    """ The number of clones on the voice. """
    name: str
    """ The name of the voice. """
    labels: VoiceSharingResponseModelLabels
    """ The labels of the voice. """
    review_status: VoiceSharingResponseModelReviewStatus
    """ The review status of the voice. """
    enabled_in_library: bool
    """ Whether the voice is enabled in the library. """
    history_item_sample_id: None | str | Unset = UNSET
    """ The sample ID of the history item. """
    rate: float | None | Unset = UNSET
    """ The rate of the voice sharing. """
    fiat_rate: float | None | Unset = UNSET
    """ The rate of the voice sharing in USD per 1000 credits. """
    disable_at_unix: int | None | Unset = UNSET
    """ The date of the voice sharing in Unix time. """
    reader_app_enabled: bool | None | Unset = UNSET
    """ Whether the reader app is enabled. """
    image_url: None | str | Unset = UNSET
    """ The image URL of the voice. """
    ban_reason: None | str | Unset = UNSET
    """ The ban reason of the voice. """
    description: None | str | Unset = UNSET
    """ The description of the voice. """
    review_message: None | str | Unset = UNSET
    """ The review message of the voice. """
    instagram_username: None | str | Unset = UNSET
    """ The Instagram username of the voice. """
    twitter_username: None | str | Unset = UNSET
    """ The Twitter/X username of the voice. """
    youtube_username: None | str | Unset = UNSET
    """ The YouTube username of the voice. """
    tiktok_username: None | str | Unset = UNSET
    """ The TikTok username of the voice. """
    moderation_check: None | Unset | VoiceSharingModerationCheckResponseModel = UNSET
    """ The moderation check of the voice. """
    reader_restricted_on: list[ReaderResourceResponseModel] | None | Unset = UNSET
    """ The reader restricted on of the voice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        date_unix = self.date_unix

        whitelisted_emails = self.whitelisted_emails

        public_owner_id = self.public_owner_id

        original_voice_id = self.original_voice_id

        financial_rewards_enabled = self.financial_rewards_enabled

        free_users_allowed = self.free_users_allowed

        live_moderation_enabled = self.live_moderation_enabled

        notice_period = self.notice_period

        voice_mixing_allowed = self.voice_mixing_allowed

        featured = self.featured

        category = self.category.value

        liked_by_count = self.liked_by_count

        cloned_by_count = self.cloned_by_count

        name = self.name

        labels = self.labels.to_dict()

        review_status = self.review_status.value

        enabled_in_library = self.enabled_in_library

        history_item_sample_id: None | str | Unset
        if isinstance(self.history_item_sample_id, Unset):
            history_item_sample_id = UNSET
        else:
            history_item_sample_id = self.history_item_sample_id

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        fiat_rate: float | None | Unset
        if isinstance(self.fiat_rate, Unset):
            fiat_rate = UNSET
        else:
            fiat_rate = self.fiat_rate

        disable_at_unix: int | None | Unset
        if isinstance(self.disable_at_unix, Unset):
            disable_at_unix = UNSET
        else:
            disable_at_unix = self.disable_at_unix

        reader_app_enabled: bool | None | Unset
        if isinstance(self.reader_app_enabled, Unset):
            reader_app_enabled = UNSET
        else:
            reader_app_enabled = self.reader_app_enabled

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        ban_reason: None | str | Unset
        if isinstance(self.ban_reason, Unset):
            ban_reason = UNSET
        else:
            ban_reason = self.ban_reason

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        review_message: None | str | Unset
        if isinstance(self.review_message, Unset):
            review_message = UNSET
        else:
            review_message = self.review_message

        instagram_username: None | str | Unset
        if isinstance(self.instagram_username, Unset):
            instagram_username = UNSET
        else:
            instagram_username = self.instagram_username

        twitter_username: None | str | Unset
        if isinstance(self.twitter_username, Unset):
            twitter_username = UNSET
        else:
            twitter_username = self.twitter_username

        youtube_username: None | str | Unset
        if isinstance(self.youtube_username, Unset):
            youtube_username = UNSET
        else:
            youtube_username = self.youtube_username

        tiktok_username: None | str | Unset
        if isinstance(self.tiktok_username, Unset):
            tiktok_username = UNSET
        else:
            tiktok_username = self.tiktok_username

        moderation_check: dict[str, Any] | None | Unset
        if isinstance(self.moderation_check, Unset):
            moderation_check = UNSET
        elif isinstance(
            self.moderation_check, VoiceSharingModerationCheckResponseModel
        ):
            moderation_check = self.moderation_check.to_dict()
        else:
            moderation_check = self.moderation_check

        reader_restricted_on: list[dict[str, Any]] | None | Unset
        if isinstance(self.reader_restricted_on, Unset):
            reader_restricted_on = UNSET
        elif isinstance(self.reader_restricted_on, list):
            reader_restricted_on = []
            for reader_restricted_on_type_0_item_data in self.reader_restricted_on:
                reader_restricted_on_type_0_item = (
                    reader_restricted_on_type_0_item_data.to_dict()
                )
                reader_restricted_on.append(reader_restricted_on_type_0_item)

        else:
            reader_restricted_on = self.reader_restricted_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "date_unix": date_unix,
                "whitelisted_emails": whitelisted_emails,
                "public_owner_id": public_owner_id,
                "original_voice_id": original_voice_id,
                "financial_rewards_enabled": financial_rewards_enabled,
                "free_users_allowed": free_users_allowed,
                "live_moderation_enabled": live_moderation_enabled,
                "notice_period": notice_period,
                "voice_mixing_allowed": voice_mixing_allowed,
                "featured": featured,
                "category": category,
                "liked_by_count": liked_by_count,
                "cloned_by_count": cloned_by_count,
                "name": name,
                "labels": labels,
                "review_status": review_status,
                "enabled_in_library": enabled_in_library,
            }
        )
        if history_item_sample_id is not UNSET:
            field_dict["history_item_sample_id"] = history_item_sample_id
        if rate is not UNSET:
            field_dict["rate"] = rate
        if fiat_rate is not UNSET:
            field_dict["fiat_rate"] = fiat_rate
        if disable_at_unix is not UNSET:
            field_dict["disable_at_unix"] = disable_at_unix
        if reader_app_enabled is not UNSET:
            field_dict["reader_app_enabled"] = reader_app_enabled
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if ban_reason is not UNSET:
            field_dict["ban_reason"] = ban_reason
        if description is not UNSET:
            field_dict["description"] = description
        if review_message is not UNSET:
            field_dict["review_message"] = review_message
        if instagram_username is not UNSET:
            field_dict["instagram_username"] = instagram_username
        if twitter_username is not UNSET:
            field_dict["twitter_username"] = twitter_username
        if youtube_username is not UNSET:
            field_dict["youtube_username"] = youtube_username
        if tiktok_username is not UNSET:
            field_dict["tiktok_username"] = tiktok_username
        if moderation_check is not UNSET:
            field_dict["moderation_check"] = moderation_check
        if reader_restricted_on is not UNSET:
            field_dict["reader_restricted_on"] = reader_restricted_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = VoiceSharingResponseModelStatus._parse(src_dict["status"])

        date_unix = src_dict["date_unix"]
        if not is_json_integer(date_unix):
            raise TypeError(
                f"VoiceSharingResponseModel.date_unix: expected an integer, got {type(date_unix).__name__}"
            )

        _whitelisted_emails = src_dict["whitelisted_emails"]
        if not isinstance(_whitelisted_emails, list):
            raise TypeError(
                f"whitelisted_emails: expected an array, got {type(_whitelisted_emails).__name__}"
            )

        for _item in _whitelisted_emails:
            if not isinstance(_item, str):
                raise TypeError(f"whitelisted_emails: every item must be a string")
        whitelisted_emails = cast(list[str], _whitelisted_emails)

        public_owner_id = src_dict["public_owner_id"]
        if not isinstance(public_owner_id, str):
            raise TypeError(
                f"VoiceSharingResponseModel.public_owner_id: expected a string, got {type(public_owner_id).__name__}"
            )

        original_voice_id = src_dict["original_voice_id"]
        if not isinstance(original_voice_id, str):
            raise TypeError(
                f"VoiceSharingResponseModel.original_voice_id: expected a string, got {type(original_voice_id).__name__}"
            )

        financial_rewards_enabled = src_dict["financial_rewards_enabled"]
        if not isinstance(financial_rewards_enabled, bool):
            raise TypeError(
                f"VoiceSharingResponseModel.financial_rewards_enabled: expected true or false, got {type(financial_rewards_enabled).__name__}"
            )

        free_users_allowed = src_dict["free_users_allowed"]
        if not isinstance(free_users_allowed, bool):
            raise TypeError(
                f"VoiceSharingResponseModel.free_users_allowed: expected true or false, got {type(free_users_allowed).__name__}"
            )

        live_moderation_enabled = src_dict["live_moderation_enabled"]
        if not isinstance(live_moderation_enabled, bool):
            raise TypeError(
                f"VoiceSharingResponseModel.live_moderation_enabled: expected true or false, got {type(live_moderation_enabled).__name__}"
            )

        notice_period = src_dict["notice_period"]
        if not is_json_integer(notice_period):
            raise TypeError(
                f"VoiceSharingResponseModel.notice_period: expected an integer, got {type(notice_period).__name__}"
            )

        voice_mixing_allowed = src_dict["voice_mixing_allowed"]
        if not isinstance(voice_mixing_allowed, bool):
            raise TypeError(
                f"VoiceSharingResponseModel.voice_mixing_allowed: expected true or false, got {type(voice_mixing_allowed).__name__}"
            )

        featured = src_dict["featured"]
        if not isinstance(featured, bool):
            raise TypeError(
                f"VoiceSharingResponseModel.featured: expected true or false, got {type(featured).__name__}"
            )

        category = VoiceSharingResponseModelCategory._parse(src_dict["category"])

        liked_by_count = src_dict["liked_by_count"]
        if not is_json_integer(liked_by_count):
            raise TypeError(
                f"VoiceSharingResponseModel.liked_by_count: expected an integer, got {type(liked_by_count).__name__}"
            )

        cloned_by_count = src_dict["cloned_by_count"]
        if not is_json_integer(cloned_by_count):
            raise TypeError(
                f"VoiceSharingResponseModel.cloned_by_count: expected an integer, got {type(cloned_by_count).__name__}"
            )

        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(
                f"VoiceSharingResponseModel.name: expected a string, got {type(name).__name__}"
            )

        labels = VoiceSharingResponseModelLabels.from_dict(src_dict["labels"])

        review_status = VoiceSharingResponseModelReviewStatus._parse(
            src_dict["review_status"]
        )

        enabled_in_library = src_dict["enabled_in_library"]
        if not isinstance(enabled_in_library, bool):
            raise TypeError(
                f"VoiceSharingResponseModel.enabled_in_library: expected true or false, got {type(enabled_in_library).__name__}"
            )

        _history_item_sample_id = src_dict.get("history_item_sample_id", UNSET)
        history_item_sample_id: None | str | Unset
        if _history_item_sample_id is UNSET:
            history_item_sample_id = UNSET
        else:
            if not (
                isinstance(_history_item_sample_id, str)
                or _history_item_sample_id is None
            ):
                raise TypeError(
                    f"history_item_sample_id: expected a string or null, got {type(_history_item_sample_id).__name__}"
                )
            history_item_sample_id = _history_item_sample_id

        _rate = src_dict.get("rate", UNSET)
        rate: float | None | Unset
        if _rate is UNSET:
            rate = UNSET
        else:
            if not (
                (
                    isinstance(_rate, float)
                    and _rate - _rate == 0.0
                    or type(_rate) is int
                )
                or _rate is None
            ):
                raise TypeError(
                    f"rate: expected a finite number or null, got {type(_rate).__name__}"
                )
            rate = _rate

        _fiat_rate = src_dict.get("fiat_rate", UNSET)
        fiat_rate: float | None | Unset
        if _fiat_rate is UNSET:
            fiat_rate = UNSET
        else:
            if not (
                (
                    isinstance(_fiat_rate, float)
                    and _fiat_rate - _fiat_rate == 0.0
                    or type(_fiat_rate) is int
                )
                or _fiat_rate is None
            ):
                raise TypeError(
                    f"fiat_rate: expected a finite number or null, got {type(_fiat_rate).__name__}"
                )
            fiat_rate = _fiat_rate

        _disable_at_unix = src_dict.get("disable_at_unix", UNSET)
        disable_at_unix: int | None | Unset
        if _disable_at_unix is UNSET:
            disable_at_unix = UNSET
        else:
            if not (is_json_integer(_disable_at_unix) or _disable_at_unix is None):
                raise TypeError(
                    f"disable_at_unix: expected an integer or null, got {type(_disable_at_unix).__name__}"
                )
            disable_at_unix = _disable_at_unix

        _reader_app_enabled = src_dict.get("reader_app_enabled", UNSET)
        reader_app_enabled: bool | None | Unset
        if _reader_app_enabled is UNSET:
            reader_app_enabled = UNSET
        else:
            if not (
                isinstance(_reader_app_enabled, bool) or _reader_app_enabled is None
            ):
                raise TypeError(
                    f"reader_app_enabled: expected true or false or null, got {type(_reader_app_enabled).__name__}"
                )
            reader_app_enabled = _reader_app_enabled

        _image_url = src_dict.get("image_url", UNSET)
        image_url: None | str | Unset
        if _image_url is UNSET:
            image_url = UNSET
        else:
            if not (isinstance(_image_url, str) or _image_url is None):
                raise TypeError(
                    f"image_url: expected a string or null, got {type(_image_url).__name__}"
                )
            image_url = _image_url

        _ban_reason = src_dict.get("ban_reason", UNSET)
        ban_reason: None | str | Unset
        if _ban_reason is UNSET:
            ban_reason = UNSET
        else:
            if not (isinstance(_ban_reason, str) or _ban_reason is None):
                raise TypeError(
                    f"ban_reason: expected a string or null, got {type(_ban_reason).__name__}"
                )
            ban_reason = _ban_reason

        _description = src_dict.get("description", UNSET)
        description: None | str | Unset
        if _description is UNSET:
            description = UNSET
        else:
            if not (isinstance(_description, str) or _description is None):
                raise TypeError(
                    f"description: expected a string or null, got {type(_description).__name__}"
                )
            description = _description

        _review_message = src_dict.get("review_message", UNSET)
        review_message: None | str | Unset
        if _review_message is UNSET:
            review_message = UNSET
        else:
            if not (isinstance(_review_message, str) or _review_message is None):
                raise TypeError(
                    f"review_message: expected a string or null, got {type(_review_message).__name__}"
                )
            review_message = _review_message

        _instagram_username = src_dict.get("instagram_username", UNSET)
        instagram_username: None | str | Unset
        if _instagram_username is UNSET:
            instagram_username = UNSET
        else:
            if not (
                isinstance(_instagram_username, str) or _instagram_username is None
            ):
                raise TypeError(
                    f"instagram_username: expected a string or null, got {type(_instagram_username).__name__}"
                )
            instagram_username = _instagram_username

        _twitter_username = src_dict.get("twitter_username", UNSET)
        twitter_username: None | str | Unset
        if _twitter_username is UNSET:
            twitter_username = UNSET
        else:
            if not (isinstance(_twitter_username, str) or _twitter_username is None):
                raise TypeError(
                    f"twitter_username: expected a string or null, got {type(_twitter_username).__name__}"
                )
            twitter_username = _twitter_username

        _youtube_username = src_dict.get("youtube_username", UNSET)
        youtube_username: None | str | Unset
        if _youtube_username is UNSET:
            youtube_username = UNSET
        else:
            if not (isinstance(_youtube_username, str) or _youtube_username is None):
                raise TypeError(
                    f"youtube_username: expected a string or null, got {type(_youtube_username).__name__}"
                )
            youtube_username = _youtube_username

        _tiktok_username = src_dict.get("tiktok_username", UNSET)
        tiktok_username: None | str | Unset
        if _tiktok_username is UNSET:
            tiktok_username = UNSET
        else:
            if not (isinstance(_tiktok_username, str) or _tiktok_username is None):
                raise TypeError(
                    f"tiktok_username: expected a string or null, got {type(_tiktok_username).__name__}"
                )
            tiktok_username = _tiktok_username

        _moderation_check = src_dict.get("moderation_check", UNSET)
        moderation_check: None | Unset | VoiceSharingModerationCheckResponseModel
        if _moderation_check is None:
            moderation_check = None
        elif isinstance(_moderation_check, Unset):
            moderation_check = UNSET
        else:
            try:
                if not isinstance(_moderation_check, dict):
                    raise TypeError()
                moderation_check_type_0 = (
                    VoiceSharingModerationCheckResponseModel.from_dict(
                        _moderation_check
                    )
                )

                moderation_check = moderation_check_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_moderation_check is None):
                    raise TypeError(
                        f"moderation_check: expected an object or null, got {type(_moderation_check).__name__}"
                    )
                moderation_check = _moderation_check

        _reader_restricted_on = src_dict.get("reader_restricted_on", UNSET)
        reader_restricted_on: list[ReaderResourceResponseModel] | None | Unset
        if _reader_restricted_on is None:
            reader_restricted_on = None
        elif isinstance(_reader_restricted_on, Unset):
            reader_restricted_on = UNSET
        else:
            try:
                if not isinstance(_reader_restricted_on, list):
                    raise TypeError()
                reader_restricted_on_type_0 = []
                _reader_restricted_on_type_0 = _reader_restricted_on
                if not isinstance(_reader_restricted_on_type_0, list):
                    raise TypeError(
                        f"reader_restricted_on_type_0: expected an array, got {type(_reader_restricted_on_type_0).__name__}"
                    )

                for (
                    reader_restricted_on_type_0_item_data
                ) in _reader_restricted_on_type_0:
                    reader_restricted_on_type_0_item = (
                        ReaderResourceResponseModel.from_dict(
                            reader_restricted_on_type_0_item_data
                        )
                    )

                    reader_restricted_on_type_0.append(reader_restricted_on_type_0_item)

                reader_restricted_on = reader_restricted_on_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_reader_restricted_on is None):
                    raise TypeError(
                        f"reader_restricted_on: expected an array or null, got {type(_reader_restricted_on).__name__}"
                    )
                reader_restricted_on = _reader_restricted_on

        voice_sharing_response_model = cls(
            status=status,
            date_unix=date_unix,
            whitelisted_emails=whitelisted_emails,
            public_owner_id=public_owner_id,
            original_voice_id=original_voice_id,
            financial_rewards_enabled=financial_rewards_enabled,
            free_users_allowed=free_users_allowed,
            live_moderation_enabled=live_moderation_enabled,
            notice_period=notice_period,
            voice_mixing_allowed=voice_mixing_allowed,
            featured=featured,
            category=category,
            liked_by_count=liked_by_count,
            cloned_by_count=cloned_by_count,
            name=name,
            labels=labels,
            review_status=review_status,
            enabled_in_library=enabled_in_library,
            history_item_sample_id=history_item_sample_id,
            rate=rate,
            fiat_rate=fiat_rate,
            disable_at_unix=disable_at_unix,
            reader_app_enabled=reader_app_enabled,
            image_url=image_url,
            ban_reason=ban_reason,
            description=description,
            review_message=review_message,
            instagram_username=instagram_username,
            twitter_username=twitter_username,
            youtube_username=youtube_username,
            tiktok_username=tiktok_username,
            moderation_check=moderation_check,
            reader_restricted_on=reader_restricted_on,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            voice_sharing_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return voice_sharing_response_model

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
from ..models.reader_resource_response_model import ReaderResourceResponseModel  # noqa: E402
from ..models.voice_sharing_moderation_check_response_model import (
    VoiceSharingModerationCheckResponseModel,  # noqa: E402
)
from ..models.voice_sharing_response_model_labels import VoiceSharingResponseModelLabels  # noqa: E402
