from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingResource")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "version",
        "source_language",
        "target_languages",
        "input",
        "background",
        "foreground",
        "speaker_tracks",
        "speaker_segments",
        "renders",
    }
)


@_attrs_define
class DubbingResource:
    id: str
    version: int
    source_language: str
    target_languages: list[str]
    input_: DubbingMediaReference
    background: DubbingMediaReference | None
    foreground: DubbingMediaReference | None
    speaker_tracks: DubbingResourceSpeakerTracks
    speaker_segments: DubbingResourceSpeakerSegments
    renders: DubbingResourceRenders
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version = self.version

        source_language = self.source_language

        target_languages = self.target_languages

        input_ = self.input_.to_dict()

        background: dict[str, Any] | None
        if isinstance(self.background, DubbingMediaReference):
            background = self.background.to_dict()
        else:
            background = self.background

        foreground: dict[str, Any] | None
        if isinstance(self.foreground, DubbingMediaReference):
            foreground = self.foreground.to_dict()
        else:
            foreground = self.foreground

        speaker_tracks = self.speaker_tracks.to_dict()

        speaker_segments = self.speaker_segments.to_dict()

        renders = self.renders.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "version": version,
                "source_language": source_language,
                "target_languages": target_languages,
                "input": input_,
                "background": background,
                "foreground": foreground,
                "speaker_tracks": speaker_tracks,
                "speaker_segments": speaker_segments,
                "renders": renders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not isinstance(id, str):
            raise TypeError(
                f"DubbingResource.id: expected a string, got {type(id).__name__}"
            )

        version = src_dict["version"]
        if not is_json_integer(version):
            raise TypeError(
                f"DubbingResource.version: expected an integer, got {type(version).__name__}"
            )

        source_language = src_dict["source_language"]
        if not isinstance(source_language, str):
            raise TypeError(
                f"DubbingResource.source_language: expected a string, got {type(source_language).__name__}"
            )

        _target_languages = src_dict["target_languages"]
        if not isinstance(_target_languages, list):
            raise TypeError(
                f"target_languages: expected an array, got {type(_target_languages).__name__}"
            )

        for _item in _target_languages:
            if not isinstance(_item, str):
                raise TypeError(f"target_languages: every item must be a string")
        target_languages = cast(list[str], _target_languages)

        input_ = DubbingMediaReference.from_dict(src_dict["input"])

        _background = src_dict["background"]
        background: DubbingMediaReference | None
        if _background is None:
            background = None
        else:
            try:
                if not isinstance(_background, dict):
                    raise TypeError()
                background_type_0 = DubbingMediaReference.from_dict(_background)

                background = background_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_background is None):
                    raise TypeError(
                        f"background: expected an object or null, got {type(_background).__name__}"
                    )
                background = _background

        _foreground = src_dict["foreground"]
        foreground: DubbingMediaReference | None
        if _foreground is None:
            foreground = None
        else:
            try:
                if not isinstance(_foreground, dict):
                    raise TypeError()
                foreground_type_0 = DubbingMediaReference.from_dict(_foreground)

                foreground = foreground_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_foreground is None):
                    raise TypeError(
                        f"foreground: expected an object or null, got {type(_foreground).__name__}"
                    )
                foreground = _foreground

        speaker_tracks = DubbingResourceSpeakerTracks.from_dict(
            src_dict["speaker_tracks"]
        )

        speaker_segments = DubbingResourceSpeakerSegments.from_dict(
            src_dict["speaker_segments"]
        )

        renders = DubbingResourceRenders.from_dict(src_dict["renders"])

        dubbing_resource = cls(
            id=id,
            version=version,
            source_language=source_language,
            target_languages=target_languages,
            input_=input_,
            background=background,
            foreground=foreground,
            speaker_tracks=speaker_tracks,
            speaker_segments=speaker_segments,
            renders=renders,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_resource.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_resource

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
from ..models.dubbing_media_reference import DubbingMediaReference  # noqa: E402
from ..models.dubbing_resource_renders import DubbingResourceRenders  # noqa: E402
from ..models.dubbing_resource_speaker_segments import DubbingResourceSpeakerSegments  # noqa: E402
from ..models.dubbing_resource_speaker_tracks import DubbingResourceSpeakerTracks  # noqa: E402
