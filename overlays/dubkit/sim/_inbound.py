"""Read a request the way the real API would: parse, convert to the spec's types, validate against the spec."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Mapping
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.types import Message, Receive, Scope

from ._bounds import MAX_JSON_BYTES
from ._json import BodyTooLargeError, UnreadableBodyError, decode_json, read_float, read_int
from ._protocol import Issue, UploadedFile
from ._spec import ApiSpec, Operation

__all__ = ["RequestInvalidError", "limit_body", "read_inputs", "read_json"]

# What a file part stands for while the form is validated: the schema says string/binary.
_FILE_PLACEHOLDER = "<file>"


class RequestInvalidError(Exception):
    """The request does not satisfy the spec."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("; ".join(i.msg for i in issues))
        self.issues = issues


def _types_of(spec: ApiSpec, schema: Mapping[str, Any]) -> list[str]:
    """List the JSON types a schema admits, looking through $ref and anyOf/oneOf."""
    schema = spec.resolve(schema)
    declared = schema.get("type")
    found = [declared] if isinstance(declared, str) else list(declared or [])
    for key in ("anyOf", "oneOf", "allOf"):
        for member in schema.get(key, []):
            found.extend(_types_of(spec, member))
    return found


def _items_schema(spec: ApiSpec, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    schema = spec.resolve(schema)
    if "items" in schema:
        items: Mapping[str, Any] = schema["items"]
        return items
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key, []):
            if "array" in _types_of(spec, member):
                return _items_schema(spec, member)
    return {}


def _convert(spec: ApiSpec, text: str, schema: Mapping[str, Any]) -> Any:  # noqa: PLR0911 - one exit per type
    """Turn one wire string into the value the schema most plausibly means (unconvertible: left as is)."""
    types = _types_of(spec, schema)
    if "string" in types or not types:
        return text
    if "integer" in types:
        try:
            return read_int(text)
        except ValueError:
            pass
    if "number" in types:
        try:
            return read_float(text)
        except ValueError:
            pass
    if "boolean" in types and text.lower() in {"true", "false"}:
        return text.lower() == "true"
    if "null" in types and text in {"", "null"}:
        return None
    if "object" in types or "array" in types:
        try:
            return decode_json(text)
        except UnreadableBodyError:
            raise
        except ValueError:
            pass
    return text


def _convert_values(spec: ApiSpec, values: list[str], schema: Mapping[str, Any]) -> Any:
    if "array" in _types_of(spec, schema):
        items = _items_schema(spec, schema)
        if len(values) == 1 and values[0].startswith("["):
            try:
                return decode_json(values[0])
            except UnreadableBodyError:
                raise
            except ValueError:
                pass
        return [_convert(spec, value, items) for value in values]
    return _convert(spec, values[-1], schema)


def _check(spec: ApiSpec, value: Any, pointer: str, loc: tuple[Any, ...]) -> list[Issue]:
    issues = []
    for error in spec.validator(pointer).iter_errors(value):
        where = tuple(str(part) if not isinstance(part, int) else part for part in error.absolute_path)
        kind = "missing" if error.validator == "required" else str(error.validator)
        issues.append(Issue(loc + where, error.message, kind))
    return issues


async def read_inputs(
    spec: ApiSpec, op: Operation, request: Request, path_params: Mapping[str, str]
) -> tuple[dict[str, Any], dict[str, Any], Any, dict[str, list[UploadedFile]]]:
    """Parse and validate a request's path, query, headers and body against its operation.

    Args:
        spec: The provider's spec.
        op: The operation the request addresses.
        request: The Starlette request.
        path_params: The path parameters matched from the URL.

    Returns:
        The path parameters, the query parameters and the body (all converted to the spec's types),
        and the uploaded files of a multipart body.

    Raises:
        RequestInvalidError: With every issue found, if the request is invalid.
        UnreadableBodyError: If the body is too large or nested too deep to read at all
            (``BodyTooLargeError`` for the former).
    """
    issues: list[Issue] = []
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for param in op.parameters:
        if param.location == "path":
            raw: list[str] = [path_params[param.name]] if param.name in path_params else []
        elif param.location == "query":
            raw = request.query_params.getlist(param.name)
        elif param.location == "header":
            raw = request.headers.getlist(param.name)
        else:
            continue
        if not raw:
            if param.required:
                issues.append(Issue((param.location, param.name), "Field required", "missing"))
            continue
        value = _convert_values(spec, raw, param.schema)
        issues += _check(spec, value, param.schema_pointer, (param.location, param.name))
        if param.location == "path":
            path[param.name] = value
        elif param.location == "query":
            query[param.name] = value
    body, files = await _read_body(spec, op, request, issues)
    if issues:
        raise RequestInvalidError(issues)
    return path, query, body, files


async def _read_body(  # noqa: PLR0911 - one exit per kind of body
    spec: ApiSpec, op: Operation, request: Request, issues: list[Issue]
) -> tuple[Any, dict[str, list[UploadedFile]]]:
    if op.body_media_type is None or op.body_pointer is None:
        return None, {}
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    has_body = content_type != "" or request.headers.get("content-length", "0").strip() not in {"", "0"}
    if not has_body:
        if op.body_required:
            issues.append(Issue(("body",), "Field required", "missing"))
        return None, {}
    # Like FastAPI's Form fields, a multipart operation also takes a URL-encoded form (no files).
    form_types = {"multipart/form-data", "application/x-www-form-urlencoded"}
    if op.body_media_type == "multipart/form-data" and content_type in form_types:
        return await _read_form(spec, op, request, issues)
    if content_type != op.body_media_type:
        issues.append(Issue(("body",), f"Expected a {op.body_media_type} body, got {content_type or 'none'}", "type"))
        return None, {}
    if content_type == "application/json":
        raw = await read_json(request)
        if not raw.strip():
            if op.body_required:
                issues.append(Issue(("body",), "Field required", "missing"))
            return None, {}
        try:
            body = decode_json(raw)
        except UnreadableBodyError:
            raise
        except ValueError as exc:
            issues.append(Issue(("body",), f"JSON decode error: {exc}", "json_invalid"))
            return None, {}
        issues += _check(spec, body, op.body_pointer, ("body",))
        return body, {}
    return await _read_form(spec, op, request, issues)


async def _read_form(
    spec: ApiSpec, op: Operation, request: Request, issues: list[Issue]
) -> tuple[Any, dict[str, list[UploadedFile]]]:
    assert op.body_pointer is not None  # noqa: S101 - _read_body checked it
    try:
        form = await request.form(max_files=100, max_fields=1000)
    except UnreadableBodyError:
        raise
    except Exception as exc:  # every other parser failure is the client's malformed body
        issues.append(Issue(("body",), f"Malformed multipart body: {exc}", "value_error"))
        return None, {}
    schema = spec.schema_at(op.body_pointer)
    properties: Mapping[str, Any] = schema.get("properties", {})
    texts: dict[str, list[str]] = {}
    files: dict[str, list[UploadedFile]] = {}
    try:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                files.setdefault(name, []).append(await _digest(name, value))
            else:
                texts.setdefault(name, []).append(value)
    finally:
        await form.close()
    body: dict[str, Any] = {
        name: _convert_values(spec, values, properties.get(name, {})) for name, values in texts.items()
    }
    checked = dict(body)
    for name, uploads in files.items():
        many = "array" in _types_of(spec, properties.get(name, {}))
        checked[name] = [_FILE_PLACEHOLDER] * len(uploads) if many else _FILE_PLACEHOLDER
    issues += _check(spec, checked, op.body_pointer, ("body",))
    return body, files


async def _digest(name: str, upload: UploadFile) -> UploadedFile:
    digest = hashlib.sha256()
    chunks = []
    while chunk := await upload.read(1024 * 1024):
        digest.update(chunk)
        chunks.append(chunk)
    data = b"".join(chunks)
    size = len(data)
    return UploadedFile(
        field=name,
        filename=upload.filename or "",
        content_type=upload.content_type or "application/octet-stream",
        size=size,
        sha256=digest.hexdigest(),
        data=data,
    )


async def read_json(request: Request) -> bytes:
    """Read a body meant to be JSON, refusing one larger than ``MAX_JSON_BYTES`` before it is all in memory.

    Args:
        request: The request.

    Returns:
        The body.

    Raises:
        BodyTooLargeError: If it is larger.
    """
    chunks: list[bytes] = []
    size = 0
    # Closed here when the cap stops the read: left to the garbage collector, the stream's generator would be
    # finalised after its event loop closed ("coroutine 'aclose' was never awaited").
    async with contextlib.aclosing(request.stream()) as stream:
        async for chunk in stream:
            size += len(chunk)
            if size > MAX_JSON_BYTES:
                raise BodyTooLargeError(f"the body is larger than {MAX_JSON_BYTES} bytes")
            chunks.append(chunk)
    return b"".join(chunks)


def limit_body(scope: Scope, receive: Receive, limit: int) -> Receive:
    """Wrap an ASGI ``receive`` so a request body larger than ``limit`` bytes is refused as it arrives.

    A declared ``Content-Length`` over the limit is refused at the first read, before any byte is taken.

    Args:
        scope: The request's scope.
        receive: The server's ``receive``.
        limit: The most body bytes to accept.

    Returns:
        The wrapped ``receive``; it raises ``BodyTooLargeError`` past the limit.
    """
    declared = dict(scope.get("headers", [])).get(b"content-length", b"").strip()
    # More than 18 digits is over any limit (and int() of thousands of digits would raise).
    too_large = declared.isdigit() and (len(declared) > 18 or int(declared) > limit)  # noqa: PLR2004
    received = 0

    async def limited() -> Message:
        nonlocal received
        if too_large:
            raise BodyTooLargeError(f"the body is larger than {limit} bytes")
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLargeError(f"the body is larger than {limit} bytes")
        return message

    return limited
