from enum import StrEnum
from typing import Any, Self


class DirectPublishingReadResponseModelGenreType0Item(StrEnum):
    ACTION_AND_ADVENTURE = "Action and Adventure"
    BIOGRAPHY_AND_MEMOIR = "Biography and Memoir"
    BUSINESS_AND_ECONOMICS = "Business and Economics"
    CHILDRENS_LITERATURE = "Children's Literature"
    CHRISTIAN_INSPIRATIONAL = "Christian & Inspirational"
    DYSTOPIA = "Dystopia"
    EDUCATION_AND_LEARNING = "Education and Learning"
    FAIRY_TALES_AND_FOLKLORE = "Fairy Tales and Folklore"
    FANTASY = "Fantasy"
    FAN_FICTION = "Fan Fiction"
    GENERAL_FICTION = "General Fiction"
    HEALTH_AND_WELLNESS = "Health and Wellness"
    HISTORICAL_FICTION = "Historical Fiction"
    HISTORY = "History"
    HORROR = "Horror"
    HUMOR = "Humor"
    LITERARY_CLASSICS = "Literary Classics"
    MYSTERY_AND_THRILLER = "Mystery and Thriller"
    OTHER = "Other"
    PHILOSOPHY = "Philosophy"
    POETRY = "Poetry"
    POLITICS_AND_GOVERNMENT = "Politics and Government"
    PSYCHOLOGY = "Psychology"
    ROMANCE = "Romance"
    SCIENCE_AND_NATURE = "Science and Nature"
    SCIENCE_FICTION = "Science Fiction"
    SELF_HELP = "Self-Help"
    SPIRITUALITY_AND_RELIGION = "Spirituality and Religion"
    TECHNOLOGY = "Technology"
    TRAVEL = "Travel"
    TRUE_CRIME = "True Crime"
    YOUNG_ADULT = "Young Adult"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: str) -> Self:
        """Return the member with this value, or a pseudo-member carrying a value the spec does not know."""
        try:
            return cls(value)
        except ValueError:
            if not isinstance(value, str):
                raise
        # Built like the members are (str.__new__, then _value_); `_name_` None marks it as not a member.
        member = str.__new__(cls, value)
        member._name_ = None  # type: ignore[assignment]
        member._value_ = value
        return member

    def __reduce_ex__(self, protocol: object) -> tuple[Any, ...]:
        return self._parse, (self._value_,)
