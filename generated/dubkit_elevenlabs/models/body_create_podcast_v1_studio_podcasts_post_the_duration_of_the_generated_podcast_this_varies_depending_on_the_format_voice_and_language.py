from enum import StrEnum


class BodyCreatePodcastV1StudioPodcastsPostTheDurationOfTheGeneratedPodcastThisVariesDependingOnTheFormatVoiceAndLanguage(
    StrEnum
):
    DEFAULT = "default"
    LONG = "long"
    SHORT = "short"

    def __str__(self) -> str:
        return str(self.value)
