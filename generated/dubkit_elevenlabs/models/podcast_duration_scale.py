from enum import StrEnum


class PodcastDurationScale(StrEnum):
    DEFAULT = "default"
    LONG = "long"
    SHORT = "short"

    def __str__(self) -> str:
        return str(self.value)
