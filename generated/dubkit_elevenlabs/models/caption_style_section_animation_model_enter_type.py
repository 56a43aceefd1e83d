from enum import StrEnum


class CaptionStyleSectionAnimationModelEnterType(StrEnum):
    FADE = "fade"
    NONE = "none"
    SCALE = "scale"

    def __str__(self) -> str:
        return str(self.value)
