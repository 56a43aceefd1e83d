from enum import StrEnum


class ProjectExtendedResponseModelAccessLevel(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
