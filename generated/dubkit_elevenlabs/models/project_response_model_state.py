from enum import StrEnum


class ProjectResponseModelState(StrEnum):
    CONVERTING = "converting"
    CREATING = "creating"
    DEFAULT = "default"
    IN_QUEUE = "in_queue"

    def __str__(self) -> str:
        return str(self.value)
