from enum import StrEnum


class CreateProjectBodyApplyTextNormalizationType0(StrEnum):
    APPLY_ENGLISH = "apply_english"
    AUTO = "auto"
    OFF = "off"
    ON = "on"

    def __str__(self) -> str:
        return str(self.value)
