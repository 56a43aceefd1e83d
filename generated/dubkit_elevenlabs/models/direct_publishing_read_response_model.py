from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generator,
    Literal,
    TextIO,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direct_publishing_read_response_model_display_mode_type_0 import (
    DirectPublishingReadResponseModelDisplayModeType0,
)
from ..models.direct_publishing_read_response_model_genre_type_0_item import (
    DirectPublishingReadResponseModelGenreType0Item,
)
from ..models.direct_publishing_read_response_model_payout_type_type_0 import (
    DirectPublishingReadResponseModelPayoutTypeType0,
)
from ..models.direct_publishing_read_response_model_target_audience_type_0 import (
    DirectPublishingReadResponseModelTargetAudienceType0,
)
from ..types import UNSET, Unset, is_json_integer, parse_datetime

T = TypeVar("T", bound="DirectPublishingReadResponseModel")

# The keys from_dict reads into attributes; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "read_id",
        "created_at_unix",
        "updated_at_unix",
        "word_count",
        "char_count",
        "chapters",
        "title",
        "author",
        "description",
        "article_image_url",
        "language",
        "locale",
        "display_mode",
        "genre",
        "fiction",
        "content_type",
        "original_file_type",
        "target_audience",
        "mature_content",
        "safesearch_adult",
        "origin",
        "publication_date",
        "isbn",
        "ean",
        "legal_terms",
        "content_guidelines_terms",
        "last_updated_from_project_unix",
        "publishing_project_id",
        "publishing_state",
        "publisher_profile_id",
        "quality_score",
        "publisher",
        "copyright",
        "subtitle",
        "distribution_territories",
        "edition",
        "contributors",
        "payout_type",
        "list_price",
        "currency",
        "original_audio_project_export_id",
        "original_audio_document_id",
        "series_id",
        "volume",
        "published_at_unix",
        "read_slug",
        "preview_audio_object",
        "sample_config",
        "review",
        "voice_id",
        "can_use_assistant",
        "is_voice_changer_on",
        "restricted_to_user_email_domains",
    }
)


@_attrs_define
class DirectPublishingReadResponseModel:
    read_id: str
    created_at_unix: int
    updated_at_unix: int
    word_count: int
    char_count: int
    chapters: list[ReadMetadataChapterDBModel]
    title: None | str | Unset = UNSET
    author: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    article_image_url: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    display_mode: DirectPublishingReadResponseModelDisplayModeType0 | None | Unset = (
        UNSET
    )
    genre: list[DirectPublishingReadResponseModelGenreType0Item] | None | Unset = UNSET
    fiction: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    original_file_type: None | str | Unset = UNSET
    target_audience: (
        DirectPublishingReadResponseModelTargetAudienceType0 | None | Unset
    ) = UNSET
    mature_content: bool | None | Unset = UNSET
    safesearch_adult: bool | None | Unset = UNSET
    origin: None | str | Unset = UNSET
    publication_date: None | str | Unset = UNSET
    isbn: None | str | Unset = UNSET
    ean: None | str | Unset = UNSET
    legal_terms: None | ReadLegalTerms | Unset = UNSET
    content_guidelines_terms: None | ReadLegalTerms | Unset = UNSET
    last_updated_from_project_unix: int | None | Unset = UNSET
    publishing_project_id: None | str | Unset = UNSET
    publishing_state: str | Unset = "published"
    publisher_profile_id: None | str | Unset = UNSET
    quality_score: int | None | Unset = UNSET
    publisher: None | str | Unset = UNSET
    copyright_: None | str | Unset = UNSET
    subtitle: None | str | Unset = UNSET
    distribution_territories: list[str] | None | Unset = UNSET
    edition: None | str | Unset = UNSET
    contributors: list[Contributor] | None | Unset = UNSET
    payout_type: DirectPublishingReadResponseModelPayoutTypeType0 | None | Unset = UNSET
    list_price: float | None | Unset = UNSET
    currency: Literal["usd"] | None | Unset = UNSET
    original_audio_project_export_id: None | str | Unset = UNSET
    original_audio_document_id: None | str | Unset = UNSET
    series_id: None | str | Unset = UNSET
    volume: int | None | Unset = UNSET
    published_at_unix: int | None | Unset = UNSET
    read_slug: None | str | Unset = UNSET
    preview_audio_object: None | PreviewAudioDBModel | Unset = UNSET
    sample_config: None | SampleConfigDBModel | Unset = UNSET
    review: None | ReviewResponseModel | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    can_use_assistant: bool | Unset = True
    is_voice_changer_on: bool | Unset = False
    restricted_to_user_email_domains: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_id = self.read_id

        created_at_unix = self.created_at_unix

        updated_at_unix = self.updated_at_unix

        word_count = self.word_count

        char_count = self.char_count

        chapters = []
        for chapters_item_data in self.chapters:
            chapters_item = chapters_item_data.to_dict()
            chapters.append(chapters_item)

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

        article_image_url: None | str | Unset
        if isinstance(self.article_image_url, Unset):
            article_image_url = UNSET
        else:
            article_image_url = self.article_image_url

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        display_mode: None | str | Unset
        if isinstance(self.display_mode, Unset):
            display_mode = UNSET
        elif isinstance(
            self.display_mode, DirectPublishingReadResponseModelDisplayModeType0
        ):
            display_mode = self.display_mode.value
        else:
            display_mode = self.display_mode

        genre: list[str] | None | Unset
        if isinstance(self.genre, Unset):
            genre = UNSET
        elif isinstance(self.genre, list):
            genre = []
            for genre_type_0_item_data in self.genre:
                genre_type_0_item = genre_type_0_item_data.value
                genre.append(genre_type_0_item)

        else:
            genre = self.genre

        fiction: None | str | Unset
        if isinstance(self.fiction, Unset):
            fiction = UNSET
        else:
            fiction = self.fiction

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        original_file_type: None | str | Unset
        if isinstance(self.original_file_type, Unset):
            original_file_type = UNSET
        else:
            original_file_type = self.original_file_type

        target_audience: None | str | Unset
        if isinstance(self.target_audience, Unset):
            target_audience = UNSET
        elif isinstance(
            self.target_audience, DirectPublishingReadResponseModelTargetAudienceType0
        ):
            target_audience = self.target_audience.value
        else:
            target_audience = self.target_audience

        mature_content: bool | None | Unset
        if isinstance(self.mature_content, Unset):
            mature_content = UNSET
        else:
            mature_content = self.mature_content

        safesearch_adult: bool | None | Unset
        if isinstance(self.safesearch_adult, Unset):
            safesearch_adult = UNSET
        else:
            safesearch_adult = self.safesearch_adult

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        publication_date: None | str | Unset
        if isinstance(self.publication_date, Unset):
            publication_date = UNSET
        else:
            publication_date = self.publication_date

        isbn: None | str | Unset
        if isinstance(self.isbn, Unset):
            isbn = UNSET
        else:
            isbn = self.isbn

        ean: None | str | Unset
        if isinstance(self.ean, Unset):
            ean = UNSET
        else:
            ean = self.ean

        legal_terms: dict[str, Any] | None | Unset
        if isinstance(self.legal_terms, Unset):
            legal_terms = UNSET
        elif isinstance(self.legal_terms, ReadLegalTerms):
            legal_terms = self.legal_terms.to_dict()
        else:
            legal_terms = self.legal_terms

        content_guidelines_terms: dict[str, Any] | None | Unset
        if isinstance(self.content_guidelines_terms, Unset):
            content_guidelines_terms = UNSET
        elif isinstance(self.content_guidelines_terms, ReadLegalTerms):
            content_guidelines_terms = self.content_guidelines_terms.to_dict()
        else:
            content_guidelines_terms = self.content_guidelines_terms

        last_updated_from_project_unix: int | None | Unset
        if isinstance(self.last_updated_from_project_unix, Unset):
            last_updated_from_project_unix = UNSET
        else:
            last_updated_from_project_unix = self.last_updated_from_project_unix

        publishing_project_id: None | str | Unset
        if isinstance(self.publishing_project_id, Unset):
            publishing_project_id = UNSET
        else:
            publishing_project_id = self.publishing_project_id

        publishing_state = self.publishing_state

        publisher_profile_id: None | str | Unset
        if isinstance(self.publisher_profile_id, Unset):
            publisher_profile_id = UNSET
        else:
            publisher_profile_id = self.publisher_profile_id

        quality_score: int | None | Unset
        if isinstance(self.quality_score, Unset):
            quality_score = UNSET
        else:
            quality_score = self.quality_score

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        copyright_: None | str | Unset
        if isinstance(self.copyright_, Unset):
            copyright_ = UNSET
        else:
            copyright_ = self.copyright_

        subtitle: None | str | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = self.subtitle

        distribution_territories: list[str] | None | Unset
        if isinstance(self.distribution_territories, Unset):
            distribution_territories = UNSET
        elif isinstance(self.distribution_territories, list):
            distribution_territories = self.distribution_territories

        else:
            distribution_territories = self.distribution_territories

        edition: None | str | Unset
        if isinstance(self.edition, Unset):
            edition = UNSET
        else:
            edition = self.edition

        contributors: list[dict[str, Any]] | None | Unset
        if isinstance(self.contributors, Unset):
            contributors = UNSET
        elif isinstance(self.contributors, list):
            contributors = []
            for contributors_type_0_item_data in self.contributors:
                contributors_type_0_item = contributors_type_0_item_data.to_dict()
                contributors.append(contributors_type_0_item)

        else:
            contributors = self.contributors

        payout_type: None | str | Unset
        if isinstance(self.payout_type, Unset):
            payout_type = UNSET
        elif isinstance(
            self.payout_type, DirectPublishingReadResponseModelPayoutTypeType0
        ):
            payout_type = self.payout_type.value
        else:
            payout_type = self.payout_type

        list_price: float | None | Unset
        if isinstance(self.list_price, Unset):
            list_price = UNSET
        else:
            list_price = self.list_price

        currency: Literal["usd"] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        original_audio_project_export_id: None | str | Unset
        if isinstance(self.original_audio_project_export_id, Unset):
            original_audio_project_export_id = UNSET
        else:
            original_audio_project_export_id = self.original_audio_project_export_id

        original_audio_document_id: None | str | Unset
        if isinstance(self.original_audio_document_id, Unset):
            original_audio_document_id = UNSET
        else:
            original_audio_document_id = self.original_audio_document_id

        series_id: None | str | Unset
        if isinstance(self.series_id, Unset):
            series_id = UNSET
        else:
            series_id = self.series_id

        volume: int | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        published_at_unix: int | None | Unset
        if isinstance(self.published_at_unix, Unset):
            published_at_unix = UNSET
        else:
            published_at_unix = self.published_at_unix

        read_slug: None | str | Unset
        if isinstance(self.read_slug, Unset):
            read_slug = UNSET
        else:
            read_slug = self.read_slug

        preview_audio_object: dict[str, Any] | None | Unset
        if isinstance(self.preview_audio_object, Unset):
            preview_audio_object = UNSET
        elif isinstance(self.preview_audio_object, PreviewAudioDBModel):
            preview_audio_object = self.preview_audio_object.to_dict()
        else:
            preview_audio_object = self.preview_audio_object

        sample_config: dict[str, Any] | None | Unset
        if isinstance(self.sample_config, Unset):
            sample_config = UNSET
        elif isinstance(self.sample_config, SampleConfigDBModel):
            sample_config = self.sample_config.to_dict()
        else:
            sample_config = self.sample_config

        review: dict[str, Any] | None | Unset
        if isinstance(self.review, Unset):
            review = UNSET
        elif isinstance(self.review, ReviewResponseModel):
            review = self.review.to_dict()
        else:
            review = self.review

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        can_use_assistant = self.can_use_assistant

        is_voice_changer_on = self.is_voice_changer_on

        restricted_to_user_email_domains: list[str] | None | Unset
        if isinstance(self.restricted_to_user_email_domains, Unset):
            restricted_to_user_email_domains = UNSET
        elif isinstance(self.restricted_to_user_email_domains, list):
            restricted_to_user_email_domains = self.restricted_to_user_email_domains

        else:
            restricted_to_user_email_domains = self.restricted_to_user_email_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "read_id": read_id,
                "created_at_unix": created_at_unix,
                "updated_at_unix": updated_at_unix,
                "word_count": word_count,
                "char_count": char_count,
                "chapters": chapters,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if author is not UNSET:
            field_dict["author"] = author
        if description is not UNSET:
            field_dict["description"] = description
        if article_image_url is not UNSET:
            field_dict["article_image_url"] = article_image_url
        if language is not UNSET:
            field_dict["language"] = language
        if locale is not UNSET:
            field_dict["locale"] = locale
        if display_mode is not UNSET:
            field_dict["display_mode"] = display_mode
        if genre is not UNSET:
            field_dict["genre"] = genre
        if fiction is not UNSET:
            field_dict["fiction"] = fiction
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if original_file_type is not UNSET:
            field_dict["original_file_type"] = original_file_type
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience
        if mature_content is not UNSET:
            field_dict["mature_content"] = mature_content
        if safesearch_adult is not UNSET:
            field_dict["safesearch_adult"] = safesearch_adult
        if origin is not UNSET:
            field_dict["origin"] = origin
        if publication_date is not UNSET:
            field_dict["publication_date"] = publication_date
        if isbn is not UNSET:
            field_dict["isbn"] = isbn
        if ean is not UNSET:
            field_dict["ean"] = ean
        if legal_terms is not UNSET:
            field_dict["legal_terms"] = legal_terms
        if content_guidelines_terms is not UNSET:
            field_dict["content_guidelines_terms"] = content_guidelines_terms
        if last_updated_from_project_unix is not UNSET:
            field_dict["last_updated_from_project_unix"] = (
                last_updated_from_project_unix
            )
        if publishing_project_id is not UNSET:
            field_dict["publishing_project_id"] = publishing_project_id
        if publishing_state is not UNSET:
            field_dict["publishing_state"] = publishing_state
        if publisher_profile_id is not UNSET:
            field_dict["publisher_profile_id"] = publisher_profile_id
        if quality_score is not UNSET:
            field_dict["quality_score"] = quality_score
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if copyright_ is not UNSET:
            field_dict["copyright"] = copyright_
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if distribution_territories is not UNSET:
            field_dict["distribution_territories"] = distribution_territories
        if edition is not UNSET:
            field_dict["edition"] = edition
        if contributors is not UNSET:
            field_dict["contributors"] = contributors
        if payout_type is not UNSET:
            field_dict["payout_type"] = payout_type
        if list_price is not UNSET:
            field_dict["list_price"] = list_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if original_audio_project_export_id is not UNSET:
            field_dict["original_audio_project_export_id"] = (
                original_audio_project_export_id
            )
        if original_audio_document_id is not UNSET:
            field_dict["original_audio_document_id"] = original_audio_document_id
        if series_id is not UNSET:
            field_dict["series_id"] = series_id
        if volume is not UNSET:
            field_dict["volume"] = volume
        if published_at_unix is not UNSET:
            field_dict["published_at_unix"] = published_at_unix
        if read_slug is not UNSET:
            field_dict["read_slug"] = read_slug
        if preview_audio_object is not UNSET:
            field_dict["preview_audio_object"] = preview_audio_object
        if sample_config is not UNSET:
            field_dict["sample_config"] = sample_config
        if review is not UNSET:
            field_dict["review"] = review
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if can_use_assistant is not UNSET:
            field_dict["can_use_assistant"] = can_use_assistant
        if is_voice_changer_on is not UNSET:
            field_dict["is_voice_changer_on"] = is_voice_changer_on
        if restricted_to_user_email_domains is not UNSET:
            field_dict["restricted_to_user_email_domains"] = (
                restricted_to_user_email_domains
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        read_id = src_dict["read_id"]
        if not isinstance(read_id, str):
            raise TypeError(
                f"DirectPublishingReadResponseModel.read_id: expected a string, got {type(read_id).__name__}"
            )

        created_at_unix = src_dict["created_at_unix"]
        if not is_json_integer(created_at_unix):
            raise TypeError(
                f"DirectPublishingReadResponseModel.created_at_unix: expected an integer, got {type(created_at_unix).__name__}"
            )

        updated_at_unix = src_dict["updated_at_unix"]
        if not is_json_integer(updated_at_unix):
            raise TypeError(
                f"DirectPublishingReadResponseModel.updated_at_unix: expected an integer, got {type(updated_at_unix).__name__}"
            )

        word_count = src_dict["word_count"]
        if not is_json_integer(word_count):
            raise TypeError(
                f"DirectPublishingReadResponseModel.word_count: expected an integer, got {type(word_count).__name__}"
            )

        char_count = src_dict["char_count"]
        if not is_json_integer(char_count):
            raise TypeError(
                f"DirectPublishingReadResponseModel.char_count: expected an integer, got {type(char_count).__name__}"
            )

        chapters = []
        _chapters = src_dict["chapters"]
        if not isinstance(_chapters, list):
            raise TypeError(
                f"chapters: expected an array, got {type(_chapters).__name__}"
            )

        for chapters_item_data in _chapters:
            chapters_item = ReadMetadataChapterDBModel.from_dict(chapters_item_data)

            chapters.append(chapters_item)

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

        _article_image_url = src_dict.get("article_image_url", UNSET)
        article_image_url: None | str | Unset
        if _article_image_url is UNSET:
            article_image_url = UNSET
        else:
            if not (isinstance(_article_image_url, str) or _article_image_url is None):
                raise TypeError(
                    f"article_image_url: expected a string or null, got {type(_article_image_url).__name__}"
                )
            article_image_url = _article_image_url

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

        _locale = src_dict.get("locale", UNSET)
        locale: None | str | Unset
        if _locale is UNSET:
            locale = UNSET
        else:
            if not (isinstance(_locale, str) or _locale is None):
                raise TypeError(
                    f"locale: expected a string or null, got {type(_locale).__name__}"
                )
            locale = _locale

        _display_mode = src_dict.get("display_mode", UNSET)
        display_mode: DirectPublishingReadResponseModelDisplayModeType0 | None | Unset
        if _display_mode is None:
            display_mode = None
        elif isinstance(_display_mode, Unset):
            display_mode = UNSET
        else:
            try:
                if not isinstance(_display_mode, str):
                    raise TypeError()
                display_mode_type_0 = (
                    DirectPublishingReadResponseModelDisplayModeType0._parse(
                        _display_mode
                    )
                )

                display_mode = display_mode_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_display_mode is None):
                    raise TypeError(
                        f"display_mode: expected one of the spec's values or null, got {type(_display_mode).__name__}"
                    )
                display_mode = _display_mode

        _genre = src_dict.get("genre", UNSET)
        genre: list[DirectPublishingReadResponseModelGenreType0Item] | None | Unset
        if _genre is None:
            genre = None
        elif isinstance(_genre, Unset):
            genre = UNSET
        else:
            try:
                if not isinstance(_genre, list):
                    raise TypeError()
                genre_type_0 = []
                _genre_type_0 = _genre
                if not isinstance(_genre_type_0, list):
                    raise TypeError(
                        f"genre_type_0: expected an array, got {type(_genre_type_0).__name__}"
                    )

                for genre_type_0_item_data in _genre_type_0:
                    genre_type_0_item = (
                        DirectPublishingReadResponseModelGenreType0Item._parse(
                            genre_type_0_item_data
                        )
                    )

                    genre_type_0.append(genre_type_0_item)

                genre = genre_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_genre is None):
                    raise TypeError(
                        f"genre: expected an array or null, got {type(_genre).__name__}"
                    )
                genre = _genre

        _fiction = src_dict.get("fiction", UNSET)
        fiction: None | str | Unset
        if _fiction is UNSET:
            fiction = UNSET
        else:
            if not (isinstance(_fiction, str) or _fiction is None):
                raise TypeError(
                    f"fiction: expected a string or null, got {type(_fiction).__name__}"
                )
            fiction = _fiction

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

        _original_file_type = src_dict.get("original_file_type", UNSET)
        original_file_type: None | str | Unset
        if _original_file_type is UNSET:
            original_file_type = UNSET
        else:
            if not (
                isinstance(_original_file_type, str) or _original_file_type is None
            ):
                raise TypeError(
                    f"original_file_type: expected a string or null, got {type(_original_file_type).__name__}"
                )
            original_file_type = _original_file_type

        _target_audience = src_dict.get("target_audience", UNSET)
        target_audience: (
            DirectPublishingReadResponseModelTargetAudienceType0 | None | Unset
        )
        if _target_audience is None:
            target_audience = None
        elif isinstance(_target_audience, Unset):
            target_audience = UNSET
        else:
            try:
                if not isinstance(_target_audience, str):
                    raise TypeError()
                target_audience_type_0 = (
                    DirectPublishingReadResponseModelTargetAudienceType0._parse(
                        _target_audience
                    )
                )

                target_audience = target_audience_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_target_audience is None):
                    raise TypeError(
                        f"target_audience: expected one of the spec's values or null, got {type(_target_audience).__name__}"
                    )
                target_audience = _target_audience

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

        _safesearch_adult = src_dict.get("safesearch_adult", UNSET)
        safesearch_adult: bool | None | Unset
        if _safesearch_adult is UNSET:
            safesearch_adult = UNSET
        else:
            if not (isinstance(_safesearch_adult, bool) or _safesearch_adult is None):
                raise TypeError(
                    f"safesearch_adult: expected true or false or null, got {type(_safesearch_adult).__name__}"
                )
            safesearch_adult = _safesearch_adult

        _origin = src_dict.get("origin", UNSET)
        origin: None | str | Unset
        if _origin is UNSET:
            origin = UNSET
        else:
            if not (isinstance(_origin, str) or _origin is None):
                raise TypeError(
                    f"origin: expected a string or null, got {type(_origin).__name__}"
                )
            origin = _origin

        _publication_date = src_dict.get("publication_date", UNSET)
        publication_date: None | str | Unset
        if _publication_date is UNSET:
            publication_date = UNSET
        else:
            if not (isinstance(_publication_date, str) or _publication_date is None):
                raise TypeError(
                    f"publication_date: expected a string or null, got {type(_publication_date).__name__}"
                )
            publication_date = _publication_date

        _isbn = src_dict.get("isbn", UNSET)
        isbn: None | str | Unset
        if _isbn is UNSET:
            isbn = UNSET
        else:
            if not (isinstance(_isbn, str) or _isbn is None):
                raise TypeError(
                    f"isbn: expected a string or null, got {type(_isbn).__name__}"
                )
            isbn = _isbn

        _ean = src_dict.get("ean", UNSET)
        ean: None | str | Unset
        if _ean is UNSET:
            ean = UNSET
        else:
            if not (isinstance(_ean, str) or _ean is None):
                raise TypeError(
                    f"ean: expected a string or null, got {type(_ean).__name__}"
                )
            ean = _ean

        _legal_terms = src_dict.get("legal_terms", UNSET)
        legal_terms: None | ReadLegalTerms | Unset
        if _legal_terms is None:
            legal_terms = None
        elif isinstance(_legal_terms, Unset):
            legal_terms = UNSET
        else:
            try:
                if not isinstance(_legal_terms, dict):
                    raise TypeError()
                legal_terms_type_0 = ReadLegalTerms.from_dict(_legal_terms)

                legal_terms = legal_terms_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_legal_terms is None):
                    raise TypeError(
                        f"legal_terms: expected an object or null, got {type(_legal_terms).__name__}"
                    )
                legal_terms = _legal_terms

        _content_guidelines_terms = src_dict.get("content_guidelines_terms", UNSET)
        content_guidelines_terms: None | ReadLegalTerms | Unset
        if _content_guidelines_terms is None:
            content_guidelines_terms = None
        elif isinstance(_content_guidelines_terms, Unset):
            content_guidelines_terms = UNSET
        else:
            try:
                if not isinstance(_content_guidelines_terms, dict):
                    raise TypeError()
                content_guidelines_terms_type_0 = ReadLegalTerms.from_dict(
                    _content_guidelines_terms
                )

                content_guidelines_terms = content_guidelines_terms_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_content_guidelines_terms is None):
                    raise TypeError(
                        f"content_guidelines_terms: expected an object or null, got {type(_content_guidelines_terms).__name__}"
                    )
                content_guidelines_terms = _content_guidelines_terms

        _last_updated_from_project_unix = src_dict.get(
            "last_updated_from_project_unix", UNSET
        )
        last_updated_from_project_unix: int | None | Unset
        if _last_updated_from_project_unix is UNSET:
            last_updated_from_project_unix = UNSET
        else:
            if not (
                is_json_integer(_last_updated_from_project_unix)
                or _last_updated_from_project_unix is None
            ):
                raise TypeError(
                    f"last_updated_from_project_unix: expected an integer or null, got {type(_last_updated_from_project_unix).__name__}"
                )
            last_updated_from_project_unix = _last_updated_from_project_unix

        _publishing_project_id = src_dict.get("publishing_project_id", UNSET)
        publishing_project_id: None | str | Unset
        if _publishing_project_id is UNSET:
            publishing_project_id = UNSET
        else:
            if not (
                isinstance(_publishing_project_id, str)
                or _publishing_project_id is None
            ):
                raise TypeError(
                    f"publishing_project_id: expected a string or null, got {type(_publishing_project_id).__name__}"
                )
            publishing_project_id = _publishing_project_id

        publishing_state = src_dict.get("publishing_state", UNSET)
        if publishing_state is not UNSET and not isinstance(publishing_state, str):
            raise TypeError(
                f"DirectPublishingReadResponseModel.publishing_state: expected a string, got {type(publishing_state).__name__}"
            )

        _publisher_profile_id = src_dict.get("publisher_profile_id", UNSET)
        publisher_profile_id: None | str | Unset
        if _publisher_profile_id is UNSET:
            publisher_profile_id = UNSET
        else:
            if not (
                isinstance(_publisher_profile_id, str) or _publisher_profile_id is None
            ):
                raise TypeError(
                    f"publisher_profile_id: expected a string or null, got {type(_publisher_profile_id).__name__}"
                )
            publisher_profile_id = _publisher_profile_id

        _quality_score = src_dict.get("quality_score", UNSET)
        quality_score: int | None | Unset
        if _quality_score is UNSET:
            quality_score = UNSET
        else:
            if not (is_json_integer(_quality_score) or _quality_score is None):
                raise TypeError(
                    f"quality_score: expected an integer or null, got {type(_quality_score).__name__}"
                )
            quality_score = _quality_score

        _publisher = src_dict.get("publisher", UNSET)
        publisher: None | str | Unset
        if _publisher is UNSET:
            publisher = UNSET
        else:
            if not (isinstance(_publisher, str) or _publisher is None):
                raise TypeError(
                    f"publisher: expected a string or null, got {type(_publisher).__name__}"
                )
            publisher = _publisher

        _copyright_ = src_dict.get("copyright", UNSET)
        copyright_: None | str | Unset
        if _copyright_ is UNSET:
            copyright_ = UNSET
        else:
            if not (isinstance(_copyright_, str) or _copyright_ is None):
                raise TypeError(
                    f"copyright: expected a string or null, got {type(_copyright_).__name__}"
                )
            copyright_ = _copyright_

        _subtitle = src_dict.get("subtitle", UNSET)
        subtitle: None | str | Unset
        if _subtitle is UNSET:
            subtitle = UNSET
        else:
            if not (isinstance(_subtitle, str) or _subtitle is None):
                raise TypeError(
                    f"subtitle: expected a string or null, got {type(_subtitle).__name__}"
                )
            subtitle = _subtitle

        _distribution_territories = src_dict.get("distribution_territories", UNSET)
        distribution_territories: list[str] | None | Unset
        if _distribution_territories is None:
            distribution_territories = None
        elif isinstance(_distribution_territories, Unset):
            distribution_territories = UNSET
        else:
            try:
                if not isinstance(_distribution_territories, list):
                    raise TypeError()
                _distribution_territories_type_0 = _distribution_territories
                if not isinstance(_distribution_territories_type_0, list):
                    raise TypeError(
                        f"distribution_territories_type_0: expected an array, got {type(_distribution_territories_type_0).__name__}"
                    )

                for _item in _distribution_territories_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(
                            f"distribution_territories_type_0: every item must be a string"
                        )
                distribution_territories_type_0 = cast(
                    list[str], _distribution_territories_type_0
                )

                distribution_territories = distribution_territories_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_distribution_territories is None):
                    raise TypeError(
                        f"distribution_territories: expected an array or null, got {type(_distribution_territories).__name__}"
                    )
                distribution_territories = _distribution_territories

        _edition = src_dict.get("edition", UNSET)
        edition: None | str | Unset
        if _edition is UNSET:
            edition = UNSET
        else:
            if not (isinstance(_edition, str) or _edition is None):
                raise TypeError(
                    f"edition: expected a string or null, got {type(_edition).__name__}"
                )
            edition = _edition

        _contributors = src_dict.get("contributors", UNSET)
        contributors: list[Contributor] | None | Unset
        if _contributors is None:
            contributors = None
        elif isinstance(_contributors, Unset):
            contributors = UNSET
        else:
            try:
                if not isinstance(_contributors, list):
                    raise TypeError()
                contributors_type_0 = []
                _contributors_type_0 = _contributors
                if not isinstance(_contributors_type_0, list):
                    raise TypeError(
                        f"contributors_type_0: expected an array, got {type(_contributors_type_0).__name__}"
                    )

                for contributors_type_0_item_data in _contributors_type_0:
                    contributors_type_0_item = Contributor.from_dict(
                        contributors_type_0_item_data
                    )

                    contributors_type_0.append(contributors_type_0_item)

                contributors = contributors_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_contributors is None):
                    raise TypeError(
                        f"contributors: expected an array or null, got {type(_contributors).__name__}"
                    )
                contributors = _contributors

        _payout_type = src_dict.get("payout_type", UNSET)
        payout_type: DirectPublishingReadResponseModelPayoutTypeType0 | None | Unset
        if _payout_type is None:
            payout_type = None
        elif isinstance(_payout_type, Unset):
            payout_type = UNSET
        else:
            try:
                if not isinstance(_payout_type, str):
                    raise TypeError()
                payout_type_type_0 = (
                    DirectPublishingReadResponseModelPayoutTypeType0._parse(
                        _payout_type
                    )
                )

                payout_type = payout_type_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_payout_type is None):
                    raise TypeError(
                        f"payout_type: expected one of the spec's values or null, got {type(_payout_type).__name__}"
                    )
                payout_type = _payout_type

        _list_price = src_dict.get("list_price", UNSET)
        list_price: float | None | Unset
        if _list_price is UNSET:
            list_price = UNSET
        else:
            if not (
                (
                    isinstance(_list_price, float)
                    and _list_price - _list_price == 0.0
                    or type(_list_price) is int
                )
                or _list_price is None
            ):
                raise TypeError(
                    f"list_price: expected a finite number or null, got {type(_list_price).__name__}"
                )
            list_price = _list_price

        _currency = src_dict.get("currency", UNSET)
        currency: Literal["usd"] | None | Unset
        if _currency is None:
            currency = None
        elif isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency_type_0 = cast(Literal["usd"], _currency)
            if currency_type_0 != "usd":
                raise ValueError(
                    f"currency_type_0 must match const 'usd', got '{currency_type_0}'"
                )
            currency = currency_type_0

        _original_audio_project_export_id = src_dict.get(
            "original_audio_project_export_id", UNSET
        )
        original_audio_project_export_id: None | str | Unset
        if _original_audio_project_export_id is UNSET:
            original_audio_project_export_id = UNSET
        else:
            if not (
                isinstance(_original_audio_project_export_id, str)
                or _original_audio_project_export_id is None
            ):
                raise TypeError(
                    f"original_audio_project_export_id: expected a string or null, got {type(_original_audio_project_export_id).__name__}"
                )
            original_audio_project_export_id = _original_audio_project_export_id

        _original_audio_document_id = src_dict.get("original_audio_document_id", UNSET)
        original_audio_document_id: None | str | Unset
        if _original_audio_document_id is UNSET:
            original_audio_document_id = UNSET
        else:
            if not (
                isinstance(_original_audio_document_id, str)
                or _original_audio_document_id is None
            ):
                raise TypeError(
                    f"original_audio_document_id: expected a string or null, got {type(_original_audio_document_id).__name__}"
                )
            original_audio_document_id = _original_audio_document_id

        _series_id = src_dict.get("series_id", UNSET)
        series_id: None | str | Unset
        if _series_id is UNSET:
            series_id = UNSET
        else:
            if not (isinstance(_series_id, str) or _series_id is None):
                raise TypeError(
                    f"series_id: expected a string or null, got {type(_series_id).__name__}"
                )
            series_id = _series_id

        _volume = src_dict.get("volume", UNSET)
        volume: int | None | Unset
        if _volume is UNSET:
            volume = UNSET
        else:
            if not (is_json_integer(_volume) or _volume is None):
                raise TypeError(
                    f"volume: expected an integer or null, got {type(_volume).__name__}"
                )
            volume = _volume

        _published_at_unix = src_dict.get("published_at_unix", UNSET)
        published_at_unix: int | None | Unset
        if _published_at_unix is UNSET:
            published_at_unix = UNSET
        else:
            if not (is_json_integer(_published_at_unix) or _published_at_unix is None):
                raise TypeError(
                    f"published_at_unix: expected an integer or null, got {type(_published_at_unix).__name__}"
                )
            published_at_unix = _published_at_unix

        _read_slug = src_dict.get("read_slug", UNSET)
        read_slug: None | str | Unset
        if _read_slug is UNSET:
            read_slug = UNSET
        else:
            if not (isinstance(_read_slug, str) or _read_slug is None):
                raise TypeError(
                    f"read_slug: expected a string or null, got {type(_read_slug).__name__}"
                )
            read_slug = _read_slug

        _preview_audio_object = src_dict.get("preview_audio_object", UNSET)
        preview_audio_object: None | PreviewAudioDBModel | Unset
        if _preview_audio_object is None:
            preview_audio_object = None
        elif isinstance(_preview_audio_object, Unset):
            preview_audio_object = UNSET
        else:
            try:
                if not isinstance(_preview_audio_object, dict):
                    raise TypeError()
                preview_audio_object_type_0 = PreviewAudioDBModel.from_dict(
                    _preview_audio_object
                )

                preview_audio_object = preview_audio_object_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_preview_audio_object is None):
                    raise TypeError(
                        f"preview_audio_object: expected an object or null, got {type(_preview_audio_object).__name__}"
                    )
                preview_audio_object = _preview_audio_object

        _sample_config = src_dict.get("sample_config", UNSET)
        sample_config: None | SampleConfigDBModel | Unset
        if _sample_config is None:
            sample_config = None
        elif isinstance(_sample_config, Unset):
            sample_config = UNSET
        else:
            try:
                if not isinstance(_sample_config, dict):
                    raise TypeError()
                sample_config_type_0 = SampleConfigDBModel.from_dict(_sample_config)

                sample_config = sample_config_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_sample_config is None):
                    raise TypeError(
                        f"sample_config: expected an object or null, got {type(_sample_config).__name__}"
                    )
                sample_config = _sample_config

        _review = src_dict.get("review", UNSET)
        review: None | ReviewResponseModel | Unset
        if _review is None:
            review = None
        elif isinstance(_review, Unset):
            review = UNSET
        else:
            try:
                if not isinstance(_review, dict):
                    raise TypeError()
                review_type_0 = ReviewResponseModel.from_dict(_review)

                review = review_type_0

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_review is None):
                    raise TypeError(
                        f"review: expected an object or null, got {type(_review).__name__}"
                    )
                review = _review

        _voice_id = src_dict.get("voice_id", UNSET)
        voice_id: None | str | Unset
        if _voice_id is UNSET:
            voice_id = UNSET
        else:
            if not (isinstance(_voice_id, str) or _voice_id is None):
                raise TypeError(
                    f"voice_id: expected a string or null, got {type(_voice_id).__name__}"
                )
            voice_id = _voice_id

        can_use_assistant = src_dict.get("can_use_assistant", UNSET)
        if can_use_assistant is not UNSET and not isinstance(can_use_assistant, bool):
            raise TypeError(
                f"DirectPublishingReadResponseModel.can_use_assistant: expected true or false, got {type(can_use_assistant).__name__}"
            )

        is_voice_changer_on = src_dict.get("is_voice_changer_on", UNSET)
        if is_voice_changer_on is not UNSET and not isinstance(
            is_voice_changer_on, bool
        ):
            raise TypeError(
                f"DirectPublishingReadResponseModel.is_voice_changer_on: expected true or false, got {type(is_voice_changer_on).__name__}"
            )

        _restricted_to_user_email_domains = src_dict.get(
            "restricted_to_user_email_domains", UNSET
        )
        restricted_to_user_email_domains: list[str] | None | Unset
        if _restricted_to_user_email_domains is None:
            restricted_to_user_email_domains = None
        elif isinstance(_restricted_to_user_email_domains, Unset):
            restricted_to_user_email_domains = UNSET
        else:
            try:
                if not isinstance(_restricted_to_user_email_domains, list):
                    raise TypeError()
                _restricted_to_user_email_domains_type_0 = (
                    _restricted_to_user_email_domains
                )
                if not isinstance(_restricted_to_user_email_domains_type_0, list):
                    raise TypeError(
                        f"restricted_to_user_email_domains_type_0: expected an array, got {type(_restricted_to_user_email_domains_type_0).__name__}"
                    )

                for _item in _restricted_to_user_email_domains_type_0:
                    if not isinstance(_item, str):
                        raise TypeError(
                            f"restricted_to_user_email_domains_type_0: every item must be a string"
                        )
                restricted_to_user_email_domains_type_0 = cast(
                    list[str], _restricted_to_user_email_domains_type_0
                )

                restricted_to_user_email_domains = (
                    restricted_to_user_email_domains_type_0
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if not (_restricted_to_user_email_domains is None):
                    raise TypeError(
                        f"restricted_to_user_email_domains: expected an array or null, got {type(_restricted_to_user_email_domains).__name__}"
                    )
                restricted_to_user_email_domains = _restricted_to_user_email_domains

        direct_publishing_read_response_model = cls(
            read_id=read_id,
            created_at_unix=created_at_unix,
            updated_at_unix=updated_at_unix,
            word_count=word_count,
            char_count=char_count,
            chapters=chapters,
            title=title,
            author=author,
            description=description,
            article_image_url=article_image_url,
            language=language,
            locale=locale,
            display_mode=display_mode,
            genre=genre,
            fiction=fiction,
            content_type=content_type,
            original_file_type=original_file_type,
            target_audience=target_audience,
            mature_content=mature_content,
            safesearch_adult=safesearch_adult,
            origin=origin,
            publication_date=publication_date,
            isbn=isbn,
            ean=ean,
            legal_terms=legal_terms,
            content_guidelines_terms=content_guidelines_terms,
            last_updated_from_project_unix=last_updated_from_project_unix,
            publishing_project_id=publishing_project_id,
            publishing_state=publishing_state,
            publisher_profile_id=publisher_profile_id,
            quality_score=quality_score,
            publisher=publisher,
            copyright_=copyright_,
            subtitle=subtitle,
            distribution_territories=distribution_territories,
            edition=edition,
            contributors=contributors,
            payout_type=payout_type,
            list_price=list_price,
            currency=currency,
            original_audio_project_export_id=original_audio_project_export_id,
            original_audio_document_id=original_audio_document_id,
            series_id=series_id,
            volume=volume,
            published_at_unix=published_at_unix,
            read_slug=read_slug,
            preview_audio_object=preview_audio_object,
            sample_config=sample_config,
            review=review,
            voice_id=voice_id,
            can_use_assistant=can_use_assistant,
            is_voice_changer_on=is_voice_changer_on,
            restricted_to_user_email_domains=restricted_to_user_email_domains,
        )

        if not _PROPERTY_NAMES.issuperset(src_dict):
            direct_publishing_read_response_model.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _PROPERTY_NAMES
            }
        return direct_publishing_read_response_model

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
from ..models.contributor import Contributor  # noqa: E402
from ..models.preview_audio_db_model import PreviewAudioDBModel  # noqa: E402
from ..models.read_legal_terms import ReadLegalTerms  # noqa: E402
from ..models.read_metadata_chapter_db_model import ReadMetadataChapterDBModel  # noqa: E402
from ..models.review_response_model import ReviewResponseModel  # noqa: E402
from ..models.sample_config_db_model import SampleConfigDBModel  # noqa: E402
