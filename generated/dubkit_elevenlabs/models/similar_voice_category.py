from enum import StrEnum


class SimilarVoiceCategory(StrEnum):
    CLONED = "cloned"
    FAMOUS = "famous"
    GENERATED = "generated"
    PREMADE = "premade"
    PROFESSIONAL = "professional"

    def __str__(self) -> str:
        return str(self.value)
