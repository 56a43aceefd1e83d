from enum import StrEnum


class ErrorType(StrEnum):
    PAYMENTREQUIREDERROR = "PaymentRequiredError"
    UNAUTHORIZEDERROR = "UnauthorizedError"
    VALIDATIONERROR = "ValidationError"
    VIDEOINFOERROR = "VideoInfoError"

    def __str__(self) -> str:
        return str(self.value)
