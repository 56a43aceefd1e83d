from enum import StrEnum


class VoiceStyle(StrEnum):
    FEMININE = "feminine"
    MASCULINE = "masculine"

    def __str__(self) -> str:
        return str(self.value)
