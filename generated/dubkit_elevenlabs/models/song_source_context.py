from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generator,
    Literal,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="SongSourceContext")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "song_id",
        "source_type",
        "chat_id",
        "title",
        "description",
        "genres",
        "languages",
        "is_explicit",
        "bpm",
        "generation_settings",
    }
)


@_attrs_define
class SongSourceContext:
    song_id: str
    source_type: Literal["song"] | Unset = "song"
    chat_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    genres: list[str] | Unset = UNSET
    languages: list[str] | Unset = UNSET
    is_explicit: bool | None | Unset = UNSET
    bpm: int | None | Unset = UNSET
    generation_settings: None | SongSourceContextGenerationSettingsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        song_id = self.song_id

        source_type = self.source_type

        chat_id: None | str | Unset
        if isinstance(self.chat_id, Unset):
            chat_id = UNSET
        else:
            chat_id = self.chat_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        is_explicit: bool | None | Unset
        if isinstance(self.is_explicit, Unset):
            is_explicit = UNSET
        else:
            is_explicit = self.is_explicit

        bpm: int | None | Unset
        if isinstance(self.bpm, Unset):
            bpm = UNSET
        else:
            bpm = self.bpm

        generation_settings: dict[str, Any] | None | Unset
        if isinstance(self.generation_settings, Unset):
            generation_settings = UNSET
        elif isinstance(
            self.generation_settings, SongSourceContextGenerationSettingsType0
        ):
            generation_settings = self.generation_settings.to_dict()
        else:
            generation_settings = self.generation_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "song_id": song_id,
            }
        )
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if genres is not UNSET:
            field_dict["genres"] = genres
        if languages is not UNSET:
            field_dict["languages"] = languages
        if is_explicit is not UNSET:
            field_dict["is_explicit"] = is_explicit
        if bpm is not UNSET:
            field_dict["bpm"] = bpm
        if generation_settings is not UNSET:
            field_dict["generation_settings"] = generation_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        song_id = src_dict["song_id"]

        source_type = cast(Literal["song"] | Unset, src_dict.get("source_type", UNSET))
        if source_type != "song" and not isinstance(source_type, Unset):
            raise ValueError(
                f"source_type must match const 'song', got '{source_type}'"
            )

        chat_id: None | str | Unset = src_dict.get("chat_id", UNSET)

        title: None | str | Unset = src_dict.get("title", UNSET)

        description: None | str | Unset = src_dict.get("description", UNSET)

        genres = cast(list[str], src_dict.get("genres", UNSET))

        languages = cast(list[str], src_dict.get("languages", UNSET))

        is_explicit: bool | None | Unset = src_dict.get("is_explicit", UNSET)

        bpm: int | None | Unset = src_dict.get("bpm", UNSET)

        _generation_settings = src_dict.get("generation_settings", UNSET)
        generation_settings: None | SongSourceContextGenerationSettingsType0 | Unset
        if _generation_settings is None:
            generation_settings = None
        elif isinstance(_generation_settings, Unset):
            generation_settings = UNSET
        else:
            try:
                if not isinstance(_generation_settings, dict):
                    raise TypeError()
                generation_settings_type_0 = (
                    SongSourceContextGenerationSettingsType0.from_dict(
                        _generation_settings
                    )
                )

                generation_settings = generation_settings_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                generation_settings = _generation_settings

        song_source_context = cls(
            song_id=song_id,
            source_type=source_type,
            chat_id=chat_id,
            title=title,
            description=description,
            genres=genres,
            languages=languages,
            is_explicit=is_explicit,
            bpm=bpm,
            generation_settings=generation_settings,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            song_source_context.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return song_source_context

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


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.song_source_context_generation_settings_type_0 import (
    SongSourceContextGenerationSettingsType0,  # noqa: E402
)
