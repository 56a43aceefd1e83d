"""The simulated Dubformer API: projects, re-translations, options, voices and balance."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dubkit.sim._protocol import Issue, SimContext
from dubkit.sim._provider import BEARER_TOKEN, ProviderSim

from ._projects import ProjectsSection

__all__ = ["DubformerSim"]

# Dubformer reports every invalid request as one ValidationError; the documented status is 400.
_VALIDATION_STATUS = 400
_ERROR_TYPES = {
    400: "ValidationError",
    401: "UnauthorizedError",
    402: "PaymentRequiredError",
    404: "NotFoundError",
    405: "MethodNotAllowedError",
    413: "PayloadTooLargeError",
    429: "TooManyRequestsError",
    500: "InternalServerError",
    502: "BadGatewayError",
    503: "ServiceUnavailableError",
}


class DubformerSim(ProviderSim):
    """Dubformer: ``Authorization: Bearer`` auth and ``{"error": Type, "message": ...}`` errors.

    Args:
        context: The simulator's shared context.
    """

    name = "dubformer"
    path_prefix = "/api/"
    key_header = BEARER_TOKEN

    def __init__(self, context: SimContext) -> None:
        """Build the projects section (the base loads the spec)."""
        self.projects = ProjectsSection(context)
        super().__init__(context, [self.projects])

    def error_body(self, status: int, code: str, message: str) -> Any:
        """Return ``{"error": Type, "message": ...}``; the type names the status's class of error.

        Args:
            status: The HTTP status.
            code: A specific error type (used as is when it ends in ``Error``).
            message: The message.

        Returns:
            The body.
        """
        error = code if code.endswith("Error") else _ERROR_TYPES.get(status, "Error")
        return {"error": error, "message": message}

    def validation_error(self, issues: Sequence[Issue]) -> tuple[int, Any]:
        """Return 400 ValidationError naming every problem.

        Args:
            issues: What is wrong.

        Returns:
            The status and body.
        """
        parts = [f"{'.'.join(str(p) for p in issue.loc[1:]) or issue.loc[0]}: {issue.msg}" for issue in issues]
        return _VALIDATION_STATUS, {"error": "ValidationError", "message": "; ".join(parts)}
