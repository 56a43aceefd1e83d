from enum import StrEnum


class BodyCreateStudioProjectV1StudioProjectsPostFictionType0(StrEnum):
    FICTION = "fiction"
    NON_FICTION = "non-fiction"

    def __str__(self) -> str:
        return str(self.value)
