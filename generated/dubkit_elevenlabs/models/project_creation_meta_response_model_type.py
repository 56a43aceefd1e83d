from enum import StrEnum


class ProjectCreationMetaResponseModelType(StrEnum):
    AUTO_ASSIGN_VOICES = "auto_assign_voices"
    BLANK = "blank"
    GENERATE_PODCAST = "generate_podcast"

    def __str__(self) -> str:
        return str(self.value)
