from enum import StrEnum


class GetDubbedTranscriptFormatType(StrEnum):
    SRT = "srt"
    WEBVTT = "webvtt"

    def __str__(self) -> str:
        return str(self.value)
