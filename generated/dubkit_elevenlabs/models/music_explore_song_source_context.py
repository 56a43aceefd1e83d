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

T = TypeVar("T", bound="MusicExploreSongSourceContext")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "music_explore_song_id",
        "source_type",
        "title",
        "description",
        "bpm",
        "vocals",
        "lyrics",
    }
)


@_attrs_define
class MusicExploreSongSourceContext:
    music_explore_song_id: str
    source_type: Literal["music_explore_song"] | Unset = "music_explore_song"
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    bpm: int | None | Unset = UNSET
    vocals: None | str | Unset = UNSET
    lyrics: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        music_explore_song_id = self.music_explore_song_id

        source_type = self.source_type

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

        bpm: int | None | Unset
        if isinstance(self.bpm, Unset):
            bpm = UNSET
        else:
            bpm = self.bpm

        vocals: None | str | Unset
        if isinstance(self.vocals, Unset):
            vocals = UNSET
        else:
            vocals = self.vocals

        lyrics: None | str | Unset
        if isinstance(self.lyrics, Unset):
            lyrics = UNSET
        else:
            lyrics = self.lyrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "music_explore_song_id": music_explore_song_id,
            }
        )
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if bpm is not UNSET:
            field_dict["bpm"] = bpm
        if vocals is not UNSET:
            field_dict["vocals"] = vocals
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        music_explore_song_id = src_dict["music_explore_song_id"]
        if not isinstance(music_explore_song_id, str):
            raise TypeError(
                f"MusicExploreSongSourceContext.music_explore_song_id: expected a string, got {type(music_explore_song_id).__name__}"
            )

        source_type = cast(
            Literal["music_explore_song"] | Unset, src_dict.get("source_type", UNSET)
        )
        if source_type != "music_explore_song" and not isinstance(source_type, Unset):
            raise ValueError(
                f"source_type must match const 'music_explore_song', got '{source_type}'"
            )

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

        _vocals = src_dict.get("vocals", UNSET)
        vocals: None | str | Unset
        if _vocals is UNSET:
            vocals = UNSET
        else:
            if not (isinstance(_vocals, str) or _vocals is None):
                raise TypeError(
                    f"vocals: expected a string or null, got {type(_vocals).__name__}"
                )
            vocals = _vocals

        _lyrics = src_dict.get("lyrics", UNSET)
        lyrics: None | str | Unset
        if _lyrics is UNSET:
            lyrics = UNSET
        else:
            if not (isinstance(_lyrics, str) or _lyrics is None):
                raise TypeError(
                    f"lyrics: expected a string or null, got {type(_lyrics).__name__}"
                )
            lyrics = _lyrics

        music_explore_song_source_context = cls(
            music_explore_song_id=music_explore_song_id,
            source_type=source_type,
            title=title,
            description=description,
            bpm=bpm,
            vocals=vocals,
            lyrics=lyrics,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            music_explore_song_source_context.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return music_explore_song_source_context

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
