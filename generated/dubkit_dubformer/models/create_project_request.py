from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mixing_mode import MixingMode
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CreateProjectRequest")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "source_lang",
        "target_lang",
        "source_video_url",
        "name",
        "mixing_mode",
        "use_emotional_transfer",
        "use_soundalike_voices",
        "source_script_content",
        "glossary_content",
    }
)


@_attrs_define
class CreateProjectRequest:
    source_lang: str
    """ The source language of the video, without locale (e.g. en). See get_options. """
    target_lang: str
    """ The target language, with locale (e.g. en-US, uk-UA). See get_options. """
    source_video_url: str
    """ A direct link to the source video file, or a YouTube link. """
    name: str | Unset = UNSET
    """ The name of the project. """
    mixing_mode: MixingMode | Unset = UNSET
    """ voiceover_only: only the voiceover, without the original track. voiceover_with_original_track: the voiceover
    over the original track. voiceover_without_original_voice: smart vocal removal voiceover (dubbing). """
    use_emotional_transfer: bool | Unset = UNSET
    """ Use emotional, but less stable, soundalike voices. """
    use_soundalike_voices: bool | Unset = UNSET
    """ Use soundalike voices. Subscription only. """
    source_script_content: str | Unset = UNSET
    """ Transcription of the source video, in srt, vtt or plain text. Pro subscription. """
    glossary_content: str | Unset = UNSET
    """ A translation glossary in TSV format. Pro subscription. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_lang = self.source_lang

        target_lang = self.target_lang

        source_video_url = self.source_video_url

        name = self.name

        mixing_mode: str | Unset = UNSET
        if not isinstance(self.mixing_mode, Unset):
            mixing_mode = self.mixing_mode.value

        use_emotional_transfer = self.use_emotional_transfer

        use_soundalike_voices = self.use_soundalike_voices

        source_script_content = self.source_script_content

        glossary_content = self.glossary_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_lang": source_lang,
                "target_lang": target_lang,
                "source_video_url": source_video_url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if mixing_mode is not UNSET:
            field_dict["mixing_mode"] = mixing_mode
        if use_emotional_transfer is not UNSET:
            field_dict["use_emotional_transfer"] = use_emotional_transfer
        if use_soundalike_voices is not UNSET:
            field_dict["use_soundalike_voices"] = use_soundalike_voices
        if source_script_content is not UNSET:
            field_dict["source_script_content"] = source_script_content
        if glossary_content is not UNSET:
            field_dict["glossary_content"] = glossary_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        source_lang = src_dict["source_lang"]
        if not isinstance(source_lang, str):
            raise TypeError(
                f"CreateProjectRequest.source_lang: expected a string, got {type(source_lang).__name__}"
            )

        target_lang = src_dict["target_lang"]
        if not isinstance(target_lang, str):
            raise TypeError(
                f"CreateProjectRequest.target_lang: expected a string, got {type(target_lang).__name__}"
            )

        source_video_url = src_dict["source_video_url"]
        if not isinstance(source_video_url, str):
            raise TypeError(
                f"CreateProjectRequest.source_video_url: expected a string, got {type(source_video_url).__name__}"
            )

        name = src_dict.get("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError(
                f"CreateProjectRequest.name: expected a string, got {type(name).__name__}"
            )

        _mixing_mode = src_dict.get("mixing_mode", UNSET)
        mixing_mode: MixingMode | Unset
        if isinstance(_mixing_mode, Unset):
            mixing_mode = UNSET
        else:
            mixing_mode = MixingMode._parse(_mixing_mode)

        use_emotional_transfer = src_dict.get("use_emotional_transfer", UNSET)
        if use_emotional_transfer is not UNSET and not isinstance(
            use_emotional_transfer, bool
        ):
            raise TypeError(
                f"CreateProjectRequest.use_emotional_transfer: expected true or false, got {type(use_emotional_transfer).__name__}"
            )

        use_soundalike_voices = src_dict.get("use_soundalike_voices", UNSET)
        if use_soundalike_voices is not UNSET and not isinstance(
            use_soundalike_voices, bool
        ):
            raise TypeError(
                f"CreateProjectRequest.use_soundalike_voices: expected true or false, got {type(use_soundalike_voices).__name__}"
            )

        source_script_content = src_dict.get("source_script_content", UNSET)
        if source_script_content is not UNSET and not isinstance(
            source_script_content, str
        ):
            raise TypeError(
                f"CreateProjectRequest.source_script_content: expected a string, got {type(source_script_content).__name__}"
            )

        glossary_content = src_dict.get("glossary_content", UNSET)
        if glossary_content is not UNSET and not isinstance(glossary_content, str):
            raise TypeError(
                f"CreateProjectRequest.glossary_content: expected a string, got {type(glossary_content).__name__}"
            )

        create_project_request = cls(
            source_lang=source_lang,
            target_lang=target_lang,
            source_video_url=source_video_url,
            name=name,
            mixing_mode=mixing_mode,
            use_emotional_transfer=use_emotional_transfer,
            use_soundalike_voices=use_soundalike_voices,
            source_script_content=source_script_content,
            glossary_content=glossary_content,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            create_project_request.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return create_project_request

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
