from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_response_model_category import VoiceResponseModelCategory
from ..models.voice_response_model_labelling_status_type_0 import (
    VoiceResponseModelLabellingStatusType0,
)
from ..models.voice_response_model_recording_quality_type_0 import (
    VoiceResponseModelRecordingQualityType0,
)
from ..models.voice_response_model_safety_control_type_0 import (
    VoiceResponseModelSafetyControlType0,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="VoiceResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "voice_id",
        "name",
        "category",
        "labels",
        "available_for_tiers",
        "high_quality_base_model_ids",
        "samples",
        "fine_tuning",
        "description",
        "preview_url",
        "settings",
        "sharing",
        "verified_languages",
        "collection_ids",
        "safety_control",
        "voice_verification",
        "permission_on_resource",
        "is_owner",
        "is_legacy",
        "is_mixed",
        "favorited_at_unix",
        "created_at_unix",
        "is_bookmarked",
        "recording_quality",
        "labelling_status",
        "recording_quality_reason",
    }
)


@_attrs_define
class VoiceResponseModel:
    """
    Example:
        {'available_for_tiers': ['creator', 'enterprise'], 'category': 'professional', 'description': 'A warm,
            expressive voice with a touch of humor.', 'fine_tuning': {'is_allowed_to_fine_tune': True,
            'manual_verification_requested': False, 'state': {'eleven_multilingual_v2': 'fine_tuned'},
            'verification_attempts_count': 2, 'verification_failures': []}, 'high_quality_base_model_ids':
            ['eleven_v2_flash', 'eleven_flash_v2', 'eleven_turbo_v2_5', 'eleven_multilingual_v2', 'eleven_v2_5_flash',
            'eleven_flash_v2_5', 'eleven_turbo_v2'], 'is_legacy': False, 'is_mixed': False, 'is_owner': False, 'labels':
            {'accent': 'American', 'age': 'middle-aged', 'description': 'expressive', 'gender': 'female', 'use_case':
            'social media'}, 'name': 'Rachel', 'preview_url': 'https://storage.googleapis.com/eleven-public-
            prod/premade/voices/9BWtsMINqrJLrRacOk9x/405766b8-1f4e-4d3c-aba1-6f25333823ec.mp3', 'settings':
            {'similarity_boost': 1.0, 'speed': 1.0, 'stability': 1.0, 'style': 0.0, 'use_speaker_boost': True}, 'sharing':
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
            'allowed', 'status': 'enabled', 'voice_mixing_allowed': False, 'whitelisted_emails': ['example@example.com']},
            'verified_languages': [{'accent': 'american', 'language': 'en', 'locale': 'en-US', 'model_id':
            'eleven_multilingual_v2', 'preview_url': 'https://storage.googleapis.com/eleven-public-
            prod/premade/voices/9BWtsMINqrJLrRacOk9x/405766b8-1f4e-4d3c-aba1-6f25333823ec.mp3'}], 'voice_id':
            '21m00Tcm4TlvDq8ikWAM', 'voice_verification': {'is_verified': True, 'language': 'en', 'requires_verification':
            False, 'verification_attempts': [{'accepted': True, 'date_unix': 1714204800, 'levenshtein_distance': 2,
            'recording': {'mime_type': 'audio/mpeg', 'recording_id': 'CwhRBWXzGAHq8TQ4Fs17', 'size_bytes': 1000000,
            'transcription': 'Hello, how are you?', 'upload_date_unix': 1714204800}, 'similarity': 0.95, 'text': 'Hello, how
            are you?'}], 'verification_attempts_count': 0, 'verification_failures': []}}

    """

    voice_id: str
    """ The ID of the voice. """
    name: str
    """ The name of the voice. """
    category: VoiceResponseModelCategory
    """ The category of the voice. """
    labels: VoiceResponseModelLabels
    """ Labels associated with the voice. """
    available_for_tiers: list[str]
    """ The tiers the voice is available for. """
    high_quality_base_model_ids: list[str]
    """ The base model IDs for high-quality voices. """
    samples: list[SampleResponseModel] | None | Unset = UNSET
    """ List of samples associated with the voice. """
    fine_tuning: FineTuningResponseModel | None | Unset = UNSET
    """ Fine-tuning information for the voice. """
    description: None | str | Unset = UNSET
    """ The description of the voice. """
    preview_url: None | str | Unset = UNSET
    """ The preview URL of the voice. """
    settings: None | Unset | VoiceSettingsResponseModel = UNSET
    """ The settings of the voice. """
    sharing: None | Unset | VoiceSharingResponseModel = UNSET
    """ The sharing information of the voice. """
    verified_languages: list[VerifiedVoiceLanguageResponseModel] | None | Unset = UNSET
    """ The verified languages of the voice. """
    collection_ids: list[str] | None | Unset = UNSET
    """ The IDs of collections this voice belongs to. """
    safety_control: None | Unset | VoiceResponseModelSafetyControlType0 = UNSET
    """ The safety controls of the voice. """
    voice_verification: None | Unset | VoiceVerificationResponseModel = UNSET
    """ The voice verification of the voice. """
    permission_on_resource: None | str | Unset = UNSET
    """ The permission on the resource of the voice. """
    is_owner: bool | None | Unset = UNSET
    """ Whether the voice is owned by the user. """
    is_legacy: bool | Unset = False
    """ Whether the voice is legacy. """
    is_mixed: bool | Unset = False
    """ Whether the voice is mixed. """
    favorited_at_unix: int | None | Unset = UNSET
    """ Timestamp when the voice was marked as favorite in Unix time. """
    created_at_unix: int | None | Unset = UNSET
    """ The creation time of the voice in Unix time. """
    is_bookmarked: bool | None | Unset = UNSET
    """ Whether the voice is bookmarked by the current user. Only relevant for community (library-copied) voices.
    """
    recording_quality: None | Unset | VoiceResponseModelRecordingQualityType0 = UNSET
    """ The recording quality of the voice as determined by the review pipeline. """
    labelling_status: None | Unset | VoiceResponseModelLabellingStatusType0 = UNSET
    """ The review pipeline status of the voice. """
    recording_quality_reason: None | str | Unset = UNSET
    """ The reason for the recording quality assessment, as determined by the review pipeline. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        name = self.name

        category = self.category.value

        labels = self.labels.to_dict()

        available_for_tiers = self.available_for_tiers

        high_quality_base_model_ids = self.high_quality_base_model_ids

        samples: list[dict[str, Any]] | None | Unset
        if isinstance(self.samples, Unset):
            samples = UNSET
        elif isinstance(self.samples, list):
            samples = []
            for samples_type_0_item_data in self.samples:
                samples_type_0_item = samples_type_0_item_data.to_dict()
                samples.append(samples_type_0_item)

        else:
            samples = self.samples

        fine_tuning: dict[str, Any] | None | Unset
        if isinstance(self.fine_tuning, Unset):
            fine_tuning = UNSET
        elif isinstance(self.fine_tuning, FineTuningResponseModel):
            fine_tuning = self.fine_tuning.to_dict()
        else:
            fine_tuning = self.fine_tuning

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, VoiceSettingsResponseModel):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        sharing: dict[str, Any] | None | Unset
        if isinstance(self.sharing, Unset):
            sharing = UNSET
        elif isinstance(self.sharing, VoiceSharingResponseModel):
            sharing = self.sharing.to_dict()
        else:
            sharing = self.sharing

        verified_languages: list[dict[str, Any]] | None | Unset
        if isinstance(self.verified_languages, Unset):
            verified_languages = UNSET
        elif isinstance(self.verified_languages, list):
            verified_languages = []
            for verified_languages_type_0_item_data in self.verified_languages:
                verified_languages_type_0_item = (
                    verified_languages_type_0_item_data.to_dict()
                )
                verified_languages.append(verified_languages_type_0_item)

        else:
            verified_languages = self.verified_languages

        collection_ids: list[str] | None | Unset
        if isinstance(self.collection_ids, Unset):
            collection_ids = UNSET
        elif isinstance(self.collection_ids, list):
            collection_ids = self.collection_ids

        else:
            collection_ids = self.collection_ids

        safety_control: None | str | Unset
        if isinstance(self.safety_control, Unset):
            safety_control = UNSET
        elif isinstance(self.safety_control, VoiceResponseModelSafetyControlType0):
            safety_control = self.safety_control.value
        else:
            safety_control = self.safety_control

        voice_verification: dict[str, Any] | None | Unset
        if isinstance(self.voice_verification, Unset):
            voice_verification = UNSET
        elif isinstance(self.voice_verification, VoiceVerificationResponseModel):
            voice_verification = self.voice_verification.to_dict()
        else:
            voice_verification = self.voice_verification

        permission_on_resource: None | str | Unset
        if isinstance(self.permission_on_resource, Unset):
            permission_on_resource = UNSET
        else:
            permission_on_resource = self.permission_on_resource

        is_owner: bool | None | Unset
        if isinstance(self.is_owner, Unset):
            is_owner = UNSET
        else:
            is_owner = self.is_owner

        is_legacy = self.is_legacy

        is_mixed = self.is_mixed

        favorited_at_unix: int | None | Unset
        if isinstance(self.favorited_at_unix, Unset):
            favorited_at_unix = UNSET
        else:
            favorited_at_unix = self.favorited_at_unix

        created_at_unix: int | None | Unset
        if isinstance(self.created_at_unix, Unset):
            created_at_unix = UNSET
        else:
            created_at_unix = self.created_at_unix

        is_bookmarked: bool | None | Unset
        if isinstance(self.is_bookmarked, Unset):
            is_bookmarked = UNSET
        else:
            is_bookmarked = self.is_bookmarked

        recording_quality: None | str | Unset
        if isinstance(self.recording_quality, Unset):
            recording_quality = UNSET
        elif isinstance(
            self.recording_quality, VoiceResponseModelRecordingQualityType0
        ):
            recording_quality = self.recording_quality.value
        else:
            recording_quality = self.recording_quality

        labelling_status: None | str | Unset
        if isinstance(self.labelling_status, Unset):
            labelling_status = UNSET
        elif isinstance(self.labelling_status, VoiceResponseModelLabellingStatusType0):
            labelling_status = self.labelling_status.value
        else:
            labelling_status = self.labelling_status

        recording_quality_reason: None | str | Unset
        if isinstance(self.recording_quality_reason, Unset):
            recording_quality_reason = UNSET
        else:
            recording_quality_reason = self.recording_quality_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voice_id": voice_id,
                "name": name,
                "category": category,
                "labels": labels,
                "available_for_tiers": available_for_tiers,
                "high_quality_base_model_ids": high_quality_base_model_ids,
            }
        )
        if samples is not UNSET:
            field_dict["samples"] = samples
        if fine_tuning is not UNSET:
            field_dict["fine_tuning"] = fine_tuning
        if description is not UNSET:
            field_dict["description"] = description
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if settings is not UNSET:
            field_dict["settings"] = settings
        if sharing is not UNSET:
            field_dict["sharing"] = sharing
        if verified_languages is not UNSET:
            field_dict["verified_languages"] = verified_languages
        if collection_ids is not UNSET:
            field_dict["collection_ids"] = collection_ids
        if safety_control is not UNSET:
            field_dict["safety_control"] = safety_control
        if voice_verification is not UNSET:
            field_dict["voice_verification"] = voice_verification
        if permission_on_resource is not UNSET:
            field_dict["permission_on_resource"] = permission_on_resource
        if is_owner is not UNSET:
            field_dict["is_owner"] = is_owner
        if is_legacy is not UNSET:
            field_dict["is_legacy"] = is_legacy
        if is_mixed is not UNSET:
            field_dict["is_mixed"] = is_mixed
        if favorited_at_unix is not UNSET:
            field_dict["favorited_at_unix"] = favorited_at_unix
        if created_at_unix is not UNSET:
            field_dict["created_at_unix"] = created_at_unix
        if is_bookmarked is not UNSET:
            field_dict["is_bookmarked"] = is_bookmarked
        if recording_quality is not UNSET:
            field_dict["recording_quality"] = recording_quality
        if labelling_status is not UNSET:
            field_dict["labelling_status"] = labelling_status
        if recording_quality_reason is not UNSET:
            field_dict["recording_quality_reason"] = recording_quality_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        voice_id = src_dict["voice_id"]
        if not isinstance(voice_id, str):
            raise TypeError(
                f"VoiceResponseModel.voice_id: expected a string, got {type(voice_id).__name__}"
            )

        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(
                f"VoiceResponseModel.name: expected a string, got {type(name).__name__}"
            )

        category = VoiceResponseModelCategory._parse(src_dict["category"])

        labels = VoiceResponseModelLabels.from_dict(src_dict["labels"])

        _available_for_tiers = src_dict["available_for_tiers"]
        if not isinstance(_available_for_tiers, list):
            raise TypeError(
                f"available_for_tiers: expected an array, got {type(_available_for_tiers).__name__}"
            )

        for _item in _available_for_tiers:
            if not isinstance(_item, str):
                raise TypeError(f"available_for_tiers: every item must be a string")
        available_for_tiers = cast(list[str], _available_for_tiers)

        _high_quality_base_model_ids = src_dict["high_quality_base_model_ids"]
        if not isinstance(_high_quality_base_model_ids, list):
            raise TypeError(
                f"high_quality_base_model_ids: expected an array, got {type(_high_quality_base_model_ids).__name__}"
            )

        for _item in _high_quality_base_model_ids:
            if not isinstance(_item, str):
                raise TypeError(
                    f"high_quality_base_model_ids: every item must be a string"
                )
        high_quality_base_model_ids = cast(list[str], _high_quality_base_model_ids)

        _samples = src_dict.get("samples", UNSET)
        samples: list[SampleResponseModel] | None | Unset
        if _samples is None:
            samples = None
        elif isinstance(_samples, Unset):
            samples = UNSET
        else:
            try:
                if not isinstance(_samples, list):
                    raise TypeError()
                samples_type_0 = []
                _samples_type_0 = _samples
                if not isinstance(_samples_type_0, list):
                    raise TypeError(
                        f"samples_type_0: expected an array, got {type(_samples_type_0).__name__}"
                    )

                for samples_type_0_item_data in _samples_type_0:
                    samples_type_0_item = SampleResponseModel.from_dict(
                        samples_type_0_item_data
                    )

                    samples_type_0.append(samples_type_0_item)

                samples = samples_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_samples is None):
                    raise TypeError(
                        f"samples: expected an array or null, got {type(_samples).__name__}"
                    )
                samples = _samples

        _fine_tuning = src_dict.get("fine_tuning", UNSET)
        fine_tuning: FineTuningResponseModel | None | Unset
        if _fine_tuning is None:
            fine_tuning = None
        elif isinstance(_fine_tuning, Unset):
            fine_tuning = UNSET
        else:
            try:
                if not isinstance(_fine_tuning, dict):
                    raise TypeError()
                fine_tuning_type_0 = FineTuningResponseModel.from_dict(_fine_tuning)

                fine_tuning = fine_tuning_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_fine_tuning is None):
                    raise TypeError(
                        f"fine_tuning: expected an object or null, got {type(_fine_tuning).__name__}"
                    )
                fine_tuning = _fine_tuning

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

        _preview_url = src_dict.get("preview_url", UNSET)
        preview_url: None | str | Unset
        if _preview_url is UNSET:
            preview_url = UNSET
        else:
            if not (isinstance(_preview_url, str) or _preview_url is None):
                raise TypeError(
                    f"preview_url: expected a string or null, got {type(_preview_url).__name__}"
                )
            preview_url = _preview_url

        _settings = src_dict.get("settings", UNSET)
        settings: None | Unset | VoiceSettingsResponseModel
        if _settings is None:
            settings = None
        elif isinstance(_settings, Unset):
            settings = UNSET
        else:
            try:
                if not isinstance(_settings, dict):
                    raise TypeError()
                settings_type_0 = VoiceSettingsResponseModel.from_dict(_settings)

                settings = settings_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_settings is None):
                    raise TypeError(
                        f"settings: expected an object or null, got {type(_settings).__name__}"
                    )
                settings = _settings

        _sharing = src_dict.get("sharing", UNSET)
        sharing: None | Unset | VoiceSharingResponseModel
        if _sharing is None:
            sharing = None
        elif isinstance(_sharing, Unset):
            sharing = UNSET
        else:
            try:
                if not isinstance(_sharing, dict):
                    raise TypeError()
                sharing_type_0 = VoiceSharingResponseModel.from_dict(_sharing)

                sharing = sharing_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_sharing is None):
                    raise TypeError(
                        f"sharing: expected an object or null, got {type(_sharing).__name__}"
                    )
                sharing = _sharing

        _verified_languages = src_dict.get("verified_languages", UNSET)
        verified_languages: list[VerifiedVoiceLanguageResponseModel] | None | Unset
        if _verified_languages is None:
            verified_languages = None
        elif isinstance(_verified_languages, Unset):
            verified_languages = UNSET
        else:
            try:
                if not isinstance(_verified_languages, list):
                    raise TypeError()
                verified_languages_type_0 = []
                _verified_languages_type_0 = _verified_languages
                if not isinstance(_verified_languages_type_0, list):
                    raise TypeError(
                        f"verified_languages_type_0: expected an array, got {type(_verified_languages_type_0).__name__}"
                    )

                for verified_languages_type_0_item_data in _verified_languages_type_0:
                    verified_languages_type_0_item = (
                        VerifiedVoiceLanguageResponseModel.from_dict(
                            verified_languages_type_0_item_data
                        )
                    )

                    verified_languages_type_0.append(verified_languages_type_0_item)

                verified_languages = verified_languages_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_verified_languages is None):
                    raise TypeError(
                        f"verified_languages: expected an array or null, got {type(_verified_languages).__name__}"
                    )
                verified_languages = _verified_languages

        _collection_ids = src_dict.get("collection_ids", UNSET)
        collection_ids: list[str] | None | Unset
        if _collection_ids is None:
            collection_ids = None
        elif isinstance(_collection_ids, Unset):
            collection_ids = UNSET
        else:
            try:
                if not isinstance(_collection_ids, list):
                    raise TypeError()
                _collection_ids_type_0 = _collection_ids
                if not isinstance(_collection_ids_type_0, list):
                    raise TypeError(
                        f"collection_ids_type_0: expected an array, got {type(_collection_ids_type_0).__name__}"
                    )

                for _item in _collection_ids_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(
                            f"collection_ids_type_0: every item must be a string"
                        )
                collection_ids_type_0 = cast(list[str], _collection_ids_type_0)

                collection_ids = collection_ids_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_collection_ids is None):
                    raise TypeError(
                        f"collection_ids: expected an array or null, got {type(_collection_ids).__name__}"
                    )
                collection_ids = _collection_ids

        _safety_control = src_dict.get("safety_control", UNSET)
        safety_control: None | Unset | VoiceResponseModelSafetyControlType0
        if _safety_control is None:
            safety_control = None
        elif isinstance(_safety_control, Unset):
            safety_control = UNSET
        else:
            try:
                if not isinstance(_safety_control, str):
                    raise TypeError()
                safety_control_type_0 = VoiceResponseModelSafetyControlType0._parse(
                    _safety_control
                )

                safety_control = safety_control_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_safety_control is None):
                    raise TypeError(
                        f"safety_control: expected one of the spec's values or null, got {type(_safety_control).__name__}"
                    )
                safety_control = _safety_control

        _voice_verification = src_dict.get("voice_verification", UNSET)
        voice_verification: None | Unset | VoiceVerificationResponseModel
        if _voice_verification is None:
            voice_verification = None
        elif isinstance(_voice_verification, Unset):
            voice_verification = UNSET
        else:
            try:
                if not isinstance(_voice_verification, dict):
                    raise TypeError()
                voice_verification_type_0 = VoiceVerificationResponseModel.from_dict(
                    _voice_verification
                )

                voice_verification = voice_verification_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_voice_verification is None):
                    raise TypeError(
                        f"voice_verification: expected an object or null, got {type(_voice_verification).__name__}"
                    )
                voice_verification = _voice_verification

        _permission_on_resource = src_dict.get("permission_on_resource", UNSET)
        permission_on_resource: None | str | Unset
        if _permission_on_resource is UNSET:
            permission_on_resource = UNSET
        else:
            if not (
                isinstance(_permission_on_resource, str)
                or _permission_on_resource is None
            ):
                raise TypeError(
                    f"permission_on_resource: expected a string or null, got {type(_permission_on_resource).__name__}"
                )
            permission_on_resource = _permission_on_resource

        _is_owner = src_dict.get("is_owner", UNSET)
        is_owner: bool | None | Unset
        if _is_owner is UNSET:
            is_owner = UNSET
        else:
            if not (isinstance(_is_owner, bool) or _is_owner is None):
                raise TypeError(
                    f"is_owner: expected true or false or null, got {type(_is_owner).__name__}"
                )
            is_owner = _is_owner

        is_legacy = src_dict.get("is_legacy", UNSET)
        if is_legacy is not UNSET and not isinstance(is_legacy, bool):
            raise TypeError(
                f"VoiceResponseModel.is_legacy: expected true or false, got {type(is_legacy).__name__}"
            )

        is_mixed = src_dict.get("is_mixed", UNSET)
        if is_mixed is not UNSET and not isinstance(is_mixed, bool):
            raise TypeError(
                f"VoiceResponseModel.is_mixed: expected true or false, got {type(is_mixed).__name__}"
            )

        _favorited_at_unix = src_dict.get("favorited_at_unix", UNSET)
        favorited_at_unix: int | None | Unset
        if _favorited_at_unix is UNSET:
            favorited_at_unix = UNSET
        else:
            if not (is_json_integer(_favorited_at_unix) or _favorited_at_unix is None):
                raise TypeError(
                    f"favorited_at_unix: expected an integer or null, got {type(_favorited_at_unix).__name__}"
                )
            favorited_at_unix = _favorited_at_unix

        _created_at_unix = src_dict.get("created_at_unix", UNSET)
        created_at_unix: int | None | Unset
        if _created_at_unix is UNSET:
            created_at_unix = UNSET
        else:
            if not (is_json_integer(_created_at_unix) or _created_at_unix is None):
                raise TypeError(
                    f"created_at_unix: expected an integer or null, got {type(_created_at_unix).__name__}"
                )
            created_at_unix = _created_at_unix

        _is_bookmarked = src_dict.get("is_bookmarked", UNSET)
        is_bookmarked: bool | None | Unset
        if _is_bookmarked is UNSET:
            is_bookmarked = UNSET
        else:
            if not (isinstance(_is_bookmarked, bool) or _is_bookmarked is None):
                raise TypeError(
                    f"is_bookmarked: expected true or false or null, got {type(_is_bookmarked).__name__}"
                )
            is_bookmarked = _is_bookmarked

        _recording_quality = src_dict.get("recording_quality", UNSET)
        recording_quality: None | Unset | VoiceResponseModelRecordingQualityType0
        if _recording_quality is None:
            recording_quality = None
        elif isinstance(_recording_quality, Unset):
            recording_quality = UNSET
        else:
            try:
                if not isinstance(_recording_quality, str):
                    raise TypeError()
                recording_quality_type_0 = (
                    VoiceResponseModelRecordingQualityType0._parse(_recording_quality)
                )

                recording_quality = recording_quality_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_recording_quality is None):
                    raise TypeError(
                        f"recording_quality: expected one of the spec's values or null, got {type(_recording_quality).__name__}"
                    )
                recording_quality = _recording_quality

        _labelling_status = src_dict.get("labelling_status", UNSET)
        labelling_status: None | Unset | VoiceResponseModelLabellingStatusType0
        if _labelling_status is None:
            labelling_status = None
        elif isinstance(_labelling_status, Unset):
            labelling_status = UNSET
        else:
            try:
                if not isinstance(_labelling_status, str):
                    raise TypeError()
                labelling_status_type_0 = VoiceResponseModelLabellingStatusType0._parse(
                    _labelling_status
                )

                labelling_status = labelling_status_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_labelling_status is None):
                    raise TypeError(
                        f"labelling_status: expected one of the spec's values or null, got {type(_labelling_status).__name__}"
                    )
                labelling_status = _labelling_status

        _recording_quality_reason = src_dict.get("recording_quality_reason", UNSET)
        recording_quality_reason: None | str | Unset
        if _recording_quality_reason is UNSET:
            recording_quality_reason = UNSET
        else:
            if not (
                isinstance(_recording_quality_reason, str)
                or _recording_quality_reason is None
            ):
                raise TypeError(
                    f"recording_quality_reason: expected a string or null, got {type(_recording_quality_reason).__name__}"
                )
            recording_quality_reason = _recording_quality_reason

        voice_response_model = cls(
            voice_id=voice_id,
            name=name,
            category=category,
            labels=labels,
            available_for_tiers=available_for_tiers,
            high_quality_base_model_ids=high_quality_base_model_ids,
            samples=samples,
            fine_tuning=fine_tuning,
            description=description,
            preview_url=preview_url,
            settings=settings,
            sharing=sharing,
            verified_languages=verified_languages,
            collection_ids=collection_ids,
            safety_control=safety_control,
            voice_verification=voice_verification,
            permission_on_resource=permission_on_resource,
            is_owner=is_owner,
            is_legacy=is_legacy,
            is_mixed=is_mixed,
            favorited_at_unix=favorited_at_unix,
            created_at_unix=created_at_unix,
            is_bookmarked=is_bookmarked,
            recording_quality=recording_quality,
            labelling_status=labelling_status,
            recording_quality_reason=recording_quality_reason,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            voice_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return voice_response_model

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
from ..models.fine_tuning_response_model import FineTuningResponseModel  # noqa: E402
from ..models.sample_response_model import SampleResponseModel  # noqa: E402
from ..models.verified_voice_language_response_model import (
    VerifiedVoiceLanguageResponseModel,  # noqa: E402
)
from ..models.voice_response_model_labels import VoiceResponseModelLabels  # noqa: E402
from ..models.voice_settings_response_model import VoiceSettingsResponseModel  # noqa: E402
from ..models.voice_sharing_response_model import VoiceSharingResponseModel  # noqa: E402
from ..models.voice_verification_response_model import VoiceVerificationResponseModel  # noqa: E402
