from enum import StrEnum


class ProjectExtendedResponseModelState(StrEnum):
    CONVERTING = "converting"
    CREATING = "creating"
    DEFAULT = "default"
    IN_QUEUE = "in_queue"

    def __str__(self) -> str:
        return str(self.value)
