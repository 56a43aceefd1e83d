from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ProjectSnapshotExtendedResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "project_snapshot_id",
        "project_id",
        "created_at_unix",
        "name",
        "character_alignments",
        "audio_duration_secs",
        "audio_upload",
        "zip_upload",
    }
)


@_attrs_define
class ProjectSnapshotExtendedResponseModel:
    """
    Example:
        {'audio_duration_secs': 123.45, 'character_alignments': [], 'created_at_unix': 1714204800, 'name': 'My Project
            Snapshot', 'project_id': 'aw1NgEzBg83R7vgmiJt6', 'project_snapshot_id': 'aw1NgEzBg83R7vgmiJt6'}

    """

    project_snapshot_id: str
    """ The ID of the project snapshot. """
    project_id: str
    """ The ID of the project. """
    created_at_unix: int
    """ The creation date of the project snapshot. """
    name: str
    """ The name of the project snapshot. """
    character_alignments: list[CharacterAlignmentModel]
    audio_duration_secs: float
    """ The total duration of the audio in seconds. """
    audio_upload: (
        None | ProjectSnapshotExtendedResponseModelAudioUploadType0 | Unset
    ) = UNSET
    """ (Deprecated) """
    zip_upload: None | ProjectSnapshotExtendedResponseModelZipUploadType0 | Unset = (
        UNSET
    )
    """ (Deprecated) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_snapshot_id = self.project_snapshot_id

        project_id = self.project_id

        created_at_unix = self.created_at_unix

        name = self.name

        character_alignments = []
        for character_alignments_item_data in self.character_alignments:
            character_alignments_item = character_alignments_item_data.to_dict()
            character_alignments.append(character_alignments_item)

        audio_duration_secs = self.audio_duration_secs

        audio_upload: dict[str, Any] | None | Unset
        if isinstance(self.audio_upload, Unset):
            audio_upload = UNSET
        elif isinstance(
            self.audio_upload, ProjectSnapshotExtendedResponseModelAudioUploadType0
        ):
            audio_upload = self.audio_upload.to_dict()
        else:
            audio_upload = self.audio_upload

        zip_upload: dict[str, Any] | None | Unset
        if isinstance(self.zip_upload, Unset):
            zip_upload = UNSET
        elif isinstance(
            self.zip_upload, ProjectSnapshotExtendedResponseModelZipUploadType0
        ):
            zip_upload = self.zip_upload.to_dict()
        else:
            zip_upload = self.zip_upload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_snapshot_id": project_snapshot_id,
                "project_id": project_id,
                "created_at_unix": created_at_unix,
                "name": name,
                "character_alignments": character_alignments,
                "audio_duration_secs": audio_duration_secs,
            }
        )
        if audio_upload is not UNSET:
            field_dict["audio_upload"] = audio_upload
        if zip_upload is not UNSET:
            field_dict["zip_upload"] = zip_upload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_snapshot_id = src_dict["project_snapshot_id"]
        if not isinstance(project_snapshot_id, str):
            raise TypeError(
                f"ProjectSnapshotExtendedResponseModel.project_snapshot_id: expected a string, got {type(project_snapshot_id).__name__}"
            )

        project_id = src_dict["project_id"]
        if not isinstance(project_id, str):
            raise TypeError(
                f"ProjectSnapshotExtendedResponseModel.project_id: expected a string, got {type(project_id).__name__}"
            )

        created_at_unix = src_dict["created_at_unix"]
        if not is_json_integer(created_at_unix):
            raise TypeError(
                f"ProjectSnapshotExtendedResponseModel.created_at_unix: expected an integer, got {type(created_at_unix).__name__}"
            )

        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(
                f"ProjectSnapshotExtendedResponseModel.name: expected a string, got {type(name).__name__}"
            )

        character_alignments = []
        _character_alignments = src_dict["character_alignments"]
        if not isinstance(_character_alignments, list):
            raise TypeError(
                f"character_alignments: expected an array, got {type(_character_alignments).__name__}"
            )

        for character_alignments_item_data in _character_alignments:
            character_alignments_item = CharacterAlignmentModel.from_dict(
                character_alignments_item_data
            )

            character_alignments.append(character_alignments_item)

        audio_duration_secs = src_dict["audio_duration_secs"]
        if not (
            isinstance(audio_duration_secs, float)
            and audio_duration_secs - audio_duration_secs == 0.0
            or type(audio_duration_secs) is int
        ):
            raise TypeError(
                f"ProjectSnapshotExtendedResponseModel.audio_duration_secs: expected a finite number, got {type(audio_duration_secs).__name__}"
            )

        _audio_upload = src_dict.get("audio_upload", UNSET)
        audio_upload: (
            None | ProjectSnapshotExtendedResponseModelAudioUploadType0 | Unset
        )
        if _audio_upload is None:
            audio_upload = None
        elif isinstance(_audio_upload, Unset):
            audio_upload = UNSET
        else:
            try:
                if not isinstance(_audio_upload, dict):
                    raise TypeError()
                audio_upload_type_0 = (
                    ProjectSnapshotExtendedResponseModelAudioUploadType0.from_dict(
                        _audio_upload
                    )
                )

                audio_upload = audio_upload_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_audio_upload is None):
                    raise TypeError(
                        f"audio_upload: expected an object or null, got {type(_audio_upload).__name__}"
                    )
                audio_upload = _audio_upload

        _zip_upload = src_dict.get("zip_upload", UNSET)
        zip_upload: None | ProjectSnapshotExtendedResponseModelZipUploadType0 | Unset
        if _zip_upload is None:
            zip_upload = None
        elif isinstance(_zip_upload, Unset):
            zip_upload = UNSET
        else:
            try:
                if not isinstance(_zip_upload, dict):
                    raise TypeError()
                zip_upload_type_0 = (
                    ProjectSnapshotExtendedResponseModelZipUploadType0.from_dict(
                        _zip_upload
                    )
                )

                zip_upload = zip_upload_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_zip_upload is None):
                    raise TypeError(
                        f"zip_upload: expected an object or null, got {type(_zip_upload).__name__}"
                    )
                zip_upload = _zip_upload

        project_snapshot_extended_response_model = cls(
            project_snapshot_id=project_snapshot_id,
            project_id=project_id,
            created_at_unix=created_at_unix,
            name=name,
            character_alignments=character_alignments,
            audio_duration_secs=audio_duration_secs,
            audio_upload=audio_upload,
            zip_upload=zip_upload,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_snapshot_extended_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_snapshot_extended_response_model

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
from ..models.character_alignment_model import CharacterAlignmentModel  # noqa: E402
from ..models.project_snapshot_extended_response_model_audio_upload_type_0 import (
    ProjectSnapshotExtendedResponseModelAudioUploadType0,  # noqa: E402
)
from ..models.project_snapshot_extended_response_model_zip_upload_type_0 import (
    ProjectSnapshotExtendedResponseModelZipUploadType0,  # noqa: E402
)
