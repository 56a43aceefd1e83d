from enum import StrEnum


class PodcastQualityPreset(StrEnum):
    HIGH = "high"
    HIGHEST = "highest"
    STANDARD = "standard"
    ULTRA = "ultra"
    ULTRA_LOSSLESS = "ultra_lossless"

    def __str__(self) -> str:
        return str(self.value)
