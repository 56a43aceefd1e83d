from enum import StrEnum
from typing import Any, Self


class ProjectExtendedResponseModelAspectRatioType0(StrEnum):
    VALUE_0 = "16:9"
    VALUE_1 = "9:16"
    VALUE_2 = "4:5"
    VALUE_3 = "1:1"

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
