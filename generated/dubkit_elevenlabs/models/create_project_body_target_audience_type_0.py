from enum import StrEnum


class CreateProjectBodyTargetAudienceType0(StrEnum):
    ADULT = "adult"
    ALL_AGES = "all ages"
    CHILDREN = "children"
    YOUNG_ADULT = "young adult"

    def __str__(self) -> str:
        return str(self.value)
