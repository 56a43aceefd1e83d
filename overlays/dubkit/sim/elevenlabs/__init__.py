"""The simulated ElevenLabs API: dubbing, the dubbing resource editor, and Studio projects."""

from __future__ import annotations

from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from dubkit.sim._protocol import Issue, SimContext
from dubkit.sim._provider import XI_API_KEY, ProviderSim

from ._dubbing import DubbingSection
from ._project import ProjectSection
from ._studio import StudioSection

__all__ = ["ElevenLabsSim"]


class ElevenLabsSim(ProviderSim):
    """ElevenLabs: ``xi-api-key`` auth, ``{"detail": {"status", "message"}}`` errors, FastAPI-style 422s.

    Args:
        context: The simulator's shared context.
    """

    name = "elevenlabs"
    path_prefix = "/v1/"
    key_header = XI_API_KEY

    def __init__(self, context: SimContext) -> None:
        """Build the dubbing, Studio and Dubbing Project sections (the base loads the spec)."""
        self.dubbing = DubbingSection(context)
        self.studio = StudioSection(context)
        self.projects = ProjectSection(context)
        super().__init__(context, [self.dubbing, self.studio, self.projects])

    def error_body(self, status: int, code: str, message: str) -> Any:
        """Return ``{"detail": {"status": code, "message": message}}``.

        Args:
            status: The HTTP status.
            code: The machine-readable status, e.g. ``dubbing_not_found``.
            message: The message.

        Returns:
            The body.
        """
        return {"detail": {"status": code, "message": message}}

    def unreadable_body(self, status: int, message: str) -> tuple[int, Any]:
        """Answer a body nested too deep as FastAPI does (400, a string ``detail``); one too large, 413.

        FastAPI turns any failure to parse a JSON body other than a syntax error (Python's ``RecursionError``
        on deep nesting among them) into ``400 {"detail": "There was an error parsing the body"}``.

        Args:
            status: 400 for one nested too deep, 413 for one too large.
            message: What is wrong.

        Returns:
            The status and the JSON body.
        """
        if status == HTTPStatus.BAD_REQUEST:
            return status, {"detail": "There was an error parsing the body"}
        return super().unreadable_body(status, message)

    def validation_error(self, issues: Sequence[Issue]) -> tuple[int, Any]:
        """Return FastAPI's 422 ``{"detail": [{"loc", "msg", "type"}]}``.

        Args:
            issues: What is wrong.

        Returns:
            The status and body.
        """
        return 422, {"detail": [{"loc": list(issue.loc), "msg": issue.msg, "type": issue.type} for issue in issues]}
