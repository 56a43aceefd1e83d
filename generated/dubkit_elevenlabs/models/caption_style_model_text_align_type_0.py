from enum import StrEnum


class CaptionStyleModelTextAlignType0(StrEnum):
    CENTER = "center"
    END = "end"
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
