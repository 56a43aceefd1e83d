from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_podcast_body_apply_text_normalization_type_0 import (
    CreatePodcastBodyApplyTextNormalizationType0,
)
from ..models.podcast_duration_scale import PodcastDurationScale
from ..models.quality_preset import QualityPreset
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CreatePodcastBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "model_id",
        "mode",
        "source",
        "quality_preset",
        "duration_scale",
        "language",
        "intro",
        "outro",
        "instructions_prompt",
        "highlights",
        "callback_url",
        "apply_text_normalization",
    }
)


@_attrs_define
class CreatePodcastBody:
    model_id: str
    """ The ID of the model to be used for this Studio project, you can query GET /v1/models to list all available
    models. """
    mode: PodcastBulletinMode | PodcastConversationMode
    """ The type of podcast to generate. Can be 'conversation', an interaction between two voices, or 'bulletin', a
    monologue. """
    source: (
        list[PodcastTextSource | PodcastURLSource]
        | PodcastTextSource
        | PodcastURLSource
    )
    """ The source content for the Podcast. """
    quality_preset: QualityPreset | Unset = UNSET
    duration_scale: PodcastDurationScale | Unset = PodcastDurationScale.DEFAULT
    """ Duration of the generated podcast. Must be one of:
    short - produces podcasts shorter than 3 minutes.
    default - produces podcasts roughly between 3-7 minutes.
    long - produces podcasts longer than 7 minutes.
     """
    language: None | str | Unset = UNSET
    """ An optional language of the Studio project. Two-letter language code (ISO 639-1). """
    intro: None | str | Unset = UNSET
    """ The intro text that will always be added to the beginning of the podcast. """
    outro: None | str | Unset = UNSET
    """ The outro text that will always be added to the end of the podcast. """
    instructions_prompt: None | str | Unset = UNSET
    """ Additional instructions prompt for the podcast generation used to adjust the podcast's style and tone. """
    highlights: list[str] | None | Unset = UNSET
    """ A brief summary or highlights of the Studio project's content, providing key points or themes. This should
    be between 10 and 70 characters. """
    callback_url: None | str | Unset = UNSET
    """
        A url that will be called by our service when the Studio project is converted. Request will contain a json
    blob containing the status of the conversion
        Messages:
        1. When project was converted successfully:
        {
          type: "project_conversion_status",
          event_timestamp: 1234567890,
          data: {
            request_id: "1234567890",
            project_id: "21m00Tcm4TlvDq8ikWAM",
            conversion_status: "success",
            project_snapshot_id: "22m00Tcm4TlvDq8ikMAT",
            error_details: None,
          }
        }
        2. When project conversion failed:
        {
          type: "project_conversion_status",
          event_timestamp: 1234567890,
          data: {
            request_id: "1234567890",
            project_id: "21m00Tcm4TlvDq8ikWAM",
            conversion_status: "error",
            project_snapshot_id: None,
            error_details: "Error details if conversion failed"
          }
        }

        3. When chapter was converted successfully:
        {
          type: "chapter_conversion_status",
          event_timestamp: 1234567890,
          data: {
            request_id: "1234567890",
            project_id: "21m00Tcm4TlvDq8ikWAM",
            chapter_id: "22m00Tcm4TlvDq8ikMAT",
            conversion_status: "success",
            chapter_snapshot_id: "23m00Tcm4TlvDq8ikMAV",
            error_details: None,
          }
        }
        4. When chapter conversion failed:
        {
          type: "chapter_conversion_status",
          event_timestamp: 1234567890,
          data: {
            request_id: "1234567890",
            project_id: "21m00Tcm4TlvDq8ikWAM",
            chapter_id: "22m00Tcm4TlvDq8ikMAT",
            conversion_status: "error",
            chapter_snapshot_id: None,
            error_details: "Error details if conversion failed"
          }
        }
         """
    apply_text_normalization: (
        CreatePodcastBodyApplyTextNormalizationType0 | None | Unset
    ) = UNSET
    """
        This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english' and 'off'.
        When set to 'auto', the system will automatically decide whether to apply text normalization
        (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
        with 'off', it will be skipped. 'apply_english' is the same as 'on' but will assume that text is in English.
         """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        mode: dict[str, Any]
        if isinstance(self.mode, PodcastConversationMode):
            mode = self.mode.to_dict()
        else:
            mode = self.mode.to_dict()

        source: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.source, PodcastTextSource):
            source = self.source.to_dict()
        elif isinstance(self.source, PodcastURLSource):
            source = self.source.to_dict()
        else:
            source = []
            for source_type_2_item_data in self.source:
                source_type_2_item: dict[str, Any]
                if isinstance(source_type_2_item_data, PodcastTextSource):
                    source_type_2_item = source_type_2_item_data.to_dict()
                else:
                    source_type_2_item = source_type_2_item_data.to_dict()

                source.append(source_type_2_item)

        quality_preset: str | Unset = UNSET
        if not isinstance(self.quality_preset, Unset):
            quality_preset = self.quality_preset.value

        duration_scale: str | Unset = UNSET
        if not isinstance(self.duration_scale, Unset):
            duration_scale = self.duration_scale.value

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        intro: None | str | Unset
        if isinstance(self.intro, Unset):
            intro = UNSET
        else:
            intro = self.intro

        outro: None | str | Unset
        if isinstance(self.outro, Unset):
            outro = UNSET
        else:
            outro = self.outro

        instructions_prompt: None | str | Unset
        if isinstance(self.instructions_prompt, Unset):
            instructions_prompt = UNSET
        else:
            instructions_prompt = self.instructions_prompt

        highlights: list[str] | None | Unset
        if isinstance(self.highlights, Unset):
            highlights = UNSET
        elif isinstance(self.highlights, list):
            highlights = self.highlights

        else:
            highlights = self.highlights

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        apply_text_normalization: None | str | Unset
        if isinstance(self.apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        elif isinstance(
            self.apply_text_normalization, CreatePodcastBodyApplyTextNormalizationType0
        ):
            apply_text_normalization = self.apply_text_normalization.value
        else:
            apply_text_normalization = self.apply_text_normalization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "mode": mode,
                "source": source,
            }
        )
        if quality_preset is not UNSET:
            field_dict["quality_preset"] = quality_preset
        if duration_scale is not UNSET:
            field_dict["duration_scale"] = duration_scale
        if language is not UNSET:
            field_dict["language"] = language
        if intro is not UNSET:
            field_dict["intro"] = intro
        if outro is not UNSET:
            field_dict["outro"] = outro
        if instructions_prompt is not UNSET:
            field_dict["instructions_prompt"] = instructions_prompt
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        model_id = src_dict["model_id"]
        if not isinstance(model_id, str):
            raise TypeError(
                f"CreatePodcastBody.model_id: expected a string, got {type(model_id).__name__}"
            )

        _mode = src_dict["mode"]
        mode: PodcastBulletinMode | PodcastConversationMode
        try:
            if not isinstance(_mode, dict):
                raise TypeError()
            mode_type_0 = PodcastConversationMode.from_dict(_mode)

            mode = mode_type_0

        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_mode, dict):
                raise TypeError()
            mode_type_1 = PodcastBulletinMode.from_dict(_mode)

            mode = mode_type_1

        _source = src_dict["source"]
        source: (
            list[PodcastTextSource | PodcastURLSource]
            | PodcastTextSource
            | PodcastURLSource
        )
        try:
            if not isinstance(_source, dict):
                raise TypeError()
            source_type_0 = PodcastTextSource.from_dict(_source)

            source = source_type_0

        except (TypeError, ValueError, AttributeError, KeyError):
            try:
                if not isinstance(_source, dict):
                    raise TypeError()
                source_type_1 = PodcastURLSource.from_dict(_source)

                source = source_type_1

            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_source, list):
                    raise TypeError()
                source_type_2 = []
                _source_type_2 = _source
                if not isinstance(_source_type_2, list):
                    raise TypeError(
                        f"source_type_2: expected an array, got {type(_source_type_2).__name__}"
                    )

                for source_type_2_item_data in _source_type_2:
                    _source_type_2_item = source_type_2_item_data
                    source_type_2_item: PodcastTextSource | PodcastURLSource
                    try:
                        if not isinstance(_source_type_2_item, dict):
                            raise TypeError()
                        source_type_2_item_type_0 = PodcastTextSource.from_dict(
                            _source_type_2_item
                        )

                        source_type_2_item = source_type_2_item_type_0

                    except (TypeError, ValueError, AttributeError, KeyError):
                        if not isinstance(_source_type_2_item, dict):
                            raise TypeError()
                        source_type_2_item_type_1 = PodcastURLSource.from_dict(
                            _source_type_2_item
                        )

                        source_type_2_item = source_type_2_item_type_1

                    source_type_2.append(source_type_2_item)

                source = source_type_2

        _quality_preset = src_dict.get("quality_preset", UNSET)
        quality_preset: QualityPreset | Unset
        if isinstance(_quality_preset, Unset):
            quality_preset = UNSET
        else:
            quality_preset = QualityPreset._parse(_quality_preset)

        _duration_scale = src_dict.get("duration_scale", UNSET)
        duration_scale: PodcastDurationScale | Unset
        if isinstance(_duration_scale, Unset):
            duration_scale = UNSET
        else:
            duration_scale = PodcastDurationScale._parse(_duration_scale)

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

        _intro = src_dict.get("intro", UNSET)
        intro: None | str | Unset
        if _intro is UNSET:
            intro = UNSET
        else:
            if not (isinstance(_intro, str) or _intro is None):
                raise TypeError(
                    f"intro: expected a string or null, got {type(_intro).__name__}"
                )
            intro = _intro

        _outro = src_dict.get("outro", UNSET)
        outro: None | str | Unset
        if _outro is UNSET:
            outro = UNSET
        else:
            if not (isinstance(_outro, str) or _outro is None):
                raise TypeError(
                    f"outro: expected a string or null, got {type(_outro).__name__}"
                )
            outro = _outro

        _instructions_prompt = src_dict.get("instructions_prompt", UNSET)
        instructions_prompt: None | str | Unset
        if _instructions_prompt is UNSET:
            instructions_prompt = UNSET
        else:
            if not (
                isinstance(_instructions_prompt, str) or _instructions_prompt is None
            ):
                raise TypeError(
                    f"instructions_prompt: expected a string or null, got {type(_instructions_prompt).__name__}"
                )
            instructions_prompt = _instructions_prompt

        _highlights = src_dict.get("highlights", UNSET)
        highlights: list[str] | None | Unset
        if _highlights is None:
            highlights = None
        elif isinstance(_highlights, Unset):
            highlights = UNSET
        else:
            try:
                if not isinstance(_highlights, list):
                    raise TypeError()
                _highlights_type_0 = _highlights
                if not isinstance(_highlights_type_0, list):
                    raise TypeError(
                        f"highlights_type_0: expected an array, got {type(_highlights_type_0).__name__}"
                    )

                for _item in _highlights_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(
                            f"highlights_type_0: every item must be a string"
                        )
                highlights_type_0 = cast(list[str], _highlights_type_0)

                highlights = highlights_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_highlights is None):
                    raise TypeError(
                        f"highlights: expected an array or null, got {type(_highlights).__name__}"
                    )
                highlights = _highlights

        _callback_url = src_dict.get("callback_url", UNSET)
        callback_url: None | str | Unset
        if _callback_url is UNSET:
            callback_url = UNSET
        else:
            if not (isinstance(_callback_url, str) or _callback_url is None):
                raise TypeError(
                    f"callback_url: expected a string or null, got {type(_callback_url).__name__}"
                )
            callback_url = _callback_url

        _apply_text_normalization = src_dict.get("apply_text_normalization", UNSET)
        apply_text_normalization: (
            CreatePodcastBodyApplyTextNormalizationType0 | None | Unset
        )
        if _apply_text_normalization is None:
            apply_text_normalization = None
        elif isinstance(_apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        else:
            try:
                if not isinstance(_apply_text_normalization, str):
                    raise TypeError()
                apply_text_normalization_type_0 = (
                    CreatePodcastBodyApplyTextNormalizationType0._parse(
                        _apply_text_normalization
                    )
                )

                apply_text_normalization = apply_text_normalization_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_apply_text_normalization is None):
                    raise TypeError(
                        f"apply_text_normalization: expected one of the spec's values or null, got {type(_apply_text_normalization).__name__}"
                    )
                apply_text_normalization = _apply_text_normalization

        create_podcast_body = cls(
            model_id=model_id,
            mode=mode,
            source=source,
            quality_preset=quality_preset,
            duration_scale=duration_scale,
            language=language,
            intro=intro,
            outro=outro,
            instructions_prompt=instructions_prompt,
            highlights=highlights,
            callback_url=callback_url,
            apply_text_normalization=apply_text_normalization,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            create_podcast_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return create_podcast_body

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
from ..models.podcast_bulletin_mode import PodcastBulletinMode  # noqa: E402
from ..models.podcast_conversation_mode import PodcastConversationMode  # noqa: E402
from ..models.podcast_text_source import PodcastTextSource  # noqa: E402
from ..models.podcast_url_source import PodcastURLSource  # noqa: E402
