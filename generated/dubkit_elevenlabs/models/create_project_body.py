from __future__ import annotations

import json
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from io import BytesIO
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_project_body_apply_text_normalization_type_0 import (
    CreateProjectBodyApplyTextNormalizationType0,
)
from ..models.create_project_body_fiction_type_0 import CreateProjectBodyFictionType0
from ..models.create_project_body_source_type_type_0 import (
    CreateProjectBodySourceTypeType0,
)
from ..models.create_project_body_target_audience_type_0 import (
    CreateProjectBodyTargetAudienceType0,
)
from ..models.quality_preset import QualityPreset
from ..types import UNSET, File, FileTypes, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="CreateProjectBody")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "default_title_voice_id",
        "default_paragraph_voice_id",
        "default_model_id",
        "from_url",
        "from_document",
        "from_content_json",
        "quality_preset",
        "title",
        "author",
        "description",
        "genres",
        "target_audience",
        "language",
        "content_type",
        "original_publication_date",
        "mature_content",
        "isbn_number",
        "acx_volume_normalization",
        "volume_normalization",
        "pronunciation_dictionary_locators",
        "callback_url",
        "fiction",
        "apply_text_normalization",
        "auto_convert",
        "auto_assign_voices",
        "source_type",
        "voice_settings",
        "create_publishing_read",
    }
)


@_attrs_define
class CreateProjectBody:
    name: str
    """ The name of the Studio project, used for identification only. """
    default_title_voice_id: None | str | Unset = UNSET
    """ The voice_id that corresponds to the default voice used for new titles. """
    default_paragraph_voice_id: None | str | Unset = UNSET
    """ The voice_id that corresponds to the default voice used for new paragraphs. """
    default_model_id: None | str | Unset = UNSET
    """ The ID of the model to be used for this Studio project, you can query GET /v1/models to list all available
    models. """
    from_url: None | str | Unset = UNSET
    """ An optional URL from which we will extract content to initialize the Studio project. If this is set,
    'from_url' and 'from_content' must be null. If neither 'from_url', 'from_document', 'from_content' are provided
    we will initialize the Studio project as blank. """
    from_document: File | None | Unset = UNSET
    """ An optional .epub, .pdf, .txt or similar file can be provided. If provided, we will initialize the Studio
    project with its content. If this is set, 'from_url' and 'from_content' must be null. If neither 'from_url',
    'from_document', 'from_content' are provided we will initialize the Studio project as blank. """
    from_content_json: str | Unset = UNSET
    """
        An optional content to initialize the Studio project with. If this is set, 'from_url' and 'from_document'
    must be null. If neither 'from_url', 'from_document', 'from_content' are provided we will initialize the Studio
    project as blank.

        Example:
        [{"name": "Chapter A", "blocks": [{"sub_type": "p", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text":
    "A", "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "B", "type": "tts_node"}]}, {"sub_type":
    "h1", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "C", "type": "tts_node"}, {"voice_id":
    "6lCwbsX1yVjD49QmpkT1", "text": "D", "type": "tts_node"}]}]}, {"name": "Chapter B", "blocks": [{"sub_type": "p",
    "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "E", "type": "tts_node"}, {"voice_id":
    "6lCwbsX1yVjD49QmpkT1", "text": "F", "type": "tts_node"}]}, {"sub_type": "h2", "nodes": [{"voice_id":
    "6lCwbsX1yVjD49QmpkT0", "text": "G", "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "H",
    "type": "tts_node"}]}]}]
         """
    quality_preset: QualityPreset | Unset = UNSET
    title: None | str | Unset = UNSET
    """ An optional name of the author of the Studio project, this will be added as metadata to the mp3 file on
    Studio project or chapter download. """
    author: None | str | Unset = UNSET
    """ An optional name of the author of the Studio project, this will be added as metadata to the mp3 file on
    Studio project or chapter download. """
    description: None | str | Unset = UNSET
    """ An optional description of the Studio project. """
    genres: list[str] | Unset = UNSET
    """ An optional list of genres associated with the Studio project. """
    target_audience: CreateProjectBodyTargetAudienceType0 | None | Unset = UNSET
    """ An optional target audience of the Studio project. """
    language: None | str | Unset = UNSET
    """ An optional language of the Studio project. Two-letter language code (ISO 639-1). """
    content_type: None | str | Unset = UNSET
    """ An optional content type of the Studio project. """
    original_publication_date: None | str | Unset = UNSET
    """ An optional original publication date of the Studio project, in the format YYYY-MM-DD or YYYY. """
    mature_content: bool | None | Unset = False
    """ An optional specification of whether this Studio project contains mature content. """
    isbn_number: None | str | Unset = UNSET
    """ An optional ISBN number of the Studio project you want to create, this will be added as metadata to the mp3
    file on Studio project or chapter download. """
    acx_volume_normalization: bool | Unset = False
    """ [Deprecated] When the Studio project is downloaded, should the returned audio have postprocessing in order
    to make it compliant with audiobook normalized volume requirements """
    volume_normalization: bool | Unset = False
    """ When the Studio project is downloaded, should the returned audio have postprocessing in order to make it
    compliant with audiobook normalized volume requirements """
    pronunciation_dictionary_locators: list[str] | Unset = UNSET
    """ A list of pronunciation dictionary locators (pronunciation_dictionary_id, version_id) encoded as a list of
    JSON strings for pronunciation dictionaries to be applied to the text. A list of json encoded strings is
    required as adding projects may occur through formData as opposed to jsonBody. To specify multiple dictionaries
    use multiple --form lines in your curl, such as --form
    'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Vm
    d4Zor6fplcA7WrINey\\",\\"version_id\\":\\"hRPaxjlTdR7wFMhV4w0b\\"}"' --form
    'pronunciation_dictionary_locators="{\\"pronunciation_dictionary_id\\":\\"Jz
    WtcGQMJ6bnlWwyMo7e\\",\\"version_id\\":\\"lbmwxiLu4q6txYxgdZqn\\"}"'. """
    callback_url: None | str | Unset = UNSET
    """
        A url that will be called by our service when the Studio project is converted. Request will contain a json
    blob containing the status of the conversion
        Messages:
        1. When project was converted successfully:
        {
          type: "project_conversion_status",
          event_timestamp: 1234567890,
          data: {
            request_id: "1234567890",
            project_id: "21m00Tcm4TlvDq8ikWAM",
            conversion_status: "success",
            project_snapshot_id: "22m00Tcm4TlvDq8ikMAT",
            error_details: None,
          }
        }
        2. When project conversion failed:
        {
          type: "project_conversion_status",
          event_timestamp: 1234567890,
          data: {
            request_id: "1234567890",
            project_id: "21m00Tcm4TlvDq8ikWAM",
            conversion_status: "error",
            project_snapshot_id: None,
            error_details: "Error details if conversion failed"
          }
        }

        3. When chapter was converted successfully:
        {
          type: "chapter_conversion_status",
          event_timestamp: 1234567890,
          data: {
            request_id: "1234567890",
            project_id: "21m00Tcm4TlvDq8ikWAM",
            chapter_id: "22m00Tcm4TlvDq8ikMAT",
            conversion_status: "success",
            chapter_snapshot_id: "23m00Tcm4TlvDq8ikMAV",
            error_details: None,
          }
        }
        4. When chapter conversion failed:
        {
          type: "chapter_conversion_status",
          event_timestamp: 1234567890,
          data: {
            request_id: "1234567890",
            project_id: "21m00Tcm4TlvDq8ikWAM",
            chapter_id: "22m00Tcm4TlvDq8ikMAT",
            conversion_status: "error",
            chapter_snapshot_id: None,
            error_details: "Error details if conversion failed"
          }
        }
         """
    fiction: CreateProjectBodyFictionType0 | None | Unset = UNSET
    """ An optional specification of whether the content of this Studio project is fiction. """
    apply_text_normalization: (
        CreateProjectBodyApplyTextNormalizationType0 | None | Unset
    ) = UNSET
    """
        This parameter controls text normalization with four modes: 'auto', 'on', 'apply_english' and 'off'.
        When set to 'auto', the system will automatically decide whether to apply text normalization
        (e.g., spelling out numbers). With 'on', text normalization will always be applied, while
        with 'off', it will be skipped. 'apply_english' is the same as 'on' but will assume that text is in English.
         """
    auto_convert: bool | Unset = False
    """ Whether to auto convert the Studio project to audio or not. """
    auto_assign_voices: bool | None | Unset = False
    """ [Alpha Feature] Whether automatically assign voices to phrases in the create Project. """
    source_type: CreateProjectBodySourceTypeType0 | None | Unset = UNSET
    """ The type of Studio project to create. """
    voice_settings: list[str] | Unset = UNSET
    """     Optional voice settings overrides for the project, encoded as a list of JSON strings.

        Example:
        ["{\\"voice_id\\": \\"21m00Tcm4TlvDq8ikWAM\\", \\"stability\\": 0.7, \\"similarity_boost\\": 0.8,
    \\"style\\": 0.5, \\"speed\\": 1.0, \\"use_speaker_boost\\": true}"]
         """
    create_publishing_read: bool | None | Unset = False
    """ If true, creates a corresponding read for direct publishing in draft state """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        default_title_voice_id: None | str | Unset
        if isinstance(self.default_title_voice_id, Unset):
            default_title_voice_id = UNSET
        else:
            default_title_voice_id = self.default_title_voice_id

        default_paragraph_voice_id: None | str | Unset
        if isinstance(self.default_paragraph_voice_id, Unset):
            default_paragraph_voice_id = UNSET
        else:
            default_paragraph_voice_id = self.default_paragraph_voice_id

        default_model_id: None | str | Unset
        if isinstance(self.default_model_id, Unset):
            default_model_id = UNSET
        else:
            default_model_id = self.default_model_id

        from_url: None | str | Unset
        if isinstance(self.from_url, Unset):
            from_url = UNSET
        else:
            from_url = self.from_url

        from_document: FileTypes | None | Unset
        if isinstance(self.from_document, Unset):
            from_document = UNSET
        elif isinstance(self.from_document, File):
            from_document = self.from_document.to_tuple()

        else:
            from_document = self.from_document

        from_content_json = self.from_content_json

        quality_preset: str | Unset = UNSET
        if not isinstance(self.quality_preset, Unset):
            quality_preset = self.quality_preset.value

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

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        target_audience: None | str | Unset
        if isinstance(self.target_audience, Unset):
            target_audience = UNSET
        elif isinstance(self.target_audience, CreateProjectBodyTargetAudienceType0):
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

        acx_volume_normalization = self.acx_volume_normalization

        volume_normalization = self.volume_normalization

        pronunciation_dictionary_locators: list[str] | Unset = UNSET
        if not isinstance(self.pronunciation_dictionary_locators, Unset):
            pronunciation_dictionary_locators = self.pronunciation_dictionary_locators

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        fiction: None | str | Unset
        if isinstance(self.fiction, Unset):
            fiction = UNSET
        elif isinstance(self.fiction, CreateProjectBodyFictionType0):
            fiction = self.fiction.value
        else:
            fiction = self.fiction

        apply_text_normalization: None | str | Unset
        if isinstance(self.apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        elif isinstance(
            self.apply_text_normalization, CreateProjectBodyApplyTextNormalizationType0
        ):
            apply_text_normalization = self.apply_text_normalization.value
        else:
            apply_text_normalization = self.apply_text_normalization

        auto_convert = self.auto_convert

        auto_assign_voices: bool | None | Unset
        if isinstance(self.auto_assign_voices, Unset):
            auto_assign_voices = UNSET
        else:
            auto_assign_voices = self.auto_assign_voices

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, CreateProjectBodySourceTypeType0):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        voice_settings: list[str] | Unset = UNSET
        if not isinstance(self.voice_settings, Unset):
            voice_settings = self.voice_settings

        create_publishing_read: bool | None | Unset
        if isinstance(self.create_publishing_read, Unset):
            create_publishing_read = UNSET
        else:
            create_publishing_read = self.create_publishing_read

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if default_title_voice_id is not UNSET:
            field_dict["default_title_voice_id"] = default_title_voice_id
        if default_paragraph_voice_id is not UNSET:
            field_dict["default_paragraph_voice_id"] = default_paragraph_voice_id
        if default_model_id is not UNSET:
            field_dict["default_model_id"] = default_model_id
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if from_document is not UNSET:
            field_dict["from_document"] = from_document
        if from_content_json is not UNSET:
            field_dict["from_content_json"] = from_content_json
        if quality_preset is not UNSET:
            field_dict["quality_preset"] = quality_preset
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if genres is not UNSET:
            field_dict["genres"] = genres
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
        if acx_volume_normalization is not UNSET:
            field_dict["acx_volume_normalization"] = acx_volume_normalization
        if volume_normalization is not UNSET:
            field_dict["volume_normalization"] = volume_normalization
        if pronunciation_dictionary_locators is not UNSET:
            field_dict["pronunciation_dictionary_locators"] = (
                pronunciation_dictionary_locators
            )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if fiction is not UNSET:
            field_dict["fiction"] = fiction
        if apply_text_normalization is not UNSET:
            field_dict["apply_text_normalization"] = apply_text_normalization
        if auto_convert is not UNSET:
            field_dict["auto_convert"] = auto_convert
        if auto_assign_voices is not UNSET:
            field_dict["auto_assign_voices"] = auto_assign_voices
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings
        if create_publishing_read is not UNSET:
            field_dict["create_publishing_read"] = create_publishing_read

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.default_title_voice_id, Unset):
            if isinstance(self.default_title_voice_id, str):
                files.append(
                    (
                        "default_title_voice_id",
                        (None, str(self.default_title_voice_id).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "default_title_voice_id",
                        (None, str(self.default_title_voice_id).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.default_paragraph_voice_id, Unset):
            if isinstance(self.default_paragraph_voice_id, str):
                files.append(
                    (
                        "default_paragraph_voice_id",
                        (
                            None,
                            str(self.default_paragraph_voice_id).encode(),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "default_paragraph_voice_id",
                        (
                            None,
                            str(self.default_paragraph_voice_id).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.default_model_id, Unset):
            if isinstance(self.default_model_id, str):
                files.append(
                    (
                        "default_model_id",
                        (None, str(self.default_model_id).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "default_model_id",
                        (None, str(self.default_model_id).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.from_url, Unset):
            if isinstance(self.from_url, str):
                files.append(
                    ("from_url", (None, str(self.from_url).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("from_url", (None, str(self.from_url).encode(), "text/plain"))
                )

        if not isinstance(self.from_document, Unset):
            if isinstance(self.from_document, File):
                files.append(("from_document", self.from_document.to_tuple()))
            else:
                files.append(
                    (
                        "from_document",
                        (None, str(self.from_document).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.from_content_json, Unset):
            files.append(
                (
                    "from_content_json",
                    (None, str(self.from_content_json).encode(), "text/plain"),
                )
            )

        if not isinstance(self.quality_preset, Unset):
            files.append(
                (
                    "quality_preset",
                    (None, str(self.quality_preset.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.title, Unset):
            if isinstance(self.title, str):
                files.append(("title", (None, str(self.title).encode(), "text/plain")))
            else:
                files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.author, Unset):
            if isinstance(self.author, str):
                files.append(
                    ("author", (None, str(self.author).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("author", (None, str(self.author).encode(), "text/plain"))
                )

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str):
                files.append(
                    (
                        "description",
                        (None, str(self.description).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "description",
                        (None, str(self.description).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.genres, Unset):
            for genres_item_element in self.genres:
                files.append(
                    ("genres", (None, str(genres_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.target_audience, Unset):
            if isinstance(self.target_audience, CreateProjectBodyTargetAudienceType0):
                files.append(
                    (
                        "target_audience",
                        (None, str(self.target_audience.value).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "target_audience",
                        (None, str(self.target_audience).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.language, Unset):
            if isinstance(self.language, str):
                files.append(
                    ("language", (None, str(self.language).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("language", (None, str(self.language).encode(), "text/plain"))
                )

        if not isinstance(self.content_type, Unset):
            if isinstance(self.content_type, str):
                files.append(
                    (
                        "content_type",
                        (None, str(self.content_type).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "content_type",
                        (None, str(self.content_type).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.original_publication_date, Unset):
            if isinstance(self.original_publication_date, str):
                files.append(
                    (
                        "original_publication_date",
                        (
                            None,
                            str(self.original_publication_date).encode(),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "original_publication_date",
                        (
                            None,
                            str(self.original_publication_date).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.mature_content, Unset):
            if isinstance(self.mature_content, bool):
                files.append(
                    (
                        "mature_content",
                        (
                            None,
                            ("true" if self.mature_content else "false").encode(),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "mature_content",
                        (None, str(self.mature_content).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.isbn_number, Unset):
            if isinstance(self.isbn_number, str):
                files.append(
                    (
                        "isbn_number",
                        (None, str(self.isbn_number).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "isbn_number",
                        (None, str(self.isbn_number).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.acx_volume_normalization, Unset):
            files.append(
                (
                    "acx_volume_normalization",
                    (
                        None,
                        ("true" if self.acx_volume_normalization else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.volume_normalization, Unset):
            files.append(
                (
                    "volume_normalization",
                    (
                        None,
                        ("true" if self.volume_normalization else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.pronunciation_dictionary_locators, Unset):
            for (
                pronunciation_dictionary_locators_item_element
            ) in self.pronunciation_dictionary_locators:
                files.append(
                    (
                        "pronunciation_dictionary_locators",
                        (
                            None,
                            str(
                                pronunciation_dictionary_locators_item_element
                            ).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.callback_url, Unset):
            if isinstance(self.callback_url, str):
                files.append(
                    (
                        "callback_url",
                        (None, str(self.callback_url).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "callback_url",
                        (None, str(self.callback_url).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.fiction, Unset):
            if isinstance(self.fiction, CreateProjectBodyFictionType0):
                files.append(
                    ("fiction", (None, str(self.fiction.value).encode(), "text/plain"))
                )
            else:
                files.append(
                    ("fiction", (None, str(self.fiction).encode(), "text/plain"))
                )

        if not isinstance(self.apply_text_normalization, Unset):
            if isinstance(
                self.apply_text_normalization,
                CreateProjectBodyApplyTextNormalizationType0,
            ):
                files.append(
                    (
                        "apply_text_normalization",
                        (
                            None,
                            str(self.apply_text_normalization.value).encode(),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "apply_text_normalization",
                        (
                            None,
                            str(self.apply_text_normalization).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.auto_convert, Unset):
            files.append(
                (
                    "auto_convert",
                    (
                        None,
                        ("true" if self.auto_convert else "false").encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.auto_assign_voices, Unset):
            if isinstance(self.auto_assign_voices, bool):
                files.append(
                    (
                        "auto_assign_voices",
                        (
                            None,
                            ("true" if self.auto_assign_voices else "false").encode(),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "auto_assign_voices",
                        (None, str(self.auto_assign_voices).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.source_type, Unset):
            if isinstance(self.source_type, CreateProjectBodySourceTypeType0):
                files.append(
                    (
                        "source_type",
                        (None, str(self.source_type.value).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "source_type",
                        (None, str(self.source_type).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.voice_settings, Unset):
            for voice_settings_item_element in self.voice_settings:
                files.append(
                    (
                        "voice_settings",
                        (None, str(voice_settings_item_element).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.create_publishing_read, Unset):
            if isinstance(self.create_publishing_read, bool):
                files.append(
                    (
                        "create_publishing_read",
                        (
                            None,
                            (
                                "true" if self.create_publishing_read else "false"
                            ).encode(),
                            "text/plain",
                        ),
                    )
                )
            else:
                files.append(
                    (
                        "create_publishing_read",
                        (None, str(self.create_publishing_read).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError(
                f"CreateProjectBody.name: expected a string, got {type(name).__name__}"
            )

        _default_title_voice_id = src_dict.get("default_title_voice_id", UNSET)
        default_title_voice_id: None | str | Unset
        if _default_title_voice_id is UNSET:
            default_title_voice_id = UNSET
        else:
            if not (
                isinstance(_default_title_voice_id, str)
                or _default_title_voice_id is None
            ):
                raise TypeError(
                    f"default_title_voice_id: expected a string or null, got {type(_default_title_voice_id).__name__}"
                )
            default_title_voice_id = _default_title_voice_id

        _default_paragraph_voice_id = src_dict.get("default_paragraph_voice_id", UNSET)
        default_paragraph_voice_id: None | str | Unset
        if _default_paragraph_voice_id is UNSET:
            default_paragraph_voice_id = UNSET
        else:
            if not (
                isinstance(_default_paragraph_voice_id, str)
                or _default_paragraph_voice_id is None
            ):
                raise TypeError(
                    f"default_paragraph_voice_id: expected a string or null, got {type(_default_paragraph_voice_id).__name__}"
                )
            default_paragraph_voice_id = _default_paragraph_voice_id

        _default_model_id = src_dict.get("default_model_id", UNSET)
        default_model_id: None | str | Unset
        if _default_model_id is UNSET:
            default_model_id = UNSET
        else:
            if not (isinstance(_default_model_id, str) or _default_model_id is None):
                raise TypeError(
                    f"default_model_id: expected a string or null, got {type(_default_model_id).__name__}"
                )
            default_model_id = _default_model_id

        _from_url = src_dict.get("from_url", UNSET)
        from_url: None | str | Unset
        if _from_url is UNSET:
            from_url = UNSET
        else:
            if not (isinstance(_from_url, str) or _from_url is None):
                raise TypeError(
                    f"from_url: expected a string or null, got {type(_from_url).__name__}"
                )
            from_url = _from_url

        _from_document = src_dict.get("from_document", UNSET)
        from_document: File | None | Unset
        if _from_document is None:
            from_document = None
        elif isinstance(_from_document, Unset):
            from_document = UNSET
        else:
            try:
                if not isinstance(_from_document, bytes):
                    raise TypeError()
                from_document_type_0 = File(payload=BytesIO(_from_document))

                from_document = from_document_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_from_document is None):
                    raise TypeError(
                        f"from_document: expected FileProperty or null, got {type(_from_document).__name__}"
                    )
                from_document = _from_document

        from_content_json = src_dict.get("from_content_json", UNSET)
        if from_content_json is not UNSET and not isinstance(from_content_json, str):
            raise TypeError(
                f"CreateProjectBody.from_content_json: expected a string, got {type(from_content_json).__name__}"
            )

        _quality_preset = src_dict.get("quality_preset", UNSET)
        quality_preset: QualityPreset | Unset
        if isinstance(_quality_preset, Unset):
            quality_preset = UNSET
        else:
            quality_preset = QualityPreset._parse(_quality_preset)

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
        if _genres is not UNSET:
            if not isinstance(_genres, list):
                raise TypeError(
                    f"genres: expected an array, got {type(_genres).__name__}"
                )

            for _item in _genres:
                if not isinstance(_item, str):
                    raise TypeError(f"genres: every item must be a string")
        genres = cast(list[str], _genres)

        _target_audience = src_dict.get("target_audience", UNSET)
        target_audience: CreateProjectBodyTargetAudienceType0 | None | Unset
        if _target_audience is None:
            target_audience = None
        elif isinstance(_target_audience, Unset):
            target_audience = UNSET
        else:
            try:
                if not isinstance(_target_audience, str):
                    raise TypeError()
                target_audience_type_0 = CreateProjectBodyTargetAudienceType0._parse(
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

        acx_volume_normalization = src_dict.get("acx_volume_normalization", UNSET)
        if acx_volume_normalization is not UNSET and not isinstance(
            acx_volume_normalization, bool
        ):
            raise TypeError(
                f"CreateProjectBody.acx_volume_normalization: expected true or false, got {type(acx_volume_normalization).__name__}"
            )

        volume_normalization = src_dict.get("volume_normalization", UNSET)
        if volume_normalization is not UNSET and not isinstance(
            volume_normalization, bool
        ):
            raise TypeError(
                f"CreateProjectBody.volume_normalization: expected true or false, got {type(volume_normalization).__name__}"
            )

        _pronunciation_dictionary_locators = src_dict.get(
            "pronunciation_dictionary_locators", UNSET
        )
        if _pronunciation_dictionary_locators is not UNSET:
            if not isinstance(_pronunciation_dictionary_locators, list):
                raise TypeError(
                    f"pronunciation_dictionary_locators: expected an array, got {type(_pronunciation_dictionary_locators).__name__}"
                )

            for _item in _pronunciation_dictionary_locators:
                if not isinstance(_item, str):
                    raise TypeError(
                        f"pronunciation_dictionary_locators: every item must be a string"
                    )
        pronunciation_dictionary_locators = cast(
            list[str], _pronunciation_dictionary_locators
        )

        _callback_url = src_dict.get("callback_url", UNSET)
        callback_url: None | str | Unset
        if _callback_url is UNSET:
            callback_url = UNSET
        else:
            if not (isinstance(_callback_url, str) or _callback_url is None):
                raise TypeError(
                    f"callback_url: expected a string or null, got {type(_callback_url).__name__}"
                )
            callback_url = _callback_url

        _fiction = src_dict.get("fiction", UNSET)
        fiction: CreateProjectBodyFictionType0 | None | Unset
        if _fiction is None:
            fiction = None
        elif isinstance(_fiction, Unset):
            fiction = UNSET
        else:
            try:
                if not isinstance(_fiction, str):
                    raise TypeError()
                fiction_type_0 = CreateProjectBodyFictionType0._parse(_fiction)

                fiction = fiction_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_fiction is None):
                    raise TypeError(
                        f"fiction: expected one of the spec's values or null, got {type(_fiction).__name__}"
                    )
                fiction = _fiction

        _apply_text_normalization = src_dict.get("apply_text_normalization", UNSET)
        apply_text_normalization: (
            CreateProjectBodyApplyTextNormalizationType0 | None | Unset
        )
        if _apply_text_normalization is None:
            apply_text_normalization = None
        elif isinstance(_apply_text_normalization, Unset):
            apply_text_normalization = UNSET
        else:
            try:
                if not isinstance(_apply_text_normalization, str):
                    raise TypeError()
                apply_text_normalization_type_0 = (
                    CreateProjectBodyApplyTextNormalizationType0._parse(
                        _apply_text_normalization
                    )
                )

                apply_text_normalization = apply_text_normalization_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_apply_text_normalization is None):
                    raise TypeError(
                        f"apply_text_normalization: expected one of the spec's values or null, got {type(_apply_text_normalization).__name__}"
                    )
                apply_text_normalization = _apply_text_normalization

        auto_convert = src_dict.get("auto_convert", UNSET)
        if auto_convert is not UNSET and not isinstance(auto_convert, bool):
            raise TypeError(
                f"CreateProjectBody.auto_convert: expected true or false, got {type(auto_convert).__name__}"
            )

        _auto_assign_voices = src_dict.get("auto_assign_voices", UNSET)
        auto_assign_voices: bool | None | Unset
        if _auto_assign_voices is UNSET:
            auto_assign_voices = UNSET
        else:
            if not (
                isinstance(_auto_assign_voices, bool) or _auto_assign_voices is None
            ):
                raise TypeError(
                    f"auto_assign_voices: expected true or false or null, got {type(_auto_assign_voices).__name__}"
                )
            auto_assign_voices = _auto_assign_voices

        _source_type = src_dict.get("source_type", UNSET)
        source_type: CreateProjectBodySourceTypeType0 | None | Unset
        if _source_type is None:
            source_type = None
        elif isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            try:
                if not isinstance(_source_type, str):
                    raise TypeError()
                source_type_type_0 = CreateProjectBodySourceTypeType0._parse(
                    _source_type
                )

                source_type = source_type_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_source_type is None):
                    raise TypeError(
                        f"source_type: expected one of the spec's values or null, got {type(_source_type).__name__}"
                    )
                source_type = _source_type

        _voice_settings = src_dict.get("voice_settings", UNSET)
        if _voice_settings is not UNSET:
            if not isinstance(_voice_settings, list):
                raise TypeError(
                    f"voice_settings: expected an array, got {type(_voice_settings).__name__}"
                )

            for _item in _voice_settings:
                if not isinstance(_item, str):
                    raise TypeError(f"voice_settings: every item must be a string")
        voice_settings = cast(list[str], _voice_settings)

        _create_publishing_read = src_dict.get("create_publishing_read", UNSET)
        create_publishing_read: bool | None | Unset
        if _create_publishing_read is UNSET:
            create_publishing_read = UNSET
        else:
            if not (
                isinstance(_create_publishing_read, bool)
                or _create_publishing_read is None
            ):
                raise TypeError(
                    f"create_publishing_read: expected true or false or null, got {type(_create_publishing_read).__name__}"
                )
            create_publishing_read = _create_publishing_read

        create_project_body = cls(
            name=name,
            default_title_voice_id=default_title_voice_id,
            default_paragraph_voice_id=default_paragraph_voice_id,
            default_model_id=default_model_id,
            from_url=from_url,
            from_document=from_document,
            from_content_json=from_content_json,
            quality_preset=quality_preset,
            title=title,
            author=author,
            description=description,
            genres=genres,
            target_audience=target_audience,
            language=language,
            content_type=content_type,
            original_publication_date=original_publication_date,
            mature_content=mature_content,
            isbn_number=isbn_number,
            acx_volume_normalization=acx_volume_normalization,
            volume_normalization=volume_normalization,
            pronunciation_dictionary_locators=pronunciation_dictionary_locators,
            callback_url=callback_url,
            fiction=fiction,
            apply_text_normalization=apply_text_normalization,
            auto_convert=auto_convert,
            auto_assign_voices=auto_assign_voices,
            source_type=source_type,
            voice_settings=voice_settings,
            create_publishing_read=create_publishing_read,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            create_project_body.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return create_project_body

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
