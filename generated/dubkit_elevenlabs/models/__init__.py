"""Contains all the data models used in inputs/outputs"""

from .add_chapter_response_model import AddChapterResponseModel
from .add_project_response_model import AddProjectResponseModel
from .add_resource_language_body import AddResourceLanguageBody
from .api_error_detail import APIErrorDetail
from .api_error_response import APIErrorResponse
from .asset_transcription import AssetTranscription
from .asset_transcription_data import AssetTranscriptionData
from .asset_transcription_status import AssetTranscriptionStatus
from .audio_analysis import AudioAnalysis
from .audio_analysis_result import AudioAnalysisResult
from .audio_analysis_status import AudioAnalysisStatus
from .audio_key_moment import AudioKeyMoment
from .audio_segment import AudioSegment
from .canvas_placement import CanvasPlacement
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
from .caption_style_model_text_blend_mode_type_0 import (
    CaptionStyleModelTextBlendModeType0,
)
from .caption_style_model_text_style_type_0 import CaptionStyleModelTextStyleType0
from .caption_style_model_text_transform_type_0 import (
    CaptionStyleModelTextTransformType0,
)
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
from .clip_animation import ClipAnimation
from .clip_animation_enter_effect import ClipAnimationEnterEffect
from .clip_animation_exit_effect import ClipAnimationExitEffect
from .contributor import Contributor
from .convert_chapter_response_model import ConvertChapterResponseModel
from .convert_project_response_model import ConvertProjectResponseModel
from .create_chapter_body import CreateChapterBody
from .create_dubbing_body import CreateDubbingBody
from .create_dubbing_body_mode import CreateDubbingBodyMode
from .create_dubbing_language_body import CreateDubbingLanguageBody
from .create_dubbing_language_body_translations_type_0 import (
    CreateDubbingLanguageBodyTranslationsType0,
)
from .create_dubbing_project_body import CreateDubbingProjectBody
from .create_dubbing_project_body_model_id_type_0 import (
    CreateDubbingProjectBodyModelIdType0,
)
from .create_podcast_body import CreatePodcastBody
from .create_podcast_body_apply_text_normalization_type_0 import (
    CreatePodcastBodyApplyTextNormalizationType0,
)
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
from .create_speaker_body import CreateSpeakerBody
from .delete_chapter_response_model import DeleteChapterResponseModel
from .delete_dubbing_response_model import DeleteDubbingResponseModel
from .delete_project_response_model import DeleteProjectResponseModel
from .direct_publishing_read_response_model import DirectPublishingReadResponseModel
from .direct_publishing_read_response_model_display_mode_type_0 import (
    DirectPublishingReadResponseModelDisplayModeType0,
)
from .direct_publishing_read_response_model_genre_type_0_item import (
    DirectPublishingReadResponseModelGenreType0Item,
)
from .direct_publishing_read_response_model_payout_type_type_0 import (
    DirectPublishingReadResponseModelPayoutTypeType0,
)
from .direct_publishing_read_response_model_target_audience_type_0 import (
    DirectPublishingReadResponseModelTargetAudienceType0,
)
from .do_dubbing_response_model import DoDubbingResponseModel
from .dub_segments_body import DubSegmentsBody
from .dubbed_segment import DubbedSegment
from .dubbing_bulk_segment_update_request import DubbingBulkSegmentUpdateRequest
from .dubbing_bulk_segment_update_request_segments import (
    DubbingBulkSegmentUpdateRequestSegments,
)
from .dubbing_bulk_source_segment_update_response import (
    DubbingBulkSourceSegmentUpdateResponse,
)
from .dubbing_bulk_target_segment_update_request import (
    DubbingBulkTargetSegmentUpdateRequest,
)
from .dubbing_bulk_target_segment_update_request_segments import (
    DubbingBulkTargetSegmentUpdateRequestSegments,
)
from .dubbing_bulk_target_segment_update_response import (
    DubbingBulkTargetSegmentUpdateResponse,
)
from .dubbing_error import DubbingError
from .dubbing_language_list_response import DubbingLanguageListResponse
from .dubbing_language_outputs import DubbingLanguageOutputs
from .dubbing_language_response import DubbingLanguageResponse
from .dubbing_language_response_status import DubbingLanguageResponseStatus
from .dubbing_media_metadata import DubbingMediaMetadata
from .dubbing_media_reference import DubbingMediaReference
from .dubbing_metadata_page_response_model import DubbingMetadataPageResponseModel
from .dubbing_metadata_response import DubbingMetadataResponse
from .dubbing_project_list_response import DubbingProjectListResponse
from .dubbing_project_response import DubbingProjectResponse
from .dubbing_project_response_status import DubbingProjectResponseStatus
from .dubbing_regenerate_response import DubbingRegenerateResponse
from .dubbing_render_response_model import DubbingRenderResponseModel
from .dubbing_resource import DubbingResource
from .dubbing_resource_renders import DubbingResourceRenders
from .dubbing_resource_speaker_segments import DubbingResourceSpeakerSegments
from .dubbing_resource_speaker_tracks import DubbingResourceSpeakerTracks
from .dubbing_segment_create_request import DubbingSegmentCreateRequest
from .dubbing_segment_update_request import DubbingSegmentUpdateRequest
from .dubbing_source_media_info import DubbingSourceMediaInfo
from .dubbing_source_segment_update_response import DubbingSourceSegmentUpdateResponse
from .dubbing_source_transcript_response import DubbingSourceTranscriptResponse
from .dubbing_target_segment_update_request import DubbingTargetSegmentUpdateRequest
from .dubbing_target_segment_update_response import DubbingTargetSegmentUpdateResponse
from .dubbing_target_transcript_response import DubbingTargetTranscriptResponse
from .dubbing_target_transcript_segment import DubbingTargetTranscriptSegment
from .dubbing_transcript import DubbingTranscript
from .dubbing_transcript_character import DubbingTranscriptCharacter
from .dubbing_transcript_response_model import DubbingTranscriptResponseModel
from .dubbing_transcript_revision_response import DubbingTranscriptRevisionResponse
from .dubbing_transcript_segment import DubbingTranscriptSegment
from .dubbing_transcript_utterance import DubbingTranscriptUtterance
from .dubbing_transcript_word import DubbingTranscriptWord
from .dubbing_transcripts_response_model import DubbingTranscriptsResponseModel
from .dubbing_transcripts_response_model_transcript_format import (
    DubbingTranscriptsResponseModelTranscriptFormat,
)
from .edit_chapter_response_model import EditChapterResponseModel
from .edit_project_response_model import EditProjectResponseModel
from .fine_tuning_response_model import FineTuningResponseModel
from .fine_tuning_response_model_message_type_0 import (
    FineTuningResponseModelMessageType0,
)
from .fine_tuning_response_model_progress_type_0 import (
    FineTuningResponseModelProgressType0,
)
from .fine_tuning_response_model_state import FineTuningResponseModelState
from .fine_tuning_response_model_state_additional_property import (
    FineTuningResponseModelStateAdditionalProperty,
)
from .generation_source_context import GenerationSourceContext
from .generation_source_context_model_parameters_type_0 import (
    GenerationSourceContextModelParametersType0,
)
from .get_chapters_response_model import GetChaptersResponseModel
from .get_dubbed_transcript_format_type import GetDubbedTranscriptFormatType
from .get_dubbing_transcripts_format_type import GetDubbingTranscriptsFormatType
from .get_projects_response_model import GetProjectsResponseModel
from .http_validation_error import HTTPValidationError
from .image_analysis import ImageAnalysis
from .image_analysis_result import ImageAnalysisResult
from .image_analysis_status import ImageAnalysisStatus
from .image_subject import ImageSubject
from .language_added_response import LanguageAddedResponse
from .list_dubbing_projects_sort_direction import ListDubbingProjectsSortDirection
from .list_dubs_creation_sources_type_0_item import ListDubsCreationSourcesType0Item
from .list_dubs_dubbing_models_type_0_item import ListDubsDubbingModelsType0Item
from .list_dubs_dubbing_status import ListDubsDubbingStatus
from .list_dubs_dubbing_statuses_type_0_item import ListDubsDubbingStatusesType0Item
from .list_dubs_filter_by_creator import ListDubsFilterByCreator
from .list_dubs_order_by import ListDubsOrderBy
from .list_dubs_order_direction import ListDubsOrderDirection
from .manual_verification_file_response_model import ManualVerificationFileResponseModel
from .manual_verification_response_model import ManualVerificationResponseModel
from .migrate_segments_body import MigrateSegmentsBody
from .music_explore_song_source_context import MusicExploreSongSourceContext
from .pending_blocks_metadata_model import PendingBlocksMetadataModel
from .pending_clip_task import PendingClipTask
from .pending_clip_task_metadata import PendingClipTaskMetadata
from .pending_clip_task_type import PendingClipTaskType
from .pending_external_audios_metadata_model import PendingExternalAudiosMetadataModel
from .podcast_bulletin_mode import PodcastBulletinMode
from .podcast_bulletin_mode_data import PodcastBulletinModeData
from .podcast_conversation_mode import PodcastConversationMode
from .podcast_conversation_mode_data import PodcastConversationModeData
from .podcast_duration_scale import PodcastDurationScale
from .podcast_project_response_model import PodcastProjectResponseModel
from .podcast_text_source import PodcastTextSource
from .podcast_url_source import PodcastURLSource
from .preview_audio_db_model import PreviewAudioDBModel
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
from .project_extended_response_model_aspect_ratio_type_0 import (
    ProjectExtendedResponseModelAspectRatioType0,
)
from .project_extended_response_model_caption_style_template_overrides_type_0 import (
    ProjectExtendedResponseModelCaptionStyleTemplateOverridesType0,
)
from .project_extended_response_model_experimental import (
    ProjectExtendedResponseModelExperimental,
)
from .project_extended_response_model_fiction_type_0 import (
    ProjectExtendedResponseModelFictionType0,
)
from .project_extended_response_model_source_type_type_0 import (
    ProjectExtendedResponseModelSourceTypeType0,
)
from .project_extended_response_model_state import ProjectExtendedResponseModelState
from .project_extended_response_model_target_audience_type_0 import (
    ProjectExtendedResponseModelTargetAudienceType0,
)
from .project_external_audio_response_model import ProjectExternalAudioResponseModel
from .project_image_response_model import ProjectImageResponseModel
from .project_muted_tracks_response_model import ProjectMutedTracksResponseModel
from .project_response_model import ProjectResponseModel
from .project_response_model_access_level import ProjectResponseModelAccessLevel
from .project_response_model_aspect_ratio_type_0 import (
    ProjectResponseModelAspectRatioType0,
)
from .project_response_model_caption_style_template_overrides_type_0 import (
    ProjectResponseModelCaptionStyleTemplateOverridesType0,
)
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
from .project_video_response_model import ProjectVideoResponseModel
from .project_video_thumbnail_sheet_response_model import (
    ProjectVideoThumbnailSheetResponseModel,
)
from .project_voice_response_model import ProjectVoiceResponseModel
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
from .read_legal_terms import ReadLegalTerms
from .read_metadata_chapter_db_model import ReadMetadataChapterDBModel
from .reader_resource_response_model import ReaderResourceResponseModel
from .reader_resource_response_model_resource_type import (
    ReaderResourceResponseModelResourceType,
)
from .recording_response_model import RecordingResponseModel
from .reference_video import ReferenceVideo
from .render import Render
from .render_dubbing_body import RenderDubbingBody
from .render_status import RenderStatus
from .render_type import RenderType
from .review_response_model import ReviewResponseModel
from .review_response_model_reject_reasons_type_0_item import (
    ReviewResponseModelRejectReasonsType0Item,
)
from .review_response_model_review_status import ReviewResponseModelReviewStatus
from .review_response_model_scores_breakdown_type_0 import (
    ReviewResponseModelScoresBreakdownType0,
)
from .sample_config_db_model import SampleConfigDBModel
from .sample_config_db_model_parent_type_type_0 import (
    SampleConfigDBModelParentTypeType0,
)
from .sample_response_model import SampleResponseModel
from .segment_create_payload import SegmentCreatePayload
from .segment_create_payload_translations_type_0 import (
    SegmentCreatePayloadTranslationsType0,
)
from .segment_create_response import SegmentCreateResponse
from .segment_delete_response import SegmentDeleteResponse
from .segment_dub_response import SegmentDubResponse
from .segment_migration_response import SegmentMigrationResponse
from .segment_subtitle_frame import SegmentSubtitleFrame
from .segment_transcription_response import SegmentTranscriptionResponse
from .segment_translation_response import SegmentTranslationResponse
from .segment_update_payload import SegmentUpdatePayload
from .segment_update_response import SegmentUpdateResponse
from .sfx_source_context import SfxSourceContext
from .sfx_source_context_generation_config_type_0 import (
    SfxSourceContextGenerationConfigType0,
)
from .similar_voice import SimilarVoice
from .similar_voice_category import SimilarVoiceCategory
from .similar_voices_for_speaker_response import SimilarVoicesForSpeakerResponse
from .song_source_context import SongSourceContext
from .song_source_context_generation_settings_type_0 import (
    SongSourceContextGenerationSettingsType0,
)
from .speaker_created_response import SpeakerCreatedResponse
from .speaker_response_model import SpeakerResponseModel
from .speaker_segment import SpeakerSegment
from .speaker_segment_dubs import SpeakerSegmentDubs
from .speaker_separation_response_model import SpeakerSeparationResponseModel
from .speaker_separation_response_model_speakers_type_0 import (
    SpeakerSeparationResponseModelSpeakersType0,
)
from .speaker_separation_response_model_status import (
    SpeakerSeparationResponseModelStatus,
)
from .speaker_track import SpeakerTrack
from .speaker_track_voices import SpeakerTrackVoices
from .speaker_updated_response import SpeakerUpdatedResponse
from .stream_chapter_snapshot_audio_body import StreamChapterSnapshotAudioBody
from .stream_project_snapshot_audio_body import StreamProjectSnapshotAudioBody
from .studio_agent_settings_model import StudioAgentSettingsModel
from .studio_agent_settings_model_tool_settings import (
    StudioAgentSettingsModelToolSettings,
)
from .studio_agent_tool_settings_model import StudioAgentToolSettingsModel
from .studio_clip_reference import StudioClipReference
from .studio_clip_reference_clip_type import StudioClipReferenceClipType
from .studio_text_style_outline_model import StudioTextStyleOutlineModel
from .studio_text_style_shadow_model import StudioTextStyleShadowModel
from .transcribe_segments_body import TranscribeSegmentsBody
from .translate_segments_body import TranslateSegmentsBody
from .update_chapter_body import UpdateChapterBody
from .update_project_body import UpdateProjectBody
from .update_project_content_body import UpdateProjectContentBody
from .update_pronunciation_dictionaries_body import UpdatePronunciationDictionariesBody
from .update_speaker_body import UpdateSpeakerBody
from .utterance_response_model import UtteranceResponseModel
from .validation_error import ValidationError
from .verification_attempt_response_model import VerificationAttemptResponseModel
from .verified_voice_language_response_model import VerifiedVoiceLanguageResponseModel
from .video_analysis import VideoAnalysis
from .video_analysis_result import VideoAnalysisResult
from .video_analysis_status import VideoAnalysisStatus
from .video_key_moment import VideoKeyMoment
from .video_segment import VideoSegment
from .video_subject import VideoSubject
from .voice_response_model import VoiceResponseModel
from .voice_response_model_category import VoiceResponseModelCategory
from .voice_response_model_labelling_status_type_0 import (
    VoiceResponseModelLabellingStatusType0,
)
from .voice_response_model_labels import VoiceResponseModelLabels
from .voice_response_model_recording_quality_type_0 import (
    VoiceResponseModelRecordingQualityType0,
)
from .voice_response_model_safety_control_type_0 import (
    VoiceResponseModelSafetyControlType0,
)
from .voice_settings import VoiceSettings
from .voice_settings_response_model import VoiceSettingsResponseModel
from .voice_sharing_moderation_check_response_model import (
    VoiceSharingModerationCheckResponseModel,
)
from .voice_sharing_response_model import VoiceSharingResponseModel
from .voice_sharing_response_model_category import VoiceSharingResponseModelCategory
from .voice_sharing_response_model_labels import VoiceSharingResponseModelLabels
from .voice_sharing_response_model_review_status import (
    VoiceSharingResponseModelReviewStatus,
)
from .voice_sharing_response_model_status import VoiceSharingResponseModelStatus
from .voice_statistics_response_model import VoiceStatisticsResponseModel
from .voice_verification_response_model import VoiceVerificationResponseModel
from .voices_not_permitted_warning import VoicesNotPermittedWarning

__all__ = (
    "AddChapterResponseModel",
    "AddProjectResponseModel",
    "AddResourceLanguageBody",
    "APIErrorDetail",
    "APIErrorResponse",
    "AssetTranscription",
    "AssetTranscriptionData",
    "AssetTranscriptionStatus",
    "AudioAnalysis",
    "AudioAnalysisResult",
    "AudioAnalysisStatus",
    "AudioKeyMoment",
    "AudioSegment",
    "CanvasPlacement",
    "CaptionStyleCharacterAnimationModel",
    "CaptionStyleCharacterAnimationModelEnterType",
    "CaptionStyleCharacterAnimationModelExitType",
    "CaptionStyleHorizontalPlacementModel",
    "CaptionStyleHorizontalPlacementModelAlign",
    "CaptionStyleModel",
    "CaptionStyleModelTextAlignType0",
    "CaptionStyleModelTextBlendModeType0",
    "CaptionStyleModelTextStyleType0",
    "CaptionStyleModelTextTransformType0",
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
    "ClipAnimation",
    "ClipAnimationEnterEffect",
    "ClipAnimationExitEffect",
    "Contributor",
    "ConvertChapterResponseModel",
    "ConvertProjectResponseModel",
    "CreateChapterBody",
    "CreateDubbingBody",
    "CreateDubbingBodyMode",
    "CreateDubbingLanguageBody",
    "CreateDubbingLanguageBodyTranslationsType0",
    "CreateDubbingProjectBody",
    "CreateDubbingProjectBodyModelIdType0",
    "CreatePodcastBody",
    "CreatePodcastBodyApplyTextNormalizationType0",
    "CreateProjectBody",
    "CreateProjectBodyApplyTextNormalizationType0",
    "CreateProjectBodyFictionType0",
    "CreateProjectBodySourceTypeType0",
    "CreateProjectBodyTargetAudienceType0",
    "CreatePronunciationDictionaryResponseModel",
    "CreateSpeakerBody",
    "DeleteChapterResponseModel",
    "DeleteDubbingResponseModel",
    "DeleteProjectResponseModel",
    "DirectPublishingReadResponseModel",
    "DirectPublishingReadResponseModelDisplayModeType0",
    "DirectPublishingReadResponseModelGenreType0Item",
    "DirectPublishingReadResponseModelPayoutTypeType0",
    "DirectPublishingReadResponseModelTargetAudienceType0",
    "DoDubbingResponseModel",
    "DubbedSegment",
    "DubbingBulkSegmentUpdateRequest",
    "DubbingBulkSegmentUpdateRequestSegments",
    "DubbingBulkSourceSegmentUpdateResponse",
    "DubbingBulkTargetSegmentUpdateRequest",
    "DubbingBulkTargetSegmentUpdateRequestSegments",
    "DubbingBulkTargetSegmentUpdateResponse",
    "DubbingError",
    "DubbingLanguageListResponse",
    "DubbingLanguageOutputs",
    "DubbingLanguageResponse",
    "DubbingLanguageResponseStatus",
    "DubbingMediaMetadata",
    "DubbingMediaReference",
    "DubbingMetadataPageResponseModel",
    "DubbingMetadataResponse",
    "DubbingProjectListResponse",
    "DubbingProjectResponse",
    "DubbingProjectResponseStatus",
    "DubbingRegenerateResponse",
    "DubbingRenderResponseModel",
    "DubbingResource",
    "DubbingResourceRenders",
    "DubbingResourceSpeakerSegments",
    "DubbingResourceSpeakerTracks",
    "DubbingSegmentCreateRequest",
    "DubbingSegmentUpdateRequest",
    "DubbingSourceMediaInfo",
    "DubbingSourceSegmentUpdateResponse",
    "DubbingSourceTranscriptResponse",
    "DubbingTargetSegmentUpdateRequest",
    "DubbingTargetSegmentUpdateResponse",
    "DubbingTargetTranscriptResponse",
    "DubbingTargetTranscriptSegment",
    "DubbingTranscript",
    "DubbingTranscriptCharacter",
    "DubbingTranscriptResponseModel",
    "DubbingTranscriptRevisionResponse",
    "DubbingTranscriptSegment",
    "DubbingTranscriptsResponseModel",
    "DubbingTranscriptsResponseModelTranscriptFormat",
    "DubbingTranscriptUtterance",
    "DubbingTranscriptWord",
    "DubSegmentsBody",
    "EditChapterResponseModel",
    "EditProjectResponseModel",
    "FineTuningResponseModel",
    "FineTuningResponseModelMessageType0",
    "FineTuningResponseModelProgressType0",
    "FineTuningResponseModelState",
    "FineTuningResponseModelStateAdditionalProperty",
    "GenerationSourceContext",
    "GenerationSourceContextModelParametersType0",
    "GetChaptersResponseModel",
    "GetDubbedTranscriptFormatType",
    "GetDubbingTranscriptsFormatType",
    "GetProjectsResponseModel",
    "HTTPValidationError",
    "ImageAnalysis",
    "ImageAnalysisResult",
    "ImageAnalysisStatus",
    "ImageSubject",
    "LanguageAddedResponse",
    "ListDubbingProjectsSortDirection",
    "ListDubsCreationSourcesType0Item",
    "ListDubsDubbingModelsType0Item",
    "ListDubsDubbingStatus",
    "ListDubsDubbingStatusesType0Item",
    "ListDubsFilterByCreator",
    "ListDubsOrderBy",
    "ListDubsOrderDirection",
    "ManualVerificationFileResponseModel",
    "ManualVerificationResponseModel",
    "MigrateSegmentsBody",
    "MusicExploreSongSourceContext",
    "PendingBlocksMetadataModel",
    "PendingClipTask",
    "PendingClipTaskMetadata",
    "PendingClipTaskType",
    "PendingExternalAudiosMetadataModel",
    "PodcastBulletinMode",
    "PodcastBulletinModeData",
    "PodcastConversationMode",
    "PodcastConversationModeData",
    "PodcastDurationScale",
    "PodcastProjectResponseModel",
    "PodcastTextSource",
    "PodcastURLSource",
    "PreviewAudioDBModel",
    "ProjectCreationMetaResponseModel",
    "ProjectCreationMetaResponseModelStatus",
    "ProjectCreationMetaResponseModelType",
    "ProjectExtendedResponseModel",
    "ProjectExtendedResponseModelAccessLevel",
    "ProjectExtendedResponseModelApplyTextNormalization",
    "ProjectExtendedResponseModelAspectRatioType0",
    "ProjectExtendedResponseModelCaptionStyleTemplateOverridesType0",
    "ProjectExtendedResponseModelExperimental",
    "ProjectExtendedResponseModelFictionType0",
    "ProjectExtendedResponseModelSourceTypeType0",
    "ProjectExtendedResponseModelState",
    "ProjectExtendedResponseModelTargetAudienceType0",
    "ProjectExternalAudioResponseModel",
    "ProjectImageResponseModel",
    "ProjectMutedTracksResponseModel",
    "ProjectResponseModel",
    "ProjectResponseModelAccessLevel",
    "ProjectResponseModelAspectRatioType0",
    "ProjectResponseModelCaptionStyleTemplateOverridesType0",
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
    "ProjectVideoResponseModel",
    "ProjectVideoThumbnailSheetResponseModel",
    "ProjectVoiceResponseModel",
    "PronunciationDictionaryLocatorResponseModel",
    "PronunciationDictionaryVersionLocatorDBModel",
    "PronunciationDictionaryVersionResponseModel",
    "PronunciationDictionaryVersionResponseModelPermissionOnResourceType0",
    "QualityPreset",
    "ReaderResourceResponseModel",
    "ReaderResourceResponseModelResourceType",
    "ReadLegalTerms",
    "ReadMetadataChapterDBModel",
    "RecordingResponseModel",
    "ReferenceVideo",
    "Render",
    "RenderDubbingBody",
    "RenderStatus",
    "RenderType",
    "ReviewResponseModel",
    "ReviewResponseModelRejectReasonsType0Item",
    "ReviewResponseModelReviewStatus",
    "ReviewResponseModelScoresBreakdownType0",
    "SampleConfigDBModel",
    "SampleConfigDBModelParentTypeType0",
    "SampleResponseModel",
    "SegmentCreatePayload",
    "SegmentCreatePayloadTranslationsType0",
    "SegmentCreateResponse",
    "SegmentDeleteResponse",
    "SegmentDubResponse",
    "SegmentMigrationResponse",
    "SegmentSubtitleFrame",
    "SegmentTranscriptionResponse",
    "SegmentTranslationResponse",
    "SegmentUpdatePayload",
    "SegmentUpdateResponse",
    "SfxSourceContext",
    "SfxSourceContextGenerationConfigType0",
    "SimilarVoice",
    "SimilarVoiceCategory",
    "SimilarVoicesForSpeakerResponse",
    "SongSourceContext",
    "SongSourceContextGenerationSettingsType0",
    "SpeakerCreatedResponse",
    "SpeakerResponseModel",
    "SpeakerSegment",
    "SpeakerSegmentDubs",
    "SpeakerSeparationResponseModel",
    "SpeakerSeparationResponseModelSpeakersType0",
    "SpeakerSeparationResponseModelStatus",
    "SpeakerTrack",
    "SpeakerTrackVoices",
    "SpeakerUpdatedResponse",
    "StreamChapterSnapshotAudioBody",
    "StreamProjectSnapshotAudioBody",
    "StudioAgentSettingsModel",
    "StudioAgentSettingsModelToolSettings",
    "StudioAgentToolSettingsModel",
    "StudioClipReference",
    "StudioClipReferenceClipType",
    "StudioTextStyleOutlineModel",
    "StudioTextStyleShadowModel",
    "TranscribeSegmentsBody",
    "TranslateSegmentsBody",
    "UpdateChapterBody",
    "UpdateProjectBody",
    "UpdateProjectContentBody",
    "UpdatePronunciationDictionariesBody",
    "UpdateSpeakerBody",
    "UtteranceResponseModel",
    "ValidationError",
    "VerificationAttemptResponseModel",
    "VerifiedVoiceLanguageResponseModel",
    "VideoAnalysis",
    "VideoAnalysisResult",
    "VideoAnalysisStatus",
    "VideoKeyMoment",
    "VideoSegment",
    "VideoSubject",
    "VoiceResponseModel",
    "VoiceResponseModelCategory",
    "VoiceResponseModelLabellingStatusType0",
    "VoiceResponseModelLabels",
    "VoiceResponseModelRecordingQualityType0",
    "VoiceResponseModelSafetyControlType0",
    "VoiceSettings",
    "VoiceSettingsResponseModel",
    "VoiceSharingModerationCheckResponseModel",
    "VoiceSharingResponseModel",
    "VoiceSharingResponseModelCategory",
    "VoiceSharingResponseModelLabels",
    "VoiceSharingResponseModelReviewStatus",
    "VoiceSharingResponseModelStatus",
    "VoicesNotPermittedWarning",
    "VoiceStatisticsResponseModel",
    "VoiceVerificationResponseModel",
)
