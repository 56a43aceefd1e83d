"""Contains all the data models used in inputs/outputs"""

from .add_chapter_response_model import AddChapterResponseModel
from .add_project_response_model import AddProjectResponseModel
from .add_resource_language_body import AddResourceLanguageBody
from .api_error_detail import APIErrorDetail
from .api_error_response import APIErrorResponse
from .caption_style_character_animation_model import CaptionStyleCharacterAnimationModel
from .caption_style_character_animation_model_enter_type import (
    CaptionStyleCharacterAnimationModelEnterType,
)
from .caption_style_character_animation_model_exit_type import (
    CaptionStyleCharacterAnimationModelExitType,
)
from .caption_style_horizontal_placement_model import (
    CaptionStyleHorizontalPlacementModel,
)
from .caption_style_horizontal_placement_model_align import (
    CaptionStyleHorizontalPlacementModelAlign,
)
from .caption_style_model import CaptionStyleModel
from .caption_style_model_text_align_type_0 import CaptionStyleModelTextAlignType0
from .caption_style_model_text_style_type_0 import CaptionStyleModelTextStyleType0
from .caption_style_model_text_weight_type_0 import CaptionStyleModelTextWeightType0
from .caption_style_section_animation_model import CaptionStyleSectionAnimationModel
from .caption_style_section_animation_model_enter_type import (
    CaptionStyleSectionAnimationModelEnterType,
)
from .caption_style_section_animation_model_exit_type import (
    CaptionStyleSectionAnimationModelExitType,
)
from .caption_style_template_model import CaptionStyleTemplateModel
from .caption_style_vertical_placement_model import CaptionStyleVerticalPlacementModel
from .caption_style_vertical_placement_model_align import (
    CaptionStyleVerticalPlacementModelAlign,
)
from .caption_style_word_animation_model import CaptionStyleWordAnimationModel
from .caption_style_word_animation_model_enter_type import (
    CaptionStyleWordAnimationModelEnterType,
)
from .caption_style_word_animation_model_exit_type import (
    CaptionStyleWordAnimationModelExitType,
)
from .chapter_content_block_extendable_node_response_model import (
    ChapterContentBlockExtendableNodeResponseModel,
)
from .chapter_content_block_input_model import ChapterContentBlockInputModel
from .chapter_content_block_input_model_sub_type_type_0 import (
    ChapterContentBlockInputModelSubTypeType0,
)
from .chapter_content_block_response_model import ChapterContentBlockResponseModel
from .chapter_content_block_tts_node_response_model import (
    ChapterContentBlockTtsNodeResponseModel,
)
from .chapter_content_input_model import ChapterContentInputModel
from .chapter_content_paragraph_tts_node_input_model import (
    ChapterContentParagraphTtsNodeInputModel,
)
from .chapter_content_response_model import ChapterContentResponseModel
from .chapter_response_model import ChapterResponseModel
from .chapter_response_model_state import ChapterResponseModelState
from .chapter_snapshot_extended_response_model import (
    ChapterSnapshotExtendedResponseModel,
)
from .chapter_snapshot_response_model import ChapterSnapshotResponseModel
from .chapter_snapshots_response_model import ChapterSnapshotsResponseModel
from .chapter_statistics_response_model import ChapterStatisticsResponseModel
from .chapter_with_content_response_model import ChapterWithContentResponseModel
from .chapter_with_content_response_model_state import (
    ChapterWithContentResponseModelState,
)
from .character_alignment_model import CharacterAlignmentModel
from .convert_chapter_response_model import ConvertChapterResponseModel
from .convert_project_response_model import ConvertProjectResponseModel
from .create_chapter_body import CreateChapterBody
from .create_dubbing_body import CreateDubbingBody
from .create_podcast_body import CreatePodcastBody
from .create_project_body import CreateProjectBody
from .create_project_body_apply_text_normalization_type_0 import (
    CreateProjectBodyApplyTextNormalizationType0,
)
from .create_project_body_fiction_type_0 import CreateProjectBodyFictionType0
from .create_project_body_source_type_type_0 import CreateProjectBodySourceTypeType0
from .create_project_body_target_audience_type_0 import (
    CreateProjectBodyTargetAudienceType0,
)
from .create_pronunciation_dictionary_response_model import (
    CreatePronunciationDictionaryResponseModel,
)
from .delete_chapter_response_model import DeleteChapterResponseModel
from .delete_dubbing_response_model import DeleteDubbingResponseModel
from .delete_project_response_model import DeleteProjectResponseModel
from .do_dubbing_response_model import DoDubbingResponseModel
from .dub_segments_body import DubSegmentsBody
from .dubbed_segment import DubbedSegment
from .dubbing_media_metadata import DubbingMediaMetadata
from .dubbing_media_reference import DubbingMediaReference
from .dubbing_metadata_page_response_model import DubbingMetadataPageResponseModel
from .dubbing_metadata_response import DubbingMetadataResponse
from .dubbing_render_response_model import DubbingRenderResponseModel
from .dubbing_resource import DubbingResource
from .dubbing_resource_renders import DubbingResourceRenders
from .dubbing_resource_speaker_segments import DubbingResourceSpeakerSegments
from .dubbing_resource_speaker_tracks import DubbingResourceSpeakerTracks
from .edit_chapter_response_model import EditChapterResponseModel
from .edit_project_response_model import EditProjectResponseModel
from .get_chapters_response_model import GetChaptersResponseModel
from .get_dubbed_transcript_format_type import GetDubbedTranscriptFormatType
from .get_projects_response_model import GetProjectsResponseModel
from .http_validation_error import HTTPValidationError
from .language_added_response import LanguageAddedResponse
from .list_dubs_dubbing_status import ListDubsDubbingStatus
from .list_dubs_filter_by_creator import ListDubsFilterByCreator
from .podcast_bulletin_mode import PodcastBulletinMode
from .podcast_bulletin_mode_data import PodcastBulletinModeData
from .podcast_conversation_mode import PodcastConversationMode
from .podcast_conversation_mode_data import PodcastConversationModeData
from .podcast_duration_scale import PodcastDurationScale
from .podcast_project_response_model import PodcastProjectResponseModel
from .podcast_text_source import PodcastTextSource
from .podcast_url_source import PodcastURLSource
from .project_creation_meta_response_model import ProjectCreationMetaResponseModel
from .project_creation_meta_response_model_status import (
    ProjectCreationMetaResponseModelStatus,
)
from .project_creation_meta_response_model_type import (
    ProjectCreationMetaResponseModelType,
)
from .project_extended_response_model import ProjectExtendedResponseModel
from .project_extended_response_model_access_level import (
    ProjectExtendedResponseModelAccessLevel,
)
from .project_extended_response_model_apply_text_normalization import (
    ProjectExtendedResponseModelApplyTextNormalization,
)
from .project_extended_response_model_experimental import (
    ProjectExtendedResponseModelExperimental,
)
from .project_extended_response_model_fiction_type_0 import (
    ProjectExtendedResponseModelFictionType0,
)
from .project_extended_response_model_quality_preset import (
    ProjectExtendedResponseModelQualityPreset,
)
from .project_extended_response_model_source_type_type_0 import (
    ProjectExtendedResponseModelSourceTypeType0,
)
from .project_extended_response_model_state import ProjectExtendedResponseModelState
from .project_extended_response_model_target_audience_type_0 import (
    ProjectExtendedResponseModelTargetAudienceType0,
)
from .project_response_model import ProjectResponseModel
from .project_response_model_access_level import ProjectResponseModelAccessLevel
from .project_response_model_fiction_type_0 import ProjectResponseModelFictionType0
from .project_response_model_source_type_type_0 import (
    ProjectResponseModelSourceTypeType0,
)
from .project_response_model_state import ProjectResponseModelState
from .project_response_model_target_audience_type_0 import (
    ProjectResponseModelTargetAudienceType0,
)
from .project_snapshot_extended_response_model import (
    ProjectSnapshotExtendedResponseModel,
)
from .project_snapshot_extended_response_model_audio_upload_type_0 import (
    ProjectSnapshotExtendedResponseModelAudioUploadType0,
)
from .project_snapshot_extended_response_model_zip_upload_type_0 import (
    ProjectSnapshotExtendedResponseModelZipUploadType0,
)
from .project_snapshot_response_model import ProjectSnapshotResponseModel
from .project_snapshot_response_model_audio_upload_type_0 import (
    ProjectSnapshotResponseModelAudioUploadType0,
)
from .project_snapshot_response_model_zip_upload_type_0 import (
    ProjectSnapshotResponseModelZipUploadType0,
)
from .project_snapshots_response_model import ProjectSnapshotsResponseModel
from .pronunciation_dictionary_locator_response_model import (
    PronunciationDictionaryLocatorResponseModel,
)
from .pronunciation_dictionary_version_locator_db_model import (
    PronunciationDictionaryVersionLocatorDBModel,
)
from .pronunciation_dictionary_version_response_model import (
    PronunciationDictionaryVersionResponseModel,
)
from .pronunciation_dictionary_version_response_model_permission_on_resource_type_0 import (
    PronunciationDictionaryVersionResponseModelPermissionOnResourceType0,
)
from .quality_preset import QualityPreset
from .render import Render
from .render_dubbing_body import RenderDubbingBody
from .render_status import RenderStatus
from .render_type import RenderType
from .segment_create_payload import SegmentCreatePayload
from .segment_create_payload_translations_type_0 import (
    SegmentCreatePayloadTranslationsType0,
)
from .segment_create_response import SegmentCreateResponse
from .segment_delete_response import SegmentDeleteResponse
from .segment_dub_response import SegmentDubResponse
from .segment_subtitle_frame import SegmentSubtitleFrame
from .segment_transcription_response import SegmentTranscriptionResponse
from .segment_translation_response import SegmentTranslationResponse
from .segment_update_payload import SegmentUpdatePayload
from .segment_update_response import SegmentUpdateResponse
from .similar_voice import SimilarVoice
from .similar_voice_category import SimilarVoiceCategory
from .similar_voices_for_speaker_response import SimilarVoicesForSpeakerResponse
from .speaker_segment import SpeakerSegment
from .speaker_segment_dubs import SpeakerSegmentDubs
from .speaker_track import SpeakerTrack
from .speaker_track_voices import SpeakerTrackVoices
from .speaker_updated_response import SpeakerUpdatedResponse
from .stream_chapter_snapshot_audio_body import StreamChapterSnapshotAudioBody
from .stream_project_snapshot_audio_body import StreamProjectSnapshotAudioBody
from .transcribe_segments_body import TranscribeSegmentsBody
from .translate_segments_body import TranslateSegmentsBody
from .update_chapter_body import UpdateChapterBody
from .update_project_body import UpdateProjectBody
from .update_project_content_body import UpdateProjectContentBody
from .update_pronunciation_dictionaries_body import UpdatePronunciationDictionariesBody
from .update_speaker_body import UpdateSpeakerBody
from .validation_error import ValidationError

__all__ = (
    "AddChapterResponseModel",
    "AddProjectResponseModel",
    "AddResourceLanguageBody",
    "APIErrorDetail",
    "APIErrorResponse",
    "CaptionStyleCharacterAnimationModel",
    "CaptionStyleCharacterAnimationModelEnterType",
    "CaptionStyleCharacterAnimationModelExitType",
    "CaptionStyleHorizontalPlacementModel",
    "CaptionStyleHorizontalPlacementModelAlign",
    "CaptionStyleModel",
    "CaptionStyleModelTextAlignType0",
    "CaptionStyleModelTextStyleType0",
    "CaptionStyleModelTextWeightType0",
    "CaptionStyleSectionAnimationModel",
    "CaptionStyleSectionAnimationModelEnterType",
    "CaptionStyleSectionAnimationModelExitType",
    "CaptionStyleTemplateModel",
    "CaptionStyleVerticalPlacementModel",
    "CaptionStyleVerticalPlacementModelAlign",
    "CaptionStyleWordAnimationModel",
    "CaptionStyleWordAnimationModelEnterType",
    "CaptionStyleWordAnimationModelExitType",
    "ChapterContentBlockExtendableNodeResponseModel",
    "ChapterContentBlockInputModel",
    "ChapterContentBlockInputModelSubTypeType0",
    "ChapterContentBlockResponseModel",
    "ChapterContentBlockTtsNodeResponseModel",
    "ChapterContentInputModel",
    "ChapterContentParagraphTtsNodeInputModel",
    "ChapterContentResponseModel",
    "ChapterResponseModel",
    "ChapterResponseModelState",
    "ChapterSnapshotExtendedResponseModel",
    "ChapterSnapshotResponseModel",
    "ChapterSnapshotsResponseModel",
    "ChapterStatisticsResponseModel",
    "ChapterWithContentResponseModel",
    "ChapterWithContentResponseModelState",
    "CharacterAlignmentModel",
    "ConvertChapterResponseModel",
    "ConvertProjectResponseModel",
    "CreateChapterBody",
    "CreateDubbingBody",
    "CreatePodcastBody",
    "CreateProjectBody",
    "CreateProjectBodyApplyTextNormalizationType0",
    "CreateProjectBodyFictionType0",
    "CreateProjectBodySourceTypeType0",
    "CreateProjectBodyTargetAudienceType0",
    "CreatePronunciationDictionaryResponseModel",
    "DeleteChapterResponseModel",
    "DeleteDubbingResponseModel",
    "DeleteProjectResponseModel",
    "DoDubbingResponseModel",
    "DubbedSegment",
    "DubbingMediaMetadata",
    "DubbingMediaReference",
    "DubbingMetadataPageResponseModel",
    "DubbingMetadataResponse",
    "DubbingRenderResponseModel",
    "DubbingResource",
    "DubbingResourceRenders",
    "DubbingResourceSpeakerSegments",
    "DubbingResourceSpeakerTracks",
    "DubSegmentsBody",
    "EditChapterResponseModel",
    "EditProjectResponseModel",
    "GetChaptersResponseModel",
    "GetDubbedTranscriptFormatType",
    "GetProjectsResponseModel",
    "HTTPValidationError",
    "LanguageAddedResponse",
    "ListDubsDubbingStatus",
    "ListDubsFilterByCreator",
    "PodcastBulletinMode",
    "PodcastBulletinModeData",
    "PodcastConversationMode",
    "PodcastConversationModeData",
    "PodcastDurationScale",
    "PodcastProjectResponseModel",
    "PodcastTextSource",
    "PodcastURLSource",
    "ProjectCreationMetaResponseModel",
    "ProjectCreationMetaResponseModelStatus",
    "ProjectCreationMetaResponseModelType",
    "ProjectExtendedResponseModel",
    "ProjectExtendedResponseModelAccessLevel",
    "ProjectExtendedResponseModelApplyTextNormalization",
    "ProjectExtendedResponseModelExperimental",
    "ProjectExtendedResponseModelFictionType0",
    "ProjectExtendedResponseModelQualityPreset",
    "ProjectExtendedResponseModelSourceTypeType0",
    "ProjectExtendedResponseModelState",
    "ProjectExtendedResponseModelTargetAudienceType0",
    "ProjectResponseModel",
    "ProjectResponseModelAccessLevel",
    "ProjectResponseModelFictionType0",
    "ProjectResponseModelSourceTypeType0",
    "ProjectResponseModelState",
    "ProjectResponseModelTargetAudienceType0",
    "ProjectSnapshotExtendedResponseModel",
    "ProjectSnapshotExtendedResponseModelAudioUploadType0",
    "ProjectSnapshotExtendedResponseModelZipUploadType0",
    "ProjectSnapshotResponseModel",
    "ProjectSnapshotResponseModelAudioUploadType0",
    "ProjectSnapshotResponseModelZipUploadType0",
    "ProjectSnapshotsResponseModel",
    "PronunciationDictionaryLocatorResponseModel",
    "PronunciationDictionaryVersionLocatorDBModel",
    "PronunciationDictionaryVersionResponseModel",
    "PronunciationDictionaryVersionResponseModelPermissionOnResourceType0",
    "QualityPreset",
    "Render",
    "RenderDubbingBody",
    "RenderStatus",
    "RenderType",
    "SegmentCreatePayload",
    "SegmentCreatePayloadTranslationsType0",
    "SegmentCreateResponse",
    "SegmentDeleteResponse",
    "SegmentDubResponse",
    "SegmentSubtitleFrame",
    "SegmentTranscriptionResponse",
    "SegmentTranslationResponse",
    "SegmentUpdatePayload",
    "SegmentUpdateResponse",
    "SimilarVoice",
    "SimilarVoiceCategory",
    "SimilarVoicesForSpeakerResponse",
    "SpeakerSegment",
    "SpeakerSegmentDubs",
    "SpeakerTrack",
    "SpeakerTrackVoices",
    "SpeakerUpdatedResponse",
    "StreamChapterSnapshotAudioBody",
    "StreamProjectSnapshotAudioBody",
    "TranscribeSegmentsBody",
    "TranslateSegmentsBody",
    "UpdateChapterBody",
    "UpdateProjectBody",
    "UpdateProjectContentBody",
    "UpdatePronunciationDictionariesBody",
    "UpdateSpeakerBody",
    "ValidationError",
)
