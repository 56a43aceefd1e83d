from enum import StrEnum


class MixingMode(StrEnum):
    VOICEOVER_ONLY = "voiceover_only"
    VOICEOVER_WITHOUT_ORIGINAL_VOICE = "voiceover_without_original_voice"
    VOICEOVER_WITH_ORIGINAL_TRACK = "voiceover_with_original_track"

    def __str__(self) -> str:
        return str(self.value)
