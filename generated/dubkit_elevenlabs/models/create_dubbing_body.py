from __future__ import annotations

import json
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from io import BytesIO
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_dubbing_body_mode import CreateDubbingBodyMode
from ..types import UNSET, File, FileTypes, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CreateDubbingBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "file",
        "csv_file",
        "foreground_audio_file",
        "background_audio_file",
        "name",
        "source_url",
        "source_lang",
        "target_lang",
        "target_accent",
        "num_speakers",
        "watermark",
        "start_time",
        "end_time",
        "highest_resolution",
        "drop_background_audio",
        "use_profanity_filter",
        "dubbing_studio",
        "disable_voice_cloning",
        "mode",
        "csv_fps",
    }
)


@_attrs_define
class CreateDubbingBody:
    file: File | None | Unset = UNSET
    """ A list of file paths to audio recordings intended for voice cloning """
    csv_file: File | None | Unset = UNSET
    """ CSV file containing transcription/translation metadata """
    foreground_audio_file: File | None | Unset = UNSET
    """ For use only with csv input """
    background_audio_file: File | None | Unset = UNSET
    """ For use only with csv input """
    name: None | str | Unset = UNSET
    """ Name of the dubbing project. """
    source_url: None | str | Unset = UNSET
    """ URL of the source video/audio file. """
    source_lang: str | Unset = "auto"
    """ Source language. Expects a valid iso639-1 or iso639-3 language code. """
    target_lang: None | str | Unset = UNSET
    """ The Target language to dub the content into. Expects a valid iso639-1 or iso639-3 language code. """
    target_accent: None | str | Unset = UNSET
    """ [Experimental] An accent to apply when selecting voices from the library and to use to inform translation of
    the dialect to prefer. """
    num_speakers: int | Unset = 0
    """ Number of speakers to use for the dubbing. Set to 0 to automatically detect the number of speakers """
    watermark: bool | Unset = False
    """ Whether to apply watermark to the output video. """
    start_time: int | None | Unset = UNSET
    """ Start time of the source video/audio file. """
    end_time: int | None | Unset = UNSET
    """ End time of the source video/audio file. """
    highest_resolution: bool | Unset = False
    """ Whether to use the highest resolution available. """
    drop_background_audio: bool | Unset = False
    """ An advanced setting. Whether to drop background audio from the final dub. This can improve dub quality where
    it's known that audio shouldn't have a background track such as for speeches or monologues. """
    use_profanity_filter: bool | None | Unset = UNSET
    """ [BETA] Whether transcripts should have profanities censored with the words '[censored]' """
    dubbing_studio: bool | Unset = False
    """ Whether to prepare dub for edits in dubbing studio or edits as a dubbing resource. """
    disable_voice_cloning: bool | Unset = False
    """ Instead of using a voice clone in dubbing, use a similar voice from the ElevenLabs Voice Library. Voices
    used from the library will contribute towards a workspace's custom voices limit, and if there aren't enough
    available slots the dub will fail. Using this feature requires the caller to have the
    'add_voice_from_voice_library' permission on their workspace to access new voices. """
    mode: CreateDubbingBodyMode | Unset = CreateDubbingBodyMode.AUTOMATIC
    """ The mode in which to run this Dubbing job. Defaults to automatic, use manual if specifically providing a CSV
    transcript to use. Note that manual mode is experimental and production use is strongly discouraged. """
    csv_fps: float | None | Unset = UNSET
    """ Frames per second to use when parsing a CSV file for dubbing. If not provided, FPS will be inferred from
    timecodes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: FileTypes | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, File):
            file = self.file.to_tuple()

        else:
            file = self.file

        csv_file: FileTypes | None | Unset
        if isinstance(self.csv_file, Unset):
            csv_file = UNSET
        elif isinstance(self.csv_file, File):
            csv_file = self.csv_file.to_tuple()

        else:
            csv_file = self.csv_file

        foreground_audio_file: FileTypes | None | Unset
        if isinstance(self.foreground_audio_file, Unset):
            foreground_audio_file = UNSET
        elif isinstance(self.foreground_audio_file, File):
            foreground_audio_file = self.foreground_audio_file.to_tuple()

        else:
            foreground_audio_file = self.foreground_audio_file

        background_audio_file: FileTypes | None | Unset
        if isinstance(self.background_audio_file, Unset):
            background_audio_file = UNSET
        elif isinstance(self.background_audio_file, File):
            background_audio_file = self.background_audio_file.to_tuple()

        else:
            background_audio_file = self.background_audio_file

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        source_lang = self.source_lang

        target_lang: None | str | Unset
        if isinstance(self.target_lang, Unset):
            target_lang = UNSET
        else:
            target_lang = self.target_lang

        target_accent: None | str | Unset
        if isinstance(self.target_accent, Unset):
            target_accent = UNSET
        else:
            target_accent = self.target_accent

        num_speakers = self.num_speakers

        watermark = self.watermark

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: int | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        highest_resolution = self.highest_resolution

        drop_background_audio = self.drop_background_audio

        use_profanity_filter: bool | None | Unset
        if isinstance(self.use_profanity_filter, Unset):
            use_profanity_filter = UNSET
        else:
            use_profanity_filter = self.use_profanity_filter

        dubbing_studio = self.dubbing_studio

        disable_voice_cloning = self.disable_voice_cloning

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        csv_fps: float | None | Unset
        if isinstance(self.csv_fps, Unset):
            csv_fps = UNSET
        else:
            csv_fps = self.csv_fps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if csv_file is not UNSET:
            field_dict["csv_file"] = csv_file
        if foreground_audio_file is not UNSET:
            field_dict["foreground_audio_file"] = foreground_audio_file
        if background_audio_file is not UNSET:
            field_dict["background_audio_file"] = background_audio_file
        if name is not UNSET:
            field_dict["name"] = name
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if source_lang is not UNSET:
            field_dict["source_lang"] = source_lang
        if target_lang is not UNSET:
            field_dict["target_lang"] = target_lang
        if target_accent is not UNSET:
            field_dict["target_accent"] = target_accent
        if num_speakers is not UNSET:
            field_dict["num_speakers"] = num_speakers
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if highest_resolution is not UNSET:
            field_dict["highest_resolution"] = highest_resolution
        if drop_background_audio is not UNSET:
            field_dict["drop_background_audio"] = drop_background_audio
        if use_profanity_filter is not UNSET:
            field_dict["use_profanity_filter"] = use_profanity_filter
        if dubbing_studio is not UNSET:
            field_dict["dubbing_studio"] = dubbing_studio
        if disable_voice_cloning is not UNSET:
            field_dict["disable_voice_cloning"] = disable_voice_cloning
        if mode is not UNSET:
            field_dict["mode"] = mode
        if csv_fps is not UNSET:
            field_dict["csv_fps"] = csv_fps

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.file, Unset):
            if isinstance(self.file, File):
                files.append(("file", self.file.to_tuple()))
            else:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.csv_file, Unset):
            if isinstance(self.csv_file, File):
                files.append(("csv_file", self.csv_file.to_tuple()))
            else:
                files.append(
                    ("csv_file", (None, str(self.csv_file).encode(), "text/plain"))
                )

        if not isinstance(self.foreground_audio_file, Unset):
            if isinstance(self.foreground_audio_file, File):
                files.append(
                    ("foreground_audio_file", self.foreground_audio_file.to_tuple())
                )
            else:
                files.append(
                    (
                        "foreground_audio_file",
                        (None, str(self.foreground_audio_file).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.background_audio_file, Unset):
            if isinstance(self.background_audio_file, File):
                files.append(
                    ("background_audio_file", self.background_audio_file.to_tuple())
                )
            else:
                files.append(
                    (
                        "background_audio_file",
                        (None, str(self.background_audio_file).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.name, Unset):
            if isinstance(self.name, str):
                files.append(("name", (None, str(self.name).encode(), "text/plain")))
            else:
                files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.source_url, Unset):
            if isinstance(self.source_url, str):
                files.append(
                    ("source_url", (None, str(self.source_url).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("source_url", (None, str(self.source_url).encode(), "text/plain"))
                )

        if not isinstance(self.source_lang, Unset):
            files.append(
                ("source_lang", (None, str(self.source_lang).encode(), "text/plain"))
            )

        if not isinstance(self.target_lang, Unset):
            if isinstance(self.target_lang, str):
                files.append(
                    (
                        "target_lang",
                        (None, str(self.target_lang).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "target_lang",
                        (None, str(self.target_lang).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.target_accent, Unset):
            if isinstance(self.target_accent, str):
                files.append(
                    (
                        "target_accent",
                        (None, str(self.target_accent).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "target_accent",
                        (None, str(self.target_accent).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.num_speakers, Unset):
            files.append(
                ("num_speakers", (None, str(self.num_speakers).encode(), "text/plain"))
            )

        if not isinstance(self.watermark, Unset):
            files.append(
                (
                    "watermark",
                    (
                        None,
                        ("true" if self.watermark else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.start_time, Unset):
            if isinstance(self.start_time, int):
                files.append(
                    ("start_time", (None, str(self.start_time).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("start_time", (None, str(self.start_time).encode(), "text/plain"))
                )

        if not isinstance(self.end_time, Unset):
            if isinstance(self.end_time, int):
                files.append(
                    ("end_time", (None, str(self.end_time).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("end_time", (None, str(self.end_time).encode(), "text/plain"))
                )

        if not isinstance(self.highest_resolution, Unset):
            files.append(
                (
                    "highest_resolution",
                    (
                        None,
                        ("true" if self.highest_resolution else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.drop_background_audio, Unset):
            files.append(
                (
                    "drop_background_audio",
                    (
                        None,
                        ("true" if self.drop_background_audio else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.use_profanity_filter, Unset):
            if isinstance(self.use_profanity_filter, bool):
                files.append(
                    (
                        "use_profanity_filter",
                        (
                            None,
                            ("true" if self.use_profanity_filter else "false").encode(),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "use_profanity_filter",
                        (None, str(self.use_profanity_filter).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.dubbing_studio, Unset):
            files.append(
                (
                    "dubbing_studio",
                    (
                        None,
                        ("true" if self.dubbing_studio else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.disable_voice_cloning, Unset):
            files.append(
                (
                    "disable_voice_cloning",
                    (
                        None,
                        ("true" if self.disable_voice_cloning else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.mode, Unset):
            files.append(("mode", (None, str(self.mode.value).encode(), "text/plain")))

        if not isinstance(self.csv_fps, Unset):
            if isinstance(self.csv_fps, float):
                files.append(
                    ("csv_fps", (None, str(self.csv_fps).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("csv_fps", (None, str(self.csv_fps).encode(), "text/plain"))
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _file = src_dict.get("file", UNSET)
        file: File | None | Unset
        if _file is None:
            file = None
        elif isinstance(_file, Unset):
            file = UNSET
        else:
            try:
                if not isinstance(_file, bytes):
                    raise TypeError()
                file_type_0 = File(payload=BytesIO(_file))

                file = file_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_file is None):
                    raise TypeError(
                        f"file: expected FileProperty or null, got {type(_file).__name__}"
                    )
                file = _file

        _csv_file = src_dict.get("csv_file", UNSET)
        csv_file: File | None | Unset
        if _csv_file is None:
            csv_file = None
        elif isinstance(_csv_file, Unset):
            csv_file = UNSET
        else:
            try:
                if not isinstance(_csv_file, bytes):
                    raise TypeError()
                csv_file_type_0 = File(payload=BytesIO(_csv_file))

                csv_file = csv_file_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_csv_file is None):
                    raise TypeError(
                        f"csv_file: expected FileProperty or null, got {type(_csv_file).__name__}"
                    )
                csv_file = _csv_file

        _foreground_audio_file = src_dict.get("foreground_audio_file", UNSET)
        foreground_audio_file: File | None | Unset
        if _foreground_audio_file is None:
            foreground_audio_file = None
        elif isinstance(_foreground_audio_file, Unset):
            foreground_audio_file = UNSET
        else:
            try:
                if not isinstance(_foreground_audio_file, bytes):
                    raise TypeError()
                foreground_audio_file_type_0 = File(
                    payload=BytesIO(_foreground_audio_file)
                )

                foreground_audio_file = foreground_audio_file_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_foreground_audio_file is None):
                    raise TypeError(
                        f"foreground_audio_file: expected FileProperty or null, got {type(_foreground_audio_file).__name__}"
                    )
                foreground_audio_file = _foreground_audio_file

        _background_audio_file = src_dict.get("background_audio_file", UNSET)
        background_audio_file: File | None | Unset
        if _background_audio_file is None:
            background_audio_file = None
        elif isinstance(_background_audio_file, Unset):
            background_audio_file = UNSET
        else:
            try:
                if not isinstance(_background_audio_file, bytes):
                    raise TypeError()
                background_audio_file_type_0 = File(
                    payload=BytesIO(_background_audio_file)
                )

                background_audio_file = background_audio_file_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_background_audio_file is None):
                    raise TypeError(
                        f"background_audio_file: expected FileProperty or null, got {type(_background_audio_file).__name__}"
                    )
                background_audio_file = _background_audio_file

        _name = src_dict.get("name", UNSET)
        name: None | str | Unset
        if _name is UNSET:
            name = UNSET
        else:
            if not (isinstance(_name, str) or _name is None):
                raise TypeError(
                    f"name: expected a string or null, got {type(_name).__name__}"
                )
            name = _name

        _source_url = src_dict.get("source_url", UNSET)
        source_url: None | str | Unset
        if _source_url is UNSET:
            source_url = UNSET
        else:
            if not (isinstance(_source_url, str) or _source_url is None):
                raise TypeError(
                    f"source_url: expected a string or null, got {type(_source_url).__name__}"
                )
            source_url = _source_url

        source_lang = src_dict.get("source_lang", UNSET)
        if source_lang is not UNSET and not isinstance(source_lang, str):
            raise TypeError(
                f"CreateDubbingBody.source_lang: expected a string, got {type(source_lang).__name__}"
            )

        _target_lang = src_dict.get("target_lang", UNSET)
        target_lang: None | str | Unset
        if _target_lang is UNSET:
            target_lang = UNSET
        else:
            if not (isinstance(_target_lang, str) or _target_lang is None):
                raise TypeError(
                    f"target_lang: expected a string or null, got {type(_target_lang).__name__}"
                )
            target_lang = _target_lang

        _target_accent = src_dict.get("target_accent", UNSET)
        target_accent: None | str | Unset
        if _target_accent is UNSET:
            target_accent = UNSET
        else:
            if not (isinstance(_target_accent, str) or _target_accent is None):
                raise TypeError(
                    f"target_accent: expected a string or null, got {type(_target_accent).__name__}"
                )
            target_accent = _target_accent

        num_speakers = src_dict.get("num_speakers", UNSET)
        if num_speakers is not UNSET and not is_json_integer(num_speakers):
            raise TypeError(
                f"CreateDubbingBody.num_speakers: expected an integer, got {type(num_speakers).__name__}"
            )

        watermark = src_dict.get("watermark", UNSET)
        if watermark is not UNSET and not isinstance(watermark, bool):
            raise TypeError(
                f"CreateDubbingBody.watermark: expected true or false, got {type(watermark).__name__}"
            )

        _start_time = src_dict.get("start_time", UNSET)
        start_time: int | None | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            if not (is_json_integer(_start_time) or _start_time is None):
                raise TypeError(
                    f"start_time: expected an integer or null, got {type(_start_time).__name__}"
                )
            start_time = _start_time

        _end_time = src_dict.get("end_time", UNSET)
        end_time: int | None | Unset
        if _end_time is UNSET:
            end_time = UNSET
        else:
            if not (is_json_integer(_end_time) or _end_time is None):
                raise TypeError(
                    f"end_time: expected an integer or null, got {type(_end_time).__name__}"
                )
            end_time = _end_time

        highest_resolution = src_dict.get("highest_resolution", UNSET)
        if highest_resolution is not UNSET and not isinstance(highest_resolution, bool):
            raise TypeError(
                f"CreateDubbingBody.highest_resolution: expected true or false, got {type(highest_resolution).__name__}"
            )

        drop_background_audio = src_dict.get("drop_background_audio", UNSET)
        if drop_background_audio is not UNSET and not isinstance(
            drop_background_audio, bool
        ):
            raise TypeError(
                f"CreateDubbingBody.drop_background_audio: expected true or false, got {type(drop_background_audio).__name__}"
            )

        _use_profanity_filter = src_dict.get("use_profanity_filter", UNSET)
        use_profanity_filter: bool | None | Unset
        if _use_profanity_filter is UNSET:
            use_profanity_filter = UNSET
        else:
            if not (
                isinstance(_use_profanity_filter, bool) or _use_profanity_filter is None
            ):
                raise TypeError(
                    f"use_profanity_filter: expected true or false or null, got {type(_use_profanity_filter).__name__}"
                )
            use_profanity_filter = _use_profanity_filter

        dubbing_studio = src_dict.get("dubbing_studio", UNSET)
        if dubbing_studio is not UNSET and not isinstance(dubbing_studio, bool):
            raise TypeError(
                f"CreateDubbingBody.dubbing_studio: expected true or false, got {type(dubbing_studio).__name__}"
            )

        disable_voice_cloning = src_dict.get("disable_voice_cloning", UNSET)
        if disable_voice_cloning is not UNSET and not isinstance(
            disable_voice_cloning, bool
        ):
            raise TypeError(
                f"CreateDubbingBody.disable_voice_cloning: expected true or false, got {type(disable_voice_cloning).__name__}"
            )

        _mode = src_dict.get("mode", UNSET)
        mode: CreateDubbingBodyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = CreateDubbingBodyMode._parse(_mode)

        _csv_fps = src_dict.get("csv_fps", UNSET)
        csv_fps: float | None | Unset
        if _csv_fps is UNSET:
            csv_fps = UNSET
        else:
            if not (
                (
                    isinstance(_csv_fps, float)
                    and _csv_fps - _csv_fps == 0.0
                    or type(_csv_fps) is int
                )
                or _csv_fps is None
            ):
                raise TypeError(
                    f"csv_fps: expected a finite number or null, got {type(_csv_fps).__name__}"
                )
            csv_fps = _csv_fps

        create_dubbing_body = cls(
            file=file,
            csv_file=csv_file,
            foreground_audio_file=foreground_audio_file,
            background_audio_file=background_audio_file,
            name=name,
            source_url=source_url,
            source_lang=source_lang,
            target_lang=target_lang,
            target_accent=target_accent,
            num_speakers=num_speakers,
            watermark=watermark,
            start_time=start_time,
            end_time=end_time,
            highest_resolution=highest_resolution,
            drop_background_audio=drop_background_audio,
            use_profanity_filter=use_profanity_filter,
            dubbing_studio=dubbing_studio,
            disable_voice_cloning=disable_voice_cloning,
            mode=mode,
            csv_fps=csv_fps,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            create_dubbing_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return create_dubbing_body

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
