from enum import StrEnum


class ChapterContentBlockInputModelSubTypeType0(StrEnum):
    H1 = "h1"
    H2 = "h2"
    H3 = "h3"
    P = "p"

    def __str__(self) -> str:
        return str(self.value)
