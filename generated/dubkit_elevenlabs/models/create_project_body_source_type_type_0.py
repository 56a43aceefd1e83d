from enum import StrEnum


class CreateProjectBodySourceTypeType0(StrEnum):
    ARTICLE = "article"
    BLANK = "blank"
    BOOK = "book"
    GENFM = "genfm"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
