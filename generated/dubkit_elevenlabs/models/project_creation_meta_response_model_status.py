from enum import StrEnum


class ProjectCreationMetaResponseModelStatus(StrEnum):
    CREATING = "creating"
    FAILED = "failed"
    FINISHED = "finished"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
