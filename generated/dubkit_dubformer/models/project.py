from __future__ import annotations

import datetime
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mixing_mode import MixingMode
from ..models.project_status import ProjectStatus
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="Project")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "source_lang",
        "target_lang",
        "cost_minutes",
        "created_date",
        "status",
        "project_id",
        "name",
        "mixing_mode",
        "estimated_completion_date",
        "completion_date",
        "error_message",
        "output_video_url",
        "output_tts_audio_url",
        "output_source_script",
        "output_target_script",
        "output_target_speakers",
    }
)


@_attrs_define
class Project:
    """A project's details; which optional fields are present depends on its status."""

    source_lang: str
    target_lang: str
    cost_minutes: float
    created_date: datetime.datetime
    status: ProjectStatus | str
    """ A project status as the server reports it; a status added later arrives as a plain string. """
    project_id: str | Unset = UNSET
    """ The project's ID (not in the page's example of this response). """
    name: None | str | Unset = UNSET
    mixing_mode: MixingMode | str | Unset = UNSET
    """ A mixing mode as the server reports it; a mode added later arrives as a plain string. """
    estimated_completion_date: datetime.datetime | None | Unset = UNSET
    """ While in_progress, when the project should be ready. """
    completion_date: datetime.datetime | None | Unset = UNSET
    """ Once ready, when it became ready. """
    error_message: None | str | Unset = UNSET
    """ On error, what went wrong. """
    output_video_url: None | str | Unset = UNSET
    """ Once ready, the dubbed video. """
    output_tts_audio_url: None | str | Unset = UNSET
    """ Once ready, the synthesized speech alone. """
    output_source_script: list[ScriptSegment] | Unset = UNSET
    output_target_script: list[ScriptSegment] | Unset = UNSET
    output_target_speakers: list[Speaker] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_lang = self.source_lang

        target_lang = self.target_lang

        cost_minutes = self.cost_minutes

        created_date = self.created_date.isoformat()

        status: str
        if isinstance(self.status, ProjectStatus):
            status = self.status.value
        else:
            status = self.status

        project_id = self.project_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        mixing_mode: str | Unset
        if isinstance(self.mixing_mode, Unset):
            mixing_mode = UNSET
        elif isinstance(self.mixing_mode, MixingMode):
            mixing_mode = self.mixing_mode.value
        else:
            mixing_mode = self.mixing_mode

        estimated_completion_date: None | str | Unset
        if isinstance(self.estimated_completion_date, Unset):
            estimated_completion_date = UNSET
        elif isinstance(self.estimated_completion_date, datetime.datetime):
            estimated_completion_date = self.estimated_completion_date.isoformat()
        else:
            estimated_completion_date = self.estimated_completion_date

        completion_date: None | str | Unset
        if isinstance(self.completion_date, Unset):
            completion_date = UNSET
        elif isinstance(self.completion_date, datetime.datetime):
            completion_date = self.completion_date.isoformat()
        else:
            completion_date = self.completion_date

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        output_video_url: None | str | Unset
        if isinstance(self.output_video_url, Unset):
            output_video_url = UNSET
        else:
            output_video_url = self.output_video_url

        output_tts_audio_url: None | str | Unset
        if isinstance(self.output_tts_audio_url, Unset):
            output_tts_audio_url = UNSET
        else:
            output_tts_audio_url = self.output_tts_audio_url

        output_source_script: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output_source_script, Unset):
            output_source_script = []
            for output_source_script_item_data in self.output_source_script:
                output_source_script_item = output_source_script_item_data.to_dict()
                output_source_script.append(output_source_script_item)

        output_target_script: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output_target_script, Unset):
            output_target_script = []
            for output_target_script_item_data in self.output_target_script:
                output_target_script_item = output_target_script_item_data.to_dict()
                output_target_script.append(output_target_script_item)

        output_target_speakers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output_target_speakers, Unset):
            output_target_speakers = []
            for output_target_speakers_item_data in self.output_target_speakers:
                output_target_speakers_item = output_target_speakers_item_data.to_dict()
                output_target_speakers.append(output_target_speakers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_lang": source_lang,
                "target_lang": target_lang,
                "cost_minutes": cost_minutes,
                "created_date": created_date,
                "status": status,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if name is not UNSET:
            field_dict["name"] = name
        if mixing_mode is not UNSET:
            field_dict["mixing_mode"] = mixing_mode
        if estimated_completion_date is not UNSET:
            field_dict["estimated_completion_date"] = estimated_completion_date
        if completion_date is not UNSET:
            field_dict["completion_date"] = completion_date
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if output_video_url is not UNSET:
            field_dict["output_video_url"] = output_video_url
        if output_tts_audio_url is not UNSET:
            field_dict["output_tts_audio_url"] = output_tts_audio_url
        if output_source_script is not UNSET:
            field_dict["output_source_script"] = output_source_script
        if output_target_script is not UNSET:
            field_dict["output_target_script"] = output_target_script
        if output_target_speakers is not UNSET:
            field_dict["output_target_speakers"] = output_target_speakers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        source_lang = src_dict["source_lang"]
        if not isinstance(source_lang, str):
            raise TypeError(
                f"Project.source_lang: expected a string, got {type(source_lang).__name__}"
            )

        target_lang = src_dict["target_lang"]
        if not isinstance(target_lang, str):
            raise TypeError(
                f"Project.target_lang: expected a string, got {type(target_lang).__name__}"
            )

        cost_minutes = src_dict["cost_minutes"]
        if not (
            isinstance(cost_minutes, float)
            and cost_minutes - cost_minutes == 0.0
            or type(cost_minutes) is int
        ):
            raise TypeError(
                f"Project.cost_minutes: expected a finite number, got {type(cost_minutes).__name__}"
            )

        created_date = parse_datetime(src_dict["created_date"])

        _status = src_dict["status"]
        status: ProjectStatus | str
        try:
            if not isinstance(_status, str):
                raise TypeError()
            componentsschemas_project_status_value_type_0 = ProjectStatus(_status)
            status = componentsschemas_project_status_value_type_0

        except (TypeError, ValueError, AttributeError, KeyError):
            if not (isinstance(_status, str)):
                raise TypeError(
                    f"status: expected one of the spec's values or a string, got {type(_status).__name__}"
                )
            status = _status

        project_id = src_dict.get("project_id", UNSET)
        if project_id is not UNSET and not isinstance(project_id, str):
            raise TypeError(
                f"Project.project_id: expected a string, got {type(project_id).__name__}"
            )

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

        _mixing_mode = src_dict.get("mixing_mode", UNSET)
        mixing_mode: MixingMode | str | Unset
        if isinstance(_mixing_mode, Unset):
            mixing_mode = UNSET
        else:
            try:
                if not isinstance(_mixing_mode, str):
                    raise TypeError()
                componentsschemas_mixing_mode_value_type_0 = MixingMode(_mixing_mode)
                mixing_mode = componentsschemas_mixing_mode_value_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (isinstance(_mixing_mode, str)):
                    raise TypeError(
                        f"mixing_mode: expected one of the spec's values or a string, got {type(_mixing_mode).__name__}"
                    )
                mixing_mode = _mixing_mode

        _estimated_completion_date = src_dict.get("estimated_completion_date", UNSET)
        estimated_completion_date: datetime.datetime | None | Unset
        if _estimated_completion_date is None:
            estimated_completion_date = None
        elif isinstance(_estimated_completion_date, Unset):
            estimated_completion_date = UNSET
        else:
            try:
                if not isinstance(_estimated_completion_date, str):
                    raise TypeError()
                estimated_completion_date_type_0 = parse_datetime(
                    _estimated_completion_date
                )

                estimated_completion_date = estimated_completion_date_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_estimated_completion_date is None):
                    raise TypeError(
                        f"estimated_completion_date: expected a datetime string or null, got {type(_estimated_completion_date).__name__}"
                    )
                estimated_completion_date = _estimated_completion_date

        _completion_date = src_dict.get("completion_date", UNSET)
        completion_date: datetime.datetime | None | Unset
        if _completion_date is None:
            completion_date = None
        elif isinstance(_completion_date, Unset):
            completion_date = UNSET
        else:
            try:
                if not isinstance(_completion_date, str):
                    raise TypeError()
                completion_date_type_0 = parse_datetime(_completion_date)

                completion_date = completion_date_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_completion_date is None):
                    raise TypeError(
                        f"completion_date: expected a datetime string or null, got {type(_completion_date).__name__}"
                    )
                completion_date = _completion_date

        _error_message = src_dict.get("error_message", UNSET)
        error_message: None | str | Unset
        if _error_message is UNSET:
            error_message = UNSET
        else:
            if not (isinstance(_error_message, str) or _error_message is None):
                raise TypeError(
                    f"error_message: expected a string or null, got {type(_error_message).__name__}"
                )
            error_message = _error_message

        _output_video_url = src_dict.get("output_video_url", UNSET)
        output_video_url: None | str | Unset
        if _output_video_url is UNSET:
            output_video_url = UNSET
        else:
            if not (isinstance(_output_video_url, str) or _output_video_url is None):
                raise TypeError(
                    f"output_video_url: expected a string or null, got {type(_output_video_url).__name__}"
                )
            output_video_url = _output_video_url

        _output_tts_audio_url = src_dict.get("output_tts_audio_url", UNSET)
        output_tts_audio_url: None | str | Unset
        if _output_tts_audio_url is UNSET:
            output_tts_audio_url = UNSET
        else:
            if not (
                isinstance(_output_tts_audio_url, str) or _output_tts_audio_url is None
            ):
                raise TypeError(
                    f"output_tts_audio_url: expected a string or null, got {type(_output_tts_audio_url).__name__}"
                )
            output_tts_audio_url = _output_tts_audio_url

        _output_source_script = src_dict.get("output_source_script", UNSET)
        output_source_script: list[ScriptSegment] | Unset = UNSET
        if _output_source_script is not UNSET:
            if not isinstance(_output_source_script, list):
                raise TypeError(
                    f"output_source_script: expected an array, got {type(_output_source_script).__name__}"
                )

            output_source_script = []
            for output_source_script_item_data in _output_source_script:
                output_source_script_item = ScriptSegment.from_dict(
                    output_source_script_item_data
                )

                output_source_script.append(output_source_script_item)

        _output_target_script = src_dict.get("output_target_script", UNSET)
        output_target_script: list[ScriptSegment] | Unset = UNSET
        if _output_target_script is not UNSET:
            if not isinstance(_output_target_script, list):
                raise TypeError(
                    f"output_target_script: expected an array, got {type(_output_target_script).__name__}"
                )

            output_target_script = []
            for output_target_script_item_data in _output_target_script:
                output_target_script_item = ScriptSegment.from_dict(
                    output_target_script_item_data
                )

                output_target_script.append(output_target_script_item)

        _output_target_speakers = src_dict.get("output_target_speakers", UNSET)
        output_target_speakers: list[Speaker] | Unset = UNSET
        if _output_target_speakers is not UNSET:
            if not isinstance(_output_target_speakers, list):
                raise TypeError(
                    f"output_target_speakers: expected an array, got {type(_output_target_speakers).__name__}"
                )

            output_target_speakers = []
            for output_target_speakers_item_data in _output_target_speakers:
                output_target_speakers_item = Speaker.from_dict(
                    output_target_speakers_item_data
                )

                output_target_speakers.append(output_target_speakers_item)

        project = cls(
            source_lang=source_lang,
            target_lang=target_lang,
            cost_minutes=cost_minutes,
            created_date=created_date,
            status=status,
            project_id=project_id,
            name=name,
            mixing_mode=mixing_mode,
            estimated_completion_date=estimated_completion_date,
            completion_date=completion_date,
            error_message=error_message,
            output_video_url=output_video_url,
            output_tts_audio_url=output_tts_audio_url,
            output_source_script=output_source_script,
            output_target_script=output_target_script,
            output_target_speakers=output_target_speakers,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project

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
from ..models.script_segment import ScriptSegment  # noqa: E402
from ..models.speaker import Speaker  # noqa: E402
