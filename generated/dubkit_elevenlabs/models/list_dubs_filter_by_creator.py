from enum import StrEnum


class ListDubsFilterByCreator(StrEnum):
    ALL = "all"
    OTHERS = "others"
    PERSONAL = "personal"

    def __str__(self) -> str:
        return str(self.value)
