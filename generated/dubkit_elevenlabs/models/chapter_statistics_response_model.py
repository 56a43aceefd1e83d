from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ChapterStatisticsResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "characters_unconverted",
        "characters_converted",
        "paragraphs_converted",
        "paragraphs_unconverted",
        "credits_needed_to_convert",
        "voice_statistics",
    }
)


@_attrs_define
class ChapterStatisticsResponseModel:
    """
    Example:
        {'characters_converted': 500, 'characters_unconverted': 1000, 'credits_needed_to_convert': 1000,
            'paragraphs_converted': 20, 'paragraphs_unconverted': 10, 'voice_statistics': [{'characters_converted': 300,
            'characters_unconverted': 600, 'project_voice_ref_id': 'voice123', 'voice_id': 'voice123'},
            {'characters_converted': 200, 'characters_unconverted': 400, 'project_voice_ref_id': 'voice456', 'voice_id':
            'voice456'}]}

    """

    characters_unconverted: int
    """ The number of unconverted characters. """
    characters_converted: int
    """ The number of converted characters. """
    paragraphs_converted: int
    """ The number of converted paragraphs. """
    paragraphs_unconverted: int
    """ The number of unconverted paragraphs. """
    credits_needed_to_convert: int | None | Unset = UNSET
    """ The number of credits needed to convert the remaining paragraphs. """
    voice_statistics: list[VoiceStatisticsResponseModel] | None | Unset = UNSET
    """ Per-voice breakdown of character counts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        characters_unconverted = self.characters_unconverted

        characters_converted = self.characters_converted

        paragraphs_converted = self.paragraphs_converted

        paragraphs_unconverted = self.paragraphs_unconverted

        credits_needed_to_convert: int | None | Unset
        if isinstance(self.credits_needed_to_convert, Unset):
            credits_needed_to_convert = UNSET
        else:
            credits_needed_to_convert = self.credits_needed_to_convert

        voice_statistics: list[dict[str, Any]] | None | Unset
        if isinstance(self.voice_statistics, Unset):
            voice_statistics = UNSET
        elif isinstance(self.voice_statistics, list):
            voice_statistics = []
            for voice_statistics_type_0_item_data in self.voice_statistics:
                voice_statistics_type_0_item = (
                    voice_statistics_type_0_item_data.to_dict()
                )
                voice_statistics.append(voice_statistics_type_0_item)

        else:
            voice_statistics = self.voice_statistics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "characters_unconverted": characters_unconverted,
                "characters_converted": characters_converted,
                "paragraphs_converted": paragraphs_converted,
                "paragraphs_unconverted": paragraphs_unconverted,
            }
        )
        if credits_needed_to_convert is not UNSET:
            field_dict["credits_needed_to_convert"] = credits_needed_to_convert
        if voice_statistics is not UNSET:
            field_dict["voice_statistics"] = voice_statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        characters_unconverted = src_dict["characters_unconverted"]
        if not is_json_integer(characters_unconverted):
            raise TypeError(
                f"ChapterStatisticsResponseModel.characters_unconverted: expected an integer, got {type(characters_unconverted).__name__}"
            )

        characters_converted = src_dict["characters_converted"]
        if not is_json_integer(characters_converted):
            raise TypeError(
                f"ChapterStatisticsResponseModel.characters_converted: expected an integer, got {type(characters_converted).__name__}"
            )

        paragraphs_converted = src_dict["paragraphs_converted"]
        if not is_json_integer(paragraphs_converted):
            raise TypeError(
                f"ChapterStatisticsResponseModel.paragraphs_converted: expected an integer, got {type(paragraphs_converted).__name__}"
            )

        paragraphs_unconverted = src_dict["paragraphs_unconverted"]
        if not is_json_integer(paragraphs_unconverted):
            raise TypeError(
                f"ChapterStatisticsResponseModel.paragraphs_unconverted: expected an integer, got {type(paragraphs_unconverted).__name__}"
            )

        _credits_needed_to_convert = src_dict.get("credits_needed_to_convert", UNSET)
        credits_needed_to_convert: int | None | Unset
        if _credits_needed_to_convert is UNSET:
            credits_needed_to_convert = UNSET
        else:
            if not (
                is_json_integer(_credits_needed_to_convert)
                or _credits_needed_to_convert is None
            ):
                raise TypeError(
                    f"credits_needed_to_convert: expected an integer or null, got {type(_credits_needed_to_convert).__name__}"
                )
            credits_needed_to_convert = _credits_needed_to_convert

        _voice_statistics = src_dict.get("voice_statistics", UNSET)
        voice_statistics: list[VoiceStatisticsResponseModel] | None | Unset
        if _voice_statistics is None:
            voice_statistics = None
        elif isinstance(_voice_statistics, Unset):
            voice_statistics = UNSET
        else:
            try:
                if not isinstance(_voice_statistics, list):
                    raise TypeError()
                voice_statistics_type_0 = []
                _voice_statistics_type_0 = _voice_statistics
                if not isinstance(_voice_statistics_type_0, list):
                    raise TypeError(
                        f"voice_statistics_type_0: expected an array, got {type(_voice_statistics_type_0).__name__}"
                    )

                for voice_statistics_type_0_item_data in _voice_statistics_type_0:
                    voice_statistics_type_0_item = (
                        VoiceStatisticsResponseModel.from_dict(
                            voice_statistics_type_0_item_data
                        )
                    )

                    voice_statistics_type_0.append(voice_statistics_type_0_item)

                voice_statistics = voice_statistics_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_voice_statistics is None):
                    raise TypeError(
                        f"voice_statistics: expected an array or null, got {type(_voice_statistics).__name__}"
                    )
                voice_statistics = _voice_statistics

        chapter_statistics_response_model = cls(
            characters_unconverted=characters_unconverted,
            characters_converted=characters_converted,
            paragraphs_converted=paragraphs_converted,
            paragraphs_unconverted=paragraphs_unconverted,
            credits_needed_to_convert=credits_needed_to_convert,
            voice_statistics=voice_statistics,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            chapter_statistics_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return chapter_statistics_response_model

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
from ..models.voice_statistics_response_model import VoiceStatisticsResponseModel  # noqa: E402
