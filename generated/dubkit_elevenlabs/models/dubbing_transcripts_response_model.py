from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dubbing_transcripts_response_model_transcript_format import (
    DubbingTranscriptsResponseModelTranscriptFormat,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DubbingTranscriptsResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "transcript_format",
        "srt",
        "webvtt",
        "json",
    }
)


@_attrs_define
class DubbingTranscriptsResponseModel:
    transcript_format: DubbingTranscriptsResponseModelTranscriptFormat
    srt: None | str | Unset = UNSET
    webvtt: None | str | Unset = UNSET
    json: DubbingTranscript | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transcript_format = self.transcript_format.value

        srt: None | str | Unset
        if isinstance(self.srt, Unset):
            srt = UNSET
        else:
            srt = self.srt

        webvtt: None | str | Unset
        if isinstance(self.webvtt, Unset):
            webvtt = UNSET
        else:
            webvtt = self.webvtt

        json: dict[str, Any] | None | Unset
        if isinstance(self.json, Unset):
            json = UNSET
        elif isinstance(self.json, DubbingTranscript):
            json = self.json.to_dict()
        else:
            json = self.json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcript_format": transcript_format,
            }
        )
        if srt is not UNSET:
            field_dict["srt"] = srt
        if webvtt is not UNSET:
            field_dict["webvtt"] = webvtt
        if json is not UNSET:
            field_dict["json"] = json

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        transcript_format = DubbingTranscriptsResponseModelTranscriptFormat._parse(
            src_dict["transcript_format"]
        )

        _srt = src_dict.get("srt", UNSET)
        srt: None | str | Unset
        if _srt is UNSET:
            srt = UNSET
        else:
            if not (isinstance(_srt, str) or _srt is None):
                raise TypeError(
                    f"srt: expected a string or null, got {type(_srt).__name__}"
                )
            srt = _srt

        _webvtt = src_dict.get("webvtt", UNSET)
        webvtt: None | str | Unset
        if _webvtt is UNSET:
            webvtt = UNSET
        else:
            if not (isinstance(_webvtt, str) or _webvtt is None):
                raise TypeError(
                    f"webvtt: expected a string or null, got {type(_webvtt).__name__}"
                )
            webvtt = _webvtt

        _json = src_dict.get("json", UNSET)
        json: DubbingTranscript | None | Unset
        if _json is None:
            json = None
        elif isinstance(_json, Unset):
            json = UNSET
        else:
            try:
                if not isinstance(_json, dict):
                    raise TypeError()
                json_type_0 = DubbingTranscript.from_dict(_json)

                json = json_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_json is None):
                    raise TypeError(
                        f"json: expected an object or null, got {type(_json).__name__}"
                    )
                json = _json

        dubbing_transcripts_response_model = cls(
            transcript_format=transcript_format,
            srt=srt,
            webvtt=webvtt,
            json=json,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            dubbing_transcripts_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return dubbing_transcripts_response_model

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
from ..models.dubbing_transcript import DubbingTranscript  # noqa: E402
