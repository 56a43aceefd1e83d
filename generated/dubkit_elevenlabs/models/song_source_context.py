from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
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

from ..types import UNSET, Unset, is_json_integer, parse_datetime

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
        if not isinstance(song_id, str):
            raise TypeError(
                f"SongSourceContext.song_id: expected a string, got {type(song_id).__name__}"
            )

        source_type = cast(Literal["song"] | Unset, src_dict.get("source_type", UNSET))
        if source_type != "song" and not isinstance(source_type, Unset):
            raise ValueError(
                f"source_type must match const 'song', got '{source_type}'"
            )

        _chat_id = src_dict.get("chat_id", UNSET)
        chat_id: None | str | Unset
        if _chat_id is UNSET:
            chat_id = UNSET
        else:
            if not (isinstance(_chat_id, str) or _chat_id is None):
                raise TypeError(
                    f"chat_id: expected a string or null, got {type(_chat_id).__name__}"
                )
            chat_id = _chat_id

        _title = src_dict.get("title", UNSET)
        title: None | str | Unset
        if _title is UNSET:
            title = UNSET
        else:
            if not (isinstance(_title, str) or _title is None):
                raise TypeError(
                    f"title: expected a string or null, got {type(_title).__name__}"
                )
            title = _title

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

        _genres = src_dict.get("genres", UNSET)
        if _genres is not UNSET:
            if not isinstance(_genres, list):
                raise TypeError(
                    f"genres: expected an array, got {type(_genres).__name__}"
                )

            for _item in _genres:
                if not isinstance(_item, str):
                    raise TypeError(f"genres: every item must be a string")
        genres = cast(list[str], _genres)

        _languages = src_dict.get("languages", UNSET)
        if _languages is not UNSET:
            if not isinstance(_languages, list):
                raise TypeError(
                    f"languages: expected an array, got {type(_languages).__name__}"
                )

            for _item in _languages:
                if not isinstance(_item, str):
                    raise TypeError(f"languages: every item must be a string")
        languages = cast(list[str], _languages)

        _is_explicit = src_dict.get("is_explicit", UNSET)
        is_explicit: bool | None | Unset
        if _is_explicit is UNSET:
            is_explicit = UNSET
        else:
            if not (isinstance(_is_explicit, bool) or _is_explicit is None):
                raise TypeError(
                    f"is_explicit: expected true or false or null, got {type(_is_explicit).__name__}"
                )
            is_explicit = _is_explicit

        _bpm = src_dict.get("bpm", UNSET)
        bpm: int | None | Unset
        if _bpm is UNSET:
            bpm = UNSET
        else:
            if not (is_json_integer(_bpm) or _bpm is None):
                raise TypeError(
                    f"bpm: expected an integer or null, got {type(_bpm).__name__}"
                )
            bpm = _bpm

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
                if not (_generation_settings is None):
                    raise TypeError(
                        f"generation_settings: expected an object or null, got {type(_generation_settings).__name__}"
                    )
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

    # Not a map: without this, `for x in model` would call __getitem__(0) and fail with KeyError.
    __iter__ = None


# At the end, not the top: the models refer to each other, and by now this module's class exists.
from ..models.song_source_context_generation_settings_type_0 import (
    SongSourceContextGenerationSettingsType0,  # noqa: E402
)
