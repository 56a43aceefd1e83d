"""The effective OpenAPI specs as the simulator reads them: operations, parameters and schema validators."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any, Literal

import attrs
import jsonschema
import referencing
import referencing.jsonschema

__all__ = ["ApiSpec", "Operation", "Parameter", "load_spec"]

Provider = Literal["elevenlabs", "dubformer"]
_METHODS = ("get", "put", "post", "delete", "patch")


@attrs.frozen
class Parameter:
    """One path, query or header parameter of an operation."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]
    schema_pointer: str


@attrs.frozen
class Operation:
    """One operation of a spec, with what the simulator needs to route, validate and answer it."""

    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body_media_type: str | None
    body_required: bool
    body_pointer: str | None
    success_status: int
    success_media_types: tuple[str, ...]
    responses: Mapping[str, Any]

    def response_pointer(self, status: int, media_type: str = "application/json") -> str | None:
        """Return the JSON pointer of the schema of a response, if the spec gives one.

        Args:
            status: The HTTP status.
            media_type: The response's media type.

        Returns:
            A pointer into the spec document, or None.
        """
        key = str(status)
        response = self.responses.get(key)
        if response is None or "schema" not in response.get("content", {}).get(media_type, {}):
            return None
        return f"{self._pointer}/responses/{key}/content/{_escape(media_type)}/schema"

    @property
    def _pointer(self) -> str:
        return f"/paths/{_escape(self.path)}/{self.method.lower()}"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _path_pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    regex = "".join(f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(f"^{regex}$")


class ApiSpec:
    """An effective spec: its operations, and JSON Schema validators for any part of it.

    Args:
        document: The parsed OpenAPI 3.1 document.
        uri: A URI naming the document, for resolving its internal ``$ref`` s.
    """

    def __init__(self, document: dict[str, Any], uri: str) -> None:
        self.document = document
        self.uri = uri
        resource = referencing.Resource.from_contents(
            document, default_specification=referencing.jsonschema.DRAFT202012
        )
        self._registry: referencing.Registry[Any] = referencing.Registry().with_resource(uri, resource)
        self.operations = tuple(self._operations())
        self.by_id = {op.operation_id: op for op in self.operations}

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow a node's ``$ref`` (and the target's, and so on) to the object it names.

        Args:
            node: A schema, parameter, response or other object of the document.

        Returns:
            The node itself when it has no ``$ref``; else what the reference points at.
        """
        while "$ref" in node:
            target: Any = self.document
            for token in node["$ref"].removeprefix("#/").split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _operations(self) -> list[Operation]:
        found = []
        for path, item in self.document["paths"].items():
            for method in _METHODS:
                if method in item:
                    found.append(self._operation(path, method, item[method], item.get("parameters", [])))
        return found

    def _operation(self, path: str, method: str, op: Mapping[str, Any], shared: list[Any]) -> Operation:
        # Path-level parameters apply to every operation of the path, unless the operation redefines them.
        located = [(raw, f"/paths/{_escape(path)}/parameters/{i}") for i, raw in enumerate(shared)]
        located += [
            (raw, f"/paths/{_escape(path)}/{method}/parameters/{i}") for i, raw in enumerate(op.get("parameters", []))
        ]
        by_key: dict[tuple[str, str], Parameter] = {}
        for raw, where in located:
            pointer = raw["$ref"].removeprefix("#") if "$ref" in raw else where
            param = self.resolve(raw)
            required = bool(param.get("required", False))
            schema = param.get("schema", {})
            by_key[(param["in"], param["name"])] = Parameter(
                param["name"], param["in"], required, schema, f"{pointer}/schema"
            )
        parameters = list(by_key.values())
        body = self.resolve(op.get("requestBody", {}))
        media_type = next(iter(body.get("content", {})), None)
        pointer = None
        if media_type is not None:
            pointer = f"/paths/{_escape(path)}/{method}/requestBody/content/{_escape(media_type)}/schema"
        responses = {code: self.resolve(raw) for code, raw in op["responses"].items()}
        success = min(int(code) for code in responses if code.startswith("2"))
        return Operation(
            operation_id=op["operationId"],
            method=method.upper(),
            path=path,
            pattern=_path_pattern(path),
            parameters=tuple(parameters),
            body_media_type=media_type,
            body_required=bool(body.get("required", False)),
            body_pointer=pointer,
            success_status=success,
            success_media_types=tuple(responses[str(success)].get("content", {})),
            responses=responses,
        )

    def schema_at(self, pointer: str) -> Mapping[str, Any]:
        """Return the schema at a JSON pointer, with any top-level ``$ref`` followed.

        Args:
            pointer: A pointer into the document, e.g. ``/components/schemas/Project``.

        Returns:
            The schema object.
        """
        return self.resolve({"$ref": f"#{pointer}"})

    @functools.cache  # noqa: B019 - one ApiSpec per provider lives as long as the process
    def validator(self, pointer: str) -> jsonschema.protocols.Validator:
        """Return a validator for the schema at a JSON pointer of the document.

        Args:
            pointer: A pointer into the document.

        Returns:
            A Draft 2020-12 validator (OpenAPI 3.1's dialect) that checks formats too.
        """
        return jsonschema.Draft202012Validator(
            {"$ref": f"{self.uri}#{pointer}"},
            registry=self._registry,
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )

    def candidates(self, path: str) -> list[tuple[Operation, dict[str, str]]]:
        """Return the operations whose path template matches a request path, the most literal ones only.

        ``/v1/dubbing/project`` matches both ``/v1/dubbing/project`` and ``/v1/dubbing/{dubbing_id}``;
        as in the API, the template with fewer parameters wins.

        Args:
            path: The request path.

        Returns:
            The operations (any method) with their path parameters.
        """
        found = [(op, match.groupdict()) for op in self.operations if (match := op.pattern.match(path)) is not None]
        if not found:
            return []
        fewest = min(len(params) for _, params in found)
        return [(op, params) for op, params in found if len(params) == fewest]

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """Find the operation serving a request.

        Args:
            method: The HTTP method.
            path: The request path.

        Returns:
            The operation (or None), its path parameters, and whether the path exists for another method.
        """
        candidates = self.candidates(path)
        for op, params in candidates:
            if op.method == method.upper():
                return op, params, True
        return None, {}, bool(candidates)


@functools.cache
def load_spec(provider: Provider) -> ApiSpec:
    """Load a provider's effective spec (cached for the process).

    Args:
        provider: ``"elevenlabs"`` or ``"dubformer"``.

    Returns:
        The spec.
    """
    text = resources.files("dubkit_specs").joinpath(f"{provider}.json").read_text(encoding="utf-8")
    return ApiSpec(json.loads(text), f"urn:dubkit:spec:{provider}")
