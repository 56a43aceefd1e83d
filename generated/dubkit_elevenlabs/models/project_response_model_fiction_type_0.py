from enum import StrEnum


class ProjectResponseModelFictionType0(StrEnum):
    FICTION = "fiction"
    NON_FICTION = "non-fiction"

    def __str__(self) -> str:
        return str(self.value)
