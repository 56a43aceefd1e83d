"""Operation-level rules of the spec diff: endpoints, parameters, request bodies, responses.

Operations are matched by method and path template with the parameter names blanked, so
``/v1/dubbing/{id}`` and ``/v1/dubbing/{dubbing_id}`` are one endpoint (a rename is reported as
info). Schemas are handed to ``spec_diff_schema``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from _findings import Finding
from spec_diff_context import Direction, Family, SchemaContext
from spec_diff_document import compare_security, compare_security_schemes, compare_servers
from spec_diff_rules import Report
from spec_diff_schema import compare_schemas
from spec_diff_views import deref

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# OpenAPI: header parameters named Accept, Content-Type or Authorization are ignored.
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})


@dataclass(frozen=True)
class Operation:
    """One operation of a document.

    Attributes:
        path: Its path template as written.
        method: Lower-case HTTP method.
        node: The operation object.
        path_item: The path item it belongs to (for path-level parameters).
    """

    path: str
    method: str
    node: Mapping[str, Any]
    path_item: Mapping[str, Any]

    @property
    def label(self) -> str:
        """``"POST /v1/dubbing"``."""
        return f"{self.method.upper()} {self.path}"


def path_parameter_names(path: str) -> list[str]:
    """Return the names of a path template's parameters, in order.

    Args:
        path: ``"/v1/dubbing/{dubbing_id}"``.

    Returns:
        ``["dubbing_id"]``.
    """
    return re.findall(r"\{([^}/]+)\}", path)


def normalise_path(path: str) -> str:
    """Blank the parameter names of a path template.

    Args:
        path: ``"/v1/dubbing/{dubbing_id}"``.

    Returns:
        ``"/v1/dubbing/{}"``.
    """
    return re.sub(r"\{[^}/]+\}", "{}", path)


def operations(document: Mapping[str, Any]) -> dict[tuple[str, str], Operation]:
    """Index a document's operations by method and normalised path.

    Args:
        document: An OpenAPI document.

    Returns:
        ``{("post", "/v1/dubbing"): Operation, ...}``.
    """
    found: dict[tuple[str, str], Operation] = {}
    paths = document.get("paths") or {}
    for path in sorted(paths):
        item, _ = deref(paths[path], document)
        for method in HTTP_METHODS:
            node = item.get(method)
            if isinstance(node, Mapping):
                found[(method, normalise_path(path))] = Operation(path, method, node, item)
    return found


def diff_documents(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Finding]:
    """Compare two OpenAPI documents (unsorted findings; ``spec_diff.diff_specs`` sorts them).

    Args:
        old: The old document.
        new: The new document.

    Returns:
        The findings.
    """
    report = Report(old, new)
    compare_servers(report)
    compare_security(report, old.get("security"), new.get("security"), operation="", prefix="api-global-security")
    compare_security_schemes(report)
    old_ops, new_ops = operations(old), operations(new)
    new_paths = {normalise_path(path) for path in new.get("paths") or {}}
    for key in sorted(old_ops.keys() - new_ops.keys(), key=lambda k: (k[1], k[0])):
        _report_removed(report, old_ops[key], path_kept=key[1] in new_paths)
    for key in sorted(new_ops.keys() - old_ops.keys(), key=lambda k: (k[1], k[0])):
        label = new_ops[key].label
        report.add("endpoint-added", label, "", f"The endpoint {label} was added.")
    for key in sorted(old_ops.keys() & new_ops.keys(), key=lambda k: (k[1], k[0])):
        _compare_operation(report, old_ops[key], new_ops[key])
    return report.findings


def _report_removed(report: Report, operation: Operation, *, path_kept: bool) -> None:
    # oasdiff tells a path gone altogether from a method gone from a path that stays.
    deprecated = operation.node.get("deprecated") is True
    kind = "api" if path_kept else "api-path"
    rule = f"{kind}-removed-with-deprecation" if deprecated else f"{kind}-removed-without-deprecation"
    message = (
        f"The deprecated endpoint {operation.label} was removed."
        if deprecated
        else f"The endpoint {operation.label} was removed without being deprecated first: calls to it will fail."
    )
    report.add(rule, operation.label, "", message)


def _compare_operation(report: Report, old_op: Operation, new_op: Operation) -> None:
    label = new_op.label
    for before, after in zip(path_parameter_names(old_op.path), path_parameter_names(new_op.path), strict=False):
        if before != after:
            message = f"The path parameter '{before}' was renamed to '{after}'; the URL is the same."
            report.add("request-path-parameter-renamed", label, f"path parameter '{after}'", message)
    was, now = old_op.node.get("deprecated") is True, new_op.node.get("deprecated") is True
    if now and not was:
        report.add("endpoint-deprecated", label, "", f"The endpoint {label} is now deprecated.")
    elif was and not now:
        report.add("endpoint-reactivated", label, "", f"The endpoint {label} is no longer deprecated.")
    _compare_operation_id(report, old_op, new_op)
    old_tags, new_tags = set(old_op.node.get("tags") or []), set(new_op.node.get("tags") or [])
    for tag in sorted(old_tags - new_tags):
        report.add("api-tag-removed", label, f"tag {tag}", f"The tag {tag!r} was removed from the endpoint.")
    for tag in sorted(new_tags - old_tags):
        report.add("api-tag-added", label, f"tag {tag}", f"The tag {tag!r} was added to the endpoint.")
    if "security" in old_op.node or "security" in new_op.node:
        # An operation's own list replaces the document's; a document-wide change is reported once, globally.
        before = old_op.node.get("security", report.old.get("security"))
        after = new_op.node.get("security", report.new.get("security"))
        compare_security(report, before, after, operation=label, prefix="api-security")
    _compare_parameters(report, old_op, new_op)
    _compare_request_body(report, old_op, new_op)
    _compare_responses(report, old_op, new_op)


def _compare_operation_id(report: Report, old_op: Operation, new_op: Operation) -> None:
    before, after = old_op.node.get("operationId"), new_op.node.get("operationId")
    if before == after:
        return
    if before is None:
        report.add("api-operation-id-added", new_op.label, "", f"The endpoint now has the operation id {after!r}.")
    else:
        message = f"The operation id {before!r} was replaced with {after!r}: generated function names follow it."
        report.add("api-operation-id-removed", new_op.label, "", message)


def _schema_context(
    report: Report, *, direction: Direction, family: Family, operation: str, where: str, subject: str
) -> SchemaContext:
    return SchemaContext(
        direction=direction,
        family=family,
        operation=operation,
        where=where,
        root_subject=subject,
        old_doc=report.old,
        new_doc=report.new,
        out=report.findings,
    )


def _parameters(operation: Operation, document: Mapping[str, Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
    """Index the parameters an operation takes (path-level ones included, the operation's win).

    Path parameters are keyed by their position in the template, so a rename keeps the key; header
    names are case-insensitive.
    """
    positions = {name: str(index) for index, name in enumerate(path_parameter_names(operation.path))}
    found: dict[tuple[str, str], Mapping[str, Any]] = {}
    for raw in [*(operation.path_item.get("parameters") or []), *(operation.node.get("parameters") or [])]:
        parameter, _ = deref(raw, document)
        place, name = str(parameter.get("in", "")), str(parameter.get("name", ""))
        if place == "header" and name.lower() in _IGNORED_HEADERS:
            continue
        if place == "path":
            key = positions.get(name, name)
        elif place == "header":
            key = name.lower()
        else:
            key = name
        found[(place, key)] = parameter
    return found


def _parameter_schema(parameter: Mapping[str, Any]) -> Any:
    if "schema" in parameter:
        return parameter["schema"]
    content = parameter.get("content") or {}
    return next((media.get("schema", {}) for _, media in sorted(content.items())), {})


def _is_required(parameter: Mapping[str, Any]) -> bool:
    return parameter.get("required") is True or parameter.get("in") == "path"


def _compare_parameters(report: Report, old_op: Operation, new_op: Operation) -> None:
    label = new_op.label
    before, after = _parameters(old_op, report.old), _parameters(new_op, report.new)
    for key in sorted(before.keys() - after.keys()):
        parameter = before[key]
        what = f"{key[0]} parameter '{parameter.get('name')}'"
        if parameter.get("deprecated") is True:
            report.add("request-parameter-removed-with-deprecation", label, what, f"The deprecated {what} was removed.")
        else:
            message = f"The {what} was removed: the server may reject or ignore it if sent."
            report.add("request-parameter-removed", label, what, message)
    for key in sorted(after.keys() - before.keys()):
        parameter = after[key]
        what = f"{key[0]} parameter '{parameter.get('name')}'"
        if _is_required(parameter):
            message = f"The {what} was added as required: calls without it will be rejected."
            report.add("new-required-request-parameter", label, what, message)
        else:
            report.add("new-optional-request-parameter", label, what, f"The {what} was added as optional.")
    for key in sorted(before.keys() & after.keys()):
        previous, parameter = before[key], after[key]
        what = f"{key[0]} parameter '{parameter.get('name')}'"
        if _is_required(parameter) and not _is_required(previous):
            message = f"The {what} is now required: calls that omit it will be rejected."
            report.add("request-parameter-became-required", label, what, message)
        elif _is_required(previous) and not _is_required(parameter):
            report.add("request-parameter-became-optional", label, what, f"The {what} is now optional.")
        was, now = previous.get("deprecated") is True, parameter.get("deprecated") is True
        if now and not was:
            report.add("request-parameter-deprecated", label, what, f"The {what} is now deprecated.")
        elif was and not now:
            report.add("request-parameter-reactivated", label, what, f"The {what} is no longer deprecated.")
        ctx = _schema_context(
            report, direction="request", family="parameter", operation=label, where=what, subject=f"the {what}"
        )
        compare_schemas(_parameter_schema(previous), _parameter_schema(parameter), ctx)


def _content(node: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """Index a body's media types, lower-cased (media type names are case-insensitive)."""
    content = node.get("content") or {}
    return {str(name).lower(): media if isinstance(media, Mapping) else {} for name, media in content.items()}


def _compare_request_body(report: Report, old_op: Operation, new_op: Operation) -> None:
    label = new_op.label
    before = deref(old_op.node["requestBody"], report.old)[0] if "requestBody" in old_op.node else None
    after = deref(new_op.node["requestBody"], report.new)[0] if "requestBody" in new_op.node else None
    if before is None:
        if after is not None and after.get("required") is True:
            message = "The endpoint now requires a request body: calls without one will be rejected."
            report.add("request-body-added-required", label, "request body", message)
        elif after is not None:
            report.add("request-body-added-optional", label, "request body", "The endpoint now accepts a body.")
        return
    if after is None:
        message = "The endpoint no longer takes a request body: calls that send one may be rejected."
        report.add("request-body-removed", label, "request body", message)
        return
    if after.get("required") is True and before.get("required") is not True:
        message = "The request body is now required: calls without one will be rejected."
        report.add("request-body-became-required", label, "request body", message)
    elif before.get("required") is True and after.get("required") is not True:
        report.add("request-body-became-optional", label, "request body", "The request body is now optional.")
    _compare_request_media(report, label, _content(before), _content(after))


def _compare_request_media(
    report: Report, label: str, old_media: Mapping[str, Mapping[str, Any]], new_media: Mapping[str, Mapping[str, Any]]
) -> None:
    for media in sorted(old_media.keys() - new_media.keys()):
        message = f"The endpoint no longer accepts its request body as {media}: calls that send it so will be rejected."
        report.add("request-body-media-type-removed", label, f"request body {media}", message)
    for media in sorted(new_media.keys() - old_media.keys()):
        message = f"The endpoint now also accepts its request body as {media}."
        report.add("request-body-media-type-added", label, f"request body {media}", message)
    for media in sorted(old_media.keys() & new_media.keys()):
        where = f"request body {media}"
        was, now = old_media[media], new_media[media]
        if "schema" in now and "schema" not in was:
            message = f"The {media} request body now has a schema: bodies that do not match it will be rejected."
            report.add("request-body-media-type-schema-added", label, where, message)
        elif "schema" in was and "schema" not in now:
            report.add(
                "request-body-media-type-schema-removed",
                label,
                where,
                f"The {media} request body no longer has a schema.",
            )
        elif "schema" in was:
            ctx = _schema_context(
                report,
                direction="request",
                family="body",
                operation=label,
                where=where,
                subject=f"the request body ({media})",
            )
            compare_schemas(was["schema"], now["schema"], ctx)


def _is_success(status: str) -> bool:
    return status.upper() == "2XX" or (status.isdigit() and 200 <= int(status) <= 299)  # noqa: PLR2004


def _compare_responses(report: Report, old_op: Operation, new_op: Operation) -> None:
    label = new_op.label
    before = {str(status): deref(node, report.old)[0] for status, node in (old_op.node.get("responses") or {}).items()}
    after = {str(status): deref(node, report.new)[0] for status, node in (new_op.node.get("responses") or {}).items()}
    for status in sorted(before.keys() - after.keys()):
        if _is_success(status):
            message = f"The success status {status} was removed: code that expects it will fail."
            report.add("response-success-status-removed", label, f"response {status}", message)
        else:
            message = f"The status {status} is no longer documented."
            report.add("response-non-success-status-removed", label, f"response {status}", message)
    for status in sorted(after.keys() - before.keys()):
        rule = "response-success-status-added" if _is_success(status) else "response-non-success-status-added"
        report.add(rule, label, f"response {status}", f"The endpoint may now answer with status {status}.")
    for status in sorted(before.keys() & after.keys()):
        _compare_response_media(report, label, status, _content(before[status]), _content(after[status]))
        _compare_headers(report, label, status, before[status], after[status])


def _compare_response_media(
    report: Report,
    label: str,
    status: str,
    old_media: Mapping[str, Mapping[str, Any]],
    new_media: Mapping[str, Mapping[str, Any]],
) -> None:
    for media in sorted(old_media.keys() - new_media.keys()):
        message = f"The {status} response no longer comes as {media}: code that expects that media type will fail."
        report.add("response-media-type-removed", label, f"response {status} {media}", message)
    for media in sorted(new_media.keys() - old_media.keys()):
        message = f"The {status} response may now come as {media}."
        report.add("response-media-type-added", label, f"response {status} {media}", message)
    for media in sorted(old_media.keys() & new_media.keys()):
        where = f"response {status} {media}"
        was, now = old_media[media], new_media[media]
        if "schema" in was and "schema" not in now:
            message = f"The {status} {media} response no longer has a schema: its content is no longer described."
            report.add("response-body-media-type-schema-removed", label, where, message)
        elif "schema" in now and "schema" not in was:
            message = f"The {status} {media} response now has a schema."
            report.add("response-body-media-type-schema-added", label, where, message)
        elif "schema" in was:
            ctx = _schema_context(
                report,
                direction="response",
                family="body",
                operation=label,
                where=where,
                subject=f"the {status} response body ({media})",
            )
            compare_schemas(was["schema"], now["schema"], ctx)


def _headers(node: Mapping[str, Any], document: Mapping[str, Any]) -> dict[str, tuple[str, Mapping[str, Any]]]:
    """Index a response's headers by lower-cased name (OpenAPI ignores a Content-Type response header)."""
    raw = node.get("headers") or {}
    return {
        str(name).lower(): (str(name), deref(value, document)[0])
        for name, value in raw.items()
        if str(name).lower() != "content-type"
    }


def _compare_headers(
    report: Report, label: str, status: str, before: Mapping[str, Any], after: Mapping[str, Any]
) -> None:
    old_headers, new_headers = _headers(before, report.old), _headers(after, report.new)
    for key in sorted(old_headers.keys() - new_headers.keys()):
        name, header = old_headers[key]
        where = f"response {status} header '{name}'"
        if header.get("required") is True:
            message = f"The {status} response no longer sends the header '{name}': code that reads it will fail."
            report.add("required-response-header-removed", label, where, message)
        else:
            message = f"The {status} response no longer documents the header '{name}'."
            report.add("optional-response-header-removed", label, where, message)
    for key in sorted(new_headers.keys() - old_headers.keys()):
        name, _ = new_headers[key]
        message = f"The {status} response may now send the header '{name}'."
        report.add("response-header-added", label, f"response {status} header '{name}'", message)
    for key in sorted(old_headers.keys() & new_headers.keys()):
        (_, was), (name, now) = old_headers[key], new_headers[key]
        where = f"response {status} header '{name}'"
        if was.get("required") is True and now.get("required") is not True:
            message = (
                f"The {status} response no longer always sends the header '{name}': code that expects it may fail."
            )
            report.add("response-header-became-optional", label, where, message)
        ctx = _schema_context(
            report,
            direction="response",
            family="header",
            operation=label,
            where=where,
            subject=f"the {status} response header '{name}'",
        )
        compare_schemas(was.get("schema", {}), now.get("schema", {}), ctx)
