from enum import StrEnum
from typing import Any, Self


class ReviewResponseModelRejectReasonsType0Item(StrEnum):
    CONTENT_POLICY = "content_policy"
    DOESNT_OPEN = "doesnt_open"
    DUPLICATE = "duplicate"
    FORMATTING_ISSUES = "formatting_issues"
    LACKS_STRUCTURE = "lacks_structure"
    LANGUAGE_NOT_SUPPORTED = "language_not_supported"
    LEGAL_VIOLATION = "legal_violation"
    LOW_QUALITY = "low_quality"
    METADATA_INACCURATE = "metadata_inaccurate"
    METADATA_INCOMPLETE = "metadata_incomplete"
    NOT_LITERARY_WORK = "not_literary_work"
    OTHER = "other"
    PROMOTIONAL = "promotional"
    PUBLIC_DOMAIN = "public_domain"
    REVIEW_ERROR = "review_error"
    SPAM = "spam"
    TOO_SHORT = "too_short"
    TYPOS = "typos"

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
