from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="VideoSegment")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "start_ms",
        "end_ms",
        "description",
        "subjects",
        "shot_type",
        "camera_movement",
        "transition_in",
        "has_speech",
        "has_music",
        "pacing",
    }
)


@_attrs_define
class VideoSegment:
    start_ms: int
    end_ms: int
    description: str
    subjects: list[str] | Unset = UNSET
    shot_type: None | str | Unset = UNSET
    camera_movement: None | str | Unset = UNSET
    transition_in: None | str | Unset = UNSET
    has_speech: bool | Unset = False
    has_music: bool | Unset = False
    pacing: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_ms = self.start_ms

        end_ms = self.end_ms

        description = self.description

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        shot_type: None | str | Unset
        if isinstance(self.shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = self.shot_type

        camera_movement: None | str | Unset
        if isinstance(self.camera_movement, Unset):
            camera_movement = UNSET
        else:
            camera_movement = self.camera_movement

        transition_in: None | str | Unset
        if isinstance(self.transition_in, Unset):
            transition_in = UNSET
        else:
            transition_in = self.transition_in

        has_speech = self.has_speech

        has_music = self.has_music

        pacing: None | str | Unset
        if isinstance(self.pacing, Unset):
            pacing = UNSET
        else:
            pacing = self.pacing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_ms": start_ms,
                "end_ms": end_ms,
                "description": description,
            }
        )
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if camera_movement is not UNSET:
            field_dict["camera_movement"] = camera_movement
        if transition_in is not UNSET:
            field_dict["transition_in"] = transition_in
        if has_speech is not UNSET:
            field_dict["has_speech"] = has_speech
        if has_music is not UNSET:
            field_dict["has_music"] = has_music
        if pacing is not UNSET:
            field_dict["pacing"] = pacing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start_ms = src_dict["start_ms"]
        if not is_json_integer(start_ms):
            raise TypeError(
                f"VideoSegment.start_ms: expected an integer, got {type(start_ms).__name__}"
            )

        end_ms = src_dict["end_ms"]
        if not is_json_integer(end_ms):
            raise TypeError(
                f"VideoSegment.end_ms: expected an integer, got {type(end_ms).__name__}"
            )

        description = src_dict["description"]
        if not isinstance(description, str):
            raise TypeError(
                f"VideoSegment.description: expected a string, got {type(description).__name__}"
            )

        _subjects = src_dict.get("subjects", UNSET)
        if _subjects is not UNSET:
            if not isinstance(_subjects, list):
                raise TypeError(
                    f"subjects: expected an array, got {type(_subjects).__name__}"
                )

            for _item in _subjects:
                if not isinstance(_item, str):
                    raise TypeError(f"subjects: every item must be a string")
        subjects = cast(list[str], _subjects)

        _shot_type = src_dict.get("shot_type", UNSET)
        shot_type: None | str | Unset
        if _shot_type is UNSET:
            shot_type = UNSET
        else:
            if not (isinstance(_shot_type, str) or _shot_type is None):
                raise TypeError(
                    f"shot_type: expected a string or null, got {type(_shot_type).__name__}"
                )
            shot_type = _shot_type

        _camera_movement = src_dict.get("camera_movement", UNSET)
        camera_movement: None | str | Unset
        if _camera_movement is UNSET:
            camera_movement = UNSET
        else:
            if not (isinstance(_camera_movement, str) or _camera_movement is None):
                raise TypeError(
                    f"camera_movement: expected a string or null, got {type(_camera_movement).__name__}"
                )
            camera_movement = _camera_movement

        _transition_in = src_dict.get("transition_in", UNSET)
        transition_in: None | str | Unset
        if _transition_in is UNSET:
            transition_in = UNSET
        else:
            if not (isinstance(_transition_in, str) or _transition_in is None):
                raise TypeError(
                    f"transition_in: expected a string or null, got {type(_transition_in).__name__}"
                )
            transition_in = _transition_in

        has_speech = src_dict.get("has_speech", UNSET)
        if has_speech is not UNSET and not isinstance(has_speech, bool):
            raise TypeError(
                f"VideoSegment.has_speech: expected true or false, got {type(has_speech).__name__}"
            )

        has_music = src_dict.get("has_music", UNSET)
        if has_music is not UNSET and not isinstance(has_music, bool):
            raise TypeError(
                f"VideoSegment.has_music: expected true or false, got {type(has_music).__name__}"
            )

        _pacing = src_dict.get("pacing", UNSET)
        pacing: None | str | Unset
        if _pacing is UNSET:
            pacing = UNSET
        else:
            if not (isinstance(_pacing, str) or _pacing is None):
                raise TypeError(
                    f"pacing: expected a string or null, got {type(_pacing).__name__}"
                )
            pacing = _pacing

        video_segment = cls(
            start_ms=start_ms,
            end_ms=end_ms,
            description=description,
            subjects=subjects,
            shot_type=shot_type,
            camera_movement=camera_movement,
            transition_in=transition_in,
            has_speech=has_speech,
            has_music=has_music,
            pacing=pacing,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            video_segment.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return video_segment

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
