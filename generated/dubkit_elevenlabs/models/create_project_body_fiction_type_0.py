from enum import StrEnum


class CreateProjectBodyFictionType0(StrEnum):
    FICTION = "fiction"
    NON_FICTION = "non-fiction"

    def __str__(self) -> str:
        return str(self.value)
