from enum import StrEnum


class ProjectStatus(StrEnum):
    ERROR = "error"
    IN_PROGRESS = "in_progress"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)
