from enum import StrEnum


class RenderType(StrEnum):
    AAC = "aac"
    AAF = "aaf"
    CLIPS_ZIP = "clips_zip"
    MP3 = "mp3"
    MP4 = "mp4"
    TRACKS_ZIP = "tracks_zip"
    WAV = "wav"
    ZIP = "zip"

    def __str__(self) -> str:
        return str(self.value)
