from enum import StrEnum


class RenderStatus(StrEnum):
    COMPLETE = "complete"
    FAILED = "failed"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
