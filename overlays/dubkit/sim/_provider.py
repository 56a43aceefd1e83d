"""The interface each simulated provider implements; the dispatcher does the rest (routing, faults, logs)."""

from __future__ import annotations

import abc
from collections.abc import Callable, Mapping, Sequence
from http import HTTPStatus
from typing import Any, TypeVar

import attrs

from ._protocol import Handler, Issue, SimContext
from ._spec import ApiSpec, Operation, Provider, load_spec

__all__ = ["BEARER_TOKEN", "XI_API_KEY", "KeyHeader", "OperationHandlers", "ProviderSim", "StateSection", "serves"]

# How deep into nested objects the unknown_enum fault looks for an enum to corrupt.
_MAX_ENUM_DEPTH = 4
_MARK = "_sim_operation"

F = TypeVar("F", bound=Callable[..., Any])


@attrs.frozen
class KeyHeader:
    """Where a request presents its API key: a header, and the auth scheme written before the key, if any."""

    name: str
    scheme: str | None = None

    def read(self, headers: Mapping[str, str]) -> str | None:
        """Return the key a request presents in this header.

        Args:
            headers: The request headers (case-insensitive).

        Returns:
            The key, or None when the header is missing, empty or has another scheme.
        """
        value = headers.get(self.name, "")
        if self.scheme is not None:
            scheme, _, value = value.partition(" ")
            if scheme.lower() != self.scheme:
                return None
        return value.strip() or None


# ElevenLabs reads ``xi-api-key``; Dubformer ``Authorization: Bearer`` (the control routes accept either).
XI_API_KEY = KeyHeader("xi-api-key")
BEARER_TOKEN = KeyHeader("authorization", scheme="bearer")


def serves(operation_id: str) -> Callable[[F], F]:
    """Mark a method as the handler of one operation; ``OperationHandlers.handlers`` collects the marks.

    Args:
        operation_id: The spec's operationId, e.g. ``"get_dubbing"``.

    Returns:
        A decorator that returns the method unchanged, marked.
    """

    def mark(method: F) -> F:
        setattr(method, _MARK, operation_id)
        return method

    return mark


class OperationHandlers:
    """A set of handlers: the methods marked with ``@serves(operation_id)``, bound to this object."""

    def handlers(self) -> Mapping[str, Handler]:
        """Return the handler of each operationId this object (and its ``handler_parts``) serves.

        Returns:
            A mapping from operationId to handler.

        Raises:
            TypeError: If two methods are marked with the same operationId.
        """
        found: dict[str, Handler] = {}
        for name in dir(type(self)):
            operation_id = getattr(getattr(type(self), name), _MARK, None)
            if operation_id is not None:
                if operation_id in found:
                    raise TypeError(f"{type(self).__name__} marks two handlers of {operation_id!r}")
                found[operation_id] = getattr(self, name)
        for part in self.handler_parts():
            found.update(part.handlers())
        return found

    def handler_parts(self) -> Sequence[OperationHandlers]:
        """Return the objects whose handlers this one serves as well (none unless overridden).

        Returns:
            The parts.
        """
        return ()


class StateSection(OperationHandlers, abc.ABC):
    """One stateful part of a provider (e.g. ElevenLabs dubbing, or Studio): its handlers and its data."""

    def __init__(self, context: SimContext) -> None:
        self.context = context

    @abc.abstractmethod
    def reset(self) -> None:
        """Forget all state (as at start-up)."""

    @abc.abstractmethod
    def counts(self) -> Mapping[str, int]:
        """Return counters for tests and ``/_sim/state`` (e.g. how many jobs were ever created).

        Returns:
            Counter names to values.
        """


class ProviderSim(abc.ABC):
    """A simulated provider: its spec (the bundled spec named ``name``), its handlers and its error formats."""

    name: Provider
    spec: ApiSpec
    path_prefix: str
    key_header: KeyHeader

    def __init__(self, context: SimContext, sections: Sequence[StateSection]) -> None:
        self.context = context
        self.spec = load_spec(self.name)
        self.sections = tuple(sections)
        handlers: dict[str, Handler] = {}
        for section in self.sections:
            handlers.update(section.handlers())
        self.handlers = handlers

    def reset(self) -> None:
        """Forget all state."""
        for section in self.sections:
            section.reset()

    def counts(self) -> dict[str, int]:
        """Return every section's counters.

        Returns:
            Counter names to values.
        """
        merged: dict[str, int] = {}
        for section in self.sections:
            merged.update(section.counts())
        return merged

    def owns(self, path: str) -> bool:
        """Tell whether a URL path belongs to this provider's API (for errors on unknown endpoints).

        Args:
            path: The URL path.

        Returns:
            True if it starts with the provider's prefix.
        """
        return path.startswith(self.path_prefix)

    def enum_fields(self, op: Operation) -> list[tuple[str | int, ...]]:
        """List the paths of enum-valued fields in an operation's success response.

        Args:
            op: The operation.

        Returns:
            Paths through nested objects and into the first item of arrays, e.g. ``("projects", 0, "status")``.
        """
        pointer = op.response_pointer(op.success_status)
        if pointer is None:
            return []
        found: list[tuple[str | int, ...]] = []
        self._collect_enums(self.spec.schema_at(pointer), (), found)
        return found

    def _collect_enums(
        self, schema: Mapping[str, Any], path: tuple[str | int, ...], found: list[tuple[str | int, ...]]
    ) -> None:
        if len(path) > _MAX_ENUM_DEPTH:
            return
        for name, prop in schema.get("properties", {}).items():
            resolved = self.spec.resolve(prop)
            if self._is_enum(resolved):
                found.append((*path, name))
            elif "properties" in resolved:
                self._collect_enums(resolved, (*path, name), found)
            elif "items" in resolved:
                items = self.spec.resolve(resolved["items"])
                if "properties" in items:
                    self._collect_enums(items, (*path, name, 0), found)

    def _is_enum(self, schema: Mapping[str, Any]) -> bool:
        if "enum" in schema:
            return True
        return any("enum" in self.spec.resolve(member) for member in schema.get("anyOf", []))

    def presented_key(self, headers: Mapping[str, str]) -> str | None:
        """Return the API key a request presents, in this provider's header (``key_header``), if any.

        Args:
            headers: The request headers (case-insensitive).

        Returns:
            The key, or None when the header is missing or malformed.
        """
        return self.key_header.read(headers)

    @abc.abstractmethod
    def error_body(self, status: int, code: str, message: str) -> Any:
        """Return the JSON body of an error in this provider's format.

        Args:
            status: The HTTP status.
            code: A machine-readable code.
            message: A human-readable message.

        Returns:
            The body.
        """

    def unreadable_body(self, status: int, message: str) -> tuple[int, Any]:
        """Return the status and body answering a body the simulator will not read at all.

        Args:
            status: 400 for one nested too deep, 413 for one too large.
            message: What is wrong.

        Returns:
            The status and the JSON body, in the provider's error format.
        """
        return status, self.error_body(
            status, "invalid_body" if status == HTTPStatus.BAD_REQUEST else "too_large", message
        )

    @abc.abstractmethod
    def validation_error(self, issues: Sequence[Issue]) -> tuple[int, Any]:
        """Return the status and body of a request-validation error in this provider's format.

        Args:
            issues: What is wrong.

        Returns:
            The status and the JSON body.
        """
