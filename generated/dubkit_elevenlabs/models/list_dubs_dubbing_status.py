from enum import StrEnum


class ListDubsDubbingStatus(StrEnum):
    DUBBED = "dubbed"
    DUBBING = "dubbing"
    FAILED = "failed"

    def __str__(self) -> str:
        return str(self.value)
