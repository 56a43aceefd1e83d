from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="BodyStreamChapterAudioV1StudioProjectsProjectIdChaptersChapterIdSnapshotsChapterSnapshotIdStreamPost",
)


@_attrs_define
class BodyStreamChapterAudioV1StudioProjectsProjectIdChaptersChapterIdSnapshotsChapterSnapshotIdStreamPost:
    convert_to_mpeg: bool | Unset = False
    """ Whether to convert the audio to mpeg format. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convert_to_mpeg = self.convert_to_mpeg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if convert_to_mpeg is not UNSET:
            field_dict["convert_to_mpeg"] = convert_to_mpeg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        convert_to_mpeg = d.pop("convert_to_mpeg", UNSET)

        body_stream_chapter_audio_v1_studio_projects_project_id_chapters_chapter_id_snapshots_chapter_snapshot_id_stream_post = cls(
            convert_to_mpeg=convert_to_mpeg,
        )

        body_stream_chapter_audio_v1_studio_projects_project_id_chapters_chapter_id_snapshots_chapter_snapshot_id_stream_post.additional_properties = d
        return body_stream_chapter_audio_v1_studio_projects_project_id_chapters_chapter_id_snapshots_chapter_snapshot_id_stream_post

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
