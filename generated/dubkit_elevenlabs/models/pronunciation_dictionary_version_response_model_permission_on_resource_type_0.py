from enum import StrEnum


class PronunciationDictionaryVersionResponseModelPermissionOnResourceType0(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"

    def __str__(self) -> str:
        return str(self.value)
