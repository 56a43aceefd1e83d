from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_response_model_access_level import ProjectResponseModelAccessLevel
from ..models.project_response_model_aspect_ratio_type_0 import (
    ProjectResponseModelAspectRatioType0,
)
from ..models.project_response_model_fiction_type_0 import (
    ProjectResponseModelFictionType0,
)
from ..models.project_response_model_source_type_type_0 import (
    ProjectResponseModelSourceTypeType0,
)
from ..models.project_response_model_state import ProjectResponseModelState
from ..models.project_response_model_target_audience_type_0 import (
    ProjectResponseModelTargetAudienceType0,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="ProjectResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "project_id",
        "name",
        "create_date_unix",
        "created_by_user_id",
        "default_title_voice_ref_id",
        "default_paragraph_voice_ref_id",
        "default_model_id",
        "can_be_downloaded",
        "volume_normalization",
        "state",
        "access_level",
        "quality_check_on",
        "quality_check_on_when_bulk_convert",
        "default_title_voice_id",
        "default_paragraph_voice_id",
        "last_conversion_date_unix",
        "title",
        "author",
        "description",
        "genres",
        "cover_image_url",
        "target_audience",
        "language",
        "content_type",
        "original_publication_date",
        "mature_content",
        "isbn_number",
        "fiction",
        "creation_meta",
        "source_type",
        "chapters_enabled",
        "captions_enabled",
        "caption_style",
        "caption_style_template_overrides",
        "public_share_id",
        "aspect_ratio",
        "agent_settings",
    }
)


@_attrs_define
class ProjectResponseModel:
    """
    Example:
        {'access_level': 'viewer', 'author': 'John Doe', 'can_be_downloaded': True, 'content_type': 'Novel',
            'cover_image_url': 'https://example.com/cover.jpg', 'create_date_unix': 1714204800, 'created_by_user_id':
            'Vbtgl3bRdj6lk79rYAgx', 'creation_meta': {'creation_progress': 0.5, 'status': 'pending', 'type': 'blank'},
            'default_model_id': 'eleven_multilingual_v2', 'default_paragraph_voice_id': 'JBFqnCBsd6RMkjVDRZzb',
            'default_paragraph_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb', 'default_title_voice_id': 'JBFqnCBsd6RMkjVDRZzb',
            'default_title_voice_ref_id': 'JBFqnCBsd6RMkjVDRZzb', 'description': 'This is a description of my project.',
            'fiction': 'fiction', 'genres': ['Novel', 'Short Story'], 'isbn_number': '978-90-274-3964-2', 'language': 'en',
            'last_conversion_date_unix': 1714204800, 'mature_content': False, 'name': 'My Project',
            'original_publication_date': '2025-01-01', 'project_id': 'aw1NgEzBg83R7vgmiJt6', 'public_share_id':
            'abc123def456789', 'quality_check_on': False, 'quality_check_on_when_bulk_convert': False, 'state': 'default',
            'target_audience': 'young adult', 'title': 'My Project', 'volume_normalization': True}

    """

    project_id: str
    """ The ID of the project. """
    name: str
    """ The name of the project. """
    create_date_unix: int
    """ The creation date of the project. """
    created_by_user_id: None | str
    """ The user ID who created the project. """
    default_title_voice_ref_id: str
    """ The default title project voice reference ID. """
    default_paragraph_voice_ref_id: str
    """ The default paragraph project voice reference ID. """
    default_model_id: str
    """ The default model ID. """
    can_be_downloaded: bool
    """ Whether the project can be downloaded. """
    volume_normalization: bool
    """ Whether the project uses volume normalization. """
    state: ProjectResponseModelState
    """ The state of the project. """
    access_level: ProjectResponseModelAccessLevel
    """ The access level of the project. """
    quality_check_on: bool
    """ Whether quality check is enabled for this project. """
    quality_check_on_when_bulk_convert: bool
    """ Whether quality check is enabled on the project when bulk converting. """
    default_title_voice_id: str
    """ The default title voice ID. """
    default_paragraph_voice_id: str
    """ The default paragraph voice ID. """
    last_conversion_date_unix: int | None | Unset = UNSET
    """ The last conversion date of the project. """
    title: None | str | Unset = UNSET
    """ The title of the project. """
    author: None | str | Unset = UNSET
    """ The author of the project. """
    description: None | str | Unset = UNSET
    """ The description of the project. """
    genres: list[str] | None | Unset = UNSET
    """ List of genres of the project. """
    cover_image_url: None | str | Unset = UNSET
    """ The cover image URL of the project. """
    target_audience: None | ProjectResponseModelTargetAudienceType0 | Unset = UNSET
    """ The target audience of the project. """
    language: None | str | Unset = UNSET
    """ Two-letter language code (ISO 639-1) of the language of the project. """
    content_type: None | str | Unset = UNSET
    """ The content type of the project, e.g. 'Novel' or 'Short Story' """
    original_publication_date: None | str | Unset = UNSET
    """ The original publication date of the project. """
    mature_content: bool | None | Unset = UNSET
    """ Whether the project contains mature content. """
    isbn_number: None | str | Unset = UNSET
    """ The ISBN number of the project. """
    fiction: None | ProjectResponseModelFictionType0 | Unset = UNSET
    """ Whether the project is fiction. """
    creation_meta: None | ProjectCreationMetaResponseModel | Unset = UNSET
    """ The creation meta of the project. """
    source_type: None | ProjectResponseModelSourceTypeType0 | Unset = UNSET
    """ The source type of the project. """
    chapters_enabled: bool | None | Unset = True
    """ Whether chapters are enabled for the project. """
    captions_enabled: bool | None | Unset = True
    """ Whether captions are enabled for the project. """
    caption_style: CaptionStyleModel | None | Unset = UNSET
    """ Global styling to be applied to all captions """
    caption_style_template_overrides: (
        None | ProjectResponseModelCaptionStyleTemplateOverridesType0 | Unset
    ) = UNSET
    """ Styling changes that have been made to the provided templates """
    public_share_id: None | str | Unset = UNSET
    """ The public share ID of the project. """
    aspect_ratio: None | ProjectResponseModelAspectRatioType0 | Unset = UNSET
    """ The aspect ratio of the project. """
    agent_settings: None | StudioAgentSettingsModel | Unset = UNSET
    """ Agent-related settings for the project """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        create_date_unix = self.create_date_unix

        created_by_user_id: None | str
        created_by_user_id = self.created_by_user_id

        default_title_voice_ref_id = self.default_title_voice_ref_id

        default_paragraph_voice_ref_id = self.default_paragraph_voice_ref_id

        default_model_id = self.default_model_id

        can_be_downloaded = self.can_be_downloaded

        volume_normalization = self.volume_normalization

        state = self.state.value

        access_level = self.access_level.value

        quality_check_on = self.quality_check_on

        quality_check_on_when_bulk_convert = self.quality_check_on_when_bulk_convert

        default_title_voice_id = self.default_title_voice_id

        default_paragraph_voice_id = self.default_paragraph_voice_id

        last_conversion_date_unix: int | None | Unset
        if isinstance(self.last_conversion_date_unix, Unset):
            last_conversion_date_unix = UNSET
        else:
            last_conversion_date_unix = self.last_conversion_date_unix

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        genres: list[str] | None | Unset
        if isinstance(self.genres, Unset):
            genres = UNSET
        elif isinstance(self.genres, list):
            genres = self.genres

        else:
            genres = self.genres

        cover_image_url: None | str | Unset
        if isinstance(self.cover_image_url, Unset):
            cover_image_url = UNSET
        else:
            cover_image_url = self.cover_image_url

        target_audience: None | str | Unset
        if isinstance(self.target_audience, Unset):
            target_audience = UNSET
        elif isinstance(self.target_audience, ProjectResponseModelTargetAudienceType0):
            target_audience = self.target_audience.value
        else:
            target_audience = self.target_audience

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        original_publication_date: None | str | Unset
        if isinstance(self.original_publication_date, Unset):
            original_publication_date = UNSET
        else:
            original_publication_date = self.original_publication_date

        mature_content: bool | None | Unset
        if isinstance(self.mature_content, Unset):
            mature_content = UNSET
        else:
            mature_content = self.mature_content

        isbn_number: None | str | Unset
        if isinstance(self.isbn_number, Unset):
            isbn_number = UNSET
        else:
            isbn_number = self.isbn_number

        fiction: None | str | Unset
        if isinstance(self.fiction, Unset):
            fiction = UNSET
        elif isinstance(self.fiction, ProjectResponseModelFictionType0):
            fiction = self.fiction.value
        else:
            fiction = self.fiction

        creation_meta: dict[str, Any] | None | Unset
        if isinstance(self.creation_meta, Unset):
            creation_meta = UNSET
        elif isinstance(self.creation_meta, ProjectCreationMetaResponseModel):
            creation_meta = self.creation_meta.to_dict()
        else:
            creation_meta = self.creation_meta

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, ProjectResponseModelSourceTypeType0):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        chapters_enabled: bool | None | Unset
        if isinstance(self.chapters_enabled, Unset):
            chapters_enabled = UNSET
        else:
            chapters_enabled = self.chapters_enabled

        captions_enabled: bool | None | Unset
        if isinstance(self.captions_enabled, Unset):
            captions_enabled = UNSET
        else:
            captions_enabled = self.captions_enabled

        caption_style: dict[str, Any] | None | Unset
        if isinstance(self.caption_style, Unset):
            caption_style = UNSET
        elif isinstance(self.caption_style, CaptionStyleModel):
            caption_style = self.caption_style.to_dict()
        else:
            caption_style = self.caption_style

        caption_style_template_overrides: dict[str, Any] | None | Unset
        if isinstance(self.caption_style_template_overrides, Unset):
            caption_style_template_overrides = UNSET
        elif isinstance(
            self.caption_style_template_overrides,
            ProjectResponseModelCaptionStyleTemplateOverridesType0,
        ):
            caption_style_template_overrides = (
                self.caption_style_template_overrides.to_dict()
            )
        else:
            caption_style_template_overrides = self.caption_style_template_overrides

        public_share_id: None | str | Unset
        if isinstance(self.public_share_id, Unset):
            public_share_id = UNSET
        else:
            public_share_id = self.public_share_id

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, ProjectResponseModelAspectRatioType0):
            aspect_ratio = self.aspect_ratio.value
        else:
            aspect_ratio = self.aspect_ratio

        agent_settings: dict[str, Any] | None | Unset
        if isinstance(self.agent_settings, Unset):
            agent_settings = UNSET
        elif isinstance(self.agent_settings, StudioAgentSettingsModel):
            agent_settings = self.agent_settings.to_dict()
        else:
            agent_settings = self.agent_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
                "create_date_unix": create_date_unix,
                "created_by_user_id": created_by_user_id,
                "default_title_voice_ref_id": default_title_voice_ref_id,
                "default_paragraph_voice_ref_id": default_paragraph_voice_ref_id,
                "default_model_id": default_model_id,
                "can_be_downloaded": can_be_downloaded,
                "volume_normalization": volume_normalization,
                "state": state,
                "access_level": access_level,
                "quality_check_on": quality_check_on,
                "quality_check_on_when_bulk_convert": quality_check_on_when_bulk_convert,
                "default_title_voice_id": default_title_voice_id,
                "default_paragraph_voice_id": default_paragraph_voice_id,
            }
        )
        if last_conversion_date_unix is not UNSET:
            field_dict["last_conversion_date_unix"] = last_conversion_date_unix
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if genres is not UNSET:
            field_dict["genres"] = genres
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience
        if language is not UNSET:
            field_dict["language"] = language
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if original_publication_date is not UNSET:
            field_dict["original_publication_date"] = original_publication_date
        if mature_content is not UNSET:
            field_dict["mature_content"] = mature_content
        if isbn_number is not UNSET:
            field_dict["isbn_number"] = isbn_number
        if fiction is not UNSET:
            field_dict["fiction"] = fiction
        if creation_meta is not UNSET:
            field_dict["creation_meta"] = creation_meta
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if chapters_enabled is not UNSET:
            field_dict["chapters_enabled"] = chapters_enabled
        if captions_enabled is not UNSET:
            field_dict["captions_enabled"] = captions_enabled
        if caption_style is not UNSET:
            field_dict["caption_style"] = caption_style
        if caption_style_template_overrides is not UNSET:
            field_dict["caption_style_template_overrides"] = (
                caption_style_template_overrides
            )
        if public_share_id is not UNSET:
            field_dict["public_share_id"] = public_share_id
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if agent_settings is not UNSET:
            field_dict["agent_settings"] = agent_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_id = src_dict["project_id"]
        if not isinstance(project_id, str):
            raise TypeError(
                f"ProjectResponseModel.project_id: expected a string, got {type(project_id).__name__}"
            )

        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(
                f"ProjectResponseModel.name: expected a string, got {type(name).__name__}"
            )

        create_date_unix = src_dict["create_date_unix"]
        if not is_json_integer(create_date_unix):
            raise TypeError(
                f"ProjectResponseModel.create_date_unix: expected an integer, got {type(create_date_unix).__name__}"
            )

        _created_by_user_id = src_dict["created_by_user_id"]
        created_by_user_id: None | str
        if not (isinstance(_created_by_user_id, str) or _created_by_user_id is None):
            raise TypeError(
                f"created_by_user_id: expected a string or null, got {type(_created_by_user_id).__name__}"
            )
        created_by_user_id = _created_by_user_id

        default_title_voice_ref_id = src_dict["default_title_voice_ref_id"]
        if not isinstance(default_title_voice_ref_id, str):
            raise TypeError(
                f"ProjectResponseModel.default_title_voice_ref_id: expected a string, got {type(default_title_voice_ref_id).__name__}"
            )

        default_paragraph_voice_ref_id = src_dict["default_paragraph_voice_ref_id"]
        if not isinstance(default_paragraph_voice_ref_id, str):
            raise TypeError(
                f"ProjectResponseModel.default_paragraph_voice_ref_id: expected a string, got {type(default_paragraph_voice_ref_id).__name__}"
            )

        default_model_id = src_dict["default_model_id"]
        if not isinstance(default_model_id, str):
            raise TypeError(
                f"ProjectResponseModel.default_model_id: expected a string, got {type(default_model_id).__name__}"
            )

        can_be_downloaded = src_dict["can_be_downloaded"]
        if not isinstance(can_be_downloaded, bool):
            raise TypeError(
                f"ProjectResponseModel.can_be_downloaded: expected true or false, got {type(can_be_downloaded).__name__}"
            )

        volume_normalization = src_dict["volume_normalization"]
        if not isinstance(volume_normalization, bool):
            raise TypeError(
                f"ProjectResponseModel.volume_normalization: expected true or false, got {type(volume_normalization).__name__}"
            )

        state = ProjectResponseModelState._parse(src_dict["state"])

        access_level = ProjectResponseModelAccessLevel._parse(src_dict["access_level"])

        quality_check_on = src_dict["quality_check_on"]
        if not isinstance(quality_check_on, bool):
            raise TypeError(
                f"ProjectResponseModel.quality_check_on: expected true or false, got {type(quality_check_on).__name__}"
            )

        quality_check_on_when_bulk_convert = src_dict[
            "quality_check_on_when_bulk_convert"
        ]
        if not isinstance(quality_check_on_when_bulk_convert, bool):
            raise TypeError(
                f"ProjectResponseModel.quality_check_on_when_bulk_convert: expected true or false, got {type(quality_check_on_when_bulk_convert).__name__}"
            )

        default_title_voice_id = src_dict["default_title_voice_id"]
        if not isinstance(default_title_voice_id, str):
            raise TypeError(
                f"ProjectResponseModel.default_title_voice_id: expected a string, got {type(default_title_voice_id).__name__}"
            )

        default_paragraph_voice_id = src_dict["default_paragraph_voice_id"]
        if not isinstance(default_paragraph_voice_id, str):
            raise TypeError(
                f"ProjectResponseModel.default_paragraph_voice_id: expected a string, got {type(default_paragraph_voice_id).__name__}"
            )

        _last_conversion_date_unix = src_dict.get("last_conversion_date_unix", UNSET)
        last_conversion_date_unix: int | None | Unset
        if _last_conversion_date_unix is UNSET:
            last_conversion_date_unix = UNSET
        else:
            if not (
                is_json_integer(_last_conversion_date_unix)
                or _last_conversion_date_unix is None
            ):
                raise TypeError(
                    f"last_conversion_date_unix: expected an integer or null, got {type(_last_conversion_date_unix).__name__}"
                )
            last_conversion_date_unix = _last_conversion_date_unix

        _title = src_dict.get("title", UNSET)
        title: None | str | Unset
        if _title is UNSET:
            title = UNSET
        else:
            if not (isinstance(_title, str) or _title is None):
                raise TypeError(
                    f"title: expected a string or null, got {type(_title).__name__}"
                )
            title = _title

        _author = src_dict.get("author", UNSET)
        author: None | str | Unset
        if _author is UNSET:
            author = UNSET
        else:
            if not (isinstance(_author, str) or _author is None):
                raise TypeError(
                    f"author: expected a string or null, got {type(_author).__name__}"
                )
            author = _author

        _description = src_dict.get("description", UNSET)
        description: None | str | Unset
        if _description is UNSET:
            description = UNSET
        else:
            if not (isinstance(_description, str) or _description is None):
                raise TypeError(
                    f"description: expected a string or null, got {type(_description).__name__}"
                )
            description = _description

        _genres = src_dict.get("genres", UNSET)
        genres: list[str] | None | Unset
        if _genres is None:
            genres = None
        elif isinstance(_genres, Unset):
            genres = UNSET
        else:
            try:
                if not isinstance(_genres, list):
                    raise TypeError()
                _genres_type_0 = _genres
                if not isinstance(_genres_type_0, list):
                    raise TypeError(
                        f"genres_type_0: expected an array, got {type(_genres_type_0).__name__}"
                    )

                for _item in _genres_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(f"genres_type_0: every item must be a string")
                genres_type_0 = cast(list[str], _genres_type_0)

                genres = genres_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_genres is None):
                    raise TypeError(
                        f"genres: expected an array or null, got {type(_genres).__name__}"
                    )
                genres = _genres

        _cover_image_url = src_dict.get("cover_image_url", UNSET)
        cover_image_url: None | str | Unset
        if _cover_image_url is UNSET:
            cover_image_url = UNSET
        else:
            if not (isinstance(_cover_image_url, str) or _cover_image_url is None):
                raise TypeError(
                    f"cover_image_url: expected a string or null, got {type(_cover_image_url).__name__}"
                )
            cover_image_url = _cover_image_url

        _target_audience = src_dict.get("target_audience", UNSET)
        target_audience: None | ProjectResponseModelTargetAudienceType0 | Unset
        if _target_audience is None:
            target_audience = None
        elif isinstance(_target_audience, Unset):
            target_audience = UNSET
        else:
            try:
                if not isinstance(_target_audience, str):
                    raise TypeError()
                target_audience_type_0 = ProjectResponseModelTargetAudienceType0._parse(
                    _target_audience
                )

                target_audience = target_audience_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_target_audience is None):
                    raise TypeError(
                        f"target_audience: expected one of the spec's values or null, got {type(_target_audience).__name__}"
                    )
                target_audience = _target_audience

        _language = src_dict.get("language", UNSET)
        language: None | str | Unset
        if _language is UNSET:
            language = UNSET
        else:
            if not (isinstance(_language, str) or _language is None):
                raise TypeError(
                    f"language: expected a string or null, got {type(_language).__name__}"
                )
            language = _language

        _content_type = src_dict.get("content_type", UNSET)
        content_type: None | str | Unset
        if _content_type is UNSET:
            content_type = UNSET
        else:
            if not (isinstance(_content_type, str) or _content_type is None):
                raise TypeError(
                    f"content_type: expected a string or null, got {type(_content_type).__name__}"
                )
            content_type = _content_type

        _original_publication_date = src_dict.get("original_publication_date", UNSET)
        original_publication_date: None | str | Unset
        if _original_publication_date is UNSET:
            original_publication_date = UNSET
        else:
            if not (
                isinstance(_original_publication_date, str)
                or _original_publication_date is None
            ):
                raise TypeError(
                    f"original_publication_date: expected a string or null, got {type(_original_publication_date).__name__}"
                )
            original_publication_date = _original_publication_date

        _mature_content = src_dict.get("mature_content", UNSET)
        mature_content: bool | None | Unset
        if _mature_content is UNSET:
            mature_content = UNSET
        else:
            if not (isinstance(_mature_content, bool) or _mature_content is None):
                raise TypeError(
                    f"mature_content: expected true or false or null, got {type(_mature_content).__name__}"
                )
            mature_content = _mature_content

        _isbn_number = src_dict.get("isbn_number", UNSET)
        isbn_number: None | str | Unset
        if _isbn_number is UNSET:
            isbn_number = UNSET
        else:
            if not (isinstance(_isbn_number, str) or _isbn_number is None):
                raise TypeError(
                    f"isbn_number: expected a string or null, got {type(_isbn_number).__name__}"
                )
            isbn_number = _isbn_number

        _fiction = src_dict.get("fiction", UNSET)
        fiction: None | ProjectResponseModelFictionType0 | Unset
        if _fiction is None:
            fiction = None
        elif isinstance(_fiction, Unset):
            fiction = UNSET
        else:
            try:
                if not isinstance(_fiction, str):
                    raise TypeError()
                fiction_type_0 = ProjectResponseModelFictionType0._parse(_fiction)

                fiction = fiction_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_fiction is None):
                    raise TypeError(
                        f"fiction: expected one of the spec's values or null, got {type(_fiction).__name__}"
                    )
                fiction = _fiction

        _creation_meta = src_dict.get("creation_meta", UNSET)
        creation_meta: None | ProjectCreationMetaResponseModel | Unset
        if _creation_meta is None:
            creation_meta = None
        elif isinstance(_creation_meta, Unset):
            creation_meta = UNSET
        else:
            try:
                if not isinstance(_creation_meta, dict):
                    raise TypeError()
                creation_meta_type_0 = ProjectCreationMetaResponseModel.from_dict(
                    _creation_meta
                )

                creation_meta = creation_meta_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_creation_meta is None):
                    raise TypeError(
                        f"creation_meta: expected an object or null, got {type(_creation_meta).__name__}"
                    )
                creation_meta = _creation_meta

        _source_type = src_dict.get("source_type", UNSET)
        source_type: None | ProjectResponseModelSourceTypeType0 | Unset
        if _source_type is None:
            source_type = None
        elif isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            try:
                if not isinstance(_source_type, str):
                    raise TypeError()
                source_type_type_0 = ProjectResponseModelSourceTypeType0._parse(
                    _source_type
                )

                source_type = source_type_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_source_type is None):
                    raise TypeError(
                        f"source_type: expected one of the spec's values or null, got {type(_source_type).__name__}"
                    )
                source_type = _source_type

        _chapters_enabled = src_dict.get("chapters_enabled", UNSET)
        chapters_enabled: bool | None | Unset
        if _chapters_enabled is UNSET:
            chapters_enabled = UNSET
        else:
            if not (isinstance(_chapters_enabled, bool) or _chapters_enabled is None):
                raise TypeError(
                    f"chapters_enabled: expected true or false or null, got {type(_chapters_enabled).__name__}"
                )
            chapters_enabled = _chapters_enabled

        _captions_enabled = src_dict.get("captions_enabled", UNSET)
        captions_enabled: bool | None | Unset
        if _captions_enabled is UNSET:
            captions_enabled = UNSET
        else:
            if not (isinstance(_captions_enabled, bool) or _captions_enabled is None):
                raise TypeError(
                    f"captions_enabled: expected true or false or null, got {type(_captions_enabled).__name__}"
                )
            captions_enabled = _captions_enabled

        _caption_style = src_dict.get("caption_style", UNSET)
        caption_style: CaptionStyleModel | None | Unset
        if _caption_style is None:
            caption_style = None
        elif isinstance(_caption_style, Unset):
            caption_style = UNSET
        else:
            try:
                if not isinstance(_caption_style, dict):
                    raise TypeError()
                caption_style_type_0 = CaptionStyleModel.from_dict(_caption_style)

                caption_style = caption_style_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_caption_style is None):
                    raise TypeError(
                        f"caption_style: expected an object or null, got {type(_caption_style).__name__}"
                    )
                caption_style = _caption_style

        _caption_style_template_overrides = src_dict.get(
            "caption_style_template_overrides", UNSET
        )
        caption_style_template_overrides: (
            None | ProjectResponseModelCaptionStyleTemplateOverridesType0 | Unset
        )
        if _caption_style_template_overrides is None:
            caption_style_template_overrides = None
        elif isinstance(_caption_style_template_overrides, Unset):
            caption_style_template_overrides = UNSET
        else:
            try:
                if not isinstance(_caption_style_template_overrides, dict):
                    raise TypeError()
                caption_style_template_overrides_type_0 = (
                    ProjectResponseModelCaptionStyleTemplateOverridesType0.from_dict(
                        _caption_style_template_overrides
                    )
                )

                caption_style_template_overrides = (
                    caption_style_template_overrides_type_0
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_caption_style_template_overrides is None):
                    raise TypeError(
                        f"caption_style_template_overrides: expected an object or null, got {type(_caption_style_template_overrides).__name__}"
                    )
                caption_style_template_overrides = _caption_style_template_overrides

        _public_share_id = src_dict.get("public_share_id", UNSET)
        public_share_id: None | str | Unset
        if _public_share_id is UNSET:
            public_share_id = UNSET
        else:
            if not (isinstance(_public_share_id, str) or _public_share_id is None):
                raise TypeError(
                    f"public_share_id: expected a string or null, got {type(_public_share_id).__name__}"
                )
            public_share_id = _public_share_id

        _aspect_ratio = src_dict.get("aspect_ratio", UNSET)
        aspect_ratio: None | ProjectResponseModelAspectRatioType0 | Unset
        if _aspect_ratio is None:
            aspect_ratio = None
        elif isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            try:
                if not isinstance(_aspect_ratio, str):
                    raise TypeError()
                aspect_ratio_type_0 = ProjectResponseModelAspectRatioType0._parse(
                    _aspect_ratio
                )

                aspect_ratio = aspect_ratio_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_aspect_ratio is None):
                    raise TypeError(
                        f"aspect_ratio: expected one of the spec's values or null, got {type(_aspect_ratio).__name__}"
                    )
                aspect_ratio = _aspect_ratio

        _agent_settings = src_dict.get("agent_settings", UNSET)
        agent_settings: None | StudioAgentSettingsModel | Unset
        if _agent_settings is None:
            agent_settings = None
        elif isinstance(_agent_settings, Unset):
            agent_settings = UNSET
        else:
            try:
                if not isinstance(_agent_settings, dict):
                    raise TypeError()
                agent_settings_type_0 = StudioAgentSettingsModel.from_dict(
                    _agent_settings
                )

                agent_settings = agent_settings_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_agent_settings is None):
                    raise TypeError(
                        f"agent_settings: expected an object or null, got {type(_agent_settings).__name__}"
                    )
                agent_settings = _agent_settings

        project_response_model = cls(
            project_id=project_id,
            name=name,
            create_date_unix=create_date_unix,
            created_by_user_id=created_by_user_id,
            default_title_voice_ref_id=default_title_voice_ref_id,
            default_paragraph_voice_ref_id=default_paragraph_voice_ref_id,
            default_model_id=default_model_id,
            can_be_downloaded=can_be_downloaded,
            volume_normalization=volume_normalization,
            state=state,
            access_level=access_level,
            quality_check_on=quality_check_on,
            quality_check_on_when_bulk_convert=quality_check_on_when_bulk_convert,
            default_title_voice_id=default_title_voice_id,
            default_paragraph_voice_id=default_paragraph_voice_id,
            last_conversion_date_unix=last_conversion_date_unix,
            title=title,
            author=author,
            description=description,
            genres=genres,
            cover_image_url=cover_image_url,
            target_audience=target_audience,
            language=language,
            content_type=content_type,
            original_publication_date=original_publication_date,
            mature_content=mature_content,
            isbn_number=isbn_number,
            fiction=fiction,
            creation_meta=creation_meta,
            source_type=source_type,
            chapters_enabled=chapters_enabled,
            captions_enabled=captions_enabled,
            caption_style=caption_style,
            caption_style_template_overrides=caption_style_template_overrides,
            public_share_id=public_share_id,
            aspect_ratio=aspect_ratio,
            agent_settings=agent_settings,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            project_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return project_response_model

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
from ..models.caption_style_model import CaptionStyleModel  # noqa: E402
from ..models.project_creation_meta_response_model import (
    ProjectCreationMetaResponseModel,  # noqa: E402
)
from ..models.project_response_model_caption_style_template_overrides_type_0 import (
    ProjectResponseModelCaptionStyleTemplateOverridesType0,  # noqa: E402
)
from ..models.studio_agent_settings_model import StudioAgentSettingsModel  # noqa: E402
