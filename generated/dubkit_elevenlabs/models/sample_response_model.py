from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="SampleResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "sample_id",
        "file_name",
        "mime_type",
        "size_bytes",
        "hash",
        "duration_secs",
        "remove_background_noise",
        "has_isolated_audio",
        "has_isolated_audio_preview",
        "speaker_separation",
        "trim_start",
        "trim_end",
    }
)


@_attrs_define
class SampleResponseModel:
    """
    Example:
        {'file_name': 'sample.mp3', 'hash': '1234567890', 'mime_type': 'audio/mpeg', 'sample_id':
            'DCwhRBWXzGAHq8TQ4Fs18', 'size_bytes': 1000000}

    """

    sample_id: str
    """ The ID of the sample. """
    file_name: str
    """ The name of the sample file. """
    mime_type: str
    """ The MIME type of the sample file. """
    size_bytes: int
    """ The size of the sample file in bytes. """
    hash_: str
    """ The hash of the sample file. """
    duration_secs: float | None | Unset = UNSET
    remove_background_noise: bool | None | Unset = UNSET
    has_isolated_audio: bool | None | Unset = UNSET
    has_isolated_audio_preview: bool | None | Unset = UNSET
    speaker_separation: None | SpeakerSeparationResponseModel | Unset = UNSET
    trim_start: int | None | Unset = UNSET
    trim_end: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_id = self.sample_id

        file_name = self.file_name

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        hash_ = self.hash_

        duration_secs: float | None | Unset
        if isinstance(self.duration_secs, Unset):
            duration_secs = UNSET
        else:
            duration_secs = self.duration_secs

        remove_background_noise: bool | None | Unset
        if isinstance(self.remove_background_noise, Unset):
            remove_background_noise = UNSET
        else:
            remove_background_noise = self.remove_background_noise

        has_isolated_audio: bool | None | Unset
        if isinstance(self.has_isolated_audio, Unset):
            has_isolated_audio = UNSET
        else:
            has_isolated_audio = self.has_isolated_audio

        has_isolated_audio_preview: bool | None | Unset
        if isinstance(self.has_isolated_audio_preview, Unset):
            has_isolated_audio_preview = UNSET
        else:
            has_isolated_audio_preview = self.has_isolated_audio_preview

        speaker_separation: dict[str, Any] | None | Unset
        if isinstance(self.speaker_separation, Unset):
            speaker_separation = UNSET
        elif isinstance(self.speaker_separation, SpeakerSeparationResponseModel):
            speaker_separation = self.speaker_separation.to_dict()
        else:
            speaker_separation = self.speaker_separation

        trim_start: int | None | Unset
        if isinstance(self.trim_start, Unset):
            trim_start = UNSET
        else:
            trim_start = self.trim_start

        trim_end: int | None | Unset
        if isinstance(self.trim_end, Unset):
            trim_end = UNSET
        else:
            trim_end = self.trim_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sample_id": sample_id,
                "file_name": file_name,
                "mime_type": mime_type,
                "size_bytes": size_bytes,
                "hash": hash_,
            }
        )
        if duration_secs is not UNSET:
            field_dict["duration_secs"] = duration_secs
        if remove_background_noise is not UNSET:
            field_dict["remove_background_noise"] = remove_background_noise
        if has_isolated_audio is not UNSET:
            field_dict["has_isolated_audio"] = has_isolated_audio
        if has_isolated_audio_preview is not UNSET:
            field_dict["has_isolated_audio_preview"] = has_isolated_audio_preview
        if speaker_separation is not UNSET:
            field_dict["speaker_separation"] = speaker_separation
        if trim_start is not UNSET:
            field_dict["trim_start"] = trim_start
        if trim_end is not UNSET:
            field_dict["trim_end"] = trim_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        sample_id = src_dict["sample_id"]
        if not isinstance(sample_id, str):
            raise TypeError(
                f"SampleResponseModel.sample_id: expected a string, got {type(sample_id).__name__}"
            )

        file_name = src_dict["file_name"]
        if not isinstance(file_name, str):
            raise TypeError(
                f"SampleResponseModel.file_name: expected a string, got {type(file_name).__name__}"
            )

        mime_type = src_dict["mime_type"]
        if not isinstance(mime_type, str):
            raise TypeError(
                f"SampleResponseModel.mime_type: expected a string, got {type(mime_type).__name__}"
            )

        size_bytes = src_dict["size_bytes"]
        if not is_json_integer(size_bytes):
            raise TypeError(
                f"SampleResponseModel.size_bytes: expected an integer, got {type(size_bytes).__name__}"
            )

        hash_ = src_dict["hash"]
        if not isinstance(hash_, str):
            raise TypeError(
                f"SampleResponseModel.hash: expected a string, got {type(hash_).__name__}"
            )

        _duration_secs = src_dict.get("duration_secs", UNSET)
        duration_secs: float | None | Unset
        if _duration_secs is UNSET:
            duration_secs = UNSET
        else:
            if not (
                (
                    isinstance(_duration_secs, float)
                    and _duration_secs - _duration_secs == 0.0
                    or type(_duration_secs) is int
                )
                or _duration_secs is None
            ):
                raise TypeError(
                    f"duration_secs: expected a finite number or null, got {type(_duration_secs).__name__}"
                )
            duration_secs = _duration_secs

        _remove_background_noise = src_dict.get("remove_background_noise", UNSET)
        remove_background_noise: bool | None | Unset
        if _remove_background_noise is UNSET:
            remove_background_noise = UNSET
        else:
            if not (
                isinstance(_remove_background_noise, bool)
                or _remove_background_noise is None
            ):
                raise TypeError(
                    f"remove_background_noise: expected true or false or null, got {type(_remove_background_noise).__name__}"
                )
            remove_background_noise = _remove_background_noise

        _has_isolated_audio = src_dict.get("has_isolated_audio", UNSET)
        has_isolated_audio: bool | None | Unset
        if _has_isolated_audio is UNSET:
            has_isolated_audio = UNSET
        else:
            if not (
                isinstance(_has_isolated_audio, bool) or _has_isolated_audio is None
            ):
                raise TypeError(
                    f"has_isolated_audio: expected true or false or null, got {type(_has_isolated_audio).__name__}"
                )
            has_isolated_audio = _has_isolated_audio

        _has_isolated_audio_preview = src_dict.get("has_isolated_audio_preview", UNSET)
        has_isolated_audio_preview: bool | None | Unset
        if _has_isolated_audio_preview is UNSET:
            has_isolated_audio_preview = UNSET
        else:
            if not (
                isinstance(_has_isolated_audio_preview, bool)
                or _has_isolated_audio_preview is None
            ):
                raise TypeError(
                    f"has_isolated_audio_preview: expected true or false or null, got {type(_has_isolated_audio_preview).__name__}"
                )
            has_isolated_audio_preview = _has_isolated_audio_preview

        _speaker_separation = src_dict.get("speaker_separation", UNSET)
        speaker_separation: None | SpeakerSeparationResponseModel | Unset
        if _speaker_separation is None:
            speaker_separation = None
        elif isinstance(_speaker_separation, Unset):
            speaker_separation = UNSET
        else:
            try:
                if not isinstance(_speaker_separation, dict):
                    raise TypeError()
                speaker_separation_type_0 = SpeakerSeparationResponseModel.from_dict(
                    _speaker_separation
                )

                speaker_separation = speaker_separation_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_speaker_separation is None):
                    raise TypeError(
                        f"speaker_separation: expected an object or null, got {type(_speaker_separation).__name__}"
                    )
                speaker_separation = _speaker_separation

        _trim_start = src_dict.get("trim_start", UNSET)
        trim_start: int | None | Unset
        if _trim_start is UNSET:
            trim_start = UNSET
        else:
            if not (is_json_integer(_trim_start) or _trim_start is None):
                raise TypeError(
                    f"trim_start: expected an integer or null, got {type(_trim_start).__name__}"
                )
            trim_start = _trim_start

        _trim_end = src_dict.get("trim_end", UNSET)
        trim_end: int | None | Unset
        if _trim_end is UNSET:
            trim_end = UNSET
        else:
            if not (is_json_integer(_trim_end) or _trim_end is None):
                raise TypeError(
                    f"trim_end: expected an integer or null, got {type(_trim_end).__name__}"
                )
            trim_end = _trim_end

        sample_response_model = cls(
            sample_id=sample_id,
            file_name=file_name,
            mime_type=mime_type,
            size_bytes=size_bytes,
            hash_=hash_,
            duration_secs=duration_secs,
            remove_background_noise=remove_background_noise,
            has_isolated_audio=has_isolated_audio,
            has_isolated_audio_preview=has_isolated_audio_preview,
            speaker_separation=speaker_separation,
            trim_start=trim_start,
            trim_end=trim_end,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            sample_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return sample_response_model

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
from ..models.speaker_separation_response_model import SpeakerSeparationResponseModel  # noqa: E402
