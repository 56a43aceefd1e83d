"""Contains all the data models used in inputs/outputs"""

from .balance import Balance
from .create_project_request import CreateProjectRequest
from .delete_result import DeleteResult
from .error_response import ErrorResponse
from .error_type import ErrorType
from .mixing_mode import MixingMode
from .options import Options
from .project import Project
from .project_list import ProjectList
from .project_status import ProjectStatus
from .project_submitted import ProjectSubmitted
from .project_summary import ProjectSummary
from .retranslation_request import RetranslationRequest
from .script_segment import ScriptSegment
from .speaker import Speaker
from .target_speaker import TargetSpeaker
from .validation_result import ValidationResult
from .voice import Voice
from .voice_catalog import VoiceCatalog
from .voice_catalog_voices import VoiceCatalogVoices
from .voice_style import VoiceStyle

__all__ = (
    "Balance",
    "CreateProjectRequest",
    "DeleteResult",
    "ErrorResponse",
    "ErrorType",
    "MixingMode",
    "Options",
    "Project",
    "ProjectList",
    "ProjectStatus",
    "ProjectSubmitted",
    "ProjectSummary",
    "RetranslationRequest",
    "ScriptSegment",
    "Speaker",
    "TargetSpeaker",
    "ValidationResult",
    "Voice",
    "VoiceCatalog",
    "VoiceCatalogVoices",
    "VoiceStyle",
)
