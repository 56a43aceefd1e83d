from enum import StrEnum


class ChapterWithContentResponseModelState(StrEnum):
    CONVERTING = "converting"
    DEFAULT = "default"

    def __str__(self) -> str:
        return str(self.value)
