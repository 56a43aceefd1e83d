from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="GetProjectsResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "projects",
    }
)


@_attrs_define
class GetProjectsResponseModel:
    """
    Example:
        {'projects': [{'access_level': 'viewer', 'author': 'John Doe', 'can_be_downloaded': True, 'content_type':
            'Novel', 'cover_image_url': 'https://example.com/cover.jpg', 'create_date_unix': 1714204800,
            'created_by_user_id': 'Vbtgl3bRdj6lk79rYAgx', 'creation_meta': {'creation_progress': 0.5, 'status': 'pending',
            'type': 'blank'}, 'default_model_id': 'eleven_multilingual_v2', 'default_paragraph_voice_id':
            'JBFqnCBsd6RMkjVDRZzb', 'default_paragraph_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb', 'default_title_voice_id':
            'JBFqnCBsd6RMkjVDRZzb', 'default_title_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb', 'description': 'This is a
            description of my project.', 'fiction': 'fiction', 'genres': ['Novel', 'Short Story'], 'isbn_number':
            '978-90-274-3964-2', 'language': 'en', 'last_conversion_date_unix': 1714204800, 'mature_content': False, 'name':
            'My Project', 'original_publication_date': '2025-01-01', 'project_id': 'aw1NgEzBg83R7vgmiJt6',
            'public_share_id': 'abc123def456789', 'quality_check_on': False, 'quality_check_on_when_bulk_convert': False,
            'state': 'default', 'target_audience': 'young adult', 'title': 'My Project', 'volume_normalization': True}]}

    """

    projects: list[ProjectResponseModel]
    """ A list of projects with their metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects = []
        for projects_item_data in self.projects:
            projects_item = projects_item_data.to_dict()
            projects.append(projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projects": projects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        projects = []
        _projects = src_dict["projects"]
        if not isinstance(_projects, list):
            raise TypeError(
                f"projects: expected an array, got {type(_projects).__name__}"
            )

        for projects_item_data in _projects:
            projects_item = ProjectResponseModel.from_dict(projects_item_data)

            projects.append(projects_item)

        get_projects_response_model = cls(
            projects=projects,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            get_projects_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return get_projects_response_model

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
from ..models.project_response_model import ProjectResponseModel  # noqa: E402
