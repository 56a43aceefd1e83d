from enum import StrEnum


class CaptionStyleModelTextStyleType0(StrEnum):
    ITALIC = "italic"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)
