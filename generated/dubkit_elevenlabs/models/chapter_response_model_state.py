from enum import StrEnum


class ChapterResponseModelState(StrEnum):
    CONVERTING = "converting"
    DEFAULT = "default"

    def __str__(self) -> str:
        return str(self.value)
