from enum import StrEnum


class CaptionStyleWordAnimationModelEnterType(StrEnum):
    FADE = "fade"
    NONE = "none"
    SCALE = "scale"

    def __str__(self) -> str:
        return str(self.value)
